// `dari align`: sentence alignment of a Korean text and its English, as a standalone tool.
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import type { Command, ParsedArgs } from './command.js';
import { baseUrlFromEnvironment, stringOption } from './command.js';
import { describeFileError, ProviderError, UserError } from '../errors.js';
import { addSecret, createLogger } from '../log.js';
import { decodeBytes, normalizeText } from '../ingest/decode.js';
import { alignSentences, splitEnglish, type AlignOptions } from '../align/index.js';
import { embeddingVectors, machineTranslationVectors } from '../align/assist.js';
import { splitSentences } from '../segment/index.js';
import { parseGlossary } from '../translate/glossary.js';

function readText(path: string, option: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UserError(`--${option} ${path}: cannot read it (${describeFileError(error)}); give a text file`, { cause: error });
  }
  if (bytes.length === 0) return '';
  // UTF-8 (BOM or not), UTF-16 with or without a BOM, EUC-KR/CP949; LF line ends, NFC.
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return decoded.text;
  if (decoded.reason.startsWith('broken UTF-8')) {
    // A few bad bytes do not move a line: read them as U+FFFD and say so.
    createLogger().warn(`align: --${option} ${path}: ${decoded.reason.replace(/; .*$/, '')}; the bad bytes are read as U+FFFD`);
    return normalizeText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  }
  throw new UserError(`--${option} ${path}: ${decoded.reason}; give a UTF-8 text file`);
}

/** One sentence a line; the line number (from 0) is the sentence's index. Blank lines at the end are not sentences. */
export function readLines(path: string, option: string): string[] {
  const lines = readText(path, option).split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** A raw document: paragraphs (blank-line separated) segmented into sentences. */
export function segmentText(text: string, split: (paragraph: string) => string[]): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .flatMap(split);
}

function sides(args: ParsedArgs): { ko: string[]; en: string[] } {
  const ko = stringOption(args, 'ko');
  const en = stringOption(args, 'en');
  const koText = stringOption(args, 'ko-text');
  const enText = stringOption(args, 'en-text');
  if ((ko ?? koText) === undefined || (en ?? enText) === undefined) {
    throw new UserError('align: give the Korean (--ko FILE or --ko-text FILE) and the English (--en FILE or --en-text FILE); see `dari align --help`');
  }
  if (ko !== undefined && koText !== undefined) throw new UserError('align: use either --ko or --ko-text, not both');
  if (en !== undefined && enText !== undefined) throw new UserError('align: use either --en or --en-text, not both');
  return {
    ko: ko !== undefined ? readLines(ko, 'ko') : segmentText(readText(koText!, 'ko-text'), (p) => splitSentences(p).map((s) => s.raw)),
    en: en !== undefined ? readLines(en, 'en') : segmentText(readText(enText!, 'en-text'), (p) => splitEnglish(p).map((s) => s.raw)),
  };
}

function apiClient(): OpenAI {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new UserError('align: --embeddings and --mt need an API key; set OPENAI_API_KEY (and OPENAI_BASE_URL for another server)');
  addSecret(apiKey);
  const baseURL = baseUrlFromEnvironment();
  return new OpenAI({ apiKey, ...(baseURL ? { baseURL } : {}), maxRetries: 3 });
}

/** A failed API call, with what to check: the server, the key, or aligning without the API. */
async function withApiHint<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    // The host only: a URL may carry a user and password.
    const baseURL = process.env.OPENAI_BASE_URL?.trim();
    const server = baseURL ? `at ${new URL(baseURL).host}` : '(the OpenAI API)';
    throw new ProviderError(`${error.message.replace(/[.\s]+$/, '')}; check the server ${server} and OPENAI_API_KEY, or align without --embeddings/--mt`, { cause: error });
  }
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'Align Korean sentences with English sentences; one JSON line per link',
  usage: 'align (--ko FILE | --ko-text FILE) (--en FILE | --en-text FILE) [options]',
  options: {
    ko: { type: 'string', value: 'FILE', description: 'Korean, one sentence a line (line numbers from 0 are the indexes).' },
    en: { type: 'string', value: 'FILE', description: 'English, one sentence a line.' },
    'ko-text': { type: 'string', value: 'FILE', description: 'Korean document; paragraphs split by blank lines, sentences by the Korean segmenter.' },
    'en-text': { type: 'string', value: 'FILE', description: 'English document; paragraphs split by blank lines, sentences by the English splitter.' },
    glossary: { type: 'string', value: 'FILE', description: 'Glossary (TSV "korean<TAB>english" or JSON); term pairs become anchors.' },
    language: { type: 'string', value: 'PAIR', description: '"ko-en" (default) or "generic" (any pair: length and language-independent anchors only).' },
    text: { type: 'boolean', description: 'Add the sentences ("koText", "enText") to each output line.' },
    embeddings: { type: 'boolean', description: 'Also score with sentence embeddings from the API (needs OPENAI_API_KEY).' },
    'embedding-model': { type: 'string', value: 'NAME', description: 'Embedding model for --embeddings (default text-embedding-3-small).' },
    mt: { type: 'boolean', description: 'Also score with a machine translation of the Korean (Chat Completions; needs OPENAI_API_KEY).' },
    model: { type: 'string', value: 'NAME', description: 'Chat model for --mt (default gpt-4o-mini).' },
  },
  async run(args) {
    const language = stringOption(args, 'language') ?? 'ko-en';
    if (language !== 'ko-en' && language !== 'generic') throw new UserError(`align: --language must be "ko-en" or "generic", got "${language}"`);
    if (args.values.embeddings === true && args.values.mt === true) throw new UserError('align: use --embeddings or --mt, not both');
    const { ko, en } = sides(args);
    const glossaryPath = stringOption(args, 'glossary');
    const glossary = glossaryPath ? new Map(parseGlossary(glossaryPath, readText(glossaryPath, 'glossary'))) : undefined;
    let vectors: AlignOptions['vectors'];
    if (args.values.embeddings === true) {
      const model = stringOption(args, 'embedding-model');
      vectors = await withApiHint(embeddingVectors({ client: apiClient(), ...(model ? { embeddingModel: model } : {}) }, ko, en));
    } else if (args.values.mt === true) {
      const model = stringOption(args, 'model');
      vectors = await withApiHint(machineTranslationVectors({ client: apiClient(), ...(model ? { chatModel: model } : {}) }, ko, en));
    }
    const withText = args.values.text === true;
    const options: Partial<AlignOptions> = { language, ...(glossary ? { glossary } : {}), ...(vectors ? { vectors } : {}) };
    const lines = alignSentences(ko, en, options).map((link) =>
      JSON.stringify(
        withText
          ? { ...link, koText: link.ko.map((i) => ko[i]).join(' '), enText: link.en.map((j) => en[j]).join(' ') }
          : link,
      ),
    );
    process.stdout.write(lines.length > 0 ? lines.join('\n') + '\n' : '');
    return 0;
  },
};
