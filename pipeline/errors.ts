// Errors the CLI turns into one readable line (never a stack trace) and an exit code.

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The run could not finish: API unreachable, key refused, quota exhausted, a stage failed. */
  failed: 1,
  /** Bad usage, config or input: fix the command line or the file named in the message. */
  usage: 2,
} as const;

/** A problem the user can fix; `message` names the file or option and what to do. */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.exitCode = options?.exitCode ?? EXIT.usage;
  }
}

/** The translation provider failed in a way retrying will not fix (unreachable, 401, insufficient_quota). */
export class ProviderError extends Error {
  readonly exitCode = EXIT.failed;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProviderError';
  }
}

/** A file-system error in words: what is wrong with the path the user gave (`is a folder, not a file`). */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EEXIST':
      return 'is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENAMETOOLONG':
      return 'name too long';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** File-system errors that are the machine's state, not the path the user gave (exit 1, not 2). */
const SYSTEM_FILE_ERRORS = new Set(['ENOSPC', 'EIO', 'EMFILE', 'ENFILE', 'ENOMEM', 'EDQUOT']);

/**
 * A file-system error that escaped a command without being named (it carries the path it failed on),
 * as a one-line UserError; anything else is returned as it is.
 */
export function asFileError(error: unknown): unknown {
  const errno = error as NodeJS.ErrnoException | undefined;
  if (!(error instanceof Error) || typeof errno?.code !== 'string' || typeof errno.path !== 'string') return error;
  const exitCode = SYSTEM_FILE_ERRORS.has(errno.code) ? EXIT.failed : EXIT.usage;
  const action = exitCode === EXIT.failed ? 'free the resource and run again' : 'check the path in the command line or config';
  return new UserError(`${errno.path}: ${describeFileError(error)} (${errno.syscall ?? 'access'} failed); ${action}`, { cause: error, exitCode });
}

/** What an interrupted command tells the user (a command that can resume says how). */
export const interruption = { hint: 'the output may be incomplete; run the command again' };
