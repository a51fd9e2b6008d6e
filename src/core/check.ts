import type { ChangedFiles } from './diff-scope.js';
import type { CheckName, CheckResult } from './findings.js';
import type { FingerprintKey } from './redaction.js';

/**
 * What a check is: its options (the same kebab-case names on the CLI, in the action inputs and
 * in the config file) and a pure `run` over files. Adding a check means writing one of these,
 * in `src/checks/<check>/definition.ts`, with `run` imported lazily from the implementation.
 */

/**
 * `path` is a `string` that names a file inside the repository (one to read or to write); the
 * engine refuses a value that leaves the root, so no check has to remember to.
 */
export type OptionType = 'string' | 'path' | 'boolean' | 'number' | 'list';
export type OptionValue = string | boolean | number | string[];
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

export interface OptionSpec {
  name: string;
  type: OptionType;
  description: string;
  /** Default in its textual form, as an action.yml would hold it. */
  default?: string;
  choices?: readonly string[];
  /** Secret material (keys, tokens): never echoed, never read from the config file. */
  secret?: boolean;
  required?: boolean;
}

/** Where the run happens: facts about the workflow, given by the entry point, never read by checks. */
export interface RunEnvironment {
  repository?: string;
  sha?: string;
  ref?: string;
  workflowRef?: string;
  runUrl?: string;
  /** Present in a pull-request run with `scope: changed`. */
  changed?: ChangedFiles;
  /**
   * The job's OIDC identity token for Sigstore keyless signing (audience `sigstore`); rejects
   * with a UsageError that says how to grant it when the run has none.
   */
  identityToken?: () => Promise<string>;
  /** Throws the same UsageError at once when no token can be had, so signing fails before hashing. */
  checkIdentityToken?: () => void;
}

export interface CheckContext {
  /** Absolute directory everything is relative to; no path may leave it. */
  root: string;
  /** Root-relative paths (or globs) to work on; defaults to the check's positional default. */
  paths: readonly string[];
  options: OptionValues;
  /** Globs of root-relative paths to leave out (config `exclude`). */
  exclude: readonly string[];
  fingerprintKey: FingerprintKey;
  environment: RunEnvironment;
  /** Progress for long work; the entry point decides whether anybody sees it. */
  progress: (message: string) => void;
  signal?: AbortSignal;
}

export type CheckRun = (context: CheckContext) => Promise<CheckResult>;

export interface CheckDefinition {
  name: CheckName;
  /** One line for `--help` and the action description. */
  summary: string;
  positional: { name: string; description: string; default: readonly string[] };
  options: readonly OptionSpec[];
  /** Action outputs of this check beyond the common ones: name -> description. */
  outputs?: Readonly<Record<string, string>>;
  /** Made with `lazyRun`, so that the check's code loads only when it runs. */
  run: CheckRun;
}

/**
 * `run` of a check whose implementation (and its dependencies: Sigstore, phone metadata, ...)
 * stays out of every other run: `--help`, the action.yml generator and the other checks read
 * the definition alone, and the bundler puts `load`'s module in a chunk of its own.
 */
export function lazyRun(load: () => Promise<{ run: CheckRun }>): CheckRun {
  return async (context) => (await load()).run(context);
}
