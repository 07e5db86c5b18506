// Emoticons glued between two words: after a final ending they close the sentence
// (`해볼게요^^로마 경양식은`), after anything else they decorate a word (`너무ㅋㅋ웃겨`).
import type { SegmentRule } from '../types.js';
import { decorationLength } from '../chars.js';

export const emoticonGlued: SegmentRule = {
  id: 'emoticon-glued',
  description: 'Emoticons glued to the next word end the sentence only after a final ending (해볼게요^^로마).',
  kinds: ['punctuation'],
  decide(c) {
    // Only marks made of emoticons or emoji.
    if (decorationLength(c.text, c.markStart) === 0 || !/^[^~～∼.!?…]+$/.test(c.mark)) return undefined;
    return c.ending.strength === 'strong' ? 'cut' : 'hold';
  },
};
