import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Escaping for text that came from scanned files (names, members, keys) before it reaches a
 * terminal, a log, markdown or a URI. Workflow-command escaping of annotation data lives in
 * src/github; `neutralizeCommands` covers what that escaping does not.
 */

// Every control (Cc) and format (Cf) character: C0/C1 controls, the bidi controls of "Trojan
// Source" (CVE-2021-42574), zero-width and invisible characters (U+00AD, U+200B-U+200F,
// U+2060-U+2064, U+FEFF), interlinear annotation (U+FFF9-U+FFFB) and the tag characters
// U+E0000-U+E007F that can smuggle invisible text; plus the line and paragraph separators that
// end a line in some viewers. The whole tag block is listed because some of it is unassigned (Cn).
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029\u{e0000}-\u{e007f}]/gu;

function escapeCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16);
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** One printable line: control, format and separator characters become visible escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCodePoint);
}

/**
 * One log line the runner cannot read as a workflow command. The runner takes `::name::` at the
 * start of a line (after whitespace) and the legacy `##[name]` anywhere in it; the escapes
 * below are what a reader sees, and they name the character they stand for.
 */
export function neutralizeCommands(line: string): string {
  return line.replaceAll('##[', '##\\u005b').replace(/^(\s*)::/, '$1\\u003a:');
}

/**
 * Serialized JSON (SARIF, `--format json`) that may be printed to a job log. `##[` can only occur
 * inside a JSON string, where `\u005b` is the same `[`, so the data is unchanged; pretty-printed
 * JSON never starts a line with `::`.
 */
export function neutralizeJsonCommands(json: string): string {
  return json.replaceAll('##[', '##\\u005b');
}

/**
 * Markdown text that renders literally: no formatting, link syntax, HTML, mentions or table
 * breaks. GitHub may still autolink a bare `https://` URL; it shows the URL it links to.
 */
export function markdownText(text: string): string {
  return printable(text)
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@&#8203;');
}

/** Inline code span for a path or id, safe inside a table cell. */
export function markdownCode(text: string): string {
  if (text === '') return '(empty)';
  const safe = printable(text).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** A root-relative path as a SARIF/URI reference: each segment percent-encoded. */
export function pathToUri(relativePath: string): string {
  return relativePath
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * A finding's path as a SARIF `artifactLocation.uri`: a root-relative one as a relative reference
 * (code scanning resolves it against the repository), an absolute one (a file outside the root
 * the user named on the command line) as a `file://` URI.
 */
export function locationUri(displayPath: string): string {
  return path.isAbsolute(displayPath) ? pathToFileURL(displayPath).href : pathToUri(displayPath);
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
