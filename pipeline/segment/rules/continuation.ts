// A quoting verb or a particle after the mark keeps the sentence going:
// `이게 뭐지?? 하고 검색했다`, `"가자!" 하며 나갔다`, `여행 가자 라며`, `…감돌았다…는 것은`.
// Counterexample: `했다. 하지만 그는…` — 하지만 opens a new sentence, so it is not listed.
import type { SegmentRule } from '../types.js';
import { CONTINUATION_START, isContinuation } from '../words.js';
import { isQuoteOrBracket } from '../pairs.js';

export const continuation: SegmentRule = {
  id: 'continuation',
  description: 'No cut before a quoting verb or a particle that continues the sentence (라고, 하며, 하고, 는).',
  kinds: ['punctuation', 'quote-end', 'space'],
  decide(c) {
    // A quick no before reading the word: most words start with none of the listed syllables.
    if (CONTINUATION_START[c.text.charCodeAt(c.next)] !== 1 && !isQuoteOrBracket(c.text.charCodeAt(c.next))) return undefined;
    return isContinuation(c.nextWord) ? 'hold' : undefined;
  },
};
