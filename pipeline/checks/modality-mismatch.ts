// @fileoverview The Korean says a thing must be done and the English that it may be (해야 한다 → "may"), or the
// Korean that it may be and the English that it must (할 수 있다 → "must"). Prohibitions (할 수 없다 → "may") are
// the negation check's. Only a one-sentence Korean text with one kind of modal is compared, and only an English text
// with the other kind and none of the Korean kind is flagged.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isShortSentence } from './axes.js';

export const meta = {
  type: 'error',
  docs: { description: 'A duty in the Korean is a mere option in the English (must → may), or the reverse.' },
  messages: {
    mustToMay: 'The Korean says it must be done ("{{korean}}") but the English makes it optional ("{{english}}").',
    mayToMust: 'The Korean says it may be done ("{{korean}}") but the English makes it a duty ("{{english}}").',
    mayToFact: 'The Korean says it may happen ("{{korean}}") but the English says it has happened ("{{english}}").',
    mayToMustNot: 'The Korean says it is allowed ("{{korean}}") but the English forbids it ("{{english}}").',
  },
} satisfies Check['meta'];

const KO_MUST = /[아어여해워와려져쳐켜겨셔써봐줘펴]야\s?(?:한다|합니다|하며|하고|하는|했다|할|해요|된다|됩니다)|(?<![가-힣])반드시|의무(?:적|화)?|필수/;
const KO_MAY = /[을ㄹ가-힣] 수 있(?:다|습니다|으며|고|어요|는|으니|으므로|어서|지만|는데|을|음)|[아어여해셔와워]도 (?:된다|됩니다|돼요|괜찮|좋다|무방)|허용(?:된다|했다|하기로)|가능하다|가능합니다/;
// 없이 (without) leaves the permission standing: 예약 없이 방문해도 된다.
const KO_NEGATED = /않|못|없(?!이)|안 된|말아|금지|불가|아니|아닌|아님|아닙|아냐/;
const EN_MUST = /\b(?:must|ha(?:ve|s|d) to|need(?:s|ed)? to|required|requires?|obliged|obligat\w*|mandatory|compulsory|should|shall|necessary|essential|make sure|ensure|only if|needs)\b/i;
const EN_MAY = /\b(?:may|can|could|might|optional\w*|allowed|permitted|free to|able to|possible|eligible|option|choose|if they (?:wish|want)|voluntar\w*)\b/i;
// "do not have to", "need not": the English denies the duty; the negation check reads that.
const EN_MAY_STRICT = /\b(?:may|might|optional\w*|free to|if they (?:wish|want)|voluntar\w*|(?:is|are) allowed to|(?:is|are) permitted to)\b/i;
const EN_MUST_STRICT = /\b(?:must|ha(?:ve|s) to|(?:is|are) required to|(?:is|are) obliged to|mandatory|compulsory)\b/i;

