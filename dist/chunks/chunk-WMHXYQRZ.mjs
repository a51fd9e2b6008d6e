import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  code;
  name = "UsageError";
};
function isUsageError(error) {
  return error instanceof UsageError;
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
var FILE_ERROR_PHRASES = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  ENOTDIR: "a parent is not a directory",
  EISDIR: "is a directory",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENAMETOOLONG: "name too long",
  EIO: "input/output error"
};
function fileErrorReason(error) {
  const code = error?.code;
  if (typeof code === "string" && code.startsWith("Z_")) {
    return `${error.message.split("\n")[0]} (${code})`;
  }
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    return FILE_ERROR_PHRASES[code] ? `${FILE_ERROR_PHRASES[code]} (${code})` : code;
  }
  return "unexpected error";
}

export {
  UsageError,
  isUsageError,
  errorMessage,
  fileErrorReason
};
