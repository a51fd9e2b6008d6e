import { generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';

/** Issue 13 (9d): a repository's `.git` is not its content: no signature is written or read there. */

let repo: string;

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: repo,
    env: {},
    stderrIsTty: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

beforeEach(async () => {
  repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-sig-git-')));
  await mkdir(path.join(repo, '.git', 'hooks'), { recursive: true });
  await mkdir(path.join(repo, 'models/m'), { recursive: true });
  await writeFile(path.join(repo, 'models/m/w.safetensors'), 'weights');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(path.join(repo, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await writeFile(path.join(repo, 'signing.pub.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
});

const SIGN = ['sign-model', 'models/m', '--method', 'key', '--private-key', 'signing.pem'];
const VERIFY = ['verify-provenance', 'models/m', '--method', 'key', '--public-key', 'signing.pub.pem'];

describe('--signature inside .git', () => {
  it.each([
    ['.git/model.sig', '.git/model.sig'],
    ['.GIT/model.sig', '.GIT/model.sig'],
    ['.git/hooks/model.sig', '.git/hooks/model.sig'],
    ['x/.git/../.git/hooks/model.sig', 'x/.git/hooks/model.sig'],
    ['x/../.git/hooks/model.sig', '.git/hooks/model.sig'],
    ['models/.Git/model.sig', 'models/.Git/model.sig'],
  ])('sign-model refuses to write %s, naming it as %s', async (typed, named) => {
    expect(await cli([...SIGN, '--signature', typed])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${named} is inside a .git directory\n`,
    });
    expect(await readdir(path.join(repo, '.git/hooks'))).toEqual([]);
    expect((await readdir(path.join(repo, '.git'))).sort()).toEqual(['hooks']);
  });

  it.each([
    ['.git/model.sig', '.git/model.sig'],
    ['x/.git/../.git/model.sig', 'x/.git/model.sig'],
    ['x/../.git/model.sig', '.git/model.sig'],
    // Through a directory link into .git, or a link to a file there.
    ['sigs/model.sig', 'sigs/model.sig'],
    ['models/m/link.sig', 'models/m/link.sig'],
  ])('verify-provenance refuses to read %s, naming it as %s', async (typed, named) => {
    expect((await cli([...SIGN, '--signature', 'models/m/model.sig'])).code).toBe(0);
    expect((await cli([...VERIFY, '--signature', 'models/m/model.sig'])).code).toBe(0);
    await copyFile(path.join(repo, 'models/m/model.sig'), path.join(repo, '.git/model.sig'));
    await symlink(path.join(repo, '.git'), path.join(repo, 'sigs'));
    await symlink(path.join(repo, '.git/model.sig'), path.join(repo, 'models/m/link.sig'));
    expect(await cli([...VERIFY, '--signature', typed])).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: signature: ${named} is inside a .git directory\n`,
    });
  });

  it('verify-provenance refuses a .GIT directory too, whatever the file system makes of it', async () => {
    expect((await cli([...SIGN, '--signature', 'models/m/model.sig'])).code).toBe(0);
    await mkdir(path.join(repo, '.GIT'), { recursive: true });
    await copyFile(path.join(repo, 'models/m/model.sig'), path.join(repo, '.GIT/model.sig'));
    expect(await cli([...VERIFY, '--signature', '.GIT/model.sig'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsec: signature: .GIT/model.sig is inside a .git directory\n',
    });
  });
});
