import type { CheckName, CheckResult, FailOn, Finding, Rule } from './findings.js';
import { countByLevel } from './findings.js';
import { printable } from './escape.js';
import type { PolicyOutcome, SuppressedFinding } from './policy.js';

/** A check's result after policy: what every renderer and reporter consumes. */
export interface CheckReport {
  check: CheckName;
  rules: Rule[];
  findings: Finding[];
  suppressed: SuppressedFinding[];
  outOfScope: number;
  /** Outside the diff: for SARIF only (see PolicyOutcome), never for counts, annotations or pass/fail. */
  outOfScopeFindings: Finding[];
  outOfScopeSuppressed: SuppressedFinding[];
  metrics: Record<string, unknown>;
  artifacts: CheckResult['artifacts'];
  tables: NonNullable<CheckResult['tables']>;
  charts: NonNullable<CheckResult['charts']>;
  failOn: FailOn;
  failed: boolean;
  /** Set when the check itself failed the run (CheckResult.verdict). */
  verdict?: CheckResult['verdict'];
}

export function buildReport(result: CheckResult, outcome: PolicyOutcome, failOn: FailOn): CheckReport {
  return {
    check: result.check,
    rules: result.rules,
    findings: outcome.findings,
    suppressed: outcome.suppressed,
    outOfScope: outcome.outOfScope,
    outOfScopeFindings: outcome.outOfScopeFindings,
    outOfScopeSuppressed: outcome.outOfScopeSuppressed,
    metrics: result.metrics,
    artifacts: result.artifacts,
    tables: result.tables ?? [],
    charts: result.charts ?? [],
    failOn,
    failed: outcome.failed || result.verdict?.failed === true,
    ...(result.verdict ? { verdict: result.verdict } : {}),
  };
}

export interface ReportTotals {
  error: number;
  warning: number;
  note: number;
  suppressed: number;
  outOfScope: number;
}

export function totals(report: CheckReport): ReportTotals {
  return {
    ...countByLevel(report.findings),
    suppressed: report.suppressed.length,
    outOfScope: report.outOfScope,
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function countsSentence(report: CheckReport): string {
  const t = totals(report);
  const extra: string[] = [];
  if (t.suppressed > 0) extra.push(`${t.suppressed} suppressed`);
  if (t.outOfScope > 0) extra.push(`${t.outOfScope} outside the diff`);
  return (
    `${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${plural(t.note, 'note')}` +
    (extra.length ? ` (${extra.join(', ')})` : '')
  );
}

/** The check's own failure reason, when it has one; plain text, escape it for the medium. */
export function failureReason(report: CheckReport): string | undefined {
  return report.verdict?.failed ? report.verdict.reason : undefined;
}

export function verdict(report: CheckReport): string {
  const reason = failureReason(report);
  if (reason !== undefined) return `failed: ${printable(reason)} (fail-on: ${report.failOn})`;
  if (report.failOn === 'never') return 'passed (fail-on: never)';
  return report.failed ? `failed (fail-on: ${report.failOn})` : `passed (fail-on: ${report.failOn})`;
}
