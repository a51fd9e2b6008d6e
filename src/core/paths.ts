import type { Stats } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';

/**
 * Path safety for everything that scans a tree. Two kinds of path reach the engine:
 * - a `UserPath`: typed on the command line, resolved against the working directory by the CLI.
 *   Lexically inside the root it is the repository's spelling and follows the in-root rules below;
 *   lexically outside it is the user's own choice, accepted wherever its links lead;
 * - a plain string: root-relative, from what the scanned repository or the workflow controls (the
 *   config file, the baseline it names, action inputs, option defaults); it may not leave the
 *   root, also through a symbolic link.
 * Results name a file relative to the root with forward slashes when it is inside, and by its
 * absolute path when a user path put it outside (`displayPath`); checks may go outside the root
 * only at or under those user paths (`PathScope`). Symbolic links found while walking a tree are
 * never followed.
 */

/** Version control internals: never findings, and `.git/config` can hold the job's token. */
export const VCS_DIRECTORY = '.git';

/**
 * A path typed on the command line: absolute, lexically normalized. Made only by `userPath`: the
 * class is not exported, so no plain object (parsed from a file, an input) can pass for one.
 */
class TypedPath {
  readonly #typedOnTheCommandLine = true;
  constructor(
    readonly absolute: string,
    /** As the user typed it, for messages. */
    readonly typed: string,
  ) {}

  static is(value: unknown): value is TypedPath {
    return typeof value === 'object' && value !== null && #typedOnTheCommandLine in value;
  }
}

export type UserPath = TypedPath;

/** What names a file for the engine: a user's path, or root-relative text that must stay inside. */
export type PathArgument = UserPath | string;

/** A path typed on the command line, resolved against the working directory `cwd`. */
export function userPath(cwd: string, typed: string, label: string): UserPath {
  if (typed.includes('\0')) throw new UsageError('INVALID_INPUT', `${label}: path contains a NUL byte`);
  return new TypedPath(path.resolve(cwd, typed), typed);
}

export function isUserPath(value: unknown): value is UserPath {
  return TypedPath.is(value);
}

/**
 * The root-relative path of a user's path that lies lexically inside the root (as resolved, or
 * as `--root` spelled it when that is a link): the repository's spelling, to be resolved with the
 * in-root rules, since the links under it are the repository's. Undefined when it is outside.
 */
export function lexicallyInside(root: string, user: UserPath, rootAsGiven?: string): string | undefined {
  return (
    relativeInside(root, user.absolute) ??
    (rootAsGiven === undefined ? undefined : relativeInside(path.resolve(rootAsGiven), user.absolute))
  );
}

/**
 * Where a check may go outside its root: nowhere, unless the user typed a path outside it on the
 * command line (the engine resolves them; an action has none).
 */
export interface PathScope {
  /** Absolute, symbolic links resolved. */
  readonly root: string;
  /**
   * The real absolute paths, outside the root, of this run's user paths (positional paths and
   * path options typed on the command line, lexically outside the root). Files at or under them
   * are the user's: read and named where they are.
   */
  readonly userPaths: readonly string[];
  /**
   * Absolute paths of the signer's own files: `anywhere` options (a key or chain, perhaps a link
   * into a secret mount) given as an action input or on the command line, never by the config
   * file. Read through links wherever they lead; every other option file by `resolveForReading`.
   */
  readonly signerFiles: readonly string[];
}

/**
 * The absolute file a display path names when it is outside the root at or under one of the
 * scope's user paths, else undefined (inside the root, or outside where nobody named it).
 */
export function outsideUserPath(scope: PathScope, name: string): string | undefined {
  const absolute = path.resolve(scope.root, name);
  if (relativeInside(scope.root, absolute) !== undefined) return undefined;
  return scope.userPaths.some((user) => relativeInside(user, absolute) !== undefined) ? absolute : undefined;
}

/**
 * How findings and messages name a file: root-relative with forward slashes inside the root, the
 * absolute path outside it. `path.resolve(root, name)` turns either back into the file.
 */
