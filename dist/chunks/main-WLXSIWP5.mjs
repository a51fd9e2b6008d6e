import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  BASELINE_OPTION,
  CHECKS,
  CONFIG_OPTION,
  EXCLUDE_OPTION,
  FAIL_ON_OPTION,
  FINGERPRINT_KEY_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
  baselineText,
  countKeyed,
  failureReason,
  keyedBaselineWarning,
  runChecks,
  toSarif,
  toText,
  totals,
  writeJson,
  writeOutputFile
} from "./chunk-PF7O6UV6.mjs";
import "./chunk-BLHTINOC.mjs";
import "./chunk-DUOZCT57.mjs";
import {
  parseOptionValue
} from "./chunk-XLE3JC6F.mjs";
import "./chunk-IBSJNB6F.mjs";
import {
  neutralizeCommands,
  printable
} from "./chunk-VMIUJUPO.mjs";
import {
  gitTopLevel,
  userPath
} from "./chunk-MHLR25UR.mjs";
import {
  versionAnswer
} from "./chunk-ZZ7WYM7L.mjs";
import {
  MLSEC_URL,
  MLSEC_VERSION
} from "./chunk-QPWZXP3V.mjs";
import "./chunk-JLVXBGN6.mjs";
import "./chunk-VCTSVVVY.mjs";
import {
  CHECK_NAMES
} from "./chunk-EBHPDEBE.mjs";
import "./chunk-SLAN3BLR.mjs";
import {
  UsageError,
  errorMessage,
  isUsageError
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-DJZDCILK.mjs";

// src/cli/main.ts
import { stat } from "node:fs/promises";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/core/render/json.ts
function toJson(reports, version, options = {}) {
  if (!options.combined && reports.length === 1) {
    const [report] = reports;
    return {
      tool: "mlsec",
      version,
      check: report.check,
      findings: report.findings,
      metrics: report.metrics,
      summary: summary(report)
    };
  }
  return {
    tool: "mlsec",
    version,
    check: "check",
    findings: reports.flatMap(
      (report) => report.findings.map((finding) => ({ check: report.check, ...finding }))
    ),
    metrics: Object.fromEntries(reports.map((report) => [report.check, report.metrics])),
    summary: Object.fromEntries(reports.map((report) => [report.check, summary(report)]))
  };
}
function summary(report) {
  const reason = failureReason(report);
  return {
    ...totals(report),
    failed: report.failed,
    failOn: report.failOn,
    ...reason !== void 0 ? { reason } : {}
  };
}

// src/cli/onnxruntime.ts
import os from "node:os";
import path from "node:path";
function cliOnnxRuntime(env, progress, ownInstallation = import.meta.url) {
  let loaded;
  const load = async () => {
    const { onnxRuntimeDirectory, ownOnnxRuntime, provisionOnnxRuntime } = await import("./onnxruntime-provision-TGPU2ZPY.mjs");
    const { platform, arch } = process;
    const own = await ownOnnxRuntime(ownInstallation, { platform, arch, progress });
    if (own !== void 0) return own;
    const provisioned = await provisionOnnxRuntime({
      directory: onnxRuntimeDirectory(userCacheDirectory(env), platform, arch),
      fetch: globalThis.fetch,
      platform,
      arch,
      progress
    });
    return provisioned.ort;
  };
  return () => loaded ??= load();
}
function userCacheDirectory(env) {
  const xdg = env.XDG_CACHE_HOME;
  return xdg !== void 0 && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), ".cache");
}

