import type { ChangedFiles } from './diff-scope.js';
import type { CheckName, CheckResult } from './findings.js';
import type { PathScope, TreeWalk, UserPath } from './paths.js';
import type { FingerprintKey } from './redaction.js';

/**
 * What a check is: its options (the same kebab-case names on the CLI, in the action inputs and
 * in the config file) and a pure `run` over files. Adding a check means writing one of these,
 * in `src/checks/<check>/definition.ts`, with `run` imported lazily from the implementation.
 */

/**
 * `path` names one file (to read or to write) and `paths` a list of them; `pem-or-path` is a PEM
 * value itself or the name of a file holding one. The engine resolves them (see CheckContext): a
 * value from the repository or the workflow that leaves the root is refused, so no check has to
 * remember to; one typed on the command line may be anywhere.
 */
export type OptionType = 'string' | 'path' | 'paths' | 'pem-or-path' | 'boolean' | 'number' | 'list';
export type OptionValue = string | boolean | number | string[];
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;
/** An option value as the engine receives it: parsed, or the paths the user typed (CLI). */
export type RequestedValue = OptionValue | UserPath | readonly UserPath[];
export type RequestedValues = Readonly<Record<string, RequestedValue | undefined>>;

export interface OptionSpec {
  name: string;
  type: OptionType;
  description: string;
  /** Default in its textual form, as an action.yml would hold it. */
  default?: string;
  choices?: readonly string[];
  /** Each value (each item of a list) must match `pattern`; errors say it expected `expected`. */
  format?: { readonly pattern: RegExp; readonly expected: string };
  /** Secret material (keys, tokens): never echoed, never read from the config file. */
  secret?: boolean;
  required?: boolean;
  /**
   * `path`/`paths`: the signer's own file (a key or chain from a secret mount), which an action
   * input or a command-line value may name outside the root too, read through links, never
   * written. From the config file it is the repository's, and stays inside the root.
   */
  anywhere?: boolean;
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
  /**
   * robustness-check: onnxruntime, a native addon that no bundle can hold, found or installed by
   * the entry point. Rejects with a UsageError that says how to get it.
   */
  loadOnnxRuntime?: () => Promise<OnnxRuntime>;
  /** Results kept from run to run (robustness-check's result on the default branch), by key. */
  resultStore?: ResultStore;
  /** In a pull request: the base branch, whose stored result the check compares with. */
  baseBranch?: string;
  /** In a push to the default branch: the branch this run's result is stored for. */
  resultBranch?: string;
  /**
   * HTTP for checks that ask a public service (dependency-sbom: the OSV API), given by the entry
   * point; absent, such a check says it could not ask, and never reaches the network itself.
   */
  fetch?: typeof globalThis.fetch;
}

export type OnnxRuntime = typeof import('onnxruntime-node');

export interface ResultStore {
  /** The newest contents stored under `key` or, failing that, under a key starting with a prefix. */
  restore(key: string, prefixes: readonly string[]): Promise<string | undefined>;
  /** Stores `contents` under `key` (keys are immutable: a key already taken is kept as it is). */
  save(key: string, contents: string): Promise<void>;
}

/**
 * Paths in a check's context (positional paths, `path`/`paths` options) are display paths
 * (`displayPath`), resolved by the engine: root-relative with forward slashes for a file inside the
 * root (a value from the repository or the workflow always is), or absolute for a path the user
 * typed on the command line that lies outside it (`userPaths`), or for the signer's own files
 * (`signerFiles`). `path.resolve(root, value)` is the file either way; `resolveForReading` reads a
 * value under the rule that applies to it. A `pem-or-path` value is passed as given (absolute when
 * typed as a path on the command line); `readPemOrFile` reads it.
 */
export interface CheckContext extends PathScope {
  /** Absolute directory (links resolved) that relative paths, config and findings refer to. */
  root: string;
  /** Display paths to work on; defaults to the check's positional default. */
  paths: readonly string[];
  options: OptionValues;
  /** Globs of display paths to leave out (config `exclude`). */
  exclude: readonly string[];
  fingerprintKey: FingerprintKey;
  environment: RunEnvironment;
  /** Progress for long work; the entry point decides whether anybody sees it. */
  progress: (message: string) => void;
  signal?: AbortSignal;
  /** Lists a tree once per run, shared by the checks of the run (the result must not be changed). */
  walkTree?: TreeWalk;
  /**
   * Results of the checks that ran before this one in the same run (the umbrella action, `mlsec
   * check`), before policy: dependency-sbom gives a pickle-based model scan-model's verdict.
   */
  earlier?: readonly CheckResult[];
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
