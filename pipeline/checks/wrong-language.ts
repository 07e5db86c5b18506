// @fileoverview The "English" is in another language: Japanese kana, Chinese characters, another script,
// or another Latin-script language (French, Italian, Spanish, Portuguese, German, Dutch, Indonesian, Vietnamese).
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { HAN, KANA, englishWords } from '../validate/text.js';

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
  ['French', new Set('le la les de des est et une du pour dans que qui sur avec pas au aux ces il elle sont été ont'.split(' '))],
  ['Italian', new Set('il lo la gli le di del della dei e è una per con che non sono stato stata nel nella alla al da sul'.split(' '))],
  ['Dutch', new Set('de het een van en is niet op voor met zijn werd wordt door naar om dat ook'.split(' '))],
  ['Spanish', new Set('el la los las del que y en es por con una para se al su lo como más pero fue han está'.split(' '))],
  ['German', new Set('der die das und ist nicht ein eine mit von zu den dem des sich auf für fur im wurde hat sind ab auch wird werden nach bei aus uber wie noch nur es er sie wir am vom zum zur dass oder aber'.split(' '))],
  ['Indonesian', new Set('yang dan di ini itu dengan untuk dari tidak akan pada juga dalam adalah oleh'.split(' '))],
  ['Portuguese', new Set('o os da do das dos que em uma um para com não por mais foi são na no'.split(' '))],
];
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
  // Headlines and short lines carry too few function words to tell.
  if (words.length < 5) return undefined;
  const english = words.filter((word) => ENGLISH.has(word)).length;
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
  return undefined;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 6), index + 8).trim();
}
