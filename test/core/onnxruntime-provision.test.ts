import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUsageError } from '../../src/core/errors.js';
import { tarArchive, type TarMember } from '../helpers/tar-writer.js';
import {
  loadVerifiedOnnxRuntime,
  ONNXRUNTIME_PACKAGES,
  ownOnnxRuntime,
  type PinnedPackage,
  provisionOnnxRuntime,
  type RuntimeCache,
  runtimeCacheKey,
  tarballUrl,
} from '../../src/core/onnxruntime-provision.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function integrity(bytes: Buffer): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The file pins of a tarball's members, as scripts/pin-onnxruntime.mjs writes them. */
function pinnedFiles(members: readonly TarMember[]): Record<string, string> {
  return Object.fromEntries(
    members
      .filter((member) => (member.type ?? '0') === '0')
      .map((member) => [member.name.slice('package/'.length), sha256(member.data ?? '')]),
  );
}

const FAKE_NAME = 'mlsec-fake-ort';
const FAKE_VERSION = '1.2.3';

function fakePackageMembers(extra: readonly TarMember[] = []): TarMember[] {
  return [
    {
      name: 'package/package.json',
      data: JSON.stringify({ name: FAKE_NAME, version: FAKE_VERSION, main: 'index.js' }),
    },
    {
      name: 'package/index.js',
      data: "module.exports = { marker: 'fake-ort', dependency: require('mlsec-fake-dep') };",
    },
    { name: 'package/bin/napi-v6/linux/x64/onnxruntime_binding.node', data: 'linux-x64 binary' },
    { name: 'package/bin/napi-v6/linux/x64/libonnxruntime.so.1', data: 'linux-x64 library' },
    { name: 'package/bin/napi-v6/darwin/arm64/onnxruntime_binding.node', data: 'darwin-arm64 binary' },
    { name: 'package/lib', type: '5' },
    ...extra,
  ];
}

const dependencyMembers: TarMember[] = [
  { name: 'package/package.json', data: JSON.stringify({ name: 'mlsec-fake-dep', version: '0.1.0' }) },
  { name: 'package/index.js', data: "module.exports = 'dependency';" },
];
const fakeDependency = gzipSync(tarArchive(dependencyMembers));
const fakeRuntime = gzipSync(tarArchive(fakePackageMembers()));
const fakeFiles = pinnedFiles(fakePackageMembers());
const dependencyPin: PinnedPackage = {
  name: 'mlsec-fake-dep',
  version: '0.1.0',
  integrity: integrity(fakeDependency),
  files: pinnedFiles(dependencyMembers),
};
const fakePins: readonly PinnedPackage[] = [
  { name: FAKE_NAME, version: FAKE_VERSION, integrity: integrity(fakeRuntime), files: fakeFiles },
  dependencyPin,
];

/** The registry: tarballs by URL path; `failures` answers that many requests for a path with a 500 first. */
const served = new Map<string, Buffer>();
const failures = new Map<string, number>();
const requests: string[] = [];
let server: Server;
let registry: string;
/** Also where the private copies are made: vitest ends its workers without the exit that removes them. */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-provision-'));

function serve(pins: readonly PinnedPackage[], tarballs: readonly Buffer[]): void {
  pins.forEach((pin, index) => served.set(new URL(tarballUrl(registry, pin)).pathname, tarballs[index]!));
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '';
    requests.push(url);
    const failuresLeft = failures.get(url) ?? 0;
    if (failuresLeft > 0) {
      failures.set(url, failuresLeft - 1);
      response.writeHead(500).end('busy');
      return;
    }
    const body = served.get(url);
    if (body === undefined) response.writeHead(404).end('not found');
    else response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(scratch, { recursive: true, force: true });
});

let directoryCount = 0;
async function freshDirectory(): Promise<string> {
  const directory = path.join(scratch, `install-${directoryCount++}`);
  await mkdir(directory);
  return directory;
}

