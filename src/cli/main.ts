import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CHECKS } from '../checks/registry.js';
import { baselineText, countKeyed, keyedBaselineWarning } from '../core/baseline.js';
import type { CheckDefinition, OptionSpec } from '../core/check.js';
import { errorMessage, isUsageError, UsageError } from '../core/errors.js';
import { neutralizeCommands, printable } from '../core/escape.js';
import { parseOptionValue } from '../core/options.js';
import { writeOutputFile } from '../core/output.js';
import { writeJson } from '../core/render/json-stream.js';
import { CHECK_NAMES, type CheckName } from '../core/findings.js';
import { toJson } from '../core/render/json.js';
import { toSarif } from '../core/render/sarif.js';
import { toText } from '../core/render/text.js';
import { gitTopLevel, userPath, type UserPath } from '../core/paths.js';
import { runChecks } from '../core/runner.js';
import {
  BASELINE_OPTION,
  CONFIG_OPTION,
  EXCLUDE_OPTION,
  FAIL_ON_OPTION,
  FINGERPRINT_KEY_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
} from '../core/shared-options.js';
import { MLSEC_URL, MLSEC_VERSION } from '../core/version.js';
import { cliOnnxRuntime } from './onnxruntime.js';
import { versionAnswer } from './version.js';

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
  {
    name: 'root',
    type: 'string',
    description:
      'The repository root: config discovery (.github/mlsec.yml), the default baseline and option defaults are relative to it, and findings inside it are named relative to it.',
    default: 'the git top level of the working directory, else the working directory',
  },
  FAIL_ON_OPTION,
  CONFIG_OPTION,
  BASELINE_OPTION,
  {
    name: 'write-baseline',
    type: 'string',
    description: 'Write the fingerprints of the current findings to this baseline file, and exit 0.',
  },
  EXCLUDE_OPTION,
  INLINE_SUPPRESSIONS_OPTION,
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
  const value =
    spec.type === 'boolean'
      ? ''
      : spec.type === 'list'
        ? ' LIST'
        : spec.type === 'paths'
          ? ' FILES'
          : spec.type === 'path' || spec.type === 'pem-or-path'
            ? ' FILE'
            : ' VALUE';
  let fallback = '';
  if (spec.type === 'boolean' && spec.default === 'true')
    fallback = ` (on by default; --no-${spec.name} turns it off)`;
  else if (spec.default !== undefined && spec.type !== 'boolean') fallback = ` (default: ${spec.default})`;
  return `  --${spec.name}${value}\n      ${spec.description}${fallback}`;
}

const PATHS_NOTE = [
  'Paths typed here (arguments, FILE options, --config, --baseline, --output, --write-baseline, --root)',
  'are relative to the working directory and may be anywhere; one inside the root (--root) as typed',
  'may not leave it through a symbolic link. Option defaults and paths in the config file are relative',
  'to the root, and stay inside it.',
].join('\n');

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
    PATHS_NOTE,
    '',
  ].join('\n');
}

function parseConfigFor(specs: readonly OptionSpec[]): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const spec of specs) {
    options[spec.name] =
      spec.type === 'boolean'
        ? { type: 'boolean' }
        : { type: 'string', multiple: spec.type === 'list' || spec.type === 'paths' };
  }
  return options;
}

function asRaw(value: string | boolean | (string | boolean)[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String).join(',');
  return String(value);
}

/** One line for stderr: CI runners read it like stdout, so it must not carry a workflow command. */
function stderrLine(text: string): string {
  return `${neutralizeCommands(`mlsec: ${printable(text)}`)}\n`;
}

/**
 * A value of a check's option as the user typed it: a path (`path`, `paths`) resolved against the
 * working directory, like any CLI; a `pem-or-path` that is not a PEM only made absolute, as text
 * (it may be a secret: its reader never quotes it, and nothing else may see it as a path);
 * anything else as text.
 */
function typedOption(
  spec: OptionSpec,
  value: string | boolean | (string | boolean)[] | undefined,
  cwd: string,
): string | UserPath | UserPath[] | undefined {
  const raw = asRaw(value);
  if (raw === undefined || raw.trim() === '') return raw;
  const label = `option ${spec.name}`;
  if (spec.type === 'path') return userPath(cwd, raw.trim(), label);
  if (spec.type === 'pem-or-path') return raw.includes('-----BEGIN') ? raw : path.resolve(cwd, raw.trim());
  if (spec.type === 'paths')
    return (parseOptionValue(spec, raw, 'option') as string[]).map((item) => userPath(cwd, item, label));
  return raw;
}

/**
 * `--root`, else the git top level of the working directory (the nearest directory up with a
 * `.git`, found without running git), else the working directory.
 */
async function cliRoot(cwd: string, option: string | undefined): Promise<string> {
  if (option === undefined || option.trim() === '') return (await gitTopLevel(cwd)) ?? cwd;
  const root = path.resolve(cwd, option.trim());
  let isDirectory = false;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch (error) {
    throw new UsageError('FILE_NOT_FOUND', `option root: ${JSON.stringify(option)} does not exist`, {
      cause: error,
    });
  }
  if (!isDirectory)
    throw new UsageError('INVALID_INPUT', `option root: ${JSON.stringify(option)} is not a directory`);
  return root;
}

/**
 * The CLI writes where it is told (a missing directory is the user's to create); inside the root,
 * only through real directories and never through a link the repository planted.
 */
