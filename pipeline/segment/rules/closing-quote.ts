// After a closed quote or bracket that ended with its own punctuation: a particle glued to it
// continues the sentence (`"…한다."라고 말했다`, `"…거야."하며`), and so does a title that
// trails off mid-clause (`<엄마를 살릴 수만 있다면…> 기사가`); anything else starts a new sentence.
import type { SegmentRule } from '../types.js';
import { isHangulSyllable, isTerminal } from '../chars.js';
import { classifyEnding } from '../endings.js';
import { coreWord, tokenStart } from '../words.js';
import { isEllipsisMark } from './ellipsis.js';
import { PARTICLES } from '../lang/ko.js';

/** The quote at `opener` follows a speaker's name and a colon: `기자: "…"`, `동원:"…"`. */
export function isSpeakerColon(text: string, opener: number): boolean {
  let k = opener - 1;
  if (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k >= 0 && (text.charCodeAt(k) === 0x3a || text.charCodeAt(k) === 0xff1a);
}

/** At `k` a space and then a Hangul word: 이 there is the determiner "this" (이 말은), not a particle typed apart. */
function isDeterminerBefore(text: string, k: number, limit: number): boolean {
  return k + 1 < limit && text.charCodeAt(k) === 0x20 && isHangulSyllable(text.charCodeAt(k + 1));
}

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
    // ("…고맙습니다." 이 말은: 이 before a word is the demonstrative, not the particle.)
    if (PARTICLES.has(c.nextWord) && !(c.nextWord === '이' && isDeterminerBefore(c.text, c.next + 1, c.limit))) return 'hold';
    const opener = c.openerOf(c.markStart);
    // 원빈:"너 지금..." 동원:"…": a line of dialogue after a speaker's name is said in full.
    if (opener > 0 && isSpeakerColon(c.text, opener)) return undefined;
    // The punctuation inside: an ellipsis after a word with no final ending trails off.
    const floor = Math.max(c.sentenceStart, opener + 1);
    let markEnd = c.markStart;
    while (markEnd > floor && !isTerminal(c.text.charCodeAt(markEnd - 1))) markEnd--;
    let markStart = markEnd;
    while (markStart > floor && isTerminal(c.text.charCodeAt(markStart - 1))) markStart--;
    if (!isEllipsisMark(c.text.slice(markStart, markEnd))) return undefined;
    const inner = coreWord(c.text.slice(tokenStart(c.text, markStart, floor), markStart));
    return inner && classifyEnding(inner).strength === 'none' ? 'hold' : undefined;
  },
};
