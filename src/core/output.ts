import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, fileErrorReason, UsageError } from './errors.js';
import { relativeInside } from './paths.js';
import { writeJson, writeJsonFile } from './render/json-stream.js';
import { prepareDirectory, UnsafePathError, writeFileAtomically } from './safe-write.js';

export interface OutputOptions {
  /** Create missing directories (an action's default report path); the CLI leaves that to the user. */
  createDirectory?: boolean;
  /**
   * The repository root. A report file whose path lies inside it is written as any file whose
   * name the repository could have planted: through real directories only, never through a
   * symbolic link (`mlsec.sarif -> ~/.bashrc`), created exclusively and renamed into place.
   */
  root?: string;
}

/**
 * Writes a report file the user asked for (or its default): text, or JSON streamed. Not being
 * able to write it is the user's to fix, so the error names the option or input (`what`).
 */
export async function writeOutputFile(
  file: string,
  content: string | { json: unknown },
  what: string,
  options: OutputOptions = {},
): Promise<void> {
  const inside = options.root === undefined ? undefined : await insideRoot(options.root, file);
  try {
    if (inside !== undefined) {
      const levels = inside.relative.split('/');
      const name = levels.pop()!;
      const directory = await prepareDirectory(inside.root, levels, {
        create: options.createDirectory === true,
      });
      await writeFileAtomically(directory, name, async (handle) => {
        if (typeof content === 'string') await handle.writeFile(content);
        else await writeJson(content.json, async (text) => void (await handle.write(text)));
      });
      return;
    }
    if (options.createDirectory) await mkdir(path.dirname(file), { recursive: true });
    if (typeof content === 'string') await writeFile(file, content);
    else await writeJsonFile(file, content.json);
  } catch (error) {
    const reason =
      error instanceof UnsafePathError
        ? error.message
        : errorMessage(error).split('\n')[0] || fileErrorReason(error);
    throw new UsageError('UNWRITABLE_OUTPUT', `${what}: cannot write ${file} (${reason})`, { cause: error });
  }
}

/** `file` below `root` as spelled or as resolved: its root-relative path, and that root resolved. */
async function insideRoot(
  root: string,
  file: string,
): Promise<{ root: string; relative: string } | undefined> {
  const real = await realpath(root).catch(() => root);
  for (const base of [root, real]) {
    const relative = relativeInside(base, file);
    if (relative !== undefined && relative !== '.') return { root: real, relative };
  }
  return undefined;
}
