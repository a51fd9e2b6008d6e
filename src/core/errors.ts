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

const FILE_ERROR_PHRASES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
};

/**
 * Why a file could not be read or written, in words that name nothing: Node's messages quote the
 * absolute path (`open '/home/runner/work/…'`), which a report must not carry. zlib's messages are
 * fixed texts (`incorrect header check`) and are kept.
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return `${(error as Error).message.split('\n')[0]} (${code})`;
  }
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return FILE_ERROR_PHRASES[code] ? `${FILE_ERROR_PHRASES[code]} (${code})` : code;
  }
  return 'unexpected error';
}
