// @fileoverview The Korean tells of something done and the English of something to come, or the reverse:
// "공사는 이미 마무리됐다" → "The work will be completed", "발표할 예정이다" → "The government announced".
// Korean tense is read from the last predicate of the text (a past stem 았/었/였/했/됐 … in it), and a Korean text
// with any word that points ahead (겠, -ㄹ 것/예정/계획, -기로, 내일, 오는, 다음, reported speech …) is never
// "done": "내년부터 시행하기로 했다" is rightly "will take effect next year".
// Session 14: a warning by default — on pairs first seen by the code it flagged more good pairs than the bad pairs it
// alone caught (docs/checks/tense-mismatch.md).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isHangulSyllable } from '../segment/chars.js';

export const meta = {
  type: 'warning',
  docs: { description: 'A past event in the Korean is a future one in the English, or a planned one is told as done.' },
  messages: {
    pastToFuture: 'The Korean tells of something done ("{{korean}}") but the English puts it ahead ("{{english}}").',
    futureToPast: 'The Korean tells of something planned ("{{korean}}") but the English tells it as done ("{{english}}").',
  },
} satisfies Check['meta'];

// A syllable with the final consonant ㅆ is a past stem (했, 됐, 었), except 있 ("is") and 겠 (future).
function isPastSyllable(char: string): boolean {
  const code = char.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 20 && char !== '있' && char !== '겠';
}

// A syllable ending in ㄹ before these nouns is the prospective modifier (할 예정, 될 것, 갈 수): a time ahead.
function hasProspective(ko: string): boolean {
  for (const match of ko.matchAll(/([가-힣]) (?:것|거|예정|계획|방침|전망|방안|수|듯|가능성|의향|의사|준비|생각|때|경우|시|필요|만큼)/g)) {
    const code = match[1]!.charCodeAt(0) - 0xac00;
    if (code >= 0 && code % 28 === 8) return true;
  }
  return false;
}

