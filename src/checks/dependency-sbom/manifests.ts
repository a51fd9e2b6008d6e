/**
 * Which files of a repository dependency-sbom reads, and with which reader: manifests and lock
 * files are told by name (that is how pip, Poetry, uv, conda and npm find them too). Each is read
 * as text, bounded in size, and `-r`/`-c` includes are read only from inside the root, never
 * through a link that leaves it and never from a URL.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileErrorReason } from '../../core/errors.js';
import { displayPath } from '../../core/paths.js';
import { parseCondaEnvironment } from './conda.js';
import { lockFormat, lockReaders } from './locks.js';
import { parsePyproject } from './pyproject.js';
import { parseRequirements, type RequirementsInclude } from './requirements.js';
import { parseSetupCfg } from './setup-cfg.js';
import type { ReadResult } from './types.js';

export type ManifestKind = 'requirements' | 'pyproject' | 'setup-cfg' | 'conda' | 'lock';

/** The largest manifest read: generated lock files of large monorepos reach a few MiB. */
export const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

/** All that `-r`/`-c` includes may add up to in one run, over every requirements file. */
export const MAX_INCLUDED_PER_RUN = 16 * 1024 * 1024;

/**
 * What a file is, by its name: `requirements.txt`, `requirements-dev.txt`, `dev_requirements.in`,
 * any `.txt`/`.in` in a `requirements/` folder; `pyproject.toml`; `setup.cfg`;
 * `environment.yml` (and `environment-gpu.yaml`); the lock files `lockFormat` knows.
 */
export function manifestKind(relative: string): ManifestKind | undefined {
  const segments = relative.split('/');
  const base = segments[segments.length - 1] ?? '';
  if (lockFormat(base)) return 'lock';
  if (base === 'pyproject.toml') return 'pyproject';
  if (base === 'setup.cfg') return 'setup-cfg';
  if (/^environment(?:[-_.][\w.-]+)?\.ya?ml$/i.test(base)) return 'conda';
  // rye writes its locks (`requirements.lock`, `requirements-dev.lock`) as pip requirements.
  const requirementsText = /\.(?:txt|in|lock)$/i.test(base);
  if (!requirementsText) return undefined;
  const stem = base.replace(/\.(?:txt|in|lock)$/i, '');
  if (/(?:^|[-_.])requirements(?:$|[-_.])/i.test(stem)) return 'requirements';
  const folder = segments[segments.length - 2];
  return folder !== undefined && /^requirements$/i.test(folder) ? 'requirements' : undefined;
}

/**
 * Dependency files mlsec does not read, and what a user should know: each becomes a note unless
 * the file that stands for it (by name, in the same folder) is there and read.
 */
const UNREAD: readonly {
  readonly name: RegExp;
  readonly unless: readonly string[];
  /** The standing-in file may be in a folder above too (an npm workspace's lock is at its top). */
  readonly above?: true;
  readonly why: string;
}[] = [
  {
    name: /^package\.json$/,
    unless: ['package-lock.json', 'npm-shrinkwrap.json'],
    above: true,
    why: 'has no package-lock.json beside it, so its dependencies are not in the SBOM (run `npm install` to write one)',
  },
  {
    name: /^yarn\.lock$/,
    unless: [],
    why: 'is not read: mlsec reads npm lock files (package-lock.json v2/v3)',
  },
  {
    name: /^pnpm-lock\.ya?ml$/,
    unless: [],
    why: 'is not read: mlsec reads npm lock files (package-lock.json v2/v3)',
  },
  {
    name: /^bun\.lockb?$/,
    unless: [],
    why: 'is not read: mlsec reads npm lock files (package-lock.json v2/v3)',
  },
  {
    name: /^Pipfile$/,
    unless: ['Pipfile.lock'],
    why: 'is not read without its Pipfile.lock (run `pipenv lock` to write one)',
  },
  {
    name: /^setup\.py$/,
    unless: ['setup.cfg', 'pyproject.toml'],
    why: 'is code, which mlsec does not run: declare the dependencies in pyproject.toml or setup.cfg',
  },
  { name: /^conda-lock\.ya?ml$/, unless: [], why: 'is not read: mlsec reads environment.yml' },
];

