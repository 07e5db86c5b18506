// In chat, a run of ㅋㅋ/ㅎㅎ/ㅠㅠ closes what came before it: `진짜 웃기다ㅋㅋㅋ 내일 봐`.
// Counterexample kept: `ㅋㅋ 진짜` at the start of a sentence opens it.
import type { SegmentRule } from '../types.js';
import { trailingJamo } from '../words.js';

export const emoticonRun: SegmentRule = {
  id: 'emoticon-run',
  description: 'Cut at a space after a run of two or more ㅋ/ㅎ/ㅠ/ㅜ that follows some words.',
  kinds: ['space'],
  decide(c) {
    // Only a run at the end of a sentence with words before it.
    if (trailingJamo(c.token) < 2) return undefined;
    return c.end - c.token.length > c.sentenceStart ? 'cut' : undefined;
  },
};
