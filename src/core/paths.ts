import { lstat, opendir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

/**
 * Path safety for everything that scans a tree: results name files relative to the scanned root
 * with forward slashes, no path given by a user or found in a file may escape the root, and
 * symbolic links are never followed out of it.
 */

export function toPosix(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

/** Relative, forward-slash form of `absolute` under `root`, or undefined when it is outside. */
export function relativeInside(root: string, absolute: string): string | undefined {
  const rel = path.relative(root, absolute);
  if (rel === '') return '.';
  if (rel.startsWith('..') && (rel === '..' || rel.startsWith(`..${path.sep}`))) return undefined;
  if (path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/**
 * Resolves a user-supplied path against the root and refuses one that leaves it, also through a
 * symbolic link. Returns the absolute path and the root-relative display path.
 */
export async function resolveInside(
  root: string,
  userPath: string,
  inputName: string,
): Promise<{ absolute: string; relative: string }> {
  if (userPath.includes('\0')) {
    throw new UsageError('INVALID_INPUT', `${inputName}: path contains a NUL byte`);
  }
  const absolute = path.resolve(root, userPath);
  const relative = relativeInside(root, absolute);
  if (relative === undefined) {
    throw new UsageError('PATH_OUTSIDE_ROOT', `${inputName}: ${JSON.stringify(userPath)} is outside ${root}`);
  }
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(absolute), realpath(root)]);
  } catch (error) {
    throw new UsageError('FILE_NOT_FOUND', `${inputName}: ${JSON.stringify(userPath)} does not exist`, {
      cause: error,
    });
  }
  if (relativeInside(realRoot, real) === undefined) {
    throw new UsageError(
      'PATH_OUTSIDE_ROOT',
      `${inputName}: ${JSON.stringify(userPath)} resolves through a symbolic link to outside ${root}`,
    );
  }
  return { absolute, relative };
}

/** A name found inside a file (archive member, manifest entry) that is safe to join to a root. */
export function isSafeMemberName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..');
}

export interface WalkEntry {
  absolute: string;
  relative: string;
  size: number;
}

export interface SkippedEntry {
  relative: string;
  reason: string;
}

export interface WalkOptions {
  /** Decides on root-relative paths; directories are tested with a trailing `/`. */
  exclude?: (relative: string) => boolean;
}

/**
 * Every regular file under `start` (a file or a directory inside `root`), in sorted order.
 * Symbolic links are not followed; they are reported as skipped so nothing vanishes silently.
 */
export async function walkFiles(
  root: string,
  start: string,
  options: WalkOptions = {},
): Promise<{ files: WalkEntry[]; skipped: SkippedEntry[] }> {
  const files: WalkEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const exclude = options.exclude ?? (() => false);

  async function visit(absolute: string): Promise<void> {
    const relative = relativeInside(root, absolute);
    if (relative === undefined) return;
    const stats = await lstat(absolute);
    if (stats.isSymbolicLink()) {
      skipped.push({ relative, reason: 'symbolic link (not followed)' });
    } else if (stats.isDirectory()) {
      if (relative !== '.' && exclude(`${relative}/`)) return;
      const names: string[] = [];
      for await (const entry of await opendir(absolute)) names.push(entry.name);
      names.sort();
      for (const name of names) await visit(path.join(absolute, name));
    } else if (stats.isFile()) {
      if (!exclude(relative)) files.push({ absolute, relative, size: stats.size });
    } else {
      skipped.push({ relative, reason: 'not a regular file' });
    }
  }

  await visit(start);
  return { files, skipped };
}
