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
