// The reply schema and the item-by-item checks: a translation is only ever attached to the id it
// came back under, and only if that id was asked, came back once, and holds English.
import { z } from 'zod';
import { zodResponseFormat } from 'openai/helpers/zod';

export type ResponseFormatMode = 'json_schema' | 'json_object' | 'text';

export const ReplySchema = z.object({
  // A plain number: `.int()` would add ±2^53 bounds to the schema, tokens every request pays for.
  translations: z.array(z.object({ id: z.number(), en: z.string() })),
  // [Korean, English] pairs: a third of the schema tokens of {ko, en} objects.
  names: z.array(z.array(z.string())),
});
export type Reply = z.infer<typeof ReplySchema>;

/** `response_format` for strict Structured Outputs, without the `$schema` line nobody reads. */
export function replyResponseFormat() {
  const format = zodResponseFormat(ReplySchema, 'translations');
  delete (format.json_schema.schema as Record<string, unknown> | undefined)?.$schema;
  return format;
}

/** The reply shape spelled out for servers without strict json_schema. */
export const REPLY_SHAPE = '{"translations":[{"id":<segment id>,"en":"<English>"}],"names":[["<Korean name>","<English name>"]]}';

export type ParsedReply =
  | { kind: 'ok'; items: { id: number; en: string }[]; names: { ko: string; en: string }[] }
  | { kind: 'truncated' | 'refusal' | 'empty' | 'malformed'; detail: string };

/** Turn a chat completion choice into items, leniently: one bad item does not sink the others. */
export function parseReply(choice: { content: string | null | undefined; refusal?: string | null; finishReason: string | null | undefined }): ParsedReply {
  if (choice.refusal) return { kind: 'refusal', detail: oneLine(choice.refusal) };
  if (choice.finishReason === 'length') return { kind: 'truncated', detail: 'finish_reason length' };
  if (choice.finishReason === 'content_filter') return { kind: 'refusal', detail: 'content filter' };
  const content = (choice.content ?? '').trim();
  if (content === '') return { kind: 'empty', detail: 'empty content' };
  const value = parseJsonLoosely(content);
  if (value === undefined) return { kind: 'malformed', detail: `not JSON: ${oneLine(content).slice(0, 60)}` };
  const list = itemList(value);
  if (!list) return { kind: 'malformed', detail: 'no list of {id, en} items' };
  const items: { id: number; en: string }[] = [];
  for (const entry of list) {
    const item = toItem(entry);
    if (item) items.push(item);
  }
  const names: { ko: string; en: string }[] = [];
  if (isObject(value) && Array.isArray(value.names)) {
    for (const entry of value.names) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') names.push({ ko: entry[0], en: entry[1] });
      else if (isObject(entry) && typeof entry.ko === 'string' && typeof entry.en === 'string') names.push({ ko: entry.ko, en: entry.en });
    }
  }
  if (items.length === 0 && list.length > 0) return { kind: 'malformed', detail: 'no usable {id, en} item' };
  return { kind: 'ok', items, names };
}

function parseJsonLoosely(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    // Servers answering by instruction often wrap the JSON in a ``` fence or a sentence.
    const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content)?.[1];
    const braced = content.slice(content.indexOf('{'), content.lastIndexOf('}') + 1);
    for (const candidate of [fenced, braced]) {
      if (!candidate) continue;
      try {
        return JSON.parse(candidate);
      } catch {
        // try the next shape
      }
    }
    return undefined;
  }
}

/** The reply's items: `translations`, or the first list of objects with an id (servers without a schema improvise). */
function itemList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  if (Array.isArray(value.translations)) return value.translations;
  for (const field of Object.values(value)) {
    if (Array.isArray(field) && field.some((entry) => isObject(entry) && 'id' in entry)) return field;
  }
  return null;
}

const ENGLISH_FIELDS = ['en', 'english', 'translation', 'text', 'target', 'output'];

