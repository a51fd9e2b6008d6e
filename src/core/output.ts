import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, UsageError } from './errors.js';
import { writeJsonFile } from './render/json-stream.js';

/**
 * Writes a report file the user asked for (or its default): text, or JSON streamed. Not being
 * able to write it is the user's to fix, so the error names the option or input (`what`).
 */
export async function writeOutputFile(
  file: string,
  content: string | { json: unknown },
  what: string,
  options: { createDirectory?: boolean } = {},
): Promise<void> {
  try {
    if (options.createDirectory) await mkdir(path.dirname(file), { recursive: true });
    if (typeof content === 'string') await writeFile(file, content);
    else await writeJsonFile(file, content.json);
  } catch (error) {
    throw new UsageError(
      'UNWRITABLE_OUTPUT',
      `${what}: cannot write ${file} (${errorMessage(error).split('\n')[0]})`,
      {
        cause: error,
      },
    );
  }
}
