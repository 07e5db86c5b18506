// @fileoverview URLs, e-mail addresses, acronyms and Latin-script words in the Korean must reach the English
// unchanged. An acronym may instead be spelled out ("FTA" → "free trade agreement").
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { countdownWords } from '../validate/numbers.js';

export const meta = {
  type: 'error',
  docs: { description: 'A URL, e-mail address, acronym or Latin-script word of the Korean is missing from the English.' },
  messages: {
    url: 'The URL "{{token}}" is missing or changed in the English.',
    email: 'The e-mail address "{{token}}" is missing or changed in the English.',
    acronym: 'The acronym "{{token}}" is missing from the English and not spelled out.',
    word: 'The Latin-script name "{{token}}" is missing from the English.',
  },
} satisfies Check['meta'];

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()\[\]가-힣]+[^\s<>"'()\[\].,;:!?가-힣]/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
// Words and acronyms, and names with digits after letters (G7, S25, A350, COVID-19); units such as 20cm are numbers.
const LATIN = /(?<![\w@./-])[A-Za-z]{1,6}-?\d+[A-Za-z]*|(?<![\w@./-])[A-Za-z][A-Za-z&'.+-]*[A-Za-z+]|(?<![\w@./-])[A-Z](?![\w])/g;
/** Findings reported per pair. */
const MAX_FINDINGS = 10;
const STOP = new Set(['vs', 'etc', 'ex', 'ok', 'no', 'am', 'pm', 'a.m', 'p.m', 'cf', 'ie', 'eg']);
// Acronyms Korean uses that English often renders by a word.
const RENDERINGS: Record<string, RegExp> = {
  IT: /\b(?:IT|tech|technology|information technology)\b/i,
  // Session 17: 오늘의 TMI is "today's random fact".
  TMI: /\b(?:TMI|too much information|(?:random|fun|useless) facts?|overshar\w*)\b/i,
  TV: /\b(?:TV|television|televised|broadcast)/i,
  // Session 13: a club's MT is its retreat; MLB goes with its team.
  MT: /\b(?:MT|retreat|trip|outing|getaway|camp)\b/i,
  MLB: /\b(?:MLB|major[\s-]leagues?|majors|big[\s-]leagues?|Padres|Dodgers|Giants|Yankees|Mets|Red Sox|Cubs|Braves|Astros|Angels|Mariners|Rays|Tigers|Twins|Royals|Rangers|Orioles|Blue Jays|Phillies|Cardinals|Brewers|Pirates|Reds|Marlins|Nationals|Rockies|Diamondbacks|Guardians|White Sox|Athletics)\b/i,
  // Session 13: a paper size is said by its pages (A4 두 장 "two pages").
  A3: /\b(?:A3|pages?|sheets?|paper)\b/i,
  A4: /\b(?:A4|pages?|sheets?|paper|letter[\s-]size)\b/i,
  A5: /\b(?:A5|pages?|sheets?|paper)\b/i,
  B4: /\b(?:B4|pages?|sheets?|paper)\b/i,
  B5: /\b(?:B5|pages?|sheets?|paper)\b/i,
  // Session 13: A/S (after-sales service) is "repair", "warranty service"; LA in a team's name (LA 다저스) goes with it.
  AS: /\b(?:A\/?S|after-sales|repair\w*|servic\w*|warranty|fix\w*)/i,
  LA: /\b(?:LA|L\.A\.|Los Angeles|Dodgers|Lakers|Clippers|Galaxy|Angels|Rams|Chargers|Kings)\b/i,
  PC: /\b(?:PC|computer)/i,
  SNS: /\b(?:SNS|social media|social network)/i,
  CCTV: /\b(?:CCTV|camera|surveillance)/i,
  CEO: /\b(?:CEO|chief executive|head|chief)\b/i,
  MZ: /\b(?:MZ|millennial|Gen Z|young)/i,
  OTT: /\b(?:OTT|streaming)/i,
  PD: /\b(?:PD|producer)/i,
  CF: /\b(?:CF|commercial|advert)/i,
  MC: /\b(?:MC|host|emcee)/i,
  KTX: /\b(?:KTX|bullet train|high-speed)/i,
  // Session 16: a road's IC and JC(T) are its interchanges and junctions (양재IC "the Yangjae interchange").
  IC: /\b(?:IC|interchanges?)\b/i,
  JC: /\b(?:JCT?|junctions?)\b/i,
  JCT: /\b(?:JCT|junctions?)\b/i,
  PC방: /\b(?:PC|internet cafe)/i,
  // Session 8: 초거대 AI 모델 is "a large language model"; AI 챗봇 "a chatbot".
  AI: /\b(?:AI|artificial intelligence|(?:large )?language models?|LLMs?|machine learning|chatbots?|neural networks?|generative)\b/i,
  DMZ: /\b(?:DMZ|demilitari[sz]ed zone|border)/i,
  ICBM: /\b(?:ICBMs?|intercontinental)/i,
  SNU: /\b(?:SNU|Seoul National University)\b/i,
  GDP: /\b(?:GDP|gross domestic product|economy)\b/i,
  UN: /\b(?:UN|U\.N\.|United Nations)\b/i,
  US: /\b(?:US|U\.S\.|United States|American?)\b/i,
  EU: /\b(?:EU|European Union|Europe)/i,
  UK: /\b(?:UK|U\.K\.|Britain|British|United Kingdom)\b/i,
};

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (!en.trim()) return;
      // Only Korean text carries tokens to keep; a Latin-only source is identical-to-source's business.
      if (!/[가-힣]/.test(ko)) return;
      // Nothing Latin in the Korean, nothing to keep.
      if (!/[A-Za-z]/.test(ko)) return;
      const covered: [number, number][] = [];
      const checked = new Set<string>();
      let reported = 0;
      const enLower = en.toLowerCase();
      const enSqueezed = squeeze(en);
      for (const match of ko.matchAll(URL)) {
        covered.push([match.index, match.index + match[0].length]);
        const token = match[0].replace(/^https?:\/\//i, '').replace(/\/$/, '');
        if (!enLower.includes(token.toLowerCase())) report('url', match[0], match.index);
      }
      for (const match of ko.matchAll(EMAIL)) {
        if (inside(covered, match.index)) continue;
        covered.push([match.index, match.index + match[0].length]);
        if (!enLower.includes(match[0].toLowerCase())) report('email', match[0], match.index);
      }
      for (const match of ko.matchAll(LATIN)) {
        if (inside(covered, match.index)) continue;
        const token = match[0].replace(/[.'+]+$/, '');
        // Each token once per pair, and a handful of findings at most.
        if (checked.has(token) || reported >= MAX_FINDINGS) continue;
        checked.add(token);
        // Single letters (A씨, K팝), units (km, kg) and abbreviations are too loose to require.
        if (token.length < 2 || STOP.has(token.toLowerCase()) || /^(?:km|kg|cm|mm|ml|m²|mg|kw|kwh|mw|gw|gb|mb|tb|ha)$/i.test(token)) continue;
        if (present(token, enLower, enSqueezed)) continue;
        // Session 10: a countdown D-30 (D-day minus 30) is said in days ("30 days to", "in 30 days"); session 13: or in weeks
        // (D-7 "a week away"), as number-mismatch reads it.
        const countdown = /^D-(\d+)$/i.exec(token);
        if (countdown && countdownWords(Number(countdown[1])).test(en)) continue;
        const isAcronym = /^[A-Z&]{2,6}s?$/.test(token);
        if ((isAcronym && spelledOut(token.replace(/s$/, ''), en)) || RENDERINGS[token]?.test(en)) continue;
        report(isAcronym ? 'acronym' : 'word', token, match.index);
      }

      function report(messageId: string, token: string, start: number): void {
        reported++;
        context.report({ messageId, data: { token }, side: 'ko', range: [start, start + token.length] });
      }
    },
  };
}

function inside(ranges: [number, number][], index: number): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}

const squeeze = (text: string) => text.toLowerCase().replace(/[-.·\s]/g, '');

/** Case-insensitive, ignoring hyphens, dots and spaces: `K-pop` keeps `Kpop`, `U.S.` keeps `US`. */
function present(token: string, enLower: string, enSqueezed: string): boolean {
  return enLower.includes(token.toLowerCase()) || enSqueezed.includes(squeeze(token));
}

/** `FTA` → "free trade agreement": the letters are the initials of consecutive English words. */
function spelledOut(acronym: string, en: string): boolean {
  const words = en.split(/[\s-]+/).map((word) => word.replace(/^[^A-Za-z]+/, '')).filter(Boolean);
  const target = acronym.toLowerCase().replace(/&/g, '');
  const all = words.map((word) => word[0]!.toLowerCase()).join('');
  // "end-of-file" keeps its "of" (EOF); "Organisation for Economic Co-operation and Development" drops it (OECD).
  const content = words.filter((word) => !/^(?:of|and|for|the|on|in|&)$/i.test(word)).map((word) => word[0]!.toLowerCase()).join('');
  return all.includes(target) || content.includes(target);
}
