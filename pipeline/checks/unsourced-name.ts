// @fileoverview A name in the English that nothing in the Korean names or sounds like: "Galileo" for 뉴턴, "Cuchen"
// for 쿠쿠, "Astrid" for 아리엘, "directed by Christopher Nolan" added to a casting. A capitalized word that is no
// English word (the word list, the lexicon's English, an abbreviation) is a name; the Korean must give it in Latin
// letters, name it through the lexicon, a surname or the world-name table, or spell its sound in Hangul — as written
// (트럼프 Trump) or as Revised Romanization spells it across syllables (백록담 Baengnokdam, 신라 Silla). Sounds are
// compared as consonant skeletons (pipeline/align/romanize.ts), one consonant apart at most, with the spellings
// transliteration varies: a silent r (가트너 Gartner), f for ㅎ (후쿠오카 Fukuoka), a soft g (조지아 Georgia), a plural
// s. A given name before a family name the Korean has ("Volodymyr Zelensky" for 젤렌스키) is the translator's
// addition, not a finding.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { isEnglishWord } from '../validate/english-words.js';
import { isLexiconEnglishWord, keysRenderedAt } from '../validate/lexicon.js';
import { WORLD_NAMES } from '../validate/world-names.js';
import { romanize, soundKey, surnameHangul } from '../validate/names.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';
import { memoByText } from '../validate/memo.js';

export const meta = {
  type: 'error',
  docs: { description: 'A name in the English has no source in the Korean: no Latin letters, lexicon word or Hangul of its sound.' },
  messages: {
    unsourced: 'The English names "{{name}}", which nothing in the Korean names or sounds like.',
  },
} satisfies Check['meta'];

