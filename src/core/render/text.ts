import type { Finding } from '../findings.js';
import { neutralizeCommands, printable } from '../escape.js';
import type { CheckReport } from '../report.js';
import { countsSentence, verdict } from '../report.js';

/** `path:line:col` with the archive member, printable whatever the file was called. */
export function locationText(finding: Finding): string {
  const { path, line, column, member } = finding.location;
  let text = printable(path);
  if (line !== undefined) text += `:${line}${column !== undefined ? `:${column}` : ''}`;
  if (member !== undefined) text += ` [${printable(member)}]`;
  return text;
}

export function toText(reports: readonly CheckReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      lines.push(
        `${locationText(finding)}: ${finding.level} ${finding.ruleId}: ${printable(finding.message)}`,
      );
    }
    for (const table of report.tables) {
      lines.push(`${printable(table.title)}:`);
      for (const row of table.rows) {
        lines.push(
          `  ${row.map((cell, index) => `${printable(table.columns[index] ?? '')}: ${printable(cell)}`).join('; ')}`,
        );
      }
    }
    lines.push(`mlsec ${report.check}: ${countsSentence(report)}; ${verdict(report)}`);
  }
  // The text may be printed in a CI log: no line of it may read as a workflow command.
  return `${lines.map(neutralizeCommands).join('\n')}\n`;
}