async function listTree(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

function provision(directory: string, overrides: Partial<Parameters<typeof provisionOnnxRuntime>[0]> = {}) {
  const progress: string[] = [];
  const result = provisionOnnxRuntime({
    directory,
    registry,
    fetch,
    platform: 'linux',
    arch: 'x64',
    progress: (message) => progress.push(message),
    packages: fakePins,
    retryDelayMs: 0,
    scratchDirectory: scratch,
    ...overrides,
  });
  return { result, progress };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('the pins', () => {
  it('equal package-lock.json, so that a version bump cannot leave the download behind', async () => {
    const lock = JSON.parse(await readFile(path.join(repositoryRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string; integrity: string }>;
    };
    expect(ONNXRUNTIME_PACKAGES.map((pin) => pin.name)).toEqual(['onnxruntime-node', 'onnxruntime-common']);
    for (const pin of ONNXRUNTIME_PACKAGES) {
      const locked = lock.packages[`node_modules/${pin.name}`];
      expect(locked, pin.name).toBeDefined();
      expect({ version: pin.version, integrity: pin.integrity }).toEqual({
        version: locked!.version,
        integrity: locked!.integrity,
      });
    }
  });

  it('name the cache key after version, platform and architecture, with a hash of the pins', () => {
    const key = runtimeCacheKey('linux', 'x64');
    expect(key).toMatch(/^mlsec-onnxruntime-node-1\.30\.0-linux-x64-[0-9a-f]{12}$/);
    expect(runtimeCacheKey('darwin', 'arm64')).toMatch(/^mlsec-onnxruntime-node-1\.30\.0-darwin-arm64-/);
    const repinned = ONNXRUNTIME_PACKAGES.map((pin, index) =>
      index === 1 ? { ...pin, integrity: 'sha512-AA==' } : pin,
    );
    expect(runtimeCacheKey('linux', 'x64', repinned)).not.toBe(key);
  });

  it('build npm tarball addresses, scoped names included', () => {
    expect(tarballUrl('https://registry.npmjs.org/', ONNXRUNTIME_PACKAGES[0]!)).toBe(
      'https://registry.npmjs.org/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz',
    );
    expect(
      tarballUrl('https://r.example', { name: '@scope/pkg', version: '2.0.0', integrity: '', files: {} }),
    ).toBe('https://r.example/@scope/pkg/-/pkg-2.0.0.tgz');
  });
});

describe('provisionOnnxRuntime', () => {
  it("downloads, keeps only this platform's binaries, loads, and finds it installed the second time", async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const saved: string[] = [];
    const cache: RuntimeCache = {
      restore: () => Promise.resolve(false),
      save: (key, savedDirectory) => {
        saved.push(`${key} ${savedDirectory}`);
        return Promise.resolve();
      },
    };
    const first = provision(directory, { cache });
    const result = await first.result;
    expect(result.source).toBe('download');
    expect(result.ort).toEqual({ marker: 'fake-ort', dependency: 'dependency' });
    expect(await listTree(directory)).toEqual([
      'node_modules/mlsec-fake-dep/index.js',
      'node_modules/mlsec-fake-dep/package.json',
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/libonnxruntime.so.1',
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/onnxruntime_binding.node',
      'node_modules/mlsec-fake-ort/index.js',
      'node_modules/mlsec-fake-ort/package.json',
    ]);
    expect(saved).toEqual([`${runtimeCacheKey('linux', 'x64', fakePins)} ${directory}`]);
    expect(first.progress.at(-1)).toMatch(/^mlsec-fake-ort@1\.2\.3: downloaded and installed in [\d.]+ s$/);

    const requestsBefore = requests.length;
    const second = await provision(directory, { cache }).result;
    expect(second.source).toBe('installed');
    expect(second.ort).toBe(result.ort);
    expect(requests.length).toBe(requestsBefore);
    expect(saved).toHaveLength(1);
  });

  it('restores from the cache without a download', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const source = await freshDirectory();
    await provision(source).result;
    const directory = await freshDirectory();
    const restored: string[] = [];
    const cache: RuntimeCache = {
      restore: async (key, target) => {
        restored.push(key);
        await cp(source, target, { recursive: true });
        return true;
      },
      save: () => Promise.reject(new Error('a restored runtime is not saved again')),
    };
    const requestsBefore = requests.length;
    const { result, progress } = provision(directory, { cache });
    const provisioned = await result;
    expect(provisioned.source).toBe('cache');
    expect(provisioned.ort).toEqual({ marker: 'fake-ort', dependency: 'dependency' });
    expect(restored).toEqual([runtimeCacheKey('linux', 'x64', fakePins)]);
    expect(requests.length).toBe(requestsBefore);
    expect(progress).toEqual([
      expect.stringMatching(/^mlsec-fake-ort@1\.2\.3: restored from the cache in [\d.]+ s$/),
    ]);
  });

  it('downloads after a cache miss and warns, without failing, when saving fails', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const cache: RuntimeCache = {
      restore: () => Promise.resolve(false),
      save: () => Promise.reject(new Error('cache service unavailable')),
    };
    const { result, progress } = provision(directory, { cache });
    expect((await result).source).toBe('download');
    expect(progress).toContain(
      'mlsec-fake-ort@1.2.3: installed, but it could not be cached (cache service unavailable); the next run downloads it again',
    );
  });

  it('refuses a tarball whose digest is not the pinned one, extracting nothing', async () => {
    const other = gzipSync(tarArchive(fakePackageMembers([{ name: 'package/extra.js', data: '1' }])));
    const pins = [
      { name: 'mlsec-fake-mismatch', version: '1.0.0', integrity: integrity(fakeRuntime), files: fakeFiles },
    ];
    serve(pins, [other]);
    const directory = await freshDirectory();
    const error = await rejection(provision(directory, { packages: pins }).result);
    expect(isUsageError(error)).toBe(true);
    const expected = integrity(fakeRuntime).slice('sha512-'.length, 'sha512-'.length + 12);
    const actual = integrity(other).slice('sha512-'.length, 'sha512-'.length + 12);
    expect(error.message).toBe(
      `mlsec-fake-mismatch@1.0.0 from ${registry}/mlsec-fake-mismatch/-/mlsec-fake-mismatch-1.0.0.tgz does not match ` +
        `its pinned integrity (expected sha512-${expected}…, got sha512-${actual}…); nothing was extracted. ` +
        'Use a registry that serves the published tarball.',
    );
    expect(await readdir(directory)).toEqual([]);
  });

  it.each([
    ['a ".." segment', { name: 'package/../../escaped.js', data: 'x' }, 'a member name has a ".." segment'],
    ['an absolute name', { name: '/tmp/escaped.js', data: 'x' }, 'a member name is an absolute path'],
    [
      'a symbolic link',
      { name: 'package/link', type: '2', linkName: '/etc/passwd' },
      'a member is a symbolic link',
    ],
    [
      'a hard link',
      { name: 'package/hard', type: '1', linkName: 'package/index.js' },
      'a member is a hard link',
    ],
  ])('refuses a tarball with %s and installs nothing', async (_label, member, reason) => {
    const tarball = gzipSync(tarArchive(fakePackageMembers([member])));
    const name = `mlsec-fake-bad-${directoryCount}`;
    const pins = [{ name, version: '1.0.0', integrity: integrity(tarball), files: fakeFiles }];
    serve(pins, [tarball]);
    const directory = await freshDirectory();
    const error = await rejection(provision(directory, { packages: pins }).result);
    expect(isUsageError(error)).toBe(true);
    expect(error.message).toBe(
      `${name}@1.0.0: the tarball was refused: ${reason} (member ${JSON.stringify(member.name)}); nothing was installed.`,
    );
    expect(await readdir(directory)).toEqual([]);
    expect(
      await listTree(scratch).then((files) => files.filter((file) => file.endsWith('escaped.js'))),
    ).toEqual([]);
  });

  it('retries once after a server error', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const runtimePath = new URL(tarballUrl(registry, fakePins[0]!)).pathname;
    failures.set(runtimePath, 1);
    const directory = await freshDirectory();
    const { result, progress } = provision(directory);
    expect((await result).source).toBe('download');
    expect(progress).toContain('mlsec-fake-ort@1.2.3: HTTP 500; retrying');
  });

  it('gives up after the retry, saying how to get the runtime otherwise', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const runtimeUrl = tarballUrl(registry, fakePins[0]!);
    failures.set(new URL(runtimeUrl).pathname, 2);
    const directory = await freshDirectory();
    const error = await rejection(provision(directory).result);
    expect(isUsageError(error)).toBe(true);
    expect(error.message).toBe(
      `robustness-check needs mlsec-fake-ort@1.2.3 and could not download it from ${runtimeUrl} ` +
        '(HTTP 500; tried 2 times); install mlsec-fake-ort@1.2.3 next to mlsec (npm install mlsec-fake-ort@1.2.3) ' +
        `or allow access to ${new URL(registry).host}.`,
    );
    expect(await readdir(directory)).toEqual([]);
  });

  it('does not retry a missing tarball', async () => {
    const pins = [
      { name: 'mlsec-fake-absent', version: '9.9.9', integrity: integrity(fakeRuntime), files: fakeFiles },
    ];
    const directory = await freshDirectory();
    const requestsBefore = requests.length;
    const error = await rejection(provision(directory, { packages: pins }).result);
    expect(error.message).toMatch(
      /^robustness-check needs mlsec-fake-absent@9\.9\.9 and could not download it from .* \(HTTP 404\);/,
    );
    expect(requests.length).toBe(requestsBefore + 1);
  });

  it('reports a refused connection as a network failure after the retry', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadRegistry = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const directory = await freshDirectory();
    const error = await rejection(provision(directory, { registry: deadRegistry }).result);
    expect(isUsageError(error)).toBe(true);
    expect(error.message).toContain('(ECONNREFUSED; tried 2 times)');
  });

  it('names the platforms a package has when this one is not among them', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const error = await rejection(provision(directory, { platform: 'linux', arch: 'ppc64' }).result);
    expect(isUsageError(error)).toBe(true);
    expect(error.message).toBe(
      'mlsec-fake-ort@1.2.3 has no native binary for linux-ppc64; it has darwin-arm64, linux-x64. ' +
        'Run robustness-check on one of those platforms.',
    );
    expect(await readdir(directory)).toEqual([]);
  });

  it("extracts another platform's binaries for that platform", async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    await provision(directory, { platform: 'darwin', arch: 'arm64' }).result;
    expect((await listTree(directory)).filter((file) => file.includes('/bin/'))).toEqual([
      'node_modules/mlsec-fake-ort/bin/napi-v6/darwin/arm64/onnxruntime_binding.node',
    ]);
  });
});

