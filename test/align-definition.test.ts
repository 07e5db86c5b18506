import { describe, expect, it } from 'vitest';
import { alignSentences } from '../pipeline/align/index.js';
import { buildAnchors } from '../pipeline/align/anchors.js';
import { isEnglishDefinition, koreanDefinesTerms } from '../pipeline/align/definition.js';

describe('English definitions an edition adds', () => {
  it('reads a term defined for foreign readers', () => {
    for (const text of [
      'The KOSPI, short for the Korea Composite Stock Price Index, tracks all common stocks listed on the main board.',
      'A combined championship, or "tonghap useung" in Korean, means a team won both titles.',
      'First-week sales, known as "chodong" in Korean, are seen as a measure of a fandom.',
      'A lofted trajectory means the missile was fired at a steep angle.',
      'The abductions refer to Japanese citizens kidnapped in the 1970s.',
    ]) expect(isEnglishDefinition(text)).toBe(true);
  });

  it('does not read a clause, a quotation or a report as a definition', () => {
    for (const text of [
      'A single PET scan costs upward of 1 million won ($680), and drawing spinal fluid means a needle in the lower back.',
      '"The higher reflectivity means there is a strong possibility of ice," said Ryu, a researcher.',
      'The show\'s global success has fueled a boom in Korean content.',
      'The index rose 2.3 percent, which means it has gained for five straight sessions.',
    ]) expect(isEnglishDefinition(text)).toBe(false);
  });

  it('reads what a name is ("X is a …") as a definition, but not a report or a dated line', () => {
    for (const text of [
      'The Asia Cup is the top continental football tournament of the Asian Football Confederation (AFC).',
      'Hanok is a traditional Korean house with a tiled roof.',
      'KOGAS is the state-run gas utility.',
    ]) expect(isEnglishDefinition(text)).toBe(true);
    for (const text of [
      'It is the first time the festival has sold out.',
      'The deal is the largest order this year.',
      'Busan is the second city to host the event this year.',
      'Lee is a candidate in the 2028 race.',
      'The company is a supplier of Apple.',
    ]) expect(isEnglishDefinition(text)).toBe(false);
  });

  it('reads a sentence that only converts a sum into dollars as an addition', () => {
    for (const text of ['That is about $89 million.', "That's roughly US$1.2 billion.", 'The amount is equivalent to about $89 million at the current exchange rate.']) {
      expect(isEnglishDefinition(text)).toBe(true);
    }
    for (const text of ['That is a record.', 'It was $5 more than last year, officials said.', 'This is about 3 percent.', 'The deal is worth $89 million.']) {
      expect(isEnglishDefinition(text)).toBe(false);
    }
    const ko = ['개발에는 2019년부터 약 6년간 1300억 원이 투입됐다.', '회사는 내년 상반기 두 번째 발사에 나설 계획이다.'];
    const en = ['Its development took about six years from 2019 and cost 130 billion won.', 'That is about $89 million.', 'The company plans a second launch in the first half of next year.'];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[], [1]],
      [[1], [2]],
    ]);
    // "That is…" would go on with the sentence before it (continuation.ts); a conversion does not.
    const ko2 = ['서울시는 26일 종합대책을 발표하고 내년 예산에 관련 사업비 1천850억 원을 반영했다고 밝혔다.', '지원 대상은 월세 60만 원 이하 주택에 사는 무주택 청년이다.'];
    const en2 = ['The city unveiled the package Thursday and earmarked 185 billion won for it in next year\'s budget.', 'That is about $132 million.', 'Eligible are young renters who own no home and pay monthly rent of 600,000 won or less.'];
    expect(alignSentences(ko2, en2).map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[], [1]],
      [[1], [2]],
    ]);
  });

  it('knows when the Korean defines a term itself', () => {
    expect(koreanDefinesTerms(['통합 우승은 정규리그와 한국시리즈를 모두 제패하는 것을 뜻한다.'])).toBe(true);
    expect(koreanDefinesTerms(['코스피가 3500선을 돌파했다.'])).toBe(false);
  });

  it('keeps an added definition apart from the sentence that names the term', () => {
    const ko = [
      '코스피가 사상 처음으로 3500선을 넘어섰다.',
      '24일 한국거래소에 따르면 이날 코스피는 전 거래일보다 78.42포인트(2.29%) 오른 3512.66에 장을 마쳤다.',
      '외국인은 이날 1조2000억 원어치를 순매수했다.',
    ];
    const en = [
      'The KOSPI topped 3,500 for the first time.',
      'The main index finished at 3,512.66, up 78.42 points, or 2.29 percent, from the previous session.',
      'The KOSPI, short for the Korea Composite Stock Price Index, tracks all common stocks listed on the main board of the Korea Exchange.',
      'Foreign investors bought a net 1.2 trillion won worth of shares.',
    ];
    expect(alignSentences(ko, en).map((link) => [link.ko, link.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
      [[2], [3]],
    ]);
  });
});

describe('win-loss records as anchors', () => {
  const keysOf = (ko: string[], en: string[]) => {
    const anchors = buildAnchors(ko, en, { language: 'ko-en' });
    const names = (ids: Int32Array) => [...ids].map((id) => anchors.names?.[id] ?? "").filter((name) => name.startsWith('r:'));
    return { ko: anchors.src.map(names), en: anchors.tgt.map(names) };
  };

  it('pairs a series record and format with their English', () => {
    const { ko, en } = keysOf(
      ['SSG는 한국시리즈(7전 4승제) 6차전에서 이겼다.', '이로써 SSG는 시리즈 전적 4승 2패를 기록했다.', '올 시즌 80승 4무 60패로 마쳤다.'],
      ['SSG won Game 6 of the best-of-seven series.', 'The Landers took the series four games to two.', 'They finished the season 80-4-60 record.'],
    );
    expect(ko).toEqual([['r:of7'], ['r:4-2'], ['r:80-60']]);
    expect(en).toEqual([['r:of7'], ['r:4-2'], ['r:80-60']]);
  });

  it('does not read a score or a count as a record', () => {
    const { ko, en } = keysOf(['삼성을 5-3으로 꺾었다.'], ['They beat Samsung 5-3 with two games left.']);
    expect(ko).toEqual([[]]);
    expect(en).toEqual([[]]);
  });
});
