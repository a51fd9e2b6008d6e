import { UsageError } from './errors.js';
import type { OptionSpec, OptionValue } from './check.js';

/** A value as errors show it: quoted, unless it is a secret. */
function shown(spec: OptionSpec, value: string): string {
  return spec.secret ? '(a secret, not shown)' : JSON.stringify(value);
}

/** Parses one textual option value (CLI flag, action input, config scalar) into its type. */
export function parseOptionValue(spec: OptionSpec, raw: string, source: string): OptionValue {
  const where = `${source} ${spec.name}`;
  switch (spec.type) {
    case 'boolean': {
      const normal = raw.trim().toLowerCase();
      if (normal === 'true') return true;
      if (normal === 'false') return false;
      throw new UsageError('INVALID_INPUT', `${where}: expected true or false, got ${shown(spec, raw)}`);
    }
    case 'number': {
      const value = Number(raw.trim());
      if (raw.trim() === '' || !Number.isFinite(value)) {
        throw new UsageError('INVALID_INPUT', `${where}: expected a number, got ${shown(spec, raw)}`);
      }
      return value;
    }
    case 'list':
    case 'paths': {
      const items = raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
      if (spec.choices) for (const item of items) assertChoice(spec, item, where);
      if (spec.format) for (const item of items) assertFormat(spec, item, where);
      return items;
    }
    case 'string':
    case 'path':
    case 'pem-or-path': {
      const value = raw.trim();
      if (spec.choices) assertChoice(spec, value, where);
      if (spec.format) assertFormat(spec, value, where);
      return value;
    }
  }
}

function assertFormat(spec: OptionSpec, value: string, where: string): void {
  if (!spec.format!.pattern.test(value)) {
    throw new UsageError(
      'INVALID_INPUT',
      `${where}: expected ${spec.format!.expected}, got ${shown(spec, value)}`,
    );
  }
}

function assertChoice(spec: OptionSpec, value: string, where: string): void {
  if (!spec.choices!.includes(value)) {
    throw new UsageError(
      'INVALID_INPUT',
      `${where}: expected one of ${spec.choices!.join(', ')}, got ${shown(spec, value)}`,
    );
  }
}

/** Closest known name, for "did you mean" in errors. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
