// @fileoverview A list in the Korean has lost an item in the English: "사과, 배, 포도, 감" → "apples, pears and
// grapes". Only a Korean run of at least three short comma-separated items is counted, against an English
// "A, B(,) and C" run; a missing item is reported when the English list has exactly one item fewer and no English
// list is as long as the Korean one. An English sentence without such a list (a summary word) is no finding.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'A Korean list of items has one item fewer in the English.' },
  messages: {
    dropped: 'The Korean lists {{korean}} items ("{{list}}") but the English list has {{english}}.',
  },
} satisfies Check['meta'];

// Short items (one or two words, no clause) separated by commas; the last may be joined by 및/또는/그리고.
const KO_LIST = /(?:(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{1,8}(?: [가-힣A-Za-z0-9]{1,8})?, ){2,}[가-힣A-Za-z0-9]{1,10}(?: (?:및|또는|그리고) [가-힣A-Za-z0-9]{1,10})?/g;
// An English run "A, B(,) and C" of short items.
const EN_LIST = /(?:[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}, )+[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3},? (?:and|or|as well as|plus) /gu;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || !ko.includes(', ') || isCopy(ko, en)) return;
      // "About 200 people, including A, B and C": the list starts after "including" or "such as".
      const english = [...en.matchAll(EN_LIST)].map((match) => match[0].replace(/^.*\b(?:including|such as|like|among them|namely)\s+/, '').replace(/,(?= (?:and|or|as well as|plus) $)/, '').split(', ').length + 1);
      if (english.length === 0) return;
      const longest = Math.max(...english);
      for (const match of ko.matchAll(KO_LIST)) {
        const list = match[0];
        // A last item joined by 와/과 is not read here: 사과 (apple) ends in 과 too.
        const joined = / (?:및|또는|그리고) [가-힣A-Za-z0-9]{1,10}$/.test(list) ? 1 : 0;
        const items = list.split(', ');
        // A first item "시장과 구청장" is two items joined by 와/과 (inside the list, "프로그램과 도구" may be one).
        const count = items.length + joined + (items[0]!.split(' ').slice(0, -1).some(isJoinedNoun) ? 1 : 0);
        if (count < 3 || longest !== count - 1) continue;
        context.report({ messageId: 'dropped', data: { korean: count, english: longest, list }, side: 'ko', range: [match.index, match.index + list.length] });
        return;
      }
    },
  };
}

// Nouns that end in 과 themselves, not in the particle.
const NOUNS_IN_GWA = /(?:결|성|효|부|초|통|경|학|내|외|치|인|전|사|일|교|과|채|제|관|견|고)과$/;

/** A word that ends in the particle 와 (after a vowel) or 과 (after a consonant): 시장과, 배와, not 결과. */
export function isJoinedNoun(word: string): boolean {
  if (word.length < 2 || !/[와과]$/.test(word) || NOUNS_IN_GWA.test(word)) return false;
  const before = word.charCodeAt(word.length - 2) - 0xac00;
  if (before < 0 || before > 11171) return false;
  const closed = before % 28 !== 0;
  return word.endsWith('과') ? closed : !closed;
}
