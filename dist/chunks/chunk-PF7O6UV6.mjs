import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UnsafePathError,
  prepareDirectory,
  writeFileAtomically
} from "./chunk-BLHTINOC.mjs";
import {
  DEFAULT_SHARD_SIZE,
  SLSA_PROVENANCE_V1,
  THREADS_OPTION
} from "./chunk-DUOZCT57.mjs";
import {
  parseOptionValue
} from "./chunk-XLE3JC6F.mjs";
import {
  locationUri,
  neutralizeCommands,
  neutralizeJsonCommands,
  printable
} from "./chunk-VMIUJUPO.mjs";
import {
  createTreeWalk,
  displayPath,
  isDisplayPath,
  isUserPath,
  lexicallyInside,
  realUserPath,
  relativeInside,
  require_picomatch,
  resolveInside,
  resolveInsideLexically
} from "./chunk-MHLR25UR.mjs";
import {
  HASH_ALGORITHMS
} from "./chunk-JLVXBGN6.mjs";
import {
  ENTITIES
} from "./chunk-VCTSVVVY.mjs";
import {
  ANY_COMMENT,
  FAIL_ON,
  LEVELS,
  atLeast,
  compareFindings,
  compareText,
  countByLevel,
  validateRule
} from "./chunk-EBHPDEBE.mjs";
import {
  KEYED_FINGERPRINT_PREFIX,
  fingerprintKeyFrom,
  isKeyedFingerprint
} from "./chunk-SLAN3BLR.mjs";
import {
  UsageError,
  errorMessage,
  fileErrorReason,
  isUsageError
} from "./chunk-WMHXYQRZ.mjs";
import {
  __toESM
} from "./chunk-DJZDCILK.mjs";

// src/core/check.ts
function lazyRun(load) {
  return async (context) => (await load()).run(context);
}

