import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipBytes } from '../checks/scan-model/zip-bytes.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../src/core/findings.js';
import { bundleEntry } from '../helpers/bundle.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { type ActionRun, runActionYml } from '../helpers/run-action.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const scanPiiAction = path.join(root, 'actions/scan-pii/action.yml');
const umbrellaAction = path.join(root, 'action.yml');

let fakeBundle: string;
let github: FakeGitHub;
let workspace: string;

async function plant(files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
}

const prEvent = (fromFork = false) => ({
  name: 'pull_request',
  payload: {
    pull_request: {
      number: 7,
      head: { sha: 'b'.repeat(40), repo: { full_name: fromFork ? 'someone/demo' : 'octo/demo' } },
      base: { repo: { full_name: 'octo/demo' } },
    },
  },
});

function runFake(inputs: Record<string, string>, extra: Partial<Parameters<typeof runActionYml>[1]> = {}) {
  return runActionYml(scanPiiAction, {
    workspace,
    inputs,
    apiUrl: github.url,
    mainOverride: fakeBundle,
    env: { MLSEC_GITHUB_RETRY_DELAY_MS: '1' },
    ...extra,
  });
}

function annotations(run: ActionRun) {
  return run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command));
}

beforeAll(async () => {
  fakeBundle = await bundleEntry(path.join(root, 'test/helpers/fake-action-entry.ts'));
});

beforeEach(async () => {
  github = await new FakeGitHub().start();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'mlsec-ws-'));
});

afterEach(async () => {
  await github.stop();
});

afterAll(() => undefined);

