// Block rules of the cleaner, each with the counterexample that must survive it.
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../pipeline/clean/index.js';
import { extractArticle } from '../pipeline/ingest/html.js';
import type { IngestedDoc } from '../pipeline/schemas.js';

const on = { enabled: true, repeatedLineMinDocs: 3 };

function clean(text: string, format: IngestedDoc['format'] = 'text') {
  const input: IngestedDoc = { doc: 'page', path: 'page', format, encoding: 'utf-8', text, meta: {} };
  const { doc, log } = createCleaner(on).clean(input);
  const kept = doc.paragraphs.map((p) => p.text).join('\n');
  const ruleOf = (fragment: string) => log.find((entry) => entry.text.includes(fragment))?.rule;
  return { doc, log, kept, ruleOf };
}

const BODY = [
  '정부가 내년 예산안을 국회에 제출했다. 총지출은 올해보다 8% 늘었다.',
  '',
  '기획재정부는 경기 회복을 뒷받침하기 위해 확장 재정을 편성했다고 설명했다.',
  '',
  '국회는 다음 달부터 예산안 심사에 들어간다. 여야의 공방이 예상된다.',
];

describe('clean: summary boxes', () => {
  it('removes a headed box of sentences closed by its note, and keeps the article under it', () => {
    const { kept, ruleOf } = clean(['내년 예산 8% 증가', '', 'AI 요약', '정부 예산이 8% 늘었다.', '국회 심사가 다음 달 시작된다.', '이 요약은 AI가 생성했습니다. 본문 보기를 권장합니다.', ...BODY].join('\n'));
    expect(kept).not.toContain('정부 예산이 8% 늘었다.');
    expect(ruleOf('이 요약은')).toBe('summary-box');
    for (const line of BODY.filter(Boolean)) expect(kept).toContain(line);
  });

  it('never takes a headline that holds 요약 for a box heading', () => {
    const { doc } = clean(['정부, 예산안 요약본 공개', '', ...BODY].join('\n'));
    expect(doc.title).toBe('정부, 예산안 요약본 공개');
  });

  it('takes only the button when an "AI 요약" label sits above one-sentence paragraphs', () => {
    const lines = ['내년 예산 8% 증가', 'AI 요약', '정부가 예산안을 냈다.', '총지출은 8% 늘었다.', '국회가 심사한다.'];
    const { kept } = clean(lines.join('\n'));
    for (const line of lines.slice(2)) expect(kept).toContain(line);
  });
});

describe('clean: headlines about other stories', () => {
  it('drops a breaking-news roll above the headline and keeps the headline as the title', () => {
    const { doc, ruleOf } = clean(['[속보] 검찰, 전 시장 구속영장 청구', '경제', '내년 예산 8% 증가…국회 심사 착수', '', ...BODY].join('\n'));
    expect(doc.title).toBe('내년 예산 8% 증가…국회 심사 착수');
    expect(ruleOf('[속보]')).toBe('other-headline');
  });

  it('keeps a flash article\'s own [속보] headline above its subheadline', () => {
    const { doc } = clean(['[속보] 한은, 기준금리 연 2.50%로 동결', '기준금리 연 2.50% 유지…석 달 연속 동결', '', '한국은행은 23일 기준금리를 연 2.50%로 동결했다. 석 달 연속 동결이다.'].join('\n'));
    expect(doc.title).toBe('[속보] 한은, 기준금리 연 2.50%로 동결');
  });

  it('keeps a flash article whose only headline is the [속보] line', () => {
    const { doc } = clean(['[속보] 한은, 기준금리 연 2.50%로 동결', '', '한국은행은 23일 기준금리를 연 2.50%로 동결했다. 시장 예상과 같았다.'].join('\n'));
    expect(doc.title).toBe('[속보] 한은, 기준금리 연 2.50%로 동결');
  });
});

describe('clean: headline lists inside the body', () => {
  it('drops two title-shaped lines in a row between paragraphs', () => {
    const body = [...BODY.slice(0, 3), '경기 회복 더딘데…재정 적자 또 늘어', "'세수 펑크' 3년째 이어진다", ...BODY.slice(3)];
    const { kept, ruleOf } = clean(['내년 예산 8% 증가', '입력 2025.09.01 10:00', '', ...body].join('\n'));
    expect(ruleOf('재정 적자 또 늘어')).toBe('headline-list');
    for (const line of BODY.filter(Boolean)) expect(kept).toContain(line);
  });

  it('leaves such lines alone on a page with no news furniture (a blog, a notice)', () => {
    const body = [...BODY.slice(0, 3), '주차는 건물 뒤편 공영주차장 이용', '영업시간은 평일 오전 10시부터', ...BODY.slice(3)];
    const { kept } = clean(['내년 예산 8% 증가', '', ...body].join('\n'));
    expect(kept).toContain('주차는 건물 뒤편 공영주차장 이용');
  });

  it('keeps a lone subheading, a numbered list and rows of figures', () => {
    const body = [
      BODY[0]!, '', '지역 반발 커져', BODY[2]!, '', '예산이 늘어난 분야는 다음과 같다.', '① 보건·복지 분야 예산 확대', '② 연구개발 분야 예산 확대', '',
      '복지 예산은 분야별로 나뉜다.', '아동수당 3조2000억원 12%', '기초연금 24조5000억원 8%', '', BODY[4]!,
    ];
    const { kept } = clean(['내년 예산 8% 증가', '입력 2025.09.01 10:00', '', ...body].join('\n'));
    for (const line of body.filter(Boolean)) expect(kept).toContain(line);
  });
});

