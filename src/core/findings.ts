/** The one vocabulary every check speaks: rules, findings, and a check's result. */

export const LEVELS = ['error', 'warning', 'note'] as const;
export type Level = (typeof LEVELS)[number];

/** `never` never fails a run; the others fail on findings at that level or above. */
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const LEVEL_RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

/** OWASP Machine Learning Security Top 10 (2023). */
export const OWASP_ML_TOP_10 = {
  ML01: 'Input Manipulation Attack',
  ML02: 'Data Poisoning Attack',
  ML03: 'Model Inversion Attack',
  ML04: 'Membership Inference Attack',
  ML05: 'Model Theft',
  ML06: 'AI Supply Chain Attacks',
  ML07: 'Transfer Learning Attack',
  ML08: 'Model Skewing',
  ML09: 'Output Integrity Attack',
  ML10: 'Model Poisoning',
} as const;
export type OwaspMlId = keyof typeof OWASP_ML_TOP_10;

export const CHECK_NAMES = [
  'scan-pii',
  'scan-model',
  'sign-model',
  'verify-provenance',
  'robustness-check',
  'dependency-sbom',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface Rule {
  /** Stable id, `<area>/<kebab-name>`, e.g. `pii/us-ssn`. Public contract. */
  id: string;
  title: string;
  /** Markdown: what was found, why it matters, how to fix it. */
  help: string;
  defaultLevel: Level;
  /** CVSS-like 0.0-10.0, shown by code scanning as critical/high/medium/low. */
  securitySeverity: number;
  owaspMl: OwaspMlId[];
  /** MITRE ATLAS technique ids, e.g. `AML.T0010`. */
  atlas: string[];
}

export interface Location {
  /** Relative to the scanned root, forward slashes, never starting with `/` or `..`. */
  path: string;
  /** 1-based physical line in the file as stored. */
  line?: number;
  /** 1-based column. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Member inside an archive (zip entry, tar member), when the finding is inside one. */
  member?: string;
}

export type PropertyValue = string | number | boolean;

export interface Finding {
  ruleId: string;
  level: Level;
  /** Never contains a raw sensitive value. */
  message: string;
  location: Location;
  /** Stable across runs; keyed HMAC for sensitive values. */
  fingerprint: string;
  properties?: Record<string, PropertyValue>;
  /**
   * About the run, not a line a pull request could change (the vulnerability database could not
   * be asked): reported whatever the diff scope, since no diff makes it go away.
   */
  wholeRun?: true;
}

export interface Artifact {
  /** What it is, e.g. `signature`, `sbom`. */
  kind: string;
  /** Absolute path of the file the check wrote. */
  path: string;
}

/**
 * A table for the job summary and the text report (signed files, verified artifacts). Cells are
 * plain text; renderers escape them. JSON carries the same facts in `metrics`.
 */
export interface SummaryTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/**
 * A line chart for the job summary (a Mermaid `xychart-beta`, which GitHub renders): one x axis
 * of numbers, one or more series of values in [yMin, yMax]. Titles and labels are plain text;
 * the renderer escapes them. JSON carries the same values in `metrics`.
 */
export interface SummaryChart {
  title: string;
  xLabel: string;
  x: number[];
  yLabel: string;
  yMin: number;
  yMax: number;
  series: { name: string; values: number[] }[];
}

/**
 * How comments are written in a file, so an `mlsec-ignore:` marker counts only inside one. The
 * check that read the file knows its format (CheckResult.inlineCommentSyntax); a file it does not
 * describe gets ANY_COMMENT.
 */
export interface CommentSyntax {
  /** Tokens that open a comment. */
  leaders: readonly string[];
  /**
   * Where a leader opens one: `line`, only first on its line (after blanks: INI); `trailing`, there
   * or after a blank outside a quoted string (YAML, TOML, .env); `anywhere`, after any text (free
   * text and code, whose strings mlsec does not parse).
   */
  position: 'line' | 'trailing' | 'anywhere';
}

/**
 * A file of no known syntax: the marker counts right after any common comment leader, spaces
 * allowed in between, so a row that merely contains the words cannot silence its own finding.
 */
export const ANY_COMMENT: CommentSyntax = {
  leaders: ['#', '//', '--', ';', '<!--', '/*', '%', "'"],
  position: 'anywhere',
};

export interface CheckResult {
  check: CheckName;
  /** Every rule the check can report, so SARIF describes even rules without results. */
  rules: Rule[];
  findings: Finding[];
  metrics: Record<string, unknown>;
  artifacts: Artifact[];
  /**
   * When the check read every byte of its files anyway: the files in which an inline-suppression
   * marker (`mlsec-ignore:`) occurs. The engine then reads suppression lines from these alone.
   */
  inlineMarkerFiles?: string[];
  /**
   * How comments are written in some of the files with findings (by path), so a marker counts only
   * in a real comment; the others get any comment leader (policy.ts ANY_COMMENT).
   */
  inlineCommentSyntax?: Record<string, CommentSyntax>;
  /**
   * The check's own judgement, for checks whose answer is not a finding level (verify-provenance:
   * the signature does not verify). It fails the run whatever fail-on, suppressions, the baseline
   * or diff scope say, because none of them can make a bad signature good.
   */
  verdict?: { failed: true; reason: string };
  /** Values for the check's own action outputs (declared in CheckDefinition.outputs). */
  outputs?: Record<string, string>;
  /**
   * What the check hands its entry point beyond the report, opaque to the core and ignored by
   * the reporters (dependency-sbom with `submit-dependencies`: the packages for GitHub's
   * dependency graph, which only the action can submit).
   */
  handoff?: { readonly dependencySubmission?: readonly unknown[] };
  tables?: SummaryTable[];
  charts?: SummaryChart[];
}

export function atLeast(level: Level, failOn: FailOn): boolean {
  return failOn !== 'never' && LEVEL_RANK[level] >= LEVEL_RANK[failOn];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    compareText(a.location.path, b.location.path) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Code-unit order, independent of the process locale, so output is byte-identical everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ATLAS_ID = /^AML\.T\d{4}(?:\.\d{3})?$/;

/** Rule metadata is part of the public contract; a malformed rule is a bug caught at startup. */
export function validateRule(rule: Rule): void {
  const problems: string[] = [];
  if (!RULE_ID.test(rule.id)) problems.push('id must look like `area/kebab-name`');
  if (!rule.title.trim()) problems.push('title is empty');
  if (!rule.help.trim()) problems.push('help is empty');
  if (!(rule.securitySeverity >= 0 && rule.securitySeverity <= 10))
    problems.push('securitySeverity not in 0..10');
  if (rule.owaspMl.length === 0) problems.push('no OWASP ML Top 10 id');
  for (const id of rule.owaspMl) if (!(id in OWASP_ML_TOP_10)) problems.push(`unknown OWASP ML id ${id}`);
  for (const id of rule.atlas) if (!ATLAS_ID.test(id)) problems.push(`malformed MITRE ATLAS id ${id}`);
  if (problems.length > 0) throw new Error(`rule ${rule.id}: ${problems.join('; ')}`);
}

/**
 * Appends every finding to `target`. Never `target.push(...items)`: a file with hundreds of
 * thousands of findings would pass them all as arguments and overflow the stack.
 */
export function appendFindings(target: Finding[], items: readonly Finding[]): void {
  for (const item of items) target.push(item);
}
