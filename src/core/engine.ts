import { readBaseline } from './baseline.js';
import type {
  CheckDefinition,
  OptionSpec,
  OptionValue,
  RequestedValue,
  RequestedValues,
  RunEnvironment,
} from './check.js';
import type { MlsecConfig } from './config.js';
import { UsageError } from './errors.js';
import { type CheckResult, type FailOn, type Finding, LEVELS, validateRule } from './findings.js';
import { readRequestedLines } from './lines.js';

/** Lines without it cannot suppress anything, so they are never kept in memory. */
const INLINE_MARKER = 'mlsec-ignore:';
import { parseOptionValue } from './options.js';
import {
  displayPath,
  isDisplayPath,
  isUserPath,
  type PathArgument,
  realUserPath,
  resolveInside,
  resolveInsideLexically,
  type UserPath,
} from './paths.js';
import { applyPolicy } from './policy.js';
import type { FingerprintKey } from './redaction.js';
import { buildReport, type CheckReport } from './report.js';

/**
 * The one pipeline both the CLI and the actions run: check -> validation -> policy -> report.
 * Entry points only gather inputs and hand the report to renderers and reporters.
 */

export interface EngineInput {
  check: CheckDefinition;
  /** Absolute, symbolic links resolved. */
  root: string;
  /** User paths (CLI) may be anywhere; root-relative strings (actions) must stay inside the root. */
  paths: readonly PathArgument[];
  /** Parsed option values; user paths (CLI) where the user typed a path. */
  options: RequestedValues;
  config: MlsecConfig;
  failOn: FailOn;
  /** Fingerprints the baseline accepts, already read (the runner reads the file once per run). */
  baseline?: ReadonlySet<string>;
  /** Absolute path of a baseline file to read, when `baseline` is not given. */
  baselineFile?: string;
  /** Honour `mlsec-ignore:` comments (default true). */
  inlineSuppressions?: boolean;
  fingerprintKey: FingerprintKey;
  environment: RunEnvironment;
  progress?: (message: string) => void;
  /** How the user names the positional paths, for errors: `input paths`, `path`. */
  pathsLabel?: string;
  /** How the user names options, for errors: `input` in an action, `option` on the CLI. */
  optionSource?: string;
}

export interface EngineOutput {
  result: CheckResult;
  report: CheckReport;
}

/**
 * Option values in order of precedence: explicitly given (CLI flag or non-empty input), then the
 * config file, then the spec's default.
 */
export function resolveOptions(
  specs: readonly OptionSpec[],
  explicit: Readonly<Record<string, string | UserPath | readonly UserPath[] | undefined>>,
  fromConfig: Readonly<Record<string, OptionValue>> | undefined,
  source: string,
): Record<string, RequestedValue | undefined> {
  const values: Record<string, RequestedValue | undefined> = {};
  for (const spec of specs) {
    const raw = explicit[spec.name];
    // Paths the user typed are already resolved (CLI); an empty list is not given.
    if (isUserPath(raw) || (Array.isArray(raw) && raw.length > 0)) values[spec.name] = raw;
    else if (typeof raw === 'string' && raw !== '') values[spec.name] = parseOptionValue(spec, raw, source);
    else if (fromConfig?.[spec.name] !== undefined) values[spec.name] = fromConfig[spec.name];
    else if (spec.default !== undefined) values[spec.name] = parseOptionValue(spec, spec.default, source);
    if (spec.required && values[spec.name] === undefined) {
      throw new UsageError('INVALID_INPUT', `${source} ${spec.name} is required`);
    }
  }
  return values;
}

/** A check's output is checked like untrusted input: a malformed finding is a bug, not a report. */
export function validateResult(check: CheckDefinition, result: CheckResult, root: string): void {
  if (result.check !== check.name) throw new Error(`${check.name} returned a result for ${result.check}`);
  const ruleIds = new Set<string>();
  for (const rule of result.rules) {
    validateRule(rule);
    ruleIds.add(rule.id);
  }
  for (const finding of result.findings) {
    const where = `${check.name} finding ${finding.ruleId} at ${JSON.stringify(finding.location.path)}`;
    if (!ruleIds.has(finding.ruleId)) throw new Error(`${where}: rule is not declared`);
    if (!LEVELS.includes(finding.level)) throw new Error(`${where}: bad level ${finding.level}`);
    if (!finding.message.trim()) throw new Error(`${where}: empty message`);
    if (!finding.fingerprint) throw new Error(`${where}: no fingerprint`);
    const { path: file, line, column, endLine, endColumn } = finding.location;
    if (!isDisplayPath(root, file))
      throw new Error(
        `${where}: path is not a normalized root-relative path, nor an absolute one outside the root`,
      );
    for (const value of [line, column, endLine, endColumn]) {
      if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
        throw new Error(`${where}: line and column are 1-based integers`);
      }
    }
  }
  const { verdict } = result;
  if (
    verdict !== undefined &&
    !(verdict.failed === true && typeof verdict.reason === 'string' && verdict.reason.trim())
  ) {
    throw new Error(`${check.name} returned a verdict without a reason`);
  }
}

