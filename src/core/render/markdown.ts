import type { Level } from '../findings.js';
import { byteLength, markdownCode, markdownText } from '../escape.js';
import type { CheckReport } from '../report.js';
import { countsSentence, failureReason, plural } from '../report.js';
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

/** Rows per summary table; the rest are counted, so a huge model cannot crowd out the findings. */
const MAX_TABLE_ROWS = 200;

function summaryTables(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const table of report.tables) {
    lines.push('', `**${markdownText(table.title)}**`, '');
    lines.push(
      `| ${table.columns.map(markdownText).join(' | ')} |`,
      `| ${table.columns.map(() => '---').join(' | ')} |`,
    );
    for (const row of table.rows.slice(0, MAX_TABLE_ROWS))
      lines.push(`| ${row.map(markdownText).join(' | ')} |`);
    if (table.rows.length > MAX_TABLE_ROWS) {
      lines.push('', `_${plural(table.rows.length - MAX_TABLE_ROWS, 'more row')} not shown._`);
    }
  }
  return lines;
}

/** Text inside a Mermaid string: its grammar has no escapes, so everything else is dropped. */
function mermaidLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 .,:%()/+=-]/g, '').slice(0, 80);
}

function mermaidNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : '0';
}

/**
 * Charts as Mermaid `xychart-beta` blocks, which GitHub renders in summaries and comments. The
 * chart grammar names no series, so a legend line follows, in the order the lines are drawn.
 */
function summaryCharts(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const chart of report.charts) {
    lines.push(
      '',
      `**${markdownText(chart.title)}**`,
      '',
      '```mermaid',
      'xychart-beta',
      `  title "${mermaidLabel(chart.title)}"`,
      `  x-axis "${mermaidLabel(chart.xLabel)}" [${chart.x.map(mermaidNumber).join(', ')}]`,
      `  y-axis "${mermaidLabel(chart.yLabel)}" ${mermaidNumber(chart.yMin)} --> ${mermaidNumber(chart.yMax)}`,
      ...chart.series.map((series) => `  line [${series.values.map(mermaidNumber).join(', ')}]`),
      '```',
      '',
      `_Lines, in order: ${chart.series.map((series) => markdownText(series.name)).join(', ')}._`,
    );
  }
  return lines;
}

function findingRow(report: CheckReport, index: number): string {
  const finding = report.findings[index]!;
  return (
    `| ${LEVEL_ICON[finding.level]} ${finding.level} | ${markdownCode(finding.ruleId)} | ` +
    `${markdownCode(locationText(finding))} | ${markdownText(finding.message)} |`
  );
}

function suppressedRow(report: CheckReport, index: number): string {
  const { finding, kind, justification } = report.suppressed[index]!;
  return (
    `| ${markdownCode(finding.ruleId)} | ${markdownCode(locationText(finding))} | ${kind} | ` +
    `${markdownText(justification)} |`
  );
}

interface Table {
  header: string[];
  rows: string[];
  hidden: number;
  /** What a left-out row is called in the "not shown" line. */
  noun: string;
}

interface Section {
  report: CheckReport;
  head: string[];
  findings: Table;
  suppressed: Table;
}

const FINDINGS_HEADER = ['', '| Level | Rule | Location | Message |', '| --- | --- | --- | --- |'];
// Suppressed findings are listed so a reviewer can see what was silenced and why; the reasons
// come from comments and config entries anybody could have written.
const SUPPRESSED_HEADER = [
  '',
  '**Suppressed findings**',
  '',
  '| Rule | Location | Kind | Justification |',
  '| --- | --- | --- | --- |',
];

export function toMarkdown(reports: readonly CheckReport[], options: MarkdownOptions): string {
  const sections: Section[] = reports.map((report) => {
    const reason = failureReason(report);
    const head = [
      heading(report),
      '',
      `**${countsSentence(report)}** · fails on: ${report.failOn}`,
      ...(reason !== undefined ? ['', `**Failed:** ${markdownText(reason)}`] : []),
      ...scalarMetrics(report.metrics),
      ...summaryCharts(report),
      ...summaryTables(report),
    ];
    return {
      report,
      head,
      findings: { header: FINDINGS_HEADER, rows: [], hidden: 0, noun: 'more finding' },
      suppressed: { header: SUPPRESSED_HEADER, rows: [], hidden: 0, noun: 'more suppressed finding' },
    };
  });
  const renderTable = (table: Table, check: string): string[] => {
    const lines = table.rows.length ? [...table.header, ...table.rows] : [];
    if (table.hidden > 0) {
      lines.push(
        '',
        `_${plural(table.hidden, table.noun)} of ${check} not shown here: ${markdownText(options.fullListHint)}._`,
      );
    }
    return lines;
  };
  const assemble = (): string =>
    sections
      .map(({ report, head, findings, suppressed }) =>
        [...head, ...renderTable(findings, report.check), ...renderTable(suppressed, report.check)].join(
          '\n',
        ),
      )
      .join('\n\n') + '\n';

  // Room for each "not shown" line that may be needed.
  const footerReserve = 400;
  let used =
    byteLength(assemble()) +
    footerReserve * sections.reduce((n, s) => n + 1 + (s.report.suppressed.length ? 1 : 0), 0);
  const fill = (table: Table, count: number, row: (index: number) => string): void => {
    const limit = Math.min(count, options.maxRowsPerCheck ?? Infinity);
    let index = 0;
    for (; index < limit; index++) {
      const text = row(index);
      const cost =
        byteLength(text) + 1 + (table.rows.length === 0 ? byteLength(table.header.join('\n')) + 1 : 0);
      if (used + cost > options.maxBytes) break;
      table.rows.push(text);
      used += cost;
    }
    table.hidden = count - index;
  };
  // Reported findings first, in every section, before any suppressed one takes room.
  for (const section of sections) {
    fill(section.findings, section.report.findings.length, (i) => findingRow(section.report, i));
  }
  for (const section of sections) {
    fill(section.suppressed, section.report.suppressed.length, (i) => suppressedRow(section.report, i));
  }
  let document = assemble();
  if (byteLength(document) > options.maxBytes) {
    // Even the headings do not fit (hundreds of checks or metrics): say so in one line.
    document = `mlsec: the report is larger than ${options.maxBytes} bytes; ${options.fullListHint}\n`;
  }
  return document;
}
