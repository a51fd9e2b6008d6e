import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  CertificateError,
  GIT_PATHS,
  KeyError,
  MAX_BUNDLE_BYTES,
  SerializationError,
  SigstoreError,
  buildBundle,
  createHashRunner,
  hashModel,
  listModelFiles,
  loadPrivateKey,
  parseBundle,
  parsePemCertificates,
  preAuthEncoding,
  publicKeyHint,
  signData,
  signKeyless,
  signatureInsideModel
} from "./chunk-SHWWWIFB.mjs";
import {
  IN_TOTO_PAYLOAD_TYPE,
  buildStatement,
  singleModelPath,
  statementBytes,
  subjectDigest,
  threadsOption
} from "./chunk-DUOZCT57.mjs";
import "./chunk-7KXDETIH.mjs";
import {
  FileReadError,
  checkedPath,
  modelIgnorePaths,
  readOptionFile,
  readPemOrFile,
  readRegularFile
} from "./chunk-IBSJNB6F.mjs";
import {
  writeTextInScope
} from "./chunk-5VSRXKB3.mjs";
import "./chunk-MHLR25UR.mjs";
import "./chunk-JLVXBGN6.mjs";
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-6FTASGPM.mjs";
import "./chunk-DJZDCILK.mjs";

// src/checks/sign-model/index.ts
import { createPublicKey } from "node:crypto";
import path from "node:path";

