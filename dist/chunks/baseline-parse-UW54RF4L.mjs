import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-WT4KK5V7.mjs";
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-DJZDCILK.mjs";

// src/core/baseline-parse.ts
var baselineSchema = external_exports.object({
  version: external_exports.literal(1),
  tool: external_exports.literal("mlsec"),
  findings: external_exports.array(
    external_exports.object({ ruleId: external_exports.string(), path: external_exports.string(), fingerprint: external_exports.string().min(1) }).strict()
  )
}).strict();
function jsonErrorPosition(error) {
  const message = error instanceof Error ? error.message : "";
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (at) return at[2] ? `at position ${at[1]}, line ${at[2]} column ${at[3]}` : `at position ${at[1]}`;
  if (/unexpected end/i.test(message)) return "unexpected end of input";
  return "unexpected token";
}
function parseBaseline(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError("INVALID_CONFIG", `baseline ${file}: not valid JSON (${jsonErrorPosition(error)})`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    throw new UsageError("INVALID_CONFIG", `baseline ${file}: key ${where}: ${issue.message}`);
  }
  return new Set(parsed.data.findings.map((entry) => entry.fingerprint));
}
export {
  jsonErrorPosition,
  parseBaseline
};
