// A generated Korean news corpus for the translation benchmark: headline plus paragraphs of
// sentences built from news phrasing, with numbers and dates so that sentences rarely repeat.
// Deterministic for a seed. Body sentences average about 45 o200k tokens (the seed page's average
// is 54), headlines about 12.
import type { SegmentedDoc } from '../../pipeline/schemas.js';
import { random } from './random.js';

const TIMES = ['지난 4일', '올해 상반기', '다음 달', '이번 주', '오는 7일', '작년 말', '3분기 들어', '최근 몇 년 사이', '이날 오전', '지난달 말'];
const SUBJECTS = [
  '정부는', '기획재정부는', '한국은행은', '서울시는', '삼성전자는', '현대자동차는', '전문가들은', '야당은', '여당 지도부는',
  '일본 정부는', '미국 상무부는', '금융당국은', '산업통상자원부는', '국토교통부는', '주요 증권사들은', '중소기업중앙회는',
];
const SOURCES = ['업계에 따르면', '관계자에 따르면', '통계청 자료에 따르면', '현지 언론 보도에 따르면', '시장 분석가들에 따르면'];
const OBJECTS = [
  '반도체 수출 규제 완화 방안을', '기준금리 동결 여부를', '내년도 예산안을', '인공지능 연구개발 투자 계획을', '에너지 가격 안정 대책을',
  '주택 공급 확대 방안을', '청년 일자리 지원 사업을', '전기차 보조금 개편안을', '수출 기업 금융 지원책을', '지역 균형 발전 전략을',
  '공급망 안정화 협력 방안을', '탄소 중립 이행 계획을',
];
const REASONS = ['경기 둔화 우려가 커지면서', '원자재 가격이 오르면서', '수출 실적이 예상보다 부진하자', '물가 상승세가 이어지자', '환율 변동성이 커지자', '국회 논의가 길어지면서'];
const PURPOSES = ['내수 회복을 위해', '수출 경쟁력을 높이기 위해', '시장 불안을 줄이기 위해', '국민 부담을 덜기 위해', '투자 심리를 되살리기 위해'];
const FOLLOW_UPS = [
  '관련 부처와 세부 일정을 조율하고 있으며',
  '이해관계자들의 의견을 충분히 수렴한 뒤',
  '재원 조달 방안을 함께 마련하는 한편',
  '지방자치단체와 협의를 거쳐',
];
const ADVERBS = ['중점적으로', '신속하게', '단계적으로', '공동으로', '적극적으로', '본격적으로'];
const VERBS = ['발표했다', '논의할 예정이다', '검토하고 있다고 밝혔다', '추진하기로 했다', '확정했다', '강조했다', '내놓았다', '점검했다'];
const FIGURES = (n: number) => [`전년보다 ${n}% 늘어난`, `약 ${n * 120}억 원 규모의`, `${n}개 부처가 참여하는`, `${1990 + n}년 이후 처음으로 마련된`];


export function generateCorpus(documents: number, seed = 42): SegmentedDoc[] {
  const next = random(seed);
  const choose = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (): string => {
    const parts: string[] = [];
    if (next() < 0.6) parts.push(choose(TIMES));
    if (next() < 0.3) parts.push(choose(SOURCES));
    parts.push(choose(SUBJECTS));
    if (next() < 0.7) parts.push(choose(REASONS));
    if (next() < 0.5) parts.push(choose(PURPOSES));
    if (next() < 0.4) parts.push(choose(FOLLOW_UPS));
    if (next() < 0.7) parts.push(choose(FIGURES(2 + Math.floor(next() * 30))));
    parts.push(choose(OBJECTS), choose(ADVERBS), choose(VERBS));
    return parts.join(' ') + '.';
  };
  const docs: SegmentedDoc[] = [];
  for (let d = 0; d < documents; d++) {
    const doc = `bench-${String(d).padStart(4, '0')}`;
    const headline = `${choose(SUBJECTS).replace(/[은는]$/, '')}, ${choose(OBJECTS).replace(/을$|를$/, '')} ${choose(['발표', '추진', '검토', '확정'])}`;
    const paragraphs: string[][] = [[headline]];
    const count = 3 + Math.floor(next() * 3);
    for (let p = 0; p < count; p++) paragraphs.push(Array.from({ length: 2 + Math.floor(next() * 3) }, sentence));
    docs.push(segmentedDoc(doc, headline, paragraphs));
  }
  return docs;
}

export function segmentedDoc(doc: string, title: string | null, paragraphs: string[][]): SegmentedDoc {
  const sentences: SegmentedDoc['sentences'] = [];
  const paraRecords: SegmentedDoc['paragraphs'] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, para) => {
    const start = offset;
    paragraph.forEach((ko, index) => {
      sentences.push({ id: `${doc}:${para}.${index}`, doc, para, index, ko, start: offset, end: offset + ko.length });
      offset += ko.length + 1;
    });
    paraRecords.push({ index: para, text: paragraph.join(' '), start, kind: para === 0 ? 'title' : 'body' });
    offset += 1;
  });
  return { doc, path: `${doc}.txt`, title, published: null, meta: {}, paragraphs: paraRecords, sentences };
}
