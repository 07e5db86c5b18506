// @fileoverview A list in the Korean has lost an item in the English: "사과, 배, 포도, 감" → "apples, pears and
// grapes". Only a Korean run of at least three short comma-separated items is counted, against an English
// "A, B(,) and C" run; a missing item is reported when the English list has exactly one item fewer and no English
// list is as long as the Korean one. An English sentence without such a list (a summary word) is no finding.
// Failing that, a list of nouns the lexicon knows (사과와 배, 포도) with exactly one item the English does not render,
// while it renders the others, has lost that item; and two nouns joined by 와/과 (임금 인상과 인력 충원을) of which the
// English renders the first only, with no "and", "or" or "with" anywhere, have lost the second (session 8: a place or a
// name even in a longer English); and (session 8) the second of two nouns joined by 및 in an English that joins nothing.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isProperKey, koreanTerms, lexiconEntry, type LexiconEntry } from '../validate/lexicon.js';
import { lengthScore } from './length-ratio.js';
import { paraphrasedSpans } from './clause-coverage.js';
import { skeleton, spokenRomanizations } from '../validate/names.js';
import { matchesOf } from '../regexp.js';

export const meta = {
  type: 'error',
  docs: { description: 'A Korean list of items has one item fewer in the English.' },
  messages: {
    dropped: 'The Korean lists {{korean}} items ("{{list}}") but the English list has {{english}}.',
    item: 'The Korean lists "{{list}}", but the English renders the others and not "{{item}}".',
  },
} satisfies Check['meta'];

// Short items (one or two words, no clause) separated by commas; the last may be joined by 및/또는/그리고.
const KO_LIST = /(?:(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{1,8}(?: [가-힣A-Za-z0-9]{1,8})?, ){2,}[가-힣A-Za-z0-9]{1,10}(?: (?:및|또는|그리고) [가-힣A-Za-z0-9]{1,10})?/g;
// An English run "A, B(,) and C" of short items.
const EN_LIST = /(?:[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}, )+[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3},? (?:and|or|as well as|plus) /gu;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      if (ko.includes(', ') && (countedList(context, ko, en) || unrenderedItem(context, ko, en, false) || fewerJoins(context, ko, en) || unrenderedItem(context, ko, en, true))) return;
      if (droppedSecond(context, ko, en)) return;
      droppedAfterAnd(context, ko, en);
    },
  };
}

/** A Korean list of three or more items against an English list with exactly one item fewer. */
function countedList(context: CheckContext, ko: string, en: string): boolean {
  // "About 200 people, including A, B and C": the list starts after "including" or "such as".
  const english = [...en.matchAll(EN_LIST)].map((match) => match[0].replace(/^.*\b(?:including|such as|like|among them|namely)\s+/, '').replace(/,(?= (?:and|or|as well as|plus) $)/, '').split(', ').length + 1);
  if (english.length === 0) return false;
  const longest = Math.max(...english);
  for (const match of ko.matchAll(KO_LIST)) {
    const list = match[0];
    // A last item joined by 와/과 is not read here: 사과 (apple) ends in 과 too.
    const joined = / (?:및|또는|그리고) [가-힣A-Za-z0-9]{1,10}$/.test(list) ? 1 : 0;
    const items = list.split(', ');
    // A first item "시장과 구청장" is two items joined by 와/과 (inside the list, "프로그램과 도구" may be one).
    const count = items.length + joined + (items[0]!.split(' ').slice(0, -1).some(isJoinedNoun) ? 1 : 0);
    if (count < 3 || longest !== count - 1) continue;
    context.report({ messageId: 'dropped', data: { korean: count, english: longest, list }, side: 'ko', range: [match.index, match.index + list.length] });
    return true;
  }
  return false;
}

/** Session 9: whether the English keeps the Korean item in romanization (튀김 → "twigim", 어묵 → "eomuk"). */
function romanized(item: string, en: string): boolean {
  // Session 15: as spoken, too (청라 "Cheongna").
  const sounds = new Set(spokenRomanizations(item).map(skeleton));
  if ([...sounds].every((sound) => sound.length < 2)) return false;
  return (en.match(/[A-Za-z]{2,}/g) ?? []).some((word) => sounds.has(skeleton(word)));
}

