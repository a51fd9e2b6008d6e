import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-AHRJEZCV.mjs";

// src/core/findings.ts
var LEVELS = ["error", "warning", "note"];
var FAIL_ON = ["error", "warning", "note", "never"];
var LEVEL_RANK = { error: 3, warning: 2, note: 1 };
var OWASP_ML_TOP_10 = {
  ML01: "Input Manipulation Attack",
  ML02: "Data Poisoning Attack",
  ML03: "Model Inversion Attack",
  ML04: "Membership Inference Attack",
  ML05: "Model Theft",
  ML06: "AI Supply Chain Attacks",
  ML07: "Transfer Learning Attack",
  ML08: "Model Skewing",
  ML09: "Output Integrity Attack",
  ML10: "Model Poisoning"
};
var CHECK_NAMES = [
  "scan-pii",
  "scan-model",
  "sign-model",
  "verify-provenance",
  "robustness-check",
  "dependency-sbom"
];
function atLeast(level, failOn) {
  return failOn !== "never" && LEVEL_RANK[level] >= LEVEL_RANK[failOn];
}
function compareFindings(a, b) {
  return LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareText(a.location.path, b.location.path) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function countByLevel(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}
var RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
var ATLAS_ID = /^AML\.T\d{4}(?:\.\d{3})?$/;
function validateRule(rule) {
  const problems = [];
  if (!RULE_ID.test(rule.id)) problems.push("id must look like `area/kebab-name`");
  if (!rule.title.trim()) problems.push("title is empty");
  if (!rule.help.trim()) problems.push("help is empty");
  if (!(rule.securitySeverity >= 0 && rule.securitySeverity <= 10))
    problems.push("securitySeverity not in 0..10");
  if (rule.owaspMl.length === 0) problems.push("no OWASP ML Top 10 id");
  for (const id of rule.owaspMl) if (!(id in OWASP_ML_TOP_10)) problems.push(`unknown OWASP ML id ${id}`);
  for (const id of rule.atlas) if (!ATLAS_ID.test(id)) problems.push(`malformed MITRE ATLAS id ${id}`);
  if (problems.length > 0) throw new Error(`rule ${rule.id}: ${problems.join("; ")}`);
}

// src/core/options.ts
function shown(spec, value) {
  return spec.secret ? "(a secret, not shown)" : JSON.stringify(value);
}
function parseOptionValue(spec, raw, source) {
  const where = `${source} ${spec.name}`;
  switch (spec.type) {
    case "boolean": {
      const normal = raw.trim().toLowerCase();
      if (normal === "true") return true;
      if (normal === "false") return false;
      throw new UsageError("INVALID_INPUT", `${where}: expected true or false, got ${shown(spec, raw)}`);
    }
    case "number": {
      const value = Number(raw.trim());
      if (raw.trim() === "" || !Number.isFinite(value)) {
        throw new UsageError("INVALID_INPUT", `${where}: expected a number, got ${shown(spec, raw)}`);
      }
      return value;
    }
    case "list":
    case "paths": {
      const items = raw.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
      if (spec.choices) for (const item of items) assertChoice(spec, item, where);
      return items;
    }
    case "string":
    case "path":
    case "pem-or-path": {
      const value = raw.trim();
      if (spec.choices) assertChoice(spec, value, where);
      return value;
    }
  }
}
function assertChoice(spec, value, where) {
  if (!spec.choices.includes(value)) {
    throw new UsageError(
      "INVALID_INPUT",
      `${where}: expected one of ${spec.choices.join(", ")}, got ${shown(spec, value)}`
    );
  }
}
function suggest(name, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export {
  LEVELS,
  FAIL_ON,
  CHECK_NAMES,
  atLeast,
  compareFindings,
  compareText,
  countByLevel,
  validateRule,
  parseOptionValue,
  suggest
};
