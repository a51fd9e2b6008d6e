import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, createWriteStream, type Dirent, rmSync } from 'node:fs';
import { once } from 'node:events';
import {
  type FileHandle,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  unlink,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
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
 * Whatever the source, an install is loaded only when its files are the pinned ones, and then from
 * a private copy of the bytes that were checked: a poisoned cache entry or tool-cache directory, or
 * a package planted in a scanned repository, would otherwise run its native code in the check's
 * process.
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

// Windows has neither; there the lstat of every path component still refuses links.
const OPEN_FOR_VERIFY = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/** True when every component of `relative` below `base` is a real directory, none a link. */
async function realDirectories(base: string, relative: readonly string[]): Promise<boolean> {
  let current = base;
  for (const segment of relative) {
    current = path.join(current, segment);
    if (!(await lstat(current)).isDirectory()) return false;
  }
  return true;
}

/**
 * The SHA-256 of `file` (a '/'-separated path in the package at `root`) as read through a
 * descriptor, having written the same bytes to `copy` when given; undefined when the file or a
 * directory on its way is not a real one (a link swapped in after the listing). What matters for
 * loading is only that the bytes read match the pin: they, not the file, are what runs.
 */
async function readPinnedFile(
  root: string,
  file: string,
  copy: string | undefined,
): Promise<string | undefined> {
  const segments = file.split('/');
  if (!(await realDirectories(root, segments.slice(0, -1)))) return undefined;
  let input: FileHandle;
  try {
    input = await open(path.join(root, ...segments), OPEN_FOR_VERIFY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
    throw error;
  }
  try {
    if (!(await input.stat()).isFile()) return undefined;
    // Executable, as npm installs a native library; the private directory keeps others out.
    const output = copy === undefined ? undefined : await open(copy, 'wx', 0o700);
    try {
      const hash = createHash('sha256');
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        hash.update(buffer.subarray(0, bytesRead));
        for (let written = 0; output !== undefined && written < bytesRead;)
          written += (await output.write(buffer, written, bytesRead - written)).bytesWritten;
      }
      return hash.digest('hex');
    } finally {
      await output?.close();
    }
  } finally {
    await input.close();
  }
}

/** Where a pinned package is read from: its directory in an install. */
interface PackageSource {
  readonly pin: PinnedPackage;
  readonly root: string;
}

/**
 * Why the package at `source.root` is not the pinned one, or undefined when it is: every file must
 * be pinned (a nested node_modules, an extra addon or library is refused), every pinned file this
 * platform loads must be there with its hash, and no link may be anywhere in it. Other platforms'
 * pinned binaries may be there too (npm installs them all); they are never loaded here, so they are
 * neither hashed nor copied. With `copyRoot`, the verified bytes of each file are written below it.
 */
async function packageProblem(
  { pin, root }: PackageSource,
  platform: string,
  arch: string,
  copyRoot: string | undefined,
): Promise<string | undefined> {
  let entries: Dirent[];
  try {
    if (!(await lstat(root)).isDirectory()) return `${pin.name} is not a directory`;
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    return `${pin.name} cannot be read (${fileErrorReason(error)})`;
  }
  const unseen = new Set(Object.keys(pin.files).filter((file) => loadableHere(file, platform, arch)));
  // In path order, so that the problem named does not depend on the file system's.
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({
      entry,
      file: path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { entry, file } of files) {
    if (!entry.isFile()) return `${pin.name}/${file} is not a regular file`;
    if (!Object.hasOwn(pin.files, file))
      return `${pin.name}/${file} is not a file of ${pin.name}@${pin.version}`;
    if (!loadableHere(file, platform, arch)) continue;
    let copy: string | undefined;
    if (copyRoot !== undefined) {
      copy = path.join(copyRoot, ...file.split('/'));
      await mkdir(path.dirname(copy), { recursive: true, mode: 0o700 });
    }
    let digest: string | undefined;
    try {
      digest = await readPinnedFile(root, file, copy);
    } catch (error) {
      return `${pin.name}/${file} cannot be read (${fileErrorReason(error)})`;
    }
    if (digest === undefined) return `${pin.name}/${file} is not a regular file`;
    if (digest !== pin.files[file])
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

/** Larger than any package.json of the pins; a bigger one is not read. */
const MAX_MANIFEST_BYTES = 1 << 20;

/** The version in the package's package.json, read only when it is a regular file (a FIFO would block). */
async function installedVersion(packageDirectory: string): Promise<string | undefined> {
  try {
    const handle = await open(path.join(packageDirectory, 'package.json'), OPEN_FOR_VERIFY);
    let text: string;
    try {
      const stats = await handle.stat();
      if (!stats.isFile() || stats.size > MAX_MANIFEST_BYTES) return undefined;
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    const manifest = JSON.parse(text) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file the copy's package.json names as "main", which require() is given itself: a directory
 * path would let Node's file-before-directory lookup load something else.
 */
async function entryFile(
  packageCopy: string,
  pin: PinnedPackage,
  platform: string,
  arch: string,
): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageCopy, 'package.json'), 'utf8')) as {
    main?: unknown;
  };
  const main = path.posix.normalize(typeof manifest.main === 'string' ? manifest.main : 'index.js');
  if (!Object.hasOwn(pin.files, main) || !loadableHere(main, platform, arch))
    throw new Error(
      `${pin.name}@${pin.version}: its "main" names no pinned file; rerun scripts/pin-onnxruntime.mjs`,
    );
  return path.join(packageCopy, ...main.split('/'));
}

/** Requires `entry`; one that fails to load (a native library the system lacks) is a UsageError. */
function requireRuntime(entry: string, name: string): OnnxRuntime {
  try {
    return createRequire(entry)(entry) as OnnxRuntime;
  } catch (error) {
    throw new UsageError(
      'UNREADABLE_INPUT',
      `${name} is installed but does not load on this system (${errorMessage(error).split('\n')[0]}); ` +
        `robustness-check needs its native library for ${process.platform}-${process.arch}.`,
      { cause: error },
    );
  }
}

/**
 * Runtimes loaded from a private copy, by pins and platform: the copy's bytes are the pinned ones,
 * so a later install that verifies is served by the runtime already loaded rather than a second
 * copy of the native addon.
 */
const loadedRuntimes = new Map<string, OnnxRuntime>();

function loadedRuntimeKey(packages: readonly PinnedPackage[], platform: string, arch: string): string {
  const pins = packages.map((pin) => [pin.name, pin.version, Object.entries(pin.files).sort()]);
  return createHash('sha256')
    .update(JSON.stringify([platform, arch, pins]))
    .digest('hex');
}

const privateCopies: string[] = [];

/** Best effort: a loaded library may not be deletable (Windows), and a copy left in the temp directory is harmless. */
function removeAtExit(directory: string): void {
  if (privateCopies.push(directory) > 1) return;
  process.once('exit', () => {
    for (const copy of privateCopies) {
      try {
        rmSync(copy, { recursive: true, force: true });
      } catch {
        // Left for the temp directory's cleaning.
      }
    }
  });
}

/** A new directory that only this user can change (mkdtemp makes it 0700), for the copy that is loaded. */
async function privateDirectory(parent: string, main: PinnedPackage): Promise<string> {
  try {
    await mkdir(parent, { recursive: true });
    return await mkdtemp(path.join(parent, 'mlsec-onnxruntime-'));
  } catch (error) {
    throw new UsageError(
      'UNWRITABLE_OUTPUT',
      `robustness-check cannot copy ${main.name} into ${parent} to load it (${fileErrorReason(error)}); ` +
        'make the temporary directory writable.',
      { cause: error },
    );
  }
}

/** A dependency's package directory in the install, or why it cannot be loaded. */
type LocateDependency = (pin: PinnedPackage) => Promise<{ root: string } | { refused: string }>;

/**
 * Verifies the pinned packages, the first at `mainRoot` and each other where `locate` finds it, by
 * copying: each file is read once, hashed and written to a fresh private directory, and only that
 * copy is required. A file changed after its check, or a module planted next to a verified
 * package, is never what runs.
 */
async function loadCopy(
  mainRoot: string,
  locate: LocateDependency,
  options: VerifyOptions,
): Promise<VerifiedRuntime> {
  const { platform, arch } = options;
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  const version = await installedVersion(mainRoot);
  if (version !== main.version)
    return version === undefined
      ? { refused: `${main.name} has no readable package.json` }
      : { refused: `${main.name} is ${version.slice(0, 40)}, not the pinned ${main.version}` };
  const key = loadedRuntimeKey(packages, platform, arch);
  const loaded = loadedRuntimes.get(key);
  const copy =
    loaded === undefined ? await privateDirectory(options.scratchDirectory ?? os.tmpdir(), main) : undefined;
  const copyOf = (pin: PinnedPackage): string | undefined =>
    copy === undefined ? undefined : path.join(copy, 'node_modules', ...pin.name.split('/'));
  try {
    for (const [index, pin] of packages.entries()) {
      const located = index === 0 ? { root: mainRoot } : await locate(pin);
      const problem =
        'refused' in located
          ? located.refused
          : await packageProblem({ pin, root: located.root }, platform, arch, copyOf(pin));
      if (problem !== undefined) {
        if (copy !== undefined) await rm(copy, { recursive: true, force: true });
        return { refused: problem };
      }
    }
    if (loaded !== undefined) return { ort: loaded };
    const ort = requireRuntime(await entryFile(copyOf(main)!, main, platform, arch), main.name);
    loadedRuntimes.set(key, ort);
    removeAtExit(copy!);
    return { ort };
  } catch (error) {
    if (copy !== undefined) await rm(copy, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

export interface VerifyOptions {
  platform: string;
  arch: string;
  /** The pins; the first is the package loaded. Tests pin a fake package. */
  packages?: readonly PinnedPackage[];
  /** Where the private copy that is loaded is made (os.tmpdir() when absent); it must allow executing libraries. */
  scratchDirectory?: string;
}

export type VerifiedRuntime = { ort: OnnxRuntime } | { refused: string };

/**
 * Loads the runtime installed in `mainDirectory` (the first pin's package directory, which may be
 * a link, as pnpm makes it) from a private verified copy when it and its dependencies are the
 * pinned files; else says why not, having loaded nothing. Each dependency is read where the main
 * package's require() finds it.
 */
export async function loadVerifiedOnnxRuntime(
  mainDirectory: string,
  options: VerifyOptions,
): Promise<VerifiedRuntime> {
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  const main = mainPackage(packages);
  let real: string;
  try {
    real = await realpath(mainDirectory);
  } catch (error) {
    return { refused: `${main.name} cannot be read (${fileErrorReason(error)})` };
  }
  const require = createRequire(path.join(real, 'package.json'));
  const locate: LocateDependency = async (dependency) => {
    let resolved: string;
    try {
      resolved = require.resolve(dependency.name);
    } catch (error) {
      if (isModuleNotFound(error)) return { refused: `${dependency.name} is missing` };
      throw error;
    }
    const root = packageRoot(resolved, dependency.name);
    return root === undefined
      ? { refused: `${dependency.name} resolves outside a node_modules directory` }
      : { root };
  };
  return loadCopy(real, locate, { ...options, packages });
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

/**
 * Loads the install in `directory` (`node_modules/<name>` for each pin) when it is the pinned
 * files, with no link from `directory` down: a `node_modules` linked elsewhere is refused, never
 * read, deleted or written through.
 */
async function loadInstalled(directory: string, options: VerifyOptions): Promise<VerifiedRuntime> {
  const packages = options.packages ?? ONNXRUNTIME_PACKAGES;
  try {
    if (!(await lstat(directory)).isDirectory()) return { refused: 'it is a link or not a directory' };
  } catch (error) {
    return { refused: `it cannot be read (${fileErrorReason(error)})` };
  }
  const locate: LocateDependency = async (pin) => {
    const segments = ['node_modules', ...pin.name.split('/')];
    try {
      if (await realDirectories(directory, segments)) return { root: path.join(directory, ...segments) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { refused: `${pin.name} is missing` };
      return { refused: `${pin.name} cannot be read (${fileErrorReason(error)})` };
    }
    return { refused: `${segments.join('/')} is a link or not a directory` };
  };
  const main = await locate(mainPackage(packages));
  return 'refused' in main ? main : loadCopy(main.root, locate, options);
}

/** True when something is at `directory` other than an empty directory. */
async function holdsAnything(directory: string): Promise<boolean> {
  try {
    if (!(await lstat(directory)).isDirectory()) return true;
    return (await readdir(directory)).length > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Makes `directory` a new empty directory, removing all of a refused install: files planted next
 * to its packages too. A link there is unlinked, and fs.rm unlinks links inside without following
 * them, so nothing outside `directory` is touched.
 */
async function replaceDirectory(directory: string): Promise<void> {
  const stats = await lstat(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats?.isDirectory() === true) await rm(directory, { recursive: true, force: true });
  else if (stats !== undefined) await unlink(directory);
  await mkdir(directory, { recursive: true });
}

export interface ProvisionOptions {
  /** Holds `node_modules/<name>` for each pin; created when absent, replaced when refused. */
  directory: string;
  registry?: string;
  fetch: typeof fetch;
  cache?: RuntimeCache;
  platform: string;
  arch: string;
  progress: (message: string) => void;
  /** The pins to install; the first is the package loaded. Tests pin a fake package. */
  packages?: readonly PinnedPackage[];
  /** Where the private copy that is loaded is made (os.tmpdir() when absent); it must allow executing libraries. */
  scratchDirectory?: string;
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
  const label = `${main.name}@${main.version}`;
  const elapsed = (): number => Math.round((performance.now() - started) / 100) / 10;
  const verify = (): Promise<VerifiedRuntime> =>
    loadInstalled(directory, {
      platform: options.platform,
      arch: options.arch,
      packages,
      ...(options.scratchDirectory !== undefined ? { scratchDirectory: options.scratchDirectory } : {}),
    });

  if (await holdsAnything(directory)) {
    const installed = await verify();
    if ('ort' in installed) return { ort: installed.ort, source: 'installed', seconds: elapsed() };
    options.progress(`${label} in ${directory} is refused (${installed.refused}); installing it again`);
  }
  await replaceDirectory(directory);

  const key = runtimeCacheKey(options.platform, options.arch, packages);
  if (options.cache !== undefined) {
    let restored = false;
    try {
      restored = await options.cache.restore(key, directory);
    } catch (error) {
      options.progress(
        `${label}: the cache could not be restored (${errorMessage(error)}); downloading it instead`,
      );
      await replaceDirectory(directory);
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
      await replaceDirectory(directory);
    }
  }

  await install(directory, packages, options);
  const downloaded = await verify();
  if ('refused' in downloaded) {
    await replaceDirectory(directory);
    // The tarballs matched their integrity and went into a new directory: the file pins are wrong.
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
