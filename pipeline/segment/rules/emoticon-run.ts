// In chat, a run of ㅋㅋ/ㅎㅎ/ㅠㅠ closes what came before it: `진짜 웃기다ㅋㅋㅋ 내일 봐`; ㄷㄷ, ㄱㄱ and ;;
// close it even after a bare noun: `공지 확인ㄱㄱ 내일 봐`, `완전 다름;; 팔걸이…`.
// Counterexamples kept: `ㅋㅋ 진짜` at the start of a sentence opens it; `패키지ㅎㅎ 심플하니` comments on a noun;
// `보고서에 ㅁㄴㅇㄹ 쳐놓음` is keyboard mashing, not a reaction.
import type { SegmentRule } from '../types.js';
import { reaction, trailingJamo } from '../words.js';
import { decorationLength } from '../chars.js';

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
    if (c.ending.strength === 'none' && c.word.length > 0 && !reaction.closing) return undefined;
    return c.end - c.token.length > c.sentenceStart ? 'cut' : undefined;
  },
};
