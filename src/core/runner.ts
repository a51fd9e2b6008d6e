import { access } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_BASELINE_FILE } from './baseline.js';
import type { CheckDefinition, OptionSpec, RunEnvironment } from './check.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type MlsecConfig } from './config.js';
import type { ChangedFiles } from './diff-scope.js';
import { resolveOptions, runEngine } from './engine.js';
import { UsageError } from './errors.js';
import { type CheckName, type CheckResult, FAIL_ON, type FailOn } from './findings.js';
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
  baseline?: string;
  exclude?: readonly string[];
  config?: string;
  fingerprintKey?: string;
}

export interface SharedSettings {
  failOn: FailOn;
  scope: Scope;
  /** Absolute path of the baseline file in use, if any. */
  baselineFile?: string;
  exclude: string[];
}

export interface RunRequest {
  /** The checks to run, or a choice made once the config file is read (the umbrella action). */
  checks: readonly CheckDefinition[] | ((config: MlsecConfig) => readonly CheckDefinition[]);
  root: string;
  /** Positional paths given explicitly; empty means each check's default. */
  paths: readonly string[];
  explicitOptions: ReadonlyMap<CheckName, Readonly<Record<string, string | undefined>>>;
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
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
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

export async function loadRunConfig(
  root: string,
  explicitConfig: string | undefined,
  optionsByCheck: RunRequest['optionsByCheck'],
): Promise<MlsecConfig> {
  const named = explicitConfig !== undefined && explicitConfig.trim() !== '';
  const file = named ? explicitConfig.trim() : DEFAULT_CONFIG_FILE;
  return loadConfig(path.resolve(root, file), file, optionsByCheck, named);
}

export async function resolveShared(
  root: string,
  explicit: SharedExplicit,
  config: MlsecConfig,
  source: string,
): Promise<SharedSettings> {
  const failOn = pick('fail-on', FAIL_ON, explicit.failOn, config.failOn, 'error', source);
  const scope = pick<Scope>('scope', ['changed', 'all'], explicit.scope, config.scope, 'changed', source);
  let baselineFile: string | undefined;
  const named = explicit.baseline?.trim() || config.baseline;
  if (named) {
    baselineFile = path.resolve(root, named);
  } else if (await exists(path.join(root, DEFAULT_BASELINE_FILE))) {
    baselineFile = path.join(root, DEFAULT_BASELINE_FILE);
  }
  return { failOn, scope, baselineFile, exclude: [...config.exclude, ...(explicit.exclude ?? [])] };
}

export async function runChecks(request: RunRequest): Promise<RunOutcome> {
  const config = await loadRunConfig(request.root, request.shared.config, request.optionsByCheck);
  const settings = await resolveShared(request.root, request.shared, config, request.source);
  const changed = settings.scope === 'changed' ? await request.loadChangedFiles?.() : undefined;
  const fingerprintKey = fingerprintKeyFrom(request.shared.fingerprintKey);
  const reports: CheckReport[] = [];
  const results: CheckResult[] = [];
  const checks = typeof request.checks === 'function' ? request.checks(config) : request.checks;
  for (const check of checks) {
    const options = resolveOptions(
      check.options,
      request.explicitOptions.get(check.name) ?? {},
      config.options[check.name],
      request.source,
    );
    const { report, result } = await runEngine({
      check,
      root: request.root,
      paths: request.paths,
      options,
      config: { ...config, exclude: settings.exclude },
      failOn: settings.failOn,
      baselineFile: settings.baselineFile,
      fingerprintKey,
      environment: { ...request.environment, changed },
      progress: request.progress,
      pathsLabel:
        request.source === 'input' ? `input ${check.positional.name}` : `${check.positional.name} argument`,
    });
    reports.push(report);
    results.push(result);
  }
  return { config, settings, reports, results, diffScoped: changed !== undefined };
}
