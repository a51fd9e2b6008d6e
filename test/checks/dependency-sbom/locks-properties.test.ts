import fc from 'fast-check';
import { stringify } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { normalizePypiName } from '../../../src/checks/dependency-sbom/lock-util.js';
import { readPackageLock } from '../../../src/checks/dependency-sbom/package-lock.js';
import {
  readPdmLock,
  readPipfileLock,
  readPoetryLock,
  readPylock,
  readUvLock,
} from '../../../src/checks/dependency-sbom/python-locks.js';
import type { ReadResult } from '../../../src/checks/dependency-sbom/types.js';

const HEX = 'ab'.repeat(32);
type Reader = (text: string, file: string) => ReadResult;

const fixtures: [string, Reader, string][] = [
  [
    'poetry.lock',
    readPoetryLock,
    `[[package]]
name = "requests"
version = "2.32.3"
groups = ["main"]
files = [{file = "r.whl", hash = "sha256:${HEX}"}]

[package.dependencies]
certifi = ">=2017"
urllib3 = {version = ">=1.21", markers = "python_version >= \\"3.8\\""}

[package.source]
type = "git"
url = "https://github.com/psf/requests.git"
resolved_reference = "abc"

[metadata]
lock-version = "2.1"
content-hash = "x"
`,
  ],
  [
    'uv.lock',
    readUvLock,
    `version = 1

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "." }
dependencies = [{ name = "numpy" }]

[package.dev-dependencies]
dev = [{ name = "pytest" }]

[[package]]
name = "numpy"
version = "2.1.0"
source = { registry = "https://pypi.org/simple" }
wheels = [{ url = "https://x/numpy.whl", hash = "sha256:${HEX}" }]

[[package]]
name = "pytest"
version = "8.3.3"
source = { git = "https://github.com/pytest-dev/pytest?rev=main#abc" }
dependencies = [{ name = "numpy" }]
`,
  ],
  [
    'pdm.lock',
    readPdmLock,
    `[metadata]
groups = ["default"]
lock_version = "4.5.0"

[[package]]
name = "torch"
version = "2.4.1"
groups = ["default"]
dependencies = ["numpy>=1", "sympy"]
files = [{file = "torch.whl", hash = "sha256:${HEX}"}]

[[package]]
name = "torch"
version = "2.4.1"
extras = ["opt"]
groups = ["default"]
dependencies = ["torch==2.4.1", "opt-einsum"]
`,
  ],
  [
    'pylock.toml',
    readPylock,
    `lock-version = "1.0"
created-by = "x"

[[packages]]
name = "attrs"
version = "25.1.0"
wheels = [{name = "attrs.whl", url = "https://x/attrs.whl", hashes = {sha256 = "${HEX}"}}]

[[packages]]
name = "numpy"
[packages.vcs]
type = "git"
url = "https://github.com/numpy/numpy"
commit-id = "abc"
`,
  ],
  [
    'Pipfile.lock',
    readPipfileLock,
    JSON.stringify(
      {
        _meta: { 'pipfile-spec': 6 },
        default: {
          six: { hashes: [`sha256:${HEX}`], version: '==1.16.0', markers: "python_version >= '3'" },
        },
        develop: {
          mylib: { git: 'https://github.com/x/mylib.git', ref: 'abc' },
          six: { version: '==1.16.0' },
        },
      },
      null,
      4,
    ),
  ],
  [
    'package-lock.json',
    readPackageLock,
    JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'x', dependencies: { a: '^1' } },
          'node_modules/a': {
            version: '1.0.0',
            integrity: `sha512-${Buffer.alloc(64, 9).toString('base64')}`,
            dependencies: { b: '^1' },
          },
          'node_modules/a/node_modules/b': { version: '1.0.0', dev: true },
          'node_modules/b': { version: '2.0.0' },
          'node_modules/w': { resolved: 'packages/w', link: true },
          'packages/w': { name: 'w', version: '0.1.0', dependencies: { a: '*' } },
        },
      },
      null,
      2,
    ),
  ],
];

