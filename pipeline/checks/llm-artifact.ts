// @fileoverview Text the model wrapped around its translation: a preamble ("Here is the translation:"),
// a translator's note, a markdown fence, quotes around the whole sentence, an echo of the source label.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { englishSentences } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English carries model chatter: preamble, note, markdown fence or wrapping quotes.' },
  messages: {
    preamble: 'The English starts with model chatter: "{{text}}".',
    postamble: 'The English ends with model chatter: "{{text}}".',
    note: 'The English carries a note that is not in the Korean: "{{text}}".',
    fence: 'The English contains markdown formatting ("{{text}}") that the Korean does not have.',
    quotes: 'The English is wrapped in quotes that the Korean does not have.',
    label: 'The English has a label "{{text}}" that is not part of the translation.',
  },
} satisfies Check['meta'];

const PREAMBLE =
  /^\s*(?:(?:sure|certainly|of course|okay|ok|absolutely|no problem)\b[^.!?\n]{0,40}[,.!:]\s*)?(?:here(?:'s| is| are)\s+(?:the|your|my|an?)\s+(?:\w+\s+){0,3}(?:translation|translated|version|rendering|english)\b[^\n:]{0,40}[:.]?|here (?:you go|it is)\s*[:!.]|(?:the\s+)?(?:english\s+)?translation(?:\s+(?:is|would be|reads))?\s*:|(?:below|following) is\b[^\n]{0,40}translation[^\n]{0,20}:?|translated(?:\s+text)?\s*:|in english\s*[:,]|i(?:'ve| have) translated\b[^\n]{0,60}[:.])/i;
// A lead-in sentence that talks about the translation and hands it over with a colon or a dash: "The English
// translation is as follows:", "Translated into English, it reads:", "This translates to:", "Here's how I'd put it:".
const LEAD_IN =
  /^\s*(?:[^\n:.!?]{0,60}\b(?:translat\w*|in english|into english|english (?:version|text|sentence|rendering|equivalent)|rendering|rendered as|as follows|reads as)\b[^\n:.!?]{0,40}\s*:|[^\n:.!?]{0,60}\btranslat\w*\b[^\n:.!?]{0,40}\s(?:—|–|--?)(?=\s)|(?:the )?(?:korean|original|source)(?: \w+){0,2} (?:says|reads|means|states)\s*:|(?:this|it) (?:means|says|reads)\s*:|(?:below|following|here) (?:is|are|you'll find)\b[^\n.!?:]{0,40}\btranslat\w*[^\n.!?:]{0,30}[.:]|[^\n.!?:"“]{0,60}\btranslat\w*[^\n.!?:"“]{0,30}\b(?:is|would be|reads|becomes|goes)\s*(?=["“]))\s*/i;
const POSTAMBLE =
  /(?:^|[.!?)\]]\s+|\n)[(\[]?((?:the )?translation (?:is )?(?:complete[d]?|done|finished|ends here)|end of (?:the )?translation|(?:i )?hope (?:this|that) helps|this (?:is|was) the (?:english )?translation|translated (?:from|by) [^.\n\]]{0,30})[.!)\]]*\s*$/i;
