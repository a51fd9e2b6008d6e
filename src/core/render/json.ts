import type { CheckReport } from '../report.js';
import { failureReason, totals } from '../report.js';

/**
 * The JSON contract: `{ tool, version, check, findings, metrics }`, plus a `summary`. `mlsec check`
 * (combined) keeps the shape whatever the number of checks: `check` is "check" and findings,
 * metrics and summary are per check.
 */
export function toJson(
  reports: readonly CheckReport[],
  version: string,
  options: { combined?: boolean } = {},
): Record<string, unknown> {
  if (!options.combined && reports.length === 1) {
    const [report] = reports as [CheckReport];
    return {
      tool: 'mlsec',
      version,
      check: report.check,
      findings: report.findings,
      metrics: report.metrics,
      summary: summary(report),
    };
  }
  // `mlsec check`: the same keys, with each finding and metric set naming its check.
  return {
    tool: 'mlsec',
    version,
    check: 'check',
    findings: reports.flatMap((report) =>
      report.findings.map((finding) => ({ check: report.check, ...finding })),
    ),
    metrics: Object.fromEntries(reports.map((report) => [report.check, report.metrics])),
    summary: Object.fromEntries(reports.map((report) => [report.check, summary(report)])),
  };
}

function summary(report: CheckReport): Record<string, unknown> {
  const reason = failureReason(report);
  return {
    ...totals(report),
    failed: report.failed,
    failOn: report.failOn,
    ...(reason !== undefined ? { reason } : {}),
  };
}