// Session 10: a permission (-어도 된다/괜찮다, 허용) against an English prohibition ("should not", "do not"): the
// polarity of the modal itself is flipped, anchored on both sides.
const KO_PERMISSION = /[아어여해셔와워]도\s?(?:된다|됩니다|돼요|돼|되|괜찮|좋|무방)|허용(?:된다|됩니다|했다|하기로)/;
const EN_PROHIBITION = /\b(?:should not|shouldn['’]t|must not|mustn['’]t|do not|don['’]t|never|(?:is|are) not (?:allowed|permitted)|(?:is|are) (?:prohibited|forbidden|banned)|avoid\w*)\b/i;
const KO_ONLY_SOME = /(?:이상|이하|이내|미만|초과|회원|성인|본인|[가-힣]{1,4}자)만\s|에\s?한(?:해|하여)\s/;
const EN_DUTY_DENIED = /\b(?:(?:is|are|was|were|be) not (?:required|mandatory|compulsory|necessary|obligatory|needed)|(?:do|does|did) not (?:have|need) to|(?:don['’]t|doesn['’]t|didn['’]t) (?:have|need) to|need not|needn['’]t|no need to|(?:not|no longer) required|optional)\b/i;
const EN_NEED_NOT = /\b(?:do not|don['’]t|does not|doesn['’]t) (?:have|need) to\b|\bneed not\b|\bno need\b|\b(?:do not|don['’]t) worry\b|\bdon['’]t hesitate\b/i;

const EN_EPISTEMIC_MAY = /\b(?:think|believe|suspect|fear|feel|worry|know|if|whether)\s+(?:that\s+)?(?:you|they|he|she|it|we|I|there)\s+may\b|\bmay (?:have (?:been|had|caught|taken|eaten)|be (?:pregnant|infected|allergic|ill|sick|at risk))\b/gi;
const KO_STRICT = /(?<![가-힣])(?:반드시|꼭|필수|의무)/;
const EN_SOFT = /\b(?:can(?!'t|’t| ?not| only)|could(?!n't|n’t| not| only)|(?:is|are) (?:recommended|advised|encouraged|suggested)|(?:we|it is) (?:recommend|advise|suggest)\w*|it is (?:best|a good idea))\b/i;
const EN_DONE = /\b(?:has|have|had) been \w+(?:ed|en|t)\b|\b(?:was|were) (?:\w+ly )?\w+(?:ed|en)\b/i;
const EN_UNSURE = /\b(?:will|would|likely|possibl\w*|potential\w*|risk\w*|chance|if|unless|when|could|might)\b/i;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim() || isCopy(ko, en)) return;
      if (!isShortSentence(ko) || KO_NEGATED.test(ko)) return;
      const must = KO_MUST.exec(ko);
      const may = KO_MAY.exec(ko);
      // Both (해야 하지만 … 할 수 있다), or neither: nothing one-sided to compare.
      if (Boolean(must) === Boolean(may)) return;
      if (must) {
        // Session 15: the duty denied ("a leash is not required", "you don't have to book") is no duty.
        const denied = EN_DUTY_DENIED.exec(en);
        if (denied && !EN_MUST_STRICT.test(en.replace(EN_DUTY_DENIED, ''))) {
          context.report({ messageId: 'mustToMay', data: { korean: must[0], english: denied[0] }, side: 'en', range: [denied.index, denied.index + denied[0].length] });
          return;
        }
        // 반드시/꼭 …해야: a bare "can" or a recommendation is an option too.
        // Session 8: "if you think you may be (pregnant)", "may have": a guess about a fact, not a permission.
        const plain = en.replace(EN_EPISTEMIC_MAY, (phrase) => '_'.repeat(phrase.length));
        const english = EN_MAY_STRICT.exec(plain) ?? (KO_STRICT.test(ko) && !/\bonly\b|(?<!\bwith or )\bwithout\b|\bunless\b/i.test(en) ? EN_SOFT.exec(plain) : null);
        if (!english || EN_MUST.test(en)) return;
        context.report({ messageId: 'mustToMay', data: { korean: must[0], english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
        return;
      }
      const permission = KO_PERMISSION.exec(ko);
      const prohibition = permission && !EN_NEED_NOT.test(en) && !EN_MAY.test(en) ? EN_PROHIBITION.exec(en) : null;
      if (permission && prohibition) {
        context.report({ messageId: 'mayToMustNot', data: { korean: permission[0], english: prohibition[0] }, side: 'en', range: [prohibition.index, prohibition.index + prohibition[0].length] });
        return;
      }
      // 취소될 수 있다 ("may be canceled") told as done: "has been canceled".
      const done = EN_DONE.exec(en);
      if (done && /[될질] 수 있/.test(may![0] + ko.slice(may!.index - 1, may!.index + 1)) && !EN_MAY.test(en) && !EN_UNSURE.test(en)) {
        context.report({ messageId: 'mayToFact', data: { korean: may![0], english: done[0] }, side: 'en', range: [done.index, done.index + done[0].length] });
        return;
      }
      // Session 15: a permission limited to some (만 14세 이상만 가입할 수 있다) is a condition English says with "must".
      if (KO_ONLY_SOME.test(ko)) return;
      const english = EN_MUST_STRICT.exec(en);
      // Session 16: a duty denied ("do not have to worry", "no one has to") is none.
      if (!english || EN_MAY.test(en) || /(?:\b(?:not|never|no longer|no one|nobody|none)|n['’]t)\b[^.,;!?]{0,24}$/i.test(en.slice(Math.max(0, english.index - 40), english.index))) return;
      context.report({ messageId: 'mayToMust', data: { korean: may![0], english: english[0] }, side: 'en', range: [english.index, english.index + english[0].length] });
    },
  };
}
