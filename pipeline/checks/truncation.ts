// @fileoverview The English stops early: it ends mid-sentence where the Korean ends a sentence, or leaves a
// quote or bracket open that the Korean closes.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { EN_SENTENCE_END, ENGLISH_FUNCTION_WORDS, HANGUL, KO_SENTENCE_END, comparable } from '../validate/text.js';
import { isLexiconEnglishWord } from '../validate/lexicon.js';
import { beginsEnglishWord, isEnglishWord } from '../validate/english-words.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English is cut off: no sentence end, a dangling word, or an unclosed quote or bracket.' },
  messages: {
    dangling: 'The English stops on "{{word}}", mid-sentence; the Korean is a complete sentence.',
    noEnd: 'The English ends without final punctuation ("…{{tail}}") while the Korean ends a sentence.',
    midWord: 'The English stops mid-word on "{{word}}".',
    ellipsis: 'The English trails off with "{{tail}}", which the Korean does not.',
    unbalanced: 'The English opens {{open}} without closing it; the Korean is balanced.',
  },
} satisfies Check['meta'];

// Words an English sentence cannot end on.
const DANGLING = new Set(
  'the a an of to in on at by for from with and or but nor as than that which who whom whose whether if because although though while when where its his her their our my your this these those is are was were be been being has have had will would can could should may might must not very more most such into onto over under about between among including like'.split(' '),
);
// Emoticons close a chat message and hold brackets that open nothing: ":(", ":-)", ";)", "T_T", "^^".
const EMOTICON = /(?<=^|\s)(?:[:;=][-'’^]?[()[\]DPpOo3|\/\\]{1,3}|[(]?(?:T_T|ㅠ_ㅠ|\^_?\^|-_-;*|>_<)[)]?)(?=\s|$)/g;
/** A short headline with a lead before a colon ("Three months in: a junior developer looks back"). */
const EN_HEADLINE = /^[^:.!?]{2,40}:\s+[^:.!?]{2,80}$/;
/**
 * Session 14: a news headline's future, a name then "to" and a verb, with no article and no comma ("BTS's Jin to hold
 * first fan meeting since discharge"), ends nothing.
 */
const EN_HEADLINE_FUTURE = /^(?!(?:I|We|You|They|He|She|It|This|That|There|Please)\s)(?:[A-Z0-9][\w'’.&-]*\s){1,5}to\s[a-z]+\b[^,.!?;:]*$/;
const EN_ARTICLE = /\b(?:the|a|an)\b/i;
const PAIRS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
  ['{', '}'],
];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // Markdown around the text is llm-artifact's finding; judge the text inside it.
      const marked = stripTrailingMarkup(en);
      const text = marked.replace(EMOTICON, (emoticon) => ' '.repeat(emoticon.length));
      // A message that ends on an emoticon has ended.
      const endsOnEmoticon = text.trimEnd().length < marked.length;
      // No words at all is empty-translation's finding; the Korean copied back is identical-to-source's.
      if (!/[\p{L}\p{N}]/u.test(text) || (HANGUL.test(en) && comparable(ko) === comparable(en))) return;
      for (const [open, close] of PAIRS) {
        if (!text.includes(open)) continue;
        const enOpen = balance(text, open, close);
        if (enOpen > 0 && balance(ko, open, close) <= 0 && balance(ko, '「', '」') <= 0 && balance(ko, '‘', '’') <= 0) {
          const at = text.lastIndexOf(open);
          context.report({ messageId: 'unbalanced', data: { open }, side: 'en', range: [at, at + 1] });
          return;
        }
      }
      const straight = (text.match(/"/g) ?? []).length;
      const koQuotes = (ko.match(/["“”「」『』]/g) ?? []).length;
      if (straight % 2 === 1 && koQuotes % 2 === 0) {
        const at = text.lastIndexOf('"');
        context.report({ messageId: 'unbalanced', data: { open: '"' }, side: 'en', range: [at, at + 1] });
        return;
      }
      const cut = EN_LAST_WORD.exec(text);
      if (cut && !endsOnEmoticon && !EN_SENTENCE_END.test(text) && cutShort(cut[1]!)) {
        context.report({ messageId: 'midWord', data: { word: cut[1]! }, side: 'en', range: [cut.index, text.length] });
        return;
      }
      // A headline or label without a sentence end may be rendered without one too; so may a line ending on a date's
      // dot (공사 기간: 2025. 3. 4.~2025. 8. 29.).
      if (!KO_SENTENCE_END.test(ko.trim()) || /\d\.\s*$/.test(ko.trim())) return;
      if (/(?:\.\.\.|…)["”’)]*$/.test(text) && !/(?:\.\.\.|…|⋯|중략)/.test(ko)) {
        context.report({ messageId: 'ellipsis', data: { tail: text.slice(-12) }, side: 'en', range: [Math.max(0, text.length - 3), text.length] });
        return;
      }
      if (endsOnEmoticon || EN_SENTENCE_END.test(text)) return;
      const lastWord = /([A-Za-z]+)[^A-Za-z]*$/.exec(text);
      const start = lastWord ? lastWord.index : text.length;
      if (lastWord && DANGLING.has(lastWord[1]!.toLowerCase())) {
        context.report({ messageId: 'dangling', data: { word: lastWord[1]! }, side: 'en', range: [start, text.length] });
        return;
      }
      // Session 12: a headline made of the sentence ("Three months in: a junior developer looks back") ends nothing.
      if (EN_HEADLINE.test(text) && lastWord && (isLexiconEnglishWord(lastWord[1]!) || ENGLISH_FUNCTION_WORDS.has(lastWord[1]!.toLowerCase()))) return;
      if (EN_HEADLINE_FUTURE.test(text) && !EN_ARTICLE.test(text)) return;
      context.report({ messageId: 'noEnd', data: { tail: text.slice(-20) }, side: 'en', range: [start, text.length] });
    },
  };
}

// Session 15: the last word of a text without a sentence end, in lower case, after a space and not after a figure (a
// unit: "20 min", "3 km") or inside an address, a handle or a file name.
const EN_LAST_WORD = /(?<=(?:^|[^\d\s])\s+|^)([a-z]+)$/;
// Chat words and abbreviations the word list lacks, which a longer word may begin with (lol → lollipop).
const CHAT_WORDS = new Set('lol lmao lmfao rofl omg omfg btw tbh imo imho idk idc ikr smh fyi asap pls plz thx ty np jk rn ngl irl fr bc cuz tho gonna wanna gotta kinda sorta yeah yep yup nope ok okay xoxo hehe haha hahaha lmk brb ttyl ily bff dm pm am etc vs min mins sec secs hr hrs'.split(' '));

/**
 * The word is cut short: not a word of the list, the lexicon or the function words, but the start of a longer word
 * ("reserv", "imm", "certifica", a lone "o").
 */
function cutShort(word: string): boolean {
  if (CHAT_WORDS.has(word) || /^[ai]$/.test(word) || ENGLISH_FUNCTION_WORDS.has(word) || isLexiconEnglishWord(word)) return false;
  return !isEnglishWord(word) && beginsEnglishWord(word);
}

/** The text without trailing spaces and markdown marks (a loop, not `/[\s*]+$/`, which is quadratic on long runs). */
function stripTrailingMarkup(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s`*_]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Opens minus closes; for a symmetric quote, its count modulo 2. */
function balance(text: string, open: string, close: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === open) depth++;
    else if (char === close) depth--;
  }
  return depth;
}
