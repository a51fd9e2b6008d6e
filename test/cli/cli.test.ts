import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import type { CheckDefinition } from '../../src/core/check.js';
import { CHECK_NAMES, type CheckName } from '../../src/core/findings.js';
import { MLSEC_VERSION } from '../../src/core/version.js';
import { fakeCheck } from '../helpers/fake-check.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const cliBundle = path.join(root, 'dist/cli.mjs');

let cwd: string;
const checks = new Map<CheckName, CheckDefinition>([
  ['scan-pii', fakeCheck('scan-pii')],
  ['scan-model', fakeCheck('scan-model')],
]);

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    stderrIsTty: false,
  };
  const code = await runCli(args, io, checks);
  return { code, stdout, stderr };
}

async function plant(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(cwd, name)), { recursive: true });
    await writeFile(path.join(cwd, name), content);
  }
}

beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'mlsec-cli-'));
});

describe('mlsec CLI (engine over a planted-finding check)', () => {
  it('text output and exit codes follow --fail-on', async () => {
    await plant({ 'data/a.txt': 'FINDME:warning:w1\nx FINDME:note:n1\n' });
    const result = await cli(['scan-pii', 'data']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'data/a.txt:1:1: warning test/planted: planted w1\n' +
        'data/a.txt:2:3: note test/planted: planted n1\n' +
        'mlsec scan-pii: 0 errors, 1 warning, 1 note; passed (fail-on: error)\n',
      stderr: '',
    });
    expect((await cli(['scan-pii', 'data', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['scan-pii', 'data', '--fail-on', 'note'])).code).toBe(1);
    expect((await cli(['scan-pii', 'data', '--fail-on', 'never'])).code).toBe(0);
  });

  it('JSON follows the contract', async () => {
    await plant({ 'a.txt': 'FINDME:error:e\n' });
    const result = await cli(['scan-pii', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['tool', 'version', 'check', 'findings', 'metrics', 'summary']);
    expect(json).toMatchObject({
      tool: 'mlsec',
      version: MLSEC_VERSION,
      check: 'scan-pii',
      metrics: { files: 1 },
    });
    expect(json.findings).toEqual([
      {
        ruleId: 'test/planted',
        level: 'error',
        message: 'planted e',
        location: { path: 'a.txt', line: 1, column: 1 },
        fingerprint: expect.stringMatching(/^v1:[0-9a-f]{32}$/),
      },
    ]);
    expect(json.summary).toEqual({
      error: 1,
      warning: 0,
      note: 0,
      suppressed: 0,
      outOfScope: 0,
      failed: true,
      failOn: 'error',
    });
  });

  it('SARIF to a file validates against the official schema', async () => {
    await plant({ 'dir with space/a#1.txt': 'FINDME:error:e\n' });
    const result = await cli(['scan-pii', '--format', 'sarif', '--output', 'out.sarif']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    const sarif = JSON.parse(await readFile(path.join(cwd, 'out.sarif'), 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'dir%20with%20space/a%231.txt',
    );
  });

  it('mlsec check runs the configured checks; --checks overrides', async () => {
    await plant({
      'a.txt': 'FINDME:error:e\n',
      '.github/mlsec.yml': 'checks: [scan-pii, scan-model]\nfail-on: never\n',
    });
    const all = await cli(['check']);
    expect(all.code).toBe(0);
    expect(
      all.stdout
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('mlsec ')),
    ).toEqual([
      'mlsec scan-pii: 1 error, 0 warnings, 0 notes; passed (fail-on: never)',
      'mlsec scan-model: 1 error, 0 warnings, 0 notes; passed (fail-on: never)',
    ]);
    const one = await cli(['check', '--checks', 'scan-model', '--format', 'json']);
    const json = JSON.parse(one.stdout);
    expect(json.check).toBe('check');
    expect(json.findings.map((f: { check: string }) => f.check)).toEqual(['scan-model']);
    // An option given on the command line beats the config file.
    expect((await cli(['check', '--fail-on', 'error'])).code).toBe(1);
  });

  it('baseline: --write-baseline records findings, later runs report only new ones', async () => {
    await plant({ 'a.txt': 'FINDME:error:old\n' });
    const write = await cli(['scan-pii', '--write-baseline', '.mlsec-baseline.json']);
    expect(write).toEqual({
      code: 0,
      stdout: '',
      stderr: 'mlsec: wrote 1 fingerprint to .mlsec-baseline.json\n',
    });
    const baseline = JSON.parse(await readFile(path.join(cwd, '.mlsec-baseline.json'), 'utf8'));
    expect(baseline).toEqual({
      version: 1,
      tool: 'mlsec',
      findings: [{ ruleId: 'test/planted', path: 'a.txt', fingerprint: expect.stringMatching(/^v1:/) }],
    });
    expect(JSON.stringify(baseline)).not.toContain('planted old');
    expect((await cli(['scan-pii'])).code).toBe(0);
    await plant({ 'a.txt': 'FINDME:error:old\nFINDME:error:new\n' });
    const later = await cli(['scan-pii']);
    expect(later.code).toBe(1);
    expect(later.stdout).toContain('planted new');
    expect(later.stdout).not.toContain('planted old');
    expect(later.stdout).toContain('(1 suppressed)');
  });

  it('usage errors exit 2 with one line naming the option, file or key', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['scan-pii', '--fail-on', 'fatal'],
        'mlsec: option fail-on: expected one of error, warning, note, never, got "fatal"\n',
      ],
      [
        ['scan-pii', '--format', 'xml'],
        'mlsec: option format: expected one of text, json, sarif, got "xml"\n',
      ],
      [
        ['scan-pii', '--config', 'missing.yml'],
        expect.stringMatching(/^mlsec: config missing\.yml: cannot be read \(ENOENT/),
      ],
      [
        ['scan-pii', '--baseline', 'nope.json'],
        expect.stringMatching(/^mlsec: baseline .*nope\.json: cannot be read/),
      ],
      [
        ['scan-pii', '--bogus'],
        expect.stringMatching(/^mlsec: Unknown option '--bogus'.*; run `mlsec scan-pii --help`\n$/),
      ],
      [['scan-pi'], 'mlsec: unknown command "scan-pi"; run `mlsec --help` for the checks\n'],
      [['check'], 'mlsec: no checks to run: pass --checks or list `checks:` in the config file\n'],
      [['check', '--checks', 'nope'], 'mlsec: option checks: unknown check "nope"\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = await cli(args);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 2, stderr });
    }
    expect((await cli(['scan-pii', '../outside'])).stderr).toBe(
      `mlsec: paths argument: "../outside" is outside ${cwd}\n`,
    );
    expect((await cli(['scan-pii', 'missing-dir'])).stderr).toBe(
      'mlsec: paths argument: "missing-dir" does not exist\n',
    );
    await plant({ '.github/mlsec.yml': 'scan-pii:\n  min-confidnce: 3\n' });
    expect((await cli(['scan-pii'])).stderr).toBe(
      'mlsec: config .github/mlsec.yml: key scan-pii.min-confidnce: unknown option\n',
    );
  });

  it('a check that crashes is an internal error, exit 3', async () => {
    const broken: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: () => Promise.reject(new TypeError('boom')),
    };
    let stderr = '';
    const code = await runCli(
      ['scan-pii'],
      { stdout: () => undefined, stderr: (t) => (stderr += t), cwd, env: {}, stderrIsTty: false },
      new Map([['scan-pii', broken]]),
    );
    expect(code).toBe(3);
    expect(stderr).toBe('mlsec: internal error (please report it): boom\n');
  });

  it('a check result that breaks the finding contract is refused, not rendered', async () => {
    const sloppy: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: async () => ({
        check: 'scan-pii',
        rules: [],
        findings: [
          {
            ruleId: 'x/y',
            level: 'error',
            message: 'm',
            location: { path: '/etc/passwd' },
            fingerprint: 'f',
          },
        ],
        metrics: {},
        artifacts: [],
      }),
    };
    let stderr = '';
    const code = await runCli(
      ['scan-pii'],
      { stdout: () => undefined, stderr: (t) => (stderr += t), cwd, env: {}, stderrIsTty: false },
      new Map([['scan-pii', sloppy]]),
    );
    expect(code).toBe(3);
    expect(stderr).toBe(
      'mlsec: internal error (please report it): scan-pii finding x/y at "/etc/passwd": rule is not declared\n',
    );
  });

  it('progress goes to stderr only when it is a terminal', async () => {
    const progressCheck: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: async (context) => {
        context.progress('hashing 3 files');
        return { check: 'scan-pii', rules: [], findings: [], metrics: {}, artifacts: [] };
      },
    };
    const registry = new Map([['scan-pii', progressCheck]] as const);
    for (const tty of [true, false]) {
      let stderr = '';
      await runCli(
        ['scan-pii'],
        { stdout: () => undefined, stderr: (t) => (stderr += t), cwd, env: {}, stderrIsTty: tty },
        registry,
      );
      expect(stderr).toBe(tty ? 'mlsec: hashing 3 files\n' : '');
    }
  });
});

describe('the bundled mlsec binary (dist/cli.mjs)', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cliBundle, ...args], { cwd: root, encoding: 'utf8' });

  it('--version and --help', () => {
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${MLSEC_VERSION}\n` });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const name of CHECK_NAMES) expect(help.stdout).toContain(`  ${name}`);
    expect(help.stdout).toContain(
      'Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage error, 3 internal error.',
    );
    expect(run([]).status).toBe(2);
  });

  it.each(CHECK_NAMES)('%s --help lists its options and the common ones', (name) => {
    const help = run([name, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: mlsec ${name} `));
    for (const option of ['--format', '--output', '--fail-on', '--config'])
      expect(help.stdout).toContain(option);
  });

  it.each(CHECK_NAMES)('%s is not implemented yet: exit 2 with one line on stderr', (name) => {
    const result = run([name, '.']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^mlsec: ${name} is not implemented yet.*\\n$`));
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('sign-model --help documents the contract options', () => {
    const help = run(['sign-model', '--help']).stdout;
    for (const option of [
      '--method',
      '--private-key',
      '--certificate-chain',
      '--signature',
      '--ignore-paths',
      '--serialization',
      '--hash',
    ]) {
      expect(help).toContain(option);
    }
  });
});
