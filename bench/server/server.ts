// A local OpenAI-compatible server for the translation benchmark (never used by `npm test`).
// Chat Completions with a deterministic fake translation; Files + Batches enough for Dari's Batch
// API mode. It enforces requests- and tokens-per-window limits in fixed windows, answering with
// real `x-ratelimit-*` headers and OpenAI-shaped 429 bodies; adds latency per output token; and
// injects faults chosen by a seeded generator.
//
// Run alone: npx tsx bench/server/server.ts --port 8787 --fault-rate 0.3 --tokens-per-window 20000
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { fakeTranslate, sourceTag } from './fake-translation.js';
import { random } from './random.js';

export const FAULT_KINDS = [
  'rate_limit_requests',
  'rate_limit_tokens',
  'server_500',
  'server_503',
  'connection_reset',
  'stall',
  'drop_id',
  'duplicate_id',
  'extra_id',
  'shuffle_ids',
  'truncate',
  'malformed_json',
  'empty_content',
  'refusal',
  'echo_source',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface ServerOptions {
  port?: number;
  seed?: number;
  /** Share of chat requests given a fault. @default 0 */
  faultRate?: number;
  faultKinds?: readonly FaultKind[];
  /** How long a stalled request waits before answering, ms. @default 20000 */
  stallMs?: number;
  /** Fixed window length of the limits, ms. @default 10000 */
  windowMs?: number;
  requestsPerWindow?: number | null;
  tokensPerWindow?: number | null;
  /** Latency per output token, ms, plus a base latency. */
  msPerOutputToken?: number;
  baseLatencyMs?: number;
  /** Send `retry-after-ms` with limit 429s (OpenAI does not always). @default true */
  retryAfterHeader?: boolean;
  /**
   * Charge the limit with the prompt plus `max_completion_tokens` (what OpenAI documents) instead
   * of the tokens actually used. @default false
   */
  countMaxTokens?: boolean;
  model?: string;
}

export interface RequestLog {
  at: number;
  /** Finished writing the reply. */
  answeredAt: number | null;
  status: number;
  fault: FaultKind | null;
  /** Source tags of the segments asked. */
  tags: string[];
  promptTokens: number;
  completionTokens: number;
}

export interface ServerStats {
  requests: RequestLog[];
  /** Tokens admitted against the limit, per window index. */
  windowTokens: Map<number, number>;
  limit429: number;
  injected429: number;
}

export interface RunningServer {
  url: string;
  stats: ServerStats;
  options: Required<Omit<ServerOptions, 'port'>>;
  close(): Promise<void>;
}


function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers });
  res.end(data);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function duration(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))}ms` : `${(ms / 1000).toFixed(3)}s`;
}

interface Segment {
  id: number;
  ko: string;
}

function segmentsOf(body: { messages?: { role: string; content: unknown }[] }): Segment[] {
  const user = body.messages?.find((message) => message.role === 'user');
  if (!user || typeof user.content !== 'string') return [];
  try {
    const value = JSON.parse(user.content) as { documents?: { segments?: Segment[] }[]; items?: Segment[]; segments?: Segment[] };
    return value.items ?? value.segments ?? (value.documents ?? []).flatMap((doc) => doc.segments ?? []);
  } catch {
    return [];
  }
}

function promptTokensOf(body: { messages?: { content: unknown }[]; response_format?: { type?: string; json_schema?: unknown } }): number {
  let tokens = 3;
  for (const message of body.messages ?? []) tokens += 4 + (typeof message.content === 'string' ? countTokens(message.content) : 0);
  if (body.response_format?.type === 'json_schema') tokens += countTokens(JSON.stringify(body.response_format.json_schema ?? {}));
  return tokens;
}

export async function startServer(input: ServerOptions = {}): Promise<RunningServer> {
  const options = {
    seed: 1,
    faultRate: 0,
    faultKinds: FAULT_KINDS,
    stallMs: 20_000,
    windowMs: 10_000,
    requestsPerWindow: null,
    tokensPerWindow: null,
    msPerOutputToken: 0.5,
    baseLatencyMs: 40,
    retryAfterHeader: true,
    countMaxTokens: false,
    model: 'gpt-4o-mini',
    ...input,
  } satisfies Required<Omit<ServerOptions, 'port'>>;
  const pick = random(options.seed);
  const stats: ServerStats = { requests: [], windowTokens: new Map(), limit429: 0, injected429: 0 };
  const windowRequests = new Map<number, number>();
  const files = new Map<string, string>();
  const batches = new Map<string, { id: string; input: string; output: string | null; polls: number }>();
  const sockets = new Set<Socket>();
  let ids = 0;

  function limitHeaders(now: number): Record<string, string> {
    const window = Math.floor(now / options.windowMs);
    const resetMs = (window + 1) * options.windowMs - now;
    const headers: Record<string, string> = {};
    if (options.requestsPerWindow !== null) {
      headers['x-ratelimit-limit-requests'] = String(options.requestsPerWindow);
      headers['x-ratelimit-remaining-requests'] = String(Math.max(0, options.requestsPerWindow - (windowRequests.get(window) ?? 0)));
      headers['x-ratelimit-reset-requests'] = duration(resetMs);
    }
    if (options.tokensPerWindow !== null) {
      headers['x-ratelimit-limit-tokens'] = String(options.tokensPerWindow);
      headers['x-ratelimit-remaining-tokens'] = String(Math.max(0, options.tokensPerWindow - (stats.windowTokens.get(window) ?? 0)));
      headers['x-ratelimit-reset-tokens'] = duration(resetMs);
    }
    return headers;
  }

  function completion(content: string | null, finish: string, usage: { prompt: number; completion: number }, refusal: string | null = null) {
    return {
      id: `chatcmpl-${++ids}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: options.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: finish, logprobs: null }],
      usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion, prompt_tokens_details: { cached_tokens: 0 } },
    };
  }

  /** The reply content for segments, damaged as `fault` says. */
  function replyContent(segments: Segment[], fault: FaultKind | null): { content: string | null; finish: string; refusal: string | null } {
    let items = segments.map((segment) => ({ id: segment.id, en: fakeTranslate(segment.ko) }));
    const at = Math.floor(pick() * items.length);
    switch (fault) {
      case 'drop_id':
        items = items.filter((_, index) => index !== at);
        break;
      case 'duplicate_id':
        // A second copy of one id carrying its neighbour's English: the classic shift.
        if (items.length > 1) items.push({ id: items[at]!.id, en: items[(at + 1) % items.length]!.en });
        else items.push({ ...items[0]! });
        break;
      case 'extra_id':
        items.push({ id: Math.max(0, ...items.map((item) => item.id)) + 1, en: fakeTranslate(`${segments[at]?.ko ?? ''} (continued)`) });
        break;
      case 'shuffle_ids':
        items = items.map((item, index) => ({ item, key: (index * 7919 + at) % 101 })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        break;
      case 'echo_source':
        if (items[at]) items[at] = { id: items[at].id, en: segments[at]!.ko };
        break;
      case 'empty_content':
        return { content: '', finish: 'stop', refusal: null };
      case 'refusal':
        return { content: null, finish: 'stop', refusal: "I'm sorry, but I can't help with that." };
      default:
        break;
    }
    const content = JSON.stringify({ translations: items, names: [] });
    if (fault === 'truncate') return { content: content.slice(0, Math.floor(content.length / 2)), finish: 'length', refusal: null };
    if (fault === 'malformed_json') return { content: content.slice(0, -3) + ',"trans', finish: 'stop', refusal: null };
    return { content, finish: 'stop', refusal: null };
  }

  async function chat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as Parameters<typeof segmentsOf>[0] &
      Parameters<typeof promptTokensOf>[0] & { max_completion_tokens?: number; max_tokens?: number };
    const now = Date.now();
    const segments = segmentsOf(body);
    const log: RequestLog = { at: now, answeredAt: null, status: 200, fault: null, tags: segments.map((s) => sourceTag(s.ko)), promptTokens: promptTokensOf(body), completionTokens: 0 };
    stats.requests.push(log);
    const fault = pick() < options.faultRate ? options.faultKinds[Math.floor(pick() * options.faultKinds.length)]! : null;
    log.fault = fault;
    const { content, finish, refusal } = replyContent(segments, fault);
    const completionTokens = content ? countTokens(content) : refusal ? 12 : 1;
    log.completionTokens = completionTokens;

    // Limits, in fixed windows: a request is admitted only if it fits whole.
    const window = Math.floor(now / options.windowMs);
    const requestsUsed = windowRequests.get(window) ?? 0;
    const tokensUsed = stats.windowTokens.get(window) ?? 0;
    const reserved = body.max_completion_tokens ?? body.max_tokens;
    const cost = log.promptTokens + (options.countMaxTokens && reserved !== undefined ? Math.max(reserved, completionTokens) : completionTokens);
    const resetMs = (window + 1) * options.windowMs - now;
    const limited =
      options.requestsPerWindow !== null && requestsUsed + 1 > options.requestsPerWindow
        ? 'requests'
        : options.tokensPerWindow !== null && tokensUsed + cost > options.tokensPerWindow
          ? 'tokens'
          : null;
    if (limited) {
      stats.limit429++;
      log.status = 429;
      const used = limited === 'requests' ? requestsUsed : tokensUsed;
      const limit = limited === 'requests' ? options.requestsPerWindow : options.tokensPerWindow;
      const retry: Record<string, string> = options.retryAfterHeader ? { 'retry-after-ms': String(resetMs) } : {};
      sendJson(
        res,
        429,
        {
          error: {
            message: `Rate limit reached for ${options.model} in organization org-bench on ${limited} per min (${limited === 'requests' ? 'RPM' : 'TPM'}): Limit ${limit}, Used ${used}, Requested ${limited === 'requests' ? 1 : cost}. Please try again in ${duration(resetMs)}.`,
            type: limited,
            param: null,
            code: 'rate_limit_exceeded',
          },
        },
        { ...limitHeaders(now), ...retry },
      );
      log.answeredAt = Date.now();
      return;
    }
    windowRequests.set(window, requestsUsed + 1);
    stats.windowTokens.set(window, tokensUsed + cost);

    switch (fault) {
      case 'rate_limit_requests':
      case 'rate_limit_tokens': {
        stats.injected429++;
        log.status = 429;
        const type = fault === 'rate_limit_requests' ? 'requests' : 'tokens';
        sendJson(res, 429, { error: { message: `Rate limit reached on ${type} per min. Please try again in 1s.`, type, param: null, code: 'rate_limit_exceeded' } }, { ...limitHeaders(now), 'retry-after-ms': '1000' });
        log.answeredAt = Date.now();
        return;
      }
      case 'server_500':
      case 'server_503':
        log.status = fault === 'server_500' ? 500 : 503;
        await sleep(options.baseLatencyMs);
        sendJson(res, log.status, { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } });
        log.answeredAt = Date.now();
        return;
      case 'connection_reset':
        log.status = 0;
        req.socket.destroy();
        return;
      case 'stall':
        await sleep(options.stallMs);
        break;
      default:
        break;
    }
    await sleep(options.baseLatencyMs + completionTokens * options.msPerOutputToken);
    if (res.destroyed || req.socket.destroyed) {
      log.status = 0;
      return;
    }
    sendJson(res, 200, completion(content, finish, { prompt: log.promptTokens, completion: completionTokens }, refusal), limitHeaders(Date.now()));
    res.on('finish', () => (log.answeredAt = Date.now()));
  }

  async function uploadFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const request = new Request('http://local/v1/files', { method: 'POST', headers: req.headers as Record<string, string>, body: new Uint8Array(raw) });
    const form = await request.formData();
    const file = form.get('file');
    const text = typeof file === 'string' ? file : await (file as File).text();
    const id = `file-${++ids}`;
    files.set(id, text);
    sendJson(res, 200, { id, object: 'file', bytes: Buffer.byteLength(text), created_at: 0, filename: 'input.jsonl', purpose: form.get('purpose') ?? 'batch', status: 'processed' });
  }

  function batchObject(batch: { id: string; input: string; output: string | null; polls: number }) {
    const done = batch.output !== null;
    return {
      id: batch.id,
      object: 'batch',
      endpoint: '/v1/chat/completions',
      input_file_id: batch.input,
      completion_window: '24h',
      status: done ? 'completed' : 'in_progress',
      output_file_id: done ? `${batch.id}-out` : null,
      error_file_id: null,
      created_at: 0,
      request_counts: { total: 0, completed: 0, failed: 0 },
    };
  }

  async function createBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as { input_file_id: string };
    const id = `batch_${++ids}`;
    batches.set(id, { id, input: body.input_file_id, output: null, polls: 0 });
    sendJson(res, 200, batchObject(batches.get(id)!));
  }

  function retrieveBatch(id: string, res: ServerResponse): void {
    const batch = batches.get(id);
    if (!batch) return sendJson(res, 404, { error: { message: 'No such batch', type: 'invalid_request_error', param: null, code: null } });
    // Results come back in reverse order after two polls: matching must go by custom_id.
    if (batch.output === null && ++batch.polls >= 2) {
      const lines = (files.get(batch.input) ?? '').trim().split('\n').filter(Boolean);
      const out = lines.map((line) => {
        const request = JSON.parse(line) as { custom_id: string; body: Parameters<typeof segmentsOf>[0] & Parameters<typeof promptTokensOf>[0] };
        const { content, finish } = replyContent(segmentsOf(request.body), null);
        const usage = { prompt: promptTokensOf(request.body), completion: content ? countTokens(content) : 0 };
        return JSON.stringify({ id: `r-${++ids}`, custom_id: request.custom_id, response: { status_code: 200, body: completion(content, finish, usage) }, error: null });
      });
      batch.output = out.reverse().join('\n') + '\n';
      files.set(`${batch.id}-out`, batch.output);
    }
    sendJson(res, 200, batchObject(batch));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname.replace(/^\/v1/, '');
    const route = async () => {
      if (req.method === 'POST' && path === '/chat/completions') return chat(req, res);
      if (req.method === 'POST' && path === '/files') return uploadFile(req, res);
      if (req.method === 'POST' && path === '/batches') return createBatch(req, res);
      const batch = /^\/batches\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && batch) return retrieveBatch(batch[1]!, res);
      const content = /^\/files\/([^/]+)\/content$/.exec(path);
      if (req.method === 'GET' && content && files.has(content[1]!)) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(files.get(content[1]!));
        return;
      }
      sendJson(res, 404, { error: { message: `no route ${req.method} ${url.pathname}`, type: 'invalid_request_error', param: null, code: null } });
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error', param: null, code: null } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(input.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    stats,
    options,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// Standalone: print the URL and serve until interrupted.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : undefined;
  };
  const running = await startServer({
    port: value('port') ?? 8787,
    seed: value('seed') ?? 1,
    faultRate: value('fault-rate') ?? 0,
    requestsPerWindow: value('requests-per-window') ?? null,
    tokensPerWindow: value('tokens-per-window') ?? null,
    windowMs: value('window-ms') ?? 10_000,
  });
  process.stdout.write(`bench server at ${running.url} (OPENAI_BASE_URL)\n`);
}