// Words that point ahead, ask, report or bind: with any of them the Korean may rightly read as "will". So do past acts
// that settle something to come (발표했다, 확정됐다, 마련됐다: "the festival will hold screenings"), and a reported clause
// in the present (중단하는 것으로 알려졌다 "reportedly will take a break": only the report is past).
const KO_AHEAD =
  /겠|기로|려고|려는|려면|고자|도록|예정|계획|방침|전망|예상|목표|추진|내일|모레|다음|오는|내년|향후|앞으로|(?<![가-힣])곧|머지않|조만간|추후|이후|부터|까지|[자라]고|달라|해야|필요|약속|다짐|경고|촉구|요구|요청|예고|예보|밝혔|말했|전했|설명|강조|덧붙|주장|다고|다며|다는|라며|라는|는\s?것으로|위해|위한|[가-힣]면(?:\s|,)|는데|지만|도 된|수 있|때까지|["”'’」』]\s?(?:라?고|며|하고)|마련|준비|확정|결정|합의|정했|잡혔|편성|앞두|예약|신청|선정|지정|발표|공개|공고|공지|개편|도입|시행|승인|허가|통과|체결|배정|진출|확보|당선|임명|지명|발탁|선출|뽑혔|자격|출전권/;
const EN_FUTURE =
  /(?<!\b(?:the|political|free|own|good|ill|his|her|their|its|our|my|your|of|a|last)\s)(?<!['’]s\s)\bwill\b(?!\s+(?:of|and|to|was|is|has|had|were|are)\b|[,.])|\bshall\b|\bwon't\b|'ll\b|\b(?:is|are|am) (?:set|going|scheduled|due|slated|poised|about) to\b|\bnext (?:week|month|year)\b|\btomorrow\b|\b(?:plans?|planning|intends?|intending|aims?|aiming|(?:is|are) expected|vows?|vowing|pledges?|pledging) to\b/i;

/** A finding reported of a clause (…ㄴ 것으로 조사됐다/나타났다/집계됐다/분석됐다): only the report is past. */
const KO_FINDING = /것으로\s?(?:조사|나타났|나타나|집계|분석|확인|파악|추산|추정|드러났|밝혀졌|알려졌)/;
// The Korean predicate that says "planned" or "to come" at the end of the text.
const KO_PLANNED_END = /(?:예정|계획|방침|전망)(?:이다|입니다|이라고|이라는|이며|이고)|[가-힣] 것(?:이다|입니다)|겠다|겠습니다|겠어요/;

/** "할 것이다" is ahead; "못했다는 것이다" (the point is that …) is not. */
function plannedEnd(tail: string): RegExpExecArray | null {
  const match = KO_PLANNED_END.exec(tail);
  if (!match || !/ 것/.test(match[0])) return match;
  const code = match[0].charCodeAt(0) - 0xac00;
  return code >= 0 && code % 28 === 8 ? match : null;
}
/** Verbs of knowing, feeling and judging before -겠 (a closed class): 모르겠어요, 좋겠다, 힘들겠네. */
const KO_EPISTEMIC_GET = /(?:모르|알|좋|괜찮|싶|힘들|어렵|맛있|재밌|재미있|배고프|피곤하|죄송하|감사하|반갑|기쁘|슬프|아프|궁금하|부럽|고맙)겠/;
// Anything that keeps an English text from being told as done.
const EN_NOT_DONE =
  /\b(?:will|would|shall|going to|to|set|scheduled|expect\w*|plan\w*|intend\w*|aim\w*|due|upcoming|next|tomorrow|coming|later|may|might|could|should|must|can|likely|prepar\w*|seek\w*|hop\w*|want\w*|propos\w*|forecast\w*|predict\w*|project\w*|outlook|anticipat\w*|poised|slated|vow\w*|pledg\w*|promis\w*|consider\w*|soon|future|ahead|forthcoming|pending|tonight|is|are|am)\b|'ll\b/i;
const EN_PAST = /\b(?:[a-z]{2,}ed|was|were|had|did|said|made|took|held|gave|went|came|began|met|sold|bought|won|lost|left|told|found|brought|built|paid|spent|sent|led|saw|knew|wrote|ran|rose|fell|chose|drew|threw|struck|unveiled)\b(?!['’]t)/i;

/** A Korean predicate in the plain present (담당한다, 먹는다, 투입하는 등) before `end`: ㄴ다/는다 at a clause end, or 는 등. */
function hasPresentPredicate(ko: string, end: number): boolean {
  for (const match of ko.slice(0, end).matchAll(/([가-힣])다(?=[\s.,!?"'”’」]|$)|([가-힣])는 등/g)) {
    const syllable = match[1] ?? match[2]!;
    const code = syllable.charCodeAt(0) - 0xac00;
    if (match[2] !== undefined || syllable === '는' || (code >= 0 && code % 28 === 4)) return true;
  }
  return false;
}

/** The last word of the Korean text, after closing quotes and end marks. */
function lastWord(ko: string): { word: string; index: number } | null {
  let end = ko.length;
  while (end > 0 && !isHangulSyllable(ko.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0 && isHangulSyllable(ko.charCodeAt(start - 1))) start--;
  return { word: ko.slice(start, end), index: start };
}

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      const last = lastWord(ko);
      if (!last) return;
      if ([...last.word].some(isPastSyllable)) {
        // A Korean text with anything that points ahead may rightly read "will".
        if (KO_AHEAD.test(ko) || hasProspective(ko)) return;
        const english = EN_FUTURE.exec(en);
        if (!english) return;
        // 생산은 파운드리가 담당한다. … 적용됐다: a Korean present (which tells of what is to come) besides the past, and an
        // English that keeps a past too, puts the present part ahead rightly.
        if (EN_PAST.test(en) && hasPresentPredicate(ko, last.index)) return;
        // Session 8: 저렴한 것으로 조사됐다 "will cost less, a survey found": the finding is past, what it found need not be.
        if (EN_PAST.test(en) && KO_FINDING.test(ko)) return;
        context.report({ messageId: 'pastToFuture', data: { korean: last.word, english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
        return;
      }
      const planned = plannedEnd(ko.slice(Math.max(0, last.index - 2)));
      if (!planned || EN_NOT_DONE.test(en) || /['’]d\b/.test(en)) return;
      // Session 10: -겠 in a question (끄시겠어요? "turn them off?") or on a verb of knowing or feeling (모르겠어요 "I'm not
      // sure", 좋겠다 "it would be nice") asks or judges; it plans nothing.
      if (/겠/.test(planned[0]) && (/\?\s*["'”’)]*\s*$/.test(ko) || KO_EPISTEMIC_GET.test(last.word))) return;
      const english = EN_PAST.exec(en);
      if (!english) return;
      context.report({ messageId: 'futureToPast', data: { korean: last.word, english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
    },
  };
}