describe('the real actions, from dist/', () => {
  it('dependency-sbom from dist/: the SBOM path as an output, a vulnerable pin, the snapshot for the PR head', async () => {
    await mkdir(path.join(workspace, 'osv'), { recursive: true });
    await writeFile(path.join(workspace, 'requirements.txt'), 'numpy==1.21.0\ntorch>=2.0\n');
    await writeFile(
      path.join(workspace, 'osv/GHSA-x.json'),
      JSON.stringify({
        id: 'GHSA-xxxx-yyyy-zzzz',
        modified: '2024-01-01T00:00:00Z',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'numpy' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.22.0' }] }],
          },
        ],
      }),
    );
    const run = await runActionYml(path.join(root, 'actions/dependency-sbom/action.yml'), {
      workspace,
      apiUrl: github.url,
      inputs: { 'osv-dir': 'osv', 'submit-dependencies': 'true', sbom: 'out/bom.cdx.json', scope: 'all' },
      event: prEvent(),
      env: { GITHUB_HEAD_REF: 'feature/models', GITHUB_JOB: 'sbom', GITHUB_WORKFLOW: 'CI' },
    });
    expect(run.outputs).toMatchObject({
      'sbom-file': path.join(workspace, 'out/bom.cdx.json'),
      errors: '1',
      warnings: '1',
      result: 'failure',
    });
    const bom = JSON.parse(await readFile(path.join(workspace, 'out/bom.cdx.json'), 'utf8'));
    expect(bom.vulnerabilities.map((v: { id: string }) => v.id)).toEqual(['GHSA-xxxx-yyyy-zzzz']);
    expect(github.snapshots).toEqual([
      expect.objectContaining({
        sha: 'b'.repeat(40),
        ref: 'refs/heads/feature/models',
        job: { correlator: 'CI / sbom / dependency-sbom', id: '42' },
        manifests: {
          'requirements.txt': {
            name: 'requirements.txt',
            file: { source_location: 'requirements.txt' },
            resolved: {
              'pkg:pypi/numpy@1.21.0': {
                package_url: 'pkg:pypi/numpy@1.21.0',
                relationship: 'direct',
                scope: 'runtime',
                dependencies: [],
              },
            },
          },
        },
      }),
    ]);
  });

  it('dependency-sbom from dist/: a pull request from a fork submits no snapshot, and says so', async () => {
    await writeFile(path.join(workspace, 'requirements.txt'), 'numpy==1.26.4\n');
    const run = await runActionYml(path.join(root, 'actions/dependency-sbom/action.yml'), {
      workspace,
      apiUrl: github.url,
      inputs: { 'osv-api-url': 'off', 'submit-dependencies': 'true', scope: 'all' },
      event: prEvent(true),
      env: { GITHUB_HEAD_REF: 'main' },
    });
    expect(run.outputs['result']).toBe('success');
    expect(github.snapshots).toEqual([]);
    expect(run.stdout).toContain(
      'dependency-sbom: the pull request comes from a fork, so no dependency snapshot was submitted',
    );
  });

  it('scan-model from dist/: an unsafe pickle in an archive is an error annotation, SARIF names the member', async () => {
    const payload = Buffer.from('\x80\x02cposix\nsystem\nX\x02\x00\x00\x00id\x85R.', 'latin1');
    await mkdir(path.join(workspace, 'models'), { recursive: true });
    await writeFile(
      path.join(workspace, 'models/bundle.zip'),
      zipBytes({ members: [{ name: 'inner/model.pkl', data: payload }] }),
    );
    const run = await runActionYml(path.join(root, 'actions/scan-model/action.yml'), {
      workspace,
      apiUrl: github.url,
      inputs: { paths: 'models' },
    });
    expect(run.exitCode).toBe(1);
    expect(annotations(run)[0]).toEqual({
      command: 'error',
      properties: {
        title: 'mlsec scan-model: Pickle imports a code-execution, file or network global',
        file: 'models/bundle.zip',
      },
      message:
        'model/pickle-unsafe-global: GLOBAL imports posix.system: its module executes code, touches files or the network, or resolves other globals (at byte 2). (in inner/model.pkl)',
    });
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results[0].properties).toMatchObject({
      member: 'inner/model.pkl',
      global: 'posix.system',
    });
    expect(run.outputs).toMatchObject({ errors: '1', result: 'failure', category: 'mlsec/scan-model' });
  });

  it('robustness-check from dist/: the runtime from the tool cache, a gate failing at one epsilon, a chart', async () => {
    const fixtures = path.join(root, 'test/fixtures/robustness-check');
    await mkdir(path.join(workspace, 'models'));
    await cp(path.join(fixtures, 'models/mlp.onnx'), path.join(workspace, 'models/mlp.onnx'));
    await cp(path.join(fixtures, 'data'), path.join(workspace, 'data'), { recursive: true });
    // onnxruntime as a cache hit would leave it: installed in the tool cache, nothing to download.
    const toolCache = await mkdtemp(path.join(os.tmpdir(), 'mlsec-tools-'));
    const installed = path.join(
      toolCache,
      'mlsec/onnxruntime/1.30.0',
      `${process.platform}-${process.arch}`,
      'node_modules',
    );
    await mkdir(installed, { recursive: true });
    // Copies, not links: mlsec refuses a runtime reached through a link. Only this platform's binaries.
    const platformBin = path.join('bin', 'napi-v6', process.platform, process.arch);
    for (const name of ['onnxruntime-node', 'onnxruntime-common']) {
      const from = path.join(root, 'node_modules', name);
      await cp(from, path.join(installed, name), {
        recursive: true,
        filter: (source) => {
          const relative = path.relative(from, source);
          const bin = path.join('bin', 'napi-v6');
          if (!relative.startsWith(bin) || relative === bin) return true;
          const rest = path.relative(bin, relative).split(path.sep);
          const platform = path.relative(bin, platformBin).split(path.sep);
          return rest.every((part, i) => i >= platform.length || part === platform[i]);
        },
      });
    }
    const run = await runActionYml(path.join(root, 'actions/robustness-check/action.yml'), {
      workspace,
      apiUrl: github.url,
      inputs: {
        model: 'models/mlp.onnx',
        inputs: 'data/test-x.npy',
        labels: 'data/test-y.npy',
        samples: '40',
        epsilons: '0.02,0.1',
        'square-queries': '100',
        'min-robust-accuracy': '0.02:0.5,0.1:0.99',
      },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const errors = annotations(run).filter((c) => c.command === 'error');
    expect(errors.map((c) => c.message)).toEqual([
      expect.any(String),
      'mlsec robustness-check: findings at or above fail-on (see the job summary, code scanning or robustness-check.sarif)',
    ]);
    expect(errors[0]!.properties).toEqual({
      title: 'mlsec robustness-check: Robust accuracy is below the required minimum',
      file: 'models/mlp.onnx',
    });
    expect(errors[0]!.message).toMatch(
      /^robustness\/below-minimum: Robust accuracy of models\/mlp\.onnx at linf epsilon 0\.1 is \d+\.\d%, below the minimum 99\.0%\.$/,
    );
    expect(Number(run.outputs['clean-accuracy'])).toBeGreaterThan(0.9);
    expect(Object.keys(JSON.parse(run.outputs['robust-accuracy']!) as object)).toEqual(['0.02', '0.1']);
    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toContain('Attack: pgd');
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });

  it('the umbrella action names the missing checks setting', async () => {
    const run = await runActionYml(umbrellaAction, { workspace, apiUrl: github.url });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'mlsec: no checks to run: set the `checks` input or `checks:` in the config file (.github/mlsec.yml)',
    );
  });

  it('the umbrella action rejects an unknown check by input name', async () => {
    const run = await runActionYml(umbrellaAction, {
      workspace,
      apiUrl: github.url,
      inputs: { checks: 'scan-pii,scan-pi' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      `mlsec: input checks: expected one of ${CHECK_NAMES.join(', ')}, got "scan-pi"`,
    );
  });

  it('a bad config file is an error naming the file and the key', async () => {
    await plant({ '.github/mlsec.yml': 'checks: [scan-pii]\nfail-on: sometimes\n' });
    const run = await runActionYml(umbrellaAction, { workspace, apiUrl: github.url });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^mlsec: config \.github\/mlsec\.yml: key fail-on: /,
    );
  });
});

