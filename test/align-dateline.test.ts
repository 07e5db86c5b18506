import { describe, expect, it } from 'vitest';
import { dropEnglishDateline, dropKoreanDateline } from '../pipeline/align/credits.js';
import { isEnglishPresent } from '../pipeline/align/tense.js';

describe('wire datelines before a lead', () => {
  it('drops a Korean dateline and byline, and leaves a dateline alone on its line', () => {
    expect(dropKoreanDateline('(대전=메디타임스) 최윤희 기자 = 피 몇 방울로 진단한다.')).toBe('피 몇 방울로 진단한다.');
    expect(dropKoreanDateline('【세종=연합뉴스】 홍길동 기자 = 기획재정부는 밝혔다.')).toBe('기획재정부는 밝혔다.');
    expect(dropKoreanDateline('[서울=뉴시스] 정부가 밝혔다.')).toBe('정부가 밝혔다.');
    expect(dropKoreanDateline('(서울=연합뉴스)')).toBe('(서울=연합뉴스)');
    expect(dropKoreanDateline('(사진) 회담하는 두 정상')).toBe('(사진) 회담하는 두 정상');
  });

  it('drops an English wire dateline', () => {
    expect(dropEnglishDateline('SEOUL, July 23 (Yonhap) -- The ruling party elected a leader.')).toBe('The ruling party elected a leader.');
    expect(dropEnglishDateline('Seoul, the capital, is large.')).toBe('Seoul, the capital, is large.');
  });
});

describe('tense of a sentence with a name', () => {
  it('reads a capitalised -ed word inside the sentence as part of a name, not a past verb', () => {
    expect(isEnglishPresent('KAIST, the Korea Advanced Institute of Science and Technology, is a state-run university.')).toBe(true);
    expect(isEnglishPresent('The team analyzed proteins in the blood.')).toBe(false);
  });
});
