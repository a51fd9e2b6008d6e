import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import type { CheckDefinition } from '../../src/core/check.js';
import { CHECK_NAMES, type CheckName } from '../../src/core/findings.js';
import { MLSEC_VERSION } from '../../src/core/version.js';
import { keyedFingerprint } from '../../src/core/redaction.js';
import { fakeCheck, PLANTED_RULE } from '../helpers/fake-check.js';
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
    expect((await cli(['scan-pii', 'missing-dir'])).stderr).toBe(
      'mlsec: paths argument: "missing-dir" does not exist\n',
    );
    await plant({ '.github/mlsec.yml': 'scan-pii:\n  min-confidnce: 3\n' });
    expect((await cli(['scan-pii'])).stderr).toBe(
      'mlsec: config .github/mlsec.yml: key scan-pii.min-confidnce: unknown option\n',
    );
  });

  it('a hostile config file is a usage error naming the file, never an internal error', async () => {
    const bomb =
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' +
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' +
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' +
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n' +
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' +
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n' +
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n' +
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n';
    const cases: Array<[string, string]> = [
      [
        'fail-on: *nowhere-SECRET\n',
        'mlsec: config .github/mlsec.yml: not valid YAML (an alias refers to no anchor)\n',
      ],
      [
        'scan-pii:\n  min-confidence: *later\nx: &later 0.5\n',
        'mlsec: config .github/mlsec.yml: not valid YAML (an alias refers to no anchor)\n',
      ],
      [
        'exclude: &loop [*loop]\n',
        'mlsec: config .github/mlsec.yml: not valid YAML (an alias refers to its own anchor)\n',
      ],
      [
        bomb,
        'mlsec: config .github/mlsec.yml: not valid YAML (too many aliases: refused as a resource exhaustion attack)\n',
      ],
      [
        'fail-on: error\nfail-on: never\n',
        'mlsec: config .github/mlsec.yml:2: not valid YAML (Map keys must be unique at line 2, column 1:)\n',
      ],
      [
        'checks: [scan-pii\n',
        expect.stringMatching(
          /^mlsec: config \.github\/mlsec\.yml:2: not valid YAML \(/,
        ) as unknown as string,
      ],
    ];
    for (const [text, stderr] of cases) {
      await plant({ '.github/mlsec.yml': text });
      const result = await cli(['scan-pii']);
      expect({ text, code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({
        text,
        code: 2,
        stderr,
        stdout: '',
      });
      expect(result.stderr).not.toContain('SECRET');
    }
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

  it('no command: usage and one line on stderr, nothing on stdout, exit 2', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^mlsec \d+\.\d+\.\d+: ML security checks for CI\n/);
    expect(result.stderr).toContain('Usage: mlsec <check> [paths...] [options]');
    expect(result.stderr.endsWith('\nmlsec: no command given; run mlsec --help\n')).toBe(true);
  });

  it('text output cannot carry a workflow command, whatever the files are called', async () => {
    await plant({
      '::stop-commands::tok/a.txt': 'FINDME:error:::add-mask::x ##[add-mask]y\n',
      '##[add-mask]x/b.txt': 'FINDME:warning:w\n',
    });
    const result = await cli(['scan-pii', '--fail-on', 'never']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('##\\u005badd-mask]x/b.txt:1:1: warning test/planted: planted w');
    expect(lines).toContain(
      '\\u003a:stop-commands::tok/a.txt:1:1: error test/planted: planted ::add-mask::x ##\\u005badd-mask]y',
    );
    for (const line of lines) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(result.stdout).not.toContain('##[');
    const json = await cli(['scan-pii', '--fail-on', 'never', '--format', 'json']);
    expect(json.stdout).not.toContain('##[');
    expect(
      JSON.parse(json.stdout).findings.map((f: { location: { path: string } }) => f.location.path),
    ).toEqual(['::stop-commands::tok/a.txt', '##[add-mask]x/b.txt']);
    const sarif = await cli(['scan-pii', '--fail-on', 'never', '--format', 'sarif']);
    expect(sarif.stdout).not.toContain('##[');
    expect(JSON.parse(sarif.stdout).runs[0].results[0].message.text).toBe(
      'planted ::add-mask::x ##[add-mask]y',
    );
  });

  it('a short fingerprint key is a usage error naming fingerprint-key, from the option or the variable', async () => {
    await plant({ 'a.txt': 'x\n' });
    expect(await cli(['scan-pii', '--fingerprint-key', 'short'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsec: option fingerprint-key: must be at least 16 characters (use a random secret)\n',
    });
    expect((await cli(['scan-pii'], { MLSEC_FINGERPRINT_KEY: 'short' })).stderr).toBe(
      'mlsec: MLSEC_FINGERPRINT_KEY (option fingerprint-key): must be at least 16 characters (use a random secret)\n',
    );
  });

  it('an output file that cannot be written is a usage error naming the option', async () => {
    await plant({ 'a.txt': 'FINDME:error:e\n', 'file.txt': 'not a directory' });
    const output = await cli(['scan-pii', '--format', 'json', '--output', 'file.txt/out.json']);
    expect(output.code).toBe(2);
    expect(output.stderr).toMatch(
      /^mlsec: option output: cannot write .*file\.txt\/out\.json \(file\.txt is not a directory\)\n$/,
    );
    const baseline = await cli(['scan-pii', '--write-baseline', 'missing-dir/b.json']);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toMatch(
      /^mlsec: option write-baseline: cannot write .*missing-dir\/b\.json \(missing-dir does not exist\)\n$/,
    );
  });

  it("a check's verdict fails the run (exit 1) even with fail-on never, and the text says why", async () => {
    const verdictCheck: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: async () => ({
        check: 'scan-pii',
        rules: [],
        findings: [],
        metrics: {},
        artifacts: [],
        verdict: { failed: true, reason: 'the signature does not match model.onnx' },
      }),
    };
    let stdout = '';
    const code = await runCli(
      ['scan-pii', '--fail-on', 'never'],
      { stdout: (t) => (stdout += t), stderr: () => undefined, cwd, env: {}, stderrIsTty: false },
      new Map([['scan-pii', verdictCheck]]),
    );
    expect(code).toBe(1);
    expect(stdout).toBe(
      'mlsec scan-pii: 0 errors, 0 warnings, 0 notes; failed: the signature does not match model.onnx (fail-on: never)\n',
    );
  });

  it('finding paths: backslashes and drive-like names are file names; unnormalized paths are bugs (exit 3)', async () => {
    const returning = (paths: string[]): CheckDefinition => ({
      ...fakeCheck('scan-pii'),
      run: async () => ({
        check: 'scan-pii',
        rules: [PLANTED_RULE],
        findings: paths.map((file) => ({
          ruleId: PLANTED_RULE.id,
          level: 'warning' as const,
          message: 'm',
          location: { path: file },
          fingerprint: `v1:${file}`,
        })),
        metrics: {},
        artifacts: [],
      }),
    });
    const runWith = async (paths: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(
        ['scan-pii'],
        { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, stderrIsTty: false },
        new Map([['scan-pii', returning(paths)]]),
      );
      return { code, stdout, stderr };
    };
    const ok = await runWith(['C:notes.txt', 'a\\b.txt']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(
      'C:notes.txt: warning test/planted: m\na\\b.txt: warning test/planted: m\n' +
        'mlsec scan-pii: 0 errors, 2 warnings, 0 notes; passed (fail-on: error)\n',
    );
    for (const bad of ['a//b', './a', '../a', `${cwd}/a`, '/x/../a']) {
      const result = await runWith([bad]);
      expect({ bad, code: result.code }).toEqual({ bad, code: 3 });
      expect(result.stderr).toBe(
        `mlsec: internal error (please report it): scan-pii finding test/planted at ${JSON.stringify(bad)}: path is not a normalized root-relative path, nor an absolute one outside the root\n`,
      );
    }
  });

  it('--no-inline-suppressions turns mlsec-ignore comments off', async () => {
    await plant({ 'a.txt': '# mlsec-ignore: test/planted\nFINDME:error:e\n' });
    expect((await cli(['scan-pii'])).code).toBe(0);
    const off = await cli(['scan-pii', '--no-inline-suppressions']);
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('planted e');
    expect((await cli(['scan-pii', '--inline-suppressions'])).code).toBe(0);
  });

  it('typed path options resolve against the working directory, anywhere; config ones stay inside the root', async () => {
    const seen: unknown[] = [];
    const withPath: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      options: [{ name: 'signature', type: 'path', description: 'Where to write it.', default: 'model.sig' }],
      run: async (context) => {
        seen.push(context.options.signature);
        return { check: 'scan-pii', rules: [], findings: [], metrics: {}, artifacts: [] };
      },
    };
    const registry = new Map([['scan-pii', withPath]] as const);
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      cwd,
      env: {},
      stderrIsTty: false,
    };
    expect(await runCli(['scan-pii', '--signature', 'out/new.sig'], io, registry)).toBe(0);
    expect(await runCli(['scan-pii', '--signature', '../x'], io, registry)).toBe(0);
    expect(await runCli(['scan-pii'], io, registry)).toBe(0);
    // Inside the root: root-relative; outside it: absolute (the parent of cwd is outside).
    expect(seen).toEqual(['out/new.sig', path.join(path.dirname(cwd), 'x'), 'model.sig']);
    expect(stderr).toBe('');
    await plant({ '.github/mlsec.yml': 'scan-pii:\n  signature: ../x\n' });
    expect(await runCli(['scan-pii'], io, registry)).toBe(2);
    expect(stderr).toBe(
      `mlsec: config .github/mlsec.yml: key scan-pii.signature: "../x" is outside ${cwd}\n`,
    );
    let help = '';
    await runCli(['scan-pii', '--help'], { ...io, stdout: (t) => (help += t) }, registry);
    expect(help).toContain('  --signature FILE\n      Where to write it. (default: model.sig)');
  });

  it('warns on stderr when keyed fingerprints meet a per-run random key', async () => {
    const keyed: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: async (context) => {
        const base = await fakeCheck('scan-pii').run(context);
        return {
          ...base,
          findings: base.findings.map((f) => ({
            ...f,
            fingerprint: keyedFingerprint(context.fingerprintKey, f.ruleId, f.location.path, 'v'),
          })),
        };
      },
    };
    const registry = new Map([['scan-pii', keyed]] as const);
    await plant({ 'a.txt': 'FINDME:error:e\n' });
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      cwd,
      env: {},
      stderrIsTty: false,
    };
    const warning =
      'mlsec: warning: baseline .mlsec-baseline.json: 1 keyed (v1:k:) fingerprint cannot match without the same fingerprint-key, and this run uses a per-run random key; set fingerprint-key (MLSEC_FINGERPRINT_KEY for the CLI) from a secret\n';
    expect(await runCli(['scan-pii', '--write-baseline', '.mlsec-baseline.json'], io, registry)).toBe(0);
    expect(stderr).toBe(`mlsec: wrote 1 fingerprint to .mlsec-baseline.json\n${warning}`);
    stderr = '';
    // The next run, again with a random key: the baseline cannot match, and the user is told.
    expect(await runCli(['scan-pii'], io, registry)).toBe(1);
    expect(stderr).toBe(warning);
    stderr = '';
    const stable = { ...io, env: { MLSEC_FINGERPRINT_KEY: 'a-stable-secret-0123456789' } };
    await runCli(['scan-pii', '--write-baseline', '.mlsec-baseline.json'], stable, registry);
    expect(await runCli(['scan-pii'], stable, registry)).toBe(0);
    expect(stderr).toBe('mlsec: wrote 1 fingerprint to .mlsec-baseline.json\n');
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
    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr.endsWith('\nmlsec: no command given; run mlsec --help\n')).toBe(true);
  });

  it.each(CHECK_NAMES)('%s --help lists its options and the common ones', (name) => {
    const help = run([name, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: mlsec ${name} `));
    for (const option of ['--format', '--output', '--fail-on', '--config'])
      expect(help.stdout).toContain(option);
  });

  it("robustness-check runs with mlsec's own verified onnxruntime-node, JSON per the contract", () => {
    const fixtures = 'test/fixtures/robustness-check';
    const result = run([
      'robustness-check',
      '--model',
      `${fixtures}/models/linear.onnx`,
      '--inputs',
      `${fixtures}/data/test-x.npy`,
      '--labels',
      `${fixtures}/data/test-y.npy`,
      '--epsilons',
      '0.05',
      '--attacks',
      'fgsm,pgd',
      '--samples',
      '50',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      check: string;
      metrics: {
        cleanAccuracy: number;
        samples: number;
        perEpsilon: {
          epsilon: number;
          norm: string;
          robustAccuracy: number;
          certifiedAccuracy: number;
          byAttack: Record<string, number>;
        }[];
      };
    };
    expect(report.check).toBe('robustness-check');
    expect(report.metrics.samples).toBe(50);
    expect(Object.keys(report.metrics.perEpsilon[0]!)).toEqual(
      expect.arrayContaining(['epsilon', 'norm', 'robustAccuracy', 'certifiedAccuracy', 'byAttack']),
    );
    expect(Object.keys(report.metrics.perEpsilon[0]!.byAttack)).toEqual(['fgsm', 'pgd']);
  });

  it('dependency-sbom writes the SBOM where --sbom says, JSON per the contract, exit 1 on a vulnerable pin', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'mlsec-sbom-cli-'));
    const fixtures = 'test/fixtures/dependency-sbom';
    const result = run([
      'dependency-sbom',
      `${fixtures}/ml-repo`,
      '--osv-dir',
      `${fixtures}/osv`,
      '--sbom',
      path.join(out, 'bom.cdx.json'),
      '--format',
      'json',
      '--submit-dependencies',
    ]);
    expect(result.stderr).toBe(
      'mlsec: warning: submit-dependencies: only the GitHub Action submits to the dependency graph; nothing was submitted\n',
    );
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      check: string;
      findings: { ruleId: string; location: { path: string } }[];
      metrics: Record<string, unknown>;
    };
    expect(report.check).toBe('dependency-sbom');
    expect(report.metrics).toMatchObject({
      models: 13,
      datasets: 3,
      vulnerabilities: 12,
      osvSource: 'osv-dir',
    });
    expect(report.findings.find((f) => f.ruleId === 'sbom/vulnerable-package')?.location.path).toMatch(
      /^test\/fixtures\/dependency-sbom\/ml-repo\//,
    );
    const bom = JSON.parse(await readFile(path.join(out, 'bom.cdx.json'), 'utf8'));
    expect(bom.metadata.component.name).toBe('ml-repo');
    expect(bom.components.some((c: { name: string }) => c.name === 'models/classifier.onnx')).toBe(false);
    expect(
      bom.components.some((c: { name: string }) => c.name === `${fixtures}/ml-repo/models/classifier.onnx`),
    ).toBe(true);
  });

  it('robustness-check reads file.npz:array typed outside the working directory', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-npz-'));
    await cp(path.join(root, 'test/fixtures/robustness-check/data/test.npz'), path.join(outside, 'test.npz'));
    const result = run([
      'robustness-check',
      '--model',
      'test/fixtures/robustness-check/models/linear.onnx',
      '--inputs',
      `${path.join(outside, 'test.npz')}:x`,
      '--labels',
      `${path.join(outside, 'test.npz')}:y`,
      '--attacks',
      'fgsm',
      '--samples',
      '10',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { metrics: { samples: number } }).metrics.samples).toBe(10);
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
