import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CHECKS } from '../checks/registry.js';
import { writeBaseline } from '../core/baseline.js';
import type { CheckDefinition, OptionSpec } from '../core/check.js';
import { errorMessage, isUsageError, UsageError } from '../core/errors.js';
import { printable } from '../core/escape.js';
import { CHECK_NAMES, type CheckName } from '../core/findings.js';
import { toJson } from '../core/render/json.js';
import { toSarif } from '../core/render/sarif.js';
import { toText } from '../core/render/text.js';
import { runChecks } from '../core/runner.js';
import {
  BASELINE_OPTION,
  CONFIG_OPTION,
  EXCLUDE_OPTION,
  FAIL_ON_OPTION,
  FINGERPRINT_KEY_OPTION,
} from '../core/shared-options.js';
import { MLSEC_URL, MLSEC_VERSION } from '../core/version.js';

/**
 * `mlsec <check> [paths...] [options]`: the same checks as the actions, with local output.
 * Exit 0: nothing at or above fail-on; 1: findings at or above it; 2: usage error or unusable
 * input; 3: internal error (a bug in mlsec).
 */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stderrIsTty: boolean;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const FORMATS = ['text', 'json', 'sarif'] as const;

const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    type: 'string',
    description: 'Output format: text, json or sarif.',
    default: 'text',
    choices: FORMATS,
  },
  { name: 'output', type: 'string', description: 'Write the output to this file instead of stdout.' },
  FAIL_ON_OPTION,
  CONFIG_OPTION,
  BASELINE_OPTION,
  {
    name: 'write-baseline',
    type: 'string',
    description: 'Write the fingerprints of the current findings to this baseline file, and exit 0.',
  },
  EXCLUDE_OPTION,
  FINGERPRINT_KEY_OPTION,
];

function usage(registry: ReadonlyMap<CheckName, CheckDefinition>): string {
  const checks = [...registry.values()]
    .map((check) => `  ${check.name.padEnd(18)} ${check.summary}`)
    .join('\n');
  return [
    `mlsec ${MLSEC_VERSION}: ML security checks for CI`,
    '',
    'Usage: mlsec <check> [paths...] [options]',
    '       mlsec check [paths...] [--checks a,b]   run the checks in the config file',
    '',
    'Checks:',
    checks,
    '',
    'Run `mlsec <check> --help` for its options.',
    'Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage error, 3 internal error.',
    `Documentation: ${MLSEC_URL}`,
    '',
  ].join('\n');
}

function optionLine(spec: OptionSpec): string {
  const value = spec.type === 'boolean' ? '' : spec.type === 'list' ? ' LIST' : ' VALUE';
  const fallback = spec.default !== undefined && spec.type !== 'boolean' ? ` (default: ${spec.default})` : '';
  return `  --${spec.name}${value}\n      ${spec.description}${fallback}`;
}

function checkHelp(check: CheckDefinition | 'check'): string {
  const options = check === 'check' ? [] : check.options;
  const name = check === 'check' ? 'check' : check.name;
  const summary =
    check === 'check' ? 'Run every check listed in the config file (or --checks).' : check.summary;
  const positional = check === 'check' ? 'paths' : check.positional.name;
  const extra: OptionSpec[] =
    check === 'check'
      ? [{ name: 'checks', type: 'list', description: `Checks to run: ${CHECK_NAMES.join(', ')}.` }]
      : [];
  return [
    `Usage: mlsec ${name} [${positional}...] [options]`,
    '',
    summary,
    '',
    ...(options.length + extra.length ? ['Options:', ...[...extra, ...options].map(optionLine), ''] : []),
    'Common options:',
    ...COMMON_OPTIONS.map(optionLine),
    '  --help\n      Show this help.',
    '',
  ].join('\n');
}

function parseConfigFor(specs: readonly OptionSpec[]): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const spec of specs) {
    options[spec.name] =
      spec.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: spec.type === 'list' };
  }
  return options;
}

function asRaw(value: string | boolean | (string | boolean)[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String).join(',');
  return String(value);
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  checks: ReadonlyMap<CheckName, CheckDefinition> = CHECKS,
): Promise<number> {
  try {
    return await main(argv, io, checks);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`mlsec: ${printable(errorMessage(error))}\n`);
      return EXIT.usage;
    }
    io.stderr(`mlsec: internal error (please report it): ${printable(errorMessage(error))}\n`);
    return EXIT.internal;
  }
}

