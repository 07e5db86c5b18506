import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createCleaner, parsePublished, RULES } from '../pipeline/clean/index.js';
import { judgeLine } from '../pipeline/clean/line-rules.js';
import { extractArticle } from '../pipeline/ingest/html.js';
import type { CleanedDoc, CleanLogEntry, IngestedDoc } from '../pipeline/schemas.js';

const FIXTURES = 'test/fixtures/clean';
const SEED = 'corpus/etoday-2025-02-04-ishiba-trump.txt';
const on = { enabled: true, repeatedLineMinDocs: 3 };

function textDoc(text: string, doc = 'page.txt', extra: Partial<IngestedDoc> = {}): IngestedDoc {
  return { doc, path: doc, format: 'text', encoding: 'utf-8', text, meta: {}, ...extra };
}

function keptLines(doc: CleanedDoc): string[] {
  return doc.paragraphs.flatMap((p) => p.text.split('\n').map((line) => `[${p.kind}] ${line}`));
}

/** Every input line ends in a paragraph (in order) or in the log; paragraph offsets tile the cleaned text. */
function assertAccounted(input: IngestedDoc, doc: CleanedDoc, log: CleanLogEntry[]): void {
  const logged = new Set(log.map((entry) => entry.line));
  const kept = doc.paragraphs.flatMap((p) => p.text.split('\n'));
  let next = 0;
  input.text.split('\n').forEach((raw, i) => {
    const candidate = kept[next];
    if (candidate !== undefined && raw.includes(candidate.replace(/^#+\s/, ''))) next++;
    else expect(logged.has(i + 1), `line ${i + 1} "${raw}" is neither kept nor logged`).toBe(true);
  });
  expect(next, 'every paragraph line comes from an input line').toBe(kept.length);
  for (const entry of log) expect(Object.keys(RULES)).toContain(entry.rule);
  const joined = doc.paragraphs.map((p) => p.text).join('\n\n');
  for (const p of doc.paragraphs) expect(joined.slice(p.start, p.start + p.text.length)).toBe(p.text);
  doc.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
}

describe('clean: the seed page', () => {
  const input = textDoc(readFileSync(SEED, 'utf8'), 'etoday.txt');
  const { doc, log } = createCleaner(on).clean(input);
  const kept = doc.paragraphs.map((p) => p.text).join('\n');
  const lines = input.text.split('\n');
  const ruleOf = (line: number) => log.find((entry) => entry.line === line)?.rule;

  it('keeps the headline, the three subheadlines, one caption and every body paragraph', () => {
    expect(doc.title).toBe('일본 이시바, 트럼프 만나 ‘반도체·AI’ 협력 논의할 듯');
    expect(doc.paragraphs.filter((p) => p.kind === 'title').map((p) => p.text)).toEqual([lines[0]]);
    expect(doc.paragraphs.filter((p) => p.kind === 'subtitle').map((p) => p.text)).toEqual(lines.slice(13, 16));
    expect(doc.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual([lines[17]]);
    const body = [19, 21, 23, 25, 27, 29, 31].map((i) => lines[i]);
    expect(doc.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)).toEqual(body);
  });

  it('keeps none of its chrome and logs each removed line with its rule', () => {
    for (const chrome of ['가장작게', '입력 2025', '좋아요0', '추가취재', '주요 뉴스', '김연아', '오늘의 상승종목', '장종료', '비트코인', '155,296,000', '+3.46%', '24시간 변동률']) {
      expect(kept).not.toContain(chrome);
    }
    expect(ruleOf(3)).toBe('timestamp');
    for (const line of [4, 6, 8, 10, 12]) expect(ruleOf(line)).toBe('font-size-controls');
    expect(ruleOf(19)).toBe('duplicate-caption');
    for (const line of [34, 35, 36, 37]) expect(ruleOf(line)).toBe('reaction-counter');
    for (let line = 39; line <= 48; line++) if (lines[line - 1]!.trim()) expect(ruleOf(line)).toBe('headline-list');
    for (let line = 51; line <= 94; line++) if (lines[line - 1]!.trim()) expect(ruleOf(line)).toBe('ticker');
    expect(ruleOf(2)).toBe('blank');
  });

  it('reads the publish time from the 입력 line', () => {
    expect(doc.published).toBe('2025-02-04T14:28:00+09:00');
  });

  it('accounts for every line', () => assertAccounted(input, doc, log));
});

describe('clean: pages laid out like other Korean sites', () => {
  // Pages whose expected.json says "check": "reader" are judged by test/clean-reader.test.ts (lines kept
  // or removed), not line for line with their labels.
  const cases = readdirSync(FIXTURES).filter(
    (name) => existsSync(path.join(FIXTURES, name, 'expected.txt')) && !readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8').includes('"reader"'),
  );

  it('has at least six sites', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const meta = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { title: string; published: string };
    for (const file of ['input.txt', 'input.html']) {
      if (!existsSync(path.join(dir, file))) continue;
      it(`${name}/${file}: every article line kept, every chrome line removed`, () => {
        const source = readFileSync(path.join(dir, file), 'utf8');
        const input =
          file === 'input.html'
            ? (() => {
                const article = extractArticle(source);
                return textDoc(article.text, `${name}.html`, { format: 'html', meta: article.meta });
              })()
            : textDoc(source, `${name}.txt`);
        const { doc, log } = createCleaner(on).clean(input);
        expect(keptLines(doc)).toEqual(expected);
        expect(doc.title).toBe(meta.title);
        expect(doc.published).toBe(meta.published);
        assertAccounted(input, doc, log);
      });
    }
  }
});

describe('clean: rules by line shape', () => {
  const chrome: Array<[string, string]> = [
    ['입력 2024.11.20 09:30 | 수정 2024.11.20 11:02', 'timestamp'],
    ['기사입력 2025-03-01 오후 3:05:10 최종수정 2025-03-01 오후 4:00:00', 'timestamp'],
    ['업데이트 2025년 3월 2일 14시 5분', 'timestamp'],
    ['김영희 기자 younghee@example.co.kr', 'byline'],
    ['[파이낸셜뉴스 김영희·박철수 기자]', 'byline'],
    ['newsroom@example.com', 'email'],
    ['저작권자 © 한빛일보 무단전재 및 재배포 금지', 'copyright'],
    ['Copyright © Example Media. All rights reserved.', 'copyright'],
    ['추천 12 비추천 3', 'reaction-counter'],
    ['응원해요 7', 'reaction-counter'],
    ['글자 크기 조절', 'font-size-controls'],
    ['가+', 'font-size-controls'],
    ['페이스북 카카오톡 링크복사 인쇄', 'share-buttons'],
    ['홈 > 경제 > 부동산', 'breadcrumb'],
    ['정치 | 경제 | 사회 | 국제', 'menu'],
    ['▶ 한빛일보 네이버 채널 구독하기', 'promo-link'],
    ['☞ 카카오톡 채널 친구 추가하고 뉴스 받아보기', 'promo-link'],
    ['기사 제보: 카카오톡 @hanbit, 이메일 tip@hanbit.kr', 'tip-line'],
    ['사진=게티이미지뱅크', 'photo-credit'],
    ['(사진=한빛일보 DB)', 'photo-credit'],
    ['그래픽=김민지 디자이너', 'photo-credit'],
    ['KOSPI 2,512.30 ▼15.20 (-0.60%)', 'ticker'],
    ['-1.25%', 'ticker'],
    ['주소: 서울시 중구 세종대로 1 | 전화: 02-000-0000 | 등록번호: 서울 아 00001', 'site-footer'],
    ['[앵커]', 'section-label'],
    ['취재: 김철수 / 편집: 이영희', 'staff-credit'],
    ['(끝)', 'end-mark'],
    ['로그인', 'ui-label'],
    ['이전기사 다음기사', 'ui-label'],
    ['기사 공유하기', 'share-buttons'],
    ['글자 크기 변경하기', 'font-size-controls'],
    ['  • [관련기사] 반도체 수출 석 달째 증가', 'promo-link'],
    ['네이버 메인에서 보기', 'promo-link'],
    ['사진·영상 제보받습니다', 'tip-line'],
    ['뉴스1 김민수 기자', 'byline'],
    ['작성자 관리자 | 작성일 2025-02-04 | 조회수 1,234', 'timestamp'],
    ['Posted on February 4, 2025', 'timestamp'],
    ['이미지 크게보기', 'ui-label'],
    ['홍길동 서울대 경제학과 교수', 'byline'],
    ['서울 12°C 맑음', 'ui-label'],
    ['▲ 사진=연합뉴스', 'photo-credit'],
    ['금 2,950.20', 'ticker'],
    ['이투데이 | 경제', 'menu'],
    ['━━━━━━━━━━', 'decoration'],
    ['[이전기사](https://example.kr/1) | [다음기사](https://example.kr/2)', 'menu'],
  ];
  it.each(chrome)('removes %j as %s', (line, rule) => {
    expect(judgeLine(line)?.rule).toBe(rule);
  });

  const article = [
    '회의는 30분 만에 끝났다.',
    '참석자는 15명이었다.',
    '코스닥은 0.8% 올랐다.',
    '그는 "아직 모른다"고 했다.',
    '2025년 예산은 656조원이다.',
    '서울 지하철 요금이 다음 달부터 150원 오릅니다.',
    '이재민 기자의 보도입니다.',
    '김 기자는 현장에서 3시간을 기다렸다.',
    '한국은행은 기준금리를 연 3.00%로 동결했다.',
    '좋아요를 누른 사람은 1만 명을 넘었다.',
    '출근 시간 서울 시청역.',
    '경제학과 교수 채용 공고',
    '김 교수는 이날 강연에서 이같이 말했다.',
    '△반도체 △배터리 △바이오 등 3대 산업에 5조 원을 투입한다.',
    '경찰은 시민 제보를 받아 전화로 사실관계를 확인했다.',
    '▶ 이런 가운데 정부는 공공 앱 개발을 지원하기로 했다.',
    '저작권자는 누구인가.',
    '사진=연합뉴스 기자가 찍은 장면이 화제가 됐다.',
    '입력 비용이 2.5% 올랐다.',
    '2025년 2월 4일 오후 2시 28분 현재 코스피는 2,500선이다.',
    '좋아요 수가 100만 개를 넘었다.',
    '주소 이전과 전화번호 변경은 온라인으로 할 수 있다.',
    '▲매출 10% 증가 ▲영업이익 5% 감소 등이 예상된다.',
    '로그인 없이도 쓸 수 있다.',
    '[속보] 한은 기준금리 동결',
  ];
  it.each(article)('keeps the article sentence %j', (line) => {
    expect(judgeLine(line)).toBeNull();
  });

  it('keeps short sentences and numbers inside the article body', () => {
    const text = [
      '시장, 하루 만에 반등',
      '',
      '코스피가 하루 만에 반등에 성공해 2600선을 되찾았다.',
      '3.2% 올랐다.',
      '거래량은 5억 주였다.',
      '외국인과 기관이 함께 순매수에 나선 영향이라는 분석이 나온다.',
    ].join('\n');
    const { doc } = createCleaner(on).clean(textDoc(text));
    expect(doc.paragraphs.map((p) => p.text).join('\n')).toContain('3.2% 올랐다.\n거래량은 5억 주였다.');
  });

  it('rejoins hard-wrapped lines but keeps a subhead and one-line paragraphs apart', () => {
    const text = [
      '지역 균형 발전 예산 두 배로 늘린다',
      '',
      '기획재정부가 내년 예산안의 윤곽을 공개했다.',
      '정부는 내년 지역 균형 발전 예산을 올해의 두 배 수준으로 늘리고 비수도권',
      '기업 유치에 세제 혜택을 집중하기로 했다고 4일 밝혔다.',
      '◇ 지역 반발 커져',
      '비수도권 지방자치단체들은 즉각 반발했다.',
      '예산 배분 기준이 불투명하다는 것이다.',
    ].join('\n');
    const { doc } = createCleaner(on).clean(textDoc(text));
    expect(doc.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text)).toEqual([
      '기획재정부가 내년 예산안의 윤곽을 공개했다.',
      '정부는 내년 지역 균형 발전 예산을 올해의 두 배 수준으로 늘리고 비수도권\n기업 유치에 세제 혜택을 집중하기로 했다고 4일 밝혔다.',
      '◇ 지역 반발 커져',
      '비수도권 지방자치단체들은 즉각 반발했다.',
      '예산 배분 기준이 불투명하다는 것이다.',
    ]);
  });

  it('drops a kicker above the headline the page names as its title', () => {
    const text = '국제 일반\n\n美 연준, 기준금리 동결…"물가 둔화 확인 필요"\n\n미국 중앙은행이 기준금리를 동결했다. 시장 예상과 같았다.';
    const meta = { title: '美 연준, 기준금리 동결…"물가 둔화 확인 필요" - 한빛경제' };
    const { doc, log } = createCleaner(on).clean(textDoc(text, 'page.html', { format: 'html', meta }));
    expect(doc.title).toBe('美 연준, 기준금리 동결…"물가 둔화 확인 필요"');
    expect(log.find((entry) => entry.line === 1)?.rule).toBe('short-line');
  });

  it('drops the readers\' comments below the article, sentences and all', () => {
    const text = [
      '정부, 내년 예산 700조 편성 확정',
      '',
      '정부가 내년 예산을 700조원 규모로 편성했다.',
      '기획재정부는 3일 이같이 밝혔다.',
      '',
      '댓글 2',
      'reader01 2025.02.04 14:30',
      '이게 말이 되나요? 세금 더 걷겠다는 거네요.',
      '신고',
      '좋은 정책입니다. 기대됩니다.',
    ].join('\n');
    const { doc, log } = createCleaner(on).clean(textDoc(text));
    expect(keptLines(doc)).toEqual(['[title] 정부, 내년 예산 700조 편성 확정', '[body] 정부가 내년 예산을 700조원 규모로 편성했다.', '[body] 기획재정부는 3일 이같이 밝혔다.']);
    expect(log.filter((entry) => entry.rule === 'comments').map((entry) => entry.line)).toEqual([6, 7, 8, 9, 10]);
  });

  it('cuts a wire dateline and a trailing byline but keeps the sentences', () => {
    const text = [
      '[부산=한빛뉴스]박지민 기자 = 부산시가 올해 관광객 3000만 명 유치에 나선다고 10일 밝혔다.',
      '시는 이를 위해 해양 관광 예산을 20% 늘렸다. 박지민 기자 jimin@hanbit.kr',
    ].join('\n');
    const { doc, log } = createCleaner(on).clean(textDoc(text));
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '부산시가 올해 관광객 3000만 명 유치에 나선다고 10일 밝혔다.',
      '시는 이를 위해 해양 관광 예산을 20% 늘렸다.',
    ]);
    expect(log.map((entry) => [entry.line, entry.rule])).toEqual([
      [1, 'dateline'],
      [2, 'byline'],
    ]);
  });
});

