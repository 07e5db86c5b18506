import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, GALE_CHURCH_OPTIONS } from '../pipeline/align/index.js';
import { isEnglishCaption, isEnglishCredit, isKoreanCaption, isKoreanCredit, isKoreanSubheading } from '../pipeline/align/credits.js';
import { foreignContent } from '../pipeline/align/foreign.js';
import { alternativeStarts, dropDatelineDate } from '../pipeline/align/anchors.js';

type Pair = [number[], number[]];

function load(folder: string) {
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.txt')))
    .sort()
    .map((name) => {
      const lines = (file: string) => readFileSync(join(folder, name, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      const gold = lines('gold.txt').map((line): Pair => {
        const [ko, en] = line.split(':').map((side) => JSON.parse(side) as number[]);
        return [ko!, en!];
      });
      return { name, ko: lines('ko.txt'), en: lines('en.txt'), gold };
    });
}

/** The set's gold holds every link type the aligner has: 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1. */
function expectEveryLinkType(docs: { gold: Pair[] }[]): void {
  const types = new Set(docs.flatMap((doc) => doc.gold.map(([a, b]) => `${a.length}-${b.length}`)));
  for (const type of ['0-1', '1-0', '1-1', '1-2', '2-1', '2-2', '1-3', '3-1']) expect(types).toContain(type);
}

/** Strict F1 as Vecalign's score.py: precision over all links, recall over gold links with both sides. */
function strictF1(docs: { gold: Pair[] }[], tests: Pair[][]): number {
  const key = ([a, b]: Pair) => JSON.stringify([a, b]);
  let tp = 0;
  let predicted = 0;
  let recalled = 0;
  let goldBoth = 0;
  docs.forEach((doc, d) => {
    const gold = new Set(doc.gold.map(key));
    const test = tests[d]!;
    tp += test.filter((link) => gold.has(key(link))).length;
    predicted += test.length;
    const testBoth = new Set(test.filter(([a, b]) => a.length && b.length).map(key));
    const both = doc.gold.filter(([a, b]) => a.length && b.length);
    recalled += both.filter((link) => testBoth.has(key(link))).length;
    goldBoth += both.length;
  });
  const precision = tp / predicted;
  const recall = recalled / goldBoth;
  return (2 * precision * recall) / (precision + recall);
}

describe('held-out KO-EN news (test/fixtures/align/heldout)', () => {
  const docs = load('test/fixtures/align/heldout');

  it('holds at least ten documents with gold links of every type', () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
    expectEveryLinkType(docs);
  });

  it('gold links cover every sentence once, in order', () => {
    for (const doc of docs) {
      expect(doc.gold.flatMap(([ko]) => ko)).toEqual(doc.ko.map((_, i) => i));
      expect(doc.gold.flatMap(([, en]) => en)).toEqual(doc.en.map((_, j) => j));
    }
  });

  it('scores strict F1 ≥ 0.90, far above the length-only baseline', () => {
    const ours = strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en).map((link): Pair => [link.ko, link.en])));
    const baseline = strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en, GALE_CHURCH_OPTIONS).map((link): Pair => [link.ko, link.en])));
    // Measured: 0.929 vs 0.368 (bench:align; first sight before tuning 0.780).
    expect(ours).toBeGreaterThanOrEqual(0.9);
    expect(ours).toBeGreaterThan(baseline + 0.4);
  });
});

