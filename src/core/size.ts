import { UsageError } from './errors.js';

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i;
const UNITS: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A size option (`500MB`, `2GB`, `1.5TiB`, a plain byte count) in bytes; units are binary. */
export function parseSize(text: string, name: string): number {
  const match = SIZE.exec(text.trim());
  if (!match)
    throw new UsageError(
      'INVALID_INPUT',
      `${name}: expected a size like 500MB or 2GB, got ${JSON.stringify(text)}`,
    );
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b')[0]!.toLowerCase()]!);
}
