// @fileoverview A place or company of the Korean is replaced by another in the English: 광주 → "Daegu",
// 현대자동차 → "Kia", 부산 → "Incheon". Read with the bilingual lexicon's proper names (pipeline/validate/lexicon.ts):
// a finding needs both sides, a Korean name the English does not render and a capitalized English name the Korean
// has no source for. A name only dropped is clause-coverage's or length-ratio's concern; a name only added ("Seoul"
// for 수도, "South Korea's" for 국내) is often a translator's right choice.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { englishTerms, isProperKey, isSourceOnlyKey, koreanTerms, placeTermsInContext } from '../validate/lexicon.js';
import { hangulSkeleton, latinSkeleton } from '../align/romanize.js';

export const meta = {
  type: 'error',
  docs: { description: 'A place or company in the Korean is replaced by a different one in the English.' },
  messages: {
    replaced: 'The Korean names {{korean}}, but the English has "{{english}}" instead.',
  },
} satisfies Check['meta'];

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!/[A-Z]/.test(en) || /[가-힣]/.test(en) || isCopy(ko, en)) return;
      // A wire dateline (세종=연합뉴스) names where the story was filed; English wire copy moves or drops it.
      const korean = ko.replace(KO_DATELINE, (dateline) => ' '.repeat(dateline.length));
      const missing = [...koreanTerms(korean), ...placeTermsInContext(korean)].filter((term) => term.entry.proper && !term.entry.english.test(en));
      if (missing.length === 0) return;
      const added =
        englishTerms(en).find((term) => /^[A-Z]/.test(term.text) && !EN_CALENDAR.test(term.text) && !isEnglishDateline(en, term) && term.keys.every((key) => isProperKey(key) || isSourceOnlyKey(key)) && !term.keys.some((key) => ko.includes(key)) && !ko.toLowerCase().includes(term.text.toLowerCase())) ??
        romanizedPlace(ko, en);
      if (!added) return;
      context.report({
        messageId: 'replaced',
        data: { korean: missing.map((term) => term.entry.key).join(', '), english: added.text },
        side: 'en',
        range: [added.index, added.index + added.text.length],
      });
    },
  };
}

const KO_DATELINE = /[(\[][가-힣·]{1,10}=[가-힣A-Za-z]{2,10}[)\]]/g;
// Weekdays and months render dates (3일 → "Thursday"), not places.
const EN_CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** An upper-case dateline opening the English: "SEOUL, Nov. 26 (Yonhap) --". */
function isEnglishDateline(en: string, term: { text: string; index: number }): boolean {
  return term.text === term.text.toUpperCase() && /^[\s"“]*$/.test(en.slice(0, term.index)) && /^[A-Z]*,/.test(en.slice(term.index + term.text.length));
}

// A romanized Korean name before a place noun: "Gimpo International Airport", "Yeosu Port", "Gwangju Stadium".
const EN_PLACE =
  /\b[A-Z][a-z]+(?:-[a-z]+)?(?=\s+(?:(?:International|Metropolitan|Special|Self-Governing|National|General|Express)\s+)?(?:Airport|Station|Port|Harbou?r|Province|City|County|District|Island|Stadium|Arena|University|Hospital|Bridge|Beach|Mountain|Stream|Palace|Terminal|Square|Tower|Bus Terminal|Industrial Complex)\b)/g;
// One to three syllables of Revised Romanization.
const ROMANIZED = /^(?:(?:[bcdghjkmnprstwy]{0,3})(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?){1,3}$/;

/** A place name the lexicon does not know, romanized from Korean, whose sound the Korean lacks. */
function romanizedPlace(ko: string, en: string): { text: string; index: number } | undefined {
  const sounds = (ko.match(/[가-힣]+/g) ?? []).map(hangulSkeleton);
  for (const match of en.matchAll(EN_PLACE)) {
    const word = match[0];
    if (!ROMANIZED.test(word.toLowerCase().replace(/-/g, '')) || englishTerms(en).some((term) => term.index === match.index)) continue;
    // Romanizations differ (Phyongan, Pyeongan for 평안): a Korean word that starts with the same two consonants may be it.
    const sound = latinSkeleton(word);
    if (sound.length < 2 || sounds.some((korean) => korean.includes(sound) || korean.startsWith(sound.slice(0, 2)))) continue;
    return { text: word, index: match.index };
  }
  return undefined;
}
