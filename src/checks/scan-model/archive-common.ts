/**
 * What the zip and tar readers share: an issue list that a hostile archive cannot flood, member
 * name rules, and the decoding of names from bytes that may not be text at all.
 */
import { fileText } from './issue-list.js';
import type { ModelIssue, ModelIssueLevel } from './model-issue.js';

/**
 * Issues of one kind kept before the rest are only counted: a zip of 100,000 entries that all
 * point at the same bytes is one problem, not 100,000 lines in a report.
 */
export const MAX_ISSUES_PER_KIND = 20;

export class IssueList {
  readonly issues: ModelIssue[] = [];
  private readonly counts = new Map<string, { count: number; level: ModelIssueLevel; label: string }>();

  /** `kind` groups issues for the cap; `label` names them in the summary ("overlapping members"). */
  add(kind: string, label: string, issue: ModelIssue): void {
    const seen = this.counts.get(kind) ?? { count: 0, level: issue.level, label };
    seen.count += 1;
    this.counts.set(kind, seen);
    if (seen.count <= MAX_ISSUES_PER_KIND) this.issues.push(issue);
  }

  /** Appends one summary per capped kind; call once, when reading is over. */
  finish(): ModelIssue[] {
    for (const { count, level, label } of this.counts.values()) {
      if (count <= MAX_ISSUES_PER_KIND) continue;
      this.issues.push({
        ruleId: 'model/archive-anomaly',
        level,
        message: `${count - MAX_ISSUES_PER_KIND} more ${label} are not listed (${count} in all).`,
        properties: { count },
      });
    }
    return this.issues;
  }
}

const MAX_QUOTED = 120;

/** A name or other file-derived text for a message: printable, capped, in quotes. */
export function quoted(text: string): string {
  // Archive messages quote names in double quotes; the escaping and cut are the analyzers' own.
  return `"${fileText(text, MAX_QUOTED)}"`;
}

/**
 * UTF-8 that never fails: a byte that does not begin a valid sequence becomes the text `\xNN`, so
 * two different byte strings stay different names and the name is still readable. `plain` has
 * U+FFFD there instead, for the name rules: the escape's backslash is not one in the name.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean; plain: string } {
  let text = '';
  let plain = '';
  let valid = true;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      text += String.fromCharCode(lead);
      plain += String.fromCharCode(lead);
      at += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let code = length === 2 ? lead & 0x1f : length === 3 ? lead & 0x0f : lead & 0x07;
    let ok = length > 0 && at + length <= bytes.length;
    for (let index = 1; ok && index < length; index++) {
      const next = bytes[at + index]!;
      if ((next & 0xc0) !== 0x80) ok = false;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 (RFC 3629).
    if (ok && length === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) ok = false;
    if (ok && length === 4 && (code < 0x10000 || code > 0x10ffff)) ok = false;
    if (ok) {
      text += String.fromCodePoint(code);
      plain += String.fromCodePoint(code);
      at += length;
    } else {
      text += `\\x${lead.toString(16).padStart(2, '0')}`;
      plain += '\ufffd';
      valid = false;
      at += 1;
    }
  }
  return { text, valid, plain };
}

export interface NameProblem {
  readonly kind: string;
  readonly level: ModelIssueLevel;
  /** Completes "member <name> ...". */
  readonly what: string;
}

// NUL is reported apart: Python cuts a zip name there (ZipInfo) while other readers keep it all.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x1f\x7f]/;

/**
 * Names a loader and an extractor could read differently, or that write outside the folder an
 * archive is unpacked into (Keras and some hubs extract archives; a zip-slip is code execution).
 */
export function nameProblems(name: string): NameProblem[] {
  const problems: NameProblem[] = [];
  if (name === '') {
    problems.push({ kind: 'name-empty', level: 'warning', what: 'has an empty name' });
    return problems;
  }
  if (name.includes('\0')) {
    problems.push({
      kind: 'name-nul',
      level: 'error',
      what: 'has a NUL character in its name: readers disagree on where the name ends',
    });
  }
  if (CONTROL.test(name)) {
    problems.push({ kind: 'name-control', level: 'warning', what: 'has control characters in its name' });
  }
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) {
    problems.push({
      kind: 'name-absolute',
      level: 'error',
      what: 'has an absolute path: extracting it writes outside the target folder',
    });
  }
  if (name.split(/[/\\]/).includes('..')) {
    problems.push({
      kind: 'name-parent',
      level: 'error',
      what: 'has a ".." segment: extracting it writes outside the target folder',
    });
  }
  if (name.includes('\\')) {
    problems.push({
      kind: 'name-backslash',
      level: 'warning',
      what: 'has a backslash in its name: Windows readers take it for a folder separator',
    });
  }
  return problems;
}