/** Whether the English gives a free rendering of the Korean item (원내대표 → "floor leaders"; common-s8-coverage.ts). */
function paraphrased(item: string, en: string): boolean {
  return paraphrasedSpans(item, en).length > 0;
}

// Nouns that end in 과 themselves, not in the particle.
// 요일과 is 요일 + 과 (월요일과 설날), not 일과 (a day's routine).
const NOUNS_IN_GWA = /(?:결|성|효|부|초|통|경|학|내|외|치|인|전|사|(?<!요)일|교|과|채|제|관|견|고)과$/;

/** A word that ends in the particle 와 (after a vowel) or 과 (after a consonant): 시장과, 배와, not 결과. */
export function isJoinedNoun(word: string): boolean {
  if (word.length < 2 || !/[와과]$/.test(word) || NOUNS_IN_GWA.test(word)) return false;
  const before = word.charCodeAt(word.length - 2) - 0xac00;
  if (before < 0 || before > 11171) return false;
  const closed = before % 28 !== 0;
  return word.endsWith('과') ? closed : !closed;
}

// Three or more nouns of one or two words, joined by commas and by 와/과 (사과와 배, 포도; 서울, 부산과 대구), ending
// before a particle or a space.
const KO_ITEMS = /(?<![가-힣A-Za-z0-9])[가-힣]{1,6}(?:(?:, |[와과] )[가-힣]{1,6}){2,}(?=[이가은는을를의도에로 ,.]|$)/g;
const PARTICLE = /(?:[이가은는을를의도]|에서|으로|로|까지|등)$/;

/**
 * One item of a Korean noun list that the lexicon knows and the English does not render, while it renders the
 * others and has no list as long (사과와 배, 포도 → "apples and grapes"). With `byInnerWords` (read after the join count),
 * an item the lexicon knows only by a word inside it (국회의장: 국회) counts too.
 */
function unrenderedItem(context: CheckContext, ko: string, en: string, byInnerWords: boolean): boolean {
  for (const match of ko.matchAll(KO_ITEMS)) {
    // Each item one word; 와/과 ends an item only where it is the particle (배와, 시장과), not part of a noun (사과, 결과).
    const words = match[0].split(/,? /);
    const separated = words.every((word, i) => i === words.length - 1 || match[0].includes(`${word}, `) || isJoinedNoun(word));
    if (!separated) continue;
    const items = words.map((word, i) => (i < words.length - 1 ? (isJoinedNoun(word) ? word.slice(0, -1) : word) : lexiconEntry(word) ? word : word.replace(PARTICLE, '')));
    if (items.length < 3) continue;
    const entries = items.map((item) => lexiconEntry(item));
    // Session 8: an item the lexicon knows only by a word inside it (국회의장: 국회) is rendered when that word is; an
    // item it does not know at all leaves the list unread. The missing item is one the lexicon knows whole.
    const inner = items.map((item, i) => (entries[i] || !byInnerWords ? [] : koreanTerms(item).filter((term) => !term.entry.ambiguous)));
    if (entries.some((entry, i) => !entry && inner[i]!.length === 0)) continue;
    const renders = items.map((item, i) => (entries[i] ? entries[i]!.rendersIn(en) || paraphrased(item, en) || romanized(item, en) : inner[i]!.some((term) => term.entry.rendersIn(en))));
    const missing = entries.filter((entry, i) => !renders[i]);
    if (missing.length !== 1 || !missing[0] || items.length - missing.length < 2) continue;
    const english = [...en.matchAll(EN_LIST)].map((list) => list[0].split(', ').length + 1);
    if (english.some((count) => count >= items.length)) continue;
    context.report({ messageId: 'item', data: { list: match[0], item: missing[0]!.key }, side: 'ko', range: [match.index, match.index + match[0].length] });
    return true;
  }
  return false;
}

