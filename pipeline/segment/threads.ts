// How many threads `dari segment` uses (see ./parallel.ts); kept apart so the single-thread path
// loads no worker code.
import os from 'node:os';

/** Files smaller than this are segmented on the main thread: starting workers costs more than they save. */
export const PARALLEL_MIN_BYTES = 4 << 20;
/** Most workers the default (`--threads` not given) starts, whatever the number of CPUs. */
export const MAX_AUTO_THREADS = 4;
/** Workers for a file of `size` bytes: 1 = the single-thread path. `requested` is `--threads` (undefined: auto). */
export function threadCount(requested: number | undefined, size: number): number {
  if (requested !== undefined) return requested;
  const cpus = os.availableParallelism();
  if (cpus < 2 || size < PARALLEL_MIN_BYTES) return 1;
  return Math.min(cpus, MAX_AUTO_THREADS);
}
