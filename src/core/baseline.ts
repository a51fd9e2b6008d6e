import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from './errors.js';
import { compareText, type Finding } from './findings.js';

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

export function parseBaseline(text: string, file: string): Set<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError('INVALID_CONFIG', `baseline ${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new UsageError('INVALID_CONFIG', `baseline ${file}: key ${where}: ${issue.message}`);
  }
  return new Set(parsed.data.findings.map((entry) => entry.fingerprint));
}

export async function readBaseline(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError('FILE_NOT_FOUND', `baseline ${file}: cannot be read (${(error as Error).message})`);
  }
  return parseBaseline(text, file);
}

export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  const baseline = buildBaseline(findings);
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline.findings.length;
}