/** What every result must satisfy, whatever the input. */
function checkInvariants(result: ReadResult, text: string, file: string): void {
  const lineCount = text.split('\n').length;
  for (const item of [...result.packages.map((p) => p.source), ...result.problems.map((p) => p.source)]) {
    expect(item.file).toBe(file);
    if (item.line !== undefined) {
      expect(Number.isInteger(item.line)).toBe(true);
      expect(item.line).toBeGreaterThanOrEqual(1);
      expect(item.line).toBeLessThanOrEqual(lineCount);
    }
  }
  for (const problem of result.problems) expect(problem.message).not.toBe('');
  for (const record of result.packages) {
    expect(record.name).not.toBe('');
    if (record.version !== undefined) expect(record.version.trim()).not.toBe('');
    expect(record.version !== undefined || record.reference !== undefined).toBe(true);
    if (record.ecosystem === 'pypi') expect(record.normalizedName).toBe(normalizePypiName(record.name));
    for (const hash of record.hashes ?? []) expect(hash).toMatch(/^[a-z0-9-]+:[0-9a-f]+$/);
  }
}

/** Edits a lock file the way a bad merge or a hand edit would: drop, repeat or corrupt pieces. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '[[package]]\n',
        '[[packages]]\n',
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        '=',
        '\n',
        'name = 1\n',
      ),
      fc.constantFrom(
        'version = ""\n',
        '"link": true,',
        '"version": 7,',
        'hash = "md5"',
        '"node_modules/',
        '#',
      ),
      fc.string({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeatLine' as const), at: fc.nat() }),
);

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    if (e.kind === 'delete') {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + out.slice(at + e.length);
    } else if (e.kind === 'insert') {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.text + out.slice(at);
    } else {
      const lines = out.split('\n');
      const at = e.at % lines.length;
      if (e.kind === 'dropLine') lines.splice(at, 1);
      else lines.splice(at, 0, lines[at]!);
      out = lines.join('\n');
    }
  }
  return out;
}
type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'dropLine' | 'repeatLine'; at: number };

describe.each(fixtures)('%s under mutation', (file, read, text) => {
  it('reads the unmutated fixture without problems', () => {
    const result = read(text, file);
    expect(result.problems).toEqual([]);
    expect(result.packages.length).toBeGreaterThan(0);
    checkInvariants(result, text, file);
  });

  it('never throws, and every record and problem is well formed', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const mutated = applyEdits(text, edits as Edit[]);
        const result = read(mutated, file);
        checkInvariants(result, mutated, file);
        // Never silently nothing: a file that yields no package says why, unless it really has none.
        if (result.packages.length === 0 && result.problems.length === 0) {
          expect(mutated).not.toMatch(/"version"|version =/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (garbage) => {
        checkInvariants(read(garbage, file), garbage, file);
      }),
      { numRuns: 200 },
    );
  });
});

// Round trips: lock files written from generated packages read back as exactly those packages.
const pypiName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}(?:[-_.][A-Za-z0-9]{1,4})?$/);
const pepVersion = fc
  .tuple(fc.nat(30), fc.nat(30), fc.option(fc.nat(9), { nil: undefined }))
  .map(([a, b, c]) => (c === undefined ? `${a}.${b}` : `${a}.${b}.${c}`));
const sha = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => `sha256:${Buffer.from(b).toString('hex')}`);
const pkg = fc.record({
  name: pypiName,
  version: pepVersion,
  hashes: fc.uniqueArray(sha, { maxLength: 3 }),
  groups: fc.uniqueArray(fc.constantFrom('main', 'dev', 'docs'), { minLength: 1, maxLength: 3 }),
  deps: fc.uniqueArray(pypiName, { maxLength: 3, selector: normalizePypiName }),
});
const pkgs = fc.uniqueArray(pkg, { maxLength: 6, selector: (p) => normalizePypiName(p.name) });

describe('round trips', () => {
  it('poetry.lock', () => {
    fc.assert(
      fc.property(pkgs, (list) => {
        const text = stringify({
          package: list.map((p) => ({
            name: p.name,
            version: p.version,
            groups: p.groups,
            files: p.hashes.map((hash, i) => ({ file: `${p.name}-${i}.whl`, hash })),
            dependencies: Object.fromEntries(p.deps.map((d) => [d, '*'])),
          })),
          metadata: { 'lock-version': '2.1', 'content-hash': 'x' },
        });
        const result = readPoetryLock(text, 'poetry.lock');
        expect(result.problems).toEqual([]);
        expect(
          result.packages.map((r) => [r.name, r.version, r.hashes ?? [], r.groups, r.dependsOn ?? []]),
        ).toEqual(
          list.map((p) => [p.name, p.version, p.hashes, p.groups, p.deps.map(normalizePypiName).sort()]),
        );
      }),
    );
  });

  it('pdm.lock', () => {
    fc.assert(
      fc.property(pkgs, (list) => {
        const text = stringify({
          metadata: { lock_version: '4.5.0', groups: ['default'] },
          package: list.map((p) => ({
            name: p.name,
            version: p.version,
            groups: p.groups,
            dependencies: p.deps.map((d) => `${d}>=1`),
            files: p.hashes.map((hash, i) => ({ file: `${p.name}-${i}.whl`, hash })),
          })),
        });
        const result = readPdmLock(text, 'pdm.lock');
        expect(result.problems).toEqual([]);
        expect(
          result.packages.map((r) => [r.name, r.version, r.hashes ?? [], r.groups, r.dependsOn ?? []]),
        ).toEqual(
          list.map((p) => [
            p.name,
            p.version,
            p.hashes,
            p.groups,
            p.deps
              .map(normalizePypiName)
              // A package naming itself (its extras entry does) is no edge.
              .filter((d) => d !== normalizePypiName(p.name))
              .sort(),
          ]),
        );
      }),
    );
  });

  it('pylock.toml', () => {
    fc.assert(
      fc.property(pkgs, (list) => {
        const text = stringify({
          'lock-version': '1.0',
          'created-by': 'test',
          packages: list.map((p) => ({
            name: p.name,
            version: p.version,
            dependencies: p.deps.map((name) => ({ name })),
            wheels: p.hashes.map((hash, i) => ({
              name: `${p.name}-${i}.whl`,
              url: `https://x/${i}.whl`,
              hashes: { sha256: hash.slice('sha256:'.length) },
            })),
          })),
        });
        const result = readPylock(text, 'pylock.toml');
        expect(result.problems).toEqual([]);
        expect(result.packages.map((r) => [r.name, r.version, r.hashes ?? [], r.dependsOn ?? []])).toEqual(
          list.map((p) => [p.name, p.version, p.hashes, p.deps.map(normalizePypiName).sort()]),
        );
      }),
    );
  });

  it('Pipfile.lock', () => {
    fc.assert(
      fc.property(pkgs, (list) => {
        const text = JSON.stringify(
          {
            _meta: { 'pipfile-spec': 6 },
            default: Object.fromEntries(
              list.map((p) => [p.name, { version: `==${p.version}`, hashes: p.hashes }]),
            ),
            develop: {},
          },
          null,
          4,
        );
        const result = readPipfileLock(text, 'Pipfile.lock');
        expect(result.problems).toEqual([]);
        expect(result.packages.map((r) => [r.name, r.version, r.hashes ?? [], r.source.line])).toEqual(
          list.map((p) => [
            p.name,
            p.version,
            p.hashes,
            text.split('\n').indexOf(`        ${JSON.stringify(p.name)}: {`) + 1,
          ]),
        );
      }),
    );
  });

  it('package-lock.json: a flat tree, each package depending on those after it', () => {
    const npmName = fc.stringMatching(/^(?:@[a-z]{1,4}\/)?[a-z][a-z0-9-]{0,6}$/);
    const npmPkgs = fc.uniqueArray(
      fc.record({
        name: npmName,
        version: pepVersion.map((v) => `${v}.0`),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { maxLength: 6, selector: (p) => p.name },
    );
    fc.assert(
      fc.property(npmPkgs, (list) => {
        const packages: Record<string, unknown> = { '': { name: 'root' } };
        list.forEach((p, i) => {
          packages[`node_modules/${p.name}`] = {
            version: p.version,
            integrity: `sha512-${Buffer.alloc(64, p.byte).toString('base64')}`,
            dependencies: Object.fromEntries(list.slice(i + 1).map((q) => [q.name, '*'])),
          };
        });
        const result = readPackageLock(JSON.stringify({ lockfileVersion: 3, packages }), 'package-lock.json');
        expect(result.problems).toEqual([]);
        expect(result.packages.map((r) => [r.name, r.version, r.hashes, r.dependsOn ?? []])).toEqual(
          list.map((p, i) => [
            p.name,
            p.version,
            [`sha512:${Buffer.alloc(64, p.byte).toString('hex')}`],
            list
              .slice(i + 1)
              .map((q) => q.name)
              .sort(),
          ]),
        );
      }),
    );
  });
});