describe('later held-out KO-EN news (heldout2 to heldout20)', () => {
  const scoreOf = (folder: string) => {
    const docs = load(folder);
    return {
      docs,
      ours: strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en).map((link): Pair => [link.ko, link.en]))),
      baseline: strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en, GALE_CHURCH_OPTIONS).map((link): Pair => [link.ko, link.en]))),
    };
  };

  /** Each later set: what it is, its documents and every link type where checked, its floor of strict F1 and its margin over Gale–Church. */
  const laterSets: { folder: string; what: string; docs?: number; everyType?: boolean; floor: number; margin: number }[] = [
    // Measured: 0.927 vs 0.303 (bench:align; session 7: a 1-1 with nothing on one side).
    { folder: 'heldout2', what: 'the second set (3 documents, first sight 0.716)', floor: 0.92, margin: 0.4 },
    // Measured: 0.947 vs 0.370 (bench:align).
    { folder: 'heldout3', what: 'the third set (probe align-3, 6 documents, first sight 0.737)', docs: 6, floor: 0.9, margin: 0.4 },
    // Measured: 0.961 vs 0.517 (bench:align).
    { folder: 'heldout4', what: 'the fourth set (5 documents, every link type, first sight 0.949)', everyType: true, floor: 0.9, margin: 0.3 },
    // Measured: 0.942 vs 0.423 (bench:align).
    { folder: 'heldout5', what: 'the fifth set (3 documents with few figures or names, first sight 0.942)', floor: 0.9, margin: 0.4 },
    { folder: 'heldout6', what: 'the sixth set (6 news documents written by another hand, first sight 0.829)', floor: 0.85, margin: 0.3 },
    { folder: 'heldout7', what: 'the seventh set (5 news documents written by another hand, first sight 0.821)', floor: 0.85, margin: 0.3 },
    // Measured: 0.943 vs 0.398 (bench:align).
    { folder: 'heldout8', what: "the eighth set (session 3's unseen set, 7 documents, first sight 0.892)", docs: 7, everyType: true, floor: 0.9, margin: 0.3 },
    // Measured: 0.929 vs 0.340 (bench:align; first sight 0.890).
    { folder: 'heldout9', what: "the ninth set (session 4's unseen set, 8 documents, first sight 0.890)", docs: 8, everyType: true, floor: 0.85, margin: 0.3 },
    // Measured: 0.972 vs 0.252 (bench:align; first sight 0.907).
    { folder: 'heldout10', what: "the tenth set (session 4's second unseen set, 7 documents, first sight 0.907)", docs: 7, everyType: true, floor: 0.9, margin: 0.3 },
    // Measured: 0.948 vs 0.360 (bench:align; first sight 0.928).
    { folder: 'heldout11', what: "the eleventh set (session 5's unseen set 6, 8 documents, first sight 0.928)", docs: 8, everyType: true, floor: 0.9, margin: 0.3 },
    // Measured: 0.949 (bench:align; first sight 0.894; the dollar conversion of definition.ts, the speaker who goes on; session 7: 한국시간 is no Korea).
    { folder: 'heldout12', what: "the twelfth set (session 5's unseen set 7, 8 documents, first sight 0.894)", docs: 8, everyType: true, floor: 0.94, margin: 0.3 },
    // Measured: 0.799 vs 0.316 (bench:align; first sight 0.746; captions opening 사진=, 다만 as a turn, sports and labour words, expansions). Its gold forces shapes the other sets write otherwise (added background kept in a 1-3, two clear 1-1s as a 2-2).
    { folder: 'heldout13', what: "the thirteenth set (session 5's unseen set 8, 7 documents, first sight 0.746)", docs: 7, everyType: true, floor: 0.79, margin: 0.3 },
    // Measured: 0.986 (bench:align; first sight 0.914, session-6 round-2 start 0.928; lead-ins with 도, names defined with "is a").
    { folder: 'heldout14', what: "the fourteenth set (session 6's unseen set 9, 8 documents, first sight 0.914)", docs: 8, everyType: true, floor: 0.97, margin: 0.3 },
    // Session 6's sets 10–12 stayed unseen to that session's end (final code 0.892 / 0.946 / 0.927); tuning data from session 7.
    // Session 7 (docs/align.md): 0.892 → 0.946, 0.946 → 0.985, 0.927 → 0.956, and set 16 0.901 → 0.944.
    { folder: 'heldout15', what: "the fifteenth set (session 6's unseen set 10, 7 documents, first sight 0.894)", docs: 7, everyType: true, floor: 0.94, margin: 0.3 },
    { folder: 'heldout16', what: "the sixteenth set (session 6's unseen set 11, 7 documents, first sight 0.926)", docs: 7, everyType: true, floor: 0.98, margin: 0.3 },
    { folder: 'heldout17', what: "the seventeenth set (session 6's unseen set 12, 7 documents, first sight 0.927)", docs: 7, everyType: true, floor: 0.95, margin: 0.3 },
    { folder: 'heldout18', what: "the eighteenth set (session 7's set 16: news, features, opinion; 8 documents, first sight 0.901)", docs: 8, everyType: true, floor: 0.93, margin: 0.3 },
    // Session 7's sets 14 and 15 stayed unseen to that session's end (0.956 / 0.934); tuning data from session 8.
    { folder: 'heldout19', what: "the nineteenth set (session 7's unseen set 14: news, 7 documents, 0.956)", docs: 7, everyType: true, floor: 0.95, margin: 0.3 },
    { folder: 'heldout20', what: "the twentieth set (session 7's unseen set 15: other genres, 7 documents, 0.934)", docs: 7, everyType: true, floor: 0.93, margin: 0.3 },
  ];

  for (const set of laterSets) {
    it(`keeps ${set.what} at ${set.floor} or more`, () => {
      const { docs, ours, baseline } = scoreOf(`test/fixtures/align/${set.folder}`);
      if (set.docs !== undefined) expect(docs.length).toBe(set.docs);
      if (set.everyType) expectEveryLinkType(docs);
      expect(ours).toBeGreaterThanOrEqual(set.floor);
      expect(ours).toBeGreaterThan(baseline + set.margin);
    });
  }

  it('folds a short lead-in whose topic takes 도 into the sentence with its figures', () => {
    const ko = ['올해 수출은 6% 늘어난 7000억 달러를 기록했다.', '중국 수출도 크게 늘었다.', '대중국 수출은 1400억 달러로 전년보다 12% 증가했다.', '정부는 내년 수출 목표를 7500억 달러로 잡았다.'];
    const en = ['Exports rose 6 percent this year to $700 billion.', 'Shipments to China jumped 12 percent from a year earlier to $140 billion.', "The government set next year's export target at $750 billion."];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
  });

  it('keeps an English sentence that spells out the Korean\'s own figures (a year, a count) in a 1-2 however long', () => {
    const ko = ['정부는 내년도 최저임금을 시간당 1만320원으로 확정했다고 5일 밝혔다.', '최저임금이 동결되는 것은 2009년 이후 17년 만이다.', '노동계는 즉각 반발했다.'];
    const en = [
      "The government on Tuesday set next year's minimum wage at 10,320 won an hour.",
      'It is the first freeze of the minimum wage in 17 years.',
      'The wage was last kept unchanged in 2009, when businesses struggled after the global financial crisis.',
      'Labor groups immediately protested.',
    ];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });

  it('leaves a caption that opens with its tag (사진=…) unaligned', () => {
    expect(isKoreanCaption('사진=28일 오전 서울 종로구 광화문광장에서 시민들이 걷고 있다.')).toBe(true);
    expect(isKoreanCaption('사진은 지난해 열린 행사 모습이다.')).toBe(false);
  });

  it('reads a scene told in the progressive with a day and a place as a caption that lost its tag', () => {
    expect(isKoreanCaption('12일 서울 종로구의 한 무더위쉼터에서 어르신들이 더위를 피하고 있다.')).toBe(true);
    expect(isKoreanCaption('한 CTO가 10일 서울 코엑스에서 신제품을 발표하고 있다.')).toBe(true);
    expect(isKoreanCaption('태풍은 5일 오전 9시 현재 대만 남동쪽 해상에서 북서진하고 있다.')).toBe(false);
    expect(isKoreanCaption('경찰에 따르면 피의자는 3일 서울의 한 병원에서 치료를 받고 있다.')).toBe(false);
    expect(isKoreanCaption('정부는 피해자들에게 저리 대출을 지원하고 있다.')).toBe(false);
    const ko = [
      'LG 트윈스가 31일 잠실구장에서 열린 한국시리즈 5차전에서 한화를 4-1로 꺾고 우승했다.',
      '2년 만의 통합 우승이다.',
      '우승 축하 행사는 다음 달 2일 잠실구장에서 열린다.',
      '31일 잠실구장에서 승리한 LG 선수들이 마운드에 모여 환호하고 있다.',
    ];
    const en = [
      'The LG Twins beat Hanwha 4-1 in Game 5 at Jamsil on the 31st to win the Korean Series.',
      'It is their first combined title in two years.',
      "A victory celebration will be held at LG's home stadium in Jamsil on Nov. 2.",
    ];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], []]]);
  });

  it('keeps a speaker\'s second remark (그는 "…"고 우려했다) in the link of the first', () => {
    const ko = [
      '노동부는 판결을 검토하겠다고 밝혔다.',
      '반면 업계는 당혹스럽다는 반응이다.',
      '한 배달대행업체 대표는 "기사를 모두 근로자로 고용하면 비용이 30% 이상 늘어날 수 있다"고 말했다.',
      '그는 "결국 배달비 인상으로 이어질 수밖에 없다"고 우려했다.',
    ];
    const en = [
      'The labor ministry said it will review the ruling.',
      'The industry was taken aback, with the head of one delivery agency warning that hiring all riders as employees could raise costs by more than 30 percent and inevitably push up delivery fees.',
    ];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1, 2, 3], [1]],
    ]);
  });

  it('reads native day counts as figures and keeps a swapped pair of sentences as one 2-2 link', () => {
    // 사흘 is three days; the two reports cross over, and an added line follows them.
    const ko = ['이번 발사는 한미 연합훈련이 시작된 지 사흘 만에 이뤄졌다.', '대(對)중국 수출은 3.5% 증가하며 석 달 연속 플러스를 나타냈다.', '미국으로의 수출은 월간 기준 역대 최대치를 경신했다.'];
    const en = [
      'The launch came three days after South Korea and the United States began their combined military exercise.',
      'Shipments to the United States hit an all-time monthly high.',
      'Exports to China grew 3.5 percent, marking the third straight month of gains.',
      'China and the U.S. are South Korea\'s two largest trading partners.',
    ];
    const links = alignSentences(ko, en).map((link) => `[${link.ko}]:[${link.en}]`);
    expect(links).toEqual(['[0]:[0]', '[1,2]:[1,2]', '[]:[3]']);
  });
});

