import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  BUNDLE_V03_MEDIA_TYPE,
  BundleError,
  CertificateError,
  GIT_PATHS,
  KeyError,
  MAX_BUNDLE_BYTES,
  SerializationError,
  SigstoreError,
  assertOmsBundle,
  createHashRunner,
  hashModel,
  listModelFiles,
  loadPublicKey,
  parseBundle,
  parseCertificate,
  parsePemCertificates,
  parseTrustedRoot,
  preAuthEncoding,
  publicGoodTrustedRoot,
  publicKeyHint,
  signatureInsideModel,
  verifyCertificateChain,
  verifyData,
  verifySigstoreBundle
} from "./chunk-SHWWWIFB.mjs";
import {
  IN_TOTO_PAYLOAD_TYPE,
  PayloadError,
  SLSA_PROVENANCE_V1,
  compareManifests,
  parseShardName,
  parseStatement,
  singleModelPath,
  threadsOption
} from "./chunk-DUOZCT57.mjs";
import "./chunk-7KXDETIH.mjs";
import {
  FileReadError,
  modelIgnorePaths,
  readOptionFile,
  readRegularFile
} from "./chunk-IBSJNB6F.mjs";
import {
  isModelFileName
} from "./chunk-7VAEQ2IP.mjs";
import {
  VCS_DIRECTORY,
  createTreeWalk,
  insideVcsDirectory,
  outsideUserPath,
  relativeInside,
  resolveForReading
} from "./chunk-MHLR25UR.mjs";
import "./chunk-JLVXBGN6.mjs";
import {
  appendFindings
} from "./chunk-EBHPDEBE.mjs";
import {
  UsageError,
  isUsageError
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-6FTASGPM.mjs";
import "./chunk-DJZDCILK.mjs";

// src/checks/verify-provenance/index.ts
import { realpath } from "node:fs/promises";
import path from "node:path";

// src/checks/oms/attestation.ts
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open } from "node:fs/promises";

// src/checks/oms/policy.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var PolicyInputError = class extends Error {
  name = "PolicyInputError";
};
function parseIdentity(value, what) {
  if (!value.startsWith("^")) return value;
  const body = value.slice(1).replace(/(?<!\\)\$$/, "");
  try {
    return new RegExp(`^(?:${body})$`, "u");
  } catch (error) {
    throw new PolicyInputError(`${what} is not a valid regular expression (${error.message})`);
  }
}
function githubUrl(value) {
  return /^https?:\/\//.test(value) ? value : `https://github.com/${value}`;
}
function describeIdentity(claims) {
  const who = claims.subjectAlternativeName ?? "(no identity)";
  return claims.issuer ? `${who} (issuer ${claims.issuer})` : who;
}
function identityMismatches(claims, policy) {
  const problems = [];
  const identity = claims.subjectAlternativeName;
  if (policy.identity !== void 0) {
    const ok = identity !== void 0 && (typeof policy.identity === "string" ? identity === policy.identity : policy.identity.test(identity));
    if (!ok) {
      const wanted = typeof policy.identity === "string" ? policy.identity : `/${policy.identity.source}/`;
      problems.push(`signed by ${identity ?? "no identity"}, not ${wanted}`);
    }
  }
  if (policy.issuer !== void 0 && claims.issuer !== policy.issuer) {
    problems.push(`OIDC issuer is ${claims.issuer ?? "absent"}, not ${policy.issuer}`);
  }
  if (policy.repository !== void 0) {
    const expected = githubUrl(policy.repository).toLowerCase();
    if ((claims.sourceRepositoryUri ?? "").toLowerCase() !== expected) {
      problems.push(`source repository is ${claims.sourceRepositoryUri ?? "absent"}, not ${expected}`);
    }
    if (policy.signerWorkflow === void 0 && policy.identity === void 0) {
      const signer = claims.buildSignerUri ?? identity ?? "";
      if (!signer.toLowerCase().startsWith(`${expected}/`)) {
        problems.push(
          `signer workflow ${signer || "(absent)"} is not in ${expected} (name it with signer-workflow or identity to trust another repository's workflow)`
        );
      }
    }
  }
  if (policy.sourceRef !== void 0 && claims.sourceRepositoryRef !== policy.sourceRef) {
    problems.push(`source ref is ${claims.sourceRepositoryRef ?? "absent"}, not ${policy.sourceRef}`);
  }
  if (policy.signerWorkflow !== void 0) {
    const expected = githubUrl(policy.signerWorkflow);
    const signer = claims.buildSignerUri ?? identity ?? "";
    const ok = expected.includes("@") ? signer === expected : signer.startsWith(`${expected}@`);
    if (!ok) problems.push(`signer workflow is ${signer || "absent"}, not ${expected}`);
  }
  if (policy.githubHostedRunner && claims.runnerEnvironment !== "github-hosted") {
    problems.push(`runner environment is ${claims.runnerEnvironment ?? "absent"}, not github-hosted`);
  }
  return problems;
}
function hasIdentityCondition(policy) {
  return policy.identity !== void 0 || policy.repository !== void 0 || policy.signerWorkflow !== void 0;
}

