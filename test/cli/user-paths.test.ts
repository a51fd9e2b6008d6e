import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

/**
 * Paths typed on the command line are the user's: relative to the working directory, accepted
 * anywhere. The root (`--root`, else the git top level of the working directory) is what config
 * discovery, the default baseline and option defaults are relative to, and what findings are named
 * relative to; files outside it are named by absolute path (`file://` URIs in SARIF).
 */

const sourceRoot = path.resolve(import.meta.dirname, '../..');
let build: string;
let cli: string;
let base: string;
/** A git repository (a `.git` directory) whose sub-directory the commands run in. */
let repo: string;
let cwd: string;
/** Files the user names outside the repository. */
let outside: string;

const DATA = 'name,email\nJane,jane.doe@corp-mail.net\n';
const EMAIL_FINDING =
  'warning pii/email-address: Email address in column "email": j***@***.net (confidence 0.99)';
const privateKeyPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
});

beforeAll(async () => {
  // The CLI as shipped, built from these sources (not the committed dist, which may lag behind).
  build = await mkdtemp(path.join(os.tmpdir(), 'mlsec-cli-build-'));
  const built = spawnSync(process.execPath, [path.join(sourceRoot, 'scripts/build.mjs'), '--out', build], {
    encoding: 'utf8',
  });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  cli = path.join(build, 'dist/cli.mjs');
}, 120_000);

afterAll(async () => {
  await rm(build, { recursive: true, force: true });
});

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-user-paths-')));
  repo = path.join(base, 'repo');
  cwd = path.join(repo, 'sub');
  outside = path.join(base, 'elsewhere dir');
  await mkdir(path.join(repo, '.git'), { recursive: true });
  await mkdir(cwd, { recursive: true });
  await mkdir(path.join(outside, 'data'), { recursive: true });
  await writeFile(path.join(outside, 'data', 'a#1.csv'), DATA);
  await mkdir(path.join(repo, 'data'));
  await writeFile(path.join(repo, 'data', 'in.csv'), DATA);
});

function run(args: string[], from = cwd) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: from,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function runIn(args: string[], from = cwd) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: from,
    // A stable key: the baseline tests compare keyed fingerprints across runs.
    env: { MLSEC_FINGERPRINT_KEY: 'a-stable-secret-0123456789' },
    stderrIsTty: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

interface SarifLog {
  runs: Array<{
    results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}

const uris = (log: SarifLog) =>
  log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);

