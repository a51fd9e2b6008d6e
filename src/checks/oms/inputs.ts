import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { displayPath, type PathScope, relativeInside, resolveForReading } from '../../core/paths.js';

/**
 * Reading what the user names for signing and verifying: signatures, keys, certificates, trusted
 * roots, attestations, and the model-relative ignore paths. A file the repository names may be a
 * pull request's: it must be a regular file inside the root (a link to /dev/zero, a FIFO or a file
 * outside must not hang the run or leak), no larger than its limit. A file the user typed on the
 * command line outside the root (one of the run's user paths, see PathScope) may be anywhere, and
 * is still read only as a regular file within the limit. Errors name the option and the file,
 * never the content.
 */

export class FileReadError extends Error {
  override readonly name = 'FileReadError';
}

/**
 * Reads a regular file of at most `maxBytes`, not following a final symbolic link, and never
 * blocking on a FIFO or device. Throws FileReadError with the reason.
 */
export async function readRegularFile(absolute: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileReadError(code === 'ELOOP' ? 'is a symbolic link' : `cannot be read (${code ?? 'error'})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileReadError('is not a regular file');
    if (stats.size > maxBytes) throw new FileReadError(`is larger than ${maxBytes} bytes`);
    const buffer = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * The signer's own files (a key from a secret mount, `key.pem -> ..data/key.pem`) may be links:
 * they are followed, and the target is read as a regular file.
 */
async function followedPath(absolute: string): Promise<string> {
  try {
    return await realpath(absolute);
  } catch (error) {
    throw new FileReadError(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Reads a file named by an option (a display path). One of the signer's own files (a chain from a
 * secret mount, see PathScope.signerFiles) is read behind links, wherever they lead; every other
 * file the repository names must be inside it, and one the user typed outside it is read where the
 * engine resolved it.
 */
export async function readOptionFile(
  scope: PathScope,
  file: string,
  option: string,
  maxBytes = 1024 * 1024,
): Promise<string> {
  const signers = path.resolve(scope.root, file);
  const followed = scope.signerFiles.includes(signers);
  const absolute = followed ? signers : await resolveForReading(scope, file, option);
  try {
    const target = followed ? await followedPath(absolute) : absolute;
    return (await readRegularFile(target, maxBytes)).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UsageError('UNREADABLE_INPUT', `${option}: ${JSON.stringify(file)} ${error.message}`);
  }
}

/**
 * A PEM value, or the name of a file holding one (a secret input holds the PEM itself; the CLI
 * passes a typed name made absolute). The signer's own file, read through links wherever they
 * lead. The value is secret: no error quotes it.
 */
export async function readPemOrFile(root: string, value: string, option: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value;
  try {
    const target = await followedPath(path.resolve(root, value.trim()));
    return (await readRegularFile(target, 1024 * 1024)).toString('utf8');
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    // The reason (ENOENT, not a regular file) says nothing of the value; the value is never shown.
    throw new UsageError(
      'INVALID_INPUT',
      `${option} is neither a PEM key (-----BEGIN ...) nor the name of a readable key file (${error.message})`,
    );
  }
}

/**
 * The display path of a file an option names, checked to be inside the root (links included)
 * unless it is at or under a user path of the run outside it.
 */
export async function checkedPath(scope: PathScope, file: string, option: string): Promise<string> {
  return displayPath(scope.root, await resolveForReading(scope, file, option));
}

/**
 * `ignore-paths` (display paths: from the repository relative to the root, typed on the command
 * line relative to the working directory, as the reference's are) must fall inside the model:
 * outside it they could not leave anything out.
 */
export function modelIgnorePaths(
  root: string,
  modelPath: string,
  values: readonly string[],
  option: string,
): string[] {
  const modelAbsolute = path.resolve(root, modelPath);
  return values.map((value) => {
    const inside = relativeInside(modelAbsolute, path.resolve(root, value));
    if (inside === undefined || inside === '.') {
      throw new UsageError(
        'INVALID_INPUT',
        `${option}: ${JSON.stringify(value)} is not inside the model ${modelPath} (paths are relative to the repository root; typed on the command line, to the working directory)`,
      );
    }
    return inside;
  });
}

/** What went wrong parsing JSON, without the text Node quotes from the input. */
export function jsonErrorText(error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  return position === undefined ? 'invalid JSON' : `invalid JSON at byte ${position}`;
}