describe('the pinned files', () => {
  it('equal node_modules, file for file, so that a version bump cannot leave them behind', async () => {
    for (const pin of ONNXRUNTIME_PACKAGES) {
      const directory = path.join(repositoryRoot, 'node_modules', pin.name);
      const files = await listTree(directory);
      const hashes = Object.fromEntries(
        await Promise.all(
          files.map(async (file) => [file, sha256(await readFile(path.join(directory, file)))] as const),
        ),
      );
      expect(pin.files, `${pin.name}: rerun scripts/pin-onnxruntime.mjs`).toEqual(hashes);
    }
    expect(Object.keys(ONNXRUNTIME_PACKAGES[0]!.files)).toContain(
      'bin/napi-v6/linux/x64/onnxruntime_binding.node',
    );
  });
});

/** A marker file that a planted module writes when it is required. */
function markerModule(marker: string, exported = "'tampered'"): string {
  return `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = ${exported};`;
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

/** Writes a package's members (npm's `package/` prefix dropped) to `directory/node_modules/<name>`. */
async function writePackage(directory: string, name: string, members: readonly TarMember[]): Promise<void> {
  for (const member of members) {
    if ((member.type ?? '0') !== '0') continue;
    const file = path.join(directory, 'node_modules', name, member.name.slice('package/'.length));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, member.data ?? '');
  }
}

