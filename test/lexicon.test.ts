import { describe, expect, it } from 'vitest';
import { HANJA_ABBREVIATIONS, NEWS_LEXICON, SEED_LEXICON } from '../pipeline/align/lexicon.js';
import { NEWS_LEXICON_MORE } from '../pipeline/align/lexicon-news.js';
import { EVERYDAY_LEXICON as ALIGN_EVERYDAY } from '../pipeline/align/lexicon-everyday.js';
import { EXTRA_LEXICON } from '../pipeline/validate/lexicon.js';
import { EVERYDAY_LEXICON as VALIDATE_EVERYDAY, EVERYDAY_VERBS } from '../pipeline/validate/lexicon-everyday.js';
import {
  bareKey,
  englishPattern,
  koreanKeyIn,
  LEXICON_DOMAINS,
  LOOSE_DOMAINS,
  literalDomains,
  lexiconDomain,
  lexiconEntries,
  SHARED_LEXICON,
  topAlternatives,
} from '../pipeline/lexicon/index.js';

/** A plausible English form an alternative stands for: `\w*` → nothing, `s?` → nothing, first branch of groups. */
function sampleForm(alternative: string): string {
  let text = alternative;
  // Innermost groups first: keep the first branch of each, drop optional ones.
  for (let guard = 0; guard < 20 && /\((?:\?:)?[^()]*\)/.test(text); guard++) {
    text = text.replace(/\((?:\?:)?([^()]*)\)(\?)?/g, (_, body: string, optional: string | undefined) => (optional ? '' : body.split('|')[0]!));
  }
  return text
    .replace(/\[([^\]])[^\]]*\]\??/g, '$1')
    .replace(/\\w\*/g, '')
    .replace(/\\w\+/g, 'x')
    .replace(/\\d[+*]?/g, '1')
    .replace(/\\s\??/g, ' ')
    .replace(/(.)\?/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/-\?/g, '')
    .trim();
}

// A sentence of function words only: no content-word fragment may match it.
const FUNCTION_WORDS = 'It is the one that we have and they are in it of to a for with on at by as be was were this so but not all he she';

const OLDER = [
  ...SEED_LEXICON,
  ...HANJA_ABBREVIATIONS,
  ...NEWS_LEXICON,
  ...NEWS_LEXICON_MORE,
  ...ALIGN_EVERYDAY,
  ...VALIDATE_EVERYDAY,
  ...EVERYDAY_VERBS,
  ...EXTRA_LEXICON,
];

describe('shared lexicon', () => {
  it('is large, and every domain holds entries', () => {
    expect(SHARED_LEXICON.length).toBeGreaterThanOrEqual(3000);
    for (const [domain, entries] of Object.entries(LEXICON_DOMAINS)) {
      expect(entries.length, domain).toBeGreaterThanOrEqual(50);
    }
    expect(SHARED_LEXICON.length).toBe(Object.values(LEXICON_DOMAINS).reduce((sum, entries) => sum + entries.length, 0));
  });

  it('keys are Hangul (spaces allowed), optionally marked ^, and short keys start a word', () => {
    for (const [key] of SHARED_LEXICON) {
      expect(key, key).toMatch(/^\^?[가-힣][가-힣 ]*$/u);
      if (bareKey(key).trim().length <= 2) expect(key.startsWith('^'), `${key} should be marked ^`).toBe(true);
    }
  });

  it('has no duplicate keys, within itself or against the stage lists', () => {
    const seen = new Set<string>();
    for (const [key] of SHARED_LEXICON) {
      expect(seen.has(bareKey(key)), `duplicate ${key}`).toBe(false);
      seen.add(bareKey(key));
    }
    const older = new Set(OLDER.map(([key]) => bareKey(key)));
    const clashes = [...seen].filter((key) => older.has(key));
    expect(clashes).toEqual([]);
  });

  it('every English fragment compiles and matches a plausible English form of each alternative', () => {
    const failures: string[] = [];
    for (const [key, fragment] of SHARED_LEXICON) {
      const pattern = englishPattern(fragment);
      expect(pattern.flags).toContain('i');
      for (const alternative of topAlternatives(fragment)) {
        const form = sampleForm(alternative);
        if (!form || !/[A-Za-z]/.test(form)) continue;
        if (!pattern.test(`They said ${form.toUpperCase()} today.`) || !pattern.test(`${form}.`)) failures.push(`${key}: ${alternative} (${form})`);
      }
      if (pattern.test(FUNCTION_WORDS)) failures.push(`${key}: matches function words`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('English fragments match whole words only', () => {
    const entry = SHARED_LEXICON.find(([key]) => bareKey(key) === '병동')!;
    expect(englishPattern(entry[1]).test('the hospital ward was full')).toBe(true);
    expect(englishPattern(entry[1]).test('an awkward silence')).toBe(false);
  });
});

describe('lexiconEntries', () => {
  it('returns everything by default, and filters by domain, exclusion and key length', () => {
    expect(lexiconEntries()).toBe(SHARED_LEXICON);
    const food = lexiconEntries({ domains: ['food-cooking'] });
    expect(food).toEqual(LEXICON_DOMAINS['food-cooking']);
    const some = food.slice(0, 3).map(([key]) => key);
    const without = lexiconEntries({ domains: ['food-cooking'], exclude: some.map(bareKey) });
    expect(without.length).toBe(food.length - 3);
    const long = lexiconEntries({ minKeyLength: 3 });
    expect(long.every(([key]) => bareKey(key).length >= 3)).toBe(true);
    expect(long.length).toBeLessThan(SHARED_LEXICON.length);
  });

  it('splits the domains into literal and loose ones', () => {
    const literal = literalDomains();
    expect(literal.length + LOOSE_DOMAINS.length).toBe(Object.keys(LEXICON_DOMAINS).length);
    expect(literal).not.toContain('verbs-adjectives-adverbs');
    const entries = lexiconEntries({ domains: literal });
    expect(entries.every(([key]) => lexiconDomain(key) !== 'verbs-adjectives-adverbs')).toBe(true);
  });

  it('knows the domain of a key, with or without its mark', () => {
    const [key] = LEXICON_DOMAINS['health-medicine'][0]!;
    expect(lexiconDomain(key)).toBe('health-medicine');
    expect(lexiconDomain(bareKey(key))).toBe('health-medicine');
    expect(lexiconDomain('없는말')).toBeUndefined();
  });
});

describe('koreanKeyIn', () => {
  it('honours the start-of-word mark', () => {
    expect(koreanKeyIn('병동에 입원했다', '^병동')).toBe(true);
    expect(koreanKeyIn('그는 소아병동에 있다', '^병동')).toBe(false);
    expect(koreanKeyIn('그는 소아병동에 있다', '병동')).toBe(true);
    expect(koreanKeyIn('(병동) 확인', '^병동')).toBe(true);
  });
});

describe('englishTerms', () => {
  it('reads renderings written inside a group, and an optional group in front both ways', async () => {
    const { englishTerms } = await import('../pipeline/validate/lexicon.js');
    // '^권고' is written `(?:recommend\w*|advis\w*|urg\w*|…)` in the shared lexicon.
    expect(englishTerms('The agency urges caution.').find((term) => term.text === 'urges')?.keys).toContain('권고');
    expect(englishTerms('They recommended a delay.').find((term) => term.text === 'recommended')?.keys).toContain('권고');
  });
});
