import picomatch from 'picomatch';
import { type ChangedFiles, inScope } from './diff-scope.js';
import {
  ANY_COMMENT,
  atLeast,
  type CommentSyntax,
  compareFindings,
  type FailOn,
  type Finding,
} from './findings.js';

/**
 * Policy turns what a check found into what the run reports and whether it fails:
 * suppressions (inline comments, config entries, baseline) and diff scope remove findings,
 * `fail-on` decides the exit.
 */

export type SuppressionKind = 'inline' | 'config' | 'baseline';

export interface SuppressedFinding {
  finding: Finding;
  kind: SuppressionKind;
  justification: string;
}

export interface ConfigSuppression {
  /** A rule id, or a prefix glob like `pii/*`. */
  rule: string;
  /** Globs over root-relative paths; none means every path. */
  paths?: string[];
  reason: string;
}

export interface PolicyInput {
  failOn: FailOn;
  /** Fingerprints accepted by the baseline file. */
  baseline?: ReadonlySet<string>;
  configSuppressions?: readonly ConfigSuppression[];
  /** Reads one physical line (1-based) of a scanned file, for inline suppressions. */
  readLine?: (path: string, line: number) => string | undefined;
  /** How comments are written in a file (default ANY_COMMENT). */
  commentSyntax?: (path: string) => CommentSyntax | undefined;
  /** When set, findings outside the changed files and lines are out of scope. */
  changed?: ChangedFiles;
}

export interface PolicyOutcome {
  /** Findings that are reported, sorted by severity then location. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** How many findings fell outside the diff scope (both lists below). */
  outOfScope: number;
  /**
   * Findings outside the diff that no suppression covers, sorted like `findings`. Only SARIF
   * shows them: code scanning compares a pull request's results with its base branch, and a
   * result missing from the pull request's upload reads as fixed there.
   */
  outOfScopeFindings: Finding[];
  /** Findings outside the diff that a suppression covers, so SARIF can mark them as on the base. */
  outOfScopeSuppressed: SuppressedFinding[];
  /** Findings at or above fail-on remain. */
  failed: boolean;
}

const MARKER = 'mlsec-ignore:';

/**
 * Whether a comment that the marker at `marker` lies in opens at or before it: a leader at line
 * start (after blanks), or for `trailing` also after a blank outside quotes. Quotes are `"` (with
 * backslash escapes) and `'`; a doubled `''` reads as close-and-open, which ends the same.
 */
function inComment(line: string, marker: number, syntax: CommentSyntax): boolean {
  const leaderAt = (at: number) => syntax.leaders.some((leader) => line.startsWith(leader, at));
  const first = line.length - line.trimStart().length;
  if (first <= marker && leaderAt(first)) return true;
  if (syntax.position !== 'trailing') return false;
  let quote = '';
  for (let at = first; at < marker; at++) {
    const char = line[at]!;
    if (quote) {
      if (char === '\\' && quote === '"') at += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (/\s/.test(char) && leaderAt(at + 1)) return true;
  }
  return false;
}

/** Where the rules of the line's first marker that lies in a comment start, if any. */
function markerInComment(line: string, syntax: CommentSyntax): number | undefined {
  for (let at = line.indexOf(MARKER); at !== -1; at = line.indexOf(MARKER, at + 1)) {
    const before = line.slice(0, at).trimEnd();
    const leader = syntax.leaders.find((token) => before.endsWith(token));
    if (leader === undefined) continue;
    if (syntax.position === 'anywhere' || inComment(line, before.length - leader.length, syntax))
      return at + MARKER.length;
  }
  return undefined;
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true;
  return pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1));
}

// Inline comments name rules or `area/*`; a bare `*` or trailing comment syntax (`-->`) is ignored,
// so a stray word can never silence every rule.
const INLINE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:\*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Rule patterns named by an `mlsec-ignore: a, b` comment on a line, if any. */
export function inlineSuppressionRules(line: string, syntax: CommentSyntax = ANY_COMMENT): string[] {
  const start = markerInComment(line, syntax);
  if (start === undefined) return [];
  return /^\s*([A-Za-z0-9/*_,\s-]*)/
    .exec(line.slice(start))![1]!
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => INLINE_PATTERN.test(rule));
}

function inlineSuppression(finding: Finding, input: PolicyInput): string | undefined {
  const { readLine } = input;
  const line = finding.location.line;
  if (readLine === undefined || line === undefined || finding.location.member !== undefined) return undefined;
  // The comment may sit on the finding's line or on the line above it.
  for (const candidate of [line, line - 1]) {
    if (candidate < 1) continue;
    const text = readLine(finding.location.path, candidate);
    if (text === undefined) continue;
    const syntax = input.commentSyntax?.(finding.location.path);
    if (inlineSuppressionRules(text, syntax).some((rule) => ruleMatches(rule, finding.ruleId))) {
      return `mlsec-ignore comment on line ${candidate}`;
    }
  }
  return undefined;
}

export function applyPolicy(findings: readonly Finding[], input: PolicyInput): PolicyOutcome {
  const compiled = (input.configSuppressions ?? []).map((entry) => ({
    entry,
    matchesPath: entry.paths?.length ? picomatch(entry.paths, { dot: true }) : () => true,
  }));
  const suppression = (finding: Finding): SuppressedFinding | undefined => {
    const inline = inlineSuppression(finding, input);
    if (inline !== undefined) return { finding, kind: 'inline', justification: inline };
    const fromConfig = compiled.find(
      ({ entry, matchesPath }) =>
        ruleMatches(entry.rule, finding.ruleId) && matchesPath(finding.location.path),
    );
    if (fromConfig) return { finding, kind: 'config', justification: fromConfig.entry.reason };
    if (input.baseline?.has(finding.fingerprint)) {
      return { finding, kind: 'baseline', justification: 'accepted in the baseline file' };
    }
    return undefined;
  };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const outOfScopeFindings: Finding[] = [];
  const outOfScopeSuppressed: SuppressedFinding[] = [];

  for (const finding of findings) {
    const { path, line, endLine } = finding.location;
    const inDiff = !input.changed || finding.wholeRun === true || inScope(input.changed, path, line, endLine);
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
    failed: kept.some((finding) => atLeast(finding.level, input.failOn)),
  };
}
