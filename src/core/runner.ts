import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { countKeyed, DEFAULT_BASELINE_FILE, keyedBaselineWarning, readBaseline } from './baseline.js';
import type { CheckDefinition, OptionSpec, RunEnvironment } from './check.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type MlsecConfig } from './config.js';
import type { ChangedFiles } from './diff-scope.js';
import { explicitlyGiven, resolveOptions, runEngine } from './engine.js';
import { isUsageError, UsageError } from './errors.js';
import { type CheckName, type CheckResult, FAIL_ON, type FailOn } from './findings.js';
import {
  createTreeWalk,
  isUserPath,
  lexicallyInside,
  type PathArgument,
  resolveInside,
  type UserPath,
} from './paths.js';
import { fingerprintKeyFrom } from './redaction.js';
import type { CheckReport } from './report.js';

/**
 * Runs a set of checks the same way for the CLI and the actions: config file, shared settings
 * (explicit value, then config, then default), per-check options, engine, reports.
 */

export type Scope = 'changed' | 'all';

export interface SharedExplicit {
  failOn?: string;
  scope?: string;
  /** A user's path (CLI: anywhere), or root-relative text (an action input: inside the root). */
  baseline?: PathArgument;
  exclude?: readonly string[];
  /** As `baseline`. */
  config?: PathArgument;
  fingerprintKey?: string;
  /** How the fingerprint key is named in errors; default `<source> fingerprint-key`. */
  fingerprintKeyLabel?: string;
  /** `mlsec-ignore:` comments count (default true). */
  inlineSuppressions?: boolean;
}

export interface SharedSettings {
  failOn: FailOn;
  scope: Scope;
  /** Absolute path of the baseline file in use, if any. */
  baselineFile?: string;
  /** The baseline file as the user named it, for messages. */
  baselineName?: string;
  exclude: string[];
}

export interface RunRequest {
  /** The checks to run, or a choice made once the config file is read (the umbrella action). */
  checks: readonly CheckDefinition[] | ((config: MlsecConfig) => readonly CheckDefinition[]);
  root: string;
  /**
   * Positional paths given explicitly; empty means each check's default. User paths (CLI) may be
   * anywhere; root-relative strings (action inputs) must stay inside the root.
   */
  paths: readonly PathArgument[];
  /** Raw text (action inputs), or what the user typed, paths already resolved (CLI). */
  explicitOptions: ReadonlyMap<
    CheckName,
    Readonly<Record<string, string | UserPath | readonly UserPath[] | undefined>>
  >;
  shared: SharedExplicit;
  /** `input` in an action, `option` on the CLI: named in error messages. */
  source: 'input' | 'option';
  environment: Omit<RunEnvironment, 'changed'>;
  /** Supplies the pull request's changed lines when scope is `changed`; undefined means all. */
  loadChangedFiles?: () => Promise<ChangedFiles | undefined>;
  progress?: (message: string) => void;
  optionsByCheck: ReadonlyMap<CheckName, readonly OptionSpec[]>;
}

export interface RunOutcome {
  config: MlsecConfig;
  settings: SharedSettings;
  reports: CheckReport[];
  results: CheckResult[];
  /** Whether findings were limited to the diff. */
  diffScoped: boolean;
  /** Problems worth a warning that do not stop the run (plain text, one sentence each). */
  warnings: string[];
  /** The root every path is relative to, symbolic links resolved. */
  root: string;
  /** False when keyed fingerprints came from a per-run random key and match nothing later. */
  fingerprintKeyStable: boolean;
}

/**
 * A file named by the repository or the workflow (or a default one), or typed by the user inside
 * the root (the repository's spelling), resolved inside the root, links included; a user's path
 * outside the root is taken as given. A missing file is left to the reader, which says "cannot be
 * read" or, for a default, uses nothing.
 */
async function fileInside(
  root: string,
  name: PathArgument,
  label: string,
  rootAsGiven?: string,
): Promise<string> {
  const inside = isUserPath(name) ? lexicallyInside(root, name, rootAsGiven) : name;
  if (inside === undefined) return (name as UserPath).absolute;
  try {
    return (await resolveInside(root, inside, label, shownName(name))).absolute;
  } catch (error) {
    if (isUsageError(error) && error.code === 'FILE_NOT_FOUND') return path.resolve(root, inside);
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await realpath(file);
    return true;
  } catch {
    return false;
  }
}

function pick<T extends string>(
  name: string,
  allowed: readonly T[],
  explicit: string | undefined,
  fromConfig: T | undefined,
  fallback: T,
  source: string,
): T {
  if (explicit !== undefined && explicit.trim() !== '') {
    const value = explicit.trim() as T;
    if (!allowed.includes(value)) {
      throw new UsageError(
        'INVALID_INPUT',
        `${source} ${name}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(explicit)}`,
      );
    }
    return value;
  }
  return fromConfig ?? fallback;
}

