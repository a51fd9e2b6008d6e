import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent } from 'node:fs';
import { once } from 'node:events';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { OnnxRuntime } from './check.js';
import { errorMessage, fileErrorReason, UsageError } from './errors.js';
import { ONNXRUNTIME_FILES } from './onnxruntime-files.js';
import { extractTarball, TarExtractError } from './tar-extract.js';

/**
 * robustness-check runs models in onnxruntime-node, a native addon no bundle can hold. The entry
 * point finds it installed, restores it from a cache, or installs the pinned tarballs from the npm
 * registry itself (a runner need not have npm): each tarball's sha512 is checked against the pin
 * before a byte of it is extracted, and only the binaries of the running platform are kept.
 * Whatever the source, an install is loaded only when its files are the pinned ones: a poisoned
 * cache entry or tool-cache directory, or a package planted in a scanned repository, would
 * otherwise run its native code in the check's process.
 */

export interface PinnedPackage {
  readonly name: string;
  readonly version: string;
  /** Subresource-integrity form, as package-lock.json records it. */
  readonly integrity: string;
  /**
   * SHA-256 (hex) of every file the tarball installs, by path inside the package. Binaries under
   * `bin/napi-v<n>/<platform>/<arch>/` are checked for the running platform only.
   */
  readonly files: Readonly<Record<string, string>>;
}

function pinnedFiles(name: string): Readonly<Record<string, string>> {
  const files = ONNXRUNTIME_FILES[name];
  if (files === undefined) throw new Error(`${name} has no pinned files; run scripts/pin-onnxruntime.mjs`);
  return files;
}

/**
 * What `require('onnxruntime-node')` loads: its dist/ requires onnxruntime-common and nothing
 * else; adm-zip and global-agent serve only its install script (CUDA downloads), which this
 * provisioning never runs. Kept equal to package-lock.json by a test.
 */
export const ONNXRUNTIME_PACKAGES: readonly PinnedPackage[] = [
  {
    name: 'onnxruntime-node',
    version: '1.30.0',
    integrity:
      'sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==',
    files: pinnedFiles('onnxruntime-node'),
  },
  {
    name: 'onnxruntime-common',
    version: '1.30.0',
    integrity:
      'sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==',
    files: pinnedFiles('onnxruntime-common'),
  },
];

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

/** A cache of directories by key (@actions/cache in the action). */
export interface RuntimeCache {
  /** True when `key` was found and its directory restored. */
  restore(key: string, directory: string): Promise<boolean>;
  save(key: string, directory: string): Promise<void>;
}

/** The package loaded: the first pin. */
function mainPackage(packages: readonly PinnedPackage[]): PinnedPackage {
  const main = packages[0];
  if (main === undefined) throw new Error('provisionOnnxRuntime: no packages pinned');
  return main;
}

/**
 * Version, OS and architecture name what the directory holds; the hash of the pins makes a
 * re-pinned tarball (same version, other integrity) miss the old entry.
 */
export function runtimeCacheKey(
  platform: string,
  arch: string,
  packages: readonly PinnedPackage[] = ONNXRUNTIME_PACKAGES,
): string {
  const main = mainPackage(packages);
  const pins = packages.map((pin) => `${pin.name}@${pin.version} ${pin.integrity}`).join('\n');
  const hash = createHash('sha256').update(pins).digest('hex').slice(0, 12);
  return `mlsec-${main.name}-${main.version}-${platform}-${arch}-${hash}`;
}

function isModuleNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'MODULE_NOT_FOUND';
}

const NATIVE_BINARY_DIRECTORY = /^bin\/napi-v\d+\/([^/]+)\/([^/]+)\//;

