import * as core from '@actions/core';
import type { Finding, Level, Rule } from '../core/findings.js';
import { compareFindings } from '../core/findings.js';
import { neutralizeCommands, printable } from '../core/escape.js';
import type { CheckReport } from '../core/report.js';
import { plural } from '../core/report.js';

/**
 * Annotations for one step. GitHub shows at most 10 errors, 10 warnings and 10 notices per step;
 * the most severe findings are shown and the rest summed up in one notice that says where to look.
 * Values are escaped by @actions/core's command encoding (data: % CR LF; properties also : ,);
 * that encoding leaves the legacy `##[` command syntax alone, which neutralizeCommands covers.
 */

export const ANNOTATIONS_PER_LEVEL = 10;

/** Annotation slots per level left to findings in this step. */
export type AnnotationQuotas = Record<Level, number>;

export const FULL_QUOTAS: AnnotationQuotas = {
  error: ANNOTATIONS_PER_LEVEL,
  warning: ANNOTATIONS_PER_LEVEL,
  note: ANNOTATIONS_PER_LEVEL,
};

export interface Annotation {
  level: Level;
  message: string;
  properties: core.AnnotationProperties;
}

function annotationFor(finding: Finding, rule: Rule | undefined, check: string): Annotation {
  const { path, line, column, member } = finding.location;
  const where = member === undefined ? '' : ` (in ${printable(member)})`;
  const properties: core.AnnotationProperties = {
    title: neutralizeCommands(printable(`mlsec ${check}: ${rule?.title ?? finding.ruleId}`)),
  };
  // The file property must be the path as it is, and no escaping the runner undoes can hide
  // `##[` in it, or a control, bidi or separator character other than CR and LF (the command
  // encoding writes those as %0D and %0A; the runner decodes only those, %25, %3A and %2C, so
  // `%1B` would name another file): such a file gets an annotation on the step instead, naming
  // the file with those characters made visible.
  const encoded = path.replace(/[\r\n]/g, '');
  const placeable = !path.includes('##[') && printable(encoded) === encoded;
  if (placeable) {
    properties.file = path;
    if (line !== undefined) {
      properties.startLine = line;
      if (column !== undefined) properties.startColumn = column;
    }
  }
  const place = placeable ? '' : `${printable(path)}${line !== undefined ? `:${line}` : ''}: `;
  return {
    level: finding.level,
    message: neutralizeCommands(`${place}${finding.ruleId}: ${printable(finding.message)}${where}`),
    properties,
  };
}

export function selectAnnotations(
  reports: readonly CheckReport[],
  fullListHint: string,
  quotas: AnnotationQuotas = FULL_QUOTAS,
): Annotation[] {
  const all = reports
    .flatMap((report) => report.findings.map((finding) => ({ finding, report })))
    .sort((a, b) => compareFindings(a.finding, b.finding));
  const byLevel: Record<Level, typeof all> = { error: [], warning: [], note: [] };
  for (const entry of all) byLevel[entry.finding.level].push(entry);
  const room = (level: Level) => Math.max(0, quotas[level]);
  const overflowing =
    byLevel.error.length > room('error') ||
    byLevel.warning.length > room('warning') ||
    byLevel.note.length > room('note');
  // The overflow notice takes one of the notice slots.
  const quota: AnnotationQuotas = {
    error: room('error'),
    warning: room('warning'),
    note: Math.max(0, room('note') - (overflowing ? 1 : 0)),
  };
  const annotations: Annotation[] = [];
  let left = 0;
  for (const level of ['error', 'warning', 'note'] as const) {
    const shown = byLevel[level].slice(0, quota[level]);
    left += byLevel[level].length - shown.length;
    for (const { finding, report } of shown) {
      const rule = report.rules.find((candidate) => candidate.id === finding.ruleId);
      annotations.push(annotationFor(finding, rule, report.check));
    }
  }
  if (left > 0) {
    annotations.push({
      level: 'note',
      message: neutralizeCommands(
        printable(
          `${plural(left, 'more finding')} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): ${fullListHint}.`,
        ),
      ),
      properties: { title: 'mlsec: more findings' },
    });
  }
  return annotations;
}

export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const { level, message, properties } of annotations) {
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}
