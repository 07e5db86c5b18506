// Periods and question marks inside URLs, e-mail addresses, file names and versions (example.com,
// v1.2.3, a@b.kr, ?q=1) do not end a sentence. Counterexample: "…사이트다.Google은" (Hangul before) is a missing space, not a URL.
import type { SegmentRule } from '../types.js';
import { isAsciiAlnum, isAsciiUpper } from '../chars.js';

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export const urlOrCode: SegmentRule = {
  id: 'url-or-code',
  description: 'No cut inside a URL, e-mail address, domain, file name or version number (naver.com, 1.2.3, a@b.kr), nor after an upper-case code word before a lower-case one (ERR! code).',
  kinds: ['punctuation'],
  decide(c) {
    if (c.next >= c.limit) return undefined;
    // ERR! code ERESOLVE, WARN! peer dep: a ! or ? after an upper-case code word, with a lower-case
    // word after it, is part of a message quoted from a program (an English sentence opens in upper case).
    if (c.spaced) return !c.newline && c.markEnd - c.markStart === 1 && (c.mark === '!' || c.mark === '?') && isAsciiUpper(c.text.charCodeAt(c.markStart - 1)) && isAsciiLower(c.text.charCodeAt(c.next)) && isAsciiUpper(c.text.charCodeAt(c.markStart - 2)) ? 'hold' : undefined;
    // (Otherwise punctuation followed by a space cannot be inside a URL.)
    const before = c.text.charCodeAt(c.markStart - 1);
    const after = c.text.charCodeAt(c.next);
    if (c.markEnd - c.markStart === 1 && isAsciiAlnum(before) && isAsciiAlnum(after)) return 'hold';
    if (/^(?:https?:\/\/|www\.)|@/i.test(c.token) && !(after >= 0xac00 && after <= 0xd7a3)) return 'hold';
    return undefined;
  },
};
