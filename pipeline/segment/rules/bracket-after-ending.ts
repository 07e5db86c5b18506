// A bracket between the ending and the final period belongs to the sentence:
// `주식입니다 (소각주식수 제외).` — no cut before the bracket.
import type { SegmentRule } from '../types.js';
import { isTerminal } from '../chars.js';
import { OPENERS } from '../pairs.js';

export const bracketAfterEnding: SegmentRule = {
  id: 'bracket-after-ending',
  description: 'No cut before a bracket that is followed by the sentence\'s final punctuation.',
  kinds: ['space'],
  decide(c) {
    // Only when the next character opens a bracket.
    if (c.next >= c.limit || !OPENERS.has(c.text.charCodeAt(c.next))) return undefined;
    const close = c.pairs.get(c.next);
    if (close === undefined) return undefined;
    return close + 1 < c.limit && isTerminal(c.text.charCodeAt(close + 1)) ? 'hold' : undefined;
  },
};
