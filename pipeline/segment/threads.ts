// How many threads `dari segment` uses (see ./parallel.ts); kept apart so the single-thread path
// loads no worker code.
import os from 'node:os';

/** Files smaller than this are segmented on the main thread: starting workers costs more than they save. */
export const PARALLEL_MIN_BYTES = 4 << 20;
/** Most workers the default (`--threads` not given) starts, whatever the number of CPUs. */
export const MAX_AUTO_THREADS = 4;
/**
 * Workers for a file of `size` bytes: 1 = the single-thread path. `requested` is `--threads`
 * (undefined: auto). Auto uses workers only when a CPU is idle: every worker compiles the
 * segmenter again (≈ 1.5× the CPU of one thread on 40 MB), which shortens the wall time on idle
 * cores and lengthens it when the machine is busy (the 1-minute load average above CPUs − 1:
 * measured on 2 shared vCPUs, docs/segment-speed.md).
 */
export function threadCount(requested: number | undefined, size: number, cpus = os.availableParallelism(), load = os.loadavg()[0]!): number {
  if (requested !== undefined) return requested;
  if (cpus < 2 || size < PARALLEL_MIN_BYTES || load > cpus - 1) return 1;
  return Math.min(cpus, MAX_AUTO_THREADS);
}
