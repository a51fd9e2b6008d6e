import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { relativeInside } from '../../core/paths.js';

/**
 * Reading what the user names for signing and verifying: key and certificate files, and the
 * model-relative ignore paths. Errors name the option and the file, never key material.
 */

/** Reads a file named by an option; relative names are relative to the root (the workspace). */
export async function readOptionFile(
  root: string,
  file: string,
  option: string,
  maxBytes = 1024 * 1024,
): Promise<string> {
  const absolute = path.resolve(root, file);
  let text: Buffer;
  try {
    text = await readFile(absolute);
  } catch (error) {
    throw new UsageError(
      'FILE_NOT_FOUND',
      `${option}: cannot read ${JSON.stringify(file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (text.length > maxBytes)
    throw new UsageError(
      'INVALID_INPUT',
      `${option}: ${JSON.stringify(file)} is larger than ${maxBytes} bytes`,
    );
  return text.toString('utf8');
}

/** A PEM value, or the name of a file holding one (a secret input holds the PEM itself). */
export async function readPemOrFile(root: string, value: string, option: string): Promise<string> {
  return value.includes('-----BEGIN') ? value : readOptionFile(root, value.trim(), option);
}

/**
 * `ignore-paths` are relative to the root, as the reference's are to the working directory, and
 * must fall inside the model: outside it they could not leave anything out.
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
        `${option}: ${JSON.stringify(value)} is not inside the model ${modelPath} (paths are relative to the repository root)`,
      );
    }
    return inside;
  });
}
