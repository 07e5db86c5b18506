// Small text facts the checks share: scripts, sentences, words. Kept free of any check's policy.

export const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
export const HANGUL_RUN = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+(?:\s+[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+)*/g;
export const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
export const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

/** Text compared for sameness: case, spacing and punctuation do not count (input is NFC already). */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s!-/:-@[-`{-~\u00A0-\u00BF\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F]+/g, '');
}

/** The English is the Korean copied back (identical-to-source's finding; other checks stay quiet). */
export function isCopy(ko: string, en: string): boolean {
  return HANGUL.test(en) && comparable(ko) === comparable(en);
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|etc|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])\.$/;

// Session 17: a clock's a.m. or p.m. before a capitalized word that is no day, month or time zone ends a sentence
// ("Checkout is at 11 a.m. Late checkout …"; not "3 p.m. Monday", "9 a.m. KST").
const CLOCK_THEN_SENTENCE = /^[ap]\.m\.\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|[A-Z]{2,4}\b|local\b)[A-Z][a-z]/;

/** English sentences with their offsets. Abbreviations (`Mr.`, `U.S.`, `3 p.m.`) do not end a sentence. */
export function englishSentences(text: string): { text: string; range: [number, number] }[] {
  const sentences: { text: string; range: [number, number] }[] = [];
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(start, end - 6), match.index + 1)) && !CLOCK_THEN_SENTENCE.test(text.slice(Math.max(0, match.index - 3), end + 12))) continue;
    pushSentence(text, start, end, sentences);
    start = end;
  }
  pushSentence(text, start, text.length, sentences);
  return sentences;
}

function pushSentence(text: string, start: number, end: number, into: { text: string; range: [number, number] }[]): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) into.push({ text: trimmed, range: [start + lead, start + lead + trimmed.length] });
}

/** Lower-case words of English text. */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
}

/** Korean that ends a sentence with final punctuation, before closing quotes. An unpunctuated 다 may be a list item. */
export const KO_SENTENCE_END = /[.?!…。？！]["”’」』)\]]*\s*$/;
export const EN_SENTENCE_END = /[.?!…:;。！？]["”’')\]]*\s*$|["”’)\]]\s*$/;

/** English words with no content of their own (articles, pronouns, auxiliaries, connectives), lower case. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "a an the and or but nor of to in on at by for with from as into onto over under than then that this these those is are was were be been being it its it's he she they we you i his her their our your my him them us not no so if when while which who whom whose what where there here has have had do does did will would shall should can could may might must also".split(' '),
);

/** A crude stem of a lower-case English word, so that "restrictions"/"restricted" and "batteries"/"battery" meet. */
export function contentStem(word: string): string {
  const bare = word.replace(/['’]s?$/, '');
  if (/^\d/.test(bare)) return bare.replace(/,/g, '');
  if (/[a-z]{3}ies$/.test(bare)) return bare.slice(0, -3) + 'y';
  const cut = bare.replace(/(?:ments?|ings?|ors?|ers?|ions?|ed|es|s|ly)$/, '');
  return (cut.length >= 3 ? cut : bare).replace(/e$/, '');
}

/** A text cut to 60 characters for a message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