/** The fake runtime as npm would install it (every platform's binaries), with members replaced or added. */
async function writeFakeInstall(
  directory: string,
  change: { runtime?: Record<string, string>; dependency?: Record<string, string>; drop?: string } = {},
): Promise<void> {
  const apply = (members: TarMember[], replaced: Record<string, string> = {}): TarMember[] => {
    const names = new Set(members.map((member) => member.name));
    return [
      ...members
        .filter((member) => member.name !== `package/${change.drop}`)
        .map((member) => {
          const data = replaced[member.name.slice('package/'.length)];
          return data === undefined ? member : { ...member, data };
        }),
      ...Object.entries(replaced)
        .filter(([file]) => !names.has(`package/${file}`))
        .map(([file, data]) => ({ name: `package/${file}`, data })),
    ];
  };
  await writePackage(directory, FAKE_NAME, apply(fakePackageMembers(), change.runtime));
  await writePackage(directory, 'mlsec-fake-dep', apply(dependencyMembers, change.dependency));
}

const fakeOrt = { marker: 'fake-ort', dependency: 'dependency' };
const linuxX64 = { platform: 'linux', arch: 'x64', packages: fakePins, scratchDirectory: scratch };

describe('loadVerifiedOnnxRuntime', () => {
  it("loads an install of the pinned files, other platforms' binaries unhashed", async () => {
    const directory = await freshDirectory();
    await writeFakeInstall(directory, {
      runtime: { 'bin/napi-v6/darwin/arm64/onnxruntime_binding.node': 'not hashed on linux' },
    });
    expect(await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', FAKE_NAME), linuxX64)).toEqual({
      ort: fakeOrt,
    });
  });

  it.each([
    [
      'a tampered module',
      (marker: string) => ({ runtime: { 'index.js': markerModule(marker) } }),
      'mlsec-fake-ort/index.js differs from the published mlsec-fake-ort@1.2.3',
    ],
    [
      "a tampered binary of this platform's",
      () => ({ runtime: { 'bin/napi-v6/linux/x64/onnxruntime_binding.node': 'planted' } }),
      'mlsec-fake-ort/bin/napi-v6/linux/x64/onnxruntime_binding.node differs from the published mlsec-fake-ort@1.2.3',
    ],
    [
      'a missing library',
      () => ({ drop: 'bin/napi-v6/linux/x64/libonnxruntime.so.1' }),
      'mlsec-fake-ort/bin/napi-v6/linux/x64/libonnxruntime.so.1 is missing',
    ],
    [
      'an extra addon',
      () => ({ runtime: { 'bin/napi-v6/linux/x64/extra.node': 'planted' } }),
      'mlsec-fake-ort/bin/napi-v6/linux/x64/extra.node is not a file of mlsec-fake-ort@1.2.3',
    ],
    [
      'a nested node_modules that would shadow the dependency',
      (marker: string) => ({ runtime: { 'node_modules/mlsec-fake-dep/index.js': markerModule(marker) } }),
      'mlsec-fake-ort/node_modules/mlsec-fake-dep/index.js is not a file of mlsec-fake-ort@1.2.3',
    ],
    [
      'a tampered dependency',
      (marker: string) => ({ dependency: { 'index.js': markerModule(marker) } }),
      'mlsec-fake-dep/index.js differs from the published mlsec-fake-dep@0.1.0',
    ],
    [
      'another version',
      () => ({
        runtime: {
          'package.json': JSON.stringify({ name: FAKE_NAME, version: '1.2.4', main: 'index.js' }),
        },
      }),
      'mlsec-fake-ort is 1.2.4, not the pinned 1.2.3',
    ],
  ])('refuses %s without loading it', async (_label, change, reason) => {
    const directory = await freshDirectory();
    const marker = path.join(directory, 'marker');
    await writeFakeInstall(directory, change(marker));
    expect(await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', FAKE_NAME), linuxX64)).toEqual({
      refused: reason,
    });
    expect(await exists(marker)).toBe(false);
  });

  it('refuses a symbolic link in place of a pinned file', async () => {
    const directory = await freshDirectory();
    await writeFakeInstall(directory);
    const binary = path.join(
      directory,
      'node_modules',
      FAKE_NAME,
      'bin/napi-v6/linux/x64/onnxruntime_binding.node',
    );
    await rm(binary);
    await writeFile(path.join(directory, 'elsewhere.node'), 'linux-x64 binary');
    await symlink(path.join(directory, 'elsewhere.node'), binary);
    expect(await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', FAKE_NAME), linuxX64)).toEqual({
      refused: 'mlsec-fake-ort/bin/napi-v6/linux/x64/onnxruntime_binding.node is not a regular file',
    });
  });

  it('refuses a directory without the package', async () => {
    const verified = await loadVerifiedOnnxRuntime(path.join(await freshDirectory(), 'absent'), linuxX64);
    expect(verified).toEqual({
      refused: 'mlsec-fake-ort cannot be read (no such file (ENOENT))',
    });
  });

  it('loads the real onnxruntime-node, linked into a node_modules', async () => {
    const directory = await freshDirectory();
    await mkdir(path.join(directory, 'node_modules'));
    for (const name of ['onnxruntime-node', 'onnxruntime-common'])
      await symlink(
        path.join(repositoryRoot, 'node_modules', name),
        path.join(directory, 'node_modules', name),
        'dir',
      );
    const verified = await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', 'onnxruntime-node'), {
      platform: process.platform,
      arch: process.arch,
      scratchDirectory: scratch,
    });
    if (!('ort' in verified)) throw new Error(verified.refused);
    const tensor = new verified.ort.Tensor('float32', new Float32Array([1, 2, 3, 4]), [2, 2]);
    expect(tensor.dims).toEqual([2, 2]);
    expect(tensor.type).toBe('float32');
  });
});

