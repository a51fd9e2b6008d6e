import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-AHRJEZCV.mjs";

// src/core/paths.ts
import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
var VCS_DIRECTORY = ".git";
var TypedPath = class {
  constructor(absolute, typed) {
    this.absolute = absolute;
    this.typed = typed;
  }
  absolute;
  typed;
  #typedOnTheCommandLine = true;
  static is(value) {
    return typeof value === "object" && value !== null && #typedOnTheCommandLine in value;
  }
};
function userPath(cwd, typed, label) {
  if (typed.includes("\0")) throw new UsageError("INVALID_INPUT", `${label}: path contains a NUL byte`);
  return new TypedPath(path.resolve(cwd, typed), typed);
}
function isUserPath(value) {
  return TypedPath.is(value);
}
function lexicallyInside(root, user, rootAsGiven) {
  return relativeInside(root, user.absolute) ?? (rootAsGiven === void 0 ? void 0 : relativeInside(path.resolve(rootAsGiven), user.absolute));
}
function outsideUserPath(scope, name) {
  const absolute = path.resolve(scope.root, name);
  if (relativeInside(scope.root, absolute) !== void 0) return void 0;
  return scope.userPaths.some((user) => relativeInside(user, absolute) !== void 0) ? absolute : void 0;
}
function displayPath(root, absolute) {
  return relativeInside(root, absolute) ?? path.normalize(absolute);
}
function isDisplayPath(root, name) {
  if (!path.isAbsolute(name)) return isNormalizedRelativePath(name);
  if (name.includes("\0") || path.normalize(name) !== name) return false;
  if (name.length > 1 && name.endsWith(path.sep)) return false;
  return relativeInside(root, name) === void 0;
}
function unresolvable(label, shown, error) {
  const code = error.code;
  const what = code === "ENOENT" ? "does not exist" : `cannot be resolved (${code ?? "error"})`;
  return new UsageError("FILE_NOT_FOUND", `${label}: ${JSON.stringify(shown)} ${what}`, { cause: error });
}
async function realUserPath(user, label, options = {}) {
  try {
    return await realpath(user.absolute);
  } catch (error) {
    if (!options.mayNotExist || error.code !== "ENOENT")
      throw unresolvable(label, user.typed, error);
  }
  try {
    const existing = await lexicalNearest(path.dirname(user.absolute));
    return path.join(await realpath(existing), path.relative(existing, user.absolute));
  } catch (error) {
    throw unresolvable(label, user.typed, error);
  }
}
async function lexicalNearest(directory) {
  for (let current = directory; ; current = path.dirname(current)) {
    try {
      await realpath(current);
      return current;
    } catch (error) {
      if (error.code !== "ENOENT" || path.dirname(current) === current)
        throw error;
    }
  }
}
async function nearestExisting(directory) {
  return realpath(await lexicalNearest(directory));
}
async function resolveForReading(scope, name, label) {
  return outsideUserPath(scope, name) ?? (await resolveInside(scope.root, name, label)).absolute;
}
async function gitTopLevel(start) {
  for (let current = path.resolve(start); ; current = path.dirname(current)) {
    try {
      const stats = await lstat(path.join(current, VCS_DIRECTORY));
      if (stats.isDirectory() || stats.isFile()) return current;
    } catch {
    }
    if (path.dirname(current) === current) return void 0;
  }
}
function insideVcsDirectory(name) {
  return name.split(/[/\\]/).some((segment) => segment.toLowerCase() === VCS_DIRECTORY);
}
function toPosix(relativePath) {
  return relativePath.split(path.sep).join("/");
}
function relativeInside(root, absolute) {
  const rel = path.relative(root, absolute);
  if (rel === "") return ".";
  if (rel.startsWith("..") && (rel === ".." || rel.startsWith(`..${path.sep}`))) return void 0;
  if (path.isAbsolute(rel)) return void 0;
  return toPosix(rel);
}
async function resolveInside(root, userPath2, inputName, shown = userPath2) {
  const { absolute, relative } = resolveInsideLexically(root, userPath2, inputName);
  let real;
  let realRoot;
  try {
    [real, realRoot] = await Promise.all([realpath(absolute), realpath(root)]);
  } catch (error) {
    throw unresolvable(inputName, shown, error);
  }
  if (relativeInside(realRoot, real) === void 0) {
    throw new UsageError(
      "PATH_OUTSIDE_ROOT",
      `${inputName}: ${JSON.stringify(shown)} resolves through a symbolic link to outside ${root}`
    );
  }
  return { absolute, relative };
}
function resolveInsideLexically(root, userPath2, inputName) {
  if (userPath2.includes("\0")) {
    throw new UsageError("INVALID_INPUT", `${inputName}: path contains a NUL byte`);
  }
  const absolute = path.resolve(root, userPath2);
  const relative = relativeInside(root, absolute);
  if (relative === void 0) {
    throw new UsageError("PATH_OUTSIDE_ROOT", `${inputName}: ${JSON.stringify(userPath2)} is outside ${root}`);
  }
  return { absolute, relative };
}
function isNormalizedRelativePath(name) {
  if (name === ".") return true;
  if (name === "" || name.includes("\0") || name.startsWith("/")) return false;
  return name.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodesAsUtf8(bytes) {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function escapeNameBytes(name) {
  let out = "";
  for (let i = 0; i < name.length; ) {
    const lead = name[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead < 224 ? 2 : lead >= 224 && lead < 240 ? 3 : lead >= 240 && lead < 245 ? 4 : 0;
    const sequence = name.subarray(i, i + length);
    if (length > 0 && sequence.length === length && decodesAsUtf8(sequence)) {
      out += Buffer.from(sequence).toString("utf8");
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, "0")}`;
      i += 1;
    }
  }
  return out;
}
function unreadable(error) {
  const code = error.code;
  return `cannot be read (${code ?? error.message})`;
}
async function walkFiles(root, start, options = {}) {
  const files = [];
  const skipped = [];
  const exclude = options.exclude ?? (() => false);
  async function visit(absolute) {
    const relative = displayPath(root, absolute);
    let stats;
    try {
      stats = await lstat(absolute);
    } catch (error) {
      skipped.push({ relative, reason: unreadable(error) });
      return;
    }
    if (stats.isSymbolicLink()) {
      skipped.push({ relative, reason: "symbolic link (not followed)" });
    } else if (stats.isDirectory()) {
      if (path.basename(absolute) === VCS_DIRECTORY) return;
      if (relative !== "." && exclude(`${relative}/`)) return;
      const names = [];
      const invalid = [];
      try {
        for (const bytes of await readdir(absolute, { encoding: "buffer" })) {
          if (decodesAsUtf8(bytes)) names.push(bytes.toString("utf8"));
          else invalid.push(escapeNameBytes(bytes));
        }
      } catch (error) {
        skipped.push({ relative, reason: unreadable(error) });
        return;
      }
      for (const name of invalid.sort()) {
        skipped.push({
          relative: displayPath(root, path.join(absolute, name)),
          reason: "its name is not valid UTF-8, so mlsec cannot read it",
          invalidName: true
        });
      }
      names.sort();
      for (const name of names) await visit(path.join(absolute, name));
    } else if (stats.isFile()) {
      if (!exclude(relative)) files.push({ absolute, relative, size: stats.size });
    } else {
      skipped.push({ relative, reason: "not a regular file" });
    }
  }
  await visit(start);
  return { files, skipped };
}

export {
  VCS_DIRECTORY,
  userPath,
  isUserPath,
  lexicallyInside,
  outsideUserPath,
  displayPath,
  isDisplayPath,
  realUserPath,
  nearestExisting,
  resolveForReading,
  gitTopLevel,
  insideVcsDirectory,
  relativeInside,
  resolveInside,
  resolveInsideLexically,
  isNormalizedRelativePath,
  walkFiles
};
