// @fileoverview A well-known name of the world swapped for another of its kind: 호주 (Australia) → "Austria",
// 세계보건기구 (WHO) → "World Trade Organization", 파리 생제르맹 → "Olympique de Marseille"; and a province the
// English adds to a Korean metropolitan city, which belongs to none (광주광역시 → "Gwangju, Gyeonggi Province").
// Names come from the table in pipeline/validate/world-names.ts, with their exact English forms.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { WORLD_NAMES, type WorldName } from '../validate/world-names.js';
import { escapeRegExp, matchesOf } from '../regexp.js';
import { englishTerms, lexiconEntry, sourcedIn, splitAlternatives } from '../validate/lexicon.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';
import { romanize } from '../validate/names.js';

export const meta = {
  type: 'error',
  docs: { description: 'A country, world body, city, club or province of the Korean is another one of its kind in the English.' },
  messages: {
    swapped: 'The Korean names "{{korean}}" but the English says "{{english}}" instead.',
    province: 'The Korean names a metropolitan city ("{{korean}}"), which is in no province, but the English adds "{{english}}".',
  },
} satisfies Check['meta'];

interface Compiled {
  readonly name: WorldName;
  readonly korean: RegExp;
  readonly english: RegExp;
  /** Longest form, so that longer names are read first (레알 마드리드 before 마드리드, Real Madrid before Madrid). */
  readonly koreanLength: number;
  /** The English forms as a whole text ("Mudeungsan" is a table name). */
  readonly exact: RegExp;
  /** Literal text every English match holds (one per form), or undefined when a form has no literal run of two characters. */
  readonly heads: readonly string[] | undefined;
}

/**
 * For each top-level alternative of a regular-expression source, its longest run of literal text that every match
 * holds ("Seoul|Seoul City" → Seoul, Seoul City; "(?:Korea )?Customs Service" → " Customs Service"; "U\.S\.A?" →
 * "U.S."), or undefined if one has no run of two characters: a text without any of them cannot hold a match, so the
 * English scan skips the row. A run stops at a group, a class, an escape other than escaped punctuation, and before a
 * quantified character.
 */