describe('scan-pii on paths outside the working directory (built CLI)', () => {
  it('names files outside the root by absolute path, and files inside it relative to the git top level', () => {
    const outsideFile = path.join(outside, 'data', 'a#1.csv');
    // `../data` is relative to the working directory (repo/sub): the repository's data directory.
    const text = run(['scan-pii', outsideFile, '../data', '--fail-on', 'never']);
    expect(text).toEqual({
      code: 0,
      stdout:
        `${outsideFile}:2:6: ${EMAIL_FINDING}\n` +
        `data/in.csv:2:6: ${EMAIL_FINDING}\n` +
        'mlsec scan-pii: 0 errors, 2 warnings, 0 notes; passed (fail-on: never)\n',
      stderr: '',
    });

    const json = run(['scan-pii', path.join(outside, 'data'), '../data', '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { findings: Array<{ location: { path: string } }> };
    expect(report.findings.map((finding) => finding.location.path)).toEqual([outsideFile, 'data/in.csv']);

    const sarif = run(['scan-pii', outsideFile, '../data/in.csv', '--format', 'sarif']);
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const fileUri = pathToFileURL(outsideFile).href;
    // Percent-encoded: the space and the `#` of the names.
    expect(fileUri).toBe(`file://${base}/elsewhere%20dir/data/a%231.csv`);
    expect(uris(log)).toEqual([fileUri, 'data/in.csv']);
  });

  it('--root decides what is inside: the same file is then named relative to it', () => {
    const result = run(['scan-pii', path.join(outside, 'data'), '--root', outside, '--format', 'sarif']);
    expect(result.code).toBe(0);
    expect(uris(JSON.parse(result.stdout) as SarifLog)).toEqual(['data/a%231.csv']);
    // A relative --root is relative to the working directory.
    const text = run(['scan-pii', '../data', '--root', '..', '--fail-on', 'never']);
    expect(text.stdout).toBe(
      `data/in.csv:2:6: ${EMAIL_FINDING}\nmlsec scan-pii: 0 errors, 1 warning, 0 notes; passed (fail-on: never)\n`,
    );
  });
});

describe('the root and the config file', () => {
  it('defaults to the git top level, also when .git is a file (a worktree), else the working directory', async () => {
    const worktree = path.join(base, 'worktree');
    await mkdir(path.join(worktree, 'deep', 'er'), { recursive: true });
    await writeFile(path.join(worktree, '.git'), 'gitdir: /elsewhere/.git/worktrees/w\n');
    await writeFile(path.join(worktree, 'x.csv'), DATA);
    const fromDeep = await runIn(['scan-pii', '../../x.csv'], path.join(worktree, 'deep', 'er'));
    expect(fromDeep.stdout.split('\n')[0]).toBe(`x.csv:2:6: ${EMAIL_FINDING}`);
    // No .git anywhere above: the working directory is the root.
    const plain = path.join(outside, 'data');
    const fromPlain = await runIn(['scan-pii', 'a#1.csv'], plain);
    expect(fromPlain.stdout.split('\n')[0]).toBe(`a#1.csv:2:6: ${EMAIL_FINDING}`);
  });

  it('finds .github/mlsec.yml at the root, not in the working directory', async () => {
    await mkdir(path.join(repo, '.github'));
    await writeFile(path.join(repo, '.github', 'mlsec.yml'), 'fail-on: warning\n');
    const result = await runIn(['scan-pii', path.join(outside, 'data')]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').at(-2)).toBe(
      'mlsec scan-pii: 0 errors, 1 warning, 0 notes; failed (fail-on: warning)',
    );
  });

  it('--config and --baseline typed on the command line may be outside the root, relative to the cwd', async () => {
    await writeFile(path.join(outside, 'mlsec.yml'), 'fail-on: warning\n');
    const failing = await runIn(['scan-pii', '../data', '--config', '../../elsewhere dir/mlsec.yml']);
    expect(failing.code).toBe(1);
    const written = await runIn([
      'scan-pii',
      '../data',
      path.join(outside, 'data'),
      '--write-baseline',
      '../../b.json',
    ]);
    expect(written).toEqual({ code: 0, stdout: '', stderr: 'mlsec: wrote 2 fingerprints to ../../b.json\n' });
    const baseline = JSON.parse(await readFile(path.join(base, 'b.json'), 'utf8')) as {
      findings: Array<{ path: string }>;
    };
    expect(baseline.findings.map((entry) => entry.path)).toEqual([
      path.join(outside, 'data', 'a#1.csv'),
      'data/in.csv',
    ]);
    // The baseline matches both findings again (fingerprints of the absolute path are stable).
    const accepted = await runIn([
      'scan-pii',
      '../data',
      path.join(outside, 'data'),
      '--config',
      path.join(outside, 'mlsec.yml'),
      '--baseline',
      path.join(base, 'b.json'),
      '--format',
      'json',
    ]);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout).summary).toMatchObject({ warning: 0, suppressed: 2 });
  });

  it('inline suppressions work in files outside the root', async () => {
    await writeFile(
      path.join(outside, 'data', 'b.txt'),
      '# mlsec-ignore: pii/email-address\njane.doe@corp-mail.net\n',
    );
    const result = await runIn(['scan-pii', path.join(outside, 'data', 'b.txt'), '--format', 'json']);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ warning: 0, suppressed: 1 });
  });

  it('still refuses paths in the config file that leave the root, naming the file and the key', async () => {
    await mkdir(path.join(repo, '.github'));
    const config = path.join(repo, '.github', 'mlsec.yml');
    await writeFile(config, `verify-provenance:\n  public-key: ${path.join(outside, 'pub.pem')}\n`);
    expect(await runIn(['verify-provenance', '--method', 'key'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: config .github/mlsec.yml: key verify-provenance.public-key: ${JSON.stringify(path.join(outside, 'pub.pem'))} is outside ${repo}\n`,
    });
    await writeFile(config, 'sign-model:\n  signature: ../model.sig\n');
    expect((await runIn(['sign-model', path.join(outside, 'data')])).stderr).toBe(
      `mlsec: config .github/mlsec.yml: key sign-model.signature: "../model.sig" is outside ${repo}\n`,
    );
    await writeFile(config, 'baseline: ../b.json\n');
    expect(await runIn(['scan-pii', path.join(outside, 'data')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: config .github/mlsec.yml: key baseline: "../b.json" is outside ${repo}\n`,
    });
  });

  it('refuses a --root that is not a directory, naming the option', async () => {
    expect(await runIn(['scan-pii', '--root', '../data/in.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsec: option root: "../data/in.csv" is not a directory\n',
    });
    expect((await runIn(['scan-pii', '--root', 'nope'])).stderr).toBe(
      'mlsec: option root: "nope" does not exist\n',
    );
    expect((await runIn(['scan-pii', 'nope.csv'])).stderr).toBe(
      'mlsec: paths argument: "nope.csv" does not exist\n',
    );
  });
});