/**
 * A user's path as checks see it (`displayPath` of its real location): it need not exist when it
 * is a file to write, but its directory is resolved, so a link cannot make it two names.
 */
async function userDisplayPath(
  root: string,
  user: UserPath,
  label: string,
  mayNotExist: boolean,
): Promise<string> {
  return displayPath(root, await realUserPath(user, label, { mayNotExist }));
}

/**
 * Path options as display paths (see CheckContext). A user's path is taken where it points; a
 * value from the repository or the workflow (config, input, default) must be inside the root,
 * checked lexically (the file may not exist yet: a signature to write; a check that reads it
 * resolves it again), except the signer's own `anywhere` files and a PEM given as a value.
 */
export async function resolvePathOptions(
  specs: readonly OptionSpec[],
  values: RequestedValues,
  root: string,
  source: string,
): Promise<Record<string, OptionValue | undefined>> {
  const resolved: Record<string, OptionValue | undefined> = {};
  for (const spec of specs) {
    const value = values[spec.name];
    const label = `${source} ${spec.name}`;
    if (isUserPath(value)) {
      resolved[spec.name] = await userDisplayPath(root, value, label, true);
    } else if (Array.isArray(value) && value.some(isUserPath)) {
      const items: string[] = [];
      for (const item of value as readonly unknown[])
        if (isUserPath(item)) items.push(await userDisplayPath(root, item, label, true));
      resolved[spec.name] = items;
    } else {
      const plain = value as OptionValue | undefined;
      resolved[spec.name] = plain;
      if ((spec.type !== 'path' && spec.type !== 'paths') || spec.anywhere) continue;
      if (typeof plain === 'string' && plain !== '')
        resolved[spec.name] = resolveInsideLexically(root, plain, label).relative;
      else if (Array.isArray(plain))
        resolved[spec.name] = plain.map((item) => resolveInsideLexically(root, item, label).relative);
    }
  }
  return resolved;
}

function linesForSuppressions(
  findings: readonly Finding[],
  markerFiles: readonly string[] | undefined,
): Map<string, Set<number>> {
  const wanted = new Map<string, Set<number>>();
  const withMarkers = markerFiles ? new Set(markerFiles) : undefined;
  for (const finding of findings) {
    const { path: file, line, member } = finding.location;
    if (line === undefined || member !== undefined) continue;
    if (withMarkers && !withMarkers.has(file)) continue;
    const lines = wanted.get(file) ?? new Set<number>();
    lines.add(line);
    if (line > 1) lines.add(line - 1);
    wanted.set(file, lines);
  }
  return wanted;
}

/**
 * Positional paths as display paths, each checked to exist: a root-relative one inside the root
 * (also through symbolic links), so no check ever sees a repository's path that leaves it; a
 * user's one where its links lead (the user named it).
 */
export async function resolvePositionalPaths(
  root: string,
  requested: readonly PathArgument[],
  label: string,
): Promise<string[]> {
  const resolved: string[] = [];
  for (const requestedPath of requested) {
    const name = isUserPath(requestedPath)
      ? await userDisplayPath(root, requestedPath, label, false)
      : (await resolveInside(root, requestedPath, label)).relative;
    if (!resolved.includes(name)) resolved.push(name);
  }
  return resolved;
}

export async function runEngine(input: EngineInput): Promise<EngineOutput> {
  const progress = input.progress ?? (() => undefined);
  const paths = await resolvePositionalPaths(
    input.root,
    input.paths.length > 0 ? input.paths : input.check.positional.default,
    input.pathsLabel ?? input.check.positional.name,
  );
  const options = await resolvePathOptions(
    input.check.options,
    input.options,
    input.root,
    input.optionSource ?? 'option',
  );
  const result = await input.check.run({
    root: input.root,
    paths,
    options,
    exclude: input.config.exclude,
    fingerprintKey: input.fingerprintKey,
    environment: input.environment,
    progress,
  });
  validateResult(input.check, result, input.root);

  const baseline =
    input.baseline ?? (input.baselineFile ? await readBaseline(input.baselineFile) : undefined);
  const inline = input.inlineSuppressions ?? true;
  const lines = inline
    ? await readRequestedLines(
        input.root,
        linesForSuppressions(result.findings, result.inlineMarkerFiles),
        undefined,
        (bytes) => bytes.includes(INLINE_MARKER),
      )
    : undefined;
  const outcome = applyPolicy(result.findings, {
    failOn: input.failOn,
    baseline,
    configSuppressions: input.config.suppressions,
    readLine: lines ? (file, line) => lines.get(file)?.get(line) : undefined,
    changed: input.environment.changed,
  });
  return { result, report: buildReport(result, outcome, input.failOn) };
}
