// The shared Korean → English content-word lexicon: one list per domain, written by hand from general
// Korean–English usage, for any stage that needs word evidence between a Korean sentence and its English
// (the aligner's anchors, the validator's clause coverage). Entries are [Korean key, English fragment]:
// - the key is Hangul (spaces allowed); a leading `^` means it matches only at the start of a word
//   (no Hangul syllable just before it), for short stems that hide inside longer words;
// - the English side is a regular-expression fragment of alternatives, matched case-insensitively as
//   whole words (`englishPattern`), with inflections written as `\w*` or `s?`.
// No key here repeats a key of the older stage lists (pipeline/align/lexicon*.ts,
// pipeline/validate/lexicon*.ts); weights and filters stay in each stage.
import { ARTS_CULTURE_MEDIA } from './arts-culture-media.js';
import { ECONOMY_SHOPPING_MONEY } from './economy-shopping-money.js';
import { EDUCATION_WORK_LABOUR } from './education-work-labour.js';
import { ENVIRONMENT_SCIENCE_TECH } from './environment-science-tech.js';
import { EVERYDAY_OBJECTS_PLACES_TIME } from './everyday-objects-places-time.js';
import { FAMILY_LIFE_EMOTION } from './family-life-emotion.js';
import { FOOD_COOKING } from './food-cooking.js';
import { GENERAL_ABSTRACT } from './general-abstract.js';
import { HEALTH_MEDICINE } from './health-medicine.js';
import { HEALTH_FOOD_TRAVEL_MORE } from './health-food-travel-more.js';
import { HOUSING_AGRICULTURE_INDUSTRY } from './housing-agriculture-industry.js';
import { NEWS_ACTIONS } from './news-actions.js';
import { NEWS_REPORTING_MORE } from './news-reporting-more.js';
import { PEOPLE_ROLES } from './people-roles.js';
import { SOCIETY_LAW_GOVERNMENT } from './society-law-government.js';
import { SPORTS_LEISURE } from './sports-leisure.js';
import { TRAVEL_TRANSPORT } from './travel-transport.js';
import { VERBS_ADJECTIVES_ADVERBS } from './verbs-adjectives-adverbs.js';
import { COMMON_ADVERBS_TIME } from './common-adverbs-time.js';
import { COMMON_NEWS_VOCABULARY } from './common-news-vocabulary.js';
import { COMMON_NOTICES_REVIEWS } from './common-notices-reviews.js';
import { COMMON_VERBS_2 } from './common-verbs-2.js';
import { COMMON_VERBS_3 } from './common-verbs-3.js';
import { COMMON_VERBS_4 } from './common-verbs-4.js';
import { COMMON_VERBS_5 } from './common-verbs-5.js';
import { COMMON_ABSTRACT_NOUNS } from './common-abstract-nouns.js';
import { COMMON_EVERYDAY_REVIEWS } from './common-everyday-reviews.js';
import { COMMON_VERBS_6 } from './common-verbs-6.js';
import { COMMON_NEWS_NOUNS_3 } from './common-news-nouns-3.js';
import { COMMON_PEOPLE_OFFICES } from './common-people-offices.js';
import { COMMON_S8_COVERAGE } from './common-s8-coverage.js';
import { COMMON_FREE_RENDERINGS } from './common-free-renderings.js';

export type LexiconPair = readonly [string, string];

/** The domains, in the order their entries appear in SHARED_LEXICON. */
export const LEXICON_DOMAINS = {
  'health-medicine': HEALTH_MEDICINE,
  'food-cooking': FOOD_COOKING,
  'travel-transport': TRAVEL_TRANSPORT,
  'arts-culture-media': ARTS_CULTURE_MEDIA,
  'family-life-emotion': FAMILY_LIFE_EMOTION,
  'education-work-labour': EDUCATION_WORK_LABOUR,
  'economy-shopping-money': ECONOMY_SHOPPING_MONEY,
  'environment-science-tech': ENVIRONMENT_SCIENCE_TECH,
  'housing-agriculture-industry': HOUSING_AGRICULTURE_INDUSTRY,
  'society-law-government': SOCIETY_LAW_GOVERNMENT,
  'sports-leisure': SPORTS_LEISURE,
  'verbs-adjectives-adverbs': VERBS_ADJECTIVES_ADVERBS,
  'everyday-objects-places-time': EVERYDAY_OBJECTS_PLACES_TIME,
  'general-abstract': GENERAL_ABSTRACT,
  'health-food-travel-more': HEALTH_FOOD_TRAVEL_MORE,
  'news-reporting-more': NEWS_REPORTING_MORE,
  'news-actions': NEWS_ACTIONS,
  'people-roles': PEOPLE_ROLES,
  'common-news-vocabulary': COMMON_NEWS_VOCABULARY,
  'common-notices-reviews': COMMON_NOTICES_REVIEWS,
  'common-verbs-2': COMMON_VERBS_2,
  'common-verbs-3': COMMON_VERBS_3,
  'common-verbs-4': COMMON_VERBS_4,
  'common-verbs-5': COMMON_VERBS_5,
  'common-abstract-nouns': COMMON_ABSTRACT_NOUNS,
  'common-everyday-reviews': COMMON_EVERYDAY_REVIEWS,
  'common-verbs-6': COMMON_VERBS_6,
  'common-news-nouns-3': COMMON_NEWS_NOUNS_3,
  'common-people-offices': COMMON_PEOPLE_OFFICES,
  'common-adverbs-time': COMMON_ADVERBS_TIME,
  'common-s8-coverage': COMMON_S8_COVERAGE,
  'common-free-renderings': COMMON_FREE_RENDERINGS,
} as const satisfies Record<string, ReadonlyArray<LexiconPair>>;

