import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/core/escape.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029\u{e0000}-\u{e007f}]/gu;
function escapeCodePoint(char) {
  const code = char.codePointAt(0);
  const hex = code.toString(16);
  return code > 65535 ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}
function printable(text) {
  return text.replace(UNPRINTABLE, escapeCodePoint);
}
function neutralizeCommands(line) {
  return line.replaceAll("##[", "##\\u005b").replace(/^(\s*)::/, "$1\\u003a:");
}
function neutralizeJsonCommands(json) {
  return json.replaceAll("##[", "##\\u005b");
}
function markdownText(text) {
  return printable(text).replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, "@&#8203;");
}
function markdownCode(text) {
  if (text === "") return "(empty)";
  const safe = printable(text).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}
function pathToUri(relativePath) {
  return relativePath.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function locationUri(displayPath) {
  return path.isAbsolute(displayPath) ? pathToFileURL(displayPath).href : pathToUri(displayPath);
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

export {
  printable,
  neutralizeCommands,
  neutralizeJsonCommands,
  markdownText,
  markdownCode,
  locationUri,
  byteLength
};
