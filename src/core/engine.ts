import path from 'node:path';
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
  createTreeWalk,
  displayPath,
  isDisplayPath,
  isUserPath,
  lexicallyInside,
  type PathArgument,
  type PathScope,
  type TreeWalk,
  realUserPath,
  relativeInside,
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
  /** The root as the user spelled it (`--root`), when that may be a link to `root`. */
  rootAsGiven?: string;
  /**
   * User paths (CLI) lexically outside the root may be anywhere; root-relative strings (actions)
   * and user paths lexically inside it must stay inside the root.
   */
  paths: readonly PathArgument[];
  /** Parsed option values; user paths (CLI) where the user typed a path. */
  options: RequestedValues;
  /**
   * The options given as an action input or on the command line (`explicitlyGiven`), not by the
   * config file or a default: only these may name the signer's `anywhere` files. Default: none.
   */
  explicit?: ReadonlySet<string>;
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
  /** Shared by the checks of one run, so a tree is listed once; default: one of this check's own. */
  walkTree?: TreeWalk;
  /** Results of the run's earlier checks (CheckContext.earlier). */
  earlier?: readonly CheckResult[];
}

export interface EngineOutput {
  result: CheckResult;
  report: CheckReport;
}

export type ExplicitOptions = Readonly<Record<string, string | UserPath | readonly UserPath[] | undefined>>;

/**
 * Whether an explicit value is given: text that is not empty (an unset action input is), or what
 * the user typed as paths (CLI; an empty list is not given). Anything else is a bug of the caller.
 */
function isGiven(raw: ExplicitOptions[string], name: string): boolean {
  if (raw === undefined || raw === '') return false;
  if (typeof raw === 'string' || isUserPath(raw)) return true;
  if (Array.isArray(raw) && raw.every((item) => isUserPath(item))) return raw.length > 0;
  throw new Error(`option ${name}: an explicit value is text, a user path or a list of user paths`);
}

/** The names of the options given explicitly (see EngineInput.explicit). */
export function explicitlyGiven(specs: readonly OptionSpec[], explicit: ExplicitOptions): Set<string> {
  return new Set(specs.filter((spec) => isGiven(explicit[spec.name], spec.name)).map((spec) => spec.name));
}

/**
 * Option values in order of precedence: explicitly given (CLI flag or non-empty input), then the
 * config file, then the spec's default.
 */
export function resolveOptions(
  specs: readonly OptionSpec[],
  explicit: ExplicitOptions,
  fromConfig: Readonly<Record<string, OptionValue>> | undefined,
  source: string,
): Record<string, RequestedValue | undefined> {
  const values: Record<string, RequestedValue | undefined> = {};
  for (const spec of specs) {
    const raw = explicit[spec.name];
    // Paths the user typed are already resolved (CLI).
    if (isGiven(raw, spec.name))
      values[spec.name] = typeof raw === 'string' ? parseOptionValue(spec, raw, source) : raw;
    else if (fromConfig?.[spec.name] !== undefined) values[spec.name] = fromConfig[spec.name];
    else if (spec.default !== undefined) values[spec.name] = parseOptionValue(spec, spec.default, source);
    if (spec.required && values[spec.name] === undefined) {
      throw new UsageError('INVALID_INPUT', `${source} ${spec.name} is required`);
    }
  }
  return values;
}

/**
 * A check's output is checked like untrusted input: a malformed finding is a bug, not a report. A
 * finding outside the root must lie at or under one of the run's user paths outside it (`scope`;
 * an action has none), so a check can never report a file nobody named.
 */
