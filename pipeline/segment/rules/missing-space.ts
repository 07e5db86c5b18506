// Punctuation glued to the next word: `했다.그런데` is two sentences, `읽기.쓰기.셈하기` and
// `초.중.고` are one (a period typed for a middle dot between nouns).
import type { SegmentRule } from '../types.js';
import { isAsciiAlnum, isHangulSyllable, isPeriod, isEllipsisChar } from '../chars.js';
import { OPENERS, SYMMETRIC } from '../pairs.js';
import { isEllipsisMark } from './ellipsis.js';

export const missingSpace: SegmentRule = {
  id: 'missing-space',
  description: 'With no space after the mark, cut only after a sentence-final ending (했다.그런데) or ?/!; hold between nouns (읽기.쓰기) and at a glued ellipsis unless a strong final ending precedes it (회담…셔틀외교).',
  kinds: ['punctuation'],
  decide(c) {
    // A space (or the end) after the mark is the ordinary case.
    if (c.spaced || c.next >= c.limit) return undefined;
    const after = c.text.charCodeAt(c.next);
    const startsText = isHangulSyllable(after) || OPENERS.has(after) || SYMMETRIC.has(after) || after > 0x7f;
    let periodsOnly = true;
    for (let k = c.markStart; k < c.markEnd; k++) {
      const code = c.text.charCodeAt(k);
      if (!isPeriod(code) && !isEllipsisChar(code)) periodsOnly = false;
    }
    if (!periodsOnly) return startsText ? 'cut' : undefined;
    if (isEllipsisMark(c.mark)) {
      // 마감했다…외국인 순매수: in news prose an ellipsis glued to the next word joins the parts of a headline.
      if (c.register === 'formal') return 'hold';
      // 도쿄서 회담…셔틀외교 복원: so does one after a noun or a weak ending, as TM tools keep such a
      // headline whole; only a sentence-final ending before it (맛있어요…다음에) ends the sentence.
      // A quote or bracket glued after it (자괴감...(멍청) opens something new, as before.
      if (c.ending.strength === 'strong' || !(isHangulSyllable(after) || isAsciiAlnum(after))) return c.ending.strength !== 'none' ? 'cut' : 'hold';
      return 'hold';
    }
    if (c.ending.strength !== 'none') return 'cut';
    return 'hold';
  },
};