// src/checks/dependency-sbom/definition.ts
var dependencySbom = {
  name: "dependency-sbom",
  summary: "Write a CycloneDX 1.6 ML-BOM (dependencies, models, datasets) with known vulnerabilities.",
  positional: { name: "dir", description: "The project directory.", default: ["."] },
  options: [
    {
      name: "sbom",
      type: "path",
      description: "Where to write the CycloneDX 1.6 JSON (inside the repository).",
      default: "bom.cdx.json"
    },
    {
      name: "osv-dir",
      type: "path",
      description: "A local copy of the OSV database to match offline: a directory of OSV JSON files or an all.zip (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip), anywhere on the machine. When given, the OSV API is not asked.",
      // The runner's own copy of a public database, read and never written.
      anywhere: true
    },
    {
      name: "osv-api-url",
      type: "string",
      description: "The OSV API asked about every pinned PyPI and npm package when no osv-dir is given; `off` asks nothing (a note says the packages were not checked). When it cannot be reached, a warning says so and the SBOM is still written.",
      default: "https://api.osv.dev",
      // Plain http only to this machine (a local mirror, the tests): package names leave for it.
      format: {
        pattern: /^(?:off|https:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/[^\s?#]*)?)$/,
        expected: "an https URL such as https://api.osv.dev (http only to 127.0.0.1 or localhost), or off"
      }
    },
    {
      name: "deny-licenses",
      type: "list",
      description: "SPDX license ids (comma-separated, such as GPL-3.0-only,AGPL-3.0-only) that fail the run when a locked npm package or a model card declares them (an `OR` expression is denied only when every alternative is).",
      format: { pattern: /^[A-Za-z0-9.+-]+$/, expected: "an SPDX license id such as GPL-3.0-only" }
    },
    {
      name: "submit-dependencies",
      type: "boolean",
      description: "Also submit the exact PyPI and npm versions to the repository's dependency graph (GitHub's dependency submission API), so Dependabot alerts cover them; needs `contents: write`. In the action only.",
      default: "false"
    }
  ],
  outputs: {
    "sbom-file": "Path of the CycloneDX 1.6 JSON written, for actions/attest or actions/upload-artifact."
  },
  run: lazyRun(() => import("./dependency-sbom-R2ZL77Y7.mjs"))
};

// src/checks/robustness-check/definition.ts
var DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
var SIGNED_DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
var robustnessCheck = {
  name: "robustness-check",
  summary: "Measure adversarial robustness of an ONNX classifier between a certified bound and attacks.",
  positional: { name: "paths", description: "Not used; name the model with --model.", default: [] },
  options: [
    {
      name: "model",
      type: "path",
      description: "The ONNX classifier (logits, probabilities or one sigmoid output)."
    },
    {
      name: "inputs",
      type: "path",
      description: "Evaluation inputs: .npy, .npz (arrays x and y, or name one as file.npz:array) or .csv (feature columns and a label column)."
    },
    {
      name: "labels",
      type: "path",
      description: "Integer class labels (.npy, .npz:array or .csv), unless the inputs hold them."
    },
    { name: "label-column", type: "string", description: "The label column of a CSV.", default: "label" },
    {
      name: "input-range",
      type: "list",
      description: "Lowest and highest valid input value (attacks stay inside), as `low,high`.",
      default: "0,1",
      format: { pattern: SIGNED_DECIMAL, expected: "a number" }
    },
    {
      name: "scale",
      type: "number",
      description: "Preprocessing inside the evaluated function: the model sees (x * scale - mean) / std."
    },
    {
      name: "mean",
      type: "list",
      description: "Per-channel (or one) mean of the preprocessing.",
      format: { pattern: SIGNED_DECIMAL, expected: "a number" }
    },
    {
      name: "std",
      type: "list",
      description: "Per-channel (or one) standard deviation of the preprocessing.",
      format: { pattern: DECIMAL, expected: "a positive number" }
    },
    {
      name: "layout",
      type: "string",
      description: "Layout of image data in the inputs file; the model is given its own layout.",
      choices: ["nchw", "nhwc"]
    },
    {
      name: "output-kind",
      type: "string",
      description: "What the model outputs; auto tells logits, softmax probabilities and a sigmoid apart from the graph.",
      default: "auto",
      choices: ["auto", "logits", "probabilities", "sigmoid"]
    },
    {
      name: "epsilons",
      type: "list",
      description: "Perturbation budgets, in input units.",
      default: "0.02,0.05",
      format: { pattern: DECIMAL, expected: "a non-negative number" }
    },
    {
      name: "norm",
      type: "string",
      description: "Perturbation norm.",
      default: "linf",
      choices: ["linf", "l2"]
    },
    {
      name: "attacks",
      type: "list",
      description: "Attacks to run; robust accuracy is the per-sample worst case over all of them.",
      default: "fgsm,pgd,square",
      choices: ["fgsm", "pgd", "square", "hsj", "noise"]
    },
    {
      name: "certify",
      type: "string",
      description: "Certified lower bound method (none to skip).",
      default: "ibp",
      choices: ["ibp", "crown", "none"]
    },
    {
      name: "samples",
      type: "number",
      description: "Evaluation samples (the first N of the data).",
      default: "100"
    },
    { name: "seed", type: "number", description: "Random seed of the attacks.", default: "0" },
    { name: "pgd-steps", type: "number", description: "PGD iterations.", default: "20" },
    { name: "pgd-restarts", type: "number", description: "PGD random restarts (per loss).", default: "1" },
    {
      name: "square-queries",
      type: "number",
      description: "Query budget of the Square attack per sample.",
      default: "1000"
    },
    {
      name: "hsj-queries",
      type: "number",
      description: "Query budget of HopSkipJump per sample.",
      default: "1000"
    },
    {
      name: "min-robust-accuracy",
      type: "list",
      description: "Minimum robust accuracy: one value for every epsilon, or `epsilon:minimum` pairs (0.02:0.8,0.05:0.6).",
      format: {
        pattern: /^(?:(?:\d+(?:\.\d*)?|\.\d+):)?(?:\d+(?:\.\d*)?|\.\d+)$/,
        expected: "a number or epsilon:number"
      }
    },
    {
      name: "max-drop",
      type: "number",
      description: "Largest drop of robust accuracy (0.02 = 2 points) allowed against the base branch, at any epsilon."
    },
    {
      name: "significance",
      type: "number",
      description: "A drop fails the gate only when the paired McNemar test gives p below this.",
      default: "0.05"
    },
    {
      name: "compare-to",
      type: "path",
      description: "A results file of the base (written by save-result) to compare with."
    },
    {
      name: "save-result",
      type: "path",
      description: "Write this run\u2019s per-sample results here, for compare-to."
    },
    { name: "train-inputs", type: "path", description: "Training samples, for membership inference." },
    { name: "train-labels", type: "path", description: "Labels of train-inputs." },
    {
      name: "holdout-inputs",
      type: "path",
      description: "Samples never trained on, for membership inference."
    },
    { name: "holdout-labels", type: "path", description: "Labels of holdout-inputs." },
    {
      name: "max-membership-auc",
      type: "number",
      description: "Membership-inference AUC above which the run fails.",
      default: "0.6"
    },
    { name: "batch-size", type: "number", description: "Samples per onnxruntime call.", default: "256" },
    { name: "threads", type: "number", description: "onnxruntime intra-op threads.", default: "1" }
  ],
  outputs: {
    "clean-accuracy": "Accuracy on the evaluation samples without attack.",
    "robust-accuracy": 'Worst-case robust accuracy at each epsilon, as JSON {"<epsilon>": accuracy}.'
  },
  run: lazyRun(() => import("./robustness-check-GIBYNG7W.mjs"))
};

// src/checks/scan-model/definition.ts
var scanModel = {
  name: "scan-model",
  summary: "Statically detect malicious pickles and other unsafe model formats, never loading a file.",
  positional: {
    name: "paths",
    description: "Model files or directories to scan (every file is told by its content, whatever its name).",
    default: ["."]
  },
  options: [
    {
      name: "allow-globals",
      type: "list",
      description: "Pickle globals to trust beyond the built-in allowlist, as `module.name` or `module.*` (comma-separated), such as your own classes. A global on the denylist (code execution, files, network) stays an error.",
      format: {
        // Dotted identifiers, as a pickle's GLOBAL names them, ending in a name or `*`.
        pattern: /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.(?:\*|[A-Za-z_]\w*)$/,
        expected: "module.name or module.* (such as mypkg.layers.Block or mypkg.*)"
      }
    },
    {
      name: "max-file-size",
      type: "string",
      description: "Files larger than this (e.g. 500MB, 100GB) are reported as not scanned; it also caps what a compressed file or archive member may decompress to. Only headers and pickles are read, never tensor data, so large checkpoints scan quickly.",
      default: "100GB"
    }
  ],
  run: lazyRun(() => import("./scan-model-ZCJSLCYG.mjs"))
};

// src/checks/scan-pii/definition.ts
var scanPii = {
  name: "scan-pii",
  summary: "Find PII and leaked secrets in training data, notebooks and configs, without printing them.",
  positional: { name: "paths", description: "Files or directories to scan.", default: ["."] },
  options: [
    {
      name: "entities",
      type: "list",
      description: `Entities to report (comma-separated): ${ENTITIES.join(", ")}. Empty means all.`,
      choices: ENTITIES
    },
    {
      name: "min-confidence",
      type: "number",
      description: "Report only candidates whose confidence (0 to 1, after context scoring) reaches this value.",
      default: "0.5"
    },
    {
      name: "phone-regions",
      type: "list",
      description: "Regions (ISO 3166 codes, comma-separated) whose national phone formats are read, such as `030 25413687` in DE. Numbers written with + and a country code are found whatever this says; a country column or a locale key in a record adds its region for that record.",
      default: "US"
    },
    {
      name: "mode",
      type: "string",
      description: "`report` lists findings; `redact` also writes masked copies of the scanned files.",
      default: "report",
      choices: ["report", "redact"]
    },
    {
      name: "redact-dir",
      type: "path",
      description: "With `mode: redact`: the directory the masked copies are written to, mirroring the scanned paths.",
      default: "mlsec-redacted"
    },
    {
      name: "redact-in-place",
      type: "boolean",
      description: "With `mode: redact`: rewrite the files with findings in place instead of writing copies.",
      default: "false"
    },
    {
      name: "threads",
      type: "number",
      description: "Worker threads for scanning; 0 means one per CPU core.",
      default: "0"
    },
    {
      name: "max-file-size",
      type: "string",
      description: "Files larger than this (e.g. 500MB, 2GB) are reported as not scanned.",
      default: "2GB"
    }
  ],
  run: lazyRun(() => import("./scan-pii-HBH3ZYBG.mjs"))
};

// src/checks/sign-model/definition.ts
var signModel = {
  name: "sign-model",
  summary: "Sign a model file or directory with an OpenSSF Model Signing (OMS) compatible signature.",
  positional: { name: "model-path", description: "The model file or directory to sign.", default: [] },
  options: [
    {
      name: "method",
      type: "string",
      description: "`sigstore` (keyless, with the job OIDC identity; needs `id-token: write`), `key` or `certificate`.",
      default: "sigstore",
      choices: ["sigstore", "key", "certificate"]
    },
    {
      name: "private-key",
      type: "pem-or-path",
      secret: true,
      description: "PEM private key (EC P-256, P-384 or P-521) for `key` and `certificate`: the PEM itself from a secret, or a key file."
    },
    {
      name: "certificate-chain",
      type: "paths",
      anywhere: true,
      description: "PEM certificate files for `certificate`: the signing certificate first, then its issuers."
    },
    {
      name: "signature",
      type: "path",
      description: "Where to write the signature bundle (relative to the repository root); left out of the model when inside it.",
      default: "model.sig"
    },
    {
      name: "ignore-paths",
      type: "paths",
      description: "Paths inside the model to leave unsigned, relative to the repository root. Git metadata is always left out."
    },
    {
      name: "serialization",
      type: "string",
      description: "`files` (a digest per file) or `shards` (a digest per shard, hashed in parallel).",
      default: "files",
      choices: ["files", "shards"]
    },
    {
      name: "shard-size",
      type: "number",
      description: "Bytes per shard for `shards`.",
      default: String(DEFAULT_SHARD_SIZE)
    },
    {
      name: "hash",
      type: "string",
      description: "Digest algorithm.",
      default: "sha256",
      choices: HASH_ALGORITHMS
    },
    {
      name: "allow-symlinks",
      type: "boolean",
      description: "Sign files behind symbolic links (to files inside the repository); refused otherwise.",
      default: "false"
    },
    {
      name: "include-provenance",
      type: "boolean",
      description: "Record the source repository, commit, ref, workflow run and dataset digests in the predicate (ignored by OMS v1.0 verifiers).",
      default: "false"
    },
    {
      name: "datasets",
      type: "paths",
      description: "Dataset files or directories whose digests include-provenance records."
    },
    {
      name: "fulcio-url",
      type: "string",
      description: "Fulcio for keyless signing.",
      default: "https://fulcio.sigstore.dev"
    },
    {
      name: "rekor-url",
      type: "string",
      description: "Rekor for keyless signing.",
      default: "https://rekor.sigstore.dev"
    },
    {
      name: "tsa-url",
      type: "string",
      description: "RFC 3161 timestamp authority to add a signed timestamp (optional)."
    },
    THREADS_OPTION
  ],
  outputs: {
    "signature-file": "Path of the signature bundle written.",
    "manifest-digest": "SHA-256 over the signed resource digests: the subject digest of the OMS statement."
  },
  run: lazyRun(() => import("./sign-model-VV7BON2X.mjs"))
};

// src/checks/verify-provenance/definition.ts
var verifyProvenance = {
  name: "verify-provenance",
  summary: "Verify OMS model signatures and SLSA provenance attestations before a model is used.",
  positional: {
    name: "model-path",
    description: "The model file or directory (or, with attestation, the artifact files) to verify. Empty: every signature in the repository, and every model file no signature covers.",
    default: []
  },
  options: [
    {
      name: "signature",
      type: "path",
      description: "The signature bundle to verify (relative to the repository root). With no model-path, the file name signatures are searched by.",
      default: "model.sig"
    },
    {
      name: "method",
      type: "string",
      description: "`sigstore` (keyless; needs an identity policy), `key` or `certificate`.",
      default: "sigstore",
      choices: ["sigstore", "key", "certificate"]
    },
    { name: "public-key", type: "path", description: "PEM public key file for `key`." },
    {
      name: "certificate-chain",
      type: "paths",
      description: "PEM files of the CA certificates trusted for `certificate`."
    },
    {
      name: "identity",
      type: "string",
      description: "Expected certificate identity: exact, or a regular expression starting with `^`."
    },
    {
      name: "identity-provider",
      type: "string",
      description: "Expected OIDC issuer URL (default for repo/signer-workflow: GitHub Actions)."
    },
    { name: "repo", type: "string", description: "Expected source repository (owner/name) of the signer." },
    {
      name: "signer-workflow",
      type: "string",
      description: "Expected signer workflow: owner/name/path/to/workflow.yml (optionally @ref)."
    },
    {
      name: "source-ref",
      type: "string",
      description: "Expected source ref of the signing run, e.g. refs/heads/main or refs/tags/v1."
    },
    {
      name: "github-hosted-runner",
      type: "boolean",
      description: "Require the signing run to have used a GitHub-hosted runner.",
      default: "false"
    },
    {
      name: "trusted-root",
      type: "path",
      description: "A trusted_root.json to use instead of the pinned Sigstore public-good root."
    },
    {
      name: "ignore-paths",
      type: "paths",
      description: "Paths inside the model that are not signed, relative to the repository root."
    },
    {
      name: "ignore-unsigned-files",
      type: "boolean",
      description: "Verify only the files named in the signature; extra files are not an error.",
      default: "false"
    },
    {
      name: "attestation",
      type: "path",
      description: "Provenance attestation bundle (JSON or .jsonl) to verify the artifacts against."
    },
    {
      name: "builder-id",
      type: "string",
      description: "Expected SLSA builder id (runDetails.builder.id) of the attestation."
    },
    {
      name: "predicate-type",
      type: "string",
      description: "Expected attestation predicate type.",
      default: SLSA_PROVENANCE_V1
    },
    THREADS_OPTION
  ],
  run: lazyRun(() => import("./verify-provenance-UIBSP43W.mjs"))
};

// src/checks/registry.ts
var CHECKS = new Map(
  [scanPii, scanModel, signModel, verifyProvenance, robustnessCheck, dependencySbom].map((check) => [
    check.name,
    check
  ])
);

// src/core/render/json-stream.ts
import { createWriteStream } from "node:fs";
function* jsonChunks(value, indent = "") {
  if (value === null || typeof value !== "object") {
    yield neutralizeJsonCommands(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item = value[i];
      if (item === void 0 || typeof item === "function" || typeof item === "symbol") yield "null";
      else yield* jsonChunks(item, inner);
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(
    ([, item]) => item !== void 0 && typeof item !== "function" && typeof item !== "symbol"
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield `${inner}${neutralizeJsonCommands(JSON.stringify(key))}: `;
    yield* jsonChunks(item, inner);
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}}`;
}
async function writeJson(value, write) {
  let batch = [];
  let size = 0;
  for (const chunk of jsonChunks(value)) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 16) {
      await write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  batch.push("\n");
  await write(batch.join(""));
}
async function writeJsonFile(file, value) {
  const stream = createWriteStream(file);
  const done = new Promise((resolve, reject) => stream.on("finish", resolve).on("error", reject));
  await writeJson(
    value,
    (text) => stream.write(text) ? void 0 : new Promise((resolve) => stream.once("drain", () => resolve()))
  );
  stream.end();
  await done;
}

// src/core/output.ts
import { mkdir, realpath, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeOutputFile(file, content, what, options = {}) {
  const inside = options.root === void 0 ? void 0 : await insideRoot(options.root, file);
  try {
    if (inside !== void 0) {
      const levels = inside.relative.split("/");
      const name = levels.pop();
      const directory = await prepareDirectory(inside.root, levels, {
        create: options.createDirectory === true
      });
      await writeFileAtomically(directory, name, async (handle) => {
        if (typeof content === "string") await handle.writeFile(content);
        else await writeJson(content.json, async (text) => void await handle.write(text));
      });
      return;
    }
    if (options.createDirectory) await mkdir(path.dirname(file), { recursive: true });
    if (typeof content === "string") await writeFile(file, content);
    else await writeJsonFile(file, content.json);
  } catch (error) {
    const reason = error instanceof UnsafePathError ? error.message : errorMessage(error).split("\n")[0] || fileErrorReason(error);
    throw new UsageError("UNWRITABLE_OUTPUT", `${what}: cannot write ${file} (${reason})`, { cause: error });
  }
}
async function insideRoot(root, file) {
  const real = await realpath(root).catch(() => root);
  for (const base of [root, real]) {
    const relative = relativeInside(base, file);
    if (relative !== void 0 && relative !== ".") return { root: real, relative };
  }
  return void 0;
}

// src/core/report.ts
function buildReport(result, outcome, failOn) {
  return {
    check: result.check,
    rules: result.rules,
    findings: outcome.findings,
    suppressed: outcome.suppressed,
    outOfScope: outcome.outOfScope,
    outOfScopeFindings: outcome.outOfScopeFindings,
    outOfScopeSuppressed: outcome.outOfScopeSuppressed,
    metrics: result.metrics,
    artifacts: result.artifacts,
    tables: result.tables ?? [],
    charts: result.charts ?? [],
    failOn,
    failed: outcome.failed || result.verdict?.failed === true,
    ...result.verdict ? { verdict: result.verdict } : {}
  };
}
function totals(report) {
  return {
    ...countByLevel(report.findings),
    suppressed: report.suppressed.length,
    outOfScope: report.outOfScope
  };
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function countsSentence(report) {
  const t = totals(report);
  const extra = [];
  if (t.suppressed > 0) extra.push(`${t.suppressed} suppressed`);
  if (t.outOfScope > 0) extra.push(`${t.outOfScope} outside the diff`);
  return `${plural(t.error, "error")}, ${plural(t.warning, "warning")}, ${plural(t.note, "note")}` + (extra.length ? ` (${extra.join(", ")})` : "");
}
function failureReason(report) {
  return report.verdict?.failed ? report.verdict.reason : void 0;
}
function verdict(report) {
  const reason = failureReason(report);
  if (reason !== void 0) return `failed: ${printable(reason)} (fail-on: ${report.failOn})`;
  if (report.failOn === "never") return "passed (fail-on: never)";
  return report.failed ? `failed (fail-on: ${report.failOn})` : `passed (fail-on: ${report.failOn})`;
}

// src/core/render/text.ts
function locationText(finding) {
  const { path: path5, line, column, member } = finding.location;
  let text = printable(path5);
  if (line !== void 0) text += `:${line}${column !== void 0 ? `:${column}` : ""}`;
  if (member !== void 0) text += ` [${printable(member)}]`;
  return text;
}
function toText(reports) {
  const lines = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      lines.push(
        `${locationText(finding)}: ${finding.level} ${finding.ruleId}: ${printable(finding.message)}`
      );
    }
    for (const table of report.tables) {
      lines.push(`${printable(table.title)}:`);
      for (const row of table.rows) {
        lines.push(
          `  ${row.map((cell, index) => `${printable(table.columns[index] ?? "")}: ${printable(cell)}`).join("; ")}`
        );
      }
    }
    lines.push(`mlsec ${report.check}: ${countsSentence(report)}; ${verdict(report)}`);
  }
  return `${lines.map(neutralizeCommands).join("\n")}
`;
}

// src/core/render/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "mlsecFingerprint/v1";
function sarifCategory(check, category) {
  return `mlsec/${category || check}`;
}
function automationId(check, options = {}) {
  if (!options.combined) return `${sarifCategory(check, options.category)}/`;
  return options.category ? `${options.category.replace(/\/+$/, "")}/${check}/` : `mlsec/${check}/`;
}
function ruleName(id) {
  return id.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: rule.defaultLevel },
    properties: {
      tags: [
        "security",
        ...rule.owaspMl.map((id) => `owasp-ml/${id}`),
        ...rule.atlas.map((id) => `mitre-atlas/${id}`)
      ],
      "security-severity": rule.securitySeverity.toFixed(1),
      precision: "high"
    }
  };
}
function sarifLocation(finding) {
  const { location } = finding;
  const region = {};
  if (location.line !== void 0) {
    region.startLine = location.line;
    if (location.column !== void 0) region.startColumn = location.column;
    if (location.endLine !== void 0) region.endLine = location.endLine;
    if (location.endColumn !== void 0) region.endColumn = location.endColumn;
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: locationUri(location.path) },
      ...location.line !== void 0 ? { region } : {}
    }
  };
}
var SARIF_SUPPRESSION_KIND = {
  inline: "inSource",
  config: "external",
  baseline: "external"
};
function sarifResult(finding, ruleIndex, suppression) {
  const properties = { ...finding.properties };
  if (finding.location.member !== void 0) properties.member = finding.location.member;
  const result = {
    ruleId: finding.ruleId,
    level: finding.level,
    message: { text: finding.message },
    locations: [sarifLocation(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
  };
  const index = ruleIndex.get(finding.ruleId);
  if (index !== void 0) result.ruleIndex = index;
  if (Object.keys(properties).length > 0) result.properties = properties;
  if (suppression) {
    result.suppressions = [
      {
        kind: SARIF_SUPPRESSION_KIND[suppression.kind],
        status: "accepted",
        justification: suppression.justification
      }
    ];
  }
  return result;
}
function sarifRun(report, tool, options = {}) {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  return {
    tool: {
      driver: {
        name: "mlsec",
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: tool.informationUri,
        rules: report.rules.map(sarifRule)
      }
    },
    automationDetails: { id: automationId(report.check, options) },
    // Findings outside the diff stay in: code scanning compares a pull request's upload with its
    // base branch, and a result missing here would read as fixed by the pull request.
    results: [
      ...report.findings.map((finding) => sarifResult(finding, ruleIndex)),
      ...report.outOfScopeFindings.map((finding) => sarifResult(finding, ruleIndex)),
      ...report.suppressed.map((entry) => sarifResult(entry.finding, ruleIndex, entry)),
      ...report.outOfScopeSuppressed.map((entry) => sarifResult(entry.finding, ruleIndex, entry))
    ],
    properties: { check: report.check, metrics: report.metrics }
  };
}
function toSarif(reports, tool, options = {}) {
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: reports.map((report) => sarifRun(report, tool, options))
  };
}

// src/core/baseline.ts
import { readFile } from "node:fs/promises";
var DEFAULT_BASELINE_FILE = ".mlsec-baseline.json";
function buildBaseline(findings) {
  const unique = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    unique.set(finding.fingerprint, {
      ruleId: finding.ruleId,
      path: finding.location.path,
      fingerprint: finding.fingerprint
    });
  }
  const entries = [...unique.values()].sort(
    (a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
  return { version: 1, tool: "mlsec", findings: entries };
}
async function readBaseline(file, displayName = file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      "FILE_NOT_FOUND",
      `baseline ${displayName}: cannot be read (${error.message})`
    );
  }
  const { parseBaseline } = await import("./baseline-parse-UW54RF4L.mjs");
  return parseBaseline(text, displayName);
}
function countKeyed(fingerprints) {
  let count = 0;
  for (const fingerprint of fingerprints) if (isKeyedFingerprint(fingerprint)) count += 1;
  return count;
}
function keyedBaselineWarning(displayName, keyed) {
  return `baseline ${displayName}: ${keyed} keyed (${KEYED_FINGERPRINT_PREFIX}) fingerprint${keyed === 1 ? "" : "s"} cannot match without the same fingerprint-key, and this run uses a per-run random key; set fingerprint-key (MLSEC_FINGERPRINT_KEY for the CLI) from a secret`;
}
function baselineText(findings) {
  const baseline = buildBaseline(findings);
  return { text: `${JSON.stringify(baseline, null, 2)}
`, count: baseline.findings.length };
}

// src/core/runner.ts
import { realpath as realpath2 } from "node:fs/promises";
import path4 from "node:path";

// src/core/config.ts
import { readFile as readFile2 } from "node:fs/promises";
var DEFAULT_CONFIG_FILE = ".github/mlsec.yml";
var EMPTY_CONFIG = { exclude: [], suppressions: [], options: {} };
async function loadConfig(file, displayName, root, optionsByCheck, required) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    if (!required && error.code === "ENOENT") return EMPTY_CONFIG;
    throw new UsageError(
      "FILE_NOT_FOUND",
      `config ${displayName}: cannot be read (${error.message})`
    );
  }
  const { parseConfig } = await import("./config-parse-KZKVGJH7.mjs");
  return parseConfig(text, displayName, root, optionsByCheck);
}

// src/core/engine.ts
import path3 from "node:path";

// src/core/lines.ts
import { open } from "node:fs/promises";
import path2 from "node:path";
async function readRequestedLines(root, wanted, maxLineBytes = 64 * 1024, keep = () => true) {
  const found = /* @__PURE__ */ new Map();
  for (const [relative, lines] of wanted) {
    const result = /* @__PURE__ */ new Map();
    found.set(relative, result);
    let last = 0;
    for (const line of lines) if (line > last) last = line;
    try {
      await scanLines(
        // A display path: root-relative, or absolute outside the root.
        path2.resolve(root, relative),
        maxLineBytes,
        (lineNumber) => lines.has(lineNumber),
        last,
        (lineNumber, bytes) => {
          if (keep(bytes))
            result.set(lineNumber, bytes.subarray(0, maxLineBytes).toString("utf8").replace(/\r$/, ""));
        }
      );
    } catch {
    }
  }
  return found;
}
async function scanLines(file, keepBytes, wants, last, visit) {
  const handle = await open(file, "r");
  const buf = Buffer.allocUnsafe(Math.max(1 << 20, keepBytes * 2));
  let line = 1;
  let filled = 0;
  let overflow = false;
  try {
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      const total = filled + bytesRead;
      let start = 0;
      for (let newline = buf.indexOf(10, start); newline !== -1 && newline < total; newline = buf.indexOf(10, start)) {
        if (wants(line) && !overflow)
          visit(line, Buffer.from(buf.subarray(start, Math.min(newline, start + keepBytes))));
        if (line >= last) return;
        line += 1;
        start = newline + 1;
        overflow = false;
      }
      if (bytesRead === 0) {
        if (total > start && wants(line))
          visit(line, Buffer.from(buf.subarray(start, Math.min(total, start + keepBytes))));
        return;
      }
      if (start === 0 && total === buf.length) {
        if (!overflow && wants(line)) visit(line, Buffer.from(buf.subarray(0, Math.min(total, keepBytes))));
        overflow = true;
        filled = 0;
        continue;
      }
      buf.copyWithin(0, start, total);
      filled = total - start;
    }
  } finally {
    await handle.close();
  }
}

// src/core/policy.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/diff-scope.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function addedLines(patch) {
  const added = /* @__PURE__ */ new Set();
  let next = 0;
  let remainingNew = 0;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      remainingNew = header[2] === void 0 ? 1 : Number(header[2]);
      inHunk = true;
      continue;
    }
    if (!inHunk || line.startsWith("\\")) continue;
    const marker = line[0];
    if (marker === "+") {
      added.add(next);
      next += 1;
      remainingNew -= 1;
    } else if (marker === " " || marker === void 0 && remainingNew > 0) {
      next += 1;
      remainingNew -= 1;
    } else if (marker === "-" || marker === void 0) {
    } else {
      throw new SyntaxError(`unexpected line in patch: ${JSON.stringify(line.slice(0, 40))}`);
    }
  }
  return added;
}
function changedFilesFromPullRequest(files) {
  const changed = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.status === "removed") continue;
    if (file.patch === void 0 || file.patch === "") {
      changed.set(file.filename, "all");
      continue;
    }
    try {
      changed.set(file.filename, addedLines(file.patch));
    } catch {
      changed.set(file.filename, "all");
    }
  }
  return changed;
}
function inScope(changed, path5, line, endLine) {
  const lines = changed.get(path5);
  if (lines === void 0) return false;
  if (lines === "all" || line === void 0) return true;
  const last = endLine !== void 0 && endLine > line ? endLine : line;
  if (last - line + 1 <= lines.size) {
    for (let candidate = line; candidate <= last; candidate++) if (lines.has(candidate)) return true;
    return false;
  }
  for (const added of lines) if (added >= line && added <= last) return true;
  return false;
}

// src/core/policy.ts
var MARKER = "mlsec-ignore:";
function inComment(line, marker, syntax) {
  const leaderAt = (at) => syntax.leaders.some((leader) => line.startsWith(leader, at));
  const first = line.length - line.trimStart().length;
  if (first <= marker && leaderAt(first)) return true;
  if (syntax.position !== "trailing") return false;
  let quote = "";
  for (let at = first; at < marker; at++) {
    const char = line[at];
    if (quote) {
      if (char === "\\" && quote === '"') at += 1;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (/\s/.test(char) && leaderAt(at + 1)) return true;
  }
  return false;
}
function markerInComment(line, syntax) {
  for (let at = line.indexOf(MARKER); at !== -1; at = line.indexOf(MARKER, at + 1)) {
    const before = line.slice(0, at).trimEnd();
    const leader = syntax.leaders.find((token) => before.endsWith(token));
    if (leader === void 0) continue;
    if (syntax.position === "anywhere" || inComment(line, before.length - leader.length, syntax))
      return at + MARKER.length;
  }
  return void 0;
}
function ruleMatches(pattern, ruleId) {
  if (pattern === "*" || pattern === ruleId) return true;
  return pattern.endsWith("/*") && ruleId.startsWith(pattern.slice(0, -1));
}
var INLINE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:\*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
function inlineSuppressionRules(line, syntax = ANY_COMMENT) {
  const start = markerInComment(line, syntax);
  if (start === void 0) return [];
  return /^\s*([A-Za-z0-9/*_,\s-]*)/.exec(line.slice(start))[1].split(/[\s,]+/).map((rule) => rule.trim()).filter((rule) => INLINE_PATTERN.test(rule));
}
function inlineSuppression(finding, input) {
  const { readLine } = input;
  const line = finding.location.line;
  if (readLine === void 0 || line === void 0 || finding.location.member !== void 0) return void 0;
  for (const candidate of [line, line - 1]) {
    if (candidate < 1) continue;
    const text = readLine(finding.location.path, candidate);
    if (text === void 0) continue;
    const syntax = input.commentSyntax?.(finding.location.path);
    if (inlineSuppressionRules(text, syntax).some((rule) => ruleMatches(rule, finding.ruleId))) {
      return `mlsec-ignore comment on line ${candidate}`;
    }
  }
  return void 0;
}
function applyPolicy(findings, input) {
  const compiled = (input.configSuppressions ?? []).map((entry) => ({
    entry,
    matchesPath: entry.paths?.length ? (0, import_picomatch.default)(entry.paths, { dot: true }) : () => true
  }));
  const suppression = (finding) => {
    const inline = inlineSuppression(finding, input);
    if (inline !== void 0) return { finding, kind: "inline", justification: inline };
    const fromConfig = compiled.find(
      ({ entry, matchesPath }) => ruleMatches(entry.rule, finding.ruleId) && matchesPath(finding.location.path)
    );
    if (fromConfig) return { finding, kind: "config", justification: fromConfig.entry.reason };
    if (input.baseline?.has(finding.fingerprint)) {
      return { finding, kind: "baseline", justification: "accepted in the baseline file" };
    }
    return void 0;
  };
  const kept = [];
  const suppressed = [];
  const outOfScopeFindings = [];
  const outOfScopeSuppressed = [];
  for (const finding of findings) {
    const { path: path5, line, endLine } = finding.location;
    const inDiff = !input.changed || finding.wholeRun === true || inScope(input.changed, path5, line, endLine);
    const suppressedBy = suppression(finding);
    if (suppressedBy) (inDiff ? suppressed : outOfScopeSuppressed).push(suppressedBy);
    else (inDiff ? kept : outOfScopeFindings).push(finding);
  }
  kept.sort(compareFindings);
  outOfScopeFindings.sort(compareFindings);
  return {
    findings: kept,
    suppressed,
    outOfScope: outOfScopeFindings.length + outOfScopeSuppressed.length,
    outOfScopeFindings,
    outOfScopeSuppressed,
    failed: kept.some((finding) => atLeast(finding.level, input.failOn))
  };
}

// src/core/engine.ts
var INLINE_MARKER = "mlsec-ignore:";
function isGiven(raw, name) {
  if (raw === void 0 || raw === "") return false;
  if (typeof raw === "string" || isUserPath(raw)) return true;
  if (Array.isArray(raw) && raw.every((item) => isUserPath(item))) return raw.length > 0;
  throw new Error(`option ${name}: an explicit value is text, a user path or a list of user paths`);
}
function explicitlyGiven(specs, explicit) {
  return new Set(specs.filter((spec2) => isGiven(explicit[spec2.name], spec2.name)).map((spec2) => spec2.name));
}
function resolveOptions(specs, explicit, fromConfig, source) {
  const values = {};
  for (const spec2 of specs) {
    const raw = explicit[spec2.name];
    if (isGiven(raw, spec2.name))
      values[spec2.name] = typeof raw === "string" ? parseOptionValue(spec2, raw, source) : raw;
    else if (fromConfig?.[spec2.name] !== void 0) values[spec2.name] = fromConfig[spec2.name];
    else if (spec2.default !== void 0) values[spec2.name] = parseOptionValue(spec2, spec2.default, source);
    if (spec2.required && values[spec2.name] === void 0) {
      throw new UsageError("INVALID_INPUT", `${source} ${spec2.name} is required`);
    }
  }
  return values;
}
function validateResult(check, result, scope) {
  const { root, userPaths } = scope;
  if (result.check !== check.name) throw new Error(`${check.name} returned a result for ${result.check}`);
  const ruleIds = /* @__PURE__ */ new Set();
  for (const rule of result.rules) {
    validateRule(rule);
    ruleIds.add(rule.id);
  }
  for (const finding of result.findings) {
    const where = `${check.name} finding ${finding.ruleId} at ${JSON.stringify(finding.location.path)}`;
    if (!ruleIds.has(finding.ruleId)) throw new Error(`${where}: rule is not declared`);
    if (!LEVELS.includes(finding.level)) throw new Error(`${where}: bad level ${finding.level}`);
    if (!finding.message.trim()) throw new Error(`${where}: empty message`);
    if (!finding.fingerprint) throw new Error(`${where}: no fingerprint`);
    const { path: file, line, column, endLine, endColumn } = finding.location;
    if (!isDisplayPath(root, file))
      throw new Error(
        `${where}: path is not a normalized root-relative path, nor an absolute one outside the root`
      );
    if (path3.isAbsolute(file) && !userPaths.some((user) => relativeInside(user, file) !== void 0))
      throw new Error(`${where}: path is outside the root, and not under a path the user named there`);
    for (const value of [line, column, endLine, endColumn]) {
      if (value !== void 0 && !(Number.isInteger(value) && value >= 1)) {
        throw new Error(`${where}: line and column are 1-based integers`);
      }
    }
  }
  const { verdict: verdict2 } = result;
  if (verdict2 !== void 0 && !(verdict2.failed === true && typeof verdict2.reason === "string" && verdict2.reason.trim())) {
    throw new Error(`${check.name} returned a verdict without a reason`);
  }
}
var PathResolver = class {
  constructor(root, rootAsGiven) {
    this.root = root;
    this.rootAsGiven = rootAsGiven;
  }
  root;
  rootAsGiven;
  /** See PathScope.userPaths. */
  userPaths = [];
  /** See PathScope.signerFiles. */
  signerFiles = [];
  /**
   * A user's path: lexically inside the root it is the repository's spelling, checked with the
   * in-root rules (`mustExist`: through its links now; else lexically, and by the reader or the
   * writer through links); outside, where its links lead (the user named it), recorded as one of
   * the run's user paths. A file to write need not exist, but its directory is resolved, so a
   * link cannot make it two names.
   */
  async user(user, label, mustExist) {
    const inside = lexicallyInside(this.root, user, this.rootAsGiven);
    if (inside !== void 0) {
      return mustExist ? (await resolveInside(this.root, inside, label, user.typed)).relative : inside;
    }
    const real = await realUserPath(user, label, { mayNotExist: !mustExist });
    const name = displayPath(this.root, real);
    if (path3.isAbsolute(name)) this.userPaths.push(real);
    return name;
  }
  /**
   * One value of a path option. A value from the repository or the workflow (config, input,
   * default) must be inside the root, checked lexically (the file may not exist yet: a signature
   * to write; a check that reads it resolves it again), except the signer's own `anywhere` files
   * given as an input or on the command line, which are read through links wherever they lead.
   */
  async option(value, spec2, label, explicit) {
    if (spec2.anywhere && explicit) {
      const name = isUserPath(value) ? await this.user(value, label, false) : value;
      this.signerFiles.push(path3.resolve(this.root, name));
      return displayPath(this.root, path3.resolve(this.root, name));
    }
    if (isUserPath(value)) return this.user(value, label, false);
    return resolveInsideLexically(this.root, value, label).relative;
  }
  scope() {
    return { root: this.root, userPaths: this.userPaths, signerFiles: this.signerFiles };
  }
};
async function resolvePathOptions(specs, values, resolver, source, explicit = /* @__PURE__ */ new Set()) {
  const resolved = {};
  for (const spec2 of specs) {
    const value = values[spec2.name];
    const label = `${source} ${spec2.name}`;
    const given2 = explicit.has(spec2.name);
    if (value === void 0) continue;
    if (spec2.type === "path" && (typeof value === "string" || isUserPath(value))) {
      resolved[spec2.name] = value === "" ? "" : await resolver.option(value, spec2, label, given2);
    } else if (spec2.type === "paths" && Array.isArray(value)) {
      const list = value;
      if (!list.every((item) => typeof item === "string") && !list.every((item) => isUserPath(item)))
        throw new Error(`${label}: a list is of text (parsed) or of user paths (typed), not a mix`);
      const items = [];
      for (const item of list)
        items.push(await resolver.option(item, spec2, label, given2));
      resolved[spec2.name] = items;
    } else if (isUserPath(value) || Array.isArray(value) && value.some((item) => isUserPath(item))) {
      throw new Error(`${label}: a ${spec2.type} option cannot take a user path`);
    } else {
      resolved[spec2.name] = value;
    }
  }
  return resolved;
}
function linesForSuppressions(findings, markerFiles) {
  const wanted = /* @__PURE__ */ new Map();
  const withMarkers = markerFiles ? new Set(markerFiles) : void 0;
  for (const finding of findings) {
    const { path: file, line, member } = finding.location;
    if (line === void 0 || member !== void 0) continue;
    if (withMarkers && !withMarkers.has(file)) continue;
    const lines = wanted.get(file) ?? /* @__PURE__ */ new Set();
    lines.add(line);
    if (line > 1) lines.add(line - 1);
    wanted.set(file, lines);
  }
  return wanted;
}
async function resolvePositionalPaths(resolver, requested, label) {
  const resolved = [];
  for (const requestedPath of requested) {
    const name = isUserPath(requestedPath) ? await resolver.user(requestedPath, label, true) : (await resolveInside(resolver.root, requestedPath, label)).relative;
    if (!resolved.includes(name)) resolved.push(name);
  }
  return resolved;
}
async function runEngine(input) {
  const progress = input.progress ?? (() => void 0);
  const resolver = new PathResolver(input.root, input.rootAsGiven);
  const paths = await resolvePositionalPaths(
    resolver,
    input.paths.length > 0 ? input.paths : input.check.positional.default,
    input.pathsLabel ?? input.check.positional.name
  );
  const options = await resolvePathOptions(
    input.check.options,
    input.options,
    resolver,
    input.optionSource ?? "option",
    input.explicit
  );
  const scope = resolver.scope();
  const result = await input.check.run({
    ...scope,
    paths,
    options,
    exclude: input.config.exclude,
    fingerprintKey: input.fingerprintKey,
    environment: input.environment,
    progress,
    walkTree: input.walkTree ?? createTreeWalk(input.root),
    ...input.earlier ? { earlier: input.earlier } : {}
  });
  validateResult(input.check, result, scope);
  const baseline = input.baseline ?? (input.baselineFile ? await readBaseline(input.baselineFile) : void 0);
  const inline = input.inlineSuppressions ?? true;
  const lines = inline ? await readRequestedLines(
    input.root,
    linesForSuppressions(result.findings, result.inlineMarkerFiles),
    void 0,
    (bytes) => bytes.includes(INLINE_MARKER)
  ) : void 0;
  const syntax = new Map(Object.entries(result.inlineCommentSyntax ?? {}));
  const outcome = applyPolicy(result.findings, {
    failOn: input.failOn,
    baseline,
    configSuppressions: input.config.suppressions,
    readLine: lines ? (file, line) => lines.get(file)?.get(line) : void 0,
    commentSyntax: (file) => syntax.get(file),
    changed: input.environment.changed
  });
  return { result, report: buildReport(result, outcome, input.failOn) };
}

// src/core/runner.ts
async function fileInside(root, name, label, rootAsGiven) {
  const inside = isUserPath(name) ? lexicallyInside(root, name, rootAsGiven) : name;
  if (inside === void 0) return name.absolute;
  try {
    return (await resolveInside(root, inside, label, shownName(name))).absolute;
  } catch (error) {
    if (isUsageError(error) && error.code === "FILE_NOT_FOUND") return path4.resolve(root, inside);
    throw error;
  }
}
async function exists(file) {
  try {
    await realpath2(file);
    return true;
  } catch {
    return false;
  }
}
function pick(name, allowed, explicit, fromConfig, fallback, source) {
  if (explicit !== void 0 && explicit.trim() !== "") {
    const value = explicit.trim();
    if (!allowed.includes(value)) {
      throw new UsageError(
        "INVALID_INPUT",
        `${source} ${name}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(explicit)}`
      );
    }
    return value;
  }
  return fromConfig ?? fallback;
}
function shownName(name) {
  return isUserPath(name) ? name.typed : name;
}
function given(value) {
  if (isUserPath(value)) return value;
  const text = value?.trim();
  return text ? text : void 0;
}
async function loadRunConfig(root, explicitConfig, optionsByCheck, source = "option", rootAsGiven) {
  const named = given(explicitConfig);
  const file = named ?? DEFAULT_CONFIG_FILE;
  const absolute = await fileInside(root, file, named ? `${source} config` : "config", rootAsGiven);
  return loadConfig(absolute, shownName(file), root, optionsByCheck, named !== void 0);
}
async function resolveShared(root, explicit, config, source, rootAsGiven) {
  const failOn = pick("fail-on", FAIL_ON, explicit.failOn, config.failOn, "error", source);
  const scope = pick("scope", ["changed", "all"], explicit.scope, config.scope, "changed", source);
  let baselineFile;
  let baselineName;
  const explicitBaseline = given(explicit.baseline);
  const named = explicitBaseline ?? config.baseline;
  if (named) {
    const configName = shownName(given(explicit.config) ?? DEFAULT_CONFIG_FILE);
    const label = explicitBaseline ? `${source} baseline` : `config ${configName}: key baseline`;
    baselineFile = await fileInside(root, named, label, rootAsGiven);
    baselineName = shownName(named);
  } else if (await exists(path4.join(root, DEFAULT_BASELINE_FILE))) {
    baselineFile = await fileInside(root, DEFAULT_BASELINE_FILE, "baseline");
    baselineName = DEFAULT_BASELINE_FILE;
  }
  return {
    failOn,
    scope,
    baselineFile,
    baselineName,
    exclude: [...config.exclude, ...explicit.exclude ?? []]
  };
}
async function realRoot(root) {
  try {
    return await realpath2(root);
  } catch (error) {
    throw new UsageError("FILE_NOT_FOUND", `the directory to scan, ${root}, cannot be read`, {
      cause: error
    });
  }
}
async function runChecks(request) {
  const root = await realRoot(request.root);
  const rootAsGiven = path4.resolve(request.root);
  const config = await loadRunConfig(
    root,
    request.shared.config,
    request.optionsByCheck,
    request.source,
    rootAsGiven
  );
  const settings = await resolveShared(root, request.shared, config, request.source, rootAsGiven);
  const fingerprintKey = fingerprintKeyFrom(
    request.shared.fingerprintKey,
    request.shared.fingerprintKeyLabel ?? `${request.source} fingerprint-key`
  );
  const warnings = [];
  let baseline;
  if (settings.baselineFile) {
    baseline = await readBaseline(settings.baselineFile, settings.baselineName);
    const keyed = countKeyed(baseline);
    if (!fingerprintKey.stable && keyed > 0) {
      warnings.push(keyedBaselineWarning(settings.baselineName ?? settings.baselineFile, keyed));
    }
  }
  const changed = settings.scope === "changed" ? await request.loadChangedFiles?.() : void 0;
  const reports = [];
  const results = [];
  const checks = typeof request.checks === "function" ? request.checks(config) : request.checks;
  const walkTree = createTreeWalk(root);
  for (const check of checks) {
    const explicit = request.explicitOptions.get(check.name) ?? {};
    const options = resolveOptions(check.options, explicit, config.options[check.name], request.source);
    const { report, result } = await runEngine({
      check,
      root,
      rootAsGiven,
      paths: request.paths,
      options,
      explicit: explicitlyGiven(check.options, explicit),
      config: { ...config, exclude: settings.exclude },
      failOn: settings.failOn,
      baseline,
      inlineSuppressions: request.shared.inlineSuppressions ?? true,
      fingerprintKey,
      environment: { ...request.environment, changed },
      progress: request.progress,
      pathsLabel: request.source === "input" ? `input ${check.positional.name}` : `${check.positional.name} argument`,
      optionSource: request.source,
      walkTree,
      earlier: [...results]
    });
    reports.push(report);
    results.push(result);
  }
  return {
    config,
    settings,
    reports,
    results,
    diffScoped: changed !== void 0,
    warnings,
    root,
    fingerprintKeyStable: fingerprintKey.stable
  };
}

// src/core/shared-options.ts
var spec = (option) => option;
var CONFIG_OPTION = spec({
  name: "config",
  type: "string",
  description: "Config file, relative to the repository root. Default: .github/mlsec.yml when it exists."
});
var FAIL_ON_OPTION = spec({
  name: "fail-on",
  type: "string",
  description: "Fail (exit 1, or a failed step) on findings at this level or above: error, warning, note or never. Default: error (or the config file).",
  choices: FAIL_ON
});
var BASELINE_OPTION = spec({
  name: "baseline",
  type: "string",
  description: "Baseline file of accepted finding fingerprints. Default: .mlsec-baseline.json when it exists."
});
var EXCLUDE_OPTION = spec({
  name: "exclude",
  type: "list",
  description: "Globs of paths to leave out (comma separated, or repeated). Added to the config file's `exclude` list, never replacing it."
});
var FINGERPRINT_KEY_OPTION = spec({
  name: "fingerprint-key",
  type: "string",
  secret: true,
  description: "Secret for keyed fingerprints of sensitive values (16+ characters, from a secret; MLSEC_FINGERPRINT_KEY for the CLI). Without it a per-run random key is used and baselines of sensitive findings cannot match."
});
var INLINE_SUPPRESSIONS_OPTION = spec({
  name: "inline-suppressions",
  type: "boolean",
  description: "Honour `mlsec-ignore: <rule>` comments in scanned files. Turn off when the people who write the scanned files should not be the ones who decide what is reported.",
  default: "true"
});

export {
  CHECKS,
  writeJson,
  writeOutputFile,
  totals,
  plural,
  countsSentence,
  failureReason,
  verdict,
  locationText,
  toText,
  sarifCategory,
  toSarif,
  countKeyed,
  keyedBaselineWarning,
  baselineText,
  changedFilesFromPullRequest,
  runChecks,
  CONFIG_OPTION,
  FAIL_ON_OPTION,
  BASELINE_OPTION,
  EXCLUDE_OPTION,
  FINGERPRINT_KEY_OPTION,
  INLINE_SUPPRESSIONS_OPTION
};