async function main(
  argv: readonly string[],
  io: CliIo,
  checks: ReadonlyMap<CheckName, CheckDefinition>,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage(checks));
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${MLSEC_VERSION}\n`);
    return EXIT.ok;
  }
  const check = command === 'check' ? 'check' : checks.get(command as CheckName);
  if (check === undefined) {
    throw new UsageError(
      'INVALID_INPUT',
      `unknown command ${JSON.stringify(command)}; run \`mlsec --help\` for the checks`,
    );
  }
  const checkSpecs = check === 'check' ? [] : check.options;
  const umbrellaSpecs: OptionSpec[] =
    check === 'check' ? [{ name: 'checks', type: 'list', description: '', choices: CHECK_NAMES }] : [];
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: parseConfigFor([...COMMON_OPTIONS, ...checkSpecs, ...umbrellaSpecs]),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError('INVALID_INPUT', `${errorMessage(error)}; run \`mlsec ${command} --help\``);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout(checkHelp(check));
    return EXIT.ok;
  }
  const format = asRaw(values.format) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      'INVALID_INPUT',
      `option format: expected one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`,
    );
  }

  const explicitOptions = new Map<CheckName, Record<string, string | undefined>>();
  if (check !== 'check') {
    explicitOptions.set(
      check.name,
      Object.fromEntries(check.options.map((spec) => [spec.name, asRaw(values[spec.name])])),
    );
  }
  let selected: CheckName[] | undefined;
  if (check === 'check' && values.checks !== undefined) {
    selected = asRaw(values.checks)!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean) as CheckName[];
    for (const name of selected) {
      if (!checks.has(name))
        throw new UsageError('INVALID_INPUT', `option checks: unknown check ${JSON.stringify(name)}`);
    }
  }

  const progress = io.stderrIsTty
    ? (message: string) => io.stderr(`mlsec: ${printable(message)}\n`)
    : undefined;
  const outcome = await runChecks({
    checks:
      check === 'check'
        ? (config) => {
            const names = selected ?? config.checks;
            if (!names?.length) {
              throw new UsageError(
                'INVALID_INPUT',
                'no checks to run: pass --checks or list `checks:` in the config file',
              );
            }
            return names.map((name) => checks.get(name)!);
          }
        : [check],
    root: io.cwd,
    paths: parsed.positionals,
    explicitOptions,
    shared: {
      failOn: asRaw(values['fail-on']),
      // Local runs have no pull request: every finding is in scope.
      scope: 'all',
      baseline: asRaw(values.baseline),
      exclude: (values.exclude as string[] | undefined)?.flatMap((item) => item.split(',')) ?? [],
      config: asRaw(values.config),
      fingerprintKey: asRaw(values['fingerprint-key']) ?? io.env.MLSEC_FINGERPRINT_KEY,
    },
    source: 'option',
    environment: {},
    optionsByCheck: new Map([...checks].map(([name, check]) => [name, check.options])),
    progress,
  });

  const writeBaselineTo = asRaw(values['write-baseline']);
  if (writeBaselineTo) {
    const accepted = outcome.reports.flatMap((report) => [
      ...report.findings,
      ...report.suppressed.filter((entry) => entry.kind === 'baseline').map((entry) => entry.finding),
    ]);
    const count = await writeBaseline(path.resolve(io.cwd, writeBaselineTo), accepted);
    io.stderr(
      `mlsec: wrote ${count} fingerprint${count === 1 ? '' : 's'} to ${printable(writeBaselineTo)}\n`,
    );
    return EXIT.ok;
  }

  let rendered: string;
  if (format === 'json')
    rendered = `${JSON.stringify(toJson(outcome.reports, MLSEC_VERSION, { combined: check === 'check' }), null, 2)}\n`;
  else if (format === 'sarif') {
    rendered = `${JSON.stringify(toSarif(outcome.reports, { version: MLSEC_VERSION, informationUri: MLSEC_URL }), null, 2)}\n`;
  } else rendered = toText(outcome.reports);
  const output = asRaw(values.output);
  if (output) await writeFile(path.resolve(io.cwd, output), rendered);
  else io.stdout(rendered);
  return outcome.reports.some((report) => report.failed) ? EXIT.findings : EXIT.ok;
}
