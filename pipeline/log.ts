// Diagnostics on stderr. Every line passes through `redact`, so the API key never reaches a log.

const secrets = new Set<string>();

/** Register a secret (the API key) that must never be printed. */
export function addSecret(secret: string | undefined): void {
  if (secret && secret.length >= 4) secrets.add(secret);
}

/** Replace every registered secret in `text` with `***`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}

/** Plain lines on stderr, prefixed with `dari:`. Quiet mode drops `info`. */
export function createLogger(options: { quiet?: boolean } = {}): Logger {
  return {
    info(line) {
      if (!options.quiet) process.stderr.write(redact(`dari: ${line}`) + '\n');
    },
    warn(line) {
      process.stderr.write(redact(`dari: ${line}`) + '\n');
    },
  };
}

/** A logger that keeps lines in memory (tests). */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => void lines.push(redact(line)),
    warn: (line) => void lines.push(redact(line)),
  };
}