/** The name a file is shown by: as the user typed it, or as the repository names it. */
function shownName(name: PathArgument): string {
  return isUserPath(name) ? name.typed : name;
}

function given(value: PathArgument | undefined): PathArgument | undefined {
  if (isUserPath(value)) return value;
  const text = value?.trim();
  return text ? text : undefined;
}

export async function loadRunConfig(
  root: string,
  explicitConfig: PathArgument | undefined,
  optionsByCheck: RunRequest['optionsByCheck'],
  source = 'option',
  rootAsGiven?: string,
): Promise<MlsecConfig> {
  const named = given(explicitConfig);
  const file = named ?? DEFAULT_CONFIG_FILE;
  const absolute = await fileInside(root, file, named ? `${source} config` : 'config', rootAsGiven);
  return loadConfig(absolute, shownName(file), root, optionsByCheck, named !== undefined);
}

export async function resolveShared(
  root: string,
  explicit: SharedExplicit,
  config: MlsecConfig,
  source: string,
  rootAsGiven?: string,
): Promise<SharedSettings> {
  const failOn = pick('fail-on', FAIL_ON, explicit.failOn, config.failOn, 'error', source);
  const scope = pick<Scope>('scope', ['changed', 'all'], explicit.scope, config.scope, 'changed', source);
  let baselineFile: string | undefined;
  let baselineName: string | undefined;
  const explicitBaseline = given(explicit.baseline);
  // The config file's `baseline` is the repository's: root-relative, and inside the root.
  const named = explicitBaseline ?? config.baseline;
  if (named) {
    const configName = shownName(given(explicit.config) ?? DEFAULT_CONFIG_FILE);
    const label = explicitBaseline ? `${source} baseline` : `config ${configName}: key baseline`;
    baselineFile = await fileInside(root, named, label, rootAsGiven);
    baselineName = shownName(named);
  } else if (await exists(path.join(root, DEFAULT_BASELINE_FILE))) {
    baselineFile = await fileInside(root, DEFAULT_BASELINE_FILE, 'baseline');
    baselineName = DEFAULT_BASELINE_FILE;
  }
  return {
    failOn,
    scope,
    baselineFile,
    baselineName,
    exclude: [...config.exclude, ...(explicit.exclude ?? [])],
  };
}

/** The root with symbolic links resolved once, so every later comparison is between real paths. */
export async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch (error) {
    throw new UsageError('FILE_NOT_FOUND', `the directory to scan, ${root}, cannot be read`, {
      cause: error,
    });
  }
}

export async function runChecks(request: RunRequest): Promise<RunOutcome> {
  const root = await realRoot(request.root);
  const rootAsGiven = path.resolve(request.root);
  const config = await loadRunConfig(
    root,
    request.shared.config,
    request.optionsByCheck,
    request.source,
    rootAsGiven,
  );
  const settings = await resolveShared(root, request.shared, config, request.source, rootAsGiven);
  const fingerprintKey = fingerprintKeyFrom(
    request.shared.fingerprintKey,
    request.shared.fingerprintKeyLabel ?? `${request.source} fingerprint-key`,
  );
  const warnings: string[] = [];
  let baseline: Set<string> | undefined;
  if (settings.baselineFile) {
    baseline = await readBaseline(settings.baselineFile, settings.baselineName);
    const keyed = countKeyed(baseline);
    if (!fingerprintKey.stable && keyed > 0) {
      warnings.push(keyedBaselineWarning(settings.baselineName ?? settings.baselineFile, keyed));
    }
  }
  const changed = settings.scope === 'changed' ? await request.loadChangedFiles?.() : undefined;
  const reports: CheckReport[] = [];
  const results: CheckResult[] = [];
  const checks = typeof request.checks === 'function' ? request.checks(config) : request.checks;
  const walkTree = createTreeWalk(root);
  for (const check of checks) {
    const explicit = request.explicitOptions.get(check.name) ?? {};
    const options = resolveOptions(check.options, explicit, config.options[check.name], request.source);
    const { report, result } = await runEngine({
      check,
      root,
      rootAsGiven,
      paths: request.paths,
      options,
      explicit: explicitlyGiven(check.options, explicit),
      config: { ...config, exclude: settings.exclude },
      failOn: settings.failOn,
      baseline,
      inlineSuppressions: request.shared.inlineSuppressions ?? true,
      fingerprintKey,
      environment: { ...request.environment, changed },
      progress: request.progress,
      pathsLabel:
        request.source === 'input' ? `input ${check.positional.name}` : `${check.positional.name} argument`,
      optionSource: request.source,
      walkTree,
      earlier: [...results],
    });
    reports.push(report);
    results.push(result);
  }
  return {
    config,
    settings,
    reports,
    results,
    diffScoped: changed !== undefined,
    warnings,
    root,
    fingerprintKeyStable: fingerprintKey.stable,
  };
}
