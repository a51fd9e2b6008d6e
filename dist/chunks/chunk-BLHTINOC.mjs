import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  VCS_DIRECTORY
} from "./chunk-MHLR25UR.mjs";

// src/core/safe-write.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
var UnsafePathError = class extends Error {
  constructor(reason, at) {
    super(
      reason === "symbolic-link" ? `${at} is a symbolic link (not followed)` : reason === "not-a-directory" ? `${at} is not a directory` : reason === "vcs" ? `${at} is inside a ${VCS_DIRECTORY} directory` : `${at} changed while it was written`
    );
    this.reason = reason;
    this.at = at;
  }
  reason;
  at;
  name = "UnsafePathError";
};
function isVcsSegment(segment) {
  return segment.toLowerCase() === VCS_DIRECTORY;
}
async function prepareDirectory(base, segments, options = {}) {
  const create = options.create ?? true;
  let current = base;
  const walked = [];
  for (const segment of segments) {
    if (segment === "" || segment === "." || segment === ".." || segment.includes("/"))
      throw new Error(`prepareDirectory: bad segment ${JSON.stringify(segment)}`);
    walked.push(segment);
    const at = walked.join("/");
    if (isVcsSegment(segment)) throw new UnsafePathError("vcs", at);
    const next = path.join(current, segment);
    let stats = await lstatOrUndefined(next);
    if (stats === void 0 && !create)
      throw Object.assign(new Error(`${at} does not exist`), { code: "ENOENT" });
    if (stats === void 0) {
      try {
        await mkdir(next, { mode: 511 });
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      stats = await lstat(next);
    }
    if (stats.isSymbolicLink()) throw new UnsafePathError("symbolic-link", at);
    if (!stats.isDirectory()) throw new UnsafePathError("not-a-directory", at);
    current = next;
  }
  if (await realpath(current) !== current) throw new UnsafePathError("changed", walked.join("/") || ".");
  return current;
}
async function lstatOrUndefined(file) {
  try {
    return await lstat(file);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function openRegularFile(file, shown) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (error.code === "ELOOP") throw new UnsafePathError("symbolic-link", shown);
    throw error;
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    throw Object.assign(new Error("not a regular file"), { code: stats.isDirectory() ? "EISDIR" : "EINVAL" });
  }
  return { handle, stats };
}
async function writeFileAtomically(directory, name, fill, options = {}) {
  if (name === "" || name === "." || name === ".." || name.includes("/"))
    throw new Error(`writeFileAtomically: bad name ${JSON.stringify(name)}`);
  const temporary = path.join(
    directory,
    `.${name}.mlsec-${process.pid}-${Math.random().toString(36).slice(2)}`
  );
  const handle = await open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    options.mode ?? 438
  );
  let created = true;
  try {
    const result = await fill(handle);
    if (options.mode !== void 0) await handle.chmod(options.mode);
    await handle.close();
    const target = path.join(directory, name);
    const current = await lstatOrUndefined(target);
    if (options.checkTarget) options.checkTarget(current);
    else if (current?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await rename(temporary, target);
    created = false;
    return result;
  } finally {
    await handle.close().catch(() => void 0);
    if (created) await rm(temporary, { force: true });
  }
}

export {
  UnsafePathError,
  isVcsSegment,
  prepareDirectory,
  openRegularFile,
  writeFileAtomically
};