describe('provisionOnnxRuntime and altered installs', () => {
  it('reinstalls a tampered install it finds in its directory', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const marker = path.join(scratch, `marker-${directoryCount}`);
    await writeFakeInstall(directory, { runtime: { 'index.js': markerModule(marker) } });
    const { result, progress } = provision(directory);
    const provisioned = await result;
    expect(provisioned.source).toBe('download');
    expect(provisioned.ort).toEqual(fakeOrt);
    expect(progress[0]).toBe(
      `mlsec-fake-ort@1.2.3 in ${directory} is refused (mlsec-fake-ort/index.js differs from the published ` +
        'mlsec-fake-ort@1.2.3); installing it again',
    );
    expect(await exists(marker)).toBe(false);
    expect(await readFile(path.join(directory, 'node_modules', FAKE_NAME, 'index.js'), 'utf8')).toBe(
      fakePackageMembers()[1]!.data,
    );
  });

  it('refuses a poisoned cache entry, downloads the published package and caches it', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const marker = path.join(scratch, `marker-${directoryCount}`);
    const saved: string[] = [];
    const cache: RuntimeCache = {
      restore: async (_key, target) => {
        await writeFakeInstall(target, {
          runtime: { 'bin/napi-v6/linux/x64/extra.node': 'planted', 'index.js': markerModule(marker) },
        });
        return true;
      },
      save: (key) => {
        saved.push(key);
        return Promise.resolve();
      },
    };
    const { result, progress } = provision(directory, { cache });
    const provisioned = await result;
    expect(provisioned.source).toBe('download');
    expect(provisioned.ort).toEqual(fakeOrt);
    const key = runtimeCacheKey('linux', 'x64', fakePins);
    expect(progress[0]).toBe(
      `mlsec-fake-ort@1.2.3: the cache entry ${key} is refused (mlsec-fake-ort/bin/napi-v6/linux/x64/extra.node ` +
        'is not a file of mlsec-fake-ort@1.2.3); downloading it instead',
    );
    expect(saved).toEqual([key]);
    expect(await exists(marker)).toBe(false);
    expect((await listTree(directory)).filter((file) => file.includes('/bin/'))).toEqual([
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/libonnxruntime.so.1',
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/onnxruntime_binding.node',
    ]);
  });

  it('throws, keeping nothing, when the published tarball does not match the file pins', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const stale: PinnedPackage[] = [
      { ...fakePins[0]!, files: { ...fakeFiles, 'index.js': sha256('old') } },
      dependencyPin,
    ];
    const directory = await freshDirectory();
    const error = await rejection(provision(directory, { packages: stale }).result);
    expect(isUsageError(error)).toBe(false);
    expect(error.message).toBe(
      'mlsec-fake-ort@1.2.3 as published does not match its pinned files (mlsec-fake-ort/index.js differs ' +
        'from the published mlsec-fake-ort@1.2.3); rerun scripts/pin-onnxruntime.mjs',
    );
    expect(await listTree(directory)).toEqual([]);
  });
});

