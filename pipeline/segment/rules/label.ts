// A label word opening a sentence before a period is no sentence: `Tip. 김치 국물을…`, `P.S. 다음엔…`,
// `참고. 자세한 내용은…`. Counterexample: the same word ending a sentence (`좋은 tip.`) is not at its start.
import type { SegmentRule } from '../types.js';
import { LABELS, SENTENCE_OPENERS } from '../lang/ko.js';

export const label: SegmentRule = {
  id: 'label',
  description: 'The period after a label opening a sentence (Tip., P.S., 참고.) does not end it.',
  kinds: ['punctuation'],
  decide(c) {
    // Only a single period after the sentence's first word, then a space on the same line.
    if (c.mark !== '.' || !c.spaced || c.newline || c.markStart - c.token.length !== c.sentenceStart) return undefined;
    // 참고. 그리고…: a conjunction after it opens a sentence, so the word was one.
    return LABELS.has(c.token.toLowerCase()) && !SENTENCE_OPENERS.has(c.nextWord) ? 'hold' : undefined;
  },
};
