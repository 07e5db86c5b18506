// Streaming TMX 1.4 reader: one translation unit at a time, so a large memory never sits in RAM,
// and the exact-match translation memory the translate stage consults before any request.
import { createReadStream } from 'node:fs';
import { Parser } from 'htmlparser2';
import { UserError } from './errors.js';

export interface TmxUnit {
  source: string;
  target: string;
  srcLang: string;
  tgtLang: string;
  /** `<prop type="…">` values of the `<tu>` (the last one wins for a repeated type). */
  props: Record<string, string>;
}

interface OpenVariant {
  lang: string;
  seg: string | null;
}

/** Inline elements whose text is native markup, not translatable text (TMX 1.4 §3.7). */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** Stream the units of a TMX file. A `<tu>` with several targets yields one unit per target. */
export async function* readTmx(path: string): AsyncGenerator<TmxUnit> {
  const ready: TmxUnit[] = [];
  let headerSrcLang = '*all*';
  let props: Record<string, string> = {};
  let variants: OpenVariant[] = [];
  let tuSrcLang: string | null = null;
  let inTu = false;
  let propType: string | null = null;
  let propText = '';
  let variant: OpenVariant | null = null;
  let inSeg = false;
  // Depth inside code elements (<bpt>…</bpt>); their text is markup, not segment text.
  let codeDepth = 0;
  let sawTmx = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (tag === 'tmx') sawTmx = true;
        else if (tag === 'header') headerSrcLang = attributes.srclang ?? headerSrcLang;
        else if (tag === 'tu') {
          inTu = true;
          props = {};
          variants = [];
          tuSrcLang = attributes.srclang ?? null;
        } else if (tag === 'prop' && inTu && !variant) {
          propType = attributes.type ?? '';
          propText = '';
        } else if (tag === 'tuv' && inTu) {
          variant = { lang: attributes['xml:lang'] ?? attributes.lang ?? '', seg: null };
        } else if (tag === 'seg' && variant) {
          inSeg = true;
          variant.seg = '';
        } else if (inSeg && CODE_ELEMENTS.has(tag)) codeDepth++;
      },
      ontext(text) {
        if (propType !== null) propText += text;
        else if (inSeg && codeDepth === 0 && variant) variant.seg += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === 'prop' && propType !== null) {
          props[propType] = propText;
          propType = null;
        } else if (inSeg && CODE_ELEMENTS.has(tag)) codeDepth--;
        else if (tag === 'seg') inSeg = false;
        else if (tag === 'tuv' && variant) {
          if (variant.seg !== null) variants.push(variant);
          variant = null;
        } else if (tag === 'tu' && inTu) {
          inTu = false;
          ready.push(...unitsOf(variants, tuSrcLang ?? headerSrcLang, props));
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      while (ready.length > 0) yield ready.shift()!;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new UserError(`translation memory ${path}: cannot read it (${code}); fix \`translate.tm\` in the config`, { cause: error });
    }
    throw error;
  } finally {
    stream.destroy();
  }
  parser.end();
  while (ready.length > 0) yield ready.shift()!;
  if (!sawTmx) throw new UserError(`translation memory ${path}: not a TMX file (no <tmx> element)`);
}

function unitsOf(variants: OpenVariant[], srcLang: string, props: Record<string, string>): TmxUnit[] {
  if (variants.length < 2) return [];
  const wanted = srcLang.toLowerCase();
  // `*all*` (or a srclang no variant carries): the first variant is the source.
  let sourceIndex = variants.findIndex((v) => v.lang.toLowerCase() === wanted);
  if (sourceIndex < 0) sourceIndex = variants.findIndex((v) => primary(v.lang) === primary(wanted));
  if (sourceIndex < 0) sourceIndex = 0;
  const source = variants[sourceIndex]!;
  return variants
    .filter((_, index) => index !== sourceIndex)
    .map((target) => ({ source: source.seg!, target: target.seg!, srcLang: source.lang, tgtLang: target.lang, props: { ...props } }));
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Key under which a Korean segment is looked up: NFC, outer whitespace trimmed. */
export function tmKey(korean: string): string {
  return korean.normalize('NFC').trim();
}

/**
 * Exact Korean → English memory from TMX files (the Korean side is the variant whose language is
 * `ko*`; the English side the variant in `en*`, or one with no language). Later files win.
 */
export async function loadTranslationMemory(paths: string[]): Promise<Map<string, string>> {
  const memory = new Map<string, string>();
  for (const path of paths) {
    for await (const unit of readTmx(path)) {
      const src = primary(unit.srcLang);
      const tgt = primary(unit.tgtLang);
      if (src === 'ko' && isEnglish(tgt)) put(memory, unit.source, unit.target);
      else if (tgt === 'ko' && isEnglish(src)) put(memory, unit.target, unit.source);
    }
  }
  return memory;
}

function isEnglish(primaryLang: string): boolean {
  return primaryLang === 'en' || primaryLang === '';
}

function put(memory: Map<string, string>, korean: string, english: string): void {
  const key = tmKey(korean);
  // An empty side is an unfinished unit, not a translation.
  if (key === '' || english.trim() === '') return;
  memory.set(key, english.trim());
}
