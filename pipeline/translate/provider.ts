// One Chat Completions call through the openai SDK, with the SDK's own retries off (the engine
// retries), a hard deadline covering the whole reply, and every failure sorted into a kind the
// engine can act on. Fatal kinds (401, insufficient_quota, …) become a ProviderError upstream.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { retryAfterMs } from './limiter.js';

export type FailureKind =
  | 'rate_limit_requests'
  | 'rate_limit_tokens'
  | 'rate_limit'
  | 'quota'
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'server_error'
  | 'connection'
  | 'timeout';

export class RequestFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status: number | undefined,
    readonly headers: Headers | undefined,
    readonly retryAfter: number | undefined,
  ) {
    super(message);
    this.name = 'RequestFailure';
  }
}

export const FATAL_KINDS: ReadonlySet<FailureKind> = new Set(['quota', 'auth', 'forbidden', 'not_found']);

export interface ProviderOptions {
  apiKey: string;
  baseURL?: string;
  timeout: number;
  fetch?: typeof fetch;
}

export function createClient(options: ProviderOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: options.timeout,
    // Azure OpenAI's v1 endpoint takes the key in `api-key`.
    ...(isAzure(options.baseURL) ? { defaultHeaders: { 'api-key': options.apiKey } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

function isAzure(baseURL: string | undefined): boolean {
  try {
    return baseURL !== undefined && new URL(baseURL).host.endsWith('.azure.com');
  } catch {
    return false;
  }
}

/** `api.openai.com`, or the host of OPENAI_BASE_URL: what error messages name. */
export function apiHost(client: OpenAI): string {
  try {
    return new URL(client.baseURL).host;
  } catch {
    return client.baseURL;
  }
}

export interface ChatResult {
  completion: ChatCompletion;
  headers: Headers;
}

export async function callChat(client: OpenAI, body: ChatCompletionCreateParamsNonStreaming, timeout: number): Promise<ChatResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const { data, response } = await client.chat.completions.create(body, { signal: controller.signal, timeout }).withResponse();
    return { completion: data, headers: response.headers };
  } catch (error) {
    throw classify(error, controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}

export function classify(error: unknown, timedOut = false): RequestFailure | unknown {
  if (error instanceof RequestFailure) return error;
  if (timedOut || error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new RequestFailure('timeout', 'no reply before the timeout', undefined, undefined, undefined);
  }
  if (error instanceof APIConnectionError) {
    const cause = (error as { cause?: { message?: string; code?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? error.message;
    return new RequestFailure('connection', `connection failed (${detail})`, undefined, undefined, undefined);
  }
  if (error instanceof APIError) {
    const status = error.status;
    const headers = error.headers ?? undefined;
    const body = (error.error ?? {}) as { code?: unknown; type?: unknown; message?: unknown };
    const code = String(error.code ?? body.code ?? '');
    const type = String(error.type ?? body.type ?? '');
    const text = typeof body.message === 'string' ? body.message : error.message;
    const message = `${status ?? ''} ${code || type || ''}: ${text}`.replace(/\s+/g, ' ').trim().slice(0, 300);
    const after = retryAfterMs(headers);
    const failure = (kind: FailureKind) => new RequestFailure(kind, message, status, headers, after);
    if (status === 429) {
      if (code === 'insufficient_quota' || type === 'insufficient_quota') return failure('quota');
      if (type === 'tokens' || /\btokens? per\b|\(TPM\)|\btokens\b/i.test(text)) return failure('rate_limit_tokens');
      if (type === 'requests' || /\brequests? per\b|\(RPM\)|\brequests\b/i.test(text)) return failure('rate_limit_requests');
      return failure('rate_limit');
    }
    if (status === 401) return failure('auth');
    if (status === 403) return failure('forbidden');
    if (status === 404) return failure('not_found');
    if (status === 400 || status === 413 || status === 422) return failure('bad_request');
    return failure('server_error');
  }
  return error;
}
