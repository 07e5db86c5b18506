// The default: . ? ! … and a closed quote that ended with them end the sentence.
import type { SegmentRule } from '../types.js';

export const terminalPunctuation: SegmentRule = {
  id: 'terminal-punctuation',
  description: 'Sentence punctuation (. ? ! … 。) ends the sentence when no other rule holds it.',
  kinds: ['punctuation', 'quote-end'],
  decide() {
    return 'cut';
  },
};