describe('clean: repetition across the corpus', () => {
  const article = (n: number) =>
    [
      `한빛시 ${n}구역 재개발 사업 본격 추진`,
      '',
      '진실을 향한 뜨거운 펜, 한빛일보',
      '',
      `한빛시는 ${n}구역 재개발 사업의 조합 설립을 인가했다고 밝혔다.`,
      `사업이 끝나면 ${n}구역에는 아파트 ${n}00가구가 들어선다.`,
    ].join('\n');

  it('removes a slogan found on every page of the site', () => {
    const cleaner = createCleaner(on);
    const docs = [1, 2, 3, 4].map((n) => textDoc(article(n), `p${n}.txt`));
    for (const doc of docs) cleaner.observe(doc);
    const { doc, log } = cleaner.clean(docs[0]!);
    expect(log.find((entry) => entry.line === 3)?.rule).toBe('repeated-across-corpus');
    expect(doc.title).toBe('한빛시 1구역 재개발 사업 본격 추진');
  });

  it('keeps everything when one article is copied many times', () => {
    const cleaner = createCleaner(on);
    const copies = [1, 2, 3, 4, 5].map((n) => textDoc(article(1), `copy${n}.txt`));
    for (const doc of copies) cleaner.observe(doc);
    const { doc, log } = cleaner.clean(copies[0]!);
    expect(doc.title).toBe('한빛시 1구역 재개발 사업 본격 추진');
    expect(log.some((entry) => entry.rule === 'repeated-across-corpus')).toBe(false);
  });

  it('does nothing for a line in fewer documents than clean.repeatedLineMinDocs', () => {
    const cleaner = createCleaner(on);
    const docs = [1, 2].map((n) => textDoc(article(n), `p${n}.txt`));
    for (const doc of docs) cleaner.observe(doc);
    expect(cleaner.clean(docs[0]!).log.some((entry) => entry.rule === 'repeated-across-corpus')).toBe(false);
  });
});