export function displayPath(root: string, absolute: string): string {
  return relativeInside(root, absolute) ?? path.normalize(absolute);
}

/**
 * A finding's path in its one canonical form (`displayPath`): normalized root-relative, or an
 * absolute normalized path that is outside the root, so one file is never named two ways.
 */
export function isDisplayPath(root: string, name: string): boolean {
  if (!path.isAbsolute(name)) return isNormalizedRelativePath(name);
  if (name.includes('\0') || path.normalize(name) !== name) return false;
  if (name.length > 1 && name.endsWith(path.sep)) return false;
  return relativeInside(root, name) === undefined;
}

/** A path that cannot be resolved, saying what happened: missing, or the error code. */
function unresolvable(label: string, shown: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'ENOENT' ? 'does not exist' : `cannot be resolved (${code ?? 'error'})`;
  return new UsageError('FILE_NOT_FOUND', `${label}: ${JSON.stringify(shown)} ${what}`, { cause: error });
}

/**
 * The real path of a user's path: every link followed (the user named it), and for a file that
 * does not exist yet (one to write), its nearest existing directory resolved and the rest kept.
 * Throws FILE_NOT_FOUND for a missing path unless `mayNotExist`, and for any other error.
 */
export async function realUserPath(
  user: UserPath,
  label: string,
  options: { mayNotExist?: boolean } = {},
): Promise<string> {
  try {
    return await realpath(user.absolute);
  } catch (error) {
    if (!options.mayNotExist || (error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw unresolvable(label, user.typed, error);
  }
  try {
    const existing = await lexicalNearest(path.dirname(user.absolute));
    return path.join(await realpath(existing), path.relative(existing, user.absolute));
  } catch (error) {
    throw unresolvable(label, user.typed, error);
  }
}

/** The deepest existing directory on the way to `directory`, as spelled (links not resolved). */
async function lexicalNearest(directory: string): Promise<string> {
  for (let current = directory; ; current = path.dirname(current)) {
    try {
      await realpath(current);
      return current;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(current) === current)
        throw error;
    }
  }
}

/** The real path of the deepest existing directory on the way to `directory`. */
export async function nearestExisting(directory: string): Promise<string> {
  return realpath(await lexicalNearest(directory));
}

/**
 * Where a path the engine handed a check (see CheckContext) is read: one at or under a user path
 * of this run outside the root (`outsideUserPath`) as it is, already resolved by the engine; any
 * other must stay inside the root, links included.
 */
export async function resolveForReading(scope: PathScope, name: string, label: string): Promise<string> {
  return outsideUserPath(scope, name) ?? (await resolveInside(scope.root, name, label)).absolute;
}

/**
 * The git top level above `start` (the nearest directory holding `.git`, a directory or, in a
 * worktree or submodule, a file), or undefined when there is none. Reads the file system only.
 */
export async function gitTopLevel(start: string): Promise<string | undefined> {
  for (let current = path.resolve(start); ; current = path.dirname(current)) {
    try {
      const stats = await lstat(path.join(current, VCS_DIRECTORY));
      if (stats.isDirectory() || stats.isFile()) return current;
    } catch {
      // No .git here: look further up.
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Whether a path has a `.git` segment, in any case (on a case-insensitive file system `.GIT` is the
 * `.git` directory): a repository's `.git` is not its content, so nothing is read or written there.
 */
export function insideVcsDirectory(name: string): boolean {
  return name.split(/[/\\]/).some((segment) => segment.toLowerCase() === VCS_DIRECTORY);
}

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
 * symbolic link. Returns the absolute path and the root-relative display path. Errors quote
 * `shown` (default: the path itself; a user's path as typed).
 */
export async function resolveInside(
  root: string,
  userPath: string,
  inputName: string,
  shown = userPath,
): Promise<{ absolute: string; relative: string }> {
  const { absolute, relative } = resolveInsideLexically(root, userPath, inputName);
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(absolute), realpath(root)]);
  } catch (error) {
    throw unresolvable(inputName, shown, error);
  }
  if (relativeInside(realRoot, real) === undefined) {
    throw new UsageError(
      'PATH_OUTSIDE_ROOT',
      `${inputName}: ${JSON.stringify(shown)} resolves through a symbolic link to outside ${root}`,
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
  /** The file as findings name it (`displayPath`): root-relative inside the root, else absolute. */
  relative: string;
  size: number;
}

export interface SkippedEntry {
  /** As in WalkEntry. */
  relative: string;
  reason: string;
  /**
   * The name is not valid UTF-8 (Linux allows any bytes): the entry, and all under it, could not
   * be read by name. `relative` shows each byte that is not UTF-8 as `\xNN`.
   */
  invalidName?: true;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodesAsUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name's bytes as text: valid UTF-8 decoded, every other byte written `\xNN`. */
export function escapeNameBytes(name: Uint8Array): string {
  let out = '';
  for (let i = 0; i < name.length;) {
    const lead = name[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    const sequence = name.subarray(i, i + length);
    if (length > 0 && sequence.length === length && decodesAsUtf8(sequence)) {
      out += Buffer.from(sequence).toString('utf8');
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i += 1;
    }
  }
  return out;
}

export interface WalkOptions {
  /** Decides on display paths (see WalkEntry); directories are tested with a trailing `/`. */
  exclude?: (relative: string) => boolean;
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * Every regular file under `start`, in sorted order, named by `displayPath(root, ...)`. `start` is
 * inside `root`, or a user's path outside it (the engine decides which may be walked). Symbolic
 * links are not followed, so the walk never leaves `start`; they and unreadable entries do not
 * stop the walk, and are reported as skipped so nothing vanishes silently. `.git` directories are
 * left out without a word.
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
    const relative = displayPath(root, absolute);
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
      const invalid: string[] = [];
      try {
        // Names as bytes: one that is not UTF-8 would come back as U+FFFD, naming no file.
        for (const bytes of await readdir(absolute, { encoding: 'buffer' })) {
          if (decodesAsUtf8(bytes)) names.push(bytes.toString('utf8'));
          else invalid.push(escapeNameBytes(bytes));
        }
      } catch (error) {
        skipped.push({ relative, reason: unreadable(error) });
        return;
      }
      for (const name of invalid.sort()) {
        skipped.push({
          relative: displayPath(root, path.join(absolute, name)),
          reason: 'its name is not valid UTF-8, so mlsec cannot read it',
          invalidName: true,
        });
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

export interface WalkResult {
  files: WalkEntry[];
  skipped: SkippedEntry[];
}

/**
 * The files under `start` (absolute) minus the `exclude` globs, each walk done once per run: under
 * the umbrella action several checks look at the same tree (scan-model and verify-provenance
 * both look for model files), and a large repository is listed once. A check filters the
 * result further on its own (its default excludes, the files it reads).
 */
export type TreeWalk = (start: string, exclude: readonly string[]) => Promise<WalkResult>;

export function createTreeWalk(root: string): TreeWalk & { readonly walks: () => number } {
  const cache = new Map<string, Promise<WalkResult>>();
  let walks = 0;
  const walk = (start: string, exclude: readonly string[]) => {
    const id = JSON.stringify([start, [...exclude].sort()]);
    let pending = cache.get(id);
    if (!pending) {
      walks += 1;
      const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
      const out = (relative: string) => excluded(relative) || excluded(relative.replace(/\/$/, ''));
      // Skipped entries (links, unreadable files) are left out by the same globs as files.
      pending = walkFiles(root, start, { exclude: out }).then(({ files, skipped }) => ({
        files,
        skipped: skipped.filter((entry) => !out(entry.relative)),
      }));
      cache.set(id, pending);
    }
    return pending;
  };
  return Object.assign(walk, { walks: () => walks });
}
