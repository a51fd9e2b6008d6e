import { describe, expect, it } from 'vitest';
import { readPackageLock } from '../../../src/checks/dependency-sbom/package-lock.js';

const sri = (byte: number): string => `sha512-${Buffer.alloc(64, byte).toString('base64')}`;
const hex = (byte: number): string => `sha512:${Buffer.alloc(64, byte).toString('hex')}`;

/** A v3 lock of a workspace project: nesting, a scoped package, an alias, a link, git, flags. */
const lock = JSON.stringify(
  {
    name: 'ml-app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        name: 'ml-app',
        version: '1.0.0',
        workspaces: ['packages/*'],
        dependencies: { '@scope/util': '^2.0.0', 'left-pad': 'npm:pad-left@^1.0.0', debug: '^4' },
        devDependencies: { vitest: '^1' },
      },
      'node_modules/@scope/util': {
        version: '2.1.0',
        resolved: 'https://registry.npmjs.org/@scope/util/-/util-2.1.0.tgz',
        integrity: sri(1),
        dependencies: { ms: '^1' },
      },
      'node_modules/@scope/util/node_modules/ms': {
        version: '1.0.0',
        resolved: 'https://registry.npmjs.org/ms/-/ms-1.0.0.tgz',
        integrity: sri(2),
      },
      'node_modules/debug': {
        version: '4.3.7',
        resolved: 'https://registry.npmjs.org/debug/-/debug-4.3.7.tgz',
        integrity: sri(3),
        dependencies: { ms: '^2.1.3' },
        peerDependencies: { 'supports-color': '*' },
        peerDependenciesMeta: { 'supports-color': { optional: true } },
      },
      'node_modules/ms': {
        version: '2.1.3',
        resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
        integrity: sri(4),
      },
      'node_modules/left-pad': {
        name: 'pad-left',
        version: '1.0.2',
        resolved: 'https://registry.npmjs.org/pad-left/-/pad-left-1.0.2.tgz',
        integrity: sri(5),
      },
      'node_modules/vitest': {
        version: '1.6.0',
        resolved: 'https://registry.npmjs.org/vitest/-/vitest-1.6.0.tgz',
        integrity: sri(6),
        dev: true,
        dependencies: { fsevents: '~2.3' },
        optionalDependencies: { fsevents: '~2.3' },
      },
      'node_modules/fsevents': {
        version: '2.3.3',
        resolved: 'https://registry.npmjs.org/fsevents/-/fsevents-2.3.3.tgz',
        integrity: sri(7),
        dev: true,
        optional: true,
        os: ['darwin'],
      },
      'node_modules/tokenizer': {
        version: '0.3.0',
        resolved: 'git+ssh://git@github.com/example/tokenizer.git#0123456789abcdef0123456789abcdef01234567',
        license: 'MIT',
      },
      'node_modules/@ml/core': { resolved: 'packages/core', link: true },
      'packages/core': { name: '@ml/core', version: '0.2.0', dependencies: { debug: '^4' } },
    },
  },
  null,
  2,
);

