/**
 * Escaping for text that came from scanned files (names, members, keys) before it reaches a
 * terminal, a log, markdown or a URI. Workflow-command escaping lives in src/github.
 */

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls (including
// U+061C ARABIC LETTER MARK) that can reorder or hide text in a terminal or a browser
// (CVE-2021-42574, "Trojan Source").
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/g;

/** One printable line: control and bidi characters become visible `\uXXXX` escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
