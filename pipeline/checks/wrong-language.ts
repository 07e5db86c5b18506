// @fileoverview The "English" is in another language: Japanese kana, Chinese characters, another script,
// or another Latin-script language (French, Italian, Spanish, Portuguese, German, Dutch, Indonesian, Vietnamese).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HAN, KANA, englishWords } from '../validate/text.js';
import { isLexiconEnglishWord } from '../validate/lexicon.js';
import { isEnglishWord } from '../validate/english-words.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English is written in another script or language.' },
  messages: {
    kana: 'The English contains Japanese kana: "{{text}}".',
    han: 'The English contains Chinese characters: "{{text}}".',
    script: 'The English is mostly in another script ({{share}}% non-Latin letters).',
    language: 'The English reads as {{language}}, not English.',
  },
} satisfies Check['meta'];

const ENGLISH = new Set(
  'the of and to in a is for on with that by as at from it was are be has have had will would not this an or its his her their they he she we which who said after but than more also been were'.split(' '),
);
const OTHER_LANGUAGES: [string, Set<string>][] = [
  ['French', new Set('le la les de des est et une du pour dans que qui sur avec pas au aux ces il elle sont été ont je tu nous vous ils elles te ne mais très cette notre votre leur'.split(' '))],
  ['Italian', new Set('il lo la gli le di del della dei delle degli e è una per con che non sono stato stata nel nella nei alla alle ai al da sul sui tra fra più anche questo questa ogni tutti i primo prima nuovo nuova nuovi mese ma era ho hanno siamo molto troppo troppa dopo poi perché quando dove già ancora sempre'.split(' '))],
  ['Dutch', new Set('de het een van en is niet op voor met zijn werd wordt door naar om dat ook'.split(' '))],
  // Session 9: the auxiliaries, demonstratives, quantifiers and prepositions the lists lacked (closed classes).
  ['Spanish', new Set('el la los las de del que y en es por con una para se al su lo como más pero fue han está este esta estos estas ese esa muy sobre entre cuando donde todo todos toda todas sus nos les desde hasta según'.split(' '))],
  ['German', new Set('der die das und ist nicht ein eine mit von zu den dem des sich auf für fur im wurde hat sind ab auch wird werden nach bei aus uber wie noch nur es er sie wir am vom zum zur dass oder aber wurden worden waren kann können konnen muss soll haben einer eines einem einen kein keine dieser diese dieses meisten viele alle durch gegen ohne zwischen unter vor sehr'.split(' '))],
  ['Indonesian or Malay', new Set('yang dan di ke ini itu dengan untuk dari tidak akan pada juga dalam adalah oleh anda kami kita saya silakan mohon harap bisa dapat sudah telah belum harus jika karena atau tetapi sangat lebih agar bagi tersebut kepada sedang'.split(' '))],
  ['Tagalog', new Set('ang ng mga sa ay po ito hindi kung naman lang mo ko siya kami tayo paki'.split(' '))],
  ['Turkish', new Set('ve bir bu için ile olarak daha çok gibi ama değil lütfen şu'.split(' '))],
  ['Portuguese', new Set('o os da do das dos que em uma um para com não por mais foi são na no'.split(' '))],
  ['Polish', new Set('i w z na się nie do to że jest jak po od za dla ale co tak są być przez już czy oraz który która które ich jego jej'.split(' '))],
];
const ROMANCE_ELISION = /(?<![\p{L}'’])(?:l|d|qu|n|s|j|c|m|t|dell|all|nell|sull|dall|un|quest)['’](?:[aeiouàâéèêîôû]\p{Ll}+|h[aeiou]\p{Ll}+)/u;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      const kana = KANA.exec(en);
      if (kana) {
        context.report({ messageId: 'kana', data: { text: around(en, kana.index) }, side: 'en', range: [kana.index, kana.index + 1] });
        return;
      }
      const han = HAN.test(en) ? firstForeignHan(en, ko) : -1;
      if (han >= 0) {
        context.report({ messageId: 'han', data: { text: around(en, han) }, side: 'en', range: [han, han + 1] });
        return;
      }
      // Latin, punctuation and Hangul only: no other script to measure.
      if (!/[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u20CF\u2100-\u214F\uAC00-\uD7A3\u3130-\u318F]/.test(en)) {
        const language = latinLanguage(en);
        if (language) context.report({ messageId: 'language', data: { language }, side: 'en', range: [0, en.length] });
        return;
      }
      const letters = en.match(/\p{L}/gu) ?? [];
      const latin = en.match(/[A-Za-z\u00C0-\u024F]/g) ?? [];
      const hangul = en.match(/[\uAC00-\uD7A3]/g) ?? [];
      // Hangul is untranslated-hangul's finding; count only the other scripts.
      const other = letters.length - latin.length - hangul.length;
      if (letters.length >= 4 && other / letters.length > 0.3) {
        context.report({ messageId: 'script', data: { share: Math.round((100 * other) / letters.length) }, side: 'en', range: [0, en.length] });
        return;
      }
      const language = latinLanguage(en);
      if (language) context.report({ messageId: 'language', data: { language }, side: 'en', range: [0, en.length] });
    },
  };
}

