// @fileoverview Hangul left in the English. A name or term given in parentheses after its English,
// `Lee Jae-myung (이재명)` or `jeong (정, affection)`, is allowed.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HANGUL, HANGUL_RUN, comparable } from '../validate/text.js';
import { romanize, skeleton } from '../validate/names.js';
import { koreanTerms } from '../validate/lexicon.js';

export const meta = {
  type: 'error',
  docs: { description: 'Korean text is left in the English, outside a parenthesised gloss.' },
  messages: {
    hangul: 'Korean left untranslated in the English: "{{text}}".',
    romanized: 'The English is the Korean spelled in Latin letters, not translated: "{{text}}".',
  },
} satisfies Check['meta'];

/** Longest Hangul gloss accepted inside parentheses, in characters. */
const MAX_GLOSS = 20;
/** Longest Hangul word accepted inside quotes, in syllables. */
const MAX_QUOTED = 5;
/** Findings reported per pair. */
const MAX_FINDINGS = 5;
// Laughing and crying only: ㄱㄱ ("let's go"), ㅇㅇ ("yeah") are words.
const JAMO_EMOTICON = /^[ㅠㅜㅋㅎ]+$/;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!HANGUL.test(en)) {
        const romanized = romanizedKorean(ko, en);
        if (romanized) context.report({ messageId: 'romanized', data: { text: romanized }, side: 'en', range: [0, en.length] });
        return;
      }
      // The whole English equal to the Korean is identical-to-source's finding.
      if (comparable(ko) === comparable(en)) return;
      let reported = 0;
      for (const match of en.matchAll(HANGUL_RUN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (insideGloss(en, start, end)) continue;
        // Session 13: an emoticon of jamo the Korean has too (ㅠㅠ, ㅋㅋ) is no Korean word left over.
        if (JAMO_EMOTICON.test(match[0]) && ko.includes(match[0].slice(0, 1))) continue;
        context.report({ messageId: 'hangul', data: { text: match[0] }, side: 'en', range: [start, end] });
        // A few findings say it all; a fully Korean "English" would otherwise list every word.
        if (++reported >= MAX_FINDINGS) return;
      }
    },
  };
}

// One syllable in the Revised Romanization (and the McCune–Reischauer-like spellings people type): onset, vowel, coda.
const SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aeiou])(?:ng|[kntlmpgbd](?![aeiouyw]))?';
const ROMANIZED_WORD = new RegExp(`^(?:${SYLLABLE})+$`);
// A Korean sentence ends in a verb ending and carries particles; names and loanwords (Seoul, kimchi, Kim Jong-un) do not.
const ROMANIZED_ENDING = /(?:da|yo|nida|seyo|ayo|eoyo|haeyo|neun|eun|eul|reul|ege|eseo|euro|kkaji|buteo)$/;
const ENGLISH_FUNCTION = /\b(?:the|an?|of|to|in|on|at|for|is|are|was|were|be|and|or|but|with|by|from|it|this|that|you|we|he|she|they|i|my|your|please|will|not|no|has|have)\b/i;

/** The English spells out the Korean sentence (`Jamsiman gidaryeo juseyo.`): every word a romanized syllable string. */
function romanizedKorean(ko: string, en: string): string | undefined {
  if (!/[가-힣]{2}/.test(ko) || ENGLISH_FUNCTION.test(en)) return undefined;
  const written = en.match(/[A-Za-z]+/g) ?? [];
  if (written.length === 0 || written.length > 40) return undefined;
  const words = written.map((word) => word.toLowerCase());
  // Ambiguous syllable splits (a|e|ae) make a long word costly to parse; no romanized Korean word is that long.
  if (words.some((word) => word.length > 24)) return undefined;
  if (!words.every((word) => ROMANIZED_WORD.test(word))) return undefined;
  // Names are capitalised (Uganda, Kenya; Kim Jong-un); a spelled-out sentence is lower case after its first word.
  if (written.length === 1 ? !/(?:nida|seyo|haeyo|eoyo)$/.test(words[0]!) || words[0]!.length < 10 : written.filter((word) => /^[a-z]/.test(word)).length * 2 < written.length) return undefined;
  // A word or two of a name is not a sentence; an ending or a particle and some length say it is one.
  if (words.join('').length < 8 || !words.some((word) => word.length >= 4 && ROMANIZED_ENDING.test(word))) return undefined;
  return en.trim().slice(0, 40);
}

