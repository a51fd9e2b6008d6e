import type { Level } from '../findings.js';
import { byteLength, markdownCode, markdownText } from '../escape.js';
import type { CheckReport } from '../report.js';
import { countsSentence, plural } from '../report.js';
import { locationText } from './text.js';

/**
 * Markdown for the job summary and the PR comment. GitHub caps a step summary at 1 MiB and a
 * comment at 65,536 characters; rows that do not fit are counted, never silently dropped.
 */

export const STEP_SUMMARY_LIMIT = 1024 * 1024;
export const COMMENT_LIMIT = 65_536;

const LEVEL_ICON: Record<Level, string> = { error: '🔴', warning: '🟠', note: '🔵' };

export interface MarkdownOptions {
  /** Upper bound in UTF-8 bytes for the whole document. */
  maxBytes: number;
  /** Where the full list can be seen, for the "not shown" line. */
  fullListHint: string;
  /** Cap on rows per check even when bytes allow more, to keep comments readable. */
  maxRowsPerCheck?: number;
}

function heading(report: CheckReport): string {
  const icon = report.failed ? '❌' : '✅';
  const state = report.failed ? 'failed' : 'passed';
  return `### ${icon} mlsec ${report.check}: ${state}`;
}

function scalarMetrics(metrics: Record<string, unknown>): string[] {
  const rows: string[] = [];
  for (const [key, value] of Object.entries(metrics)) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
      rows.push(`| ${markdownText(key)} | ${markdownText(String(value))} |`);
    }
  }
  return rows.length ? ['', '| Metric | Value |', '| --- | --- |', ...rows] : [];
}

function findingRow(report: CheckReport, index: number): string {
  const finding = report.findings[index]!;
  return (
    `| ${LEVEL_ICON[finding.level]} ${finding.level} | ${markdownCode(finding.ruleId)} | ` +
    `${markdownCode(locationText(finding))} | ${markdownText(finding.message)} |`
  );
}

export function toMarkdown(reports: readonly CheckReport[], options: MarkdownOptions): string {
  const sections = reports.map((report) => {
    const head = [
      heading(report),
      '',
      `**${countsSentence(report)}** · fails on: ${report.failOn}`,
      ...scalarMetrics(report.metrics),
    ];
    return { report, head, rows: [] as string[], hidden: 0 };
  });
  const tableHeader = ['', '| Level | Rule | Location | Message |', '| --- | --- | --- | --- |'];
  const footerReserve = 400;
  const assemble = (): string =>
    sections
      .map(({ report, head, rows, hidden }) => {
        const lines = [...head];
        if (rows.length) lines.push(...tableHeader, ...rows);
        if (hidden > 0) {
          lines.push(
            '',
            `_${plural(hidden, 'more finding')} of ${report.check} not shown here: ${markdownText(options.fullListHint)}._`,
          );
        }
        return lines.join('\n');
      })
      .join('\n\n') + '\n';

  let used = byteLength(assemble()) + footerReserve * sections.length;
  for (const section of sections) {
    const limit = Math.min(section.report.findings.length, options.maxRowsPerCheck ?? Infinity);
    let index = 0;
    for (; index < limit; index++) {
      const row = findingRow(section.report, index);
      const cost =
        byteLength(row) + 1 + (section.rows.length === 0 ? byteLength(tableHeader.join('\n')) + 1 : 0);
      if (used + cost > options.maxBytes) break;
      section.rows.push(row);
      used += cost;
    }
    section.hidden = section.report.findings.length - index;
  }
  let document = assemble();
  if (byteLength(document) > options.maxBytes) {
    // Even the headings do not fit (hundreds of checks or metrics): say so in one line.
    document = `mlsec: the report is larger than ${options.maxBytes} bytes; ${options.fullListHint}\n`;
  }
  return document;
}
