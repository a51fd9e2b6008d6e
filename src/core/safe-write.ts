import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { VCS_DIRECTORY } from './paths.js';

/**
 * Writing files where a hostile repository chose the names: every directory level is created or
 * checked one at a time and must be a real directory (never a symbolic link), a new file is
 * created exclusively and without following a link, and it replaces its target by a rename inside
 * that same verified directory. A link in the way is never written through; the target of a link
 * planted at the file's own name is never touched (the rename replaces the link itself).
 */

/** Why a write was refused: a fixed reason, naming no absolute path. */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
  constructor(
    readonly reason: 'symbolic-link' | 'not-a-directory' | 'vcs' | 'changed',
    /** The root-relative (or base-relative) spelling of the offending path, forward slashes. */
    readonly at: string,
  ) {
    super(
      reason === 'symbolic-link'
        ? `${at} is a symbolic link (not followed)`
        : reason === 'not-a-directory'
          ? `${at} is not a directory`
          : reason === 'vcs'
            ? `${at} is inside a ${VCS_DIRECTORY} directory`
            : `${at} changed while it was written`,
    );
  }
}

/** Case-insensitive: on a case-insensitive file system `.GIT` is the `.git` directory. */
export function isVcsSegment(segment: string): boolean {
  return segment.toLowerCase() === VCS_DIRECTORY;
}

/**
 * Makes (or, with `create: false`, only checks) `base/segments...` one level at a time, each a real
 * directory, not a link and not `.git`. `base` must already be a real directory the caller trusts (a resolved root). Returns
 * the real absolute directory.
 */
export async function prepareDirectory(
  base: string,
  segments: readonly string[],
  options: { create?: boolean } = {},
): Promise<string> {
  const create = options.create ?? true;
  let current = base;
  const walked: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.includes('/'))
      throw new Error(`prepareDirectory: bad segment ${JSON.stringify(segment)}`);
    walked.push(segment);
    const at = walked.join('/');
    if (isVcsSegment(segment)) throw new UnsafePathError('vcs', at);
    const next = path.join(current, segment);
    let stats = await lstatOrUndefined(next);
    if (stats === undefined && !create)
      throw Object.assign(new Error(`${at} does not exist`), { code: 'ENOENT' });
    if (stats === undefined) {
      try {
        await mkdir(next, { mode: 0o777 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // Checked again after creating it: whatever is there now is what will be written into.
      stats = await lstat(next);
    }
    if (stats.isSymbolicLink()) throw new UnsafePathError('symbolic-link', at);
    if (!stats.isDirectory()) throw new UnsafePathError('not-a-directory', at);
    current = next;
  }
  // Every level was a real directory below a real base: the path is its own real path.
  if ((await realpath(current)) !== current) throw new UnsafePathError('changed', walked.join('/') || '.');
  return current;
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Opens an existing regular file for reading without following a link; refuses anything else. */
export async function openRegularFile(
  file: string,
  shown: string,
): Promise<{ handle: FileHandle; stats: Stats }> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnsafePathError('symbolic-link', shown);
    throw error;
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    throw Object.assign(new Error('not a regular file'), { code: stats.isDirectory() ? 'EISDIR' : 'EINVAL' });
  }
  return { handle, stats };
}

export interface AtomicWriteOptions {
  /** Permissions of the new file (before the umask on creation; set exactly afterwards). */
  mode?: number;
  /**
   * Called just before the rename with what is at the target now (undefined: nothing). Throw to
   * refuse. By default anything but a directory may be replaced (a link is replaced as a name).
   */
  checkTarget?: (current: Stats | undefined) => void;
}

/**
 * Writes `directory/name` (the directory as returned by `prepareDirectory`): a temporary file in
 * that directory, created with O_CREAT|O_EXCL|O_NOFOLLOW, filled by `fill`, then renamed over
 * `name`. A failure removes the temporary file and leaves the target as it was.
 */
export async function writeFileAtomically<T>(
  directory: string,
  name: string,
  fill: (handle: FileHandle) => Promise<T>,
  options: AtomicWriteOptions = {},
): Promise<T> {
  if (name === '' || name === '.' || name === '..' || name.includes('/'))
    throw new Error(`writeFileAtomically: bad name ${JSON.stringify(name)}`);
  const temporary = path.join(
    directory,
    `.${name}.mlsec-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  const handle = await open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    options.mode ?? 0o666,
  );
  let created = true;
  try {
    const result = await fill(handle);
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.close();
    const target = path.join(directory, name);
    const current = await lstatOrUndefined(target);
    if (options.checkTarget) options.checkTarget(current);
    else if (current?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    await rename(temporary, target);
    created = false;
    return result;
  } finally {
    await handle.close().catch(() => undefined);
    if (created) await rm(temporary, { force: true });
  }
}