/** Inside `( … )`, `[ … ]` or quotes, short, with Latin text outside: a gloss or a quoted Korean word. */
function insideGloss(text: string, start: number, end: number): boolean {
  if (!/[A-Za-z]{2}/.test(text.slice(Math.max(0, start - 200), start) + text.slice(end, end + 200))) return false;
  // Only a short stretch around the run can hold its marks.
  const reach = MAX_GLOSS + 20;
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  for (const [open, close] of GLOSS_MARKS) {
    const at = before.lastIndexOf(open);
    if (at < 0) continue;
    const closing = after.indexOf(close);
    if (closing < 0) continue;
    // The marks must enclose this run and nothing long: `(이재명)`, `"정" (jeong)`.
    if (open !== close && before.slice(at + 1).includes(close)) continue;
    const inside = before.slice(at + 1) + text.slice(start, end) + after.slice(0, closing);
    const hangul = (inside.match(HANGUL_RUN) ?? []).join('').replace(/\s/g, '').length;
    // In quotes, only a word ("정", "빨리빨리"); a quoted Korean sentence is untranslated speech.
    const limit = open === '(' || open === '[' || open === '（' ? MAX_GLOSS : MAX_QUOTED;
    // Quotes that hold English words too are a half-translated quotation ("Honestly, I feel 좀 억울하다."), not a
    // quoted Korean word.
    if (limit === MAX_QUOTED && (inside.match(/[A-Za-z]+/g) ?? []).length >= 2) continue;
    // A quoted Korean word is kept on purpose only with its romanization or meaning beside it (`"정" (jeong)`, `the
    // Korean word "눈치", meaning …`); alone it stands where its translation should ("dust levels at a '보통' level").
    if (limit === MAX_QUOTED && !glossedBeside(before.slice(0, at), inside, after.slice(closing + 1))) continue;
    // A bracketed gloss follows the name or term it glosses (`Lee Jae-myung (이재명)`); after a number or at the start
    // (`Article 1 (목적) The purpose …`) the bracket holds a heading left in Korean.
    if (limit === MAX_GLOSS && !/[A-Za-z][A-Za-z'’.-]*["”’']?\s*$/.test(text.slice(0, Math.max(0, start - before.length) + at))) continue;
    // Session 16: and it is that name or term in Hangul, sounded out or translated (`Han Kang (한강)`, `the finance
    // ministry (기획재정부)`), not a Korean word the English left out (`lunch (한정식)`).
    if (limit === MAX_GLOSS && !glossOf(text.slice(0, start).replace(/[\s(\[（,;:]+$/, ''), text.slice(start, end))) continue;
    if (hangul <= limit && inside.length <= limit + 20) return true;
  }
  return false;
}

/** The Hangul is what the English just before the bracket says: its last words sound it out, or render a word of it. */
function glossOf(before: string, hangul: string): boolean {
  const syllables = hangul.replace(/\s/g, '');
  // The whole, or a person's given name after the surname, which has spellings of its own (박 Park, 이 Lee).
  const sounds = [skeleton(romanize(syllables)), ...(syllables.length >= 3 ? [skeleton(romanize(syllables.slice(1)))] : [])];
  const words = before.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? [];
  for (let count = 1; count <= Math.min(4, words.length); count++) if (sounds.includes(skeleton(words.slice(-count).join('')))) return true;
  return koreanTerms(hangul).some((term) => term.entry.rendersIn(before.slice(-80)));
}

/** Before the quote: a word naming it as Korean or as a term, or an open bracket after a romanization. */
const GLOSS_BEFORE = /(?:\b(?:Korean|Hangul|word|words|term|phrase|expression|slogan|called|known as|dubbed|named|nicknamed|spelled|written|pronounced|reads?|read|sign|letters?|characters?|syllables?|hashtag|[a-z]+-?[a-z]*\s*[(\[])\s*|[(\[]\s*)$/i;
/** After the quote: a bracket, a dash or a word that gives its meaning or romanization. */
const GLOSS_AFTER = /^\s*(?:[(\[]|[—–]|-\s|[,:]?\s*(?:meaning|means|or|i\.e\.|literally|which means|that is|roughly|translated|in Korean|romani[sz]ed|pronounced)\b)/i;

function glossedBeside(before: string, inside: string, after: string): boolean {
  // Session 16: Latin inside the quotes glosses the word only beside it (`"정 (jeong)"`, `"정, jeong"`): a quoted line half in
  // English (`"Whatever. 신경 꺼."`) is half untranslated.
  return GLOSS_BEFORE.test(before) || GLOSS_AFTER.test(after) || /[(\[,—–-]\s*[A-Za-z]{2}|[A-Za-z]{2}[^.!?]*[(\[,—–-]\s*[가-힣]/.test(inside);
}

const GLOSS_MARKS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['（', '）'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
];
