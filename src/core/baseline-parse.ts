import { z } from 'zod';
import type { Baseline } from './baseline.js';
import { UsageError } from './errors.js';

/** The text of a baseline file to its fingerprints (see baseline.ts). */

const baselineSchema = z
  .object({
    version: z.literal(1),
    tool: z.literal('mlsec'),
    findings: z.array(
      z.object({ ruleId: z.string(), path: z.string(), fingerprint: z.string().min(1) }).strict(),
    ),
  })
  .strict() satisfies z.ZodType<Baseline>;

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