/** Why a dependency file mlsec does not read is left out, or undefined when nothing is. */
/**
 * Whether a lock file above a folder installs that folder (an npm workspace member): the lock's
 * display path, and the folder relative to the lock's folder (`packages/ui`).
 */
export type LockCovers = (lock: string, folder: string) => boolean;

export function unreadManifest(
  relative: string,
  present: ReadonlySet<string>,
  covers: LockCovers = () => false,
): string | undefined {
  const slash = relative.lastIndexOf('/');
  const folder = slash < 0 ? '' : relative.slice(0, slash + 1);
  const base = relative.slice(slash + 1);
  const entry = UNREAD.find((candidate) => candidate.name.test(base));
  if (!entry) return undefined;
  if (entry.unless.some((name) => present.has(`${folder}${name}`))) return undefined;
  if (entry.above) {
    const parts = folder.split('/').filter((part) => part !== '');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const above = parts
        .slice(0, depth)
        .map((part) => `${part}/`)
        .join('');
      const member = parts.slice(depth).join('/');
      for (const name of entry.unless) {
        if (present.has(`${above}${name}`) && covers(`${above}${name}`, member)) return undefined;
      }
    }
  }
  return entry.why;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

/** A file's text: UTF-8 (a byte-order mark dropped), at most MAX_MANIFEST_BYTES. */
export function readManifestText(absolute: string): TextRead {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_MANIFEST_BYTES)
      return { ok: false, reason: `${size} bytes is more than a manifest holds (${MAX_MANIFEST_BYTES})` };
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    const text = utf8.decode(bytes.subarray(0, read));
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, reason: 'not UTF-8 text' };
    return { ok: false, reason: `cannot be read (${fileErrorReason(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `-r`/`-c` as pip resolves them (relative to the including file), confined to `boundary` (the
 * root, or the directory the user named outside it): a URL, an absolute path, a path leaving the
 * boundary or a link that resolves outside it is a problem, not a read.
 */
export function includeInside(root: string, boundary: string): RequirementsInclude {
  const realBoundary = realpathSync(boundary);
  // A file named by many lines (or many files) is read from disk once; what all of them pull in
  // is bounded for the run, since each top-level file parses what it includes again.
  const cache = new Map<string, ReturnType<RequirementsInclude>>();
  let served = 0;
  return (target, from) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target))
      return { problem: 'it is a URL, which mlsec does not fetch' };
    if (path.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target))
      return { problem: 'it is an absolute path, outside the repository' };
    const absolute = path.resolve(path.dirname(path.resolve(root, from)), target.replace(/\\/g, '/'));
    if (!inside(boundary, absolute)) return { problem: 'it leaves the repository' };
    let result = cache.get(absolute);
    if (!result) {
      result = readInclude(absolute, displayPath(root, absolute), realBoundary);
      cache.set(absolute, result);
    }
    if ('text' in result) {
      served += result.text.length;
      if (served > MAX_INCLUDED_PER_RUN)
        return {
          problem: `the requirements files include more than ${MAX_INCLUDED_PER_RUN} characters in all`,
        };
    }
    return result;
  };
}

/** `file` is `directory` or under it (`..data/x` is a name under it, `../x` is not). */
function inside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

function readInclude(absolute: string, file: string, realBoundary: string): ReturnType<RequirementsInclude> {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    return { problem: fileErrorReason(error) };
  }
  if (!inside(realBoundary, real))
    return { problem: 'it resolves through a symbolic link to outside the repository' };
  const read = readManifestText(real);
  return read.ok ? { text: read.text, file } : { problem: read.reason };
}

/** Runs the reader for `kind` on a file's text. */
export function readManifest(
  kind: ManifestKind,
  text: string,
  relative: string,
  include: RequirementsInclude,
): ReadResult {
  switch (kind) {
    case 'requirements':
      return parseRequirements(text, relative, include);
    case 'pyproject':
      return parsePyproject(text, relative);
    case 'setup-cfg':
      return parseSetupCfg(text, relative);
    case 'conda':
      return parseCondaEnvironment(text, relative, include);
    case 'lock':
      return lockReaders[lockFormat(relative)!](text, relative);
  }
}