// src/checks/oms/sign.ts
async function signModel(input) {
  const signatureInModel = signatureInsideModel(input.root, input.modelPath, input.signaturePath);
  const ignorePaths = [
    .../* @__PURE__ */ new Set([...GIT_PATHS, ...signatureInModel ? [signatureInModel] : [], ...input.ignorePaths])
  ];
  const files = await listModelFiles(input.root, input.modelPath, {
    allowSymlinks: input.allowSymlinks,
    ignorePaths
  });
  if (files.files.length === 0) {
    throw new SerializationError(
      "EMPTY_MODEL",
      input.modelPath,
      `model ${input.modelPath} has no files to sign (after ignore-paths)`
    );
  }
  const manifest = await hashModel(files, {
    method: input.method,
    hashType: input.hashType,
    ...input.shardSize !== void 0 ? { shardSize: input.shardSize } : {},
    allowSymlinks: input.allowSymlinks,
    ignorePaths: files.isDirectory ? ignorePaths : [],
    runner: input.runner
  });
  if (manifest.resources.length === 0) {
    throw new SerializationError(
      "EMPTY_MODEL",
      input.modelPath,
      `model ${input.modelPath} has no content to sign (its files are empty, and shards cover only bytes)`
    );
  }
  const payload = statementBytes(buildStatement(manifest, input.provenance));
  const digest = subjectDigest(manifest.resources).toString("hex");
  const { signing } = input;
  let bundle;
  if (signing.method === "sigstore") {
    bundle = await signKeyless(payload, signing.keyless);
  } else {
    const signature = signData(signing.privateKey, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
    bundle = buildBundle(
      signing.method === "key" ? { publicKeyHint: publicKeyHint(signing.privateKey) } : { certificates: signing.chain.map((certificate) => certificate.der) },
      payload,
      signature
    );
  }
  return { bundle, manifest, files, subjectDigest: digest };
}

// src/checks/sign-model/index.ts
async function loadSigning(context, method) {
  const { options, root } = context;
  if (method === "sigstore") {
    const identityToken = context.environment.identityToken;
    context.environment.checkIdentityToken?.();
    if (!identityToken) {
      throw new UsageError(
        "MISSING_PERMISSION",
        "keyless signing (method: sigstore) needs an OIDC identity token, and this run has none"
      );
    }
    const url = (name) => {
      const value = options[name];
      if (value === void 0 || value === "") return void 0;
      if (!/^https?:\/\/[^\s]+$/.test(value))
        throw new UsageError("INVALID_INPUT", `${name}: ${JSON.stringify(value)} is not an http(s) URL`);
      return value.replace(/\/+$/, "");
    };
    const fulcioUrl = url("fulcio-url");
    const rekorUrl = url("rekor-url");
    const tsaUrl = url("tsa-url");
    return {
      method,
      keyless: {
        getIdentityToken: identityToken,
        ...fulcioUrl ? { fulcioUrl } : {},
        ...rekorUrl ? { rekorUrl } : {},
        ...tsaUrl ? { tsaUrl } : {}
      }
    };
  }
  const keyValue = options["private-key"];
  if (!keyValue) {
    throw new UsageError(
      "INVALID_INPUT",
      `private-key is required for method ${method}: pass the PEM from a secret, or a key file`
    );
  }
  let privateKey;
  try {
    const keyName = keyValue.includes("-----BEGIN") ? "private-key" : `private-key ${JSON.stringify(keyValue.trim())}`;
    privateKey = loadPrivateKey(await readPemOrFile(root, keyValue, "private-key"), keyName);
  } catch (error) {
    if (error instanceof KeyError) throw new UsageError("INVALID_INPUT", error.message);
    throw error;
  }
  if (method === "key") return { method, privateKey };
  const files = options["certificate-chain"] ?? [];
  if (files.length === 0)
    throw new UsageError(
      "INVALID_INPUT",
      "certificate-chain is required for method certificate: the signing certificate first, then its issuers"
    );
  try {
    const chain = [];
    for (const file of files)
      chain.push(
        ...parsePemCertificates(
          await readOptionFile(context, file, "certificate-chain"),
          `certificate-chain ${file}`
        )
      );
    const leafKey = chain[0].node.publicKey.export({ type: "spki", format: "der" });
    if (!leafKey.equals(createPublicKey(privateKey).export({ type: "spki", format: "der" }))) {
      throw new CertificateError(
        `the first certificate in certificate-chain (${files[0]}) is not for private-key`
      );
    }
    return { method: "certificate", privateKey, chain };
  } catch (error) {
    if (error instanceof CertificateError) throw new UsageError("INVALID_INPUT", error.message);
    throw error;
  }
}
async function datasetDigests(context, runner) {
  const datasets = context.options.datasets ?? [];
  const entries = [];
  for (const requested of datasets) {
    const dataset = await checkedPath(context, requested, "datasets");
    const listing = await listModelFiles(context.root, dataset, {
      allowSymlinks: false,
      ignorePaths: [...GIT_PATHS]
    });
    if (listing.files.length === 0)
      throw new UsageError("INVALID_INPUT", `datasets: ${dataset} has no files`);
    const manifest = await hashModel(listing, {
      method: "files",
      hashType: "sha256",
      allowSymlinks: false,
      ignorePaths: [],
      runner
    });
    entries.push({
      name: dataset,
      digest: listing.isDirectory ? { "oms-manifest-sha256": subjectDigest(manifest.resources).toString("hex") } : { sha256: manifest.resources[0].digest.toString("hex") }
    });
  }
  return entries;
}
function provenanceOf(context, datasets) {
  const { environment } = context;
  return {
    ...environment.repository ? { sourceRepository: `https://github.com/${environment.repository}` } : {},
    ...environment.sha ? { commit: environment.sha } : {},
    ...environment.ref ? { ref: environment.ref } : {},
    ...environment.runUrl ? { workflowRun: environment.runUrl } : {},
    ...datasets && datasets.length > 0 ? { datasets } : {}
  };
}
async function refuseOverwrite(root, signaturePath) {
  let text;
  try {
    text = (await readRegularFile(path.resolve(root, signaturePath), MAX_BUNDLE_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof FileReadError && /ENOENT/.test(error.message)) return;
    throw new UsageError(
      "INVALID_INPUT",
      `signature: ${JSON.stringify(signaturePath)} exists and ${error instanceof Error ? error.message : "cannot be read"}; refusing to replace it`
    );
  }
  try {
    parseBundle(text);
  } catch {
    throw new UsageError(
      "INVALID_INPUT",
      `signature: ${JSON.stringify(signaturePath)} exists and is not a signature bundle; refusing to replace it`
    );
  }
}
async function run(context) {
  const { options, root } = context;
  const modelPath = singleModelPath(context.paths, "sign-model");
  const method = options.method;
  const serialization = options.serialization;
  const hashType = options.hash;
  const shardSize = options["shard-size"];
  if (serialization === "shards" && !(Number.isSafeInteger(shardSize) && shardSize > 0)) {
    throw new UsageError(
      "INVALID_INPUT",
      `shard-size: expected a positive whole number of bytes, got ${shardSize}`
    );
  }
  const signaturePath = options.signature;
  if (signaturePath === modelPath) {
    throw new UsageError(
      "INVALID_INPUT",
      `signature: ${JSON.stringify(signaturePath)} is the model itself; writing the signature there would destroy the model`
    );
  }
  await refuseOverwrite(root, signaturePath);
  const ignorePaths = modelIgnorePaths(
    root,
    modelPath,
    options["ignore-paths"] ?? [],
    "ignore-paths"
  );
  const signing = await loadSigning(context, method);
  const runner = createHashRunner(threadsOption(options.threads));
  try {
    const provenance = options["include-provenance"] ? provenanceOf(context, await datasetDigests(context, runner)) : void 0;
    if (!options["include-provenance"] && (options.datasets ?? []).length > 0) {
      throw new UsageError("INVALID_INPUT", "datasets are recorded only with include-provenance: true");
    }
    context.progress(`sign-model: hashing ${modelPath}`);
    const signed = await signModel({
      root,
      modelPath,
      signaturePath,
      signing,
      method: serialization,
      hashType,
      ...serialization === "shards" ? { shardSize } : {},
      allowSymlinks: options["allow-symlinks"] === true,
      ignorePaths,
      ...provenance ? { provenance } : {},
      runner
    });
    const signatureFile = path.resolve(root, signaturePath);
    await writeTextInScope(
      context,
      signaturePath,
      "signature",
      `${JSON.stringify(signed.bundle, null, 2)}
`
    );
    const bytes = signed.files.files.reduce((sum, file) => sum + file.size, 0);
    const digestsByFile = /* @__PURE__ */ new Map();
    for (const resource of signed.manifest.resources) {
      const name = serialization === "shards" ? resource.name.replace(/:\d+:\d+$/, "") : resource.name;
      if (!digestsByFile.has(name))
        digestsByFile.set(name, serialization === "shards" ? "" : resource.digest.toString("hex"));
    }
    return {
      check: "sign-model",
      rules: [],
      findings: [],
      metrics: {
        method,
        serialization,
        hash: hashType,
        files: signed.files.files.length,
        resources: signed.manifest.resources.length,
        bytes,
        manifestDigest: signed.subjectDigest,
        signature: signaturePath
      },
      artifacts: [{ kind: "signature", path: signatureFile }],
      outputs: { "manifest-digest": signed.subjectDigest },
      tables: [
        {
          title: `Signed files of ${modelPath} (${method}, ${serialization}, ${hashType})`,
          columns: ["File", "Bytes", serialization === "shards" ? "Shards" : "Digest"],
          rows: signed.files.files.map((file) => [
            file.relative,
            String(file.size),
            serialization === "shards" ? String(Math.ceil(file.size / shardSize)) : `${hashType}:${digestsByFile.get(file.name) ?? ""}`
          ])
        }
      ]
    };
  } catch (error) {
    if (error instanceof SerializationError)
      throw new UsageError("UNREADABLE_INPUT", `sign-model: ${error.message}`);
    if (error instanceof SigstoreError)
      throw new UsageError("SIGNING_FAILED", `sign-model: ${error.message}`);
    throw error;
  } finally {
    await runner.close();
  }
}
export {
  run
};
