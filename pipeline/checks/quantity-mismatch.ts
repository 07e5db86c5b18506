// @fileoverview A word of how many or how much says another amount in the English: 대부분 (most) → "a few", 일부
// (some) → "all", 절반 이상 (at least half) → "less than half", 최소 3년 (at least) → "at most". Each axis has
// classes that exclude one another; only a Korean text whose words of an axis are of one class is compared, and only
// an English text that has another class and not the Korean one is flagged ("대부분 … 일부" has both and is skipped).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isShortSentence, koreanClass, type AxisClass } from './axes.js';

export const meta = {
  type: 'error',
  docs: { description: 'A word of quantity (all, most, some, few; at least, at most) says another amount in the English.' },
  messages: {
    changed: 'The Korean says "{{korean}}" ({{amount}}) but the English says "{{english}}".',
    onlyAdded: 'The English limits it with "{{english}}", but the Korean has no word for "only" ({{korean}}).',
  },
} satisfies Check['meta'];

interface Amount extends AxisClass {
  /** English words that contradict this Korean class (defaults to the other classes' words). */
  against: RegExp;
}

const B = '(?<![가-힣])';
// "not all", "almost none": a negated or hedged English quantifier is left to the negation check.
const EN_HEDGED_BEFORE = /\b(?:not|n't|nor|never|almost|nearly|hardly|barely)\s+$/i;

const AXES: Amount[][] = [
  [
    {
      name: 'all or most',
      korean: new RegExp(`${B}(?:대부분|대다수|모든|전원|모두|전부|누구나|누구든|거의 (?:다|모든|모두|전부))`),
      english: /\b(?:all|every\w*|each|entire\w*|whole|most|mostly|majority|largely|bulk|nearly all|almost all|vast|overwhelming\w*|across the board|universal\w*|100 percent)\b/i,
      against: /\b(?:a few|few|a handful|some|a minority|a small number|a fraction|a small share|several|certain|part of|a portion)\b/i,
    },
    {
      name: 'some or few',
      korean: new RegExp(`${B}(?:일부|몇몇|소수|극소수|일각)(?![가-힣]*(?:러|로서|러))`),
      english: /\b(?:some|few|handful|minority|several|certain|part\w*|portion|fraction|a number of|small number|selected|limited|select)\b/i,
      against: /\b(?:all|every(?:one|body|thing)?|entire|whole|most|majority|nearly all|almost all|vast majority)\b/i,
    },
  ],
  [
    {
      name: 'at least',
      korean: /(?:\d|절반|[명개원세살년월일분시간배곳건%])\s?(?:이상|초과|넘게|넘는|넘어|웃돌)(?![가-힣]*하[다게])|최소(?:한)?\s?\d/,
      english: /\b(?:at least|or more|more than|over|above|exceed\w*|upwards of|in excess of|a minimum of|minimum|or older|and older|and above|or above|and over|or over|and up|plus|beyond|topp?\w*|surpass\w*)\b|\+/i,
      against: /\b(?:at most|or less|or fewer|less than|fewer than|under|below|up to|no more than|a maximum of|or younger|and younger|and under|within)\b/i,
    },
    {
      name: 'at most',
      korean: /(?:\d|절반|[명개원세살년월일분시간배곳건%])\s?(?:이하|미만|이내|밑돌)|최대\s?\d/,
      english: /\b(?:at most|or less|or fewer|less than|fewer than|under|below|up to|no more than|a maximum of|maximum|or younger|and younger|and under|or under|and below|within|short of|max|cap\w*|limit\w*)\b/i,
      against: /\b(?:at least|or more|more than|in excess of|a minimum of|or older|and older|and above|upwards of)\b/i,
    },
  ],
];

// "Only" as a limit on a noun, not "not only", "the only", "only to", "only after" (나서야), "only recently" (최근에야).
const EN_ONLY = /(?<!\b(?:not|the|an?|one of|if|his|her|its|their|our|my|your)\s)\bonly\b(?!\s+(?:to|after|when|if|once|recently|just|now|then|because|in recent|a (?:few|handful|little)))/i;
// Korean words for a limit: 만 (after a noun or particle), 뿐, 밖에, 단, 오직, 유일, 불과, 그쳤다, -야 (나서야).
const KO_ONLY = /[가-힣]만(?![가-힣])|[가-힣]만[이을를은는에의으도]|에만|에서만|으로만|로만|뿐|밖에|(?<![가-힣])단(?=\s)|오직|오로지|유일|단지|겨우|불과|그쳤|그친|그칠|[가-힣]야(?=\s|$)|[0-9]만|만큼|한정|제한|국한|전용/;
// 도 after a noun (어린이도 "children too"): the Korean widens where the English narrows.
const KO_ALSO = /[가-힣]{2,}(?:에게|에서|에)?도(?=\s)/;

const ANY_KOREAN = new RegExp(AXES.flat().map((amount) => amount.korean.source).join('|'));

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      // A paragraph holds many amounts of many things; only a sentence is read.
      if (!isShortSentence(ko)) return;
      // "Only children can take it" for 어린이도 (children too): an "only" the Korean never says narrows the claim.
      const only = /only/i.test(en) ? EN_ONLY.exec(en) : null;
      if (only && !KO_ONLY.test(ko) && KO_ALSO.exec(ko)) {
        context.report({ messageId: 'onlyAdded', data: { english: only[0], korean: KO_ALSO.exec(ko)![0] }, side: 'en', range: [only.index, only.index + only[0].length] });
        return;
      }
      if (!ANY_KOREAN.test(ko)) return;
      for (const axis of AXES) {
        // Both classes (대부분 … 일부), or none: nothing one-sided to compare.
        const inKorean = koreanClass(axis, ko);
        if (!inKorean) continue;
        const { cls: amount, korean } = inKorean;
        if (amount.english.test(en)) continue;
        const english = amount.against.exec(en);
        if (!english || EN_HEDGED_BEFORE.test(en.slice(Math.max(0, english.index - 12), english.index))) continue;
        context.report({
          messageId: 'changed',
          data: { korean: korean[0].trim(), amount: amount.name, english: english[0] },
          side: 'en',
          range: [english.index, english.index + english[0].length],
        });
        return;
      }
    },
  };
}
