import * as core from '@actions/core';
import type { CheckDefinition, OptionSpec } from '../core/check.js';
import { UsageError } from '../core/errors.js';
import { CHECK_NAMES, type CheckName } from '../core/findings.js';
import { parseOptionValue } from '../core/options.js';
import {
  BASELINE_OPTION,
  CONFIG_OPTION,
  EXCLUDE_OPTION,
  FAIL_ON_OPTION,
  FINGERPRINT_KEY_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
} from '../core/shared-options.js';

/**
 * Action inputs, read once into a typed object. Inputs the config file can also set have an empty
 * default in action.yml, so an unset input means "config file, then built-in default".
 */

export const COMMON_INPUTS: readonly OptionSpec[] = [
  CONFIG_OPTION,
  FAIL_ON_OPTION,
  {
    name: 'scope',
    type: 'string',
    description:
      '`changed` keeps findings on files and lines changed by the pull request (needs `pull-requests: read`); `all` keeps every finding. Default: changed (or the config file); runs outside pull requests always use all.',
    choices: ['changed', 'all'],
  },
  BASELINE_OPTION,
  EXCLUDE_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
  FINGERPRINT_KEY_OPTION,
  {
    name: 'category',
    type: 'string',
    description:
      'Name of this run when the same check runs more than once in a workflow: the sticky comment, the default SARIF and summary file names, and the code scanning category (mlsec/<category>) follow it. Default: the check name (mlsec for the umbrella action, whose SARIF runs then stay mlsec/<check>, or <category>/<check> when set).',
  },
  {
    name: 'sarif-file',
    type: 'string',
    description:
      'Where to write SARIF for github/codeql-action/upload-sarif. Default: $RUNNER_TEMP/mlsec/<category>.sarif.',
  },
  {
    name: 'annotations',
    type: 'boolean',
    description: 'Annotate findings on the changed files.',
    default: 'true',
  },
  { name: 'job-summary', type: 'boolean', description: 'Write the job summary.', default: 'true' },
  {
    name: 'pr-comment',
    type: 'boolean',
    description: 'Keep one sticky comment on the pull request up to date (needs `pull-requests: write`).',
    default: 'true',
  },
  {
    name: 'comment-author',
    type: 'string',
    description:
      'Login that writes the sticky comment: only a comment by this user is edited. Set it to the user of the personal access token when `token` is one.',
    default: 'github-actions[bot]',
  },
  {
    name: 'check-run',
    type: 'boolean',
    description: 'Also publish a check run with every finding annotated (needs `checks: write`).',
    default: 'false',
  },
  {
    name: 'token',
    type: 'string',
    secret: true,
    description: 'Token for the GitHub API (diff scope, PR comment, check run).',
    default: '${{ github.token }}',
  },
];

export const UMBRELLA_CHECKS_INPUT: OptionSpec = {
  name: 'checks',
  type: 'list',
  description: `Checks to run (comma separated): ${CHECK_NAMES.join(', ')}. Default: the config file's \`checks\`.`,
  choices: CHECK_NAMES,
};

export const UMBRELLA_PATHS_INPUT: OptionSpec = {
  name: 'paths',
  type: 'list',
  description: 'Paths to work on, relative to the repository root. Default: each check’s own default.',
};

export interface CommonInputs {
  config?: string;
  failOn?: string;
  scope?: string;
  baseline?: string;
  exclude: string[];
  inlineSuppressions: boolean;
  fingerprintKey?: string;
  /** Empty when not set: the check name (or `mlsec`) is used. */
  category?: string;
  sarifFile?: string;
  annotations: boolean;
  jobSummary: boolean;
  prComment: boolean;
  commentAuthor: string;
  checkRun: boolean;
  token?: string;
}

export interface ActionInputs {
  common: CommonInputs;
  /** Positional paths (the check's positional input, or `paths` for the umbrella). */
  paths: string[];
  /** Raw check option inputs, by check. */
  checkOptions: Map<CheckName, Record<string, string | undefined>>;
  /** Umbrella only: checks named by the `checks` input. */
  checks?: CheckName[];
}

type ReadInput = (name: string) => string;

function typed(spec: OptionSpec, read: ReadInput): string | boolean | string[] | number | undefined {
  const raw = read(spec.name);
  if (raw.trim() === '')
    return spec.default === undefined ? undefined : parseOptionValue(spec, spec.default, 'input');
  return parseOptionValue(spec, raw, 'input');
}

function commonFrom(read: ReadInput): CommonInputs {
  const get = (name: string) =>
    typed(
      COMMON_INPUTS.find((spec) => spec.name === name)!,
      read,
    );
  const text = (name: string) => get(name) as string | undefined;
  return {
    config: text('config'),
    failOn: text('fail-on'),
    scope: text('scope'),
    baseline: text('baseline'),
    exclude: (get('exclude') as string[] | undefined) ?? [],
    inlineSuppressions: get('inline-suppressions') as boolean,
    fingerprintKey: text('fingerprint-key'),
    category: category(text('category')),
    sarifFile: text('sarif-file'),
    annotations: get('annotations') as boolean,
    jobSummary: get('job-summary') as boolean,
    prComment: get('pr-comment') as boolean,
    commentAuthor: text('comment-author') ?? 'github-actions[bot]',
    checkRun: get('check-run') as boolean,
    token: text('token'),
  };
}

// The category ends up in file names, an HTML comment marker and code scanning ids: plain
// characters only, so none of them needs escaping.
const CATEGORY = /^[A-Za-z0-9._:/-]+$/;

function category(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!CATEGORY.test(value) || value.includes('--')) {
    throw new UsageError(
      'INVALID_INPUT',
      `input category: use letters, digits and . _ : / - (no "--"), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function positionalInputName(check: CheckDefinition): string {
  return check.positional.name;
}

/**
 * The runner masks log lines one at a time, so a multi-line secret (a PEM key) is masked line by
 * line as well as whole: any line of it that reaches a log is hidden.
 */
function maskSecret(value: string): void {
  core.setSecret(value);
  const lines = value.split(/\r?\n/);
  if (lines.length < 2) return;
  for (const line of lines) {
    const trimmed = line.trim();
    // Armour lines (-----BEGIN ...-----) are public knowledge; masking them would only blank logs.
    if (trimmed.length >= 8 && !/^-----(BEGIN|END) [A-Z ]+-----$/.test(trimmed)) core.setSecret(trimmed);
  }
}

export function readInputs(
  target: { check: CheckDefinition } | { umbrella: readonly CheckDefinition[] },
  read: ReadInput = (name) => core.getInput(name),
): ActionInputs {
  for (const spec of COMMON_INPUTS) {
    const value = read(spec.name);
    if (spec.secret && value) maskSecret(value);
  }
  const common = commonFrom(read);
  const checkOptions = new Map<CheckName, Record<string, string | undefined>>();
  if ('check' in target) {
    const raw: Record<string, string | undefined> = {};
    for (const spec of target.check.options) {
      const value = read(spec.name);
      if (spec.secret && value) maskSecret(value);
      raw[spec.name] = value === '' ? undefined : value;
    }
    checkOptions.set(target.check.name, raw);
    const positional = read(positionalInputName(target.check));
    return { common, paths: splitList(positional), checkOptions };
  }
  const checks = typed(UMBRELLA_CHECKS_INPUT, read) as CheckName[] | undefined;
  if (checks !== undefined && checks.length === 0) {
    throw new UsageError('INVALID_INPUT', 'input checks: empty; name at least one check');
  }
  return {
    common,
    paths: splitList(read(UMBRELLA_PATHS_INPUT.name)),
    checkOptions,
    checks,
  };
}

function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
