import { describe, expect, it } from 'vitest';
import { HANJA_ABBREVIATIONS, NEWS_LEXICON, SEED_LEXICON } from '../pipeline/align/lexicon.js';
import { NEWS_LEXICON_MORE } from '../pipeline/align/lexicon-news.js';
import { EVERYDAY_LEXICON as ALIGN_EVERYDAY } from '../pipeline/align/lexicon-everyday.js';
import { bareKey, SHARED_LEXICON } from '../pipeline/lexicon/index.js';
import { CONCRETE_LEXICON } from '../pipeline/validate/lexicon-concrete.js';
import { EVERYDAY_LEXICON, EVERYDAY_VERBS } from '../pipeline/validate/lexicon-everyday.js';
import { NEWS_COVER_LEXICON, NEWS_LIFE_LEXICON, NEWS_MORE_LEXICON, POLICY_LEXICON } from '../pipeline/validate/lexicon-policy.js';
import { EXTRA_LEXICON, englishTerms, koreanTerms, lexiconEntry, splitAlternatives } from '../pipeline/validate/lexicon.js';

const VALIDATOR_LISTS = [
  ...SEED_LEXICON,
  ...NEWS_LEXICON,
  ...NEWS_LEXICON_MORE,
  ...EXTRA_LEXICON,
  ...EVERYDAY_LEXICON,
  ...EVERYDAY_VERBS,
  ...POLICY_LEXICON,
  ...NEWS_LIFE_LEXICON,
  ...NEWS_MORE_LEXICON,
  ...NEWS_COVER_LEXICON,
];

// A sentence of function words only: no content-word fragment may match it.
const FUNCTION_WORDS = 'It is the one that we have and they are in it of to a for with on at by as be was were this so but not all he she';

// Keys that begin with an older key but name something else, so reading the older key there was wrong: 허리케인 is not
// 허리 "waist", 카드뮴 not 카드 "card", 은행나무 not 은행 "bank", 바다코끼리 "walrus" not 바다 "sea".
const UNRELATED_PREFIX = new Set(['바다코끼리', '기관지', '기관총', '수정체', '은행나무', '은행잎', '분기점', '매트리스', '허리케인', '카드뮴']);

describe('concrete lexicon (required renderings)', () => {
  it('is large, and its keys are words of two syllables or more (Hangul, or capital Latin letters)', () => {
    expect(CONCRETE_LEXICON.length).toBeGreaterThanOrEqual(800);
    for (const [key] of CONCRETE_LEXICON) {
      expect(key, key).toMatch(/^(?:[가-힣]{2,}|[A-Z]{2,})$/u);
    }
  });

  it('repeats no key of its own, of the stage lists or of the shared lexicon', () => {
    const seen = new Set<string>();
    for (const [key] of CONCRETE_LEXICON) {
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
    }
    const older = new Set([...VALIDATOR_LISTS, ...HANJA_ABBREVIATIONS, ...ALIGN_EVERYDAY, ...SHARED_LEXICON].map(([key]) => bareKey(key)));
    expect([...seen].filter((key) => older.has(key))).toEqual([]);
  });

  it('does not hide an older required key inside a compound of it (계약서 would hide 계약)', () => {
    const older = VALIDATOR_LISTS.map(([key]) => key).filter((key) => key.length >= 2 && lexiconEntry(key)?.ambiguous === false);
    const hiding = CONCRETE_LEXICON.map(([key]) => key).filter((key) => !UNRELATED_PREFIX.has(key) && older.some((other) => other !== key && key.startsWith(other)));
    expect(hiding).toEqual([]);
  });

  it('every English fragment compiles, skips function words and has a common-noun alternative (never a name only)', () => {
    const failures: string[] = [];
    for (const [key, fragment] of CONCRETE_LEXICON) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragment})(?![\\p{L}\\p{N}])`, 'iu');
      if (pattern.test(FUNCTION_WORDS)) failures.push(`${key}: matches function words`);
      if (splitAlternatives(fragment).every((alternative) => /^[A-Z]/.test(alternative))) failures.push(`${key}: names only`);
    }
    expect(failures).toEqual([]);
  });

  it('makes its keys required Korean terms, rendered by any of their alternatives', () => {
    const entry = lexiconEntry('코끼리')!;
    expect(entry.ambiguous).toBe(false);
    expect(koreanTerms('동물원의 코끼리가 새끼를 낳았다.').map((term) => term.entry.key)).toContain('코끼리');
    expect(entry.english.test('The zoo’s elephant gave birth.')).toBe(true);
    expect(lexiconEntry('갓길')!.english.test('He stopped on the hard shoulder.')).toBe(true);
    expect(lexiconEntry('대상포진')!.english.test('He was treated for shingles.')).toBe(true);
  });

  it('adds no English term of its own: its renderings only add sources to terms the other lists make', () => {
    // "walrus" is in no other list: an English "walrus" needs no Korean source.
    expect(englishTerms('A walrus was seen on the beach.').some((term) => term.text.toLowerCase() === 'walrus')).toBe(false);
  });
});