describe('clean: switched off', () => {
  it('removes nothing but logs blank lines, and cuts paragraphs at blank lines', () => {
    const input = textDoc(readFileSync(SEED, 'utf8'));
    const { doc, log } = createCleaner({ enabled: false, repeatedLineMinDocs: 3 }).clean(input);
    expect(log.every((entry) => entry.rule === 'blank')).toBe(true);
    const lines = input.text.split('\n');
    expect(log.map((entry) => entry.line)).toEqual(lines.flatMap((line, i) => (line.trim() === '' ? [i + 1] : [])));
    expect(doc.paragraphs[0]!.text).toBe(lines[0]);
    expect(doc.paragraphs[1]!.text).toBe(`${lines[2]!.trim()}\n${lines[3]!.trim()}`);
    expect(doc.paragraphs.map((p) => p.text).join('\n')).toContain('155,296,000');
    assertAccounted(input, doc, log);
  });

  it('logs whitespace-only lines as blank', () => {
    const { doc, log } = createCleaner({ enabled: false, repeatedLineMinDocs: 3 }).clean(textDoc('첫 문단입니다.\n   \t\n둘째 문단입니다.'));
    expect(log).toEqual([{ doc: 'page.txt', line: 2, text: '   \t', rule: 'blank' }]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['첫 문단입니다.', '둘째 문단입니다.']);
  });
});

