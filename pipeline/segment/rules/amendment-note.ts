// Korean statutes put the amendment history after an article's last sentence: `…벌금에 처한다.
// <개정 2020. 6. 9.>`, `…한다. [본조신설 2019. 1. 15.]`. The note belongs to that sentence.
import type { SegmentRule } from '../types.js';
import { AMENDMENT_NOTES } from '../lang/ko.js';

/** `<개정`, `[본조신설`, `〈신설`… at `index`. */
export function startsAmendmentNote(text: string, index: number): boolean {
  const open = text.charCodeAt(index);
  if (open !== 0x3c && open !== 0x5b && open !== 0x3008 && open !== 0xff1c) return false; // < [ 〈 ＜
  for (const note of AMENDMENT_NOTES) if (text.startsWith(note, index + 1)) return true;
  return false;
}

export const amendmentNote: SegmentRule = {
  id: 'amendment-note',
  description: 'An amendment note after the period (…처한다. <개정 2020. 6. 9.>) stays with its sentence.',
  kinds: ['punctuation', 'quote-end'],
  decide(c) {
    // Only a note on the same line as the sentence.
    if (c.newline || !c.spaced) return undefined;
    return startsAmendmentNote(c.text, c.next) ? 'hold' : undefined;
  },
};