const writeOutput = (root: string, file: string, content: string | { json: unknown }, option: string) =>
  writeOutputFile(file, content, `option ${option}`, { root });

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  checks: ReadonlyMap<CheckName, CheckDefinition> = CHECKS,
): Promise<number> {
  try {
    return await main(argv, io, checks);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(stderrLine(errorMessage(error)));
      return EXIT.usage;
    }
    io.stderr(stderrLine(`internal error (please report it): ${errorMessage(error)}`));
    return EXIT.internal;
  }
}

async function main(
  argv: readonly string[],
  io: CliIo,
  checks: ReadonlyMap<CheckName, CheckDefinition>,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    // A usage error like any other: nothing on stdout, where a pipeline expects a report.
    io.stderr(`${usage(checks)}mlsec: no command given; run mlsec --help\n`);
    return EXIT.usage;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage(checks));
    return EXIT.ok;
  }
  const version = versionAnswer(argv);
  if (version !== undefined) {
    io.stdout(version);
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
      allowNegative: true,
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

  const explicitOptions = new Map<CheckName, Record<string, string | UserPath | UserPath[] | undefined>>();
  if (check !== 'check') {
    explicitOptions.set(
      check.name,
      Object.fromEntries(
        check.options.map((spec) => [spec.name, typedOption(spec, values[spec.name], io.cwd)]),
      ),
    );
  }
  const typedFile = (name: string): UserPath | undefined => {
    const raw = asRaw(values[name]);
    return raw === undefined || raw.trim() === ''
      ? undefined
      : userPath(io.cwd, raw.trim(), `option ${name}`);
  };
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

  const progress = io.stderrIsTty ? (message: string) => io.stderr(stderrLine(message)) : undefined;
  const keyFromOption = asRaw(values['fingerprint-key']);
  // Keyless signing from a terminal: a token from Sigstore tooling or an OIDC provider.
  const checkToken = (): void => {
    if (!io.env.SIGSTORE_ID_TOKEN) {
      throw new UsageError(
        'MISSING_PERMISSION',
        'keyless signing (method: sigstore) needs an OIDC identity token in SIGSTORE_ID_TOKEN (or run it in GitHub Actions with id-token: write)',
      );
    }
  };
  const root = await cliRoot(io.cwd, asRaw(values.root));
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
    root,
    // Typed paths are the user's: relative to the working directory, and anywhere.
    paths: parsed.positionals.map((typed) =>
      userPath(io.cwd, typed, `${check === 'check' ? 'paths' : check.positional.name} argument`),
    ),
    explicitOptions,
    shared: {
      failOn: asRaw(values['fail-on']),
      // Local runs have no pull request: every finding is in scope.
      scope: 'all',
      baseline: typedFile('baseline'),
      exclude: (values.exclude as string[] | undefined)?.flatMap((item) => item.split(',')) ?? [],
      config: typedFile('config'),
      fingerprintKey: keyFromOption ?? io.env.MLSEC_FINGERPRINT_KEY,
      fingerprintKeyLabel:
        keyFromOption === undefined && io.env.MLSEC_FINGERPRINT_KEY
          ? 'MLSEC_FINGERPRINT_KEY (option fingerprint-key)'
          : 'option fingerprint-key',
      inlineSuppressions: values['inline-suppressions'] !== false,
    },
    source: 'option',
    environment: {
      identityToken: async () => {
        checkToken();
        return io.env.SIGSTORE_ID_TOKEN!;
      },
      checkIdentityToken: () => checkToken(),
      // A download of the runtime takes a while: said even when stderr is not a terminal.
      loadOnnxRuntime: cliOnnxRuntime(io.env, (message) => io.stderr(stderrLine(message))),
      fetch: globalThis.fetch,
    },
    optionsByCheck: new Map([...checks].map(([name, check]) => [name, check.options])),
    progress,
  });

  for (const warning of outcome.warnings) io.stderr(stderrLine(`warning: ${warning}`));
  if (outcome.results.some((result) => result.handoff?.dependencySubmission))
    io.stderr(
      stderrLine(
        'warning: submit-dependencies: only the GitHub Action submits to the dependency graph; nothing was submitted',
      ),
    );

  const writeBaselineTo = asRaw(values['write-baseline']);
  if (writeBaselineTo) {
    const accepted = outcome.reports.flatMap((report) => [
      ...report.findings,
      ...report.suppressed.filter((entry) => entry.kind === 'baseline').map((entry) => entry.finding),
    ]);
    const { text, count } = baselineText(accepted);
    await writeOutput(root, path.resolve(io.cwd, writeBaselineTo), text, 'write-baseline');
    io.stderr(stderrLine(`wrote ${count} fingerprint${count === 1 ? '' : 's'} to ${writeBaselineTo}`));
    const keyed = countKeyed(accepted.map((finding) => finding.fingerprint));
    if (!outcome.fingerprintKeyStable && keyed > 0) {
      io.stderr(stderrLine(`warning: ${keyedBaselineWarning(writeBaselineTo, keyed)}`));
    }
    return EXIT.ok;
  }

  const tool = { version: MLSEC_VERSION, informationUri: MLSEC_URL };
  const combined = check === 'check';
  // JSON and SARIF are streamed: a report of many findings is never one string in memory.
  const rendered =
    format === 'json'
      ? { json: toJson(outcome.reports, MLSEC_VERSION, { combined }) }
      : format === 'sarif'
        ? { json: toSarif(outcome.reports, tool, { combined }) }
        : toText(outcome.reports);
  const output = asRaw(values.output);
  if (output) await writeOutput(root, path.resolve(io.cwd, output), rendered, 'output');
  else if (typeof rendered === 'string') io.stdout(rendered);
  else await writeJson(rendered.json, (text) => io.stdout(text));
  return outcome.reports.some((report) => report.failed) ? EXIT.findings : EXIT.ok;
}