// src/cli/main.ts
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var FORMATS = ["text", "json", "sarif"];
var COMMON_OPTIONS = [
  {
    name: "format",
    type: "string",
    description: "Output format: text, json or sarif.",
    default: "text",
    choices: FORMATS
  },
  { name: "output", type: "string", description: "Write the output to this file instead of stdout." },
  {
    name: "root",
    type: "string",
    description: "The repository root: config discovery (.github/mlsec.yml), the default baseline and option defaults are relative to it, and findings inside it are named relative to it.",
    default: "the git top level of the working directory, else the working directory"
  },
  FAIL_ON_OPTION,
  CONFIG_OPTION,
  BASELINE_OPTION,
  {
    name: "write-baseline",
    type: "string",
    description: "Write the fingerprints of the current findings to this baseline file, and exit 0."
  },
  EXCLUDE_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
  FINGERPRINT_KEY_OPTION
];
function usage(registry) {
  const checks = [...registry.values()].map((check) => `  ${check.name.padEnd(18)} ${check.summary}`).join("\n");
  return [
    `mlsec ${MLSEC_VERSION}: ML security checks for CI`,
    "",
    "Usage: mlsec <check> [paths...] [options]",
    "       mlsec check [paths...] [--checks a,b]   run the checks in the config file",
    "",
    "Checks:",
    checks,
    "",
    "Run `mlsec <check> --help` for its options.",
    "Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage error, 3 internal error.",
    `Documentation: ${MLSEC_URL}`,
    ""
  ].join("\n");
}
function optionLine(spec) {
  const value = spec.type === "boolean" ? "" : spec.type === "list" ? " LIST" : spec.type === "paths" ? " FILES" : spec.type === "path" || spec.type === "pem-or-path" ? " FILE" : " VALUE";
  let fallback = "";
  if (spec.type === "boolean" && spec.default === "true")
    fallback = ` (on by default; --no-${spec.name} turns it off)`;
  else if (spec.default !== void 0 && spec.type !== "boolean") fallback = ` (default: ${spec.default})`;
  return `  --${spec.name}${value}
      ${spec.description}${fallback}`;
}
var PATHS_NOTE = [
  "Paths typed here (arguments, FILE options, --config, --baseline, --output, --write-baseline, --root)",
  "are relative to the working directory and may be anywhere; one inside the root (--root) as typed",
  "may not leave it through a symbolic link. Option defaults and paths in the config file are relative",
  "to the root, and stay inside it."
].join("\n");
function checkHelp(check) {
  const options = check === "check" ? [] : check.options;
  const name = check === "check" ? "check" : check.name;
  const summary2 = check === "check" ? "Run every check listed in the config file (or --checks)." : check.summary;
  const positional = check === "check" ? "paths" : check.positional.name;
  const extra = check === "check" ? [{ name: "checks", type: "list", description: `Checks to run: ${CHECK_NAMES.join(", ")}.` }] : [];
  return [
    `Usage: mlsec ${name} [${positional}...] [options]`,
    "",
    summary2,
    "",
    ...options.length + extra.length ? ["Options:", ...[...extra, ...options].map(optionLine), ""] : [],
    "Common options:",
    ...COMMON_OPTIONS.map(optionLine),
    "  --help\n      Show this help.",
    "",
    PATHS_NOTE,
    ""
  ].join("\n");
}
function parseConfigFor(specs) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const spec of specs) {
    options[spec.name] = spec.type === "boolean" ? { type: "boolean" } : { type: "string", multiple: spec.type === "list" || spec.type === "paths" };
  }
  return options;
}
function asRaw(value) {
  if (value === void 0) return void 0;
  if (Array.isArray(value)) return value.map(String).join(",");
  return String(value);
}
function stderrLine(text) {
  return `${neutralizeCommands(`mlsec: ${printable(text)}`)}
`;
}
function typedOption(spec, value, cwd) {
  const raw = asRaw(value);
  if (raw === void 0 || raw.trim() === "") return raw;
  const label = `option ${spec.name}`;
  if (spec.type === "path") return userPath(cwd, raw.trim(), label);
  if (spec.type === "pem-or-path") return raw.includes("-----BEGIN") ? raw : path2.resolve(cwd, raw.trim());
  if (spec.type === "paths")
    return parseOptionValue(spec, raw, "option").map((item) => userPath(cwd, item, label));
  return raw;
}
async function cliRoot(cwd, option) {
  if (option === void 0 || option.trim() === "") return await gitTopLevel(cwd) ?? cwd;
  const root = path2.resolve(cwd, option.trim());
  let isDirectory = false;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch (error) {
    throw new UsageError("FILE_NOT_FOUND", `option root: ${JSON.stringify(option)} does not exist`, {
      cause: error
    });
  }
  if (!isDirectory)
    throw new UsageError("INVALID_INPUT", `option root: ${JSON.stringify(option)} is not a directory`);
  return root;
}
var writeOutput = (root, file, content, option) => writeOutputFile(file, content, `option ${option}`, { root });
async function runCli(argv, io, checks = CHECKS) {
  try {
    return await main(argv, io, checks);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(stderrLine(errorMessage(error)));
      return EXIT.usage;
    }
    io.stderr(stderrLine(`internal error (please report it): ${errorMessage(error)}`));
    return EXIT.internal;
  }
}
async function main(argv, io, checks) {
  const [command, ...rest] = argv;
  if (command === void 0) {
    io.stderr(`${usage(checks)}mlsec: no command given; run mlsec --help
`);
    return EXIT.usage;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(usage(checks));
    return EXIT.ok;
  }
  const version = versionAnswer(argv);
  if (version !== void 0) {
    io.stdout(version);
    return EXIT.ok;
  }
  const check = command === "check" ? "check" : checks.get(command);
  if (check === void 0) {
    throw new UsageError(
      "INVALID_INPUT",
      `unknown command ${JSON.stringify(command)}; run \`mlsec --help\` for the checks`
    );
  }
  const checkSpecs = check === "check" ? [] : check.options;
  const umbrellaSpecs = check === "check" ? [{ name: "checks", type: "list", description: "", choices: CHECK_NAMES }] : [];
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: parseConfigFor([...COMMON_OPTIONS, ...checkSpecs, ...umbrellaSpecs]),
      allowPositionals: true,
      allowNegative: true,
      strict: true
    });
  } catch (error) {
    throw new UsageError("INVALID_INPUT", `${errorMessage(error)}; run \`mlsec ${command} --help\``);
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout(checkHelp(check));
    return EXIT.ok;
  }
  const format = asRaw(values.format) ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      "INVALID_INPUT",
      `option format: expected one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`
    );
  }
  const explicitOptions = /* @__PURE__ */ new Map();
  if (check !== "check") {
    explicitOptions.set(
      check.name,
      Object.fromEntries(
        check.options.map((spec) => [spec.name, typedOption(spec, values[spec.name], io.cwd)])
      )
    );
  }
  const typedFile = (name) => {
    const raw = asRaw(values[name]);
    return raw === void 0 || raw.trim() === "" ? void 0 : userPath(io.cwd, raw.trim(), `option ${name}`);
  };
  let selected;
  if (check === "check" && values.checks !== void 0) {
    selected = asRaw(values.checks).split(",").map((name) => name.trim()).filter(Boolean);
    for (const name of selected) {
      if (!checks.has(name))
        throw new UsageError("INVALID_INPUT", `option checks: unknown check ${JSON.stringify(name)}`);
    }
  }
  const progress = io.stderrIsTty ? (message) => io.stderr(stderrLine(message)) : void 0;
  const keyFromOption = asRaw(values["fingerprint-key"]);
  const checkToken = () => {
    if (!io.env.SIGSTORE_ID_TOKEN) {
      throw new UsageError(
        "MISSING_PERMISSION",
        "keyless signing (method: sigstore) needs an OIDC identity token in SIGSTORE_ID_TOKEN (or run it in GitHub Actions with id-token: write)"
      );
    }
  };
  const root = await cliRoot(io.cwd, asRaw(values.root));
  const outcome = await runChecks({
    checks: check === "check" ? (config) => {
      const names = selected ?? config.checks;
      if (!names?.length) {
        throw new UsageError(
          "INVALID_INPUT",
          "no checks to run: pass --checks or list `checks:` in the config file"
        );
      }
      return names.map((name) => checks.get(name));
    } : [check],
    root,
    // Typed paths are the user's: relative to the working directory, and anywhere.
    paths: parsed.positionals.map(
      (typed) => userPath(io.cwd, typed, `${check === "check" ? "paths" : check.positional.name} argument`)
    ),
    explicitOptions,
    shared: {
      failOn: asRaw(values["fail-on"]),
      // Local runs have no pull request: every finding is in scope.
      scope: "all",
      baseline: typedFile("baseline"),
      exclude: values.exclude?.flatMap((item) => item.split(",")) ?? [],
      config: typedFile("config"),
      fingerprintKey: keyFromOption ?? io.env.MLSEC_FINGERPRINT_KEY,
      fingerprintKeyLabel: keyFromOption === void 0 && io.env.MLSEC_FINGERPRINT_KEY ? "MLSEC_FINGERPRINT_KEY (option fingerprint-key)" : "option fingerprint-key",
      inlineSuppressions: values["inline-suppressions"] !== false
    },
    source: "option",
    environment: {
      identityToken: async () => {
        checkToken();
        return io.env.SIGSTORE_ID_TOKEN;
      },
      checkIdentityToken: () => checkToken(),
      // A download of the runtime takes a while: said even when stderr is not a terminal.
      loadOnnxRuntime: cliOnnxRuntime(io.env, (message) => io.stderr(stderrLine(message))),
      fetch: globalThis.fetch
    },
    optionsByCheck: new Map([...checks].map(([name, check2]) => [name, check2.options])),
    progress
  });
  for (const warning of outcome.warnings) io.stderr(stderrLine(`warning: ${warning}`));
  if (outcome.results.some((result) => result.handoff?.dependencySubmission))
    io.stderr(
      stderrLine(
        "warning: submit-dependencies: only the GitHub Action submits to the dependency graph; nothing was submitted"
      )
    );
  const writeBaselineTo = asRaw(values["write-baseline"]);
  if (writeBaselineTo) {
    const accepted = outcome.reports.flatMap((report) => [
      ...report.findings,
      ...report.suppressed.filter((entry) => entry.kind === "baseline").map((entry) => entry.finding)
    ]);
    const { text, count } = baselineText(accepted);
    await writeOutput(root, path2.resolve(io.cwd, writeBaselineTo), text, "write-baseline");
    io.stderr(stderrLine(`wrote ${count} fingerprint${count === 1 ? "" : "s"} to ${writeBaselineTo}`));
    const keyed = countKeyed(accepted.map((finding) => finding.fingerprint));
    if (!outcome.fingerprintKeyStable && keyed > 0) {
      io.stderr(stderrLine(`warning: ${keyedBaselineWarning(writeBaselineTo, keyed)}`));
    }
    return EXIT.ok;
  }
  const tool = { version: MLSEC_VERSION, informationUri: MLSEC_URL };
  const combined = check === "check";
  const rendered = format === "json" ? { json: toJson(outcome.reports, MLSEC_VERSION, { combined }) } : format === "sarif" ? { json: toSarif(outcome.reports, tool, { combined }) } : toText(outcome.reports);
  const output = asRaw(values.output);
  if (output) await writeOutput(root, path2.resolve(io.cwd, output), rendered, "output");
  else if (typeof rendered === "string") io.stdout(rendered);
  else await writeJson(rendered.json, (text) => io.stdout(text));
  return outcome.reports.some((report) => report.failed) ? EXIT.findings : EXIT.ok;
}
export {
  EXIT,
  runCli
};
