{
  "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
  "verificationMaterial": {
    "publicKey": {
      "hint": "a778e4b2e0a18a262a14410c0f2312cb87335e31be18c78d5fe6ce153c089c52"
    },
    "tlogEntries": []
  },
  "dsseEnvelope": {
    "payload": "eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEiLCJzdWJqZWN0IjpbeyJuYW1lIjoidGFtcGVyZWQiLCJkaWdlc3QiOnsic2hhMjU2IjoiN2M5NjI5MzE3MDA2Y2U3NjgzZDBhNzNkMmRiMWJkNGRiODQ1YThkODFiYzc1MmMzNWE3ZjNjNDVkZmYwMWFjNCJ9fV0sInByZWRpY2F0ZVR5cGUiOiJodHRwczovL21vZGVsX3NpZ25pbmcvc2lnbmF0dXJlL3YxLjAiLCJwcmVkaWNhdGUiOnsic2VyaWFsaXphdGlvbiI6eyJtZXRob2QiOiJmaWxlcyIsImhhc2hfdHlwZSI6InNoYTI1NiIsImFsbG93X3N5bWxpbmtzIjpmYWxzZSwiaWdub3JlX3BhdGhzIjpbIi5naXQiLCIuZ2l0YXR0cmlidXRlcyIsIi5naXRodWIiLCIuZ2l0aWdub3JlIiwibW9kZWwuc2lnIl19LCJyZXNvdXJjZXMiOlt7Im5hbWUiOiJjb25maWcuanNvbiIsImFsZ29yaXRobSI6InNoYTI1NiIsImRpZ2VzdCI6ImRmZGFiY2IyYzgwYTQ2ZmNjMzc4NGJiNmE2ZmFjMTBlMjc4OTNlODQ2YThkNDkwNjZiMzVjNjA2ZDE5ZDcxOTUifSx7Im5hbWUiOiJtb2RlbC5zYWZldGVuc29ycyIsImFsZ29yaXRobSI6InNoYTI1NiIsImRpZ2VzdCI6IjViNWU4ZDZkODVjNTkwNzA0NTJmZTdiYmFkYWY0YTJhNTZkZDkwYWY1YzkxMDYyZGM1NjEzMzFlOTRiYzUyYjEifV19fQ==",
    "payloadType": "application/vnd.in-toto+json",
    "signatures": [
      {
        "sig": "MEUCIQDkdkYNe4u2d3StIJIdTKokgftWJhKcnfKTXYpWJ62ujQIgWTmq0g1+MA+EkK1v7ciqBdVI3SFPVoLhWOYfvtnwL/c=",
        "keyid": ""
      }
    ]
  }
}