const CHATTY_OPENING = /^\s*(?:sure|certainly|of course|absolutely)(?:[,!.]|\s+thing)\s/i;
const NOTE =
  /(?:^|\n|\(|\[|\*|\s)(?:translator'?s? note|translation note|note|t\/n|n\.b\.|nb|explanation|literally|lit\.|context)\s*[:：-]|\((?:note|literally|lit\.)[^)]*\)|[\[(]\s*(?:alternative(?:ly)?|alt\.|or|another (?:option|version|way)|other options?|options?|variant)\s*[:：-]|\bthis (?:sentence |phrase |word |term |expression )?(?:translates|can be translated|is translated)\b|\bthis (?:sentence|phrase|word|term|expression) means\b|\b(?:i|we) (?:translated|rendered|kept|chose)\b[^.]*\b(?:as|to)\b|\b(?:I|I've|I have)\s+(?:kept|translated|rendered|chose|preserved|maintained|adapted|omitted|added)\s+(?:the|a|an|this|it|some|its)\b|\blet me know if\b|\bhope this helps\b|\bI hope (?:this|that|the|my) (?:translation|version|rendering|helps|is helpful|meets)|\b(?:feel free to|don't hesitate to) (?:ask|let me know|reach out)\b|\b(?:alternative(?:ly)?|another) (?:translation|rendering)\b|\(alternatively\b|(?:^|\s)alternatively\s*:|\bis there anything else\b|\banything else (?:I|you'd like me to)\b|\bwould you like (?:me to|a (?:more|different|another)|another)\b|\bif you (?:need|want|would like|'d like)(?: any| a)? (?:further|more|other|another|a different|different|additional) (?:help|assistance|translations?|changes|adjustments|revisions|versions?|edits)\b|\b(?:happy|glad) to (?:help|assist)\b|\b(?:I can|I could) (?:also )?(?:adjust|revise|rephrase|make it (?:more|less|shorter|longer|sound|simpler|formal|casual|polite))\b/i;
// Fences, headings, bold, and inline markdown: `code`, *emphasis*, _emphasis_.
/** A list or note mark before the Korean's line (-, •, ※, ▶, 1., 가.). */
const KO_LINE_MARK = /^\s*(?:[-*+•·ㆍ○●◎◦▶▷►▲△■□◆◇※→>ㅇ-]|\d{1,2}[.)]|[가-하][.)])/;
const FENCE = /```|^\s{0,3}#{1,6}\s|^\s{0,3}>\s|\*\*[^*\n]+\*\*|__[^_\n]+__|(?<![\w`])`[^`\n]{1,60}`(?![\w`])|(?<![\w*])\*[^*\s](?:[^*\n]{0,60}[^*\s])?\*(?![\w*])|(?<![\w_])_[^_\s](?:[^_\n]{0,60}[^_\s])?_(?![\w_])|!?\[[^\]\n]{1,120}\]\((?:https?:|www\.|mailto:|\/|#|\.)[^)\s]*\)|\[[^\]\n]{1,120}\]\[[^\]\n]{0,20}\]|\[\^\w+\]|<(?:https?:\/\/)[^>\s]+>|<\/?(?:b|i|u|em|strong|br|p|span|code|pre|mark|sup|sub|ul|ol|li|h[1-6]|div|a(?=\s))(?:\s[^<>]{0,80})?\/?>|^\s{0,3}(?:[*+•-]|\d{1,2}[.)])\s+\S(?=[^\n]*\n\s{0,3}(?:[*+•-]|\d{1,2}[.)])\s)|^\s{0,3}[*+•]\s+\S|^\s*\|[^\n]*\|\s*$|^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$|~~[^~\n]+~~/m;
const LABEL = /^\s*(?:english|en|eng|translation|target|output|answer|response|korean|ko|original)\s*[:：]/i;
const WRAP_QUOTES: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
  ['「', '」'],
];

const KO_HANDS_OVER_VERSION = /(?:최종|수정|완성|영문|요약)(?:본|안|판|버전)|버전|(?:공유|전달|첨부|보내)(?:드립|드려|합니|해 드|했습니다)/;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      const preamble = PREAMBLE.exec(en);
      // Session 16: the Korean hands over a version of its own (최종본 공유드립니다 "Here's the final version of the slides").
      if (preamble && !/번역|translat/i.test(ko) && !KO_HANDS_OVER_VERSION.test(ko)) {
        context.report({ messageId: 'preamble', data: { text: preamble[0].trim() }, side: 'en', range: [preamble.index, preamble.index + preamble[0].length] });
        return;
      }
      const leadIn = LEAD_IN.exec(en);
      // The Korean hands something over the same way ("다음과 같다:", "영어로는:") or talks of translation itself.
      if (leadIn && leadIn[0].trim().length < en.trim().length && !/번역|영어|영문|다음과 같|아래와 같|[:：]/.test(ko)) {
        context.report({ messageId: 'preamble', data: { text: leadIn[0].trim() }, side: 'en', range: [leadIn.index, leadIn.index + leadIn[0].length] });
        return;
      }
      const postamble = POSTAMBLE.exec(en);
      if (postamble && !/번역/.test(ko)) {
        const start = postamble.index + postamble[0].indexOf(postamble[1]!);
        context.report({ messageId: 'postamble', data: { text: postamble[1]! }, side: 'en', range: [start, start + postamble[1]!.length] });
        return;
      }
      const chatty = CHATTY_OPENING.exec(en);
      // `물론이죠, …` is rightly "Of course, …", and `확실히 …` "Certainly, …".
      if (chatty && !/^\s*["“]?\s*(?:물론|그럼|당연|네|좋아|알겠|그래|확실히|분명|틀림없|확실)/.test(ko)) {
        context.report({ messageId: 'preamble', data: { text: chatty[0].trim() }, side: 'en', range: [chatty.index, chatty.index + chatty[0].length] });
        return;
      }
      const label = LABEL.exec(en);
      if (label && !/^\s*(?:영어|번역|답|원문|출력|korean|english)\s*[:：]/i.test(ko)) {
        context.report({ messageId: 'label', data: { text: label[0].trim() }, side: 'en', range: [label.index, label.index + label[0].length] });
        return;
      }
      const note = offeredByKorean(ko, en) ? null : (NOTE.exec(en) ?? closingRemark(en) ?? REMARK.exec(en) ?? addedParagraph(ko, en));
      // The Korean may carry its own note: 참고, 주, ※, 註. A note that quotes the Korean's own words is the model's all the same.
      if (note && (!/참고|주[:：)]|※|註|비고|직역|(?<![가-힣])(?:의미|뜻(?!밖)|유의|주의)|번역|알아두|기억하|원문|어조|(?<![가-힣])(?:나|저|내가|제가|우리)(?![가-힣])/.test(ko) || quotesKorean(ko, en.slice(note.index)))) {
        const start = note.index;
        context.report({ messageId: 'note', data: { text: en.slice(start, start + 40).trim() }, side: 'en', range: [start, Math.min(en.length, start + 40)] });
        return;
      }
      const fence = FENCE.exec(en);
      // Session 12: a bullet that renders the Korean's own mark before the line (※ 모니터 … → "* Colors …").
      if (fence && !FENCE.test(ko) && !(/^\s{0,3}[*+•]\s/.test(fence[0]) && KO_LINE_MARK.test(ko))) {
        context.report({ messageId: 'fence', data: { text: fence[0].trim() }, side: 'en', range: [fence.index, fence.index + fence[0].length] });
        return;
      }
      // A list dash the model put before a sentence the Korean gives without any list mark.
      const dash = /^\s{0,3}-\s+(?=[A-Z"“])/.exec(en);
      if (dash && !KO_LINE_MARK.test(ko)) {
        context.report({ messageId: 'fence', data: { text: '-' }, side: 'en', range: [dash.index, dash.index + dash[0].length] });
        return;
      }
      if (wrapped(en) && !wrapped(ko)) context.report({ messageId: 'quotes', side: 'en', range: [0, en.length] });
    },
  };
}

