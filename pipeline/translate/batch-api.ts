// Batch API mode (`translate.mode: batch`): the batches of a chunk of the corpus go out as one
// job — request JSONL written to the run folder, uploaded, batch created, polled with backoff —
// and the output and error files are matched back by `custom_id`. The job id is kept in the run
// folder, so a rerun resumes the same job instead of paying twice. Whatever the job did not answer
// usably goes through live requests.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { ProviderError } from '../errors.js';
import { FRESH, type Engine, type Unit } from './engine.js';
import { classify, FATAL_KINDS, RequestFailure } from './provider.js';
import type { TranslateContext } from './index.js';

export const BATCH_STATE_FILE = 'translate-batches.json';
const TERMINAL = new Set(['completed', 'failed', 'expired', 'cancelled']);
const MAX_POLL_INTERVAL = 10 * 60_000;

interface JobState {
  digest: string;
  batchId: string;
  inputFileId: string;
}

interface ResultLine {
  custom_id?: string;
  response?: { status_code?: number; body?: unknown } | null;
  error?: { code?: string; message?: string } | null;
}

export class BatchJobs {
  private batches: Unit[][] = [];
  private chunk = 0;

  constructor(
    private readonly ctx: TranslateContext,
    private readonly engine: Engine,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  add(units: Unit[]): void {
    this.batches.push(units);
  }

  /** Enough batches for one job. */
  get full(): boolean {
    return this.batches.length >= this.ctx.options.batchMaxRequests;
  }

  /** Send the collected batches as one job and hand its answers to the engine. */
  async run(): Promise<void> {
    const batches = this.batches;
    this.batches = [];
    if (batches.length === 0) return;
    const chunk = this.chunk++;
    const client = this.engine.client;
    const { logger } = this.ctx;
    const bodies = batches.map((units, index) => ({
      custom_id: `dari-${chunk}-${index}`,
      method: 'POST',
      url: '/v1/chat/completions',
      body: this.engine.buildRequest(units).body,
    }));
    const digest = createHash('sha256')
      .update(batches.map((units) => units.map((unit) => unit.key).join(',')).join(';'))
      .digest('hex')
      .slice(0, 24);
    const states = await this.readState();
    let state = states.find((job) => job.digest === digest);
    if (state) logger.info(`translate: resuming Batch API job ${state.batchId}`);
    else {
      try {
        const jsonl = bodies.map((line) => JSON.stringify(line)).join('\n') + '\n';
        await mkdir(this.ctx.runDir, { recursive: true });
        await writeFile(join(this.ctx.runDir, `translate-batch-${chunk}.jsonl`), jsonl);
        const upload = new File([jsonl], `dari-batch-${chunk}.jsonl`, { type: 'application/jsonl' });
        const file = await this.call(() => client.files.create({ file: upload, purpose: 'batch' }));
        const batch = await this.call(() =>
          client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' }),
        );
        state = { digest, batchId: batch.id, inputFileId: file.id };
        this.ctx.stats!.requests += bodies.length;
        await this.writeState([...states, state]);
        logger.info(`translate: Batch API job ${batch.id} created with ${bodies.length} request(s)`);
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        // A job that cannot be created is not fatal: the live path still works.
        logger.warn(`translate: could not create a Batch API job (${(error as Error).message}); sending ${batches.length} request(s) live`);
        for (const units of batches) this.engine.submit(units);
        return;
      }
    }
    // From here the job exists: a failure stops the run, and a rerun resumes the same job.
    try {
      await this.collect(client, state, chunk, batches);
    } catch (error) {
      if (error instanceof RequestFailure) {
        throw new ProviderError(`the Batch API at ${this.engine.host} kept failing on job ${state.batchId} (${error.message}); rerun to resume it`);
      }
      throw error;
    }
    await this.writeState((await this.readState()).filter((job) => job.digest !== digest));
  }

  /** Wait for the job, then hand every answer to the engine and send the rest live. */
  private async collect(client: OpenAI, state: JobState, chunk: number, batches: Unit[][]): Promise<void> {
    const { logger } = this.ctx;
    const batch = await this.poll(client, state.batchId);
    const answered = new Set<string>();
    for (const fileId of [batch.output_file_id, batch.error_file_id]) {
      if (!fileId) continue;
      const text = await this.call(async () => (await client.files.content(fileId)).text());
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        let result: ResultLine;
        try {
          result = JSON.parse(line) as ResultLine;
        } catch {
          continue;
        }
        const index = indexOf(result.custom_id, chunk);
        const units = index === null ? undefined : batches[index];
        // An id this job never held, or one already answered, is not ours to use.
        if (!units || answered.has(result.custom_id!)) continue;
        answered.add(result.custom_id!);
        const status = result.response?.status_code;
        if (status === 200 && result.response?.body && typeof result.response.body === 'object') {
          const reply = this.engine.readCompletion(units, result.response.body as ChatCompletion, 0.5);
          await this.engine.handleReply(units, FRESH, reply);
        } else {
          this.engine.submit(units);
        }
      }
    }
    const unanswered = batches.filter((_, index) => !answered.has(`dari-${chunk}-${index}`));
    if (unanswered.length > 0) {
      logger.info(`translate: Batch API job ${batch.id} ended ${batch.status} without ${unanswered.length} answer(s); sending them live`);
      for (const units of unanswered) this.engine.submit(units);
    }
  }

  private async poll(client: OpenAI, batchId: string) {
    let interval = this.ctx.options.batchPollInterval;
    for (;;) {
      const batch = await this.call(() => client.batches.retrieve(batchId));
      if (TERMINAL.has(batch.status)) return batch;
      const counts = batch.request_counts;
      this.ctx.logger.info(`translate: Batch API job ${batchId} ${batch.status}${counts ? ` (${counts.completed}/${counts.total})` : ''}`);
      await this.sleep(interval);
      interval = Math.min(MAX_POLL_INTERVAL, Math.ceil(interval * 1.5));
    }
  }

  /** One Files/Batches call with retries on transient faults; fatal faults stop the run. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const failure = classify(error);
        if (!(failure instanceof RequestFailure)) throw failure;
        if (FATAL_KINDS.has(failure.kind)) throw new ProviderError(`the Batch API at ${this.engine.host} refused the request: ${failure.message}`);
        if (attempt >= this.ctx.options.maxRetries) throw failure;
        const wait = Math.min(failure.retryAfter ?? Math.min(8_000, 500 * 2 ** attempt) * (0.5 + Math.random() * 0.5), this.ctx.options.maxRetryAfter);
        await this.sleep(wait);
      }
    }
  }

  private async readState(): Promise<JobState[]> {
    try {
      const value = JSON.parse(await readFile(join(this.ctx.runDir, BATCH_STATE_FILE), 'utf8')) as { jobs?: JobState[] };
      return Array.isArray(value.jobs) ? value.jobs : [];
    } catch {
      return [];
    }
  }

  private async writeState(jobs: JobState[]): Promise<void> {
    await mkdir(this.ctx.runDir, { recursive: true });
    await writeFile(join(this.ctx.runDir, BATCH_STATE_FILE), JSON.stringify({ jobs }, null, 2) + '\n');
  }
}

function indexOf(customId: string | undefined, chunk: number): number | null {
  const match = customId ? /^dari-(\d+)-(\d+)$/.exec(customId) : null;
  if (!match || Number(match[1]) !== chunk) return null;
  return Number(match[2]);
}
