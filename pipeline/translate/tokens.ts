// Token counts with the tokenizer of the configured model (o200k for the gpt-4o/4.1/5/o-series,
// cl100k for gpt-4 and gpt-3.5). Servers that run other models still get a close estimate.
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';

export type TokenCounter = (text: string) => number;

/** Tokens a chat message costs beyond its content (role, separators), as OpenAI documents it. */
export const MESSAGE_OVERHEAD_TOKENS = 4;
/** Tokens every reply is primed with. */
export const REPLY_PRIMING_TOKENS = 3;

export function tokenCounterFor(model: string): TokenCounter {
  const name = model.toLowerCase().split('/').pop() ?? '';
  // gpt-4-turbo, gpt-4-0613, gpt-3.5-turbo: cl100k. gpt-4o, gpt-4.1, gpt-5, o1/o3/o4: o200k.
  const legacy = /^gpt-3\.5/.test(name) || (/^gpt-4(-|$)/.test(name) && !/^gpt-4o/.test(name));
  return legacy ? countCl100k : countO200k;
}