/** An offer of help or contact ("Feel free to reach out anytime if you need help.") is model chatter unless the Korean
 * makes the same offer (도움이 필요하시면 언제든지 연락 주세요) and the English is that one sentence alone. */
const OFFER = /\b(?:feel free|don't hesitate|do not hesitate|let (?:me|us) know|happy to|glad to|if you (?:need|want|would like|'d like)|would you like (?:me|us) to)\b/i;
// Session 13: also an offer to do something (사진 찍어 드릴까요? "Would you like me to …") and a request for comments
// (검토 부탁드립니다 "Let me know if you have any comments").
const KOREAN_OFFER = /연락|문의|언제든|궁금|도움|도와|말씀해|알려\s?(?:주|줘|줄)|편하게|부담\s?없이|필요하시면|필요하면|필요한 (?:게|것이|점이)|드릴까요|드릴게요|줄까요|할까요|검토\s?(?:부탁|바랍|해\s?주)|의견\s?(?:부탁|주|바랍)|피드백/;
/** The offer is the Korean's: its last sentence makes it, and the English has as many sentences as the Korean. */
function offeredByKorean(ko: string, en: string): boolean {
  if (!OFFER.test(en)) return false;
  const korean = ko.trim().split(/(?<=[.!?。])\s+/);
  return KOREAN_OFFER.test(korean.at(-1)!) && englishSentences(en).length === korean.length;
}