describe('ownOnnxRuntime', () => {
  it('loads the pinned onnxruntime-node that mlsec itself resolves', async () => {
    const progress: string[] = [];
    const ort = await ownOnnxRuntime(import.meta.url, {
      platform: process.platform,
      arch: process.arch,
      scratchDirectory: scratch,
      progress: (message) => progress.push(message),
    });
    expect(ort).toBeDefined();
    expect(new ort!.Tensor('float32', new Float32Array([1]), [1]).dims).toEqual([1]);
    expect(progress).toEqual([]);
  });

  it('is undefined, silently, when mlsec has none', async () => {
    const progress: string[] = [];
    const from = pathToFileURL(path.join(await freshDirectory(), 'cli.mjs'));
    expect(await ownOnnxRuntime(from, { ...linuxX64, progress: (message) => progress.push(message) })).toBe(
      undefined,
    );
    expect(progress).toEqual([]);
  });

  it('refuses an altered one, saying why, without loading it', async () => {
    const directory = await freshDirectory();
    const marker = path.join(directory, 'marker');
    await writeFakeInstall(directory, { runtime: { 'index.js': markerModule(marker) } });
    const progress: string[] = [];
    const from = pathToFileURL(path.join(directory, 'dist', 'cli.mjs'));
    expect(await ownOnnxRuntime(from, { ...linuxX64, progress: (message) => progress.push(message) })).toBe(
      undefined,
    );
    expect(progress).toEqual([
      `mlsec-fake-ort in ${path.join(directory, 'node_modules', FAKE_NAME)} is not used: mlsec-fake-ort/index.js ` +
        'differs from the published mlsec-fake-ort@1.2.3; using the pinned mlsec-fake-ort@1.2.3 instead',
    ]);
    expect(await exists(marker)).toBe(false);
  });
});

/**
 * A fake runtime of its own name, so that it is copied and required afresh (a runtime already
 * loaded for the same pins is reused), which says the file it was loaded from.
 */
