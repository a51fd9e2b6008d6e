/**
 * Two kinds of failure, as codeql-action splits them: a UsageError is the user's to fix (bad input,
 * unreadable file, missing permission) and says how; anything else is a bug in mlsec.
 * Both carry a stable code so tests and callers can branch without parsing messages.
 */
export type UsageErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_CONFIG'
  | 'FILE_NOT_FOUND'
  | 'PATH_OUTSIDE_ROOT'
  | 'NOT_IMPLEMENTED'
  | 'UNREADABLE_INPUT'
  | 'UNWRITABLE_OUTPUT'
  | 'MISSING_PERMISSION'
  | 'SIGNING_FAILED';

export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly code: UsageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class NotImplementedError extends UsageError {
  constructor(what: string, issue?: number) {
    super(
      'NOT_IMPLEMENTED',
      `${what} is not implemented yet${issue === undefined ? '' : ` (tracked in issue #${issue})`}; ` +
        'mlsec refuses to report a result it did not compute.',
    );
  }
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