describe('reporting end to end (real action code over a planted-finding check)', () => {
  it('push: annotations, outputs, SARIF and job summary', async () => {
    await plant({
      'data/a.txt': 'ok\nFINDME:error:first\n  FINDME:warning:second\n',
      'data/b.txt': 'FINDME:note:third\n',
    });
    const run = await runFake({});
    expect(run.exitCode).toBe(1);
    expect(annotations(run)).toEqual([
      {
        command: 'error',
        properties: {
          title: 'mlsec scan-pii: Planted test finding',
          file: 'data/a.txt',
          line: '2',
          col: '1',
        },
        message: 'test/planted: planted first',
      },
      {
        command: 'warning',
        properties: {
          title: 'mlsec scan-pii: Planted test finding',
          file: 'data/a.txt',
          line: '3',
          col: '3',
        },
        message: 'test/planted: planted second',
      },
      {
        command: 'notice',
        properties: {
          title: 'mlsec scan-pii: Planted test finding',
          file: 'data/b.txt',
          line: '1',
          col: '1',
        },
        message: 'test/planted: planted third',
      },
      {
        command: 'error',
        properties: {},
        message:
          'mlsec scan-pii: findings at or above fail-on (see the job summary, code scanning or scan-pii.sarif)',
      },
    ]);
    expect(run.outputs).toMatchObject({
      findings: '3',
      errors: '1',
      warnings: '1',
      notes: '1',
      result: 'failure',
      category: 'mlsec/scan-pii',
      'sarif-file': path.join(run.runnerTemp, 'mlsec', 'scan-pii.sarif'),
    });
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs).toHaveLength(1);
    expect(
      sarif.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { region: unknown } }> }) =>
          r.locations[0]!.physicalLocation.region,
      ),
    ).toEqual([
      { startLine: 2, startColumn: 1 },
      { startLine: 3, startColumn: 3 },
      { startLine: 1, startColumn: 1 },
    ]);
    expect(run.summary).toContain('### ❌ mlsec scan-pii: failed');
    expect(run.summary).toContain('| 🔴 error | `test/planted` | `data/a.txt:2:1` | planted first |');
    expect(await readFile(run.outputs['summary']!, 'utf8')).toBe(run.summary);
    expect(run.logLines).toContain('mlsec: scan-pii: 1 error, 1 warning, 1 note; failed (fail-on: error)');
    // Nothing talks to GitHub outside a pull request.
    expect(github.requests).toEqual([]);
  });

  it('fail-on never passes, warning fails on warnings', async () => {
    await plant({ 'a.txt': 'FINDME:warning:w\n' });
    expect((await runFake({ 'fail-on': 'never' })).exitCode).toBe(0);
    expect((await runFake({ 'fail-on': 'warning' })).exitCode).toBe(1);
    expect((await runFake({ 'fail-on': 'error' })).exitCode).toBe(0);
    const bad = await runFake({ 'fail-on': 'fatal' });
    expect(bad.exitCode).toBe(1);
    expect(annotations(bad).map((a) => a.message)).toEqual([
      'mlsec: input fail-on: expected one of error, warning, note, never, got "fatal"',
    ]);
  });

  it('a path input outside the workspace is refused, naming the input', async () => {
    await plant({ 'data/a.txt': 'x' });
    const run = await runFake({ paths: 'data,../../etc' });
    expect(run.exitCode).toBe(1);
    expect(annotations(run).map((a) => a.message)).toEqual([
      `mlsec: input paths: "../../etc" is outside ${workspace}`,
    ]);
  });

  it('annotation caps: 10 per level, the rest summed up in one notice', async () => {
    const lines = [
      ...Array.from({ length: 25 }, (_, i) => `FINDME:error:e${i}`),
      ...Array.from({ length: 12 }, (_, i) => `FINDME:warning:w${i}`),
      ...Array.from({ length: 3 }, (_, i) => `FINDME:note:n${i}`),
    ];
    await plant({ 'many.txt': `${lines.join('\n')}\n` });
    const run = await runFake({ 'fail-on': 'never' });
    const shown = annotations(run);
    expect(shown.filter((a) => a.command === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.command === 'warning')).toHaveLength(10);
    const notices = shown.filter((a) => a.command === 'notice');
    expect(notices).toHaveLength(4);
    expect(notices.at(-1)).toEqual({
      command: 'notice',
      properties: { title: 'mlsec: more findings' },
      message:
        '17 more findings not annotated here (GitHub shows 10 per level per step): see the job summary, code scanning or scan-pii.sarif.',
    });
    // The most severe come first and in file order.
    expect(shown[0]!.message).toBe('test/planted: planted e0');
    expect(run.outputs['findings']).toBe('40');
  });

  it('hostile file names and file content cannot inject workflow commands', async () => {
    const hostileName = 'x\n::add-mask::evil,name:%0A.txt';
    await plant({
      [hostileName]: 'FINDME:error:::stop-commands::pwned %0A::add-mask::also\u001b[31m red\u202e\n',
      'ok.txt': 'FINDME:warning:\r::set-output name=result::success\n',
      // The runner reads the legacy `##[command]` anywhere in a line, `::command::` at its start.
      '##[add-mask]x.txt': 'FINDME:note:legacy ##[add-mask]in-content\n',
      '::stop-commands::tok/a.txt': 'FINDME:warning:under a hostile directory\n',
    });
    const run = await runFake({ 'fail-on': 'never' });
    expect(run.exitCode).toBe(0);
    for (const command of run.commands) {
      expect(['error', 'warning', 'notice', 'add-mask']).toContain(command.command);
      // The only mask is the token the action registered as a secret.
      if (command.command === 'add-mask') expect(command.message).toBe('fake-token');
    }
    expect(run.commands.filter((c) => ['add-mask', 'stop-commands'].includes(c.command))).toEqual([
      { command: 'add-mask', properties: {}, message: 'fake-token' },
    ]);
    for (const line of run.logLines) expect(line.startsWith('mlsec: ')).toBe(true);
    // Progress named every file in the log, escaped.
    expect(run.logLines).toContain('mlsec: scanning ##\\u005badd-mask]x.txt');
    expect(run.logLines).toContain('mlsec: scanning ::stop-commands::tok/a.txt');
    expect(run.logLines).toContain('mlsec: scanning x\\u000a::add-mask::evil,name:%0A.txt');
    const error = annotations(run).find((a) => a.command === 'error')!;
    expect(error.properties.file).toBe(hostileName);
    expect(error.message).toBe(
      'test/planted: planted ::stop-commands::pwned %0A::add-mask::also\\u001b[31m red\\u202e',
    );
    const legacy = annotations(run).find((a) => a.message.includes('legacy'))!;
    expect(legacy).toEqual({
      command: 'notice',
      properties: { title: 'mlsec scan-pii: Planted test finding' },
      message: '##\\u005badd-mask]x.txt:1: test/planted: planted legacy ##\\u005badd-mask]in-content',
    });
    expect(annotations(run).find((a) => a.message.includes('hostile directory'))!.properties.file).toBe(
      '::stop-commands::tok/a.txt',
    );
    expect(run.outputs['result']).toBe('success');
    const summary = run.summary;
    expect(summary).not.toContain('\u001b');
    expect(summary).not.toMatch(/^::/m);
    const sarifText = await readFile(run.outputs['sarif-file']!, 'utf8');
    expect(sarifText).not.toContain('##[');
    expect(
      JSON.parse(sarifText).runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri),
      ),
    ).toContain('##[add-mask]x.txt');
  });

  it('pull request: diff scope, then one sticky comment updated in place', async () => {
    await plant({
      'a.txt': 'FINDME:error:old\nFINDME:error:new\n',
      'b.txt': 'FINDME:error:untouched\n',
      'c.bin': 'FINDME:note:binary\n',
    });
    github.pullFiles.set(7, [
      { filename: 'a.txt', status: 'modified', patch: '@@ -1 +1,2 @@\n FINDME:error:old\n+FINDME:error:new' },
      { filename: 'c.bin', status: 'added' },
      ...Array.from({ length: 150 }, (_, i) => ({ filename: `other/${i}.txt`, status: 'removed' })),
    ]);
    const first = await runFake({}, { event: prEvent() });
    expect(first.exitCode).toBe(1);
    expect(
      annotations(first)
        .filter((a) => a.properties.file)
        .map((a) => `${a.properties.file}:${a.properties.line}`),
    ).toEqual(['a.txt:2', 'c.bin:1']);
    expect(first.outputs['findings']).toBe('2');
    // Two pages of pull request files were read.
    expect(github.requestsTo('GET', /\/pulls\/7\/files$/).map((r) => r.query.get('page') ?? '1')).toEqual([
      '1',
      '2',
    ]);
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split('\n')[0]).toBe('<!-- mlsec:sticky-comment:scan-pii -->');
    expect(comments[0]!.body).toContain(
      '**1 error, 0 warnings, 1 note (2 outside the diff)** · fails on: error',
    );
    expect(github.requests.every((r) => r.headers.authorization === 'token fake-token')).toBe(true);
    // Code scanning compares with the base branch: findings outside the diff stay in SARIF.
    const sarif = JSON.parse(await readFile(first.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(
      sarif.runs[0].results
        .map(
          (r: {
            locations: Array<{
              physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
            }>;
          }) =>
            `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
        )
        .sort(),
    ).toEqual(['a.txt:1', 'a.txt:2', 'b.txt:1', 'c.bin:1']);

    await plant({ 'a.txt': 'FINDME:error:old\nfixed\n' });
    const second = await runFake({}, { event: prEvent() });
    expect(second.exitCode).toBe(0);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(github.comments.get(7)![0]!.body).toContain('### ✅ mlsec scan-pii: passed');
  });

  it('a fork pull request without comment permission gets a warning, never a failure', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const run = await runFake({}, { event: prEvent(true) });
    expect(run.exitCode).toBe(0);
    expect(
      annotations(run)
        .filter((a) => a.command === 'warning')
        .map((a) => a.message),
    ).toEqual([
      'mlsec could not update the pull request comment (HTTP 403): the token lacks `pull-requests: write`. Pull requests from forks get a read-only token; this is expected there.',
    ]);
  });

  it('a 403 in a same-repository pull request names the permission to grant', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403 });
    const run = await runFake({}, { event: prEvent(false) });
    expect(run.exitCode).toBe(0);
    expect(annotations(run).find((a) => a.command === 'warning')?.message).toBe(
      'mlsec could not update the pull request comment (HTTP 403): the token lacks `pull-requests: write`. Grant it in the workflow: permissions: { pull-requests: write }.',
    );
  });

  it('422 from the comments API is a warning that says GitHub rejected the request', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 422,
      message: 'Validation Failed',
    });
    const run = await runFake({}, { event: prEvent() });
    expect(run.exitCode).toBe(0);
    expect(annotations(run).find((a) => a.command === 'warning')?.message).toMatch(
      /^mlsec could not update the pull request comment: GitHub rejected the request \(HTTP 422: Validation Failed/,
    );
  });

  it('5xx is retried; when it persists, diff scope falls back to all findings with a warning', async () => {
    await plant({ 'a.txt': 'FINDME:error:one\n', 'b.txt': 'FINDME:error:two\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 });
    const retried = await runFake({ 'pr-comment': 'false' }, { event: prEvent() });
    expect(github.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(3);
    expect(retried.outputs['findings']).toBe('1');

    github.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 503, times: 10 });
    const fallback = await runFake({ 'pr-comment': 'false' }, { event: prEvent() });
    expect(fallback.outputs['findings']).toBe('2');
    expect(annotations(fallback).find((a) => a.command === 'warning')?.message).toMatch(
      /^mlsec could not list the pull request files: GitHub answered HTTP 503 .*Reporting all findings\.$/,
    );
  });

  it('404 on the pull request files (no read access) names the permission and reports everything', async () => {
    await plant({ 'a.txt': 'FINDME:error:one\n', 'b.txt': 'FINDME:error:two\n' });
    github.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 404 });
    const run = await runFake({ 'pr-comment': 'false' }, { event: prEvent() });
    expect(run.outputs['findings']).toBe('2');
    expect(annotations(run).find((a) => a.command === 'warning')?.message).toBe(
      'mlsec could not list the pull request files (HTTP 404): the token lacks `pull-requests: read`. Grant it in the workflow: permissions: { pull-requests: read }. Reporting all findings.',
    );
    expect(run.logLines).toContain(
      'mlsec: scope: all findings are reported (the changed lines of the pull request were not available)',
    );
  });

  it('a rate limit with retry-after is waited out', async () => {
    await plant({ 'a.txt': 'FINDME:error:one\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({
      method: 'GET',
      path: /\/pulls\/7\/files$/,
      status: 429,
      headers: { 'retry-after': '0', 'x-ratelimit-remaining': '0' },
    });
    const run = await runFake({ 'pr-comment': 'false' }, { event: prEvent() });
    expect(github.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(2);
    expect(annotations(run).filter((a) => a.command === 'warning')).toEqual([]);
  });

  it('check run: annotations batched 50 per request', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `FINDME:warning:w${i}`);
    await plant({ 'many.txt': `${lines.join('\n')}\n` });
    const run = await runFake({ 'check-run': 'true', 'fail-on': 'error' });
    expect(run.exitCode).toBe(0);
    expect(github.checkRuns).toHaveLength(1);
    const checkRun = github.checkRuns[0]!;
    expect(checkRun).toMatchObject({
      name: 'mlsec scan-pii',
      head_sha: 'a'.repeat(40),
      conclusion: 'success',
    });
    expect(checkRun.output.annotations).toHaveLength(120);
    expect(checkRun.output.annotations[0]).toEqual({
      path: 'many.txt',
      start_line: 1,
      end_line: 1,
      start_column: 1,
      end_column: 1,
      annotation_level: 'warning',
      title: 'test/planted',
      message: 'planted w0',
    });
    const sizes = github.requests
      .filter((r) => /check-runs/.test(r.path))
      .map(
        (r) => `${r.method} ${(r.body as { output: { annotations: unknown[] } }).output.annotations.length}`,
      );
    expect(sizes).toEqual(['POST 50', 'PATCH 50', 'PATCH 20']);
  });

  it('check run without checks: write is a warning naming the permission', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.fail({ method: 'POST', path: /\/check-runs$/, status: 403 });
    const run = await runFake({ 'check-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(annotations(run).find((a) => a.command === 'warning')?.message).toBe(
      'mlsec could not publish the check run (HTTP 403): the token lacks `checks: write`. Grant it in the workflow: permissions: { checks: write }.',
    );
  });

  it('the job summary stays under 1 MiB and says how many rows it left out', async () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `FINDME:error:${'long message '.repeat(8)}${i}`);
    await plant({ 'huge.txt': `${lines.join('\n')}\n` });
    const run = await runFake({ 'fail-on': 'never' });
    const bytes = Buffer.byteLength(run.summary);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(900 * 1024);
    const hidden = /_(\d+) more findings of scan-pii not shown here/.exec(run.summary);
    expect(hidden).not.toBeNull();
    const rows = run.summary.split('\n').filter((line) => line.startsWith('| 🔴'));
    expect(rows.length + Number(hidden![1])).toBe(12_000);
  });

  it('inline suppressions, baseline and config suppressions are honoured', async () => {
    await plant({
      'a.txt':
        '# mlsec-ignore: test/planted\nFINDME:error:suppressed-above\nFINDME:error:kept\nFINDME:error:same-line # mlsec-ignore: test/*\nspacer\nFINDME:error:data-row,mlsec-ignore: test/planted\n',
      'fixtures/x.txt': 'FINDME:error:config\n',
      '.github/mlsec.yml':
        'suppressions:\n  - rule: test/planted\n    paths: ["fixtures/**"]\n    reason: synthetic fixtures\n',
    });
    const run = await runFake({});
    expect(run.outputs['findings']).toBe('2');
    expect(
      annotations(run)
        .filter((a) => a.properties.file)
        .map((a) => a.message),
    ).toEqual(['test/planted: planted kept', 'test/planted: planted data-row,mlsec-ignore: test/planted']);
    expect(run.summary).toContain('**Suppressed findings**');
    expect(run.summary).toContain(
      '| `test/planted` | `a.txt:2:1` | inline | mlsec\\-ignore comment on line 1 |',
    );
    expect(run.summary).toContain('| `test/planted` | `fixtures/x.txt:1:1` | config | synthetic fixtures |');
    const off = await runFake({ 'inline-suppressions': 'false' });
    expect(off.outputs['findings']).toBe('4');
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    const suppressions = sarif.runs[0].results
      .filter((r: { suppressions?: unknown }) => r.suppressions)
      .map((r: { suppressions: Array<{ kind: string; justification: string }> }) => r.suppressions[0]);
    expect(suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'mlsec-ignore comment on line 1' },
      { kind: 'inSource', status: 'accepted', justification: 'mlsec-ignore comment on line 4' },
      { kind: 'external', status: 'accepted', justification: 'synthetic fixtures' },
    ]);
  });

  it('umbrella: checks from the config file, one SARIF run per check', async () => {
    await plant({ 'a.txt': 'FINDME:warning:w\n', '.github/mlsec.yml': 'checks: [scan-pii, scan-model]\n' });
    const run = await runActionYml(umbrellaAction, {
      workspace,
      apiUrl: github.url,
      mainOverride: fakeBundle,
      env: { MLSEC_TEST_TARGET: 'umbrella' },
    });
    expect(run.exitCode).toBe(0);
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'mlsec/scan-pii/',
      'mlsec/scan-model/',
    ]);
    expect(run.outputs['warnings']).toBe('2');
    expect(run.outputs['category']).toBe('');
    expect(run.summary).toContain('### ✅ mlsec scan-pii: passed');
    expect(run.summary).toContain('### ✅ mlsec scan-model: passed');
  });

  it('umbrella: its check run is named mlsec', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n', '.github/mlsec.yml': 'checks: [scan-pii, scan-model]\n' });
    const run = await runActionYml(umbrellaAction, {
      workspace,
      apiUrl: github.url,
      mainOverride: fakeBundle,
      inputs: { 'check-run': 'true' },
      env: { MLSEC_TEST_TARGET: 'umbrella' },
    });
    expect(run.exitCode).toBe(0);
    expect(github.checkRuns.map((r) => r.name)).toEqual(['mlsec']);
  });

  it('category names the comment, the files, the SARIF category, the output and the check run', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    const run = await runFake({ category: 'pii-data', 'check-run': 'true' }, { event: prEvent() });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      category: 'mlsec/pii-data',
      'sarif-file': path.join(run.runnerTemp, 'mlsec', 'pii-data.sarif'),
      summary: path.join(run.runnerTemp, 'mlsec', 'pii-data-summary.md'),
    });
    const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('mlsec/pii-data/');
    expect(github.comments.get(7)![0]!.body.split('\n')[0]).toBe('<!-- mlsec:sticky-comment:pii-data -->');
    expect(github.checkRuns.map((r) => r.name)).toEqual(['mlsec pii-data']);

    // The umbrella keeps one run per check, under the category.
    await plant({ '.github/mlsec.yml': 'checks: [scan-pii, scan-model]\n' });
    const umbrella = await runActionYml(umbrellaAction, {
      workspace,
      apiUrl: github.url,
      mainOverride: fakeBundle,
      inputs: { category: 'nightly' },
      env: { MLSEC_TEST_TARGET: 'umbrella' },
    });
    const runs = JSON.parse(await readFile(umbrella.outputs['sarif-file']!, 'utf8')).runs;
    expect(runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
      'nightly/scan-pii/',
      'nightly/scan-model/',
    ]);
    expect(umbrella.outputs['category']).toBe('nightly');
    expect(path.basename(umbrella.outputs['sarif-file']!)).toBe('nightly.sarif');
  });

  it('a marker comment written by another user is never taken over: a new comment is created', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    const planted = '<!-- mlsec:sticky-comment:scan-pii -->\nall clear, merge it';
    github.comments.set(7, [{ id: 1, body: planted, user: { login: 'mallory', type: 'User' } }]);
    const run = await runFake({}, { event: prEvent() });
    expect(run.exitCode).toBe(0);
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual({ id: 1, body: planted, user: { login: 'mallory', type: 'User' } });
    expect(comments[1]!.user.login).toBe('github-actions[bot]');
    expect(github.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toEqual([]);
    // With comment-author set to that user (a PAT's), the comment is theirs to edit.
    await runFake({ 'comment-author': 'mallory' }, { event: prEvent() });
    expect(github.requestsTo('PATCH', /\/issues\/comments\/1$/)).toHaveLength(1);
  });

  it('a pull request with more files than GitHub lists is not diff-scoped, with a warning', async () => {
    await plant({ 'a.txt': 'FINDME:error:one\n', 'b.txt': 'FINDME:error:two\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    const event = prEvent();
    (event.payload.pull_request as Record<string, unknown>).changed_files = 3500;
    const run = await runFake({ 'pr-comment': 'false' }, { event });
    expect(run.outputs['findings']).toBe('2');
    expect(
      annotations(run)
        .filter((a) => a.command === 'warning')
        .map((a) => a.message),
    ).toEqual([
      'mlsec: the pull request changes 3500 files; GitHub lists only the first 3000, so every finding is reported',
    ]);
    // When the list is complete, diff scope applies.
    (event.payload.pull_request as Record<string, unknown>).changed_files = 1;
    expect((await runFake({ 'pr-comment': 'false' }, { event })).outputs['findings']).toBe('1');
  });

  it('a 502 on creating the comment is not repeated (it may have been posted) and is a warning', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 5 });
    const run = await runFake({}, { event: prEvent() });
    expect(run.exitCode).toBe(0);
    expect(github.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(
      annotations(run)
        .filter((a) => a.command === 'warning')
        .map((a) => a.message),
    ).toEqual(['mlsec could not update the pull request comment: GitHub answered HTTP 502 (fake 502).']);
  });

  it('a 403 rate limit that resets too late names the rate limit, not a permission', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n' });
    github.pullFiles.set(7, [{ filename: 'a.txt', status: 'added' }]);
    github.fail({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
    });
    const run = await runFake({}, { event: prEvent() });
    expect(run.exitCode).toBe(0);
    expect(github.requestsTo('GET', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(annotations(run).find((a) => a.command === 'warning')?.message).toBe(
      'mlsec could not update the pull request comment (HTTP 403): rate limit exhausted for this token, and it does not reset soon enough to wait for it.',
    );
  });

  it('annotation slots: the failure and the reporting warnings take their slots, exactly 10 per level', async () => {
    const lines = [
      ...Array.from({ length: 25 }, (_, i) => `FINDME:error:e${i}`),
      ...Array.from({ length: 12 }, (_, i) => `FINDME:warning:w${i}`),
      ...Array.from({ length: 12 }, (_, i) => `FINDME:note:n${i}`),
    ];
    await plant({ 'many.txt': `${lines.join('\n')}\n` });
    // Two reporting problems, joined into one warning annotation.
    github.fail({ method: 'POST', path: /\/check-runs$/, status: 403 });
    const run = await runFake(
      { 'check-run': 'true', 'job-summary': 'true' },
      {
        env: {
          MLSEC_GITHUB_RETRY_DELAY_MS: '1',
          GITHUB_STEP_SUMMARY: path.join(workspace, 'no-such-dir', 's.md'),
        },
      },
    );
    expect(run.exitCode).toBe(1);
    const shown = annotations(run);
    const of = (level: string) => shown.filter((a) => a.command === level);
    expect(of('error')).toHaveLength(10);
    expect(of('warning')).toHaveLength(10);
    expect(of('notice')).toHaveLength(10);
    expect(of('error').at(-1)!.message).toMatch(/^mlsec scan-pii: findings at or above fail-on/);
    expect(of('error').filter((a) => a.properties.file)).toHaveLength(9);
    expect(of('warning').filter((a) => a.properties.file)).toHaveLength(9);
    expect(of('warning').at(-1)!.message.split('\n')).toEqual([
      expect.stringMatching(/^mlsec could not write the job summary: /),
      'mlsec could not publish the check run (HTTP 403): the token lacks `checks: write`. Grant it in the workflow: permissions: { checks: write }.',
    ]);
    expect(of('notice').filter((a) => a.properties.file)).toHaveLength(9);
    expect(of('notice').at(-1)!.message).toBe(
      '22 more findings not annotated here (GitHub shows 10 per level per step): see the job summary, code scanning or scan-pii.sarif.',
    );
  });

  it('the check run summary is rendered for its own ~60,000-byte budget', async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `FINDME:warning:${'message '.repeat(6)}${i}`);
    await plant({ 'many.txt': `${lines.join('\n')}\n` });
    const run = await runFake({ 'check-run': 'true', 'fail-on': 'never' });
    expect(run.exitCode).toBe(0);
    const summary = github.checkRuns[0]!.output.summary!;
    expect(summary).not.toContain('(summary truncated)');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(60_000 + 200);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(50_000);
    const hidden = /_(\d+) more findings of scan-pii not shown here/.exec(summary);
    expect(hidden).not.toBeNull();
    expect(summary.split('\n').filter((line) => line.startsWith('| 🟠')).length + Number(hidden![1])).toBe(
      3_000,
    );
    expect(summary).toContain('_2000 findings beyond the first 1000 are not annotated._');
    expect(github.checkRuns[0]!.output.annotations).toHaveLength(1000);
  });

  it('an unwritable sarif-file is an error naming the input; an unwritable job summary a warning', async () => {
    await plant({ 'a.txt': 'FINDME:note:n\n', 'file.txt': 'x' });
    const bad = await runFake({ 'sarif-file': 'file.txt/out.sarif' });
    expect(bad.exitCode).toBe(1);
    expect(annotations(bad).map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^mlsec: input sarif-file: cannot write .*file\.txt\/out\.sarif \(file\.txt is not a directory\)$/,
      ),
    ]);
    const summary = await runFake(
      {},
      {
        env: { MLSEC_GITHUB_RETRY_DELAY_MS: '1', GITHUB_STEP_SUMMARY: path.join(workspace, 'nope', 's.md') },
      },
    );
    expect(summary.exitCode).toBe(0);
    expect(
      annotations(summary)
        .filter((a) => a.command === 'warning')
        .map((a) => a.message),
    ).toEqual([expect.stringMatching(/^mlsec could not write the job summary: /)]);
  });

  it("a check's failing verdict fails the step with its reason, whatever fail-on says", async () => {
    await plant({ 'a.txt': 'nothing planted\n' });
    const run = await runFake(
      { 'fail-on': 'never' },
      { env: { MLSEC_GITHUB_RETRY_DELAY_MS: '1', MLSEC_TEST_VERDICT: 'the signature does not match' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs['result']).toBe('failure');
    expect(annotations(run).map((a) => [a.command, a.message])).toEqual([
      ['error', 'mlsec scan-pii: the signature does not match'],
    ]);
    expect(run.summary).toContain('**Failed:** the signature does not match');
    expect(run.logLines).toContain(
      'mlsec: scan-pii: 0 errors, 0 warnings, 0 notes; failed: the signature does not match (fail-on: never)',
    );
  });

  it('keyed baseline entries with a per-run random key are a warning; a short key an error naming the input', async () => {
    await plant({
      'a.txt': 'x\n',
      '.mlsec-baseline.json': JSON.stringify({
        version: 1,
        tool: 'mlsec',
        findings: [{ ruleId: 'pii/us-ssn', path: 'a.txt', fingerprint: 'v1:k:0123' }],
      }),
    });
    const run = await runFake({});
    expect(run.exitCode).toBe(0);
    expect(annotations(run).map((a) => [a.command, a.message])).toEqual([
      [
        'warning',
        'mlsec: baseline .mlsec-baseline.json: 1 keyed (v1:k:) fingerprint cannot match without the same fingerprint-key, and this run uses a per-run random key; set fingerprint-key (MLSEC_FINGERPRINT_KEY for the CLI) from a secret',
      ],
    ]);
    expect(annotations(await runFake({ 'fingerprint-key': 'a-long-enough-secret-value' }))).toEqual([]);
    const short = await runFake({ 'fingerprint-key': 'short' });
    expect(short.exitCode).toBe(1);
    expect(annotations(short).map((a) => a.message)).toEqual([
      'mlsec: input fingerprint-key: must be at least 16 characters (use a random secret)',
    ]);
  });
});
