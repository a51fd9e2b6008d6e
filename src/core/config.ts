import { readFile } from 'node:fs/promises';
import type { OptionSpec, OptionValue } from './check.js';
import { UsageError } from './errors.js';
import type { CheckName, FAIL_ON } from './findings.js';
import type { ConfigSuppression } from './policy.js';

/**
 * `.github/mlsec.yml`: which checks run, shared policy, and per-check options under the check's
 * name with the same keys as the action inputs. Every error names the file and the key.
 */

export const DEFAULT_CONFIG_FILE = '.github/mlsec.yml';

export interface MlsecConfig {
  checks?: CheckName[];
  failOn?: (typeof FAIL_ON)[number];
  scope?: 'changed' | 'all';
  baseline?: string;
  exclude: string[];
  suppressions: ConfigSuppression[];
  /** Per-check options, already parsed to their types. */
  options: Partial<Record<CheckName, Record<string, OptionValue>>>;
}

export const EMPTY_CONFIG: MlsecConfig = { exclude: [], suppressions: [], options: {} };

/** Reads a config file; a missing default file is not an error, a missing named one is. */
export async function loadConfig(
  file: string,
  displayName: string,
  root: string,
  optionsByCheck: ReadonlyMap<CheckName, readonly OptionSpec[]>,
  required: boolean,
): Promise<MlsecConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CONFIG;
    throw new UsageError(
      'FILE_NOT_FOUND',
      `config ${displayName}: cannot be read (${(error as Error).message})`,
    );
  }
  // The YAML parser and the schema load only when there is a file to read.
  const { parseConfig } = await import('./config-parse.js');
  return parseConfig(text, displayName, root, optionsByCheck);
}
