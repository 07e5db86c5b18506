// How many threads `dari segment` uses (see ./parallel.ts); kept apart so the single-thread path
// loads no worker code.
import fs from 'node:fs';
import os from 'node:os';

/** Files smaller than this are segmented on the main thread: starting workers costs more than they save. */
export const PARALLEL_MIN_BYTES = 4 << 20;
/** Most threads (the main thread and its workers) the default uses, whatever the number of CPUs. */
export const MAX_AUTO_THREADS = 4;

/**
 * How a file of `size` bytes is segmented. `requested` is `--threads` (undefined: auto).
 * `threads`: the most threads that segment (the main thread included); `auto`: workers are started
 * only if the machine turns out to have a CPU to spare (see `CpuProbe`), after the main thread has
 * segmented its first chunk. 1 without auto is the single-thread path. Every worker is a V8 isolate
 * that compiles the segmenter again, which pays only when a core is idle (docs/segment-speed.md).
 */
export function threadPlan(requested: number | undefined, size: number, cpus = os.availableParallelism()): { threads: number; auto: boolean } {
  if (requested !== undefined) return { threads: requested, auto: false };
  if (cpus < 2 || size < PARALLEL_MIN_BYTES) return { threads: 1, auto: false };
  return { threads: Math.min(cpus, MAX_AUTO_THREADS), auto: true };
}

/**
 * Session 6's rule, kept for the benchmark's report and as the fallback where /proc/stat cannot be
 * read: threads for a file of `size` bytes, workers only when the 1-minute load average leaves a CPU idle.
 */
export function threadCount(requested: number | undefined, size: number, cpus = os.availableParallelism(), load = os.loadavg()[0]!): number {
  if (requested !== undefined) return requested;
  if (cpus < 2 || size < PARALLEL_MIN_BYTES || load > cpus - 1) return 1;
  return Math.min(cpus, MAX_AUTO_THREADS);
}

/** /proc/stat's text and this process's CPU time at one moment. */
export interface CpuSample {
  stat: string;
  own: NodeJS.CpuUsage;
}

/** The sample bin/dari.mjs takes as it starts `dari segment` (a global: the launcher is no module of the bundle). */
function launchSample(): CpuSample | undefined {
  const sample = (globalThis as { __dariSegmentCpuSample?: CpuSample }).__dariSegmentCpuSample;
  return sample && typeof sample.stat === 'string' && typeof sample.own?.user === 'number' ? sample : undefined;
}

/** Clock ticks per second of /proc/stat (USER_HZ: 100 on every Linux build Node runs on). */
const USER_HZ = 100;

/** Idle and total clock ticks of all CPUs since boot (Linux), or undefined elsewhere. */
function cpuTicks(stat?: string): { idle: number; total: number } | undefined {
  try {
    const line = stat ?? fs.readFileSync('/proc/stat', 'latin1');
    const fields = line.slice(0, line.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is counted in user already).
    if (fields.length < 8 || fields.some((x) => !Number.isFinite(x))) return undefined;
    let total = 0;
    for (let k = 0; k < 8; k++) total += fields[k]!;
    return { idle: fields[3]! + fields[4]!, total };
  } catch {
    return undefined;
  }
}

/**
 * Whether the machine has a CPU to spare right now, measured over a short stretch of this process's
 * own work rather than the 1-minute load average (which a benchmark's previous runs, or this
 * process's own start, keep high for a minute after the machine went quiet): the CPU time every
 * other process took since `start`, from /proc/stat less this process's own CPU (its main thread
 * and V8's compiler threads). A spare CPU: the others used at most half a CPU beyond what leaves
 * one core for this process's main thread and one for a worker.
 */
export class CpuProbe {
  readonly #cpus: number;
  readonly #start: { idle: number; total: number } | undefined;
  readonly #own: NodeJS.CpuUsage;

  /** `since`: a sample taken earlier (the launcher takes one as it starts, see bin/dari.mjs), else now. */
  constructor(cpus = os.availableParallelism(), since: CpuSample | undefined = launchSample()) {
    this.#cpus = cpus;
    this.#start = cpuTicks(since?.stat);
    this.#own = since?.own ?? process.cpuUsage();
    if (this.#start === undefined) this.#own = process.cpuUsage();
  }

  /** CPUs the other processes kept busy on average since the probe began, or undefined if unknown (too short, not Linux). */
  othersBusy(): number | undefined {
    const start = this.#start;
    const now = cpuTicks();
    if (start === undefined || now === undefined) return undefined;
    const elapsed = (now.total - start.total) / this.#cpus;
    // Under 50 ms the ticks say little.
    if (elapsed < 5) return undefined;
    const own = process.cpuUsage(this.#own);
    const ownTicks = ((own.user + own.system) / 1e6) * USER_HZ;
    const busy = now.total - start.total - (now.idle - start.idle);
    return Math.max(0, busy - ownTicks) / elapsed;
  }

  /**
   * A CPU is free for a worker: measured, else the 1-minute load average's rule (`threadCount`, for a file of `size`
   * bytes; without a size, the load alone).
   */
  spare(size = Infinity): boolean {
    const others = this.othersBusy();
    if (others === undefined) return threadCount(undefined, size, this.#cpus) > 1;
    return others <= this.#cpus - 1.5;
  }
}
