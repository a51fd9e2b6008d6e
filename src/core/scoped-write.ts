import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isUsageError, UsageError } from './errors.js';
import {
  insideVcsDirectory,
  nearestExisting,
  outsideUserPath,
  type PathScope,
  relativeInside,
  resolveInsideLexically,
  VCS_DIRECTORY,
} from './paths.js';

/**
 * Writes a file a check produces (a signature, a result file) beside its target and renames it,
 * so a failed run never leaves half a file. `name` is a display path: one at or under a user path
 * of the run outside the root (`outsideUserPath`) was typed by the user and may be anywhere; any
 * other must stay inside the root, through links too. Never inside a `.git` directory, whoever
 * chose it. `label` (the option) starts every error.
 */
export async function writeTextInScope(
  scope: PathScope,
  name: string,
  label: string,
  text: string,
): Promise<void> {
  const { root } = scope;
  const usersChoice = outsideUserPath(scope, name) !== undefined;
  const file = usersChoice ? path.resolve(root, name) : resolveInsideLexically(root, name, label).absolute;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // The directory may be reached through a link: it must still be inside the repository, and
    // is checked before anything is created (from its nearest existing ancestor), and again after.
    const realRoot = await realpath(root);
    const refused = (directory: string) => {
      if (insideVcsDirectory(directory))
        return new UsageError('INVALID_INPUT', `${label}: ${name} is inside a ${VCS_DIRECTORY} directory`);
      if (!usersChoice && relativeInside(realRoot, directory) === undefined)
        return new UsageError(
          'PATH_OUTSIDE_ROOT',
          `${label}: ${file} resolves through a symbolic link to outside ${root}`,
        );
      return undefined;
    };
    const before = insideVcsDirectory(path.dirname(file))
      ? path.dirname(file)
      : await nearestExisting(path.dirname(file));
    let problem = refused(before);
    if (problem) throw problem;
    await mkdir(path.dirname(file), { recursive: true });
    problem = refused(await realpath(path.dirname(file)));
    if (problem) throw problem;
    // `wx`: never through a link or over a file planted at the temporary name.
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    if (isUsageError(error)) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(temporary, { force: true });
    throw new UsageError(
      'UNWRITABLE_OUTPUT',
      `${label}: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