describe('credit lines', () => {
  it('recognises signatures, datelines, mastheads and wire tags', () => {
    for (const line of ['jhkim@yna.co.kr', '김지훈 기자 jhkim@yna.co.kr', '(서울=연합뉴스)', '(부산=연합뉴스) 박성진 기자']) expect(isKoreanCredit(line)).toBe(true);
    for (const line of ['(END)', '(LEAD)', 'Korea JoongAng Daily', 'The Korea Herald', 'lee.jaeeun@joongang.co.kr', '(Photo: Yonhap)', 'By Choi Soo-jin', 'BY PARK SO-YOUNG [park.soyoung@joongang.co.kr]']) {
      expect(isEnglishCredit(line)).toBe(true);
    }
    expect(isKoreanCredit('그는 "뉴스를 봤다"고 말했다.')).toBe(false);
    // Broadcast sign-offs and hand-overs.
    for (const line of ['지금까지 날씨였습니다.', 'KBS 뉴스 김지원입니다.', '지금까지 도쿄에서 전해드렸습니다.', '이민정 기자가 보도합니다.']) expect(isKoreanCredit(line)).toBe(true);
    for (const line of ['지금까지 피해는 없었습니다.', '지금까지 이런 일은 처음이었습니다.', '그는 기자 출신입니다.']) expect(isKoreanCredit(line)).toBe(false);
    expect(isEnglishCredit('The election will be held on Nov. 5.')).toBe(false);
  });

  it.each(['저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지', '【서울=뉴시스】 홍길동 기자 =', '서울=연합뉴스', '[단독]', '(끝)', '김지훈 기자(kim@yna.co.kr)', '도쿄/EPA연합뉴스', '서울/뉴스1'])('reads the Korean footer, tag or dateline %s as a credit', (line) => {
    expect(isKoreanCredit(line)).toBe(true);
  });

  it.each(['By Park Ji-won (jwpark@heraldcorp.com)', 'Kim Eun-ji / Korea JoongAng Daily', 'Written by Kim Eun-ji', 'By Kim Eun-ji, Yonhap News Agency', '© 2025 Yonhap News Agency. All rights reserved.', '/Yonhap'])(
    'reads the English byline or footer %s as a credit',
    (line) => {
      expect(isEnglishCredit(line)).toBe(true);
    },
  );

  it.each(['정부는 (끝까지) 간다.', '(서울=연합뉴스) 김지훈 기자 = 국민의힘이 23일 당대표를 선출했다.'])('keeps the sentence %s', (line) => {
    expect(isKoreanCredit(line)).toBe(false);
  });

  it('keeps a credit line out of its neighbour’s link even when the lengths would fit', () => {
    const ko = ['정부는 연간 수출 목표를 750억 달러로 제시했다.', '(부산=연합뉴스) 박성진 기자'];
    const en = ['The government set an export target of $75 billion for the year.', 'Korea JoongAng Daily'];
    const links = alignSentences(ko, en).map((link) => JSON.stringify([link.ko, link.en]));
    expect(links.sort()).toEqual(['[[0],[0]]', '[[1],[]]', '[[],[1]]']);
  });
});

