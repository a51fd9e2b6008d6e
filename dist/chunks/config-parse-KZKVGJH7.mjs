import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  parseOptionValue,
  suggest
} from "./chunk-XLE3JC6F.mjs";
import {
  external_exports
} from "./chunk-WT4KK5V7.mjs";
import {
  require_dist
} from "./chunk-VVWAE6D3.mjs";
import {
  resolveInsideLexically
} from "./chunk-MHLR25UR.mjs";
import {
  CHECK_NAMES,
  FAIL_ON
} from "./chunk-EBHPDEBE.mjs";
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";
import {
  __toESM
} from "./chunk-DJZDCILK.mjs";

// src/core/config-parse.ts
var import_yaml = __toESM(require_dist(), 1);
var SHARED_KEYS = ["version", "checks", "fail-on", "scope", "baseline", "exclude", "suppressions"];
var sharedSchema = external_exports.object({
  version: external_exports.literal(1).optional(),
  checks: external_exports.array(external_exports.enum(CHECK_NAMES)).min(1).optional(),
  "fail-on": external_exports.enum(FAIL_ON).optional(),
  scope: external_exports.enum(["changed", "all"]).optional(),
  baseline: external_exports.string().min(1).optional(),
  exclude: external_exports.array(external_exports.string().min(1)).optional(),
  suppressions: external_exports.array(
    external_exports.object({
      rule: external_exports.string().min(1),
      paths: external_exports.array(external_exports.string().min(1)).optional(),
      reason: external_exports.string({ error: (issue) => issue.input == null ? "a suppression needs a reason" : void 0 }).trim().min(1, "a suppression needs a reason")
    }).strict()
  ).optional()
});
function configError(file, key, message) {
  return new UsageError("INVALID_CONFIG", `config ${file}: key ${key}: ${message}`);
}
function resolveDocument(document, file) {
  try {
    const value = document.toJS({ maxAliasCount: 100 });
    if (isCircular(value)) {
      throw new UsageError(
        "INVALID_CONFIG",
        `config ${file}: not valid YAML (an alias refers to its own anchor)`
      );
    }
    return value;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : "";
    const reason = /^Unresolved alias/.test(message) ? "an alias refers to no anchor" : /alias count/i.test(message) ? "too many aliases: refused as a resource exhaustion attack" : "its anchors and aliases cannot be resolved";
    throw new UsageError("INVALID_CONFIG", `config ${file}: not valid YAML (${reason})`);
  }
}
function isCircular(value, open = /* @__PURE__ */ new Set()) {
  if (typeof value !== "object" || value === null) return false;
  if (open.has(value)) return true;
  open.add(value);
  const circular = Object.values(value).some((item) => isCircular(item, open));
  open.delete(value);
  return circular;
}
function keyPath(path) {
  return path.length === 0 ? "(top level)" : path.map(String).join(".");
}
function parseConfig(text, file, root, optionsByCheck) {
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0]?.line;
    throw new UsageError(
      "INVALID_CONFIG",
      `config ${file}${line ? `:${line}` : ""}: not valid YAML (${first.message.split("\n")[0]})`
    );
  }
  const raw = resolveDocument(document, file) ?? {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw configError(file, "(top level)", "expected a mapping of keys to values");
  }
  const record = raw;
  const known = [...SHARED_KEYS, ...CHECK_NAMES];
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      const hint = suggest(key, known);
      throw configError(file, key, `unknown key${hint ? ` (did you mean ${hint}?)` : ""}`);
    }
  }
  const shared = {};
  for (const key of SHARED_KEYS) if (key in record) shared[key] = record[key];
  const parsed = sharedSchema.safeParse(shared);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw configError(file, keyPath(issue.path), issue.message);
  }
  const options = {};
  for (const check of CHECK_NAMES) {
    if (!(check in record)) continue;
    options[check] = parseCheckOptions(record[check], file, root, check, optionsByCheck.get(check) ?? []);
  }
  return {
    checks: parsed.data.checks,
    failOn: parsed.data["fail-on"],
    scope: parsed.data.scope,
    baseline: parsed.data.baseline,
    exclude: parsed.data.exclude ?? [],
    suppressions: parsed.data.suppressions ?? [],
    options
  };
}
function parseCheckOptions(value, file, root, check, specs) {
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw configError(file, check, "expected a mapping of option names to values");
  }
  const result = {};
  for (const [key, item] of Object.entries(value)) {
    const spec = specs.find((candidate) => candidate.name === key);
    if (!spec) {
      const hint = suggest(
        key,
        specs.map((s) => s.name)
      );
      throw configError(file, `${check}.${key}`, `unknown option${hint ? ` (did you mean ${hint}?)` : ""}`);
    }
    if (spec.secret) {
      throw configError(
        file,
        `${check}.${key}`,
        "secrets do not belong in a committed file; pass it as an input from a secret"
      );
    }
    let textual;
    if (Array.isArray(item) && (spec.type === "list" || spec.type === "paths"))
      textual = item.map(String).join(",");
    else if (["string", "number", "boolean"].includes(typeof item)) textual = String(item);
    else throw configError(file, `${check}.${key}`, `expected a ${spec.type}`);
    try {
      result[key] = parseOptionValue(spec, textual, "option");
    } catch (error) {
      throw configError(file, `${check}.${key}`, error.message.replace(/^option \S+: /, ""));
    }
    refuseOutside(result[key], spec, root, `config ${file}: key ${check}.${key}`);
  }
  return result;
}
function refuseOutside(value, spec, root, label) {
  if (spec.type !== "path" && spec.type !== "paths") return;
  for (const item of Array.isArray(value) ? value : [value])
    if (typeof item === "string" && item !== "") resolveInsideLexically(root, item, label);
}
export {
  parseConfig
};
