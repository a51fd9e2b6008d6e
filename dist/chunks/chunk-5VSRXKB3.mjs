import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  VCS_DIRECTORY,
  insideVcsDirectory,
  nearestExisting,
  outsideUserPath,
  relativeInside,
  resolveInsideLexically
} from "./chunk-MHLR25UR.mjs";
import {
  UsageError,
  isUsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/core/scoped-write.ts
import { mkdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeTextInScope(scope, name, label, text) {
  const { root } = scope;
  const usersChoice = outsideUserPath(scope, name) !== void 0;
  const file = usersChoice ? path.resolve(root, name) : resolveInsideLexically(root, name, label).absolute;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const realRoot = await realpath(root);
    const refused = (directory) => {
      if (insideVcsDirectory(directory))
        return new UsageError("INVALID_INPUT", `${label}: ${name} is inside a ${VCS_DIRECTORY} directory`);
      if (!usersChoice && relativeInside(realRoot, directory) === void 0)
        return new UsageError(
          "PATH_OUTSIDE_ROOT",
          `${label}: ${file} resolves through a symbolic link to outside ${root}`
        );
      return void 0;
    };
    const before = insideVcsDirectory(path.dirname(file)) ? path.dirname(file) : await nearestExisting(path.dirname(file));
    let problem = refused(before);
    if (problem) throw problem;
    await mkdir(path.dirname(file), { recursive: true });
    problem = refused(await realpath(path.dirname(file)));
    if (problem) throw problem;
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    if (isUsageError(error)) throw error;
    if (error.code !== "EEXIST") await rm(temporary, { force: true });
    throw new UsageError(
      "UNWRITABLE_OUTPUT",
      `${label}: cannot write ${file} (${error.code ?? error.message})`
    );
  }
}

export {
  writeTextInScope
};