describe('clean: tables inside the article', () => {
  const cells = ['구분', '올해', '내년', '보건', '120조', '131조', '국방', '59조', '61조'];

  it('keeps a table of cells between two paragraphs of the article', () => {
    const { kept } = clean(['내년 예산 8% 증가', '', BODY[0]!, '', ...cells, '', BODY[2]!].join('\n'));
    for (const cell of cells) expect(kept.split('\n')).toContain(cell);
  });

  it('still removes a price box under its own heading, even between paragraphs', () => {
    const box = ['오늘의 시세', '코스피', '2,512.30', '▼15.20', '코스닥', '720.11', '+0.52%'];
    const { kept } = clean(['내년 예산 8% 증가', '', BODY[0]!, '', ...box, '', BODY[2]!].join('\n'));
    expect(kept).not.toContain('2,512.30');
    expect(kept).toContain(BODY[2]!);
  });

  it('renders an HTML table of figures as one tab-separated row per line', () => {
    const html = '<html><body><article><h1>내년 예산 8% 증가한다</h1><p>분야별 예산은 다음과 같다. 보건 예산이 가장 많이 늘었다.</p><table><tr><th>분야</th><th>예산</th></tr><tr><td>보건</td><td>131조</td></tr><tr><td>국방</td><td>61조</td></tr></table></article></body></html>';
    expect(extractArticle(html).text.split('\n')).toEqual(expect.arrayContaining(['분야\t예산', '보건\t131조', '국방\t61조']));
  });
});

describe('clean: the end of the article', () => {
  it('keeps a short closing sentence under an ad label', () => {
    const { kept, ruleOf } = clean(['내년 예산 8% 증가', '', ...BODY, '광고', '심사는 12월에 끝난다.', '홍길동 기자 hong@example.com'].join('\n'));
    expect(kept).toContain('심사는 12월에 끝난다.');
    expect(ruleOf('광고')).toBe('ui-label');
  });

  it("drops a reporter's profile sentence below the byline", () => {
    const { kept } = clean(['내년 예산 8% 증가', '', ...BODY, '홍길동 기자', '경제 정책을 취재합니다.', '저작권자 © 한빛일보 무단전재 및 재배포 금지'].join('\n'));
    expect(kept).not.toContain('경제 정책을 취재합니다.');
  });
});

describe('clean: hard wraps and Markdown', () => {
  it('keeps a hard-wrapped paragraph together, its first line included', () => {
    const wrapped = ['택배 노동자의 과로를 막기 위해 2021년 맺은 사회적', '합의가 4년째 제대로 지켜지지 않고 있다. 분류작업', '전담 인력을 약속한 만큼 투입한 곳은 절반에 그쳤다.'];
    const { doc } = clean(['택배기사 과로사 막는다더니…', '', ...wrapped, '', '노조는 합의 이행을 점검할 기구를 다시 만들어야 한다고 요구했다.'].join('\n'));
    // Unwrapped: the lines are joined by a space, so the segmenter sees one run of text.
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toContainEqual(['body', wrapped.join(' ')]);
  });

  it('reads Markdown links as their text and logs the link targets', () => {
    const { doc, ruleOf } = clean(['# 네이버, 경량 AI 모델 공개', '', '![사옥](https://example.com/a.jpg)', '', '네이버가 [하이퍼클로바X](https://example.com/x)의 경량 모델을 공개했다. 상업적 이용도 허용한다.'].join('\n'), 'markdown');
    expect(doc.title).toBe('네이버, 경량 AI 모델 공개');
    expect(doc.paragraphs.map((p) => p.text)).toContain('네이버가 하이퍼클로바X의 경량 모델을 공개했다. 상업적 이용도 허용한다.');
    expect(ruleOf('(https://example.com/x)')).toBe('markup');
    expect(ruleOf('a.jpg')).toBe('markup');
  });
});