// Two nouns of one to three words joined by 와/과, the second with its particle: 회계 장부와 휴대전화를.
const KO_PAIR = /(?<![가-힣])((?:[가-힣]{1,6} )?[가-힣]{1,6}[와과]) ((?:[가-힣]{1,6} ){0,2}[가-힣]{1,8}?)(?:을|를|이|가|은|는|의|에|에서|으로|로|도|까지|이며|이고|이다|입니다|이에요|예요|이나)(?![가-힣])/g;
// What an English that renders both nouns joins them with.
const EN_PAIR_JOIN = /\b(?:and|or|nor|as well as|plus|both|with|along|together|between|versus|vs|including|alongside|besides)\b|[&/]/i;
/** The English is at most this long (z) for the second noun to be missing; a place or a name is not folded into a
 * longer English, so up to PROPER_PAIR_MAX_Z (미국과 일본에 → "in the United States in the first half of next year"). */
const PAIR_MAX_Z = 1;
const PROPER_PAIR_MAX_Z = 2.5;

/** The second of two nouns joined by 와/과 that the English does not render, while it renders the first and joins nothing. */
function droppedSecond(context: CheckContext, ko: string, en: string): boolean {
  if (!/[와과] /.test(ko)) return false;
  const z = lengthScore(ko, en);
  if (z > PROPER_PAIR_MAX_Z) return false;
  // Session 7: a join elsewhere in the English ("must be 8 characters long and include a number") joins other
  // things; the pair is rendered only when a join stands beside the first noun's rendering.
  const joinsAnywhere = EN_PAIR_JOIN.test(en);
  for (const match of ko.matchAll(KO_PAIR)) {
    const first = match[1]!;
    if (!isJoinedNoun(first.split(' ').at(-1)!)) continue;
    const secondStart = match.index + first.length + 1;
    const firstTerms: { entry: LexiconEntry }[] = koreanTerms(ko, match.index, match.index + first.length);
    // A first noun the lexicon holds as a source only (숫자) still shows where the English renders it.
    const firstEntry = lexiconEntry(first.split(' ').at(-1)!.slice(0, -1));
    if (firstTerms.length === 0 && firstEntry) firstTerms.push({ entry: firstEntry });
    // Session 8: a first word that already ends in its particle (인도에 생산 법인을) is the whole second item.
    const secondWord = match[2]!.split(' ')[0]!;
    const secondEnd = secondStart + (secondWord.length < match[2]!.length && /[가-힣](?:에|에서|을|를|으로)$/.test(secondWord) ? secondWord.length : match[2]!.length);
    const secondTerms = koreanTerms(ko, secondStart, secondEnd).filter((term) => !term.entry.weak && !term.entry.ambiguous);
    if (secondTerms.length === 0 && unknownNameDropped(firstTerms, secondWord, en, joinsAnywhere)) {
      const item = secondWord.replace(/(?:에|에서|을|를|으로)$/, '');
      context.report({ messageId: 'item', data: { list: `${first} ${item}`, item }, side: 'ko', range: [match.index, secondStart + item.length] });
      return true;
    }
    if (secondTerms.length === 0 || !firstTerms.some((term) => term.entry.rendersIn(en))) continue;
    if (secondTerms.some((term) => term.entry.rendersIn(en))) continue;
    if (z > PAIR_MAX_Z && !secondTerms.every((term) => isProperKey(term.entry.key))) continue;
    if (joinsAnywhere) {
      // Read only in one sentence, for a second item the lexicon knows whole (특수문자를, not 관계없이), not joined beside the first.
      if (/[.!?]\s+\S/.test(ko.trim()) || !secondTerms.some((term) => term.index + term.entry.key.length === secondStart + match[2]!.length)) continue;
      if (firstTerms.some((term) => joinedBeside(en, term.entry.english))) continue;
    }
    const item = secondEnd < secondStart + match[2]!.length ? secondWord.replace(/(?:에|에서|을|를|으로)$/, '') : match[2]!;
    context.report({ messageId: 'item', data: { list: `${first} ${item}`, item }, side: 'ko', range: [match.index, secondStart + item.length] });
    return true;
  }
  return false;
}