describe('photo captions', () => {
  it.each([
    ['5일 오후 제주 서귀포시 앞바다에 높은 파도가 일고 있다. [연합뉴스 자료사진]', true],
    ['9일 오전 서울 종로구 일대가 초미세먼지로 뿌옇다. 2026.1.9 /뉴스1', true],
    ['선수들이 우승을 확정한 뒤 기뻐하고 있다. (사진=구단 제공)', true],
    ['병원이 독감 환자들로 붐비고 있다. 2025.11.22 hong@yna.co.kr', true],
    ['예산안이 국회 본회의에서 통과되고 있다. 연합뉴스', true],
    ['피고인이 선고 공판에 출석하고 있다. /사진=뉴스1', true],
    ['▲이시바 시게루 일본 총리가 3일 도쿄 총리 관저에서 기념촬영을 위해 포즈를 취하고 있다.', true],
    ['▲ 주요 내용: 내년부터 지원금을 두 배로 늘린다.', false],
    ['국내총생산(GDP)은 2.1% 늘었다.', false],
    ['환율은 1,400원(2025.11.27 기준)이다.', false],
    ['그는 "좋다"(웃음)고 말했다.', false],
    ['가격은 5천원/kg이다.', false],
  ])('isKoreanCaption(%s) is %s', (text, caption) => {
    expect(isKoreanCaption(text)).toBe(caption);
  });

  it('reads English captions by their closing credit', () => {
    expect(isEnglishCaption('High waves crash off Seogwipo on Thursday. (Yonhap)')).toBe(true);
    expect(isEnglishCaption('Fans cheer at the stadium. [AP]')).toBe(true);
    expect(isEnglishCaption('(Yonhap)')).toBe(false);
    expect(isEnglishCaption('The bank kept rates on hold.')).toBe(false);
  });

  it('leaves the captions written into eight held-out documents out of the links (test/fixtures/align/captions)', () => {
    const docs = load('test/fixtures/align/captions');
    expect(docs.length).toBe(8);
    for (const doc of docs) {
      const captions = doc.ko.flatMap((text, i) => (isKoreanCaption(text) ? [i] : []));
      expect(captions.length).toBe(1);
      const links = alignSentences(doc.ko, doc.en).map((link) => `[${link.ko}]:[${link.en}]`);
      expect(links).toContain(`[${captions[0]}]:[]`);
    }
    // Measured: 0.956 (0.894 without caption handling).
    expect(strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en).map((link): Pair => [link.ko, link.en])))).toBeGreaterThanOrEqual(0.94);
  });

  it('leaves a Korean caption on the article’s own topic out of the links, and pairs two captions', () => {
    const ko = ['제11호 태풍이 북상하면서 제주에 비상이 걸렸다.', '5일 오후 제주 서귀포시 앞바다에 높은 파도가 일고 있다. [연합뉴스 자료사진]', '기상청은 제주 전역에 태풍 경보를 발령했다.'];
    const en = ['Jeju is on alert as Typhoon No. 11 moves north.', 'The weather agency issued a typhoon warning for all of Jeju.'];
    expect(alignSentences(ko, en).map((link) => `[${link.ko}]:[${link.en}]`)).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]']);
    const withCaption = [en[0]!, 'High waves crash off Seogwipo on Jeju Island on Thursday. (Yonhap)', en[1]!];
    expect(alignSentences(ko, withCaption).map((link) => `[${link.ko}]:[${link.en}]`)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
  });
});

