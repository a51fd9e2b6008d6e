import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from './errors.js';
import { compareText, type Finding } from './findings.js';
import { isKeyedFingerprint, KEYED_FINGERPRINT_PREFIX } from './redaction.js';

/**
 * `.mlsec-baseline.json`: fingerprints of accepted findings. It stores rule, path and fingerprint,
 * never a message or a value, so it is safe to commit.
 */

export const DEFAULT_BASELINE_FILE = '.mlsec-baseline.json';

const baselineSchema = z
  .object({
    version: z.literal(1),
    tool: z.literal('mlsec'),
    findings: z.array(
      z.object({ ruleId: z.string(), path: z.string(), fingerprint: z.string().min(1) }).strict(),
    ),
  })
  .strict();

export type Baseline = z.infer<typeof baselineSchema>;

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

/**
 * Where JSON.parse stopped, without the excerpt of the text V8 puts in some messages: a baseline
 * is a committed file but a mistyped path can point at anything, and errors reach public logs.
 */
export function jsonErrorPosition(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (at) return at[2] ? `at position ${at[1]}, line ${at[2]} column ${at[3]}` : `at position ${at[1]}`;
  if (/unexpected end/i.test(message)) return 'unexpected end of input';
  return 'unexpected token';
}

export function parseBaseline(text: string, file: string): Set<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError('INVALID_CONFIG', `baseline ${file}: not valid JSON (${jsonErrorPosition(error)})`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new UsageError('INVALID_CONFIG', `baseline ${file}: key ${where}: ${issue.message}`);
  }
  return new Set(parsed.data.findings.map((entry) => entry.fingerprint));
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

export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  const baseline = buildBaseline(findings);
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline.findings.length;
}
