// An emoji glued to a word and followed by a space closes a sentence even when the word is a
// bare noun, as notes and posts end a noun phrase: `소금빵은 겉바속촉 그 자체😍 버터 향이…`,
// `공항 도착✈️ 3년 만의…`, `2일차 기록✍️ 아침에…`, `실천 중🌞 벌써 21일째!`.
// Counterexamples held: a word carrying a particle or a connective (`친구랑🥰 카페`, `먹고😋 왔어요`),
// a noun whose predicate follows within three words with no subject of its own (`케이크🎂 먹었어요`,
// `신발👟 너무 편해요`), and an emoji repeated as a bullet (`✅ 주차 가능 ✅ 반려견 동반 가능`).
import type { SegmentRule } from '../types.js';
import { classifyEndingIn } from '../endings.js';
import { isAsciiAlnum, isHangulSyllable, isLineBreak, isSpace, isTerminal } from '../chars.js';
import { CONNECTIVE_SYLLABLES, EXCLAMATION_NOUNS, PARTICLE_SYLLABLES, PARTICLES } from '../lang/ko.js';
import { core, coreRange, isContinuation, isDecorationOnly, predicateFollows, tokenStart } from '../words.js';

/** A code unit of a pictographic emoji (not ^^ or ㅋㅋ): a surrogate, a variation selector, U+2600–U+27BF. */
function isEmojiUnit(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || (code >= 0x2600 && code <= 0x27bf);
}

/** Symbols that introduce what follows them (a phone number, a link, an address), not emoji. */
const LABEL_SYMBOLS = new Set([0x260e, 0x260f, 0x2709, 0x261e, 0x261c, 0x27a1, 0x2794, 0x279c, 0x27a4]);

/** Last syllables after which the clause goes on: particles, connectives, -고, -며, -지, -니. */
const RUNS_ON = new Set([...PARTICLE_SYLLABLES, ...CONNECTIVE_SYLLABLES, '고', '며', '지', '니', '랑', '께', '게']);

/** Last syllables of a connective verb after the emoji: 가서, 달리고, 보러, 먹으면, 하며. */
const NEXT_CONNECTIVE = new Set(['서', '고', '러', '면', '며', '려']);

/** The emoji `text[from, to)` occurs again in the text (searched within a bounded window either side). */
function isRepeated(text: string, from: number, to: number, limit: number): boolean {
  const emoji = text.slice(from, to);
  if (text.slice(Math.max(0, from - BULLET_WINDOW), from).includes(emoji)) return true;
  return text.slice(to, Math.min(limit, to + BULLET_WINDOW)).includes(emoji);
}

/** How far (UTF-16 units) a repeated emoji is looked for. */
const BULLET_WINDOW = 200;

export const emojiAfterWord: SegmentRule = {
  id: 'emoji-after-word',
  description: 'Cut at a space after an emoji or ^^ glued to a bare noun (그 자체😍 버터 향이, 공항 도착✈️ 3년 만의), unless the word carries a particle or connective, or its predicate follows (케이크🎂 먹었어요, 신발👟 너무 편해요).',
  kinds: ['space'],
  decide(c) {
    // Only an emoji (or ^^, ^_^: 오늘도 화이팅^^ 내일은…) glued to a word, then a space on the same line;
    // not a symbol that labels what follows (☎ 02-…, ☞ 홈페이지, ✉ 메일).
    const last = c.text.charCodeAt(c.markStart - 1);
    if (c.newline || !(isEmojiUnit(last) || (last === 0x5e && c.text.charCodeAt(c.markStart - 2) !== 0x20 && /\^[_\-o]?\^$/.test(c.token)))) return undefined;
    // (After the emoji test: every label symbol is an emoji unit, so most candidates never look it up.)
    if (LABEL_SYMBOLS.has(last)) return undefined;
    let word = c.word;
    let ending = c.ending;
    if (word.length === 0) {
      // 공항 도착 ✈️ 3년 만의…: an emoji typed after a space reads the word before it.
      const tokenFrom = c.markStart - c.token.length;
      if (!isDecorationOnly(c.text, tokenFrom, c.markStart) || tokenFrom - 1 <= c.sentenceStart || c.text.charCodeAt(tokenFrom - 1) !== 0x20) return undefined;
      // ✅ 주차 가능 ✅ 반려견 동반 가능: an emoji used again in the paragraph is a bullet before the next item.
      if (isRepeated(c.text, tokenFrom, c.markStart, c.limit)) return undefined;
      coreRange(c.text, tokenStart(c.text, tokenFrom - 1, c.sentenceStart), tokenFrom - 1);
      word = c.text.slice(core.start, core.end);
      ending = classifyEndingIn(c.text, core.start, core.end);
      if (word.length === 0 || ending.strength === 'strong') return undefined;
    }
    const final = word.charCodeAt(word.length - 1);
    if (!isHangulSyllable(final) && !isAsciiAlnum(final)) return undefined;
    // 기록, 목록, 등록 are nouns; only 도록 is the connective.
    const runsOn = final === 0xb85d /* 록 */ ? word.endsWith('도록') : RUNS_ON.has(word[word.length - 1]!);
    if (runsOn && ending.strength === 'none') return 'hold';
    if (ending.name === '-지') return undefined;
    const next = c.nextWord;
    if (next.length === 0 || PARTICLES.has(next) || isContinuation(next)) return 'hold';
    // 백화점🛍️ 가서 옷 샀어요, 한강🚴 달리고 왔어요: a verb with a connective ending takes the noun.
    if (next.length >= 2 && NEXT_CONNECTIVE.has(next[next.length - 1]!) && !/(?:에서|로서|로써)$/.test(next)) return 'hold';
    // 케이크🎂 먹었어요, 새로 산 신발👟 너무 편해요: a predicate within the next three words, with no
    // subject of its own, takes the noun before the emoji as its subject or object.
    // 미안😢 10분 늦을 듯: an exclamation is a sentence whatever follows.
    return !EXCLAMATION_NOUNS.has(word) && predicateFollows(c.text, c.next, c.limit) ? 'hold' : 'cut';
  },
};
