// Discourse cues of the English edition (session 7): a sentence that announces a list the next
// sentences give, and a sentence that carries on from the one before it; the links they decide.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../pipeline/align/index.js';
import { announcesList, carriesOn } from '../pipeline/align/continuation.js';

const linksOf = (ko: string[], en: string[]) => alignSentences(ko, en).map((link) => [link.ko, link.en]);

describe('an English sentence that announces a list', () => {
  it.each([
    ['The bank cited three factors.', true],
    ['The ministry plans to spend the money on four priorities:', true],
    ['The museum credited the jump to several factors.', true],
    ['Officials gave two reasons.', true],
    ['Costa scored the final three points.', false],
    ['Cho said a cut could come within the next three months.', false],
    ['The factors behind the drop are many.', false],
    ['He hit two home runs.', false],
  ])('announcesList(%s) is %s', (text, expected) => {
    expect(announcesList(text)).toBe(expected);
  });

  it('opens the 1-3 link of the Korean sentence that lists the items', () => {
    const ko = [
      '한 지방은행이 15일 기준금리를 연 2.75%로 동결했다.',
      '은행은 올해 성장률 전망치도 1.8%로 낮췄다.',
      '관광객 감소와 제조업 부진, 가계 소비 위축이 겹쳤다는 설명이다.',
      '다음 회의는 다음 달 20일 열린다.',
    ];
    const en = [
      'A regional bank held its key rate at 2.75 percent on the 15th.',
      'The bank also cut its growth outlook for this year to 1.8 percent.',
      'It pointed to three factors.',
      'Tourist arrivals have fallen and manufacturing remains weak.',
      'Household consumption has also shrunk.',
      'The next meeting is on the 20th of next month.',
    ];
    expect(linksOf(ko, en)).toEqual([[[0], [0]], [[1], [1]], [[2], [2, 3, 4]], [[3], [5]]]);
  });
});

describe('an English sentence that carries on from the one before it', () => {
  it.each([
    ['At the same time, it said the exam was hard enough.', true],
    ['It will also expand into Europe.', true],
    ['The magazine also praised the cast.', true],
    ['Some also raised the possibility of Russian help.', true],
    ['She said the team would appeal.', true],
    ['In addition, the city will open 30 more shelters.', true],
    ['Its first meeting will be held in May.', true],
    ['The city will open 30 more shelters.', false],
    ['Italy also won.', true],
    ['Itaewon was crowded.', false],
    ['Also booked were 11 agents.', false],
  ])('carriesOn(%s) is %s', (text, expected) => {
    expect(carriesOn(text)).toBe(expected);
  });

  it('keeps the second half of a split in its link when it shares one word of its own (heldout17, exam)', () => {
    const ko = [
      '올해 대학수학능력시험이 14일 전국 1300여 개 시험장에서 치러졌다.',
      '한국교육과정평가원은 "공교육 과정에서 다루지 않는 이른바 \'킬러 문항\'은 배제하되, 변별력은 충분히 확보했다"고 밝혔다.',
      '수험생은 모두 52만2670명이다.',
    ];
    const en = [
      'This year\'s college entrance exam was held on the 14th at some 1,300 test sites nationwide.',
      'The Korea Institute for Curriculum and Evaluation (KICE), which sets the test, said it had excluded so-called "killer questions" covering material not taught in public schools.',
      'At the same time, it said the exam still did enough to tell apart students of different abilities.',
      'A total of 522,670 students sat the exam.',
    ];
    expect(linksOf(ko, en)).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });
});
