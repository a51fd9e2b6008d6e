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
var NotImplementedError = class extends UsageError {
  constructor(what, issue) {
    super(
      "NOT_IMPLEMENTED",
      `${what} is not implemented yet${issue === void 0 ? "" : ` (tracked in issue #${issue})`}; mlsec refuses to report a result it did not compute.`
    );
  }
};
function isUsageError(error) {
  return error instanceof UsageError;
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  UsageError,
  NotImplementedError,
  isUsageError,
  errorMessage
};
