// Discourse cues of the English edition (session 7): a sentence that announces a list the next
// sentences give, and a sentence that carries on from the one before it; the links they decide.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../pipeline/align/index.js';
import { announcesList, carriesOn } from '../pipeline/align/continuation.js';
import { buildAnchors } from '../pipeline/align/anchors.js';

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

describe('quotations: speech and quoted names are two kinds', () => {
  const kinds = (text: string, korean: boolean): string[] => {
    // The other side holds both kinds (a key seen on one side only is dropped).
    const anchors = korean
      ? buildAnchors([text], ['"We are glad to be here," she said of "Blue Hour."'], { language: 'ko-en' })
      : buildAnchors(['그는 "정말 기쁘다"며 \'블루\'를 말했다.'], [text], { language: 'ko-en' });
    const keys = korean ? anchors.src[0]! : anchors.tgt[0]!;
    return [...keys].map((id) => anchors.names![id]!).filter((name) => name === 'q' || name === 'qt');
  };

  it('reads a clause or a sentence ending as speech, a short name or title as a name', () => {
    expect(kinds('그는 "정말 기쁘다"고 했다.', true)).toEqual(['q']);
    expect(kinds('그는 2015년 드라마 "블루 아워"로 이름을 알렸다.', true)).toEqual(['qt']);
    expect(kinds('"I am very happy," he said.', false)).toEqual(['q']);
    expect(kinds('She rose to fame in the drama "Blue Hour."', false)).toEqual(['qt']);
    expect(kinds('"We will win this," he said.', false)).toEqual(['q']);
    expect(kinds('She rose to fame in the drama "Blue Hour" in 2015.', false)).toEqual(['qt']);
  });

  it('reads single quotes inside a Korean quotation on their own, and a quote left open as speech', () => {
    expect(kinds('평가원은 "이른바 \'킬러 문항\'은 배제하되, 변별력은 확보했다"고 밝혔다.', true).sort()).toEqual(['q', 'qt']);
    expect(kinds('"수연이는 도망갈 곳이 없는 사람이잖아요.', true)).toEqual(['q']);
  });

  it('pairs a Korean quotation split over two lines with the English sentence of the speech, not the one quoting a title', () => {
    const ko = [
      '배우 정하윤이 신작 영화에서 탈북민 수연 역을 맡았다.',
      '"수연이는 도망갈 곳이 없는 사람이잖아요.',
      '저도 도망가면 안 될 것 같았어요."',
      '영화는 다음 달 5일 개봉한다.',
    ];
    const en = [
      'Actor Jung Ha-yoon plays Su-yeon, a North Korean defector, in her new film.',
      '"Su-yeon has nowhere to run, and I felt I shouldn\'t run either," she said.',
      'Jung rose to fame in the 2015 television drama "Blue Hour" and has since moved between film and TV.',
      'The film opens on the 5th of next month.',
    ];
    expect(linksOf(ko, en)).toEqual([[[0], [0]], [[1, 2], [1]], [[], [2]], [[3], [3]]]);
  });
});

describe('a quotation that opens with a demonstrative', () => {
  it('opens its own link: "This is…" inside quotes points into the speech, not back', () => {
    const ko = [
      'LG 트윈스가 31일 한국시리즈 5차전에서 한화를 꺾고 우승했다.',
      '잠실구장에는 2만3750명의 관중이 들어찼다.',
      '전 좌석 매진이었다.',
      '김 감독은 "선수들이 1년 내내 하나로 뭉쳐 만든 결과"라고 말했다.',
    ];
    const en = [
      'The LG Twins beat Hanwha in Game 5 on the 31st to win the Korean Series.',
      'A sellout crowd of 23,750 packed Jamsil.',
      '"This is the result of the players sticking together all year," manager Kim said.',
    ];
    expect(linksOf(ko, en)).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
  });
});

describe('a 1-1 link with nothing on one side', () => {
  it('leaves a dropped line and an added one unpaired when one carries words found elsewhere and the other none (heldout2, golf)', () => {
    const folder = join('test/fixtures/align/heldout2/sports-golf-herald');
    const read = (file: string) => readFileSync(join(folder, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
    const ko = read('ko.txt');
    const en = read('en.txt');
    // 이번 대회에는 시즌 상위 60명만 출전했다. (dropped) beside Ko is a former world No. 1. (added)
    expect(ko[9]).toContain('60명만 출전');
    expect(en[9]).toBe('Ko is a former world No. 1.');
    const links = linksOf(ko, en);
    expect(links).toContainEqual([[9], []]);
    expect(links).toContainEqual([[], [9]]);
  });
});
