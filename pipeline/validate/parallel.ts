// `dari validate` over many pairs, in batches, with worker threads if asked. The main thread reads the pairs in corpus
// order and runs the checks that compare a pair with earlier ones (CORPUS_CHECKS) itself, on every batch, in order; the
// checks that look at one pair at a time run on each batch on a worker with room or, when there is none or every
// worker is full, on the main thread. A batch is checked one check at a time over all its pairs (`checkBatch`). Each
// pair's two lists of flags are merged into the order one validator gives (`mergeFlags`), and pairs are written
// strictly in input order. A few batches at most are in flight, so memory does not grow with the input.
// The output is byte for byte what the single-thread path prints.
import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Flag } from '../schemas.js';
import type { PairInput } from '../checks/types.js';
import { CpuProbe } from '../segment/threads.js';
import { startWorker } from '../worker-thread.js';
import { createValidator, mergeFlags, type ValidateOptions } from './validator.js';
import type { ValidateResult, ValidateTask, ValidateWorkerSetup } from './validate-worker.js';

/** Inputs smaller than this are checked on the main thread alone: starting a worker (≈ 0.3 s of CPU) costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1 << 20;
/** Most threads (the main thread and its workers) the default uses, whatever the number of CPUs. */
export const MAX_AUTO_THREADS = 4;
/** Pairs per batch (≈ 50 ms of checks for news sentences), on a worker or on the main thread: 128 took ≈ 10 % less CPU than 64 (one check over more pairs), 256 no less than 128. */
const BATCH_PAIRS = 128;
/** Batches a worker holds at most: one being checked, the others waiting. */
const IN_FLIGHT_PER_WORKER = 3;
/** Batches checked but not yet written, at most, while the oldest is still with a worker. */
const MAX_QUEUED = 24;

/** Pairs the main thread checks alone between two looks at the other processes' CPU use (auto threads). */
const PROBE_PAIRS = 500;

/**
 * Threads that check pairs: `requested` (the --threads option or validate.threads) if given, else one per CPU (at most
 * MAX_AUTO_THREADS) for an input of PARALLEL_MIN_BYTES or more, else one.
 */
export function validateThreads(requested: number | null | undefined, bytes: number, cpus = os.availableParallelism()): number {
  if (requested !== undefined && requested !== null) return requested;
  return cpus < 2 || bytes < PARALLEL_MIN_BYTES ? 1 : Math.min(cpus, MAX_AUTO_THREADS);
}

/** Checks pairs in corpus order and writes each pair's flags in that order. */
export interface PairChecker {
  /** Checks one pair (corpus order); its flags are written now or later, always in order. */
  add(pair: PairInput): Promise<void>;
  /**
   * Starts `threads - 1` workers (once; none if `threads` is 1). Pairs added after this may go to them. `auto`: only
   * once the other processes leave a CPU idle (`CpuProbe.spare`), looked at every PROBE_PAIRS pairs until then. Every
   * worker compiles the checks and their patterns again (≈ 1–2 s of CPU), which pays only when it gets a core of its own.
   */
  startWorkers(threads: number, auto?: boolean): void;
  /** Writes the flags of every pair added, then ends the workers. */
  finish(): Promise<void>;
}

