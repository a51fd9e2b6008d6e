import { MLSEC_VERSION } from '../core/version.js';

/**
 * `mlsec --version` (or `-V`): the one answer that needs none of the CLI, so the entry gives it
 * from the main thread without starting the worker, and runCli gives the same.
 */
export function versionAnswer(args: readonly string[]): string | undefined {
  return args[0] === '--version' || args[0] === '-V' ? `${MLSEC_VERSION}\n` : undefined;
}
