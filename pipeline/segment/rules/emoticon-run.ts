// In chat, a run of ㅋㅋ/ㅎㅎ/ㅠㅠ closes what came before it: `진짜 웃기다ㅋㅋㅋ 내일 봐`, `30분 싸움ㅋㅋㅋ 결론
// 안 남`; ㄷㄷ, ㄱㄱ and ;; close it after any bare noun: `공지 확인ㄱㄱ 내일 봐`, `완전 다름;; 팔걸이…`.
// Counterexamples kept: `ㅋㅋ 진짜` at the start of a sentence opens it; `패키지ㅎㅎ 심플하니`: the noun is the subject of what follows;
// `보고서에 ㅁㄴㅇㄹ 쳐놓음` is keyboard mashing, not a reaction.
import type { SegmentRule } from '../types.js';
import { isContinuation, mayEndReactionRun, predicateFollows, reaction, tokenStart, trailingJamo } from '../words.js';
import { BANMAL_JI_STEMS, EXCLAMATION_NOUNS, INTENSIFIERS, PARTICLES } from '../lang/ko.js';
import { decorationLength } from '../chars.js';

/** The word before the token at `tokenFrom` is an intensifier (완전, 진짜, 너무). */
function afterIntensifier(text: string, tokenFrom: number, floor: number): boolean {
  if (tokenFrom - 2 < floor || text.charCodeAt(tokenFrom - 1) !== 0x20) return false;
  const start = tokenStart(text, tokenFrom - 1, floor);
  return INTENSIFIERS.has(text.slice(start, tokenFrom - 1));
}

/** Last syllables of a verb that takes the noun before the run: 심플하니, 찍어서, 먹고, 가면, 하며, 보러. */
const CONNECTIVE_AFTER = new Set(['니', '서', '고', '면', '며', '러', '데', '게']);

/** The word after the run continues a clause with the noun before it: a particle or a connective verb. */
function nounRunsOn(next: string): boolean {
  if (next.length === 0) return true;
  if (PARTICLES.has(next) || isContinuation(next)) return true;
  if (next.length >= 2 && CONNECTIVE_AFTER.has(next[next.length - 1]!) && !/(?:에서|로서|한데)$/.test(next)) return true;
  return false;
}

export const emoticonRun: SegmentRule = {
  id: 'emoticon-run',
  description: 'Cut at a space after a run of two or more ㅋ/ㅎ/ㅠ/ㅜ/ㄷ/ㄱ/; that follows some words; after a bare noun only when the noun is not the subject or object of what follows (싸움ㅋㅋㅋ 결론 안 남; not 패키지ㅎㅎ 심플하니).',
  kinds: ['space'],
  decide(c) {
    // Only a run at the end of a sentence with words before it.
    // 행복하다♡ 내일도: an emoticon confirms even a weak ending.
    if ((c.ending.strength === 'weak' || c.ending.strength === 'contextual') && c.ending.name !== '-지' && c.ending.name !== '-ㅁ' && decorationLength(c.text, c.markStart - 1) > 0) return 'cut';
    // (A quick no before reading the token: it must end with a reaction mark, punctuation or a tilde.)
    if (!mayEndReactionRun(c.text.charCodeAt(c.markStart - 1)) || trailingJamo(c.token) < 2) return undefined;
    // After a bare noun the run closes a noun-phrase sentence (웃음 지뢰ㅋㅋㅋ 꾸기가…, 30분 싸움ㅋㅋㅋ 결론 안 남),
    // unless the noun is the subject of what follows (패키지ㅎㅎ 심플하니, 사진ㅋㅋ 찍었어요). After an
    // intensifier the noun is a predicate whatever follows (완전 꿀맛ㅋㅋ 먹어 봐).
    // (패키지, 메시지: a weak -지 is as often a noun; not after a predicate stem: 좋지ㅋㅋ 내일 가자.)
    if ((c.ending.strength === 'none' || (c.ending.name === '-지' && !BANMAL_JI_STEMS.has(c.word.charCodeAt(c.word.length - 2)))) && c.word.length > 0 && !reaction.closing && !afterIntensifier(c.text, c.end - c.token.length, c.sentenceStart) && (nounRunsOn(c.nextWord) || (!EXCLAMATION_NOUNS.has(c.word) && predicateFollows(c.text, c.next, c.limit)))) return undefined;
    // 인정ㅋㅋ 나도…: an exclamation closes even as the first word.
    return c.end - c.token.length > c.sentenceStart || EXCLAMATION_NOUNS.has(c.word) ? 'cut' : undefined;
  },
};
