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
  FINGERPRINT_KEY_OPTION,
  {
    name: 'sarif-file',
    type: 'string',
    description:
      'Where to write SARIF for github/codeql-action/upload-sarif. Default: $RUNNER_TEMP/mlsec/<name>.sarif.',
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
  fingerprintKey?: string;
  sarifFile?: string;
  annotations: boolean;
  jobSummary: boolean;
  prComment: boolean;
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
    fingerprintKey: text('fingerprint-key'),
    sarifFile: text('sarif-file'),
    annotations: get('annotations') as boolean,
    jobSummary: get('job-summary') as boolean,
    prComment: get('pr-comment') as boolean,
    checkRun: get('check-run') as boolean,
    token: text('token'),
  };
}

export function positionalInputName(check: CheckDefinition): string {
  return check.positional.name;
}

export function readInputs(
  target: { check: CheckDefinition } | { umbrella: readonly CheckDefinition[] },
  read: ReadInput = (name) => core.getInput(name),
): ActionInputs {
  for (const spec of COMMON_INPUTS) {
    const value = read(spec.name);
    if (spec.secret && value) core.setSecret(value);
  }
  const common = commonFrom(read);
  const checkOptions = new Map<CheckName, Record<string, string | undefined>>();
  if ('check' in target) {
    const raw: Record<string, string | undefined> = {};
    for (const spec of target.check.options) {
      const value = read(spec.name);
      if (spec.secret && value) core.setSecret(value);
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
