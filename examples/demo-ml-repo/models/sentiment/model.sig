{
  "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
  "verificationMaterial": {
    "publicKey": {
      "hint": "a778e4b2e0a18a262a14410c0f2312cb87335e31be18c78d5fe6ce153c089c52"
    },
    "tlogEntries": []
  },
  "dsseEnvelope": {
    "payload": "eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEiLCJzdWJqZWN0IjpbeyJuYW1lIjoic2VudGltZW50IiwiZGlnZXN0Ijp7InNoYTI1NiI6IjdjOTYyOTMxNzAwNmNlNzY4M2QwYTczZDJkYjFiZDRkYjg0NWE4ZDgxYmM3NTJjMzVhN2YzYzQ1ZGZmMDFhYzQifX1dLCJwcmVkaWNhdGVUeXBlIjoiaHR0cHM6Ly9tb2RlbF9zaWduaW5nL3NpZ25hdHVyZS92MS4wIiwicHJlZGljYXRlIjp7InNlcmlhbGl6YXRpb24iOnsibWV0aG9kIjoiZmlsZXMiLCJoYXNoX3R5cGUiOiJzaGEyNTYiLCJhbGxvd19zeW1saW5rcyI6ZmFsc2UsImlnbm9yZV9wYXRocyI6WyIuZ2l0IiwiLmdpdGF0dHJpYnV0ZXMiLCIuZ2l0aHViIiwiLmdpdGlnbm9yZSIsIm1vZGVsLnNpZyJdfSwicmVzb3VyY2VzIjpbeyJuYW1lIjoiY29uZmlnLmpzb24iLCJhbGdvcml0aG0iOiJzaGEyNTYiLCJkaWdlc3QiOiJkZmRhYmNiMmM4MGE0NmZjYzM3ODRiYjZhNmZhYzEwZTI3ODkzZTg0NmE4ZDQ5MDY2YjM1YzYwNmQxOWQ3MTk1In0seyJuYW1lIjoibW9kZWwuc2FmZXRlbnNvcnMiLCJhbGdvcml0aG0iOiJzaGEyNTYiLCJkaWdlc3QiOiI1YjVlOGQ2ZDg1YzU5MDcwNDUyZmU3YmJhZGFmNGEyYTU2ZGQ5MGFmNWM5MTA2MmRjNTYxMzMxZTk0YmM1MmIxIn1dfX0=",
    "payloadType": "application/vnd.in-toto+json",
    "signatures": [
      {
        "sig": "MEYCIQC49OF5p5ozm9AS2WE5fi7ZrE/DB2CAYWBK+xIou7nMBwIhAJMOJ35AUD+cAnmKyW6oe67WNIER3wnRczfrrrcIdbzz",
        "keyid": ""
      }
    ]
  }
}
