// Optional, off by default: evidence from the API for `dari align`.
// - Embeddings (as Bertalign uses LaBSE): one vector per sentence from the embeddings endpoint.
// - MT-assisted (as Bleualign): the Korean is translated through Chat Completions, and the machine
//   English and the real English become hashed bags of words, so a link's similarity is a cosine.
// Both give `AlignOptions.vectors`; the aligner sums the vectors of a link's sentences.
import OpenAI from 'openai';
import { ProviderError } from '../errors.js';

const EMBEDDING_BATCH = 256;
const MT_BATCH = 40;
const BAG_DIMENSIONS = 1024;

export interface AssistOptions {
  client: OpenAI;
  /** Embedding model, e.g. "text-embedding-3-small". */
  embeddingModel?: string;
  /** Chat model for MT-assisted scoring, e.g. "gpt-4o-mini". */
  chatModel?: string;
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError) return `${error.status ?? 'no status'} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Embed every sentence of both sides. */
export async function embeddingVectors(options: AssistOptions, ko: readonly string[], en: readonly string[]): Promise<{ ko: Float32Array[]; en: Float32Array[] }> {
  const model = options.embeddingModel ?? 'text-embedding-3-small';
  const embed = async (texts: readonly string[]): Promise<Float32Array[]> => {
    const out: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += EMBEDDING_BATCH) {
      // The endpoint rejects empty strings; a blank line gets a single space.
      const input = texts.slice(start, start + EMBEDDING_BATCH).map((text) => (text.trim() === '' ? ' ' : text));
      let response;
      try {
        // 'float' explicitly: the SDK's default (base64) is not understood by every compatible server.
        response = await options.client.embeddings.create({ model, input, encoding_format: 'float' });
      } catch (error) {
        throw new ProviderError(`embeddings request failed: ${describe(error)}`, { cause: error });
      }
      const byIndex = [...response.data].sort((a, b) => a.index - b.index);
      if (byIndex.length !== input.length) throw new ProviderError(`embeddings reply has ${byIndex.length} vectors for ${input.length} sentences`);
      for (const item of byIndex) out.push(Float32Array.from(item.embedding));
    }
    return out;
  };
  return { ko: await embed(ko), en: await embed(en) };
}

const STOPWORDS = new Set('the a an of to in on at for and or but is are was were be been by with as that this it its from has have had will would'.split(' '));

/** A hashed bag of lowercased words and word pairs, without the commonest function words. */
export function bagOfWords(text: string): Float32Array {
  const vector = new Float32Array(BAG_DIMENSIONS);
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOPWORDS.has(word));
  const hash = (token: string) => {
    let h = 2166136261;
    for (let k = 0; k < token.length; k++) h = Math.imul(h ^ token.charCodeAt(k), 16777619);
    return (h >>> 0) % BAG_DIMENSIONS;
  };
  words.forEach((word, k) => {
    vector[hash(word)]! += 1;
    if (k > 0) vector[hash(`${words[k - 1]} ${word}`)]! += 0.5;
  });
  return vector;
}

/** Translate the Korean with the chat model; returns one English line per Korean sentence ('' if missing). */
export async function machineTranslate(options: AssistOptions, ko: readonly string[]): Promise<string[]> {
  const model = options.chatModel ?? 'gpt-4o-mini';
  const out: string[] = new Array<string>(ko.length).fill('');
  for (let start = 0; start < ko.length; start += MT_BATCH) {
    const batch = ko.slice(start, start + MT_BATCH).map((text, k) => ({ id: start + k, ko: text }));
    let content: string | null | undefined;
    try {
      const response = await options.client.chat.completions.create({
        model,
        response_format: { type: 'json_object' },
        messages: [
          {
            role: 'system',
            content:
              'Translate each Korean sentence into plain English, literally, one translation per id. Reply with JSON: {"translations":[{"id":number,"en":string}]}.',
          },
          { role: 'user', content: JSON.stringify(batch) },
        ],
      });
      content = response.choices[0]?.message.content;
    } catch (error) {
      throw new ProviderError(`machine translation request failed: ${describe(error)}`, { cause: error });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(content ?? '{}');
    } catch {
      continue; // An unreadable reply leaves this batch without MT evidence; length and anchors still decide.
    }
    const translations = (parsed as { translations?: unknown }).translations;
    if (!Array.isArray(translations)) continue;
    for (const item of translations as { id?: unknown; en?: unknown }[]) {
      // Ids outside this batch are ignored, so a confused reply cannot shift a translation.
      if (typeof item.id === 'number' && item.id >= start && item.id < start + batch.length && typeof item.en === 'string') out[item.id] = item.en;
    }
  }
  return out;
}

/** MT-assisted vectors: bags of words of the machine English (Korean side) and of the real English. */
export async function machineTranslationVectors(options: AssistOptions, ko: readonly string[], en: readonly string[]): Promise<{ ko: Float32Array[]; en: Float32Array[] }> {
  const translated = await machineTranslate(options, ko);
  return { ko: translated.map(bagOfWords), en: en.map(bagOfWords) };
}