function toItem(entry: unknown): { id: number; en: string } | null {
  if (!isObject(entry)) return null;
  const id = toId(entry.id);
  if (id === null) return null;
  for (const field of ENGLISH_FIELDS) if (typeof entry[field] === 'string') return { id, en: entry[field] };
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface ItemVerdict {
  accepted: Map<number, string>;
  /** Asked, not answered. */
  missing: number[];
  /** Answered more than once, differently: every copy is dropped and the id asked again. */
  duplicate: number[];
  /** Answered more than once with the same English: one copy kept. */
  repeated: number[];
  /** Ids the batch did not hold (dropped). */
  extra: number[];
  /** English that repeats the Korean, or is mostly Hangul. */
  echo: number[];
  empty: number[];
}

/** Sort a reply's items against the ids asked. */
export function checkItems(asked: Map<number, string>, items: { id: number; en: string }[]): ItemVerdict {
  const byId = new Map<number, string[]>();
  const extra: number[] = [];
  for (const item of items) {
    if (!asked.has(item.id)) {
      extra.push(item.id);
      continue;
    }
    const list = byId.get(item.id) ?? [];
    list.push(item.en);
    byId.set(item.id, list);
  }
  const verdict: ItemVerdict = { accepted: new Map(), missing: [], duplicate: [], repeated: [], extra, echo: [], empty: [] };
  for (const [id, ko] of asked) {
    const answers = byId.get(id);
    if (!answers) verdict.missing.push(id);
    // Copies that disagree leave no way to know which is this sentence's; identical ones do.
    else if (answers.length > 1 && new Set(answers.map((answer) => answer.trim())).size > 1) verdict.duplicate.push(id);
    else {
      if (answers.length > 1) verdict.repeated.push(id);
      const en = answers[0]!.trim();
      if (en === '') verdict.empty.push(id);
      else if (isEcho(ko, en)) verdict.echo.push(id);
      else verdict.accepted.set(id, en);
    }
  }
  return verdict;
}

const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/**
 * English that is the Korean sent back: the same text, or at least 30 % Hangul letters.
 * A segment with no Hangul ("AI", "2025") may legitimately come back unchanged.
 */
export function isEcho(ko: string, en: string): boolean {
  const hangulInKo = ko.match(HANGUL)?.length ?? 0;
  if (hangulInKo === 0) return false;
  if (squash(ko) === squash(en)) return true;
  const letters = en.match(LETTER)?.length ?? 0;
  const hangul = en.match(HANGUL)?.length ?? 0;
  return letters > 0 && hangul / letters >= 0.3;
}

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/**
 * Numbers of two or more digits (thousands separators dropped: `1,250` → `1250`; `3.5` kept whole)
 * that stand alone: digits inside a Latin word or code (`a20f`, `H100`) are not counted.
 */
function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![A-Za-z\d.,])\d[\d,]*(?:\.\d+)?(?![A-Za-z\d])/g)) {
    const number = match[0].replace(/,(?=\d{3})/g, '').replace(/,$/, '');
    if (number.replace('.', '').length >= 2) found.add(number);
  }
  return found;
}

const holdsAll = (numbers: Set<string>, within: Set<string>) => [...numbers].every((n) => within.has(n));

/**
 * Ids whose English looks made for another segment of the same reply: it lacks numbers of its own
 * Korean and carries all the numbers of another segment's Korean. Lines shifted by the model show
 * this; the suspects are asked again alone rather than trusted.
 */
export function suspectShifts(asked: Map<number, string>, accepted: Map<number, string>): number[] {
  const koNumbers = new Map<number, Set<string>>();
  for (const [id, ko] of asked) koNumbers.set(id, numbersIn(ko));
  const suspects: number[] = [];
  for (const [id, en] of accepted) {
    const own = koNumbers.get(id)!;
    if (own.size === 0) continue;
    const numbers = numbersIn(en);
    if (holdsAll(own, numbers)) continue;
    const other = [...koNumbers].some(([otherId, theirs]) => otherId !== id && theirs.size > 0 && !holdsAll(theirs, own) && holdsAll(theirs, numbers));
    if (other) suspects.push(id);
  }
  return suspects;
}
