// A quoted or bracketed phrase without punctuation of its own sits inside the sentence:
// `'내 임기 중에는 … 개통하겠다'는 것`, `16,500원 (배송비 미포함) 입금계좌와`. A bracket that
// comments on a finished sentence closes it: `없잖아요(강한부정) 다음`.
import type { SegmentRule } from '../types.js';
import { classifyEnding } from '../endings.js';
import { isCloser, isSymmetric } from '../pairs.js';
import { coreWord, tokenStart } from '../words.js';
import { isSpeakerColon } from './closing-quote.js';

export const embeddedQuote: SegmentRule = {
  id: 'embedded-quote',
  description: 'No cut at a space after a quote or bracket without punctuation, unless it follows a final ending.',
  kinds: ['space'],
  decide(c) {
    // (The token's last character, read in place: a space candidate's token ends right before the space.)
    const last = c.text.charCodeAt(c.markStart - 1);
    // Only tokens that end with a closing quote or bracket.
    if (!(isCloser(last) || isSymmetric(last))) return undefined;
    const opener = c.openerOf(c.markStart - 1);
    // 동원:"나 잠깐만 걸릴께" 원빈:…: a line of dialogue stands on its own.
    if (opener > 0 && isSpeakerColon(c.text, opener)) return 'cut';
    // 성공했다(?) 정말일까: a bracket holding only ? or ! comments on the word before it.
    if (opener >= 0 && c.markStart - 1 - opener <= 3 && /^[?!？！]+$/.test(c.text.slice(opener + 1, c.markStart - 1))) return 'hold';
    if (opener > c.sentenceStart) {
      const before = coreWord(c.text.slice(tokenStart(c.text, opener, c.sentenceStart), opener));
      if (before && classifyEnding(before).strength === 'strong') return 'cut';
    }
    return 'hold';
  },
};
