import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { OptionSpec, OptionValue } from './check.js';
import type { MlsecConfig } from './config.js';
import { UsageError } from './errors.js';
import { CHECK_NAMES, type CheckName, FAIL_ON } from './findings.js';
import { parseOptionValue, suggest } from './options.js';
import { resolveInsideLexically } from './paths.js';

/** The text of `.github/mlsec.yml` to an `MlsecConfig` (see config.ts). */

const SHARED_KEYS = ['version', 'checks', 'fail-on', 'scope', 'baseline', 'exclude', 'suppressions'] as const;

const sharedSchema = z.object({
  version: z.literal(1).optional(),
  checks: z.array(z.enum(CHECK_NAMES)).min(1).optional(),
  'fail-on': z.enum(FAIL_ON).optional(),
  scope: z.enum(['changed', 'all']).optional(),
  baseline: z.string().min(1).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  suppressions: z
    .array(
      z
        .object({
          rule: z.string().min(1),
          paths: z.array(z.string().min(1)).optional(),
          reason: z
            .string({ error: (issue) => (issue.input == null ? 'a suppression needs a reason' : undefined) })
            .trim()
            .min(1, 'a suppression needs a reason'),
        })
        .strict(),
    )
    .optional(),
});

function configError(file: string, key: string, message: string): UsageError {
  return new UsageError('INVALID_CONFIG', `config ${file}: key ${key}: ${message}`);
}

/**
 * Aliases resolve only here: one that names no anchor, or so many that they expand a small file
 * into a huge value (billion laughs; `maxAliasCount` bounds the expansion), is the file's fault,
 * said in fixed words: the library's message quotes the alias, which is the file's text.
 */
function resolveDocument(document: ReturnType<typeof parseDocument>, file: string): unknown {
  try {
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (isCircular(value)) {
      throw new UsageError(
        'INVALID_CONFIG',
        `config ${file}: not valid YAML (an alias refers to its own anchor)`,
      );
    }
    return value;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : '';
    const reason = /^Unresolved alias/.test(message)
      ? 'an alias refers to no anchor'
      : /alias count/i.test(message)
        ? 'too many aliases: refused as a resource exhaustion attack'
        : 'its anchors and aliases cannot be resolved';
    throw new UsageError('INVALID_CONFIG', `config ${file}: not valid YAML (${reason})`);
  }
}

/** A value that contains itself (`a: &a [*a]`), which no option can be. */
function isCircular(value: unknown, open = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (open.has(value)) return true;
  open.add(value);
  const circular = Object.values(value).some((item) => isCircular(item, open));
  open.delete(value);
  return circular;
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** `root`: the repository root (absolute, links resolved) that paths in the file must stay inside. */
export function parseConfig(
  text: string,
  file: string,
  root: string,
  optionsByCheck: ReadonlyMap<CheckName, readonly OptionSpec[]>,
): MlsecConfig {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = first.linePos?.[0]?.line;
    throw new UsageError(
      'INVALID_CONFIG',
      `config ${file}${line ? `:${line}` : ''}: not valid YAML (${first.message.split('\n')[0]})`,
    );
  }
  const raw: unknown = resolveDocument(document, file) ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw configError(file, '(top level)', 'expected a mapping of keys to values');
  }
  const record = raw as Record<string, unknown>;
  const known: string[] = [...SHARED_KEYS, ...CHECK_NAMES];
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      const hint = suggest(key, known);
      throw configError(file, key, `unknown key${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }

  const shared: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) if (key in record) shared[key] = record[key];
  const parsed = sharedSchema.safeParse(shared);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw configError(file, keyPath(issue.path), issue.message);
  }

  const options: MlsecConfig['options'] = {};
  for (const check of CHECK_NAMES) {
    if (!(check in record)) continue;
    options[check] = parseCheckOptions(record[check], file, root, check, optionsByCheck.get(check) ?? []);
  }

  return {
    checks: parsed.data.checks,
    failOn: parsed.data['fail-on'],
    scope: parsed.data.scope,
    baseline: parsed.data.baseline,
    exclude: parsed.data.exclude ?? [],
    suppressions: parsed.data.suppressions ?? [],
    options,
  };
}

function parseCheckOptions(
  value: unknown,
  file: string,
  root: string,
  check: CheckName,
  specs: readonly OptionSpec[],
): Record<string, OptionValue> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw configError(file, check, 'expected a mapping of option names to values');
  }
  const result: Record<string, OptionValue> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const spec = specs.find((candidate) => candidate.name === key);
    if (!spec) {
      const hint = suggest(
        key,
        specs.map((s) => s.name),
      );
      throw configError(file, `${check}.${key}`, `unknown option${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (spec.secret) {
      throw configError(
        file,
        `${check}.${key}`,
        'secrets do not belong in a committed file; pass it as an input from a secret',
      );
    }
    let textual: string;
    if (Array.isArray(item) && (spec.type === 'list' || spec.type === 'paths'))
      textual = item.map(String).join(',');
    else if (['string', 'number', 'boolean'].includes(typeof item)) textual = String(item);
    else throw configError(file, `${check}.${key}`, `expected a ${spec.type}`);
    try {
      result[key] = parseOptionValue(spec, textual, 'option');
    } catch (error) {
      throw configError(file, `${check}.${key}`, (error as Error).message.replace(/^option \S+: /, ''));
    }
    refuseOutside(result[key]!, spec, root, `config ${file}: key ${check}.${key}`);
  }
  return result;
}

/**
 * Paths in the config file are the repository's, `anywhere` ones too (those are the signer's only
 * as an input or on the command line): relative to the root, or absolute inside it, and never
 * outside (the engine checks again, and readers through links). Refused here so the error names
 * the file and the key.
 */
function refuseOutside(value: OptionValue, spec: OptionSpec, root: string, label: string): void {
  if (spec.type !== 'path' && spec.type !== 'paths') return;
  for (const item of Array.isArray(value) ? value : [value])
    if (typeof item === 'string' && item !== '') resolveInsideLexically(root, item, label);
}