describe('sign-model and verify-provenance on a model outside the root', () => {
  let model: string;
  let keyFile: string;
  let publicKeyFile: string;

  beforeEach(async () => {
    model = path.join(outside, 'model');
    await mkdir(model);
    await writeFile(path.join(model, 'weights.bin'), 'weights');
    await writeFile(path.join(model, 'config.json'), '{}\n');
    keyFile = path.join(outside, 'k.pem');
    await writeFile(keyFile, privateKeyPem);
    publicKeyFile = path.join(outside, 'pub.pem');
    const { createPublicKey } = await import('node:crypto');
    await writeFile(
      publicKeyFile,
      createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString(),
    );
  });

  it('signs and verifies with every path absolute and outside the working directory (built CLI)', async () => {
    const signature = path.join(model, 'model.sig');
    const signed = run([
      'sign-model',
      model,
      '--method',
      'key',
      '--private-key',
      keyFile,
      '--signature',
      signature,
    ]);
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(
      new RegExp(
        `^Signed files of ${escape(model)} \\(key, files, sha256\\):\n` +
          `  File: ${escape(model)}/config\\.json; Bytes: 3; Digest: sha256:[0-9a-f]{64}\n` +
          `  File: ${escape(model)}/weights\\.bin; Bytes: 7; Digest: sha256:[0-9a-f]{64}\n` +
          'mlsec sign-model: 0 errors, 0 warnings, 0 notes; passed \\(fail-on: error\\)\n$',
      ),
    );
    expect((await stat(signature)).isFile()).toBe(true);

    const args = [
      'verify-provenance',
      model,
      '--signature',
      signature,
      '--method',
      'key',
      '--public-key',
      publicKeyFile,
    ];
    const verified = run(args);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(
      new RegExp(
        `^Verified artifacts:\n  Artifact: ${escape(model)}; Kind: OMS \\(key\\); Signer: public key [0-9a-f]{16}; Status: verified \\(2 resources\\)\n`,
      ),
    );

    await writeFile(path.join(model, 'weights.bin'), 'tampered');
    const tampered = run([...args, '--format', 'sarif']);
    expect(tampered.code).toBe(1);
    const log = JSON.parse(tampered.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(uris(log)).toEqual([pathToFileURL(path.join(model, 'weights.bin')).href]);
    const json = run([...args, '--format', 'json']);
    expect(JSON.parse(json.stdout).findings).toEqual([
      expect.objectContaining({
        ruleId: 'provenance/file-modified',
        message: `${model}/weights.bin was modified after signing`,
        location: { path: `${model}/weights.bin` },
      }),
    ]);
  });

  it('from the file system root, with the default signature beside it: sign, then verify relative paths', async () => {
    // From `outside` (no .git above it) the root is the working directory: everything is inside.
    const signed = await runIn(['sign-model', 'model', '--method', 'key', '--private-key', 'k.pem'], outside);
    expect(signed.code).toBe(0);
    expect(signed.stdout.split('\n')[0]).toBe('Signed files of model (key, files, sha256):');
    expect((await stat(path.join(outside, 'model.sig'))).isFile()).toBe(true);
    const verified = await runIn(
      [
        'verify-provenance',
        'model',
        '--signature',
        'model.sig',
        '--method',
        'key',
        '--public-key',
        'pub.pem',
      ],
      outside,
    );
    expect(verified).toMatchObject({ code: 0, stderr: '' });
  });

  it('typed key and signature paths are relative to the working directory, not the root', async () => {
    await mkdir(path.join(cwd, 'keys'));
    await writeFile(path.join(cwd, 'keys', 'k.pem'), privateKeyPem);
    const signed = await runIn([
      'sign-model',
      model,
      '--method',
      'key',
      '--private-key',
      'keys/k.pem',
      '--signature',
      'out/m.sig',
    ]);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    // In the working directory (repo/sub), not at the root.
    expect((await stat(path.join(cwd, 'out', 'm.sig'))).isFile()).toBe(true);
    const verified = await runIn([
      'verify-provenance',
      model,
      '--signature',
      'out/m.sig',
      '--method',
      'key',
      '--public-key',
      path.relative(cwd, publicKeyFile),
      '--format',
      'json',
    ]);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout).metrics).toMatchObject({ signature: 'sub/out/m.sig', verified: 1 });
  });

  it('keeps the safety rules: never over a file that is not a signature, never inside .git', async () => {
    const notes = path.join(outside, 'notes.txt');
    await writeFile(notes, 'mine');
    const base = ['sign-model', model, '--method', 'key', '--private-key', keyFile, '--signature'];
    expect(await runIn([...base, notes])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${JSON.stringify(notes)} exists and is not a signature bundle; refusing to replace it\n`,
    });
    expect(await readFile(notes, 'utf8')).toBe('mine');
    const inGit = path.join(outside, 'other', '.git', 'hooks', 'model.sig');
    expect(await runIn([...base, inGit])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${inGit} is inside a .git directory\n`,
    });
    await expect(stat(path.join(outside, 'other'))).rejects.toThrow(/ENOENT/);
    expect((await runIn([...base, '../.git/model.sig'])).stderr).toBe(
      // Inside the root: named root-relative, never by absolute path.
      'mlsec: signature: .git/model.sig is inside a .git directory\n',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a secret option value is never quoted', () => {
  beforeEach(async () => {
    await mkdir(path.join(repo, 'model'));
    await writeFile(path.join(repo, 'model', 'w.bin'), 'w');
    await writeFile(path.join(repo, 'f'), 'a file');
    await symlink('loop', path.join(repo, 'loop'));
  });

  it('private-key that is not a readable file: the reason, never the value', async () => {
    const long = `hunter2-${'x'.repeat(300)}`;
    const cases: Array<[string, string]> = [
      ['f/hunter2-passphrase', 'ENOTDIR'],
      [long, 'ENAMETOOLONG'],
      ['missing/hunter2-passphrase', 'ENOENT'],
      ['loop', 'ELOOP'],
      [`${outside}/hunter2-passphrase`, 'ENOENT'],
      ['hunter2\0passphrase', 'ERR_INVALID_ARG_VALUE'],
    ];
    for (const [value, code] of cases) {
      const result = await runIn(
        ['sign-model', 'model', '--method', 'key', '--private-key', value, '--signature', 'm.sig'],
        repo,
      );
      expect(result, value).toEqual({
        code: 2,
        stdout: '',
        stderr: `mlsec: private-key is neither a PEM key (-----BEGIN ...) nor the name of a readable key file (cannot be read (${code}))\n`,
      });
    }
  });
});

describe('typed paths lexically inside the root follow the in-root rules', () => {
  let home: string;

  beforeEach(async () => {
    home = path.join(base, 'home');
    await mkdir(home);
    await writeFile(path.join(home, 'secret.csv'), DATA);
    await symlink('../home', path.join(repo, 'planted'));
    await mkdir(path.join(repo, 'model'));
    await writeFile(path.join(repo, 'model', 'w.bin'), 'w');
    await writeFile(path.join(repo, 'k.pem'), privateKeyPem);
  });

  it('a repository link under a typed scan path is refused, typed relative or absolute', async () => {
    const refused = (typed: string) => ({
      code: 2,
      stdout: '',
      stderr: `mlsec: paths argument: ${JSON.stringify(typed)} resolves through a symbolic link to outside ${repo}\n`,
    });
    expect(await runIn(['scan-pii', 'planted', '--format', 'sarif'], repo)).toEqual(refused('planted'));
    expect(await runIn(['scan-pii', '../planted/secret.csv'])).toEqual(refused('../planted/secret.csv'));
    const absolute = path.join(repo, 'planted');
    expect(await runIn(['scan-pii', absolute])).toEqual(refused(absolute));
    // The root as --root spells it counts too, when that spelling is itself a link.
    const linkedRoot = path.join(base, 'linked-repo');
    await symlink(repo, linkedRoot);
    const viaLink = path.join(linkedRoot, 'planted');
    expect(await runIn(['scan-pii', viaLink, '--root', linkedRoot])).toEqual(refused(viaLink));
    // The same for the files the run reads before any check: --config and --baseline.
    await writeFile(path.join(home, 'mlsec.yml'), 'fail-on: never\n');
    expect(await runIn(['scan-pii', 'data', '--config', 'planted/mlsec.yml'], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: option config: "planted/mlsec.yml" resolves through a symbolic link to outside ${repo}\n`,
    });
    // Outside the root, the user's own link is followed (the user named it).
    const own = path.join(outside, 'own-link');
    await symlink(home, own);
    const followed = await runIn(['scan-pii', own, '--fail-on', 'never']);
    expect(followed.stdout.split('\n')[0]).toBe(`${path.join(home, 'secret.csv')}:2:6: ${EMAIL_FINDING}`);
  });

  it('a typed option file behind a repository link is refused', async () => {
    await writeFile(path.join(home, 'pub.pem'), 'x');
    expect(
      await runIn(
        [
          'verify-provenance',
          'model',
          '--signature',
          'm.sig',
          '--method',
          'key',
          '--public-key',
          'planted/pub.pem',
        ],
        repo,
      ),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: public-key: "planted/pub.pem" resolves through a symbolic link to outside ${repo}\n`,
    });
  });

  it('a typed signature path through a repository link is not written', async () => {
    const result = await runIn(
      [
        'sign-model',
        'model',
        '--method',
        'key',
        '--private-key',
        'k.pem',
        '--signature',
        'planted/model.sig',
      ],
      repo,
    );
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${path.join(repo, 'planted', 'model.sig')} resolves through a symbolic link to outside ${repo}\n`,
    });
    await expect(stat(path.join(home, 'model.sig'))).rejects.toThrow(/ENOENT/);
  });
});

describe('paths in the config file are checked against the root', () => {
  beforeEach(async () => {
    await mkdir(path.join(repo, '.github'));
    await mkdir(path.join(repo, 'model'));
    await writeFile(path.join(repo, 'model', 'w.bin'), 'w');
    await writeFile(path.join(repo, 'k.pem'), privateKeyPem);
  });

  it('an absolute path inside the root is accepted', async () => {
    const signature = path.join(repo, 'sigs', 'model.sig');
    await writeFile(path.join(repo, '.github', 'mlsec.yml'), `sign-model:\n  signature: ${signature}\n`);
    const signed = await runIn(['sign-model', 'model', '--method', 'key', '--private-key', 'k.pem'], repo);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    expect((await stat(signature)).isFile()).toBe(true);
  });

  it('the signer\'s "anywhere" files are the repository\'s own when the config file names them', async () => {
    const cert = path.join(outside, 'outside-cert.pem');
    await writeFile(cert, 'not read');
    const config = path.join(repo, '.github', 'mlsec.yml');
    await writeFile(config, `sign-model:\n  certificate-chain: [${cert}]\n`);
    const args = ['sign-model', 'model', '--method', 'certificate', '--private-key', 'k.pem'];
    expect(await runIn(args, repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: config .github/mlsec.yml: key sign-model.certificate-chain: ${JSON.stringify(cert)} is outside ${repo}\n`,
    });
    // Inside the root by name, outside through a link: refused when read.
    await symlink(cert, path.join(repo, 'chain.pem'));
    await writeFile(config, 'sign-model:\n  certificate-chain: [chain.pem]\n');
    expect(await runIn(args, repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: certificate-chain: "chain.pem" resolves through a symbolic link to outside ${repo}\n`,
    });
  });
});

describe('small review fixes', () => {
  it('says why a typed path outside the root cannot be resolved', async () => {
    await writeFile(path.join(outside, 'file'), 'x');
    const typed = path.join(outside, 'file', 'x.csv');
    expect(await runIn(['scan-pii', typed])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: paths argument: ${JSON.stringify(typed)} cannot be resolved (ENOTDIR)\n`,
    });
  });

  it('never writes a signature inside a .git directory, whatever its case', async () => {
    const model = path.join(outside, 'model');
    await mkdir(model);
    await writeFile(path.join(model, 'w.bin'), 'w');
    await writeFile(path.join(outside, 'k.pem'), privateKeyPem);
    const inGit = path.join(outside, 'other', '.GIT', 'model.sig');
    const args = ['sign-model', model, '--method', 'key', '--private-key', path.join(outside, 'k.pem')];
    expect(await runIn([...args, '--signature', inGit])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${inGit} is inside a .git directory\n`,
    });
    await expect(stat(path.join(outside, 'other'))).rejects.toThrow(/ENOENT/);
  });
});

describe('report files the repository could have planted a link for', () => {
  it('--output and --write-baseline inside the root never write through a link; the target stays as it was', async () => {
    const outsideFile = path.join(outside, 'bashrc');
    await writeFile(outsideFile, 'export PATH=/usr/bin\n');
    await symlink(outsideFile, path.join(repo, 'mlsec.sarif'));
    await symlink(outsideFile, path.join(repo, 'baseline.json'));
    await symlink(outside, path.join(repo, 'reports'));
    for (const args of [
      ['--output', 'mlsec.sarif'],
      ['--write-baseline', 'baseline.json'],
    ]) {
      const result = await runIn(['scan-pii', 'data', '--format', 'sarif', ...args], repo);
      expect(result.code).toBe(0);
      expect(await readFile(outsideFile, 'utf8')).toBe('export PATH=/usr/bin\n');
      // The link itself was replaced by the report: the name the user typed holds what they asked for.
      expect((await lstat(path.join(repo, args[1]!))).isFile()).toBe(true);
    }
    const through = await runIn(
      ['scan-pii', 'data', '--format', 'sarif', '--output', 'reports/x.sarif'],
      repo,
    );
    expect(through.code).toBe(2);
    expect(through.stderr).toContain('option output: cannot write');
    expect(through.stderr).toContain('(reports is a symbolic link (not followed))');
    await expect(readFile(path.join(outside, 'x.sarif'))).rejects.toThrow(/ENOENT/);
  });
});
