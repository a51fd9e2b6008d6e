import { describe, expect, it } from 'vitest';
import {
  lockFormat,
  lockReaders,
  readPackageLock,
  readPoetryLock,
} from '../../../src/checks/dependency-sbom/locks.js';
import { readPdmLock, readPylock, readUvLock } from '../../../src/checks/dependency-sbom/python-locks.js';

describe('lockFormat', () => {
  it.each([
    ['poetry.lock', 'poetry.lock'],
    ['sub/dir/uv.lock', 'uv.lock'],
    ['a\\b\\pdm.lock', 'pdm.lock'],
    ['pylock.toml', 'pylock.toml'],
    ['ci/pylock.gpu.toml', 'pylock.toml'],
    ['Pipfile.lock', 'Pipfile.lock'],
    ['package-lock.json', 'package-lock.json'],
    ['npm-shrinkwrap.json', 'package-lock.json'],
  ])('%s is %s', (path, format) => {
    expect(lockFormat(path)).toBe(format);
  });

  it.each(['pylock.a.b.toml', 'Pipfile', 'poetry.lock.bak', 'constructor', 'toString', 'package.json', ''])(
    '%s is not a lock file',
    (path) => {
      expect(lockFormat(path)).toBeUndefined();
    },
  );

  it('maps every format to its reader', () => {
    expect(lockReaders['poetry.lock']).toBe(readPoetryLock);
    expect(lockReaders['package-lock.json']).toBe(readPackageLock);
  });
});

describe('entries whose header or brace was lost', () => {
  it('TOML: keys of a package at the top level are a problem', () => {
    const lock = 'name = "six"\nversion = "1.16.0"\n\n[metadata]\nlock-version = "2.0"\n';
    expect(readPoetryLock(lock, 'poetry.lock')).toEqual({
      packages: [],
      problems: [
        {
          source: { file: 'poetry.lock' },
          message: 'top-level name, version outside any [[package]] entry (a lost header?)',
        },
      ],
    });
    expect(readPdmLock('name = "six"\n[metadata]\nlock_version = "4.5.0"\n', 'pdm.lock').problems).toEqual([
      {
        source: { file: 'pdm.lock' },
        message: 'top-level name outside any [[package]] entry (a lost header?)',
      },
    ]);
    expect(
      readUvLock('version = 1\nname = "six"\nsource = { registry = "x" }\npackage = []\n', 'uv.lock')
        .problems,
    ).toEqual([
      {
        source: { file: 'uv.lock' },
        message: 'top-level name, source outside any [[package]] entry (a lost header?)',
      },
    ]);
    expect(readPylock('lock-version = "1.0"\nname = "six"\npackages = []\n', 'pylock.toml').problems).toEqual(
      [
        {
          source: { file: 'pylock.toml' },
          message: 'top-level name outside any [[packages]] entry (a lost header?)',
        },
      ],
    );
  });

  it('package-lock.json: install paths outside packages, inside the root, and unlinked folders', () => {
    const lock = [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      '    "": { "name": "x", "dependencies": { "a": "^1", "gone": "^2" }, "node_modules/q": {} },',
      '    "node_modules/a": { "version": "1.0.0" },',
      '    "packages/orphan": { "name": "orphan", "version": "0.1.0" }',
      '  },',
      '  "node_modules/b": { "version": "2.0.0" }',
      '}',
    ].join('\n');
    expect(readPackageLock(lock, 'package-lock.json')).toEqual({
      packages: [
        {
          ecosystem: 'npm',
          name: 'a',
          normalizedName: 'a',
          version: '1.0.0',
          groups: ['prod'],
          direct: true,
          source: { file: 'package-lock.json', line: 5 },
        },
      ],
      problems: [
        {
          source: { file: 'package-lock.json', line: 8 },
          message: '"node_modules/b" outside the packages map',
        },
        {
          source: { file: 'package-lock.json', line: 4 },
          message: 'install paths inside the root entry "": "node_modules/q"',
        },
        {
          source: { file: 'package-lock.json', line: 4 },
          message: "the project's dependency gone is not installed",
        },
        {
          source: { file: 'package-lock.json', line: 6 },
          message: `"packages/orphan" is neither a node_modules path nor a link's target`,
        },
      ],
    });
  });
});