// Session 15: a remark on the rendering's tone or on what the model added ("— informal, casual tone.", "[approximately
// $75,000 — conversion added for reference]").
const REMARK = /(?:[—–([]|\s--?)\s*(?:(?:a|an|the|in an?)\s+)?(?:(?:informal|formal|casual|polite|colloquial|neutral|literal|honorific)(?:,\s*(?:informal|formal|casual|polite|colloquial|neutral))? (?:tone|register|style|translation|rendering)\b(?=[^.!?]*[.!?)\]]?\s*$)|\b(?:(?:conversion|note|context|explanation) added\b|added for (?:reference|clarity|context)\b))/i;
/** Korean words of two syllables or more that the Korean has, quoted inside the English ("정기 휴무" literally means …). */
function quotesKorean(ko: string, text: string): boolean {
  return (text.match(/[가-힣]{2,}/g) ?? []).some((word) => ko.includes(word));
}
// Words of a comment on the translation.
const EN_TRANSLATION_TALK = /\b(?:translat\w*|literal(?:ly)?|implicit(?:ly)?|render(?:ed|ing)?|nuance|tone|register|idiom\w*|original|omitted|left out)\b/i;
/**
 * Session 15: a paragraph the English adds after a blank line, the Korean having none, that talks about the translation
 * or quotes the Korean ("I left "이날" ("that day") implicit, as is common in English news style.").
 */
function addedParagraph(ko: string, en: string): RegExpExecArray | null {
  const breaks = [...en.matchAll(/\n\s*\n/g)];
  if (breaks.length === 0 || /\n\s*\n/.test(ko.trim())) return null;
  const last = breaks.at(-1)!;
  const paragraph = en.slice(last.index + last[0].length);
  if (!EN_TRANSLATION_TALK.test(paragraph) && !quotesKorean(ko, paragraph)) return null;
  const found = /\S/.exec(paragraph) as RegExpExecArray | null;
  if (found) found.index += last.index + last[0].length;
  return found;
}

/** A closing parenthesis about the translation itself: "(I kept the formal tone of the original.)". */
function closingRemark(en: string): RegExpExecArray | null {
  const trimmed = en.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('(');
  if (open < 0) return null;
  const remark = /\((?=[^)]*\b(?:original|source text|translation|translated|literal(?:ly)?|nuance|tone)\b)[^)]*\)$/i.exec(trimmed.slice(open));
  if (remark) remark.index = open;
  return remark;
}

/** The whole text sits inside one pair of quotes, with no quote inside it. */
function wrapped(text: string): boolean {
  const trimmed = text.trim();
  for (const [open, close] of WRAP_QUOTES) {
    if (trimmed.length > 2 && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      const inner = trimmed.slice(1, -1);
      if (!inner.includes(open) && !inner.includes(close)) return true;
      // An apostrophe inside 'single quotes' is still one wrapped sentence.
      if (open === "'" && !/(?:^|\s)'|'(?:\s|$)/.test(inner)) return true;
    }
  }
  return false;
}
