// @fileoverview The model refused or apologised instead of translating. A Korean sentence that itself
// apologises or refuses ("죄송하지만 도와드릴 수 없습니다") is rightly translated as a refusal.
import type { Check, CheckContext, CheckVisitor } from './types.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English is a refusal or an AI disclaimer instead of a translation.' },
  messages: {
    refusal: 'The English is a refusal, not a translation: "{{text}}".',
    assistant: 'The English speaks as an AI assistant: "{{text}}".',
  },
} satisfies Check['meta'];

const REFUSAL =
  /\b(?:i(?:'m| am) (?:(?:so |very |really |truly )?sorry|afraid(?!\s+(?:to|of|for|(?:that\s+)?(?:I|we)(?:'ll|'d| will| would| have| had| must| need| may| might))\b)|unable|not able)|i apologi[sz]e|sorry, (?:but )?i|i (?:can(?:'|no)t|cannot|won't|will not|must decline|am unable to|'m unable to)\s+(?:to\s+)?(?:help(?!\s+(?:but|it|myself|\w+ing)\b)|assist|translate|provide|comply|do that|fulfil|fulfill|process|complete|continue|generate|create|write|produce|support|engage)|(?:can(?:'|no)t|cannot|unable to) (?:assist|help) with (?:that|this)|this (?:request|content) (?:violates|goes against)|against (?:my|the|our) (?:guidelines|policy|policies|content policy)|i(?:'m| am) not (?:comfortable|permitted|allowed))/i;
