import type { OptionSpec } from '../../core/check.js';
import { UsageError } from '../../core/errors.js';

/** Options sign-model and verify-provenance share, with the same meaning. */
export const THREADS_OPTION: OptionSpec = {
  name: 'threads',
  type: 'number',
  description: 'Hashing threads; 0 for one per core.',
  default: '0',
};

export function threadsOption(value: unknown): number {
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
    throw new UsageError(
      'INVALID_INPUT',
      `threads: expected a whole number, 0 for one per core, got ${String(value)}`,
    );
  }
  return value;
}

/** Exactly one model: a signature covers one file or directory. */
export function singleModelPath(paths: readonly string[], check: string): string {
  if (paths.length !== 1) {
    throw new UsageError(
      'INVALID_INPUT',
      paths.length === 0
        ? `${check} needs the model file or directory (model-path)`
        : `${check} takes one model path, got ${paths.length}: a signature covers one file or directory`,
    );
  }
  return paths[0]!;
}