let ownNameCount = 0;
function ownNamedRuntime(): { pins: PinnedPackage[]; members: TarMember[]; name: string } {
  const name = `mlsec-fake-own-${ownNameCount++}`;
  const members: TarMember[] = [
    {
      name: 'package/package.json',
      data: JSON.stringify({ name, version: '1.0.0', main: './lib/entry.js' }),
    },
    {
      name: 'package/lib/entry.js',
      data: "module.exports = { file: __filename, dependency: require.resolve('mlsec-fake-dep') };",
    },
    { name: 'package/index.js', data: "module.exports = 'the directory was required, not main';" },
    { name: 'package/bin/napi-v6/linux/x64/onnxruntime_binding.node', data: 'linux-x64 binary' },
    { name: 'package/bin/napi-v6/darwin/arm64/onnxruntime_binding.node', data: 'darwin-arm64 binary' },
  ];
  const tarball = gzipSync(tarArchive(members));
  const pins = [
    { name, version: '1.0.0', integrity: integrity(tarball), files: pinnedFiles(members) },
    dependencyPin,
  ];
  serve(pins, [tarball, fakeDependency]);
  return { pins, members, name };
}

describe('loading from a private verified copy', () => {
  it("requires the pinned main file of a 0700 copy holding only this platform's pinned files", async () => {
    const { pins, members, name } = ownNamedRuntime();
    const directory = await freshDirectory();
    await writePackage(directory, name, members);
    await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
    const scratchDirectory = await freshDirectory();
    const verified = await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', name), {
      ...linuxX64,
      packages: pins,
      scratchDirectory,
    });
    if (!('ort' in verified)) throw new Error(verified.refused);
    const loaded = verified.ort as unknown as { file: string; dependency: string };
    const [copy] = await readdir(scratchDirectory);
    const root = path.join(scratchDirectory, copy!);
    expect(copy).toMatch(/^mlsec-onnxruntime-/);
    expect(loaded).toEqual({
      file: path.join(root, 'node_modules', name, 'lib', 'entry.js'),
      dependency: path.join(root, 'node_modules', 'mlsec-fake-dep', 'index.js'),
    });
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    expect(await listTree(root)).toEqual([
      'node_modules/mlsec-fake-dep/index.js',
      'node_modules/mlsec-fake-dep/package.json',
      `node_modules/${name}/bin/napi-v6/linux/x64/onnxruntime_binding.node`,
      `node_modules/${name}/index.js`,
      `node_modules/${name}/lib/entry.js`,
      `node_modules/${name}/package.json`,
    ]);
  });

  it('never loads a node_modules/<name>.js planted beside the verified package', async () => {
    const { pins, members, name } = ownNamedRuntime();
    const directory = await freshDirectory();
    await writePackage(directory, name, members);
    await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
    const marker = path.join(directory, 'marker');
    await writeFile(path.join(directory, 'node_modules', `${name}.js`), markerModule(marker, "'planted'"));
    await writeFile(
      path.join(directory, 'node_modules', 'mlsec-fake-dep.js'),
      markerModule(marker, "'planted'"),
    );
    const { result } = provision(directory, { packages: pins });
    const provisioned = await result;
    expect(provisioned.source).toBe('installed');
    expect((provisioned.ort as unknown as { file: string }).file).not.toContain(directory);
    expect(await exists(marker)).toBe(false);
  });

  it('loads the copy, so that changing the install after the check changes nothing that runs', async () => {
    const { pins, members, name } = ownNamedRuntime();
    const directory = await freshDirectory();
    await writePackage(directory, name, members);
    await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
    const options = { ...linuxX64, packages: pins };
    const verified = await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', name), options);
    if (!('ort' in verified)) throw new Error(verified.refused);
    const loaded = verified.ort as unknown as { file: string };
    const marker = path.join(directory, 'marker');
    await writeFile(path.join(directory, 'node_modules', name, 'lib', 'entry.js'), markerModule(marker));
    expect(await readFile(loaded.file, 'utf8')).toBe(members[1]!.data);
    // A runtime already loaded is reused only for an install that verifies again.
    expect(await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', name), options)).toEqual({
      refused: `${name}/lib/entry.js differs from the published ${name}@1.0.0`,
    });
    expect(await exists(marker)).toBe(false);
  });

  it('refuses a linked directory inside a package', async () => {
    const { pins, members, name } = ownNamedRuntime();
    const directory = await freshDirectory();
    await writePackage(directory, name, members);
    await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
    const packageDirectory = path.join(directory, 'node_modules', name);
    await rename(path.join(packageDirectory, 'lib'), path.join(directory, 'lib-elsewhere'));
    await symlink(path.join(directory, 'lib-elsewhere'), path.join(packageDirectory, 'lib'), 'dir');
    expect(await loadVerifiedOnnxRuntime(packageDirectory, { ...linuxX64, packages: pins })).toEqual({
      refused: `${name}/lib is not a regular file`,
    });
  });
});

