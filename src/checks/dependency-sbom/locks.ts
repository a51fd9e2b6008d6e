/**
 * The lock-file readers by file name, so the directory walk can hand each file it finds to the
 * right one. Every reader is `(text, display path) => ReadResult`.
 */
import { readPackageLock } from './package-lock.js';
import { readPdmLock, readPipfileLock, readPoetryLock, readPylock, readUvLock } from './python-locks.js';
import type { ReadResult } from './types.js';

export { readPackageLock } from './package-lock.js';
export { readPdmLock, readPipfileLock, readPoetryLock, readPylock, readUvLock } from './python-locks.js';

export type LockReader = (text: string, file: string) => ReadResult;

export type LockFormat =
  'poetry.lock' | 'uv.lock' | 'pdm.lock' | 'pylock.toml' | 'Pipfile.lock' | 'package-lock.json';

export const lockReaders: Readonly<Record<LockFormat, LockReader>> = {
  'poetry.lock': readPoetryLock,
  'uv.lock': readUvLock,
  'pdm.lock': readPdmLock,
  'pylock.toml': readPylock,
  'Pipfile.lock': readPipfileLock,
  'package-lock.json': readPackageLock,
};

/**
 * The lock format a file name (the last path segment; `/` or `\` separated) is, or undefined.
 * PEP 751 names are `pylock.toml` and `pylock.<name>.toml`; npm-shrinkwrap.json is a
 * package-lock.json by another name (the published form).
 */
export function lockFormat(path: string): LockFormat | undefined {
  const base = path.split(/[/\\]/).pop() ?? '';
  if (/^pylock\.(?:[^.]+\.)?toml$/.test(base)) return 'pylock.toml';
  if (base === 'npm-shrinkwrap.json') return 'package-lock.json';
  return Object.hasOwn(lockReaders, base) ? (base as LockFormat) : undefined;
}