/** Platform-independent files and this platform's binaries: what loading on it can read. */
function loadableHere(file: string, platform: string, arch: string): boolean {
  const binary = NATIVE_BINARY_DIRECTORY.exec(file);
  return binary === null || (binary[1] === platform && binary[2] === arch);
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Why the package in `directory` is not the pinned one, or undefined when it is: every file must
 * be pinned (a nested node_modules, an extra addon or library is refused), every pinned file this
 * platform loads must be there with its hash. Other platforms' pinned binaries may be there too
 * (npm installs them all); they are never loaded here, so they are not hashed.
 */
async function packageProblem(
  directory: string,
  pin: PinnedPackage,
  platform: string,
  arch: string,
): Promise<string | undefined> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { recursive: true, withFileTypes: true });
  } catch (error) {
    return `${pin.name} cannot be read (${fileErrorReason(error)})`;
  }
  const unseen = new Set(Object.keys(pin.files).filter((file) => loadableHere(file, platform, arch)));
  // In path order, so that the problem named does not depend on the file system's.
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { entry, absolute, file: path.relative(directory, absolute).split(path.sep).join('/') };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { entry, absolute, file } of files) {
    if (!entry.isFile()) return `${pin.name}/${file} is not a regular file`;
    if (!Object.hasOwn(pin.files, file))
      return `${pin.name}/${file} is not a file of ${pin.name}@${pin.version}`;
    if (!loadableHere(file, platform, arch)) continue;
    if ((await sha256File(absolute)) !== pin.files[file])
      return `${pin.name}/${file} differs from the published ${pin.name}@${pin.version}`;
    unseen.delete(file);
  }
  const missing = [...unseen].sort()[0];
  return missing === undefined ? undefined : `${pin.name}/${missing} is missing`;
}

/** The package directory of `resolved`, a file that `require.resolve(name)` returned. */
function packageRoot(resolved: string, name: string): string | undefined {
  const marker = `${path.sep}node_modules${path.sep}${name.split('/').join(path.sep)}${path.sep}`;
  const index = resolved.lastIndexOf(marker);
  return index === -1 ? undefined : resolved.slice(0, index + marker.length - 1);
}

/**
 * Why the runtime whose first pin is installed in `mainDirectory` must not be loaded, or
 * undefined. Each dependency is checked where the main package's require() finds it.
 */