describe('package-lock.json', () => {
  it('reads every installed package with version, integrity, flags and the resolved graph', () => {
    const lineOf = (key: string) => lock.split('\n').findIndex((l) => l.includes(`"${key}": {`)) + 1;
    const at = (key: string) => ({ file: 'package-lock.json', line: lineOf(key) });
    expect(readPackageLock(lock, 'package-lock.json')).toEqual({
      packages: [
        {
          ecosystem: 'npm',
          name: '@scope/util',
          normalizedName: '@scope/util',
          version: '2.1.0',
          hashes: [hex(1)],
          groups: ['prod'],
          dependsOn: ['ms'],
          dependencyVersions: { ms: ['1.0.0'] },
          direct: true,
          source: at('node_modules/@scope/util'),
        },
        {
          ecosystem: 'npm',
          name: 'ms',
          normalizedName: 'ms',
          version: '1.0.0',
          hashes: [hex(2)],
          groups: ['prod'],
          source: at('node_modules/@scope/util/node_modules/ms'),
        },
        {
          ecosystem: 'npm',
          name: 'debug',
          normalizedName: 'debug',
          version: '4.3.7',
          hashes: [hex(3)],
          groups: ['prod'],
          dependsOn: ['ms'],
          dependencyVersions: { ms: ['2.1.3'] },
          direct: true,
          source: at('node_modules/debug'),
        },
        {
          ecosystem: 'npm',
          name: 'ms',
          normalizedName: 'ms',
          version: '2.1.3',
          hashes: [hex(4)],
          groups: ['prod'],
          source: at('node_modules/ms'),
        },
        {
          ecosystem: 'npm',
          name: 'pad-left',
          normalizedName: 'pad-left',
          version: '1.0.2',
          hashes: [hex(5)],
          groups: ['prod'],
          direct: true,
          source: at('node_modules/left-pad'),
        },
        {
          ecosystem: 'npm',
          name: 'vitest',
          normalizedName: 'vitest',
          version: '1.6.0',
          hashes: [hex(6)],
          groups: ['dev'],
          dependsOn: ['fsevents'],
          dependencyVersions: { fsevents: ['2.3.3'] },
          direct: true,
          source: at('node_modules/vitest'),
        },
        {
          ecosystem: 'npm',
          name: 'fsevents',
          normalizedName: 'fsevents',
          version: '2.3.3',
          hashes: [hex(7)],
          groups: ['dev', 'optional'],
          source: at('node_modules/fsevents'),
        },
        {
          ecosystem: 'npm',
          name: 'tokenizer',
          normalizedName: 'tokenizer',
          version: '0.3.0',
          reference: {
            kind: 'vcs',
            value: 'git+ssh://git@github.com/example/tokenizer.git#0123456789abcdef0123456789abcdef01234567',
          },
          groups: ['prod'],
          license: 'MIT',
          source: at('node_modules/tokenizer'),
        },
        {
          ecosystem: 'npm',
          name: '@ml/core',
          normalizedName: '@ml/core',
          version: '0.2.0',
          reference: { kind: 'path', value: 'packages/core' },
          groups: ['prod'],
          dependsOn: ['debug'],
          dependencyVersions: { debug: ['4.3.7'] },
          source: at('node_modules/@ml/core'),
        },
      ],
      problems: [],
    });
  });

  it('refuses lockfileVersion 1 with a problem saying so', () => {
    const v1 = '{\n  "name": "x",\n  "lockfileVersion": 1,\n  "dependencies": {}\n}\n';
    expect(readPackageLock(v1, 'package-lock.json')).toEqual({
      packages: [],
      problems: [
        {
          source: { file: 'package-lock.json', line: 3 },
          message:
            'package-lock.json lockfileVersion 1 (npm 6 and older) is not supported: run `npm install --lockfile-version 3` with npm 7 or later to upgrade it',
        },
      ],
    });
  });

  it('reports malformed entries at their line and reads the rest', () => {
    const bad = JSON.stringify(
      {
        lockfileVersion: 2,
        packages: {
          '': { name: 'x' },
          'node_modules/a': { version: '1.0.0', integrity: 'md5-xyz', dependencies: { missing: '^1' } },
          'node_modules/b': 'nope',
          'node_modules/c': { resolved: 'packages/c', link: true },
          'node_modules/d': {},
          'node_modules/constructor': { version: '1.0.0', dependencies: { toString: '*' } },
        },
      },
      null,
      2,
    );
    const result = readPackageLock(bad, 'package-lock.json');
    const at = (key: string) => ({
      file: 'package-lock.json',
      line: bad.split('\n').findIndex((l) => l.startsWith(`    "${key}":`)) + 1,
    });
    expect(result.packages.map((p) => [p.name, p.version])).toEqual([
      ['a', '1.0.0'],
      ['constructor', '1.0.0'],
    ]);
    expect(result.problems).toEqual([
      { source: at('node_modules/a'), message: 'node_modules/a: integrity "md5-xyz" is not SRI' },
      {
        source: at('node_modules/a'),
        message: 'node_modules/a: dependency missing is not installed anywhere it could be found',
      },
      { source: at('node_modules/b'), message: 'packages["node_modules/b"] is not an object' },
      {
        source: at('node_modules/c'),
        message: 'node_modules/c: a link whose target "packages/c" is not in packages',
      },
      { source: at('node_modules/d'), message: 'node_modules/d: no version' },
      {
        source: at('node_modules/constructor'),
        message: 'node_modules/constructor: dependency toString is not installed anywhere it could be found',
      },
    ]);
  });

  it('gives one problem for a file that is not a package-lock.json', () => {
    expect(readPackageLock('{"name": "x", "version": "1.0.0"}', 'package.json').problems).toEqual([
      {
        source: { file: 'package.json' },
        message: 'not a package-lock.json: no lockfileVersion and packages map',
      },
    ]);
    expect(readPackageLock('[1, 2]', 'package-lock.json').problems).toEqual([
      {
        source: { file: 'package-lock.json' },
        message: 'not a package-lock.json: the top level is not an object',
      },
    ]);
  });
});

describe('package-lock.json bundled dependencies', () => {
  it('a dependency the package bundles in its own tarball has no entry, and is no problem', () => {
    const lock = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: { oxide: '^4' } },
          'node_modules/oxide': {
            version: '4.1.0',
            dependencies: { '@napi-rs/wasm-runtime': '^0.2', tslib: '^2' },
            bundleDependencies: ['@napi-rs/wasm-runtime'],
          },
        },
      },
      null,
      2,
    );
    expect(readPackageLock(lock, 'package-lock.json').problems.map((p) => p.message)).toEqual([
      'node_modules/oxide: dependency tslib is not installed anywhere it could be found',
    ]);
  });
});
