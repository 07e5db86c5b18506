// In chat, a run of ㅋㅋ/ㅎㅎ/ㅠㅠ closes what came before it: `진짜 웃기다ㅋㅋㅋ 내일 봐`; ㄷㄷ, ㄱㄱ and ;;
// close it even after a bare noun: `공지 확인ㄱㄱ 내일 봐`, `완전 다름;; 팔걸이…`.
// Counterexamples kept: `ㅋㅋ 진짜` at the start of a sentence opens it; `패키지ㅎㅎ 심플하니` comments on a noun;
// `보고서에 ㅁㄴㅇㄹ 쳐놓음` is keyboard mashing, not a reaction.
import type { SegmentRule } from '../types.js';
import { reaction, tokenStart, trailingJamo } from '../words.js';
import { INTENSIFIERS } from '../lang/ko.js';
import { decorationLength } from '../chars.js';

/** The word before the token at `tokenFrom` is an intensifier (완전, 진짜, 너무). */
function afterIntensifier(text: string, tokenFrom: number, floor: number): boolean {
  if (tokenFrom - 2 < floor || text.charCodeAt(tokenFrom - 1) !== 0x20) return false;
  const start = tokenStart(text, tokenFrom - 1, floor);
  return INTENSIFIERS.has(text.slice(start, tokenFrom - 1));
}

export const emoticonRun: SegmentRule = {
  id: 'emoticon-run',
  description: 'Cut at a space after a run of two or more ㅋ/ㅎ/ㅠ/ㅜ that follows some words (ㄷㄷ, ㄱㄱ, ;; even after a bare noun).',
  kinds: ['space'],
  decide(c) {
    // Only a run at the end of a sentence with words before it.
    // 행복하다♡ 내일도: an emoticon confirms even a weak ending.
    if (c.ending.strength === 'weak' && c.ending.name !== '-지' && c.ending.name !== '-ㅁ' && decorationLength(c.text, c.markStart - 1) > 0) return 'cut';
    if (trailingJamo(c.token) < 2) return undefined;
    // 패키지ㅎㅎ 심플하니: laughter after a bare noun comments on it, mid-sentence.
    // 완전 꿀맛ㅋㅋ 2인분…, 진짜 감동ㅠㅠ 또…: after an intensifier the noun is the predicate.
    if (c.ending.strength === 'none' && c.word.length > 0 && !reaction.closing && !afterIntensifier(c.text, c.end - c.token.length, c.sentenceStart)) return undefined;
    return c.end - c.token.length > c.sentenceStart ? 'cut' : undefined;
  },
};