describe('clean: hard inputs', () => {
  it('cleans a 300 KB line without punctuation quickly and keeps it', () => {
    const line = '가나다라마바사아자차카타파하'.repeat(22_000);
    const started = performance.now();
    const { doc } = createCleaner(on).clean(textDoc(`${line}\n\n짧은 줄`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(doc.paragraphs[0]!.text).toBe(line);
  });

  it('keeps markup typed in a text file as text', () => {
    const text = '스크립트 태그가 본문에 섞인 글\n\n본문에 <script>alert("x")</script> 같은 문자열이 들어 있어도 그대로 둔다.';
    const { doc } = createCleaner(on).clean(textDoc(text));
    expect(doc.paragraphs.map((p) => p.text).join('\n')).toContain('<script>alert("x")</script>');
  });

  it('strips markdown heading marks', () => {
    const { doc } = createCleaner(on).clean(textDoc('# 제목입니다 정말로\n\n본문은 이렇게 시작한다. 그리고 끝난다.', 'a.md', { format: 'markdown' }));
    expect(doc.paragraphs[0]).toMatchObject({ kind: 'title', text: '제목입니다 정말로' });
  });
});

describe('parsePublished', () => {
  it.each([
    ['2025-02-04 14:28', '2025-02-04T14:28:00+09:00'],
    ['2025.03.05. 16:12', '2025-03-05T16:12:00+09:00'],
    ['2025.02.04. 오후 2:28', '2025-02-04T14:28:00+09:00'],
    ['2025년 2월 4일 14시 28분', '2025-02-04T14:28:00+09:00'],
    ['25.02.04 09:05', '2025-02-04T09:05:00+09:00'],
    ['2025-02-04T05:28:00Z', '2025-02-04T05:28:00Z'],
    ['2025-02-04T14:28:00+0900', '2025-02-04T14:28:00+09:00'],
    ['2025/01/28', '2025-01-28'],
    ['Posted on February 4, 2025', '2025-02-04'],
  ])('%s → %s', (text, iso) => expect(parsePublished(text)).toBe(iso));

  it('returns null when nothing parses', () => expect(parsePublished('어제 오후')).toBeNull());
});