describe('subheadings and broadcast cues', () => {
  it.each([
    ['[앵커]', true],
    ['<앵커 멘트>', true],
    ['[리포트]', true],
    ['[인터뷰] 김철수/서울 마포구', true],
    ['◇ 전셋값 48주 연속 상승', true],
    ['■ 주담대 증가 폭 3년 만에 최대', true],
    ['▶ 하이브리드·SUV가 수출 견인', true],
    ['■ 정부는 내년부터 지원금을 두 배로 늘리기로 했다.', false],
    ['[인터뷰] 김철수 씨는 "좋다"고 말했다.', false],
  ])('isKoreanSubheading(%s) is %s', (text, furniture) => {
    expect(isKoreanSubheading(text)).toBe(furniture);
  });

  it('pairs a subheading, a caption and a credit with their translations when the translator\'s ids are known (the pipeline)', () => {
    const ko = ['◇ 전셋값 48주 연속 상승', '서울 아파트 전셋값은 0.09% 올라 48주 연속 상승했다.', '5일 오후 제주 앞바다에 높은 파도가 일고 있다. [연합뉴스 자료사진]'];
    const en = ['◇ Jeonse prices up for 48th week', 'Jeonse prices in Seoul rose 0.09 percent, up for the 48th straight week.', 'High waves roll in off Jeju on Thursday afternoon. [Yonhap file photo]'];
    expect(alignSentences(ko, en, { owners: [0, 1, 2] }).map((link) => `[${link.ko}]:[${link.en}]`)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
    // A photo credit on its own line, translated: "Tokyo/EPA-Yonhap News" reads as a credit, "도쿄/EPA연합뉴스" not.
    const credit = alignSentences([ko[2]!, '도쿄/EPA연합뉴스'], [en[2]!, 'Tokyo/EPA-Yonhap News'], { owners: [0, 1] });
    expect(credit.map((link) => `[${link.ko}]:[${link.en}]`)).toEqual(['[0]:[0]', '[1]:[1]']);
  });

  it('leaves subheadings and cues written into seven held-out documents out of the links (test/fixtures/align/subheads)', () => {
    const docs = load('test/fixtures/align/subheads');
    expect(docs.length).toBe(7);
    for (const doc of docs) {
      const links = alignSentences(doc.ko, doc.en).map((link) => `[${link.ko}]:[${link.en}]`);
      doc.ko.forEach((text, i) => {
        if (isKoreanSubheading(text)) expect(links).toContain(`[${i}]:[]`);
      });
    }
    // Measured: 0.972 (0.851 without).
    expect(strictF1(docs, docs.map((doc) => alignSentences(doc.ko, doc.en).map((link): Pair => [link.ko, link.en])))).toBeGreaterThanOrEqual(0.94);
  });
});

describe('wire datelines', () => {
  it('takes the filing date out of an English dateline: the Korean dateline has none', () => {
    expect(dropDatelineDate('SEJONG, Nov. 26 (Yonhap) -- Health authorities issued an advisory.')).toBe('SEJONG,  (Yonhap) -- Health authorities issued an advisory.');
    expect(dropDatelineDate('NEW YORK, Sept. 9 (Reuters) — Stocks fell.')).toBe('NEW YORK,  (Reuters) — Stocks fell.');
    expect(dropDatelineDate('On Nov. 26 (Monday) -- the court ruled.')).toBe('On Nov. 26 (Monday) -- the court ruled.');
  });

  it('keeps the lead and the sentence that names the day apart', () => {
    const ko = [
      '(세종=연합뉴스) 김은비 기자 = 독감 환자가 빠르게 늘면서 방역당국이 전국에 유행주의보를 발령했다.',
      '질병관리청은 외래환자 1천 명당 의사환자 수가 12.1명으로 유행 기준인 8.6명을 넘어섰다고 26일 밝혔다.',
    ];
    const en = [
      'SEJONG, Nov. 26 (Yonhap) -- Health authorities issued a nationwide influenza advisory Wednesday as flu cases rose rapidly.',
      'The number of patients with flu-like symptoms reached 12.1 per 1,000 outpatients, exceeding the epidemic threshold of 8.6, according to the disease control agency.',
    ];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([[[0], [0]], [[1], [1]]]);
  });
});

describe('foreign content', () => {
  it('counts figures, names and acronyms the other side never mentions', () => {
    const ko = ['그룹 세븐틴이 내년 2월 월드투어에 나선다.', '이날 5천여 명이 몰렸다.'];
    const en = ['Seventeen will embark on a world tour in February.', 'Pledis is a subsidiary of Hybe, the agency behind BTS.'];
    const { src, tgt } = foreignContent(ko, en);
    expect(tgt[0]).toBe(0);
    expect(tgt[1]).toBeGreaterThanOrEqual(2);
    expect(src[1]).toBe(1);
  });
});

describe('many-sentence links', () => {
  it('splits a 2-2 whose anchors pair first with first and second with second', () => {
    const ko = ['미사일은 약 1천㎞를 날아 동해상에 떨어졌다.', '비행시간은 86분으로 역대 최장이다.'];
    const en = ['It flew about 1,000 kilometers before splashing into the East Sea, a long way for this type.', 'Its flight time of 86 minutes was the longest.'];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('keeps a 2-2 whose anchors cross', () => {
    const ko = ['제주공항을 오가는 항공편 120여 편이 결항됐다.', '여객선 운항도 전면 통제됐다.'];
    const en = ['Passenger ship services have also been fully suspended.', 'More than 120 flights to and from Jeju Airport were canceled.'];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([[[0, 1], [0, 1]]]);
  });
});

describe('lexicon prefilter', () => {
  it('reads the literal first letters of each alternative', () => {
    expect(alternativeStarts(String.raw`experts?|analysts?`)).toEqual(['exp', 'ana']);
    expect(alternativeStarts(String.raw`ERs?|emergency rooms?`)).toEqual(['er', 'eme']);
    expect(alternativeStarts(String.raw`U\.S\.?|USA`)).toEqual(['u', 'usa']);
    expect(alternativeStarts(String.raw`(?:key|base) rate`)).toEqual(['key', 'bas']);
    expect(alternativeStarts(String.raw`(?:public )?health`)).toEqual(['pub', 'hea']);
    expect(alternativeStarts(String.raw`dollar|\$`)).toBeNull();
  });
});