/** Chinese characters in the English, unless the Korean wrote the same Hanja (a gloss such as `(北)`). */
function firstForeignHan(en: string, ko: string): number {
  for (let i = 0; i < en.length; i++) {
    if (HAN.test(en[i]!) && !ko.includes(en[i]!)) return i;
  }
  return -1;
}

function latinLanguage(en: string): string | undefined {
  // Plain English with its function words needs no closer look.
  if (/\b(?:the|and|with|from|that|this|which|would|have|has|were|been)\b/i.test(en)) return undefined;
  // A Vietnamese name ("Nguyễn Phú Trọng") is a few marked letters; a Vietnamese sentence is full of them.
  const vietnamese = en.match(VIETNAMESE)?.length ?? 0;
  const letters = en.match(/\p{L}/gu)?.length ?? 1;
  if (vietnamese >= 5 && vietnamese / letters >= 0.12) return 'Vietnamese';
  const words = englishWords(/[^\x00-\x7f]/.test(en) ? en.normalize('NFD').replace(/\p{M}/gu, '') : en);
  // Headlines and short lines carry too few function words to tell: read their words instead.
  if (words.length < 5) return shortLanguage(en);
  // "a" is also a preposition of the Romance languages ("venció a Tailandia"): beside an accented word it is no sign of English.
  // Session 10: so is it beside a Romance elision (c'era, l'anno, dell'ufficio, qu'il).
  const accented = /(?:^|[^\p{L}])\p{Ll}*[àáâãäåçèéêëìíîïñòóôõöùúûü]\p{L}*/u.test(en) || ROMANCE_ELISION.test(en);
  const english = words.filter((word) => ENGLISH.has(word) && !(accented && word === 'a')).length;
  // A capitalised word inside a sentence is a name's part (De la Cruz, Van Dijk, Di Maria), not a function word.
  const foreign = englishWords(en.normalize('NFD').replace(/\p{M}/gu, '').replace(/(?<=[\p{L}\d,;:)]\s+)[A-Z][\p{L}']*/gu, ' '));
  let best: [string, number] | undefined;
  for (const [name, stopwords] of OTHER_LANGUAGES) {
    const count = foreign.filter((word) => stopwords.has(word) && !ENGLISH.has(word)).length;
    if (!best || count > best[1]) best = [name, count];
  }
  if (best && best[1] >= 3 && best[1] > 2 * english) return best[0];
  // Fewer function words, but several words spelled with letters English does not use (Maßnahme, nächsten, año).
  const marked = new Set(en.match(/\p{L}*[ßäöüñçœ¿¡ãõåøæ]\p{L}*/giu) ?? []).size;
  if (best && best[1] >= 2 && marked >= 2 && english <= 1) return best[0];
  // A short sentence with at most one English function word ("a" may be a French "à") and two of another language's.
  if (best && best[1] >= 2 && english <= 1 && best[1] * 4 >= words.length) return best[0];
  return shortLanguage(en) ?? (foreignText(en) ? guessLanguage(en) : undefined);
}

/** Least number of plain words a text needs before its share of English words says anything. */
const MIN_PLAIN_WORDS = 4;
/** Plain words a text needs before its share of listed English words is read, and the share below which it is foreign
 * (of 13,978 good fixture English texts of six such words or more, 99 % score 0.8 and up, three below 0.6). */
const LISTED_MIN_WORDS = 6;
const MAX_LISTED_SHARE = 0.6;
/** Highest share of English words in a text of another language (English prose, names aside, scores 0.5 and up). */
const MAX_ENGLISH_SHARE = 0.2;

/**
 * Session 9: the text as a whole is not English, whatever language it is in. Of its plain words (letters only, not a
 * name's capitalised part inside a sentence, not an acronym, not part of a URL, address or code), at most one in five is
 * an English word (function words, the lexicon's English, their inflections), and among the rest are short words (two
 * to four letters), which every language's grammar is made of ("Este jugador ha conseguido …", "In den meisten …
 * wurden …", "Wachezaji waliwasalimia mashabiki baada ya mechi"). A line of romanized dish names has no short words.
 */
function foreignText(en: string): boolean {
  // Code and command lines (`>>> x = [1, 2]`, `$ pip install …`) are no language.
  if (/[{}=<>$#[\]\\|`]/.test(en)) return false;
  let plain = 0;
  let english = 0;
  let listed = 0;
  let shortForeign = 0;
  let sentenceStart = true;
  // Words read against the word list: not a unit after a figure ("120 cm") or an abbreviation ("approx.").
  let listable = 0;
  let previous = '';
  for (const chunk of en.split(/\s+/)) {
    const afterFigure = /\d$/.test(previous);
    previous = chunk;
    const start = sentenceStart;
    sentenceStart = /[.!?:;]["”’)]*$/.test(chunk);
    // A chunk of letters between ordinary punctuation: not "lee@mail.co.kr", "demo.py", "x=1" or "tutorial-env/bin".
    const word = chunk.replace(/^[("“‘'¿¡«]+|[)"”’',.;:!?»]+$/g, '');
    if (!/^\p{L}+(?:['’-]\p{L}+)*$/u.test(word)) continue;
    if ((!start && /^\p{Lu}/u.test(word)) || (word.length > 1 && word === word.toUpperCase())) continue;
    if (word.length < 2 && !/^[aI]$/i.test(word)) continue;
    plain++;
    const lower = word.toLowerCase().replace(/['’](?:s|t|re|ve|ll|d|m)$/, '');
    const common = ENGLISH.has(lower) || COMMON_ENGLISH.has(lower);
    if (common || isLexiconEnglishWord(lower)) english++;
    else if (lower.length >= 2 && lower.length <= 4) shortForeign++;
    if (afterFigure || /^\p{L}{1,6}\.$/u.test(chunk)) continue;
    listable++;
    if (common || isEnglishWord(lower)) listed++;
  }
  if (plain >= MIN_PLAIN_WORDS && shortForeign >= 1 && english <= MAX_ENGLISH_SHARE * plain) return true;
  // Session 15: a longer text of which under three in five plain words are in a full English word list (which holds
  // many short words of other languages too: "al", "junto", "me", "sich").
  if (listable >= LISTED_MIN_WORDS && shortForeign >= 1 && listed < MAX_LISTED_SHARE * listable) return true;
  // A whole sentence (it ends as one) of five plain words or more and not one English word, in a language of long
  // words ("Asukkaat toivottivat uuden puiston tervetulleeksi."); a list of romanized names has no sentence end.
  return plain >= MIN_PLAIN_WORDS + 1 && english === 0 && /[.!?]["”’)]*\s*$/.test(en);
}

// Common English words the content lexicon does not list (pronouns, auxiliaries, greetings, everyday adjectives).
const COMMON_ENGLISH = new Set(
  `a an the and or but if so not no yes of to in on at by for from with without about into over under after before up down out off
  i me my mine you your yours he him his she her hers it its we us our they them their this that these those there here what who whom
  which when where why how all any some each every both many much more most few less very too also just only even still again now then
  is are was were be been being am do does did done have has had having will would shall should can could may might must
  get got go goes went gone come came make made take took give gave see saw seen know knew say said tell told let lets
  good great nice fine well bad new old big small high low long short first last next same other own sure ok okay please thank thanks
  hello hi bye welcome sorry excuse day days week night morning evening today tomorrow yesterday time year years
  one two three four five six seven eight nine ten hundred thousand million billion`.split(/\s+/),
);
// Western-European letters English spells only in loanwords and names (café, Pokémon); not the breves of
// McCune–Reischauer romanization (Chosŏn, Pyŏngyang).
// Session 8: also Polish (ą ę ł ś ź ż), Turkish dotless ı and ğ, and Vietnamese horns and dots below (ơ ư đ ạ ử).
const FOREIGN_LETTER = /[àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ¿¡ąćęłńśźżığđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/** Phrases English borrowed whole: a line that is only one of them is English ("Bon appétit!" for 맛있게 드세요). */
const BORROWED = new Set(['bon appetit', 'bon voyage', "c'est la vie", 'deja vu', 'voila', 'touche', 'que sera sera', 'carpe diem', 'hasta la vista', 'gesundheit', 'mazel tov', 'bravo', 'encore', 'ciao', 'au revoir', 'adios']);
// Other languages' function words that are not also English words (die, per, am, con, den …).
const SHARED_WITH_ENGLISH = new Set('am die do is no per con den hat han en es om op um met van sin son era dove come fine'.split(' '));
const OTHER_FUNCTION_WORDS = new Set(
  OTHER_LANGUAGES.flatMap(([, words]) => [...words]).filter((word) => word.length > 1 && !ENGLISH.has(word) && !COMMON_ENGLISH.has(word) && !SHARED_WITH_ENGLISH.has(word)),
);

/**
 * A short line (a greeting, a headline) whose words are mostly not English, with one sign of a language that is
 * not English: a word spelled with a Western-European accent (journée, câmbio), another language's function word
 * (de, und, les), or French spacing before ! ? : ; ("Merci, bonne journée !"). Words the lexicon or the common
 * English list knows, capitalised words inside the line (names) and numbers count for English; romanized Korean
 * carries no accent and passes.
 */
function shortLanguage(en: string): string | undefined {
  const tokens = [...en.matchAll(/\p{L}[\p{L}'’]*/gu)];
  if (tokens.length < 2 || tokens.length > 12) return undefined;
  if (BORROWED.has(tokens.map((token) => token[0].toLowerCase().replace(/’/g, "'")).join(' ').normalize('NFD').replace(/\p{M}/gu, ''))) return undefined;
  const cues: string[] = [];
  if (/\p{L}\s[!?;:»]|«\s/u.test(en)) cues.push('spacing');
  // Spanish opens a question or exclamation upside down (¿Qué…?, ¡Hola!); French and Italian elide an article or
  // pronoun into the next word (l'impasto, d'eau, qu'il, dell'anno), which English spells only in names (L'Oréal).
  if (/[¿¡]/.test(en)) cues.push('inverted');
  if (/(?<![\p{L}'’])(?:l|d|qu|n|s|j|c|m|t|dell|all|nell|sull|dall|un|quest)['’][aeiouhàâéèêîôû]\p{Ll}+/u.test(en)) cues.push('elision');
  const words: { word: string; lower: string }[] = [];
  for (const token of tokens) {
    const word = token[0];
    const lower = word.toLowerCase();
    const start = token.index === 0 || /[.!?:;¿¡]\s*["'“‘(]?\s*$/.test(en.slice(0, token.index));
    // A capitalised word inside the line is a name's part (Han Ji-min, São Paulo); a letter alone is a label.
    if ((!start && /^\p{Lu}/u.test(word)) || (word.length < 2 && lower !== 'a' && lower !== 'i')) {
      // A lone accented letter is a word of another language (à, é, ó).
      if (FOREIGN_LETTER.test(word) && /^\p{Ll}$/u.test(word)) cues.push(word);
      continue;
    }
    words.push({ word, lower });
    // A capitalised word's accent may be a name's (Pokémon, Beyoncé): only lower-case words bring the sign, and the
    // line's first word (Viajé, Khóa), which the rest of the line must then show is not English.
    if (FOREIGN_LETTER.test(word) && (/^\p{Ll}/u.test(word) || token.index === 0)) cues.push(word);
    else if (OTHER_FUNCTION_WORDS.has(lower)) cues.push(lower);
  }
  if (cues.length === 0 || words.length < 2) return undefined;
  let unknown = 0;
  let english = 0;
  // A line of capitalised words around function words (Café de Paris) is a name, however foreign.
  let plainUnknown = 0;
  const accented = cues.some((cue) => FOREIGN_LETTER.test(cue));
  for (const { word, lower } of words) {
    // "a" beside an accented word is a Romance preposition ("venció a Tailandia").
    if ((COMMON_ENGLISH.has(lower) || ENGLISH.has(lower)) && !(accented && lower === 'a')) english++;
    else if (!isLexiconEnglishWord(word)) {
      unknown++;
      if (/^\p{Ll}/u.test(word) && !OTHER_FUNCTION_WORDS.has(lower)) plainUnknown++;
    }
  }
  if (english > 1 || plainUnknown === 0 || unknown < 2 || unknown < 0.6 * words.length) return undefined;
  return guessLanguage(en);
}

function guessLanguage(en: string): string {
  const plain = englishWords(en.normalize('NFD').replace(/\p{M}/gu, ''));
  // Letters of one language before the Portuguese words, of which um is German too ("um 30 Prozent gegenüber").
  if (/[ñ¿¡]/i.test(en)) return 'Spanish';
  if (/[ßäöü]/i.test(en) && !/[ãõ]/i.test(en)) return 'German';
  if (/[ãõ]|ção\b|ções\b|\p{L}{3}ou\b|\b(?:um|uma|não|são|foi)\b/iu.test(en)) return 'Portuguese';
  if (/[ğışİ]/.test(en)) return 'Turkish';
  if (/[ąćęłńśźż]/i.test(en)) return 'Polish';
  if (/[đơưạảẩẫậắằẳẵặẹẻẽềểễệỉịọỏồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(en)) return 'Vietnamese';
  let best: [string, number] | undefined;
  for (const [name, stopwords] of OTHER_LANGUAGES) {
    const count = plain.filter((word) => stopwords.has(word) && !ENGLISH.has(word)).length;
    if (count > 0 && (!best || count > best[1])) best = [name, count];
  }
  if (best) return best[0];
  if (/[éèêëàçœ]|\p{L}\s[!?;:]/iu.test(en)) return 'French';
  if (/[íóúáâ]/i.test(en)) return 'Portuguese or Spanish';
  return 'another language';
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 6), index + 8).trim();
}