export function validateResult(check: CheckDefinition, result: CheckResult, scope: PathScope): void {
  const { root, userPaths } = scope;
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
    if (path.isAbsolute(file) && !userPaths.some((user) => relativeInside(user, file) !== undefined))
      throw new Error(`${where}: path is outside the root, and not under a path the user named there`);
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

/** The paths of one run as checks see them (display paths), and where they may go (PathScope). */
class PathResolver {
  /** See PathScope.userPaths. */
  readonly userPaths: string[] = [];
  /** See PathScope.signerFiles. */
  readonly signerFiles: string[] = [];

  constructor(
    readonly root: string,
    private readonly rootAsGiven: string | undefined,
  ) {}

  /**
   * A user's path: lexically inside the root it is the repository's spelling, checked with the
   * in-root rules (`mustExist`: through its links now; else lexically, and by the reader or the
   * writer through links); outside, where its links lead (the user named it), recorded as one of
   * the run's user paths. A file to write need not exist, but its directory is resolved, so a
   * link cannot make it two names.
   */
  async user(user: UserPath, label: string, mustExist: boolean): Promise<string> {
    const inside = lexicallyInside(this.root, user, this.rootAsGiven);
    if (inside !== undefined) {
      return mustExist ? (await resolveInside(this.root, inside, label, user.typed)).relative : inside;
    }
    const real = await realUserPath(user, label, { mayNotExist: !mustExist });
    const name = displayPath(this.root, real);
    if (path.isAbsolute(name)) this.userPaths.push(real);
    return name;
  }

  /**
   * One value of a path option. A value from the repository or the workflow (config, input,
   * default) must be inside the root, checked lexically (the file may not exist yet: a signature
   * to write; a check that reads it resolves it again), except the signer's own `anywhere` files
   * given as an input or on the command line, which are read through links wherever they lead.
   */
  async option(
    value: string | UserPath,
    spec: OptionSpec,
    label: string,
    explicit: boolean,
  ): Promise<string> {
    if (spec.anywhere && explicit) {
      const name = isUserPath(value) ? await this.user(value, label, false) : value;
      this.signerFiles.push(path.resolve(this.root, name));
      return displayPath(this.root, path.resolve(this.root, name));
    }
    if (isUserPath(value)) return this.user(value, label, false);
    return resolveInsideLexically(this.root, value, label).relative;
  }

  scope(): PathScope {
    return { root: this.root, userPaths: this.userPaths, signerFiles: this.signerFiles };
  }
}

/**
 * Path options as display paths (see CheckContext and PathResolver.option). A `pem-or-path` value
 * is left to its reader (`readPemOrFile`): it may be a secret, so nothing here may quote it.
 */
async function resolvePathOptions(
  specs: readonly OptionSpec[],
  values: RequestedValues,
  resolver: PathResolver,
  source: string,
  explicit: ReadonlySet<string> = new Set(),
): Promise<Record<string, OptionValue | undefined>> {
  const resolved: Record<string, OptionValue | undefined> = {};
  for (const spec of specs) {
    const value = values[spec.name];
    const label = `${source} ${spec.name}`;
    const given = explicit.has(spec.name);
    if (value === undefined) continue;
    if (spec.type === 'path' && (typeof value === 'string' || isUserPath(value))) {
      resolved[spec.name] = value === '' ? '' : await resolver.option(value, spec, label, given);
    } else if (spec.type === 'paths' && Array.isArray(value)) {
      const list = value as readonly unknown[];
      if (!list.every((item) => typeof item === 'string') && !list.every((item) => isUserPath(item)))
        throw new Error(`${label}: a list is of text (parsed) or of user paths (typed), not a mix`);
      const items: string[] = [];
      for (const item of list as readonly (string | UserPath)[])
        items.push(await resolver.option(item, spec, label, given));
      resolved[spec.name] = items;
    } else if (isUserPath(value) || (Array.isArray(value) && value.some((item) => isUserPath(item)))) {
      throw new Error(`${label}: a ${spec.type} option cannot take a user path`);
    } else {
      resolved[spec.name] = value as OptionValue;
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
 * Positional paths as display paths, each checked to exist: a root-relative one, or a user's one
 * lexically inside the root, inside the root (also through symbolic links), so no check ever sees
 * a repository's path that leaves it; a user's one outside it where its links lead (the user
 * named it).
 */
async function resolvePositionalPaths(
  resolver: PathResolver,
  requested: readonly PathArgument[],
  label: string,
): Promise<string[]> {
  const resolved: string[] = [];
  for (const requestedPath of requested) {
    const name = isUserPath(requestedPath)
      ? await resolver.user(requestedPath, label, true)
      : (await resolveInside(resolver.root, requestedPath, label)).relative;
    if (!resolved.includes(name)) resolved.push(name);
  }
  return resolved;
}

export async function runEngine(input: EngineInput): Promise<EngineOutput> {
  const progress = input.progress ?? (() => undefined);
  const resolver = new PathResolver(input.root, input.rootAsGiven);
  const paths = await resolvePositionalPaths(
    resolver,
    input.paths.length > 0 ? input.paths : input.check.positional.default,
    input.pathsLabel ?? input.check.positional.name,
  );
  const options = await resolvePathOptions(
    input.check.options,
    input.options,
    resolver,
    input.optionSource ?? 'option',
    input.explicit,
  );
  const scope = resolver.scope();
  const result = await input.check.run({
    ...scope,
    paths,
    options,
    exclude: input.config.exclude,
    fingerprintKey: input.fingerprintKey,
    environment: input.environment,
    progress,
    walkTree: input.walkTree ?? createTreeWalk(input.root),
    ...(input.earlier ? { earlier: input.earlier } : {}),
  });
  validateResult(input.check, result, scope);

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
  // A Map, not the record: a file named `constructor` must not find Object's.
  const syntax = new Map(Object.entries(result.inlineCommentSyntax ?? {}));
  const outcome = applyPolicy(result.findings, {
    failOn: input.failOn,
    baseline,
    configSuppressions: input.config.suppressions,
    readLine: lines ? (file, line) => lines.get(file)?.get(line) : undefined,
    commentSyntax: (file) => syntax.get(file),
    changed: input.environment.changed,
  });
  return { result, report: buildReport(result, outcome, input.failOn) };
}