async function runtimeProblem(
  mainDirectory: string,
  packages: readonly PinnedPackage[],
  platform: string,
  arch: string,
): Promise<string | undefined> {
  const [main, ...dependencies] = packages;
  if (main === undefined) throw new Error('provisionOnnxRuntime: no packages pinned');
  const version = await installedVersion(mainDirectory);
  if (version !== main.version)
    return version === undefined
      ? `${main.name} has no readable package.json`
      : `${main.name} is ${version.slice(0, 40)}, not the pinned ${main.version}`;
  const mainProblem = await packageProblem(mainDirectory, main, platform, arch);
  if (mainProblem !== undefined) return mainProblem;
  const require = createRequire(path.join(mainDirectory, 'package.json'));
  for (const dependency of dependencies) {
    let resolved: string;
    try {
      resolved = require.resolve(dependency.name);
    } catch (error) {
      if (isModuleNotFound(error)) return `${dependency.name} is missing`;
      throw error;
    }
    const root = packageRoot(resolved, dependency.name);
    if (root === undefined) return `${dependency.name} resolves outside a node_modules directory`;
    const problem = await packageProblem(root, dependency, platform, arch);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

async function installedVersion(packageDirectory: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(packageDirectory, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/** Requires the package in `mainDirectory`; one that fails to load (a native library the system lacks) is a UsageError. */
function requireRuntime(mainDirectory: string, name: string): OnnxRuntime {
  try {
    return createRequire(path.join(mainDirectory, 'package.json'))(mainDirectory) as OnnxRuntime;
  } catch (error) {
    throw new UsageError(
      'UNREADABLE_INPUT',
      `${name} is installed but does not load on this system (${errorMessage(error).split('\n')[0]}); ` +
        `robustness-check needs its native library for ${process.platform}-${process.arch}.`,
      { cause: error },
    );
  }
}

export interface VerifyOptions {
  platform: string;
  arch: string;
  /** The pins; the first is the package loaded. Tests pin a fake package. */
  packages?: readonly PinnedPackage[];
}

export type VerifiedRuntime = { ort: OnnxRuntime } | { refused: string };

/**
 * Loads the runtime installed in `mainDirectory` (the first pin's package directory) when it and
 * its dependencies are the pinned files; else says why not, having loaded nothing.
 */
export async function loadVerifiedOnnxRuntime(
  mainDirectory: string,
  options: VerifyOptions,
): Promise<VerifiedRuntime> {
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  // Verified and required by the real path, so that a link swapped in between is not followed.
  let real: string;
  try {
    real = await realpath(mainDirectory);
  } catch (error) {
    return { refused: `${main.name} cannot be read (${fileErrorReason(error)})` };
  }
  const problem = await runtimeProblem(real, packages, options.platform, options.arch);
  return problem === undefined ? { ort: requireRuntime(real, main.name) } : { refused: problem };
}

/**
 * onnxruntime-node as mlsec's own installation has it (resolved from `from`, the URL of an mlsec
 * module, never from the directory a run scans), when it is the pinned one; undefined when there is
 * none, or it is another version or altered (said through `progress`).
 */
export async function ownOnnxRuntime(
  from: string | URL,
  options: VerifyOptions & { progress: (message: string) => void },
): Promise<OnnxRuntime | undefined> {
  const main = mainPackage(options.packages ?? ONNXRUNTIME_PACKAGES);
  let resolved: string;
  try {
    resolved = createRequire(from).resolve(main.name);
  } catch (error) {
    if (isModuleNotFound(error)) return undefined;
    throw error;
  }
  const root = packageRoot(resolved, main.name);
  if (root === undefined) return undefined;
  const verified = await loadVerifiedOnnxRuntime(root, options);
  if ('ort' in verified) return verified.ort;
  options.progress(
    `${main.name} in ${root} is not used: ${verified.refused}; using the pinned ${main.name}@${main.version} instead`,
  );
  return undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Removes a refused install so that nothing of it stays next to the one installed instead. */
async function removeInstall(directory: string, packages: readonly PinnedPackage[]): Promise<void> {
  for (const pin of packages)
    await rm(path.join(directory, 'node_modules', pin.name), { recursive: true, force: true });
}

export interface ProvisionOptions {
  /** Holds `node_modules/<name>` for each pin; created when absent. */
  directory: string;
  registry?: string;
  fetch: typeof fetch;
  cache?: RuntimeCache;
  platform: string;
  arch: string;
  progress: (message: string) => void;
  /** The pins to install; the first is the package loaded. Tests pin a fake package. */
  packages?: readonly PinnedPackage[];
  /** Milliseconds without a byte (before the response, or between chunks) before a download is retried. */
  stallTimeoutMs?: number;
  /** Milliseconds before the one retry of a failed download. */
  retryDelayMs?: number;
}

export interface ProvisionedRuntime {
  ort: OnnxRuntime;
  source: 'installed' | 'cache' | 'download';
  seconds: number;
}

/** Finds, restores or installs onnxruntime-node in `options.directory` and loads it. */
export async function provisionOnnxRuntime(options: ProvisionOptions): Promise<ProvisionedRuntime> {
  const started = performance.now();
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  const directory = path.resolve(options.directory);
  const mainDirectory = path.join(directory, 'node_modules', main.name);
  const label = `${main.name}@${main.version}`;
  const elapsed = (): number => Math.round((performance.now() - started) / 100) / 10;
  const verify = (): Promise<VerifiedRuntime> =>
    loadVerifiedOnnxRuntime(mainDirectory, { platform: options.platform, arch: options.arch, packages });

  if (await exists(mainDirectory)) {
    const installed = await verify();
    if ('ort' in installed) return { ort: installed.ort, source: 'installed', seconds: elapsed() };
    options.progress(`${label} in ${directory} is refused (${installed.refused}); installing it again`);
    await removeInstall(directory, packages);
  }

  const key = runtimeCacheKey(options.platform, options.arch, packages);
  if (options.cache !== undefined) {
    let restored = false;
    try {
      restored = await options.cache.restore(key, directory);
    } catch (error) {
      options.progress(
        `${label}: the cache could not be restored (${errorMessage(error)}); downloading it instead`,
      );
    }
    if (restored) {
      const fromCache = await verify();
      if ('ort' in fromCache) {
        options.progress(`${label}: restored from the cache in ${elapsed()} s`);
        return { ort: fromCache.ort, source: 'cache', seconds: elapsed() };
      }
      options.progress(
        `${label}: the cache entry ${key} is refused (${fromCache.refused}); downloading it instead`,
      );
      await removeInstall(directory, packages);
    }
  }

  await install(directory, packages, options);
  const downloaded = await verify();
  if ('refused' in downloaded) {
    await removeInstall(directory, packages);
    // The tarballs matched their integrity, so the file pins are what is wrong.
    throw new Error(
      `${label} as published does not match its pinned files (${downloaded.refused}); rerun scripts/pin-onnxruntime.mjs`,
    );
  }
  if (options.cache !== undefined) {
    try {
      await options.cache.save(key, directory);
    } catch (error) {
      options.progress(
        `${label}: installed, but it could not be cached (${errorMessage(error)}); the next run downloads it again`,
      );
    }
  }
  options.progress(`${label}: downloaded and installed in ${elapsed()} s`);
  return { ort: downloaded.ort, source: 'download', seconds: elapsed() };
}

/** `https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`, as npm publishes tarballs. */
export function tarballUrl(registry: string, pin: PinnedPackage): string {
  const basename = pin.name.slice(pin.name.lastIndexOf('/') + 1);
  return `${registry.replace(/\/+$/, '')}/${pin.name}/-/${basename}-${pin.version}.tgz`;
}

/**
 * Downloads, verifies and extracts every pin into a staging directory next to the target, then
 * moves each package into place, the loaded one last: a run that dies part-way leaves no package
 * that loads with a missing dependency.
 */
async function install(
  directory: string,
  packages: readonly PinnedPackage[],
  options: ProvisionOptions,
): Promise<void> {
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const staging = path.join(directory, `.staging-${randomBytes(6).toString('hex')}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const pin of packages) {
      const url = tarballUrl(registry, pin);
      options.progress(`${pin.name}@${pin.version}: downloading ${url}`);
      const tarball = path.join(staging, `${pin.name.replace('/', '+')}.tgz`);
      await downloadVerified(url, tarball, pin, options);
      await extractPackage(tarball, path.join(staging, 'node_modules', pin.name), pin, options);
      await rm(tarball);
    }
    for (const pin of [...packages].reverse()) {
      const target = path.join(directory, 'node_modules', pin.name);
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(staging, 'node_modules', pin.name), target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function sriDigest(integrity: string): { algorithm: string; digest: string } {
  const match = /^(sha512)-([A-Za-z0-9+/=]+)$/.exec(integrity.trim());
  if (match === null) throw new Error(`unsupported integrity ${integrity.slice(0, 12)}…`);
  return { algorithm: match[1]!, digest: match[2]! };
}

function unreachable(pin: PinnedPackage, url: string, why: string, cause?: unknown): UsageError {
  return new UsageError(
    'UNREADABLE_INPUT',
    `robustness-check needs ${pin.name}@${pin.version} and could not download it from ${url} (${why}); ` +
      `install ${pin.name}@${pin.version} next to mlsec (npm install ${pin.name}@${pin.version}) ` +
      `or allow access to ${new URL(url).host}.`,
    cause === undefined ? undefined : { cause },
  );
}

/** A download that failed in a way another attempt may not (the server's 5xx, a reset, a stall). */
class TransientDownloadError extends Error {}

async function downloadVerified(
  url: string,
  file: string,
  pin: PinnedPackage,
  options: ProvisionOptions,
): Promise<void> {
  const { algorithm, digest: expected } = sriDigest(pin.integrity);
  const attempts = 2;
  for (let attempt = 1; ; attempt++) {
    try {
      const actual = await downloadOnce(url, file, pin, algorithm, options);
      if (actual !== expected) {
        throw new UsageError(
          'UNREADABLE_INPUT',
          `${pin.name}@${pin.version} from ${url} does not match its pinned integrity ` +
            `(expected ${algorithm}-${expected.slice(0, 12)}…, got ${algorithm}-${actual.slice(0, 12)}…); ` +
            'nothing was extracted. Use a registry that serves the published tarball.',
        );
      }
      return;
    } catch (error) {
      if (!(error instanceof TransientDownloadError)) throw error;
      if (attempt >= attempts)
        throw unreachable(pin, url, `${error.message}; tried ${attempts} times`, error.cause);
      options.progress(`${pin.name}@${pin.version}: ${error.message}; retrying`);
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 2000));
    }
  }
}

/** What undici says went wrong: its TypeError("fetch failed") hides the reason in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return errorMessage(error);
}

/** Streams the tarball to `file`; returns its base64 digest. */
async function downloadOnce(
  url: string,
  file: string,
  pin: PinnedPackage,
  algorithm: string,
  options: ProvisionOptions,
): Promise<string> {
  const stallMs = options.stallTimeoutMs ?? 60_000;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), stallMs);
  const stillAlive = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), stallMs);
  };
  const failure = (error: unknown): TransientDownloadError =>
    new TransientDownloadError(
      controller.signal.aborted ? `no data for ${Math.round(stallMs / 1000)} s` : networkReason(error),
      { cause: error },
    );
  try {
    let response: Response;
    try {
      response = await options.fetch(url, { signal: controller.signal });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      const status = `HTTP ${response.status}`;
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 500 || response.status === 429) throw new TransientDownloadError(status);
      throw unreachable(pin, url, status);
    }
    if (response.body === null) throw new TransientDownloadError('an empty response');
    const hash = createHash(algorithm);
    const output = createWriteStream(file);
    let writeError: unknown;
    output.on('error', (error) => (writeError = error));
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        stillAlive();
        hash.update(chunk);
        if (!output.write(chunk)) await once(output, 'drain');
      }
      output.end();
      await finished(output);
    } catch (error) {
      output.destroy();
      if (writeError !== undefined) {
        throw new UsageError(
          'UNWRITABLE_OUTPUT',
          `${pin.name}@${pin.version}: cannot write the download to ${path.dirname(file)} (${fileErrorReason(writeError)})`,
          { cause: writeError },
        );
      }
      throw failure(error);
    }
    return hash.digest('base64');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Extracts one package, keeping of its native binaries only the running platform's. A package
 * with binaries but none for this platform is refused, naming the ones it has.
 */
async function extractPackage(
  tarball: string,
  destination: string,
  pin: PinnedPackage,
  options: ProvisionOptions,
): Promise<void> {
  const platforms = new Set<string>();
  const wanted = `bin/napi-v6/${options.platform}/${options.arch}/`;
  let kept = 0;
  try {
    await extractTarball(tarball, {
      destination,
      select: (member) => {
        const binary = /^bin\/napi-v\d+\/([^/]+)\/([^/]+)\//.exec(member);
        if (binary === null) return member;
        platforms.add(`${binary[1]}-${binary[2]}`);
        if (!member.startsWith(wanted)) return undefined;
        kept++;
        return member;
      },
    });
  } catch (error) {
    if (!(error instanceof TarExtractError)) throw error;
    const entry = error.entry === undefined ? '' : ` (member ${JSON.stringify(error.entry.slice(0, 200))})`;
    throw new UsageError(
      'UNREADABLE_INPUT',
      `${pin.name}@${pin.version}: the tarball was refused: ${error.message}${entry}; nothing was installed.`,
      { cause: error },
    );
  }
  if (platforms.size > 0 && kept === 0) {
    throw new UsageError(
      'INVALID_INPUT',
      `${pin.name}@${pin.version} has no native binary for ${options.platform}-${options.arch}; it has ` +
        `${[...platforms].sort().join(', ')}. Run robustness-check on one of those platforms.`,
    );
  }
}

/** `<base>/mlsec/onnxruntime/<version>/<platform>-<arch>`: one directory per runtime an entry point installs. */
export function onnxRuntimeDirectory(
  base: string,
  platform: string,
  arch: string,
  packages: readonly PinnedPackage[] = ONNXRUNTIME_PACKAGES,
): string {
  return path.join(base, 'mlsec', 'onnxruntime', mainPackage(packages).version, `${platform}-${arch}`);
}
