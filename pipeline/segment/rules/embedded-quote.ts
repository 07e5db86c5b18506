// A quoted or bracketed phrase without punctuation of its own sits inside the sentence:
// `'내 임기 중에는 … 개통하겠다'는 것`, `<패터슨>이 정말`. Counterexample: a line break after it still cuts.
import type { SegmentRule } from '../types.js';
import { CLOSERS, SYMMETRIC } from '../pairs.js';

export const embeddedQuote: SegmentRule = {
  id: 'embedded-quote',
  description: 'No cut at a space after a quote or bracket that has no punctuation of its own.',
  kinds: ['space'],
  decide(c) {
    const last = c.token.charCodeAt(c.token.length - 1);
    return CLOSERS.has(last) || SYMMETRIC.has(last) ? 'hold' : undefined;
  },
};
