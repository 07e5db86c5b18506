// After a closed quote or bracket that ended with its own punctuation: a particle glued to it
// continues the sentence (`"…한다."라고 말했다`, `"…거야."하며`), and so does a title that
// trails off mid-clause (`<엄마를 살릴 수만 있다면…> 기사가`); anything else starts a new sentence.
import type { SegmentRule } from '../types.js';
import { isTerminal } from '../chars.js';
import { classifyEnding } from '../endings.js';
import { coreWord, tokenStart } from '../words.js';
import { isEllipsisMark } from './ellipsis.js';
import { PARTICLES } from '../lang/ko.js';

export const closingQuote: SegmentRule = {
  id: 'closing-quote',
  description: 'A closing quote or bracket with a particle glued to it ("…"라고, (…)는), or after a trailing-off ellipsis, continues the sentence.',
  kinds: ['quote-end'],
  decide(c) {
    if (c.next >= c.limit) return undefined;
    // Anything glued to the closing mark continues: "…"라고, '…뜻.', '…'
    if (!c.spaced) return 'hold';
    // (?) and (!) comment on the word before them.
    if (c.markStart >= 2 && isTerminal(c.text.charCodeAt(c.markStart - 1)) && c.pairs.get(c.markStart - 2) === c.markStart) return 'hold';
    // '…잇다!' 를 주제로: a particle typed apart from the quote.
    if (PARTICLES.has(c.nextWord)) return 'hold';
    // The punctuation inside: an ellipsis after a word with no final ending trails off.
    let markEnd = c.markStart;
    while (markEnd > c.sentenceStart && !isTerminal(c.text.charCodeAt(markEnd - 1))) markEnd--;
    let markStart = markEnd;
    while (markStart > c.sentenceStart && isTerminal(c.text.charCodeAt(markStart - 1))) markStart--;
    if (!isEllipsisMark(c.text.slice(markStart, markEnd))) return undefined;
    const inner = coreWord(c.text.slice(tokenStart(c.text, markStart, c.sentenceStart), markStart));
    return inner && classifyEnding(inner).strength === 'none' ? 'hold' : undefined;
  },
};
