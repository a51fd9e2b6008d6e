import type { Finding, Level } from '../core/findings.js';
import { compareFindings } from '../core/findings.js';
import { printable } from '../core/escape.js';
import type { CheckReport } from '../core/report.js';
import type { GitHubClient } from './api.js';

/** A check run with every finding as an annotation: the API takes 50 per request. */

export const CHECK_RUN_BATCH = 50;
/** Bound on requests for one run; the summary says when findings were left out. */
export const CHECK_RUN_MAX_ANNOTATIONS = 1000;
/** GitHub's limit on `output.summary`, in characters. */
const SUMMARY_LIMIT = 65_535;
/** Budget for the markdown a caller renders for the summary, leaving room for the lines added here. */
export const CHECK_RUN_SUMMARY_BYTES = 60_000;

const ANNOTATION_LEVEL: Record<Level, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  note: 'notice',
};

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export function checkRunAnnotation(finding: Finding): CheckRunAnnotation {
  const line = finding.location.line ?? 1;
  const annotation: CheckRunAnnotation = {
    path: finding.location.path,
    start_line: line,
    end_line: finding.location.endLine ?? line,
    annotation_level: ANNOTATION_LEVEL[finding.level],
    title: finding.ruleId,
    message:
      printable(finding.message) +
      (finding.location.member === undefined ? '' : ` (in ${printable(finding.location.member)})`),
  };
  // Columns are only allowed when the annotation stays on one line.
  if (finding.location.column !== undefined && annotation.start_line === annotation.end_line) {
    annotation.start_column = finding.location.column;
    annotation.end_column = finding.location.endColumn ?? finding.location.column;
  }
  return annotation;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function publishCheckRun(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  headSha: string,
  name: string,
  reports: readonly CheckReport[],
  summaryMarkdown: string,
): Promise<{ id: number; requests: number }> {
  const findings = reports.flatMap((report) => report.findings).sort(compareFindings);
  const annotations = findings.slice(0, CHECK_RUN_MAX_ANNOTATIONS).map(checkRunAnnotation);
  const failed = reports.some((report) => report.failed);
  const title = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  let summary = summaryMarkdown;
  if (findings.length > annotations.length) {
    summary += `\n_${findings.length - annotations.length} findings beyond the first ${CHECK_RUN_MAX_ANNOTATIONS} are not annotated._\n`;
  }
  // A last guard only: callers render the summary within CHECK_RUN_SUMMARY_BYTES.
  if (summary.length > SUMMARY_LIMIT)
    summary = `${summary.slice(0, SUMMARY_LIMIT - 40)}\n\n_(summary truncated)_\n`;
  const [first = [], ...rest] = batches(annotations, CHECK_RUN_BATCH);
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    ...repository,
    name,
    head_sha: headSha,
    status: 'completed',
    conclusion: failed ? 'failure' : 'success',
    output: { title, summary, annotations: first },
  });
  for (const batch of rest) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repository,
      check_run_id: created.data.id,
      output: { title, summary, annotations: batch },
    });
  }
  return { id: Number(created.data.id), requests: 1 + rest.length };
}