export type LexiconDomain = keyof typeof LEXICON_DOMAINS;

/**
 * Domains whose English is often idiomatic rather than literal (light verbs, adverbs of degree and time, abstract
 * nouns such as 관련, 정도, 경우): an agreeing entry is good evidence, a missing rendering is weak evidence. A check
 * that reports words missing from a translation can leave these out (`lexiconEntries({ domains: literalDomains() })`).
 */
export const LOOSE_DOMAINS: readonly LexiconDomain[] = ['verbs-adjectives-adverbs', 'general-abstract', 'news-reporting-more', 'common-verbs-2', 'common-verbs-3', 'common-verbs-4', 'common-verbs-5', 'common-verbs-6', 'common-abstract-nouns', 'common-adverbs-time', 'common-s8-coverage', 'common-free-renderings'];

/** Every domain except the loose ones. */
export function literalDomains(): LexiconDomain[] {
  return (Object.keys(LEXICON_DOMAINS) as LexiconDomain[]).filter((domain) => !LOOSE_DOMAINS.includes(domain));
}

/** Every entry of every domain (keys are unique across domains). */
export const SHARED_LEXICON: ReadonlyArray<LexiconPair> = Object.values(LEXICON_DOMAINS).flat();

export interface LexiconOptions {
  /** Only these domains (default: all). */
  domains?: readonly LexiconDomain[];
  /** Leave out these keys (compared without the `^` mark), e.g. keys a stage already holds. */
  exclude?: Iterable<string>;
  /** Leave out keys shorter than this many characters, without the `^` mark (default 1). */
  minKeyLength?: number;
}

/** The key without its `^` start-of-word mark. */
export function bareKey(key: string): string {
  return key.startsWith('^') ? key.slice(1) : key;
}

/** Entries of the shared lexicon, filtered by domain, by an exclusion list and by key length. */
export function lexiconEntries(options: LexiconOptions = {}): ReadonlyArray<LexiconPair> {
  const source = options.domains ? options.domains.flatMap((domain) => LEXICON_DOMAINS[domain]) : SHARED_LEXICON;
  const exclude = new Set([...(options.exclude ?? [])].map(bareKey));
  const minLength = options.minKeyLength ?? 1;
  if (exclude.size === 0 && minLength <= 1) return source;
  return source.filter(([key]) => !exclude.has(bareKey(key)) && bareKey(key).length >= minLength);
}

let domainOf: Map<string, LexiconDomain> | undefined;

/** The domain a key belongs to (with or without its `^` mark), or undefined. */
export function lexiconDomain(key: string): LexiconDomain | undefined {
  if (!domainOf) {
    domainOf = new Map();
    for (const [domain, entries] of Object.entries(LEXICON_DOMAINS) as [LexiconDomain, ReadonlyArray<LexiconPair>][]) {
      for (const [ko] of entries) domainOf.set(bareKey(ko), domain);
    }
  }
  return domainOf.get(bareKey(key));
}

/** The English fragment as a case-insensitive whole-word pattern (no letter or digit on either side). */
export function englishPattern(fragment: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragment})(?![\\p{L}\\p{N}])`, flags);
}

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;

/** Whether a key occurs in Korean text, honouring the `^` start-of-word mark. */
export function koreanKeyIn(text: string, key: string): boolean {
  const word = bareKey(key);
  if (!key.startsWith('^')) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !HANGUL_SYLLABLE.test(text[at - 1]!)) return true;
  }
  return false;
}

/** The top-level alternatives of an English fragment (`a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`). */
export function topAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  for (let k = 0; k < pattern.length; k++) {
    const char = pattern[k]!;
    if (char === '\\') {
      current += char + (pattern[k + 1] ?? '');
      k++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    if (char === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
    } else current += char;
  }
  alternatives.push(current);
  return alternatives;
}