// src/checks/oms/attestation.ts
var STATEMENT_TYPES = /* @__PURE__ */ new Set(["https://in-toto.io/Statement/v1", "https://in-toto.io/Statement/v0.1"]);
var DIGESTS = ["sha256", "sha512"];
function splitAttestations(text, limit = Infinity) {
  const trimmed = text.trim();
  if (trimmed === "") return { bundles: [], total: 0 };
  if (!trimmed.includes("\n")) return { bundles: [trimmed], total: 1 };
  try {
    JSON.parse(trimmed);
    return { bundles: [trimmed], total: 1 };
  } catch {
    const bundles = [];
    let total = 0;
    const nonBlank = /\S|\n/g;
    for (let start = 0; start < trimmed.length; ) {
      const newline = trimmed.indexOf("\n", start);
      const end = newline === -1 ? trimmed.length : newline;
      nonBlank.lastIndex = start;
      const found = nonBlank.exec(trimmed);
      if (found && found.index < end && found[0] !== "\n") {
        total += 1;
        if (bundles.length < limit) bundles.push(trimmed.slice(start, end).trim());
      }
      start = end + 1;
    }
    return { bundles, total };
  }
}
async function artifactDigests(file) {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile())
      throw Object.assign(new Error("not a regular file"), { code: "ENOTFILE" });
    const hashes = DIGESTS.map((name) => createHash(name));
    for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) {
      for (const hash of hashes) hash.update(chunk);
    }
    return { sha256: hashes[0].digest("hex"), sha512: hashes[1].digest("hex") };
  } finally {
    await handle.close();
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkStatement(payload, digests, policy) {
  let statement;
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch {
    return { problems: ["the payload is not JSON"] };
  }
  if (!isRecord(statement) || !STATEMENT_TYPES.has(String(statement._type)))
    return { problems: ["the payload is not an in-toto statement"] };
  const problems = [];
  const predicateType = typeof statement.predicateType === "string" ? statement.predicateType : void 0;
  if (predicateType !== policy.predicateType)
    problems.push(`predicate type is ${predicateType ?? "absent"}, not ${policy.predicateType}`);
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const matches = subjects.some(
    (subject) => isRecord(subject) && isRecord(subject.digest) && Object.entries(subject.digest).some(
      ([algorithm, value]) => typeof value === "string" && digests[algorithm] !== void 0 && digests[algorithm] === value.toLowerCase()
    )
  );
  if (!matches) problems.push("no subject of the attestation has the artifact digest");
  if (policy.builderId !== void 0) {
    const predicate = isRecord(statement.predicate) ? statement.predicate : {};
    const runDetails = isRecord(predicate.runDetails) ? predicate.runDetails : {};
    const builder = isRecord(runDetails.builder) ? runDetails.builder : {};
    if (builder.id !== policy.builderId)
      problems.push(
        `builder id is ${typeof builder.id === "string" ? builder.id : "absent"}, not ${policy.builderId}`
      );
  }
  return { problems, ...predicateType ? { predicateType } : {} };
}
var MAX_ATTESTATIONS = 100;
var MAX_PROBLEMS = 10;
function checkAttestations(text, trust, policy) {
  const split = splitAttestations(text, MAX_ATTESTATIONS);
  const bundles = split.bundles.map((bundleText, index) => {
    const label = split.total > 1 ? `bundle ${index + 1}: ` : "";
    try {
      const bundle = parseBundle(bundleText);
      const verified = verifySigstoreBundle(bundle.json, trust);
      if (verified.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new BundleError("MALFORMED_BUNDLE", "the payload is not an in-toto statement");
      return { label, verified, identityProblems: identityMismatches(verified.claims, policy) };
    } catch (error) {
      if (!(error instanceof Error) || !["BundleError", "SigstoreError"].includes(error.name)) throw error;
      return { label, problem: error.message };
    }
  });
  return { bundles, skipped: Math.max(0, split.total - bundles.length) };
}
function matchAttestations(checked, digests, policy) {
  if (checked.bundles.length === 0)
    return { verified: false, problems: ["the attestation file holds no bundle"] };
  const problems = [];
  for (const entry of checked.bundles) {
    if ("problem" in entry) {
      problems.push(`${entry.label}${entry.problem}`);
      continue;
    }
    const statement = checkStatement(entry.verified.payload, digests, policy);
    const mismatches = [...entry.identityProblems, ...statement.problems];
    if (mismatches.length === 0) {
      return {
        verified: true,
        problems: [],
        signer: describeIdentity(entry.verified.claims),
        ...statement.predicateType ? { predicateType: statement.predicateType } : {},
        ...entry.verified.signedAt ? { signedAt: entry.verified.signedAt } : {}
      };
    }
    problems.push(`${entry.label}${mismatches.join("; ")}`);
  }
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS)
    shown.push(`${problems.length - MAX_PROBLEMS} more bundles did not verify`);
  if (checked.skipped > 0)
    shown.push(`${checked.skipped} bundles past the first ${MAX_ATTESTATIONS} were not read`);
  return { verified: false, problems: shown };
}

// src/checks/oms/verify.ts
function joinModel(modelPath, name, isDirectory) {
  if (!isDirectory || name === ".") return modelPath;
  return modelPath === "." ? name : `${modelPath}/${name}`;
}
function verifySignature(bundle, trust) {
  const { material, envelope } = bundle;
  if (trust.method === "sigstore") {
    if (material.kind === "publicKey")
      throw new BundleError(
        "MALFORMED_BUNDLE",
        "the bundle was signed with a key, not keylessly (use method: key)"
      );
    if (material.kind === "x509CertificateChain" && bundle.mediaType === BUNDLE_V03_MEDIA_TYPE)
      throw new BundleError(
        "MALFORMED_BUNDLE",
        "the bundle carries a certificate chain, not a Sigstore certificate (use method: certificate)"
      );
    const verified2 = verifySigstoreBundle(bundle.json, trust.root);
    if (verified2.payloadType !== IN_TOTO_PAYLOAD_TYPE)
      throw new BundleError("MALFORMED_BUNDLE", "the payload is not an in-toto statement");
    return {
      payload: verified2.payload,
      signer: describeIdentity(verified2.claims),
      ...verified2.signedAt ? { signedAt: verified2.signedAt } : {},
      identityProblems: identityMismatches(verified2.claims, trust.policy)
    };
  }
  const pae = preAuthEncoding(envelope.payloadType, envelope.payload);
  if (trust.method === "key") {
    if (material.kind !== "publicKey") {
      throw new BundleError(
        "MALFORMED_BUNDLE",
        `the bundle carries ${material.kind === "certificate" ? "a Sigstore certificate" : "a certificate chain"}, not a public key (use method: ${material.kind === "certificate" ? "sigstore" : "certificate"})`
      );
    }
    const hint = publicKeyHint(trust.publicKey);
    if (material.hint !== void 0 && material.hint !== hint) {
      throw new CertificateError(
        `the signature names key ${material.hint}, not the given public key (${hint})`
      );
    }
    if (!verifyData(trust.publicKey, pae, envelope.signature)) {
      throw new CertificateError("the signature does not verify with the given public key");
    }
    return { payload: envelope.payload, signer: `public key ${hint.slice(0, 16)}`, identityProblems: [] };
  }
  if (material.kind !== "x509CertificateChain") {
    throw new BundleError(
      "MALFORMED_BUNDLE",
      `the bundle carries ${material.kind === "publicKey" ? "a public key" : "a Sigstore certificate"}, not a certificate chain`
    );
  }
  const chain = material.certificates.map(
    (der, index) => parseCertificate(der, `bundle certificate ${index + 1}`)
  );
  const verified = verifyCertificateChain(chain, trust.anchors);
  if (!verifyData(verified.leafKey, pae, envelope.signature)) {
    throw new CertificateError("the signature does not verify with the signing certificate key");
  }
  return {
    payload: envelope.payload,
    signer: verified.path[0],
    signedAt: verified.signingTime,
    identityProblems: []
  };
}
function describeSignatureError(error) {
  if (error instanceof BundleError || error instanceof PayloadError || error instanceof CertificateError || error instanceof Error && error.name === "SigstoreError" || error instanceof Error && error.name === "KeyError") {
    return error.message;
  }
  throw error;
}
async function verifyModel(input) {
  const failures = [];
  const fail = (kind, file, message) => {
    failures.push({ kind, file, message });
    return { verified: false, failures, matched: 0, verifiedFiles: [] };
  };
  let signed;
  let manifest;
  try {
    const bundle = parseBundle(input.signatureText);
    assertOmsBundle(bundle);
    signed = verifySignature(bundle, input.trust);
    manifest = parseStatement(signed.payload).manifest;
  } catch (error) {
    return fail(
      "signature",
      input.signaturePath,
      `signature ${input.signaturePath} does not verify: ${describeSignatureError(error)}`
    );
  }
  const base = { signer: signed.signer, ...signed.signedAt ? { signedAt: signed.signedAt } : {}, manifest };
  if (signed.identityProblems.length > 0) {
    failures.push({
      kind: "identity",
      file: input.signaturePath,
      message: `signature ${input.signaturePath} is valid but its signer does not match the policy: ${signed.identityProblems.join("; ")}`
    });
    return { ...base, verified: false, failures, matched: 0, verifiedFiles: [] };
  }
  if (manifest.resources.length === 0) {
    return {
      ...base,
      ...fail("signature", input.signaturePath, `signature ${input.signaturePath} covers no files`)
    };
  }
  const signatureInModel = signatureInsideModel(input.root, input.modelPath, input.signaturePath);
  const ignorePaths = [
    ...GIT_PATHS,
    ...signatureInModel ? [signatureInModel] : [],
    ...input.ignorePaths,
    ...manifest.serialization.ignorePaths ?? []
  ];
  let actual;
  let isDirectory;
  let listedFiles;
  try {
    const listing = await listModelFiles(input.root, input.modelPath, {
      allowSymlinks: manifest.serialization.allowSymlinks,
      ignorePaths
    });
    isDirectory = listing.isDirectory;
    if (input.ignoreUnsignedFiles) {
      const signedPaths2 = new Set(
        manifest.resources.map(
          (resource) => manifest.serialization.method === "shards" ? parseShardName(resource.name).path : resource.name
        )
      );
      listing.files = listing.files.filter((file) => signedPaths2.has(file.name));
    }
    listedFiles = listing.files;
    actual = await hashModel(listing, {
      method: manifest.serialization.method,
      hashType: manifest.serialization.hashType,
      ...manifest.serialization.shardSize !== void 0 ? { shardSize: manifest.serialization.shardSize } : {},
      allowSymlinks: manifest.serialization.allowSymlinks,
      ignorePaths: [],
      runner: input.runner
    });
  } catch (error) {
    if (!(error instanceof SerializationError)) throw error;
    return {
      ...base,
      ...fail("unreadable", error.file, `${input.modelPath} cannot be verified: ${error.message}`)
    };
  }
  const difference = compareManifests(manifest, actual);
  reportDifference(difference, manifest, actual, input.modelPath, isDirectory, failures);
  const matched = manifest.resources.length - difference.changed.length - difference.missing.length;
  const failed = new Set(failures.map((failure) => failure.file));
  const shards = manifest.serialization.method === "shards";
  const signedPaths = new Set(
    manifest.resources.map((resource) => shards ? parseShardName(resource.name).path : resource.name)
  );
  const verifiedFiles = listedFiles.filter((file) => signedPaths.has(file.name) || shards && file.size === 0).map((file) => joinModel(input.modelPath, file.name, isDirectory)).filter((file) => !failed.has(file));
  return { ...base, verified: failures.length === 0, failures, matched, verifiedFiles };
}
function reportDifference(difference, manifest, actual, modelPath, isDirectory, failures) {
  const shards = manifest.serialization.method === "shards";
  const fileOf = (name) => joinModel(modelPath, shards ? parseShardName(name).path : name, isDirectory);
  const range = (name) => {
    const shard = shards ? parseShardName(name) : void 0;
    return shard ? ` (bytes ${shard.start}-${shard.end})` : "";
  };
  const signedFiles = new Set(manifest.resources.map((resource) => fileOf(resource.name)));
  const presentFiles = new Set(actual.resources.map((resource) => fileOf(resource.name)));
  const reported = /* @__PURE__ */ new Set();
  const once = (kind, name, message) => {
    const file = fileOf(name);
    if (reported.has(file)) return;
    reported.add(file);
    failures.push({ kind, file, message });
  };
  for (const name of difference.changed)
    once("changed", name, `${fileOf(name)} was modified after signing${range(name)}`);
  for (const name of [...difference.missing, ...difference.extra]) {
    if (signedFiles.has(fileOf(name)) && presentFiles.has(fileOf(name))) {
      once("changed", name, `${fileOf(name)} was modified after signing (its size changed)`);
    }
  }
  for (const name of difference.missing) once("missing", name, `${fileOf(name)} is signed but missing`);
  for (const name of difference.extra) once("extra", name, `${fileOf(name)} is not covered by the signature`);
}

// src/checks/verify-provenance/index.ts
var OWASP = { owaspMl: ["ML06", "ML10"], atlas: ["AML.T0010", "AML.T0010.003"] };
var FIX_SIGNATURE = "Re-sign the model from a trusted pipeline (`sign-model`), or restore the files that were signed. Do not use the model until it verifies.";
var RULES = {
  signatureInvalid: {
    id: "provenance/signature-invalid",
    title: "Model signature does not verify",
    help: `The signature bundle is malformed, was not made by the trusted key, certificate or Sigstore identity, or its payload was altered. ${FIX_SIGNATURE}`,
    defaultLevel: "error",
    securitySeverity: 9,
    ...OWASP
  },
  signerMismatch: {
    id: "provenance/signer-mismatch",
    title: "Model signed by an unexpected identity",
    help: "The signature is cryptographically valid, but the signer (certificate identity, OIDC issuer, repository, ref or workflow) is not the one the policy names. A valid signature by the wrong party proves nothing about the model. Check the `identity`, `identity-provider`, `repo` and `signer-workflow` inputs against the pipeline that signs releases.",
    defaultLevel: "error",
    securitySeverity: 8.5,
    ...OWASP
  },
  fileModified: {
    id: "provenance/file-modified",
    title: "Model file modified after signing",
    help: `The file's digest differs from the signed one: the model was changed (or tampered with) after it was signed. ${FIX_SIGNATURE}`,
    defaultLevel: "error",
    securitySeverity: 9,
    ...OWASP
  },
  fileMissing: {
    id: "provenance/file-missing",
    title: "Signed model file missing",
    help: `A file the signature covers is not there. A model missing a file may load differently or not at all. ${FIX_SIGNATURE}`,
    defaultLevel: "error",
    securitySeverity: 7,
    ...OWASP
  },
  fileUnsigned: {
    id: "provenance/file-unsigned",
    title: "Model file not covered by the signature",
    help: "The model directory holds a file the signature does not list: it was added after signing, and loaders may pick it up (an extra pickle, a replaced config). Remove it, re-sign the model, or (if it never belongs to the model) pass it in `ignore-paths` or set `ignore-unsigned-files: true`.",
    defaultLevel: "error",
    securitySeverity: 7.5,
    ...OWASP
  },
  notVerified: {
    id: "provenance/not-verified",
    title: "Model could not be verified",
    help: "A file of the model could not be read or hashed (permissions, a symbolic link the signature does not allow, a special file), so the model was not verified. Fix the file and run again.",
    defaultLevel: "error",
    securitySeverity: 7,
    ...OWASP
  },
  unsignedModel: {
    id: "provenance/unsigned-model",
    title: "Model file without a signature",
    help: "A model file (weights, pickle, ONNX, GGUF ...) is not covered by any OMS signature in the repository. Unsigned third-party models are a supply-chain risk: sign the model directory with `sign-model` (a `model.sig` beside it) once its origin is checked.",
    defaultLevel: "error",
    securitySeverity: 7,
    ...OWASP
  },
  attestationInvalid: {
    id: "provenance/attestation-invalid",
    title: "Artifact provenance attestation does not verify",
    help: "No attestation in the bundle verifies for this artifact: the signature or certificate is invalid, the subject digest is not the artifact's, or the signer (repository, workflow, builder, ref) is not the one the policy names. Rebuild the artifact from the trusted workflow, or check the `repo`, `signer-workflow` and `builder-id` inputs.",
    defaultLevel: "error",
    securitySeverity: 9,
    ...OWASP
  }
};
var RULE_BY_FAILURE = {
  signature: RULES.signatureInvalid,
  identity: RULES.signerMismatch,
  changed: RULES.fileModified,
  missing: RULES.fileMissing,
  extra: RULES.fileUnsigned,
  unreadable: RULES.notVerified
};
function finding(rule, file, message, properties = {}) {
  return {
    ruleId: rule.id,
    level: rule.defaultLevel,
    message,
    location: { path: file },
    fingerprint: `${rule.id}:${file}`,
    ...Object.keys(properties).length ? { properties } : {}
  };
}
function option(context, name) {
  const value = context.options[name];
  return value === void 0 || value === "" ? void 0 : value;
}
async function trustRoot(context) {
  const file = option(context, "trusted-root");
  if (!file) return publicGoodTrustedRoot();
  try {
    return parseTrustedRoot(
      await readOptionFile(context, file, "trusted-root", 16 * 1024 * 1024),
      `trusted-root ${file}`
    );
  } catch (error) {
    if (error instanceof SigstoreError) throw new UsageError("INVALID_INPUT", error.message);
    throw error;
  }
}
function identityPolicy(context, forAttestation) {
  const identity = option(context, "identity");
  const issuer = option(context, "identity-provider") ?? (forAttestation || identity === void 0 ? GITHUB_ACTIONS_ISSUER : void 0);
  const repository = option(context, "repo");
  const signerWorkflow = option(context, "signer-workflow");
  const sourceRef = option(context, "source-ref");
  if (identity !== void 0 && issuer === void 0) {
    throw new UsageError(
      "INVALID_INPUT",
      "identity needs identity-provider (the OIDC issuer URL, e.g. https://token.actions.githubusercontent.com)"
    );
  }
  if (repository !== void 0 && !/^(https:\/\/github\.com\/)?[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new UsageError("INVALID_INPUT", `repo: expected owner/name, got ${JSON.stringify(repository)}`);
  }
  if (signerWorkflow !== void 0 && !/^(https:\/\/github\.com\/)?[\w.-]+\/[\w.-]+\/.+/.test(signerWorkflow)) {
    throw new UsageError(
      "INVALID_INPUT",
      `signer-workflow: expected owner/name/path/to/workflow.yml, got ${JSON.stringify(signerWorkflow)}`
    );
  }
  try {
    return {
      ...identity !== void 0 ? { identity: parseIdentity(identity, "identity") } : {},
      ...issuer !== void 0 ? { issuer } : {},
      ...repository !== void 0 ? { repository } : {},
      ...signerWorkflow !== void 0 ? { signerWorkflow } : {},
      ...sourceRef !== void 0 ? { sourceRef } : {},
      ...context.options["github-hosted-runner"] === true ? { githubHostedRunner: true } : {}
    };
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UsageError("INVALID_INPUT", error.message);
    throw error;
  }
}
async function modelTrust(context) {
  const method = context.options.method;
  try {
    if (method === "key") {
      const file = option(context, "public-key");
      if (!file) throw new UsageError("INVALID_INPUT", "public-key is required for method key");
      return {
        method,
        publicKey: loadPublicKey(await readOptionFile(context, file, "public-key"), `public-key ${file}`)
      };
    }
    if (method === "certificate") {
      const files = option(context, "certificate-chain") ?? [];
      if (files.length === 0)
        throw new UsageError(
          "INVALID_INPUT",
          "certificate-chain is required for method certificate: the trusted CA certificates"
        );
      const anchors = [];
      for (const file of files)
        anchors.push(
          ...parsePemCertificates(
            await readOptionFile(context, file, "certificate-chain"),
            `certificate-chain ${file}`
          )
        );
      return { method, anchors };
    }
  } catch (error) {
    if (error instanceof KeyError || error instanceof CertificateError)
      throw new UsageError("INVALID_INPUT", error.message);
    throw error;
  }
  const policy = identityPolicy(context, false);
  if (!hasIdentityCondition(policy)) {
    throw new UsageError(
      "INVALID_INPUT",
      "method sigstore needs identity (with identity-provider), repo or signer-workflow: without one, a signature by anybody would verify"
    );
  }
  return { method: "sigstore", root: await trustRoot(context), policy };
}
async function refuseVcsSignature(context, name) {
  const refused = () => new UsageError("INVALID_INPUT", `signature: ${name} is inside a ${VCS_DIRECTORY} directory`);
  if (insideVcsDirectory(name)) throw refused();
  let real;
  try {
    real = await realpath(path.resolve(context.root, name));
  } catch {
    return;
  }
  const inRepository = relativeInside(await realpath(context.root), real);
  const user = outsideUserPath(context, name) !== void 0;
  if (insideVcsDirectory(user || inRepository === void 0 ? real : inRepository)) throw refused();
}
async function readSignature(context, signaturePath) {
  try {
    const absolute = await resolveForReading(context, signaturePath, "signature");
    return (await readRegularFile(absolute, MAX_BUNDLE_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof FileReadError) return { problem: error.message };
    if (isUsageError(error)) return { problem: error.message.replace(/^signature: /, "") };
    throw error;
  }
}
function statusOf(verification) {
  if (verification.verified) return `verified (${verification.matched} resources)`;
  const kinds = [...new Set(verification.failures.map((failure) => failure.kind))];
  return `failed: ${kinds.join(", ")}`;
}
async function verifyOne(context, modelPath, signaturePath, trust, ignorePaths, runner, preRead) {
  const signatureText = preRead ?? await readSignature(context, signaturePath);
  if (typeof signatureText !== "string") {
    const message = `${modelPath} is not verified: its signature ${signaturePath} ${signatureText.problem}`;
    return {
      findings: [finding(RULES.signatureInvalid, signaturePath, message)],
      row: {
        artifact: modelPath,
        kind: `OMS (${trust.method})`,
        signer: "-",
        status: "failed: no signature"
      },
      failed: true,
      verifiedFiles: []
    };
  }
  context.progress(`verify-provenance: verifying ${modelPath} with ${signaturePath}`);
  const verification = await verifyModel({
    root: context.root,
    modelPath,
    signaturePath,
    signatureText,
    trust,
    ignorePaths,
    ignoreUnsignedFiles: context.options["ignore-unsigned-files"] === true,
    runner
  });
  const findings = verification.failures.map(
    (failure) => finding(RULE_BY_FAILURE[failure.kind], failure.file, failure.message, {
      model: modelPath,
      signature: signaturePath
    })
  );
  return {
    findings,
    row: {
      artifact: modelPath,
      kind: `OMS (${trust.method})`,
      signer: verification.signer ?? "-",
      status: statusOf(verification)
    },
    failed: !verification.verified,
    verifiedFiles: verification.verifiedFiles
  };
}
async function verifyArtifacts(context, attestation) {
  if (context.paths.length === 0)
    throw new UsageError("INVALID_INPUT", "attestation needs the artifact file(s) to verify (model-path)");
  const policy = identityPolicy(context, true);
  if (!hasIdentityCondition(policy)) {
    throw new UsageError(
      "INVALID_INPUT",
      "attestation verification needs repo, signer-workflow or identity: without one, an attestation by anybody would verify"
    );
  }
  const builderId = option(context, "builder-id");
  const attestationPolicy = {
    ...policy,
    predicateType: option(context, "predicate-type") ?? SLSA_PROVENANCE_V1,
    ...builderId ? { builderId } : {}
  };
  const trust = await trustRoot(context);
  const text = await readOptionFile(context, attestation, "attestation", MAX_BUNDLE_BYTES);
  const checked = checkAttestations(text, trust, attestationPolicy);
  const findings = [];
  const rows = [];
  for (const artifact of context.paths) {
    let digests;
    try {
      digests = await artifactDigests(path.resolve(context.root, artifact));
    } catch (error) {
      throw new UsageError(
        "UNREADABLE_INPUT",
        `model-path: cannot read ${artifact} (${error.code ?? "error"})`
      );
    }
    const outcome = matchAttestations(checked, digests, attestationPolicy);
    if (!outcome.verified) {
      findings.push(
        finding(
          RULES.attestationInvalid,
          artifact,
          `${artifact} has no valid provenance attestation in ${attestation}: ${outcome.problems.join(" | ")}`,
          {
            attestation
          }
        )
      );
    }
    rows.push({
      artifact,
      kind: `attestation (${outcome.predicateType ?? attestationPolicy.predicateType})`,
      signer: outcome.signer ?? "-",
      status: outcome.verified ? "verified" : "failed"
    });
  }
  return result(
    findings,
    rows,
    {
      attestation,
      trustedRoot: trust.source
    },
    findings.length > 0 ? `${findings.length} of ${context.paths.length} artifacts have no valid provenance attestation` : void 0
  );
}
function result(findings, rows, metrics, failure) {
  return {
    check: "verify-provenance",
    rules: Object.values(RULES),
    findings,
    metrics: {
      ...metrics,
      verified: rows.filter((row) => row.status.startsWith("verified")).length,
      failed: rows.filter((row) => !row.status.startsWith("verified")).length,
      artifacts: rows
    },
    artifacts: [],
    ...failure ? { verdict: { failed: true, reason: failure } } : {},
    tables: [
      {
        title: "Verified artifacts",
        columns: ["Artifact", "Kind", "Signer", "Status"],
        rows: rows.map((row) => [row.artifact, row.kind, row.signer, row.status])
      }
    ]
  };
}
function singleFileModelName(text) {
  if (typeof text !== "string") return void 0;
  try {
    const { manifest } = parseStatement(parseBundle(text).envelope.payload);
    const shards = manifest.serialization.method === "shards";
    const single = manifest.resources.length > 0 && manifest.resources.every(
      (resource) => (shards ? parseShardName(resource.name)?.path : resource.name) === "."
    );
    const name = manifest.modelName;
    return single && name !== "" && name !== "." && name !== ".." && !/[/\\\0]/.test(name) ? name : void 0;
  } catch {
    return void 0;
  }
}
async function verifyRepository(context, trust, threads) {
  const signatureName = path.posix.basename(context.options.signature);
  const walkTree = context.walkTree ?? createTreeWalk(context.root);
  const { files, skipped } = await walkTree(context.root, context.exclude);
  const signatures = files.filter((file) => path.posix.basename(file.relative) === signatureName).map((file) => file.relative);
  const findings = [];
  const rows = [];
  const vouched = /* @__PURE__ */ new Set();
  const models = [];
  const paths = new Set(files.map((file) => file.relative));
  for (const signature of signatures) {
    const directory = path.posix.dirname(signature);
    const text = await readSignature(context, signature);
    const single = singleFileModelName(text);
    const file = single === void 0 ? void 0 : directory === "." ? single : `${directory}/${single}`;
    const modelPath = file !== void 0 && paths.has(file) ? file : directory;
    models.push(modelPath);
    const runner = createHashRunner(threads);
    const outcome = await verifyOne(context, modelPath, signature, trust, [], runner, text).finally(
      () => runner.close()
    );
    for (const verified of outcome.verifiedFiles) vouched.add(verified);
    appendFindings(findings, outcome.findings);
    rows.push(outcome.row);
    const signatureFailure = outcome.findings.find(
      (item) => item.ruleId === RULES.signatureInvalid.id || item.ruleId === RULES.signerMismatch.id
    ) ?? (outcome.verifiedFiles.length === 0 ? outcome.findings.find((item) => item.ruleId === RULES.notVerified.id) : void 0);
    if (signatureFailure) {
      for (const file2 of files) {
        const under = modelPath === "." || file2.relative === modelPath || file2.relative.startsWith(`${modelPath}/`);
        if (!isModelFileName(file2.relative) || !under) continue;
        const rule = signatureFailure.ruleId === RULES.signerMismatch.id ? RULES.signerMismatch : signatureFailure.ruleId === RULES.notVerified.id ? RULES.notVerified : RULES.signatureInvalid;
        findings.push(
          finding(rule, file2.relative, `${file2.relative} is not verified: ${signatureFailure.message}`, {
            model: modelPath,
            signature
          })
        );
      }
    }
  }
  const reported = new Set(findings.map((item) => item.location.path));
  for (const file of files) {
    if (!isModelFileName(file.relative) || vouched.has(file.relative) || reported.has(file.relative))
      continue;
    findings.push(
      finding(
        RULES.unsignedModel,
        file.relative,
        `${file.relative} is a model file that no ${signatureName} signs`
      )
    );
    rows.push({ artifact: file.relative, kind: "model file", signer: "-", status: "unsigned" });
  }
  for (const entry of skipped) {
    const { relative, reason } = entry;
    if (vouched.has(relative) || reported.has(relative)) continue;
    const model = models.find(
      (modelPath) => modelPath === "." || relative === modelPath || relative.startsWith(`${modelPath}/`)
    );
    if (model !== void 0) {
      findings.push(
        finding(
          RULES.notVerified,
          relative,
          `${relative} is refused: ${reason}, which the signature of ${model} does not vouch for`,
          {
            model
          }
        )
      );
    } else if (isModelFileName(relative)) {
      findings.push(
        finding(
          RULES.unsignedModel,
          relative,
          `${relative} is a model file that no ${signatureName} signs: ${reason}`
        )
      );
      rows.push({ artifact: relative, kind: "model file", signer: "-", status: "unsigned" });
    }
  }
  return result(findings, rows, { signatures: signatures.length, method: trust.method }, void 0);
}
async function run(context) {
  const attestation = option(context, "attestation");
  if (attestation) return verifyArtifacts(context, attestation);
  const trust = await modelTrust(context);
  const threads = threadsOption(context.options.threads);
  if (context.paths.length === 0) return verifyRepository(context, trust, threads);
  const runner = createHashRunner(threads);
  try {
    const modelPath = singleModelPath(context.paths, "verify-provenance");
    const ignorePaths = modelIgnorePaths(
      context.root,
      modelPath,
      option(context, "ignore-paths") ?? [],
      "ignore-paths"
    );
    const signaturePath = context.options.signature;
    await refuseVcsSignature(context, signaturePath);
    const outcome = await verifyOne(context, modelPath, signaturePath, trust, ignorePaths, runner);
    return result(
      outcome.findings,
      [outcome.row],
      { method: trust.method, signature: signaturePath },
      outcome.failed ? `${modelPath} does not verify against ${signaturePath}` : void 0
    );
  } finally {
    await runner.close();
  }
}
export {
  RULES,
  run
};
