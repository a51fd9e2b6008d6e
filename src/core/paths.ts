import type { Stats } from 'node:fs';
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
  const { absolute, relative } = resolveInsideLexically(root, userPath, inputName);
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

/**
 * The lexical half of `resolveInside`, for a path that need not exist yet (a file a check will
 * write): refuses `..` escapes and absolute paths outside the root, follows no link.
 */
export function resolveInsideLexically(
  root: string,
  userPath: string,
  inputName: string,
): { absolute: string; relative: string } {
  if (userPath.includes('\0')) {
    throw new UsageError('INVALID_INPUT', `${inputName}: path contains a NUL byte`);
  }
  const absolute = path.resolve(root, userPath);
  const relative = relativeInside(root, absolute);
  if (relative === undefined) {
    throw new UsageError('PATH_OUTSIDE_ROOT', `${inputName}: ${JSON.stringify(userPath)} is outside ${root}`);
  }
  return { absolute, relative };
}

/**
 * The form of a finding's path: relative, forward slashes, no empty, `.` or `..` segment, so two
 * spellings of one file can never be two findings, and joining it to the root stays inside.
 * Backslashes and `C:` are ordinary characters of a Linux file name, so they are allowed.
 */
export function isNormalizedRelativePath(name: string): boolean {
  if (name === '.') return true;
  if (name === '' || name.includes('\0') || name.startsWith('/')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
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

/** Version control internals: never findings, and `.git/config` can hold the job's token. */
const VCS_DIRECTORY = '.git';

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * Every regular file under `start` (a file or a directory inside `root`), in sorted order.
 * Symbolic links are not followed and unreadable entries do not stop the walk; both are reported
 * as skipped so nothing vanishes silently. `.git` directories are left out without a word.
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
    let stats: Stats;
    try {
      stats = await lstat(absolute);
    } catch (error) {
      skipped.push({ relative, reason: unreadable(error) });
      return;
    }
    if (stats.isSymbolicLink()) {
      skipped.push({ relative, reason: 'symbolic link (not followed)' });
    } else if (stats.isDirectory()) {
      if (path.basename(absolute) === VCS_DIRECTORY) return;
      if (relative !== '.' && exclude(`${relative}/`)) return;
      const names: string[] = [];
      try {
        for await (const entry of await opendir(absolute)) names.push(entry.name);
      } catch (error) {
        skipped.push({ relative, reason: unreadable(error) });
        return;
      }
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
