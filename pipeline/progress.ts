// Progress on stderr: a redrawn bar on a terminal, plain lines (at most every few seconds) otherwise.

export interface Progress {
  stage(name: string, total?: number): void;
  tick(done: number): void;
  done(summary: string): void;
}

export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const interactive = Boolean(stream.isTTY) && !options.quiet;
  let name = '';
  let total: number | undefined;
  let lastPrint = 0;
  const render = (done: number) => {
    if (total && total > 0) {
      const width = 30;
      const filled = Math.min(width, Math.round((done / total) * width));
      return `${name.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    }
    return `${name.padEnd(10)} ${done}`;
  };
  return {
    stage(stageName, stageTotal) {
      name = stageName;
      total = stageTotal;
      lastPrint = 0;
    },
    tick(done) {
      if (options.quiet) return;
      const now = Date.now();
      if (interactive) {
        if (now - lastPrint < 100) return;
        lastPrint = now;
        stream.write(`\r${render(done)}\x1b[K`);
      } else if (now - lastPrint >= 5000) {
        lastPrint = now;
        stream.write(`dari: ${render(done)}\n`);
      }
    },
    done(summary) {
      if (options.quiet) return;
      stream.write(`${interactive ? '\r\x1b[K' : ''}dari: ${name.padEnd(10)} ${summary}\n`);
    },
  };
}