/**
 * Session 13: a place or a name the English renders, joined to a word the lexicon does not know (강남과 홍대 일대에서), in
 * an English that joins nothing and does not spell that word: the second name is lost ("in the Gangnam area").
 */
function unknownNameDropped(firstTerms: { entry: LexiconEntry }[], secondWord: string, en: string, joinsAnywhere: boolean): boolean {
  const name = secondWord.replace(/(?:에|에서|을|를|으로|의)$/, '');
  if (joinsAnywhere || name.length < 2 || name.length > 4 || lexiconEntry(name)) return false;
  if (!firstTerms.some((term) => isProperKey(term.entry.key) && term.entry.rendersIn(en))) return false;
  return !romanized(name, en);
}

// Session 8: two nouns joined by 및 (formal "and": 관계 법령 및 상관례에), the second with its particle.
const KO_AND_PAIR = /(?<![가-힣])([가-힣]{2,8}) 및 ((?:[가-힣]{1,6} ){0,2}[가-힣]{2,8}?)(?:을|를|이|가|은|는|의|에|에서|으로|로|도|까지|과|와)(?![가-힣])/g;

/**
 * The second of two nouns joined by 및 in an English that joins nothing ("and", "or", a comma, a slash …) and is no
 * longer than predicted: 관계 법령 및 상관례에 따른다 → "governed by the relevant laws". Read without the lexicon: 및 only
 * ever lists.
 */
function droppedAfterAnd(context: CheckContext, ko: string, en: string): void {
  if (!ko.includes(' 및 ') || EN_BESIDE_JOIN.test(en) || lengthScore(ko, en) > PAIR_MAX_Z) return;
  for (const match of ko.matchAll(KO_AND_PAIR)) {
    const item = match[2]!;
    const start = match.index + match[1]!.length + 3;
    context.report({ messageId: 'item', data: { list: `${match[1]} 및 ${item}`, item }, side: 'ko', range: [match.index, start + item.length] });
    return;
  }
}

// Two words either side of a rendering, and what joins a noun to another there.
const WORDS_BEFORE = /(?:[^\s]+\s+){0,2}$/;
const WORDS_AFTER = /^(?:\s*[^\s]+){0,2}/;
const EN_BESIDE_JOIN = /\b(?:and|or|nor|as well as|plus|both|with|along|together|between|versus|vs|including|alongside|besides)\b|[&/,]/i;

/** A global copy of each rendering pattern, built once: a pattern built per call is compiled again per call. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/** Whether some rendering of a Korean noun has a join (and, or, with, a comma …) within two words of it. */
function joinedBeside(en: string, english: RegExp): boolean {
  let all = GLOBAL_COPIES.get(english);
  if (!all) GLOBAL_COPIES.set(english, (all = new RegExp(english.source, english.flags.includes('g') ? english.flags : `${english.flags}g`)));
  for (const match of matchesOf(all, en)) {
    const before = WORDS_BEFORE.exec(en.slice(0, match.index))?.[0] ?? '';
    const after = WORDS_AFTER.exec(en.slice(match.index + match[0].length))?.[0] ?? '';
    if (EN_BESIDE_JOIN.test(before) || EN_BESIDE_JOIN.test(after)) return true;
  }
  return false;
}

