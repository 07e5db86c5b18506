// Periods and question marks inside URLs, e-mail addresses, file names and versions (example.com,
// v1.2.3, a@b.kr, ?q=1) do not end a sentence. Counterexample: "…사이트다.Google은" (Hangul before) is a missing space, not a URL.
import type { SegmentRule } from '../types.js';
import { isAsciiAlnum } from '../chars.js';

export const urlOrCode: SegmentRule = {
  id: 'url-or-code',
  description: 'No cut inside a URL, e-mail address, domain, file name or version number (naver.com, 1.2.3, a@b.kr).',
  kinds: ['punctuation'],
  decide(c) {
    // Punctuation followed by a space cannot be inside a URL.
    if (c.spaced || c.next >= c.limit) return undefined;
    const before = c.text.charCodeAt(c.markStart - 1);
    const after = c.text.charCodeAt(c.next);
    if (c.markEnd - c.markStart === 1 && isAsciiAlnum(before) && isAsciiAlnum(after)) return 'hold';
    if (/^(?:https?:\/\/|www\.)|@/i.test(c.token) && !(after >= 0xac00 && after <= 0xd7a3)) return 'hold';
    return undefined;
  },
};
