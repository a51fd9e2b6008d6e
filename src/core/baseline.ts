import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { compareText, type Finding } from './findings.js';
import { isKeyedFingerprint, KEYED_FINGERPRINT_PREFIX } from './redaction.js';

/**
 * `.mlsec-baseline.json`: fingerprints of accepted findings. It stores rule, path and fingerprint,
 * never a message or a value, so it is safe to commit.
 */

export const DEFAULT_BASELINE_FILE = '.mlsec-baseline.json';

export interface Baseline {
  version: 1;
  tool: 'mlsec';
  findings: Array<{ ruleId: string; path: string; fingerprint: string }>;
}

export function buildBaseline(findings: readonly Finding[]): Baseline {
  const unique = new Map<string, Baseline['findings'][number]>();
  for (const finding of findings) {
    unique.set(finding.fingerprint, {
      ruleId: finding.ruleId,
      path: finding.location.path,
      fingerprint: finding.fingerprint,
    });
  }
  const entries = [...unique.values()].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.fingerprint, b.fingerprint),
  );
  return { version: 1, tool: 'mlsec', findings: entries };
}

/** `file` is read; `displayName` (root-relative, as the user wrote it) is what errors show. */
export async function readBaseline(file: string, displayName = file): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      'FILE_NOT_FOUND',
      `baseline ${displayName}: cannot be read (${(error as Error).message})`,
    );
  }
  // The schema loads only when there is a baseline to read.
  const { parseBaseline } = await import('./baseline-parse.js');
  return parseBaseline(text, displayName);
}

export function countKeyed(fingerprints: Iterable<string>): number {
  let count = 0;
  for (const fingerprint of fingerprints) if (isKeyedFingerprint(fingerprint)) count += 1;
  return count;
}

/**
 * Keyed fingerprints only match under the key they were made with; a per-run random key makes
 * every one of them new on the next run, which looks like the baseline silently stopped working.
 */
export function keyedBaselineWarning(displayName: string, keyed: number): string {
  return (
    `baseline ${displayName}: ${keyed} keyed (${KEYED_FINGERPRINT_PREFIX}) fingerprint${keyed === 1 ? '' : 's'} ` +
    'cannot match without the same fingerprint-key, and this run uses a per-run random key; ' +
    'set fingerprint-key (MLSEC_FINGERPRINT_KEY for the CLI) from a secret'
  );
}

/** A baseline file's text (pretty JSON, final newline) and how many fingerprints it holds. */
export function baselineText(findings: readonly Finding[]): { text: string; count: number } {
  const baseline = buildBaseline(findings);
  return { text: `${JSON.stringify(baseline, null, 2)}\n`, count: baseline.findings.length };
}