interface Batch {
  pairs: PairInput[];
  /** The corpus-order checks' flags, once the batch is dispatched. */
  corpus?: Flag[][];
  /** The other checks' flags, once known. */
  flags?: Flag[][];
  /** Settles when a worker has sent `flags`. */
  waiting?: Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * A checker that runs every enabled check (`options.checks` levels, `glossary`), turns each pair and its flags into a
 * line of output (`line`) and hands the lines to `write` in the order the pairs were added. Pairs are checked and
 * written a batch at a time: when BATCH_PAIRS have been added, or as soon as no further pair comes at once (a terminal
 * or a slow pipe), so a reader of the output never waits for pairs not yet sent.
 */
export function createPairChecker(
  options: Pick<ValidateOptions, 'checks'>,
  glossary: ReadonlyMap<string, string>,
  line: (pair: PairInput, flags: Flag[]) => string,
  write: (text: string) => void | Promise<void>,
): PairChecker {
  const corpus = createValidator(options, { glossary, part: 'corpus' });
  const local = createValidator(options, { glossary, part: 'pair' });
  const slots: Slot[] = [];
  const pending = new Map<number, { batch: Batch; slot: Slot; resolve: () => void; reject: (error: unknown) => void }>();
  const queue: Batch[] = [];
  let open: Batch = { pairs: [] };
  /** A batch not full is checked once no further pair is at hand: the callback that does it, while one is due. */
  let stalled: ReturnType<typeof setImmediate> | undefined;
  let nextId = 0;
  let onMain = 0;
  let failure: unknown;
  let started = false;
  /** Auto threads not started yet: the threads to start, the look at the CPUs under way and the pairs since it began. */
  let waiting: { threads: number; probe: CpuProbe; pairs: number } | undefined;

  const fail = (error: unknown): void => {
    failure ??= error;
    for (const [id, task] of pending) {
      pending.delete(id);
      task.reject(failure);
    }
  };

  // A batch's lines go out in one write (stdout to a file is written synchronously, one system call per write).
  const writeBatch = async (batch: Batch): Promise<void> => {
    let text = '';
    for (let i = 0; i < batch.pairs.length; i++) text += line(batch.pairs[i]!, mergeFlags(batch.flags![i]!, batch.corpus![i]!));
    await write(text);
  };

  /** Writes the batches at the head of the queue whose flags are all known. */
  const flush = async (): Promise<void> => {
    while (queue.length > 0 && queue[0]!.flags !== undefined) await writeBatch(queue.shift()!);
  };

  const dispatch = async (): Promise<void> => {
    if (stalled !== undefined) {
      clearImmediate(stalled);
      stalled = undefined;
    }
    const batch = open;
    open = { pairs: [] };
    if (batch.pairs.length === 0) return;
    if (failure !== undefined) throw failure;
    // Batches are dispatched in corpus order: the corpus-order checks see every pair in that order.
    batch.corpus = corpus.checkBatch(batch.pairs);
    let slot: Slot | undefined;
    for (const candidate of slots) if (candidate.busy < IN_FLIGHT_PER_WORKER && (slot === undefined || candidate.busy < slot.busy)) slot = candidate;
    if (slot) {
      const id = nextId++;
      const chosen = slot;
      batch.waiting = new Promise<void>((resolve, reject) => pending.set(id, { batch, slot: chosen, resolve, reject }));
      batch.waiting.catch(() => {}); // awaited in order below; this only keeps a failure from going unhandled
      chosen.busy++;
      chosen.worker.postMessage({ id, pairs: batch.pairs } satisfies ValidateTask);
    } else {
      batch.flags = local.checkBatch(batch.pairs);
      onMain++;
    }
    queue.push(batch);
    await flush();
    // Let the workers' answers in (they arrive as events, which a loop over buffered lines would hold back).
    await nextTurn();
    await flush();
    while (queue.length > MAX_QUEUED) {
      await queue[0]!.waiting;
      await flush();
    }
  };

  const spawn = (threads: number): void => {
    waiting = undefined;
    if (process.env.DARI_DEBUG || process.env.DARI_VALIDATE_REPORT) process.stderr.write(`validate: ${threads - 1} worker thread(s) started\n`);
    const setup: ValidateWorkerSetup = { dariValidate: true, options: { checks: options.checks }, glossary };
    for (let k = 1; k < threads; k++) {
      const slot: Slot = { worker: startWorker(import.meta.resolve('./validate-worker.js'), setup), busy: 0 };
      slot.worker.on('message', (result: ValidateResult) => {
        const task = pending.get(result.id);
        if (!task) return;
        pending.delete(result.id);
        task.slot.busy--;
        task.batch.flags = result.flags;
        task.resolve();
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => {
        if (pending.size > 0 || code !== 0) fail(failure ?? new Error(`a validate worker stopped (exit code ${code})`));
      });
      slots.push(slot);
    }
  };

  return {
    async add(pair) {
      if (waiting !== undefined && ++waiting.pairs >= PROBE_PAIRS) {
        if (waiting.probe.spare()) spawn(waiting.threads);
        else waiting = { threads: waiting.threads, probe: new CpuProbe(), pairs: 0 };
      }
      open.pairs.push(pair);
      if (open.pairs.length >= BATCH_PAIRS) await dispatch();
      else
        stalled ??= setImmediate(() => {
          stalled = undefined;
          dispatch().catch(fail);
        });
    },
    startWorkers(threads, auto = false) {
      if (started) return;
      started = true;
      if (threads < 2) return;
      if (auto) waiting = { threads, probe: new CpuProbe(), pairs: 0 };
      else spawn(threads);
    },
    async finish() {
      try {
        await dispatch();
        while (queue.length > 0) {
          await queue[0]!.waiting;
          await flush();
        }
        if (failure !== undefined) throw failure;
        if (slots.length > 0 && (process.env.DARI_DEBUG || process.env.DARI_VALIDATE_REPORT)) process.stderr.write(`validate: ${nextId} batches of ${BATCH_PAIRS} pairs checked by the workers, ${onMain} by the main thread\n`);
      } finally {
        const workers = slots.splice(0);
        for (const slot of workers) slot.worker.removeAllListeners('exit');
        await Promise.all(workers.map((slot) => slot.worker.terminate()));
      }
    },
  };
}
