// A line break ends a sentence, except in hard-wrapped prose: a line that stops on a particle, a
// connective or a comma ("…금융 비용이\n크게 줄어들 것으로…"). Headlines and list items (lines
// ending in a noun, a number or an ending) stay sentences of their own, so no list is glued.
import type { SegmentRule } from '../types.js';
import { CLOSERS, SYMMETRIC } from '../pairs.js';
import { CONNECTIVE_SYLLABLES, PARTICLE_SYLLABLES } from '../lang/ko.js';
import { startsListItem } from './list-marker.js';

export const lineBreak: SegmentRule = {
  id: 'line-break',
  description: 'A line break ends the sentence (always with splitLines; otherwise unless the line stops on a particle, connective or comma).',
  kinds: ['punctuation', 'quote-end', 'space', 'line-break'],
  decide(c) {
    // Only line breaks concern this rule.
    if (!c.newline) return undefined;
    if (c.splitLines || c.kind === 'punctuation' || c.kind === 'quote-end') return 'cut';
    if (startsListItem(c.text, c.next, c.limit)) return 'cut';
    const last = c.text.charCodeAt(c.end - 1);
    // 다음과 같다,⏎…: a comma at the line end carries the sentence on.
    if (last === 0x2c) return 'hold';
    if (c.ending.strength !== 'none') return 'cut';
    if (CLOSERS.has(last) || SYMMETRIC.has(last)) return 'cut';
    // 다이어트 D+30 기록📝⏎시작…: an emoji closes the line's sentence.
    if ((last >= 0xdc00 && last <= 0xdfff) || last === 0xfe0f) return 'cut';
    const word = c.word;
    const lastSyllable = word[word.length - 1] ?? '';
    // …비용이 / …늘어나고: a particle or a connective at the line end means the clause goes on.
    // (기록, 목록, 등록 are nouns: of words in 록 only -도록 is a connective.)
    if (word.length >= 2 && (PARTICLE_SYLLABLES.has(lastSyllable) || (CONNECTIVE_SYLLABLES.has(lastSyllable) && (lastSyllable !== '록' || word.endsWith('도록'))) || lastSyllable === '고' || lastSyllable === '며')) return 'hold';
    // Otherwise the line ends on a noun or a number: a headline or a list item, kept whole.
    return 'cut';
  },
};