/** A capitalized word, hyphenated parts and a possessive included; accents are stripped before it is read. */
const NAME_WORD = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{L}+)*(?:['’]s)?(?![\p{L}'’])/gu;
/** Abbreviations and interjections the word list lacks. */
const NOT_NAMES = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun corp inc ltd co jr sr st mt ave blvd dept govt mr mrs ms dr prof gen lt col sgt capt rep sen gov pres univ vs etc qty pcs approx tbsp tsp omg lol celsius fahrenheit'.split(' '),
);
/** Endings of a demonym or plural whose stem the word list has (Koreans, Canadian). */
const WORD_ENDING = /(?:ese|ian|an|ns?|s)$/;
/** Lower-case words of the world-name table's English forms, with the Korean words that name them (forms and sources). */
const WORLD_NAME_SOURCES = new Map<string, string[]>();
for (const row of WORLD_NAMES) {
  for (const word of row.english.match(/[A-Z][a-z]+/g) ?? []) {
    const lower = word.toLowerCase();
    WORLD_NAME_SOURCES.set(lower, [...(WORLD_NAME_SOURCES.get(lower) ?? []), ...row.korean, ...(row.sources ?? [])]);
  }
}
/** Longest pair (characters) the check reads, as clause-coverage: a longer text is a document, not a segment. */
const MAX_KOREAN = 3000;
const MAX_ENGLISH = 6000;
/** Syllables of Hangul read together: longer names are rare, and each length costs a skeleton per start. */
const MAX_SYLLABLES = 8;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (ko.length > MAX_KOREAN || en.length > MAX_ENGLISH || !/[가-힣]/.test(ko) || !/[A-Za-z]/.test(en) || isCopy(ko, en)) return;
      const plain = en.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      // Accents stripped in NFD keep every other character's offset only when nothing was stripped.
      const sameOffsets = plain.length === en.length;
      const words = [...plain.matchAll(NAME_WORD)];
      if (words.length === 0) return;
      const koLower = ko.toLowerCase();
      const named = words.map((match) => {
        const word = match[0].replace(/['’]s$/, '');
        if (word.split('-').every((part) => notAName(part.toLowerCase()))) return true;
        // A lexicon word whose Korean the Korean has, inside a compound too (한국불교문화사업단 "Korean Buddhism").
        if (keysRenderedAt(plain, match.index).some((key) => key.length >= 2 && ko.includes(key))) return true;
        return word.split('-').every((part) => nameSourced(part, ko, koLower));
      });
      for (const [i, match] of words.entries()) {
        if (named[i]) continue;
        // A given name before a family name the Korean has.
        const next = words[i + 1];
        if (next && named[i + 1] && next.index === match.index + match[0].length + 1) continue;
        const name = match[0].replace(/['’]s$/, '');
        context.report({ messageId: 'unsourced', data: { name }, side: 'en', ...(sameOffsets ? { range: [match.index, match.index + name.length] as [number, number] } : {}) });
        return;
      }
    },
  };
}

/** A word that is no name: too short, no vowel, an abbreviation or an English word (the word list's or the lexicon's). */
function notAName(lower: string): boolean {
  if (lower.length < 3 || !/[aeiouy]/.test(lower)) return true;
  if (NOT_NAMES.has(lower) || isEnglishWord(lower) || isEnglishWord(lower.replace(WORD_ENDING, '')) || isLexiconEnglishWord(lower)) return true;
  // Two English words written as one (Guildmates).
  for (let cut = 3; cut <= lower.length - 3; cut++) if (isEnglishWord(lower.slice(0, cut)) && isEnglishWord(lower.slice(cut))) return true;
  return false;
}

function nameSourced(part: string, ko: string, koLower: string): boolean {
  const lower = part.toLowerCase();
  if (notAName(lower) || koLower.includes(lower)) return true;
  if (surnameHangul(part).some((surname) => ko.includes(surname))) return true;
  // A name of the world-name table is sourced by its Korean forms (지민 "Jimin"), or any Korean at all ("*": Korea).
  if (WORLD_NAME_SOURCES.get(lower)?.some((form) => form === '*' || (form.length >= 2 && ko.includes(form)))) return true;
  const sounds = koreanSkeletons(ko);
  // Two consonants are shared by many syllables (과를 is no "Galileo"): a word must start with them, or the vowels agree
  // too (윗세오름 "Oreum", 이재명 "Jae-myung").
  const vowels = withoutH(soundKey(part));
  return latinSkeletons(part).some((sound) => sound.length < 2 || (sound.length === 2 ? sounds.atWordStart.has(sound) || koreanKeys(ko).some((key) => key.startsWith(vowels)) : sounds.skeletons.some((korean) => oneApart(sound, korean))));
}

// ㅎ and ㅇ come and go between the two scripts (Hyundai 현대, but 오사카 Osaka, 호찌민 Ho Chi Minh): h is left out of both.
const withoutH = (sound: string): string => sound.replace(/H/g, '');

/** Every run of one to MAX_SYLLABLES Hangul syllables inside a Hangul word, with whether it starts the word. */
function* pieces(ko: string): Generator<{ piece: string; atWordStart: boolean }> {
  for (const run of ko.match(/[가-힣]+/g) ?? []) {
    for (let start = 0; start < run.length; start++) {
      for (let end = start + 1; end <= Math.min(run.length, start + MAX_SYLLABLES); end++) yield { piece: run.slice(start, end), atWordStart: start === 0 };
    }
  }
}

/** The skeletons of every piece, as written and (two syllables or more) as romanized across syllables; those that start a word apart too. */
const koreanSkeletons = memoByText((ko: string): { skeletons: string[]; atWordStart: Set<string> } => {
  const skeletons = new Set<string>();
  const atWordStart = new Set<string>();
  for (const { piece, atWordStart: first } of pieces(ko)) {
    for (const skeleton of piece.length > 1 ? [withoutH(hangulSkeleton(piece)), withoutH(latinSkeleton(pronounced(piece)))] : [withoutH(hangulSkeleton(piece))]) {
      skeletons.add(skeleton);
      if (first) atWordStart.add(skeleton);
    }
  }
  return { skeletons: [...skeletons], atWordStart };
});

/** The sound keys (vowels kept, pipeline/validate/names.ts) of every piece's romanizations, read only for a name of two consonants. */
const koreanKeys = memoByText((ko: string): string[] => {
  const keys = new Set<string>();
  for (const { piece } of pieces(ko)) {
    keys.add(withoutH(soundKey(pronounced(piece))));
    keys.add(withoutH(soundKey(romanize(piece))));
  }
  return [...keys];
});

/** Revised Romanization across syllable boundaries: 백록 baengnok, 십리 simni, 신라 silla, 종로 jongno, 국민 gungmin. */
function pronounced(hangul: string): string {
  return romanize(hangul)
    .replace(/k-r/g, 'ng-n')
    .replace(/p-r/g, 'm-n')
    .replace(/k-(?=[nm])/g, 'ng-')
    .replace(/p-(?=[nm])/g, 'm-')
    .replace(/t-(?=[nm])/g, 'n-')
    .replace(/n-r|l-n/g, 'l-l')
    .replace(/(?<=ng|m)-r/g, '-n')
    .replace(/-/g, '');
}

/** The skeletons of a Latin name with the spellings transliteration varies. */
function latinSkeletons(word: string): string[] {
  const forms = new Set([word, word.replace(/s$/i, '')]);
  for (const form of [...forms]) forms.add(form.replace(/g(?=[eiy])/gi, 'j'));
  for (const form of [...forms]) forms.add(form.replace(/f/gi, 'h'));
  for (const form of [...forms]) forms.add(form.replace(/(?<=[aeiou])r(?![aeiouy])/gi, ''));
  for (const form of [...forms]) forms.add(form.replace(/ng/gi, 'ngg'));
  return [...new Set([...forms].map((form) => withoutH(latinSkeleton(form))))];
}

/** Equal skeletons, or of three consonants or more and one consonant added, dropped or changed. */
function oneApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
