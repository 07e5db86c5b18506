// News text types a period for the middle dot between nouns: `스마트공장 수요. 공급기업 간`,
// `광주시와 전남도. 기상청 등에 따르면`. A noun phrase ends a sentence only when something
// describes it (`역에서 도보 5분 거리에 위치한 이찌방.`), so a bare noun after a noun or a
// particle is held.
import type { SegmentRule } from '../types.js';
import { JONG, isHangulSyllable, isSpace, jongOf } from '../chars.js';
import { tokenStart, coreWord } from '../words.js';
import { PARTICLE_SYLLABLES } from '../lang/ko.js';

/** Syllables before 은/는 that make it an ending (있는, 없는, 좋은, 많은, 하는) rather than a topic particle (학생들은, 정부는). */
const STEMS_BEFORE_EUN = new Set(['하', '되', '있', '없', '같', '좋', '많', '작', '높', '낮', '넓', '깊', '밝', '맑', '적', '짧', '길', '크', '가', '오', '보', '주', '나', '먹', '읽', '받']);

/** The word describes the noun after it: 위치한, 살아있는, 먹던, 갈, 나의. */
function isAdnominal(word: string): boolean {
  if (word.length < 2) return false;
  const char = word[word.length - 1]!;
  if (char === '는' || char === '은') return STEMS_BEFORE_EUN.has(word[word.length - 2]!) || jongOf(word.charCodeAt(word.length - 2)) === JONG.ssangSiot;
  if (char === '던' || char === '의') return true;
  const jong = jongOf(word.charCodeAt(word.length - 1));
  return jong === JONG.nieun || jong === JONG.rieul;
}

/** Hangul syllables, possibly with digits (제2외국어), ending in Hangul. */
function isBareNoun(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (!isHangulSyllable(code) && !(code >= 0x30 && code <= 0x39)) return false;
  }
  return word.length > 0 && isHangulSyllable(word.charCodeAt(word.length - 1));
}

/** A bare noun that carries no particle either: 영어, 수학 (but not 내일도, 도로를). */
function isBareNounWithoutParticle(word: string): boolean {
  return isBareNoun(word) && !(word.length > 1 && PARTICLE_SYLLABLES.has(word[word.length - 1]!));
}

export const middleDotPeriod: SegmentRule = {
  id: 'middle-dot-period',
  description: 'A period between two bare nouns (수요. 공급기업) stands for a middle dot and does not end the sentence.',
  kinds: ['punctuation'],
  decide(c) {
    // Only one period after a bare noun, with more Hangul after it on the same line.
    if (c.markEnd - c.markStart !== 1 || c.newline || c.next >= c.limit || c.ending.strength === 'strong' || !isHangulSyllable(c.text.charCodeAt(c.next)) || c.mark !== '.') return undefined;
    // 생활환경.안전.보건복지. 놀이권 — a list already joined with periods.
    if (/[가-힣]\.[가-힣]/.test(c.token)) return 'hold';
    // Typing a period for the middle dot is a habit of formal prose; elsewhere a noun phrase with a period is a sentence.
    // 33도. 내일도: a number with its unit ends a sentence. (Read before the register, which reads the whole paragraph.)
    if (c.token !== c.word || !isBareNoun(c.word) || c.word.endsWith('다') || /^\d/.test(c.word)) return undefined;
    if (c.register !== 'formal') return undefined;
    // A weak ending (국어, 영어 end like 먹어) reads as a noun only in formal prose.
    if ((c.ending.strength === 'weak' || c.ending.strength === 'contextual') && c.register !== 'formal') return undefined;
    const wordStart = c.markStart - c.token.length;
    if (wordStart <= c.sentenceStart) return undefined;
    let k = wordStart;
    while (k > c.sentenceStart && isSpace(c.text.charCodeAt(k - 1))) k--;
    const before = coreWord(c.text.slice(tokenStart(c.text, k, c.sentenceStart), k));
    // 낙찰가는 10억 원. 유찰됐다: an amount closes a verbless sentence.
    if (/\d/.test(before) || isAdnominal(before)) return undefined;
    // 최고기온은 영상권. 내일도…: after a topic, a noun with a period is a verbless sentence — unless
    // another bare noun follows, as in a list (학생들은 국어. 영어. 수학).
    if ((before.endsWith('은') || before.endsWith('는')) && !isBareNounWithoutParticle(c.nextWord)) return undefined;
    return 'hold';
  },
};