describe('loading from a private verified copy, failures', () => {
  it.skipIf(process.platform === 'win32')(
    'refuses, without blocking, a FIFO in place of package.json',
    async () => {
      const { pins, members, name } = ownNamedRuntime();
      const directory = await freshDirectory();
      await writePackage(directory, name, members);
      await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
      const manifest = path.join(directory, 'node_modules', name, 'package.json');
      await rm(manifest);
      execFileSync('mkfifo', [manifest]);
      expect(
        await loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', name), {
          ...linuxX64,
          packages: pins,
        }),
      ).toEqual({ refused: `${name} has no readable package.json` });
    },
  );

  it('says so when the private copy cannot be made', async () => {
    const { pins, members, name } = ownNamedRuntime();
    const directory = await freshDirectory();
    await writePackage(directory, name, members);
    await writePackage(directory, 'mlsec-fake-dep', dependencyMembers);
    const scratchDirectory = path.join(directory, 'a-file');
    await writeFile(scratchDirectory, '');
    const error = await rejection(
      loadVerifiedOnnxRuntime(path.join(directory, 'node_modules', name), {
        ...linuxX64,
        packages: pins,
        scratchDirectory,
      }),
    );
    expect(isUsageError(error)).toBe(true);
    expect(error.message).toMatch(
      new RegExp(
        `^robustness-check cannot copy ${name} into .*a-file to load it \\(.*\\); make the temporary directory writable\\.$`,
      ),
    );
  });
});

describe('provisionOnnxRuntime and links', () => {
  it('neither deletes nor writes through a node_modules linked out of its directory', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const victim = path.join(await freshDirectory(), 'victim');
    await mkdir(path.join(victim, 'mlsec-fake-dep'), { recursive: true });
    await writeFile(path.join(victim, 'mlsec-fake-dep', 'precious.txt'), 'user data');
    await mkdir(path.join(victim, FAKE_NAME));
    await writeFile(path.join(victim, FAKE_NAME, 'package.json'), '{"version":"1.2.3"}');
    await symlink(victim, path.join(directory, 'node_modules'), 'dir');
    const { result, progress } = provision(directory);
    const provisioned = await result;
    expect(provisioned.source).toBe('download');
    expect(provisioned.ort).toEqual(fakeOrt);
    expect(progress[0]).toBe(
      `mlsec-fake-ort@1.2.3 in ${directory} is refused (node_modules/mlsec-fake-ort is a link or not a ` +
        'directory); installing it again',
    );
    expect(await listTree(victim)).toEqual(['mlsec-fake-dep/precious.txt', 'mlsec-fake-ort/package.json']);
    expect((await lstat(path.join(directory, 'node_modules'))).isSymbolicLink()).toBe(false);
    expect(await listTree(directory)).toContain('node_modules/mlsec-fake-ort/index.js');
  });

  it('unlinks, without following, a directory that is itself a link', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const target = await freshDirectory();
    await writeFile(path.join(target, 'precious.txt'), 'user data');
    const directory = path.join(scratch, `linked-${directoryCount++}`);
    await symlink(target, directory, 'dir');
    const { result, progress } = provision(directory);
    expect((await result).source).toBe('download');
    expect(progress[0]).toBe(
      `mlsec-fake-ort@1.2.3 in ${directory} is refused (it is a link or not a ` +
        'directory); installing it again',
    );
    expect(await listTree(target)).toEqual(['precious.txt']);
    expect((await lstat(directory)).isDirectory()).toBe(true);
  });

  it('removes the whole refused directory, files planted beside the packages too', async () => {
    serve(fakePins, [fakeRuntime, fakeDependency]);
    const directory = await freshDirectory();
    const marker = path.join(scratch, `marker-${directoryCount}`);
    await writeFakeInstall(directory, { runtime: { 'index.js': markerModule(marker) } });
    await writeFile(path.join(directory, 'node_modules', `${FAKE_NAME}.js`), markerModule(marker));
    const { result } = provision(directory);
    expect((await result).source).toBe('download');
    expect(await listTree(directory)).toEqual([
      'node_modules/mlsec-fake-dep/index.js',
      'node_modules/mlsec-fake-dep/package.json',
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/libonnxruntime.so.1',
      'node_modules/mlsec-fake-ort/bin/napi-v6/linux/x64/onnxruntime_binding.node',
      'node_modules/mlsec-fake-ort/index.js',
      'node_modules/mlsec-fake-ort/package.json',
    ]);
    expect(await exists(marker)).toBe(false);
  });
});
