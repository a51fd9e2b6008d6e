import { accessSync, constants } from 'node:fs';
import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import {
  displayPath,
  gitTopLevel,
  isDisplayPath,
  isUserPath,
  lexicallyInside,
  outsideUserPath,
  isNormalizedRelativePath,
  isSafeMemberName,
  realUserPath,
  relativeInside,
  resolveForReading,
  resolveInside,
  resolveInsideLexically,
  toPosix,
  userPath,
  walkFiles,
} from '../../src/core/paths.js';

let base: string;
let root: string;
let outside: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-paths-')));
  root = path.join(base, 'root');
  outside = path.join(base, 'outside');
  await mkdir(path.join(root, 'data', 'nested'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(root, 'data', 'a.csv'), 'a');
  await writeFile(path.join(root, 'data', 'nested', 'b.csv'), 'bb');
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
  await symlink(outside, path.join(root, 'leakdir'));
  await symlink(path.join(root, 'data', 'a.csv'), path.join(root, 'inner-link.csv'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('toPosix', () => {
  it('joins the platform separator as forward slashes', () => {
    expect(toPosix(['a', 'b', 'c.txt'].join(path.sep))).toBe('a/b/c.txt');
  });
});

describe('relativeInside', () => {
  it('returns root-relative forward-slash paths for paths inside', () => {
    expect(relativeInside('/repo', '/repo/data/a.csv')).toBe('data/a.csv');
    expect(relativeInside('/repo', '/repo/x')).toBe('x');
    expect(relativeInside('/repo/', '/repo/x/')).toBe('x');
  });

  it('returns . for the root itself', () => {
    expect(relativeInside('/repo', '/repo')).toBe('.');
    expect(relativeInside('/repo', '/repo/a/..')).toBe('.');
  });

  it('returns undefined for paths outside', () => {
    expect(relativeInside('/repo', '/')).toBeUndefined();
    expect(relativeInside('/repo', '/other/file')).toBeUndefined();
    expect(relativeInside('/repo', '/repo/../etc/passwd')).toBeUndefined();
    expect(relativeInside('/repo/sub', '/repo')).toBeUndefined();
    // A sibling that merely starts with the root's name is outside.
    expect(relativeInside('/repo', '/repository/file')).toBeUndefined();
  });

  it('keeps names that merely start with two dots inside', () => {
    expect(relativeInside('/repo', '/repo/..hidden')).toBe('..hidden');
    expect(relativeInside('/repo', '/repo/...')).toBe('...');
    expect(relativeInside('/repo', '/repo/a/..b/c')).toBe('a/..b/c');
  });
});

describe('resolveInside', () => {
  it('resolves a path inside the root', async () => {
    expect(await resolveInside(root, 'data/a.csv', 'model-path')).toEqual({
      absolute: path.join(root, 'data', 'a.csv'),
      relative: 'data/a.csv',
    });
    expect(await resolveInside(root, './data/nested/../a.csv', 'model-path')).toEqual({
      absolute: path.join(root, 'data', 'a.csv'),
      relative: 'data/a.csv',
    });
    expect(await resolveInside(root, '.', 'paths')).toEqual({ absolute: root, relative: '.' });
  });

  it('accepts an absolute path inside the root', async () => {
    expect(await resolveInside(root, path.join(root, 'data'), 'paths')).toEqual({
      absolute: path.join(root, 'data'),
      relative: 'data',
    });
  });

  it('accepts a symbolic link that stays inside the root', async () => {
    expect(await resolveInside(root, 'inner-link.csv', 'paths')).toEqual({
      absolute: path.join(root, 'inner-link.csv'),
      relative: 'inner-link.csv',
    });
  });

  it('refuses `..` escapes', async () => {
    const error = await usageError(resolveInside(root, '../outside/secret.txt', 'model-path'));
    expect(error.code).toBe('PATH_OUTSIDE_ROOT');
    expect(error.message).toBe(`model-path: "../outside/secret.txt" is outside ${root}`);
    expect((await usageError(resolveInside(root, 'data/../../outside', 'paths'))).code).toBe(
      'PATH_OUTSIDE_ROOT',
    );
    expect((await usageError(resolveInside(root, '..', 'paths'))).code).toBe('PATH_OUTSIDE_ROOT');
  });

  it('refuses absolute paths outside the root', async () => {
    const target = path.join(outside, 'secret.txt');
    const error = await usageError(resolveInside(root, target, 'signature'));
    expect(error.code).toBe('PATH_OUTSIDE_ROOT');
    expect(error.message).toBe(`signature: ${JSON.stringify(target)} is outside ${root}`);
  });

  it('refuses a symbolic link that points outside the root', async () => {
    const error = await usageError(resolveInside(root, 'leak.txt', 'model-path'));
    expect(error.code).toBe('PATH_OUTSIDE_ROOT');
    expect(error.message).toBe(`model-path: "leak.txt" resolves through a symbolic link to outside ${root}`);
  });

  it('refuses a file reached through a symlinked directory that points outside', async () => {
    const error = await usageError(resolveInside(root, 'leakdir/secret.txt', 'paths'));
    expect(error.code).toBe('PATH_OUTSIDE_ROOT');
    expect(error.message).toBe(
      `paths: "leakdir/secret.txt" resolves through a symbolic link to outside ${root}`,
    );
  });

  it('reports a missing file as FILE_NOT_FOUND with its cause', async () => {
    const error = await usageError(resolveInside(root, 'data/missing.csv', 'inputs'));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toBe('inputs: "data/missing.csv" does not exist');
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('refuses a NUL byte before touching the file system', async () => {
    const error = await usageError(resolveInside(root, 'data/a.csv\0.txt', 'model-path'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('model-path: path contains a NUL byte');
  });

  it('works when the root itself is reached through a symbolic link', async () => {
    const linkedRoot = path.join(base, 'linked-root');
    await symlink(root, linkedRoot);
    expect(await resolveInside(linkedRoot, 'data/a.csv', 'paths')).toEqual({
      absolute: path.join(linkedRoot, 'data', 'a.csv'),
      relative: 'data/a.csv',
    });
    expect((await usageError(resolveInside(linkedRoot, 'leak.txt', 'paths'))).code).toBe('PATH_OUTSIDE_ROOT');
  });
});

describe('user paths and display paths', () => {
  it('resolves a typed path against the working directory, and refuses a NUL byte naming the option', () => {
    expect(userPath('/work/sub', '../x/a.csv', 'option signature')).toMatchObject({
      absolute: '/work/x/a.csv',
      typed: '../x/a.csv',
    });
    expect(userPath('/work', '/tmp/a', 'paths argument').absolute).toBe('/tmp/a');
    expect(() => userPath('/work', 'a\0b', 'option signature')).toThrow(
      new UsageError('INVALID_INPUT', 'option signature: path contains a NUL byte'),
    );
  });

  it('names a file root-relative inside the root and absolute outside it', () => {
    expect(displayPath('/repo', '/repo/data/a.csv')).toBe('data/a.csv');
    expect(displayPath('/repo', '/repo')).toBe('.');
    expect(displayPath('/repo', '/tmp/x/../a.csv')).toBe('/tmp/a.csv');
    expect(displayPath('/repo', '/repository/a')).toBe('/repository/a');
    expect(isDisplayPath('/repo', '/tmp/a.csv')).toBe(true);
    expect(isDisplayPath('/repo', 'data/a.csv')).toBe(true);
    expect(isDisplayPath('/repo', '/repo/data/a.csv')).toBe(false);
    expect(isDisplayPath('/repo', '/tmp//a.csv')).toBe(false);
  });

  it('follows the links of a user path, and resolves the directory of one that does not exist yet', async () => {
    expect(await realUserPath(userPath(root, 'leak.txt', 'x'), 'x')).toBe(path.join(outside, 'secret.txt'));
    expect(await realUserPath(userPath(root, 'leakdir/new/x.sig', 'x'), 'x', { mayNotExist: true })).toBe(
      path.join(outside, 'new', 'x.sig'),
    );
    await expect(realUserPath(userPath(root, 'nope', 'x'), 'option public-key')).rejects.toThrow(
      new UsageError('FILE_NOT_FOUND', 'option public-key: "nope" does not exist'),
    );
  });

  it('says what happened when a user path cannot be resolved, by its code', async () => {
    await symlink('self-loop', path.join(base, 'self-loop'));
    for (const [typed, code] of [
      ['data/a.csv/x', 'ENOTDIR'],
      [path.join(base, 'self-loop'), 'ELOOP'],
    ]) {
      for (const mayNotExist of [false, true])
        await expect(
          realUserPath(userPath(root, typed!, 'x'), 'option signature', { mayNotExist }),
        ).rejects.toThrow(
          new UsageError(
            'FILE_NOT_FOUND',
            `option signature: ${JSON.stringify(typed)} cannot be resolved (${code})`,
          ),
        );
    }
    await expect(resolveInside(root, 'data/a.csv/x', 'input paths')).rejects.toThrow(
      new UsageError('FILE_NOT_FOUND', 'input paths: "data/a.csv/x" cannot be resolved (ENOTDIR)'),
    );
  });

  it('only userPath makes a user path: a look-alike object is not one', () => {
    expect(isUserPath(userPath('/work', 'a', 'x'))).toBe(true);
    for (const fake of [
      { kind: 'user', absolute: '/etc/passwd', typed: '/etc/passwd' },
      { ...userPath('/w', 'a', 'x') },
      '/a',
      null,
    ])
      expect(isUserPath(fake), JSON.stringify(fake)).toBe(false);
  });

  it('a user path lexically inside the root, or the root as given, is the repository spelling', () => {
    expect(lexicallyInside('/repo', userPath('/repo/sub', '../data/a.csv', 'x'))).toBe('data/a.csv');
    expect(lexicallyInside('/repo', userPath('/repo', '.', 'x'))).toBe('.');
    expect(lexicallyInside('/repo', userPath('/tmp', 'data', 'x'))).toBeUndefined();
    expect(lexicallyInside('/real/repo', userPath('/link/repo', 'data', 'x'), '/link/repo')).toBe('data');
    expect(
      lexicallyInside('/real/repo', userPath('/link/repository', 'x', 'x'), '/link/repo'),
    ).toBeUndefined();
  });

  it('reads an absolute display path as given only at or under a user path of the run', async () => {
    const secret = path.join(outside, 'secret.txt');
    const named = { root, userPaths: [outside], signerFiles: [] };
    expect(await resolveForReading(named, secret, 'public-key')).toBe(secret);
    expect(await resolveForReading(named, 'data/a.csv', 'public-key')).toBe(path.join(root, 'data', 'a.csv'));
    expect((await usageError(resolveForReading(named, 'leak.txt', 'public-key'))).code).toBe(
      'PATH_OUTSIDE_ROOT',
    );
    // Absolute, outside the root, and nobody named it: refused like any path that leaves the root.
    const action = { root, userPaths: [], signerFiles: [] };
    expect(await usageError(resolveForReading(action, secret, 'public-key'))).toEqual(
      new UsageError('PATH_OUTSIDE_ROOT', `public-key: ${JSON.stringify(secret)} is outside ${root}`),
    );
    const elsewhere = { root, userPaths: [path.join(base, 'elsewhere')], signerFiles: [] };
    expect((await usageError(resolveForReading(elsewhere, secret, 'public-key'))).code).toBe(
      'PATH_OUTSIDE_ROOT',
    );
    expect(outsideUserPath(named, path.join(root, 'data'))).toBeUndefined();
    expect(outsideUserPath(named, outside)).toBe(outside);
  });

  it('finds the git top level by a .git directory or file, without running git', async () => {
    const top = path.join(base, 'git-top');
    await mkdir(path.join(top, '.git'), { recursive: true });
    await mkdir(path.join(top, 'a', 'b'), { recursive: true });
    expect(await gitTopLevel(path.join(top, 'a', 'b'))).toBe(top);
    const worktree = path.join(top, 'a', 'wt');
    await mkdir(worktree);
    await writeFile(path.join(worktree, '.git'), 'gitdir: ../../.git/worktrees/wt\n');
    expect(await gitTopLevel(worktree)).toBe(worktree);
    expect(await gitTopLevel(root)).toBe(undefined);
  });
});

describe('resolveInsideLexically', () => {
  it('accepts a path that does not exist yet, inside the root', () => {
    expect(resolveInsideLexically(root, 'out/new.sig', 'option signature')).toEqual({
      absolute: path.join(root, 'out', 'new.sig'),
      relative: 'out/new.sig',
    });
  });

  it('refuses `..` escapes and absolute paths outside, naming the option', () => {
    expect(() => resolveInsideLexically(root, '../x', 'option signature')).toThrow(
      new UsageError('PATH_OUTSIDE_ROOT', `option signature: "../x" is outside ${root}`),
    );
    expect(() => resolveInsideLexically(root, '/etc/passwd', 'input signature')).toThrow(
      `input signature: "/etc/passwd" is outside ${root}`,
    );
  });
});

describe('isNormalizedRelativePath', () => {
  it('accepts normalized relative paths, including backslashes and drive-like names', () => {
    for (const name of ['.', 'a', 'a/b.txt', 'C:notes.txt', 'C:/x', 'a\\b.txt', '..a', 'a..', '.hidden/x']) {
      expect(isNormalizedRelativePath(name), name).toBe(true);
    }
  });

  it('refuses empty, `.` and `..` segments, a leading slash and NUL', () => {
    for (const name of ['', '/a', 'a//b', './a', 'a/.', '../a', 'a/..', 'a/', '..', 'a\0b', '//x']) {
      expect(isNormalizedRelativePath(name), JSON.stringify(name)).toBe(false);
    }
  });
});

describe('isSafeMemberName', () => {
  it('accepts ordinary relative names', () => {
    for (const name of [
      'model.pkl',
      'data/model.pkl',
      './a',
      'a/./b',
      '..a/b',
      'a/b..',
      'a..b',
      '.hidden',
      'a//b',
    ]) {
      expect(isSafeMemberName(name), name).toBe(true);
    }
  });

  it('refuses traversal, absolute, backslash, drive-letter, NUL and empty names', () => {
    for (const name of [
      '',
      '..',
      '../a',
      'a/..',
      'a/../../b',
      '/etc/passwd',
      '//server/share',
      'a\\b',
      '..\\a',
      'C:/Windows',
      'c:evil',
      'a\0b',
    ]) {
      expect(isSafeMemberName(name), JSON.stringify(name)).toBe(false);
    }
  });

  const segment = fc.oneof(
    fc.constantFrom('..', '.', '', 'a', 'b.txt', '...', '..x', 'C:', '\\', 'x\\..'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
  );
  const memberName = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));

  it('calls any name with a `..` segment, leading `/`, backslash or drive letter unsafe', () => {
    fc.assert(
      fc.property(memberName, (name) => {
        const dangerous =
          name.split('/').includes('..') ||
          name.startsWith('/') ||
          name.includes('\\') ||
          /^[A-Za-z]:/.test(name);
        if (dangerous) expect(isSafeMemberName(name)).toBe(false);
      }),
    );
  });

  it('never lets a safe name joined to a root leave it', () => {
    const safeRoot = '/srv/extract/root';
    fc.assert(
      fc.property(fc.oneof(memberName, fc.string({ unit: 'binary', maxLength: 20 })), (name) => {
        if (!isSafeMemberName(name)) return;
        const joined = path.posix.join(safeRoot, name);
        const rel = path.posix.relative(safeRoot, joined);
        expect(rel === '..' || rel.startsWith('../') || path.posix.isAbsolute(rel)).toBe(false);
        expect(joined === safeRoot || joined.startsWith(`${safeRoot}/`)).toBe(true);
      }),
    );
  });
});

describe('walkFiles', () => {
  let tree: string;

  beforeAll(async () => {
    tree = path.join(base, 'tree');
    await mkdir(path.join(tree, 'b', 'deep'), { recursive: true });
    await mkdir(path.join(tree, 'a'), { recursive: true });
    await mkdir(path.join(tree, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(path.join(tree, 'z.txt'), 'zzz');
    await writeFile(path.join(tree, 'B.txt'), 'B');
    await writeFile(path.join(tree, 'a', '2.txt'), '22');
    await writeFile(path.join(tree, 'a', '10.txt'), '1010');
    await writeFile(path.join(tree, 'b', 'deep', 'x.csv'), 'x');
    await writeFile(path.join(tree, 'b', 'y.csv'), 'yy');
    await writeFile(path.join(tree, 'node_modules', 'pkg', 'index.js'), '');
    await symlink(path.join(outside, 'secret.txt'), path.join(tree, 'b', 'link-out.txt'));
    await symlink(outside, path.join(tree, 'dir-link'));
    await symlink(path.join(tree, 'z.txt'), path.join(tree, 'a', 'link-in.txt'));
  });

  it('lists every regular file with its relative path and size, in sorted order per directory', async () => {
    const { files, skipped } = await walkFiles(tree, tree);
    expect(files.map((file) => [file.relative, file.size])).toEqual([
      ['B.txt', 1],
      ['a/10.txt', 4],
      ['a/2.txt', 2],
      ['b/deep/x.csv', 1],
      ['b/y.csv', 2],
      ['node_modules/pkg/index.js', 0],
      ['z.txt', 3],
    ]);
    for (const file of files) expect(file.absolute).toBe(path.join(tree, ...file.relative.split('/')));
    expect(skipped).toEqual([
      { relative: 'a/link-in.txt', reason: 'symbolic link (not followed)' },
      { relative: 'b/link-out.txt', reason: 'symbolic link (not followed)' },
      { relative: 'dir-link', reason: 'symbolic link (not followed)' },
    ]);
  });

  it('never follows a symbolic link, even to a directory', async () => {
    const { files } = await walkFiles(tree, tree);
    expect(files.some((file) => file.relative.startsWith('dir-link'))).toBe(false);
    expect(files.some((file) => file.absolute.startsWith(outside))).toBe(false);
  });

  it('starts at a sub-directory or a single file, with paths relative to the root', async () => {
    expect((await walkFiles(tree, path.join(tree, 'b'))).files.map((file) => file.relative)).toEqual([
      'b/deep/x.csv',
      'b/y.csv',
    ]);
    const single = await walkFiles(tree, path.join(tree, 'a', '2.txt'));
    expect(single.files).toEqual([{ absolute: path.join(tree, 'a', '2.txt'), relative: 'a/2.txt', size: 2 }]);
    expect(single.skipped).toEqual([]);
  });

  it('reports a symbolic link given as the start as skipped', async () => {
    expect(await walkFiles(tree, path.join(tree, 'dir-link'))).toEqual({
      files: [],
      skipped: [{ relative: 'dir-link', reason: 'symbolic link (not followed)' }],
    });
  });

  it('names the files under a start outside the root (a user path) by their absolute paths', async () => {
    const secret = path.join(outside, 'secret.txt');
    expect(await walkFiles(tree, outside)).toEqual({
      files: [{ absolute: secret, relative: secret, size: 6 }],
      skipped: [],
    });
  });

  it('asks exclude about directories with a trailing slash and about files without', async () => {
    const asked: string[] = [];
    const { files } = await walkFiles(tree, tree, {
      exclude: (relative) => {
        asked.push(relative);
        return relative === 'node_modules/' || relative.endsWith('.csv');
      },
    });
    expect(files.map((file) => file.relative)).toEqual(['B.txt', 'a/10.txt', 'a/2.txt', 'z.txt']);
    expect(asked).toEqual([
      'B.txt',
      'a/',
      'a/10.txt',
      'a/2.txt',
      'b/',
      'b/deep/',
      'b/deep/x.csv',
      'b/y.csv',
      'node_modules/',
      'z.txt',
    ]);
  });

  it('does not descend into an excluded directory', async () => {
    const { files, skipped } = await walkFiles(tree, tree, { exclude: (relative) => relative === 'b/' });
    expect(files.map((file) => file.relative)).not.toContain('b/y.csv');
    expect(files.map((file) => file.relative)).not.toContain('b/deep/x.csv');
    expect(skipped.map((entry) => entry.relative)).toEqual(['a/link-in.txt', 'dir-link']);
  });

  it('never asks exclude about the root itself', async () => {
    const { files } = await walkFiles(tree, tree, {
      exclude: (relative) => relative === './' || relative === '.',
    });
    expect(files).toHaveLength(7);
  });

  it('never descends into a .git directory, at the top or nested', async () => {
    const repo = path.join(base, 'repo');
    await mkdir(path.join(repo, '.git', 'objects'), { recursive: true });
    await mkdir(path.join(repo, 'vendor', 'lib', '.git'), { recursive: true });
    await writeFile(path.join(repo, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic x\n');
    await writeFile(path.join(repo, '.git', 'objects', 'ab'), 'x');
    await writeFile(path.join(repo, 'vendor', 'lib', '.git', 'config'), 'x');
    await writeFile(path.join(repo, 'vendor', 'lib', 'a.txt'), 'a');
    await writeFile(path.join(repo, '.gitignore'), 'x');
    const all = await walkFiles(repo, repo);
    expect(all).toEqual({
      files: [
        { absolute: path.join(repo, '.gitignore'), relative: '.gitignore', size: 1 },
        { absolute: path.join(repo, 'vendor', 'lib', 'a.txt'), relative: 'vendor/lib/a.txt', size: 1 },
      ],
      skipped: [],
    });
    expect((await walkFiles(repo, path.join(repo, '.git'))).files).toEqual([]);
  });

  it('reports an unreadable directory as skipped instead of throwing', async (context) => {
    const locked = path.join(base, 'locked-tree');
    await mkdir(path.join(locked, 'closed'), { recursive: true });
    await writeFile(path.join(locked, 'closed', 'x.txt'), 'x');
    await writeFile(path.join(locked, 'open.txt'), 'o');
    await chmod(path.join(locked, 'closed'), 0o000);
    try {
      let denied = false;
      try {
        accessSync(path.join(locked, 'closed'), constants.R_OK);
      } catch {
        denied = true;
      }
      // Root reads everything whatever the mode: nothing to observe there.
      if (!denied) context.skip();
      expect(await walkFiles(locked, locked)).toEqual({
        files: [{ absolute: path.join(locked, 'open.txt'), relative: 'open.txt', size: 1 }],
        skipped: [{ relative: 'closed', reason: 'cannot be read (EACCES)' }],
      });
    } finally {
      await chmod(path.join(locked, 'closed'), 0o755);
    }
  });

  it('reports entries it cannot stat (a directory without search permission) as skipped', async (context) => {
    const tree = path.join(base, 'noexec-tree');
    await mkdir(path.join(tree, 'listable'), { recursive: true });
    await writeFile(path.join(tree, 'listable', 'y.txt'), 'y');
    await chmod(path.join(tree, 'listable'), 0o444);
    try {
      let denied = false;
      try {
        accessSync(path.join(tree, 'listable', 'y.txt'), constants.R_OK);
      } catch {
        denied = true;
      }
      if (!denied) context.skip();
      expect(await walkFiles(tree, tree)).toEqual({
        files: [],
        skipped: [{ relative: 'listable/y.txt', reason: 'cannot be read (EACCES)' }],
      });
    } finally {
      await chmod(path.join(tree, 'listable'), 0o755);
    }
  });

  it('reports files that are neither regular files nor directories as skipped', async () => {
    if (process.platform === 'win32') return;
    const { createServer } = await import('node:net');
    const special = path.join(base, 'special');
    await mkdir(special);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(special, 'sock'), resolve));
    try {
      expect(await walkFiles(special, special)).toEqual({
        files: [],
        skipped: [{ relative: 'sock', reason: 'not a regular file' }],
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