// The same list whose last item is two words (성함과 연락처, 이메일 주소를), its particle attached.
const KO_ITEMS_LAST_TWO = /(?<![가-힣A-Za-z0-9])[가-힣]{1,6}(?:(?:, |[와과] )[가-힣]{1,6}){1,}(?:, |[와과] )[가-힣]{1,6} [가-힣]{1,5}(?:[을를이가의에]|에서|으로|까지)(?![가-힣])/g;
const EN_SUMMARY = /\b(?:three|four|five|six|seven|eight|nine|ten|\d+|all|every|each|both|several|various|multiple|many|etc|others?)\b/i;
// Every way an English joins two items: a comma, and, or, as well as, plus, with, a slash.
const EN_ANY_JOIN = /,\s|\s(?:and|or|nor|as well as|plus|with|along with|including|&)\s|\//gi;
/** The English is at most this long (z) for a list item to be missing. */
const JOINS_MAX_Z = 1;
// Session 9: items joined by commas and a last 및, before the last item's particle; and how long the English may be.
const KO_AND_LIST = /(?<![가-힣A-Za-z0-9])[가-힣]{1,6}(?:, [가-힣]{1,6}(?: [가-힣]{1,6})?)+ 및 (?:[가-힣]{1,6} ){0,2}[가-힣]{1,6}?(?=(?:[을를이가은는의에도]|에서|으로|에게|까지)(?![가-힣]))/g;
const AND_LIST_MAX_Z = 2;
// Joins of two alternatives or items elsewhere in the Korean: 또는, 혹은, 이나 between two words, another 및.
const KO_OTHER_JOIN = /(?<=[가-힣]) (?:또는|혹은|및) (?=[가-힣])/g;

/**
 * A Korean list of three nouns or more (날짜와 시간, 인원수를) against an English that has fewer joins of any kind than the
 * list has (commas, "and", "or", "with" …): "your preferred date and the number of people" renders two of three items.
 */
function fewerJoins(context: CheckContext, ko: string, en: string): boolean {
  const z = lengthScore(ko, en);
  if (z > AND_LIST_MAX_Z) return false;
  // A summary word counts the list ("delegates from three countries", "all documents").
  if (EN_SUMMARY.test(en)) return false;
  const joins = (en.match(EN_ANY_JOIN) ?? []).length;
  // Session 9: a list closed by 및 (임부, 수유부 및 간 질환 환자는) counts its items for sure, its last of up to three words;
  // it is read in an English somewhat longer than predicted too (a translator's "this medicine" for 복용).
  for (const match of ko.matchAll(KO_AND_LIST)) {
    const items = match[0].split(/, | 및 /);
    // Session 10: the English joins render the Korean's other alternatives too (의사 또는 약사 → "a doctor or pharmacist"):
    // they do not count for the list.
    const others = (ko.slice(0, match.index) + ko.slice(match.index + match[0].length)).match(KO_OTHER_JOIN)?.length ?? 0;
    if (items.length < 3 || joins - others >= items.length - 1) continue;
    context.report({ messageId: 'dropped', data: { korean: items.length, english: Math.max(joins - others, 0) + 1, list: match[0] }, side: 'ko', range: [match.index, match.index + match[0].length] });
    return true;
  }
  if (z > JOINS_MAX_Z) return false;
  const lists = [...[...ko.matchAll(KO_ITEMS)].map((match) => ({ match, last: 1 })), ...[...ko.matchAll(KO_ITEMS_LAST_TWO)].map((match) => ({ match, last: 2 }))];
  for (const { match, last: lastWords } of lists) {
    const split = match[0].split(/,? /);
    // A last item of two words (이메일 주소를) is one item.
    const words = lastWords === 2 ? [...split.slice(0, -2), split.slice(-2).join(' ')] : split;
    const separated = words.every((word, i) => i === words.length - 1 || match[0].includes(`${word}, `) || isJoinedNoun(word));
    if (!separated || words.length < 3 || joins >= words.length - 1) continue;
    // The list is a noun phrase of the sentence: a particle follows its last item (인원수를), not a space (이시바, 트럼프와 첫).
    const last = words.at(-1)!;
    if (!/^(?:[을를이가의에]|에서|으로|로|까지)/.test(ko.slice(match.index + match[0].length)) && !(last.length >= 2 && /(?:[을를이가의에]|에서|으로|까지)$/.test(last))) continue;
    context.report({ messageId: 'dropped', data: { korean: words.length, english: joins + 1, list: match[0] }, side: 'ko', range: [match.index, match.index + match[0].length] });
    return true;
  }
  return false;
}