const ASSISTANT = /\bas an? (?:ai|artificial intelligence|language model|ai language model|ai assistant)\b|\bi(?:'m| am) (?:just )?an? (?:ai|language model|ai assistant|assistant)\b|\bopenai\b(?=.*\b(?:policy|guidelines)\b)/i;
// A refusal to translate, or a verdict on the text as content: a model's words that no Korean apology accounts for.
// Only a Korean that speaks of translating (번역) or of a request (요청) may be rendered this way.
const MODEL_REFUSAL =
  /\bI\b[^.!?\n]{0,40}?\b(?:can(?:'|no)t|cannot|won't|will not|unable to|not able to|decline to|declining to|rather not|prefer not to|not (?:comfortable|permitted|allowed|going to)|(?:don't|do not) feel comfortable|(?:have|need) to decline|not in a position to|(?:don't|do not) have (?:enough|sufficient) (?:context|information|details))\b[^.!?\n]{0,30}?\b(?:translat\w*|render(?:ing)? (?:this|it|that|the)|provide (?:a|an|the|any) (?:translation|english version|rendering))|\b(?:this|the|such|that) (?:request|content|text|passage|material|message|sentence)\b[^.!?\n]{0,40}?\b(?:violates?|goes against|is against|breaches|conflicts with|cannot be translated|can't be translated|is not something I)|\b(?:translat\w*|content) (?:that|which) (?:may|might|could|would)? ?(?:contain|include|promote|involve|spread|depict|defame|violate)s?\b[^.!?\n]{0,60}?\b(?:rumou?rs?|harm\w*|defamat\w*|private|privacy|personal|sensitive|explicit|illegal|hate|violen\w*|misinformation|unverified)|\b(?:my|our) (?:guidelines|policies|content policy|usage policy)\b/i;
// The model declines to advise (medical, legal, financial) instead of translating; the Korean states a rule ("처방 없이
// 구입할 수 없습니다"), which its own 수 없 does not make a first-person refusal to advise.
const ADVICE_REFUSAL =
  /\bI(?:'m| am)? ?(?:not able|unable|can(?:'|no)t|cannot|am not (?:able|qualified|permitted)|'m not (?:qualified|permitted)|not qualified)\s+(?:to\s+)?(?:give|provide|offer|dispense)\s+(?:\w+\s+){0,2}?(?:medical|legal|financial|investment|tax|health|professional|personal\w*)\s+(?:advice|guidance|opinions?|recommendations?)|\bplease consult (?:a|an|your) (?:qualified |licensed )?(?:healthcare|health care|medical|legal|financial|tax)? ?(?:professional|provider|doctor|physician|pharmacist|lawyer|attorney|advisor|adviser)\b[^.!?]*[.!?]?\s*$/i;
const KOREAN_ADVICE = /조언|자문|상담|문의|권고|도와|도움|죄송|미안|전문가|의사와|약사와|변호사와/;
// Session 16: and sympathy, which English says with "I'm so sorry" too (많이 당황하셨겠어요, 속상하셨겠네요, 고인의 명복을).
const KOREAN_APOLOGY = /죄송|미안|송구|유감|양해|사과|할 수 없|수 없|못 하|못하|어렵|어려[울운워웠]|불가|거절|거부|곤란|당황|속상|안타깝|안타까|불편|저런|어떡|어쩌나|힘드셨|고생하셨|명복|애도|위로/;
const KOREAN_AI = /AI|인공지능|언어 ?모델|챗봇|어시스턴트|비서|GPT/i;
// Session 15: the model answers the writer as a listener instead of translating ("If you'd like to talk about how you're
// feeling, I'm here to listen."), unless the Korean itself offers to listen or help.
const LISTENER = /\bI(?:'m| am) (?:always |just )?here (?:to (?:listen|help|talk|support you)|for you)\b|\bif you(?:'d| would) like to talk (?:about|it)\b/i;
const KOREAN_LISTENER = /들어|듣|곁|여기|도와|도움|함께|얘기|이야기|말해|털어/;
// Session 15: a refusal of "that request" is the model's whatever apology the Korean makes, unless the Korean speaks of a
// request ("죄송하지만 해당 주문 건은 취소가 불가합니다" is no request to refuse).
const REQUEST_REFUSAL = /\b(?:can(?:'|no)t|cannot|unable to|not able to)\s+(?:help|assist)(?:\s+you)?\s+with\s+(?:that|this|your|the)\s+request\b/i;
const KOREAN_REQUEST = /요청|부탁|요구|청탁|주문하신 (?:사항|내용)/;

// The model talks to the user about the input instead of translating it: "The text you provided seems incomplete."
const ASKS_FOR_TEXT =
  /\b(?:the|this|your) (?:text|sentence|passage|input|content|message|source) (?:you(?:'ve| have)? (?:provided|gave|sent|shared|pasted|entered|submitted)|(?:seems|appears) (?:to be )?(?:incomplete|cut off|truncated|empty|garbled|unclear))|\b(?:could|can|would) you (?:please )?(?:provide|share|give me|send|paste|clarify)\b[^.?!]{0,40}\b(?:text|sentence|context|full|complete|rest|translat\w*|conversation|more details|more information)\b/i;

// A refusal's verb and the Korean words that say it: a Korean whose only negative is a rule's 수 없다 ("you cannot vote
// without an ID") accounts for "I can't help" only if it speaks of helping.
const REFUSAL_VERBS: [RegExp, RegExp][] = [
  [/\b(?:help|assist|support)\b/i, /돕|도와|도움|지원|보조|거들/],
  [/\btranslat/i, /번역|통역/],
  [/\b(?:provide|produce|generate|create|write)\b/i, /제공|드리|드릴|작성|만들|생성|써|쓰/],
  [/\b(?:comply|fulfil|fulfill|process|complete|do that)\b/i, /요청|요구|부탁|응하|응할|응해|따르|따를|따라|처리|완료|수행|이행|해 ?드리/],
  [/\bcontinue\b/i, /계속|이어/],
  [/\bengage\b/i, /참여|관여|응하/],
];
const KOREAN_REFUSAL_PROPER = /죄송|미안|송구|유감|양해|사과|거절|거부|곤란/;

/** The Korean's only negative is a rule (수 없다, 못하다, 어렵다, 불가) and says nothing of the refusal's act. */
function ruleOnly(ko: string, refusal: string): boolean {
  if (KOREAN_REFUSAL_PROPER.test(ko)) return false;
  const verb = REFUSAL_VERBS.find(([english]) => english.test(refusal));
  return verb !== undefined && !verb[1].test(ko);
}

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      const assistant = ASSISTANT.exec(en);
      if (assistant && !KOREAN_AI.test(ko)) {
        context.report({ messageId: 'assistant', data: { text: assistant[0] }, side: 'en', range: [assistant.index, assistant.index + assistant[0].length] });
        return;
      }
      const listener = LISTENER.exec(en);
      if (listener && !KOREAN_LISTENER.test(ko)) {
        context.report({ messageId: 'assistant', data: { text: listener[0] }, side: 'en', range: [listener.index, listener.index + listener[0].length] });
        return;
      }
      const asking = ASKS_FOR_TEXT.exec(en);
      if (asking && !/주신|보내신|제공하신|입력하신|주시겠|주실|당신|너는|네가/.test(ko)) {
        context.report({ messageId: 'assistant', data: { text: asking[0] }, side: 'en', range: [asking.index, asking.index + asking[0].length] });
        return;
      }
      const model = MODEL_REFUSAL.exec(en);
      if (model && !/번역|요청|지침|정책/.test(ko)) {
        context.report({ messageId: 'refusal', data: { text: model[0] }, side: 'en', range: [model.index, model.index + model[0].length] });
        return;
      }
      const advice = ADVICE_REFUSAL.exec(en);
      if (advice && !KOREAN_ADVICE.test(ko)) {
        context.report({ messageId: 'refusal', data: { text: advice[0] }, side: 'en', range: [advice.index, advice.index + advice[0].length] });
        return;
      }
      const request = REQUEST_REFUSAL.exec(en);
      if (request && !KOREAN_REQUEST.test(ko)) {
        context.report({ messageId: 'refusal', data: { text: request[0] }, side: 'en', range: [request.index, request.index + request[0].length] });
        return;
      }
      const refusal = REFUSAL.exec(en);
      // The Korean says the same thing: a faithful translation of an apology or refusal.
      if (!refusal || (KOREAN_APOLOGY.test(ko) && !ruleOnly(ko, en.slice(refusal.index, refusal.index + 60)))) return;
      context.report({ messageId: 'refusal', data: { text: refusal[0] }, side: 'en', range: [refusal.index, refusal.index + refusal[0].length] });
    },
  };
}