function literalHeads(source: string): string[] | undefined {
  const heads: string[] = [];
  for (const alternative of splitAlternatives(source)) {
    let longest = '';
    let run = '';
    const end = () => {
      if (run.length > longest.length) longest = run;
      run = '';
    };
    let i = 0;
    // Groups of one alternative, unquantified (`(?:Halla)`), are read as their content: their closing brackets pending.
    let open = 0;
    while (i < alternative.length) {
      const char = alternative[i]!;
      if (char === ')' && open > 0) {
        open--;
        i++;
        continue;
      }
      if (alternative.startsWith('(?:', i)) {
        const close = skipGroup(alternative, i);
        if (!/^[?*+{]/.test(alternative.slice(close)) && splitAlternatives(alternative.slice(i + 3, close - 1)).length === 1) {
          open++;
          i += 3;
          continue;
        }
      }
      // The literal character at i and where the next item starts, or undefined for anything else.
      let literal: string | undefined;
      let next = i + 1;
      if (char === '(') next = skipGroup(alternative, i);
      else if (char === '[') next = skipClass(alternative, i);
      else if (char === '\\') {
        const escaped = alternative[i + 1] ?? '';
        if (/[.\-'&/]/.test(escaped)) literal = escaped;
        next = skipEscape(alternative, i);
      } else if (/[A-Za-z0-9 '’&,-]/.test(char)) literal = char;
      const quantifier = alternative[next] ?? '';
      if (literal !== undefined && !/[?*{+]/.test(quantifier)) {
        run += literal;
        i = next;
        continue;
      }
      // One or more of a character: it is in every match, but what follows it may start further on.
      if (literal !== undefined && quantifier === '+') run += literal;
      end();
      i = skipQuantifier(alternative, next);
    }
    end();
    if (longest.length < 2) return undefined;
    heads.push(longest);
  }
  return heads;
}

/** Past the class that opens at `at`. */
function skipClass(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** Past the escape at `at` (`\.`, `\b`, `\p{L}`, `\u00e9`, `\u{1F600}`, `\x41`, `\k<name>`, `\cJ`). */
function skipEscape(source: string, at: number): number {
  const kind = source[at + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1 || source.length;
  if (kind === 'u') return at + 6;
  if (kind === 'x') return at + 4;
  if (kind === 'c') return at + 3;
  if (kind === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1 || source.length;
  return at + 2;
}

/** Past the group that opens at `at`, classes and escapes inside it included. */
function skipGroup(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; ) {
    const char = source[i];
    if (char === '\\') i = skipEscape(source, i);
    else if (char === '[') i = skipClass(source, i);
    else {
      if (char === '(') depth++;
      else if (char === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  return source.length;
}

/** Past a quantifier at `at` (`?`, `*`, `+`, `{n,m}`, each perhaps lazy), if there is one. */
function skipQuantifier(source: string, at: number): number {
  let i = at;
  if (source[i] === '?' || source[i] === '*' || source[i] === '+') i++;
  else if (source[i] === '{') i = source.indexOf('}', i) + 1 || source.length;
  else return i;
  return source[i] === '?' ? i + 1 : i;
}

/**
 * A table row and its patterns. The three patterns are built on first use: a pair reads only the rows whose Korean
 * forms it holds or whose literal heads its English holds, so most of the ≈ 2,800 are never needed by a run, and
 * building them all at load took ≈ 0.3 s in every process and worker thread.
 */
class CompiledName implements Compiled {
  readonly koreanLength: number;
  readonly heads: readonly string[] | undefined;
  #korean: RegExp | undefined;
  #english: RegExp | undefined;
  #exact: RegExp | undefined;

  constructor(readonly name: WorldName) {
    this.koreanLength = Math.max(...name.korean.map((form) => form.length));
    this.heads = literalHeads(name.english);
  }

  get korean(): RegExp {
    return (this.#korean ??= new RegExp(`(?<![가-힣A-Za-z])(?:${[...this.name.korean].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?!족${this.name.notAfter ? `|${this.name.notAfter}` : ''})`, 'g'));
  }

  get english(): RegExp {
    return (this.#english ??= new RegExp(`(?<![\\p{L}\\p{N}.])(?:${this.name.english})(?![\\p{L}\\p{N}])`, 'gu'));
  }

  get exact(): RegExp {
    return (this.#exact ??= new RegExp(`^(?:${this.name.english})$`, 'u'));
  }
}

const COMPILED: Compiled[] = WORLD_NAMES.map((name) => new CompiledName(name));

/** Whether the text is one of the row's English forms, whole (`exact`), tested only when it holds one of its heads. */
function isForm(row: Compiled, text: string): boolean {
  return (row.heads === undefined || row.heads.some((head) => text.includes(head))) && row.exact.test(text);
}
const BY_KOREAN_LENGTH = [...COMPILED].sort((a, b) => b.koreanLength - a.koreanLength);
/** Rows by each of their Korean forms, so a pair reads only the rows whose forms it holds. */
const ROWS_BY_FORM = new Map<string, Compiled[]>();
for (const row of COMPILED) for (const form of row.name.korean) ROWS_BY_FORM.set(form, [...(ROWS_BY_FORM.get(form) ?? []), row]);
/** Korean forms by their first character, for finding the rows a text holds without testing every row. */
const FORMS_BY_FIRST = new Map<string, string[]>();
for (const form of ROWS_BY_FORM.keys()) FORMS_BY_FIRST.set(form[0]!, [...(FORMS_BY_FIRST.get(form[0]!) ?? []), form]);
const KOREAN_ORDER = new Map(BY_KOREAN_LENGTH.map((row, order) => [row, order]));
/** Whether the text holds any Korean form of the table (an index, not one pattern of all forms: V8 stops optimising a pattern of more than 20 KB). */
function holdsAnyForm(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (FORMS_BY_FIRST.get(text[at]!)?.some((form) => text.startsWith(form, at))) return true;
  return false;
}

/** Korean forms of two characters or more by their first two (one-character forms are looked up in ROWS_BY_FORM). */
const FORMS_BY_FIRST_TWO = new Map<string, string[]>();
for (const form of ROWS_BY_FORM.keys()) if (form.length >= 2) FORMS_BY_FIRST_TWO.set(form.slice(0, 2), [...(FORMS_BY_FIRST_TWO.get(form.slice(0, 2)) ?? []), form]);
/** The rows one of whose Korean forms the text holds, in BY_KOREAN_LENGTH order. */
function rowsIn(ko: string): Compiled[] {
  const rows = new Set<Compiled>();
  for (let at = 0; at < ko.length; at++) {
    for (const row of ROWS_BY_FORM.get(ko[at]!) ?? []) rows.add(row);
    for (const form of FORMS_BY_FIRST_TWO.get(ko.slice(at, at + 2)) ?? []) if (ko.startsWith(form, at)) for (const row of ROWS_BY_FORM.get(form)!) rows.add(row);
  }
  return [...rows].sort((a, b) => KOREAN_ORDER.get(a)! - KOREAN_ORDER.get(b)!);
}
/** Rows by the first two characters of each literal head of their English forms. */
const HEADS_BY_START = new Map<string, { head: string; row: Compiled }[]>();
for (const row of COMPILED) for (const head of row.heads ?? []) HEADS_BY_START.set(head.slice(0, 2), [...(HEADS_BY_START.get(head.slice(0, 2)) ?? []), { head, row }]);

/** The rows one of whose literal heads the English holds (rows without heads are not listed). */
function rowsWithHeadIn(en: string): Set<Compiled> {
  const rows = new Set<Compiled>();
  for (let i = 0; i + 1 < en.length; i++) {
    const heads = HEADS_BY_START.get(en.slice(i, i + 2));
    if (heads) for (const { head, row } of heads) if (en.startsWith(head, i)) rows.add(row);
  }
  return rows;
}
const METROPOLITAN = /([가-힣]{1,3})(?:광역시|특별시|특별자치시)/;
const PROVINCES = COMPILED.filter((row) => row.name.kind === 'province');
const ENGLISH_ORDER = [...COMPILED].sort((a, b) => b.name.english.length - a.name.english.length);

const BODY_KINDS = new Set(['body', 'agency', 'court']);
// Session 12: a public corporation is a state agency in one row and a company in another (한국전력 KEPCO, 한국가스공사
// KOGAS): the two kinds swap with each other.
const kindFamily = (kind: WorldName['kind']): string => (kind === 'company' ? 'agency' : kind);
/** An English body's full name: capitalised words with a head word ("Korea Centers for Disease Control and Prevention"). */
const EN_BODY =
  /\b(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?){1,5}(?:Ministry|Agency|Administration|Service|Corporation|Centers?|Commission|Institute|Authority|Board|Bureau|Council|Committee|Department|Foundation|Association|Federation|Bank|Court|Organi[sz]ation)\b(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’-]*){0,4})?|\b(?:Ministry|Agency|Administration|Service|Corporation|Centers?|Commission|Institute|Authority|Board|Bureau|Council|Committee|Department)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’-]*){0,4}/g;
const NAME_FILLER = new Set(['korea', 'korean', 'south', 'national', 'international', 'the', 'of', 'for', 'and', 'on', '&', 'state', 'central', 'general',
  'ministry', 'agency', 'administration', 'service', 'corporation', 'corp', 'center', 'centers', 'commission', 'institute', 'authority', 'board', 'bureau',
  'council', 'committee', 'department', 'foundation', 'association', 'federation', 'office', 'organization', 'organisation']);
/** A body's words that say which body it is, cut to five letters (Airports and Airport are one word). */
function contentWords(name: string): string[] {
  return name.toLowerCase().split(/[^a-z&]+/).filter((word) => word.length >= 3 && !NAME_FILLER.has(word)).map((word) => word.slice(0, 5));
}
function sharesWord(words: readonly string[], english: string): boolean {
  const own = new Set(english.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 3).map((word) => word.slice(0, 5)));
  return words.some((word) => own.has(word));
}

/** A word spelled like romanized Korean (Kookmin, Hanwha, Gyeonggi). */
const ROMANIZED_NAME = /^(?:(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhcyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|[aeiou])(?:ng|[kntlmp])?)+$/;

/** A Korean body outside the table by its last part: 한국관광공사, 행정안전부, 소방청, 한국개발연구원, 방송통신위원회. */
const KO_BODY =
  /(?<![가-힣])(?:[가-힣]{2,}(?:공사|공단|청|처|위원회|재단|협회|연구원|진흥원|감독원|평가원|개발원|정보원)|[가-힣]{2,}부)(?=[은는이가의을를에와과도]|에서|으로|로|\s|$|[,.])/;

const KO_BODY_ALL = new RegExp(KO_BODY.source, 'g');
/** The head of a body's name (협회, 위원회, 부 …), cut off to leave the words that say which body it is. */
const KO_BODY_HEAD = /(?:공사|공단|청|처|위원회|재단|협회|연구원|진흥원|감독원|평가원|개발원|정보원|부)$/;
/** Syllables that start the names of many bodies (한국, 국립, 대한, 중앙 …): no root of a word of their own. */
const COMMON_NAME_SYLLABLES = new Set([...'한국대중공사부청원회연소전신서남북동']);

/**
 * A Korean body outside the table and an English body's full name every word of which the lexicon knows and none of
 * which renders a word of the Korean (한국관광공사 → "Korea Trade-Investment Promotion Agency", 행정안전부 → "Ministry
 * of Environment"). A name with a word the lexicon does not know is left alone.
 */
function unknownBodySwap(ko: string, en: string): { korean: string; text: string; index: number } | undefined {
  // Only a body the table does not hold (a table body is compared through its own English forms).
  const body = [...ko.matchAll(KO_BODY_ALL)].find((match) => !ROWS_BY_FORM.has(match[0]) && !COMPILED.some((row) => row.name.korean.some((form) => match[0].endsWith(form) && form.length >= 2)));
  if (!body || !/[A-Z]/.test(en)) return undefined;
  const stem = body[0].replace(KO_BODY_HEAD, '');
  let terms: ReturnType<typeof englishTerms> | undefined;
  for (const hit of en.matchAll(EN_BODY)) {
    const lead = /^The\s+/.exec(hit[0])?.[0].length ?? 0;
    const start = hit.index! + lead;
    const text = hit[0].slice(lead);
    if (COMPILED.some((row) => isForm(row, text))) continue;
    terms ??= englishTerms(en);
    const words = [...text.matchAll(/[A-Za-z][A-Za-z'’]*/g)].filter((word) => contentWords(word[0]).length > 0);
    let known = 0;
    let unsure = false;
    for (const word of words) {
      const at = start + word.index!;
      const covering = terms.filter((term) => term.index <= at && term.index + term.text.length >= at + word[0].length);
      // A word the lexicon lacks may be a romanized Korean name (Kookmin, Hanwha) or in the Korean as it is.
      if (ko.toLowerCase().includes(word[0].toLowerCase()) || (covering.length === 0 && ROMANIZED_NAME.test(word[0].toLowerCase()))) unsure = true;
      // A body's Korean name glues its words (한국천문연구원): any key inside the Korean counts as its source.
      if (covering.some((term) => sourcedIn(ko, term.keys) || term.keys.some((key) => key.length >= 2 && ko.includes(key)))) unsure = true;
      // Session 12: a Sino-Korean syllable of the body's name may be the word's root (의사협회 "Medical Association":
      // 의 of 의료, 의학); a syllable that starts most names (한, 국, 대 …) says nothing.
      if (covering.some((term) => term.keys.some((key) => key.length >= 2 && !COMMON_NAME_SYLLABLES.has(key[0]!) && stem.includes(key[0]!)))) unsure = true;
      if (covering.length > 0) known++;
    }
    // Most of its words must be known, or the lexicon's gap would be read as a swap.
    if (unsure || known * 2 <= words.length) continue;
    return { korean: body[0], text, index: start };
  }
  return undefined;
}

/** Rows whose name occurs, each occurrence's span claimed by the longest name there. */
function found(text: string, pattern: (row: Compiled) => RegExp, rows: readonly Compiled[]): Map<Compiled, RegExpExecArray> {
  // Claimed characters, one flag each: an overlap test costs the match's length, not the number of earlier matches.
  const taken = new Uint8Array(text.length);
  const hits = new Map<Compiled, RegExpExecArray>();
  // Every row's matches, the longest match first (제주항공 before the 제주 of a row with a longer form elsewhere); rows
  // keep their order among matches of one length.
  const all: { row: Compiled; match: RegExpExecArray; order: number }[] = [];
  rows.forEach((row, order) => {
    const regex = pattern(row);
    regex.lastIndex = 0;
    for (const match of matchesOf(regex, text)) all.push({ row, match, order });
  });
  all.sort((a, b) => b.match[0].length - a.match[0].length || a.order - b.order);
  // A span claimed whole by one row is also another row's when that row matches the very same span ("Incheon Airport"
  // is the airport and the airport's operator).
  const claims = new Map<number, number>();
  for (const { row, match } of all) {
    const end = match.index + match[0].length;
    if (taken.subarray(match.index, end).includes(1) && claims.get(match.index) !== end) continue;
    taken.fill(1, match.index, end);
    claims.set(match.index, end);
    if (!hits.has(row)) hits.set(row, match);
  }
  return hits;
}

// Korean courts and prosecutors' offices by level: the part after the place (서울중앙지법, 수원지방법원, 서울고법,
// 대전고등검찰청) says which court; a translation that keeps the place and changes the level ("Seoul High Court" for
// 서울중앙지법) names another court.
const KO_COURT =
  /(?<![가-힣])([가-힣]{0,4}?)(중앙|동부|서부|남부|북부)?(지방법원|지법|고등법원|고법|행정법원|가정법원|회생법원|특허법원|대법원|헌법재판소|헌재|지방검찰청|지검|고등검찰청|고검|대검찰청|대검)(?=(?:[은는이가의을를에와과도로만]|에서|으로|에게|까지|부터|에는|에서는)?(?![가-힣]))/g;
const KO_COURT_LEVEL: Record<string, string> = {
  지방법원: 'district', 지법: 'district', 고등법원: 'high', 고법: 'high', 행정법원: 'administrative', 가정법원: 'family', 회생법원: 'bankruptcy',
  특허법원: 'patent', 대법원: 'supreme', 헌법재판소: 'constitutional', 헌재: 'constitutional',
  지방검찰청: 'district', 지검: 'district', 고등검찰청: 'high', 고검: 'high', 대검찰청: 'supreme', 대검: 'supreme',
};
const EN_COURT =
  /\b(?:([A-Z][a-z]+(?:-[a-z]+)?)\s+)?(?:(Central|Eastern|Western|Southern|Northern)\s+)?(District|High|Supreme|Administrative|Family|Bankruptcy|Patent|Constitutional|Appellate|Appeals|Top)\s+(Court|Prosecutors?['’]?\s+Office|Public Prosecutors?['’]?\s+Office)\b|\b(Court) of Appeals?\b/gi;
const EN_COURT_LEVEL: Record<string, string> = { appellate: 'high', appeals: 'high', top: 'supreme' };

/**
 * A Korean court or prosecutors' office of one level and an English one of another level (서울중앙지법 → "Seoul High
 * Court", 서울고검 → "Supreme Prosecutors' Office"), or of the same level in another city (수원지법 → "Seoul District
 * Court"), when no English court of the Korean's level and place is there.
 */
function courtSwap(ko: string, en: string): { korean: string; text: string; index: number } | undefined {
  const korean = [...ko.matchAll(KO_COURT)].map((match) => ({ text: match[0], place: match[1] ?? '', level: KO_COURT_LEVEL[match[3]!]!, prosecutor: match[3]!.includes('검') }));
  if (korean.length === 0) return undefined;
  const english = [...en.matchAll(EN_COURT)].map((match) => {
    const level = (match[3] ?? '').toLowerCase();
    // A lower-case word before the court ("the high court") is no place.
    const place = /^[A-Z]/.test(match[1] ?? '') && !/^(?:The|A|An|Korea|Korean|South|National)$/.test(match[1]!) ? match[1]! : '';
    return { text: match[0], index: match.index, place, level: match[5] ? 'high' : (EN_COURT_LEVEL[level] ?? level), prosecutor: /prosecutor/i.test(match[4] ?? '') };
  });
  if (english.length === 0) return undefined;
  const same = (court: (typeof korean)[number], other: (typeof english)[number]): boolean => {
    if (court.prosecutor !== other.prosecutor || court.level !== other.level) return false;
    if (!court.place || !other.place) return true;
    const sound = latinSkeleton(other.place);
    const own = hangulSkeleton(court.place);
    return sound.length < 2 || own.length < 2 || own.startsWith(sound.slice(0, 2)) || sound.startsWith(own.slice(0, 2));
  };
  // An English court that is none of the Korean's, while a Korean court of its kind has no English match.
  const wrong = english.find((other) => !korean.some((court) => same(court, other)));
  const left = korean.find((court) => court.prosecutor === wrong?.prosecutor && !english.some((other) => same(court, other)));
  if (!wrong || !left) return undefined;
  return { korean: left.text, text: wrong.text, index: wrong.index };
}

// An embassy, consulate or envoy of one country (주한 프랑스대사관, 일본 대사) and the English one of another ("the German
// Embassy in Seoul"), even when the English names the Korean's country elsewhere ("ties between Korea and France").
const COUNTRIES = COMPILED.filter((row) => row.name.kind === 'country');
const KO_ENVOY = new RegExp(`(?<![가-힣])(?:주한\\s?)?(${COUNTRIES.flatMap((row) => row.name.korean).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s?(?:대사관|대사|총영사관|영사관)`, 'g');
const EN_ENVOY = new RegExp(`(?<![\\p{L}\\p{N}.])(${COUNTRIES.map((row) => row.name.english).join('|')})\\s+(?:[Ee]mbass(?:y|ies)|[Cc]onsulate(?:[- ][Gg]eneral)?|[Aa]mbassador|[Ee]nvoy)\\b|\\b(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?) of (?:the )?(${COUNTRIES.map((row) => row.name.english).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

function envoySwap(ko: string, en: string): { korean: string; text: string; index: number } | undefined {
  const korean = [...ko.matchAll(KO_ENVOY)].map((match) => ({ text: match[0], rows: COUNTRIES.filter((row) => row.name.korean.includes(match[1]!)) }));
  if (korean.length === 0) return undefined;
  const english = [...en.matchAll(EN_ENVOY)].map((match) => {
    const country = (match[1] ?? match[2])!;
    return { text: country, index: match.index + match[0].indexOf(country), rows: COUNTRIES.filter((row) => isForm(row, country)) };
  });
  const wrong = english.find((envoy) => envoy.rows.length > 0 && !korean.some((own) => own.rows.some((row) => envoy.rows.includes(row))));
  if (!wrong || english.some((envoy) => korean.some((own) => own.rows.some((row) => envoy.rows.includes(row))))) return undefined;
  return { korean: korean[0]!.text, text: wrong.text, index: wrong.index };
}

// Places of the table (provinces, cities) that the English leaves out, against a romanized Korean place before a place
// noun whose sound the Korean lacks (제주도 → "Ulleung Island", 경기도 → "Gangwon Province").
const EN_ROMANIZED_PLACE =
  /\b([A-Z][a-z]+(?:-[a-z]+)?)(?=\s+(?:(?:Special\s+)?(?:Self-Governing\s+)?(?:Metropolitan\s+)?)?(?:Island|Islands|Province|City|County|Peninsula)\b)/g;
const ROMANIZED_WORD = /^(?:(?:[bcdghjklmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,4}$/;

function placeSwap(ko: string, en: string, rows: readonly Compiled[]): { text: string; index: number } | undefined {
  if (!rows.some((row) => row.name.kind === 'province' || row.name.kind === 'city')) return undefined;
  const sounds = (ko.match(/[가-힣]+/g) ?? []).map(hangulSkeleton);
  for (const match of en.matchAll(EN_ROMANIZED_PLACE)) {
    const word = match[1]!;
    if (!ROMANIZED_WORD.test(word.toLowerCase().replace(/-/g, ''))) continue;
    const sound = latinSkeleton(word);
    if (sound.length < 2 || sounds.some((korean) => korean.includes(sound) || korean.startsWith(sound.slice(0, 2)))) continue;
    return { text: word, index: match.index };
  }
  return undefined;
}

// Landmarks outside the table: a Korean mountain, river or university (…산, …강/…천, …대/…대학교) that the English
// does not render by sound, and an English "Mount X" / "X River" / "X University" whose romanized X the Korean lacks
// (지리산 → "Mount Seorak" when neither is in the table).
const EN_LANDMARK =
  /\b(?:Mount|Mt\.?)\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+(?:-[a-z]+)?)\s+(Mountains?|River|Stream|University|Palace|Temple|Beach|Bridge|Airport|Station)\b|\b([A-Z][a-z]{2,}?)-?(san|gang|cheon|gung|daegyo)\b|\b(?!(?:The|This|That|Its|Their|Our|Next|Last|Annual|Each|Every)\b)([A-Z][a-z]+)\s+(?:International\s+)?(?:(?:[A-Z][a-z]+|and|&)\s+){0,3}?(Festival|Biennale)\b/g;
/** English head (lower case) → kind. */
const EN_HEAD_KIND: Record<string, string> = {
  mount: 'mountain', mountain: 'mountain', mountains: 'mountain', san: 'mountain', river: 'river', stream: 'river', gang: 'river', cheon: 'river',
  university: 'university', palace: 'palace', gung: 'palace', temple: 'temple', beach: 'beach', bridge: 'bridge', daegyo: 'bridge', airport: 'airport', station: 'station',
  festival: 'festival', biennale: 'festival',
};
const KO_END = String.raw`(?=(?:[은는이가의을를에와과도]|에서|으로|로|까지|부터|변|앞|역)?(?![가-힣]))`;
const KO_LANDMARK: Record<string, RegExp> = {
  mountain: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,3})산${KO_END}`, 'g'),
  river: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,3})(?:강|천)${KO_END}`, 'g'),
  university: /(?<![가-힣])([가-힣]{2,4})(?:대학교|대)(?=(?:[은는이가의을를에와과도]|에서|으로|로|까지|부터)?(?![가-힣])|\s?(?:연구팀|연구진|교수|병원|학생|총장|캠퍼스|측))/g,
  palace: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,3})궁${KO_END}`, 'g'),
  temple: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,3})사${KO_END}`, 'g'),
  beach: /(?<![가-힣])([가-힣]{2,4})\s?(?:해수욕장|해변)/g,
  bridge: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,3})(?:대교|교)${KO_END}`, 'g'),
  airport: /(?<![가-힣])([가-힣]{2,3})(?:국제)?공항/g,
  // 제천국제음악영화제, 보령머드축제: the place before the festival's kind.
  festival: /(?<![가-힣])([가-힣]{2,3}?)(?:국제)?[가-힣]{0,6}?(?:영화제|축제|페스티벌|비엔날레|음악제)/g,
  station: new RegExp(String.raw`(?<![가-힣])([가-힣]{1,4})역${KO_END}`, 'g'),
};
/** A romanization with the variants of its spellers folded: Jecheon, Chechon and Chechŏn are one; Jeonju is another. */
function looseSpelling(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/sh/g, 's')
    .replace(/ch|j/g, 'j')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/r/g, 'l')
    .replace(/eo|eu|oo/g, (pair) => (pair === 'oo' ? 'u' : pair[1] === 'o' ? 'o' : 'u'))
    .replace(/ae|oe|ui|wo|ee/g, (pair) => ({ ae: 'e', oe: 'e', ui: 'i', wo: 'o', ee: 'i' })[pair]!);
}
function looseNames(en: string): string[] {
  return [...en.matchAll(/[A-Z][a-z'’-]+/g)].map((name) => looseSpelling(name[0]));
}
/** One loose spelling begins the other, three letters at least. */
function sameLoose(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));
}
function landmarkKind(match: RegExpExecArray): string {
  if (match[1]) return 'mountain';
  return EN_HEAD_KIND[(match[3] ?? match[5] ?? match[7] ?? '').toLowerCase()] ?? 'university';
}
function landmarkSwap(ko: string, en: string): { korean: string; text: string; index: number } | undefined {
  if (!/[산강천대궁사해교공역제벌레]/.test(ko)) return undefined;
  let sounds: string[] | undefined;
  let english: string[] | undefined;
  let spelled: string[] | undefined;
  for (const match of en.matchAll(EN_LANDMARK)) {
    const word = (match[1] ?? match[2] ?? match[4] ?? match[6])!;
    if (!ROMANIZED_WORD.test(word.toLowerCase().replace(/-/g, ''))) continue;
    sounds ??= (ko.match(/[가-힣]+/g) ?? []).flatMap((hangul) => [hangulSkeleton(hangul), hangulSkeleton(hangul).replace(/NR|RN/g, 'R')]);
    // Capitalised words (a name's own), one by one: the whole English run together holds most two-consonant sounds.
    // Session 17: and two in a row, one name of two words (미케 "My Khe", 하롱 "Ha Long").
    english ??= [...en.matchAll(/[A-Z][A-Za-z'’-]*(?=(\s[A-Z][A-Za-z'’-]*)?)/g)].flatMap((name) => [latinSkeleton(name[0]), ...(name[1] ? [latinSkeleton(name[0] + name[1])] : [])]);
    const sound = latinSkeleton(word);
    if (sound.length < 2 || sounds.some((korean) => korean.includes(sound) || (sound.length < 3 && korean.startsWith(sound)))) continue;
    // The Korean spelled out (광안대교 gwangandaegyo holds "Gwangan", whose ng before a vowel the skeletons read apart).
    spelled ??= (ko.match(/[가-힣]+/g) ?? []).map((hangul) => romanize(hangul).replace(/-/g, ''));
    const plain = word.toLowerCase().replace(/-/g, '');
    if (spelled.some((korean) => korean.includes(plain))) continue;
    // A name of the table the Korean has is compared through its own forms; one the Korean lacks (유달산 → "Mudeungsan")
    // is compared as any other landmark.
    if (COMPILED.some((row) => (isForm(row, match[0]) || isForm(row, word)) && row.name.korean.some((form) => ko.includes(form)))) continue;
    // A Korean landmark of the same kind whose own sound the English lacks.
    const kind = landmarkKind(match as RegExpExecArray);
    for (const landmark of ko.matchAll(KO_LANDMARK[kind]!)) {
      // 한라 is said "halla": ㄴ before or after ㄹ is read ㄹ.
      const own = hangulSkeleton(landmark[1]!).replace(/NR|RN/g, 'R');
      // A festival's place is a short city name whose skeleton many others hold (제천 in Jeonju): its loose spelling is
      // compared instead.
      const rendered = kind === 'festival' ? looseNames(en).some((name) => sameLoose(name, looseSpelling(romanize(landmark[1]!)))) : english!.some((name) => name.includes(own));
      if (own.length < 2 || rendered || ROWS_BY_FORM.has(landmark[0]) || holdsAnyForm(landmark[0])) continue;
      // A word the lexicon knows: a common word (생산, 예산, 자산) is no landmark, and a name it knows (경복궁) counts only
      // when its English is absent.
      const entry = lexiconEntry(landmark[0].replace(/(?:[은는이가의을를에와과도]|에서|으로|로|까지|부터)$/, ''));
      if (entry && (!/[A-Z]/.test(entry.english.source) || entry.rendersIn(en.slice(0, match.index) + ' '.repeat(match[0].length) + en.slice(match.index + match[0].length)))) continue;
      return { korean: landmark[0], text: match[0], index: match.index };
    }
  }
  return undefined;
}

/**
 * Session 14: a name the Korean says twice and the English renders once, beside an English name of its kind that no
 * Korean word sources (전주 한옥마을 … 비빔밥은 역시 전주 → "Jeonju Hanok Village … Gyeongju really is the place"): the
 * second mention was swapped.
 */
function swappedSecondMention(ko: string, en: string, korean: ReadonlyMap<Compiled, RegExpExecArray>, sourced: (row: Compiled) => boolean): { korean: string; text: string; index: number } | undefined {
  const count = (pattern: RegExp, text: string): number => {
    pattern.lastIndex = 0;
    return matchesOf(pattern, text).length;
  };
  const undercounted = [...korean].filter(([row]) => count(row.korean, ko) >= 2 && count(row.english, en) === 1);
  if (undercounted.length === 0) return undefined;
  const families = new Set(undercounted.map(([row]) => kindFamily(row.name.kind)));
  const headed = rowsWithHeadIn(en);
  const english = found(en, (row) => row.english, ENGLISH_ORDER.filter((row) => families.has(kindFamily(row.name.kind)) && (row.heads === undefined || headed.has(row))));
  for (const [other, hit] of english) {
    if (korean.has(other) || sourced(other)) continue;
    return { korean: undercounted[0]![1][0], text: hit[0], index: hit.index };
  }
  return undefined;
}

const KO_HEAD_OF = /^장(?:은|는|이|가|을|를|의|과|와|도|에게|\s|$)/;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      const court = /법원|지법|고법|검찰|지검|고검|대검|헌재/.test(ko) ? courtSwap(ko, en) : undefined;
      if (court) {
        context.report({ messageId: 'swapped', data: { korean: court.korean, english: court.text }, side: 'en', range: [court.index, court.index + court.text.length] });
        return;
      }
      const envoy = /대사|영사/.test(ko) && /[Ee]mbass|[Cc]onsul|[Aa]mbassador|[Ee]nvoy/.test(en) ? envoySwap(ko, en) : undefined;
      if (envoy) {
        context.report({ messageId: 'swapped', data: { korean: envoy.korean, english: envoy.text }, side: 'en', range: [envoy.index, envoy.index + envoy.text.length] });
        return;
      }
      const metropolitan = METROPOLITAN.exec(ko);
      const candidates = rowsIn(ko);
      if (candidates.length === 0 && !metropolitan) {
        const outside = (KO_BODY.test(ko) ? unknownBodySwap(ko, en) : undefined) ?? (/[A-Z]/.test(en) ? landmarkSwap(ko, en) : undefined);
        if (outside) context.report({ messageId: 'swapped', data: { korean: outside.korean, english: outside.text }, side: 'en', range: [outside.index, outside.index + outside.text.length] });
        return;
      }
      if (isCopy(ko, en)) return;
      const korean = found(ko, (row) => row.korean, candidates);
      const presentIn = (row: Compiled): boolean => {
        if (row.heads !== undefined && !row.heads.some((head) => en.includes(head))) return false;
        row.english.lastIndex = 0;
        return row.english.test(en);
      };
      // A Korean form in several rows (바르셀로나 the city and the club) is rendered if any of them is.
      const rendered = (form: string): boolean => (ROWS_BY_FORM.get(form) ?? []).some(presentIn);
      const sourced = (row: Compiled): boolean => row.name.korean.some((form) => ko.includes(form)) || (row.name.sources ?? []).some((word) => word === '*' || ko.includes(word));
      // Session 15: the body's head (경찰청장은 "the national police chief") is a person, not the body.
      const missing = [...korean].filter(([, match]) => !rendered(match[0]) && !KO_HEAD_OF.test(ko.slice(match.index + match[0].length)));
      if (missing.length > 0) {
        // English names of the kinds missing, read longest first ("Real Madrid" before "Madrid").
        // A very long English reads only the rows of the kinds missing (the longest-first claim across kinds is kept
        // for texts of ordinary length, where it costs little).
        const kinds = new Set(missing.map(([row]) => row.name.kind));
        const headed = rowsWithHeadIn(en);
        const rows = ENGLISH_ORDER.filter((row) => (row.heads === undefined || headed.has(row)) && (en.length <= 4000 || kinds.has(row.name.kind)));
        const english = found(en, (row) => row.english, rows);
        for (const [row, match] of missing) {
          for (const [other, hit] of english) {
            if (other === row || kindFamily(other.name.kind) !== kindFamily(row.name.kind) || sourced(other)) continue;
            context.report({ messageId: 'swapped', data: { korean: match[0], english: hit[0] }, side: 'en', range: [hit.index, hit.index + hit[0].length] });
            return;
          }
        }
        // A Korean body the English does not render, and an English body's full name outside the table that shares no
        // word with any English form of it (식품의약품안전처 → "Korea Centers for Disease Control and Prevention").
        const bodies = missing.filter(([row]) => BODY_KINDS.has(row.name.kind));
        if (bodies.length > 0 && missing.length === korean.size) {
          for (const hit of en.matchAll(EN_BODY)) {
            const words = contentWords(hit[0]);
            if (words.length === 0 || [...korean.keys()].some((row) => sharesWord(words, row.name.english))) continue;
            const lead = /^The\s+/.exec(hit[0])?.[0].length ?? 0;
            context.report({ messageId: 'swapped', data: { korean: bodies[0]![1][0], english: hit[0].slice(lead) }, side: 'en', range: [hit.index! + lead, hit.index! + hit[0].length] });
            return;
          }
        }
        const place = placeSwap(ko, en, missing.map(([row]) => row));
        if (place) {
          const [, match] = missing.find(([row]) => row.name.kind === 'province' || row.name.kind === 'city')!;
          context.report({ messageId: 'swapped', data: { korean: match[0], english: place.text }, side: 'en', range: [place.index, place.index + place.text.length] });
          return;
        }
      }
      const twice = missing.length === 0 ? swappedSecondMention(ko, en, korean, sourced) : undefined;
      if (twice) {
        context.report({ messageId: 'swapped', data: { korean: twice.korean, english: twice.text }, side: 'en', range: [twice.index, twice.index + twice.text.length] });
        return;
      }
      const outside = unknownBodySwap(ko, en) ?? landmarkSwap(ko, en);
      if (outside) {
        context.report({ messageId: 'swapped', data: { korean: outside.korean, english: outside.text }, side: 'en', range: [outside.index, outside.index + outside.text.length] });
        return;
      }
      if (!metropolitan || [...korean.keys()].some((row) => row.name.kind === 'province')) return;
      for (const [other, hit] of found(en, (row) => row.english, PROVINCES)) {
        if (sourced(other)) continue;
        context.report({ messageId: 'province', data: { korean: metropolitan[0], english: hit[0] }, side: 'en', range: [hit.index, hit.index + hit[0].length] });
        return;
      }
    },
  };
}
