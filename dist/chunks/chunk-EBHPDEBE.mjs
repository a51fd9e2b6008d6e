import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

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
var ANY_COMMENT = {
  leaders: ["#", "//", "--", ";", "<!--", "/*", "%", "'"],
  position: "anywhere"
};
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
function appendFindings(target, items) {
  for (const item of items) target.push(item);
}

export {
  LEVELS,
  FAIL_ON,
  CHECK_NAMES,
  ANY_COMMENT,
  atLeast,
  compareFindings,
  compareText,
  countByLevel,
  validateRule,
  appendFindings
};
