import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  displayPath,
  relativeInside,
  resolveForReading
} from "./chunk-MHLR25UR.mjs";
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/checks/oms/inputs.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path from "node:path";
var FileReadError = class extends Error {
  name = "FileReadError";
};
async function readRegularFile(absolute, maxBytes) {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    throw new FileReadError(code === "ELOOP" ? "is a symbolic link" : `cannot be read (${code ?? "error"})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileReadError("is not a regular file");
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
async function followedPath(absolute) {
  try {
    return await realpath(absolute);
  } catch (error) {
    throw new FileReadError(`cannot be read (${error.code ?? "error"})`);
  }
}
async function readOptionFile(scope, file, option, maxBytes = 1024 * 1024) {
  const signers = path.resolve(scope.root, file);
  const followed = scope.signerFiles.includes(signers);
  const absolute = followed ? signers : await resolveForReading(scope, file, option);
  try {
    const target = followed ? await followedPath(absolute) : absolute;
    return (await readRegularFile(target, maxBytes)).toString("utf8");
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UsageError("UNREADABLE_INPUT", `${option}: ${JSON.stringify(file)} ${error.message}`);
  }
}
async function readPemOrFile(root, value, option) {
  if (value.includes("-----BEGIN")) return value;
  try {
    const target = await followedPath(path.resolve(root, value.trim()));
    return (await readRegularFile(target, 1024 * 1024)).toString("utf8");
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UsageError(
      "INVALID_INPUT",
      `${option} is neither a PEM key (-----BEGIN ...) nor the name of a readable key file (${error.message})`
    );
  }
}
async function checkedPath(scope, file, option) {
  return displayPath(scope.root, await resolveForReading(scope, file, option));
}
function modelIgnorePaths(root, modelPath, values, option) {
  const modelAbsolute = path.resolve(root, modelPath);
  return values.map((value) => {
    const inside = relativeInside(modelAbsolute, path.resolve(root, value));
    if (inside === void 0 || inside === ".") {
      throw new UsageError(
        "INVALID_INPUT",
        `${option}: ${JSON.stringify(value)} is not inside the model ${modelPath} (paths are relative to the repository root; typed on the command line, to the working directory)`
      );
    }
    return inside;
  });
}
function jsonErrorText(error) {
  const position = /position (\d+)/.exec(error.message)?.[1];
  return position === void 0 ? "invalid JSON" : `invalid JSON at byte ${position}`;
}

export {
  FileReadError,
  readRegularFile,
  readOptionFile,
  readPemOrFile,
  checkedPath,
  modelIgnorePaths,
  jsonErrorText
};
