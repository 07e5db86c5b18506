import { describe, expect, it } from 'vitest';
import { alignDocument } from '../pipeline/align/index.js';
import { AlignedRecordSchema, RejectRecordSchema, type Flag, type TranslatedDoc } from '../pipeline/schemas.js';

/** A one-document fixture: paragraphs of [korean, english | null] pairs. */
function makeDoc(paragraphs: [string, string | null, Flag[]?][][]): TranslatedDoc {
  const sentences: TranslatedDoc['sentences'] = [];
  const translations: TranslatedDoc['translations'] = [];
  const texts: string[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, para) => {
    const text = paragraph.map(([ko]) => ko).join(' ');
    let start = offset;
    paragraph.forEach(([ko, en, flags], index) => {
      const id = `doc:${para}.${index}`;
      sentences.push({ id, doc: 'doc', para, index, ko, start, end: start + ko.length });
      translations.push({
        id,
        en,
        origin: en === null ? null : 'api',
        reason: en === null ? 'no API key: set OPENAI_API_KEY' : null,
        model: en === null ? null : 'gpt-test',
        promptVersion: en === null ? null : 'v1',
        flags: flags ?? [],
      });
      start += ko.length + 1;
    });
    texts.push(text);
    offset += text.length + 2;
  });
  return {
    doc: 'doc',
    path: 'doc.txt',
    title: null,
    published: null,
    meta: {},
    paragraphs: texts.map((text, index) => ({ index, text, start: 0, kind: 'body' as const })),
    sentences,
    translations,
  };
}

const options = { minScore: 0.3 };

describe('alignDocument', () => {
  it('gives one record per id when the English follows the ids, with link types', () => {
    const doc = makeDoc([
      [
        ['삼성전자가 1분기 영업이익 6조6000억 원을 기록했다.', 'Samsung Electronics posted an operating profit of 6.6 trillion won in the first quarter.'],
        ['반도체 부문이 실적을 이끌었다.', 'The chip division led the results. Memory prices rose.'],
      ],
    ]);
    const { records, rejects } = alignDocument(doc, options);
    expect(rejects).toEqual([]);
    expect(records.map((record) => [record.id, record.link])).toEqual([
      ['doc:0.0', '1-1'],
      ['doc:0.1', '1-2'],
    ]);
    for (const record of records) expect(() => AlignedRecordSchema.parse(record)).not.toThrow();
    expect(records[1]!.en).toBe('The chip division led the results. Memory prices rose.');
    expect(records[0]!).toMatchObject({ origin: 'api', model: 'gpt-test', promptVersion: 'v1', koIds: ['doc:0.0'], start: 0 });
  });

  it('sends sentences without a translation to rejects with the translator\'s reason', () => {
    const doc = makeDoc([[['첫 문장이다.', 'The first sentence.'], ['두 번째 문장이다.', null]]]);
    const { records, rejects } = alignDocument(doc, options);
    expect(records).toHaveLength(1);
    expect(rejects).toEqual([
      expect.objectContaining({ id: 'doc:0.1', stage: 'translate', reason: 'no API key: set OPENAI_API_KEY', en: null }),
    ]);
    for (const reject of rejects) expect(() => RejectRecordSchema.parse(reject)).not.toThrow();
  });

  it('carries the translation\'s flags onto the record', () => {
    const carried: Flag = { code: 'glossary-term', severity: 'warning', message: 'term not used', source: 'translate' };
    const doc = makeDoc([[['다리를 건넜다.', 'They crossed the bridge.', [carried]]]]);
    expect(alignDocument(doc, options).records[0]!.flags).toContainEqual(carried);
  });

  it('cuts one English sentence for two Korean sentences at a confident clause boundary', () => {
    const doc = makeDoc([
      [
        ['매출은 35% 늘어난 71조9000억 원을 기록했다.', 'Sales rose 35% to 71.9 trillion won in the quarter, while operating profit jumped 931% to 6.6 trillion won.'],
        ['영업이익은 931% 증가한 6조6000억 원이었다.', ''],
      ],
    ]);
    const { records, rejects } = alignDocument(doc, options);
    expect(rejects).toEqual([]);
    expect(records.map((record) => [record.id, record.link, record.en])).toEqual([
      ['doc:0.0', '1-1', 'Sales rose 35% to 71.9 trillion won in the quarter,'],
      ['doc:0.1', '1-1', 'while operating profit jumped 931% to 6.6 trillion won.'],
    ]);
    expect(records[0]!.flags.map((flag) => flag.code)).toContain('split-english');
  });

  it('keeps a many-to-one link whole and marks it when no split is confident', () => {
    const doc = makeDoc([
      [
        ['회의가 열렸다.', 'The meeting took place and ended quickly.'],
        ['곧 끝났다.', ''],
      ],
    ]);
    const { records } = alignDocument(doc, options);
    expect(records).toHaveLength(1);
    expect(records[0]!).toMatchObject({ link: '2-1', koIds: ['doc:0.0', 'doc:0.1'], ko: '회의가 열렸다. 곧 끝났다.' });
    expect(records[0]!.flags.map((flag) => flag.code)).toContain('many-to-one');
  });

  it('flags drift when the content moved to the neighbouring id', () => {
    const doc = makeDoc([
      [
        ['수출은 2025년 1월 15.2% 늘어 567억 달러를 기록했다.', 'Exports rose 15.2% in January 2025 to $56.7 billion. Imports fell 3.1% to $49.8 billion.'],
        ['수입은 3.1% 줄어 498억 달러였다.', 'The trade surplus reached $6.9 billion, the 20th straight month.'],
        ['무역수지는 69억 달러 흑자로 20개월 연속 흑자를 이어갔다.', ''],
      ],
    ]);
    const { records } = alignDocument(doc, options);
    expect(records.map((record) => record.koIds)).toEqual([['doc:0.0'], ['doc:0.1'], ['doc:0.2']]);
    expect(records[1]!.en).toBe('Imports fell 3.1% to $49.8 billion.');
    expect(records[1]!.flags.map((flag) => flag.code)).toContain('drift');
    expect(records[2]!.flags.map((flag) => flag.code)).toContain('drift');
  });

  it('flags drift when two ids swapped their English, though the ids keep the pairing', () => {
    const doc = makeDoc([
      [
        ['수출은 15.2% 늘어 567억 달러를 기록했다.', 'Exports rose 15.2% to $56.7 billion.'],
        ['수입은 3.1% 줄어 498억 달러였다.', 'The trade surplus was $6.9 billion, the 20th straight month in the black.'],
        ['무역수지는 20개월 연속 69억 달러 흑자였다.', 'Imports fell 3.1% to $49.8 billion.'],
      ],
    ]);
    const { records } = alignDocument(doc, options);
    const drift = records.map((record) => [record.koIds.join('+'), record.flags.some((flag) => flag.code === 'drift')]);
    expect(drift[0]).toEqual(['doc:0.0', false]);
    expect(drift.slice(1).every(([, flagged]) => flagged)).toBe(true);
  });

  it('raises no drift when each id holds its own English', () => {
    const doc = makeDoc([
      [
        ['수출은 15.2% 늘어 567억 달러를 기록했다.', 'Exports rose 15.2% to $56.7 billion.'],
        ['수입은 3.1% 줄어 498억 달러였다.', 'Imports fell 3.1% to $49.8 billion.'],
        ['무역수지는 20개월 연속 흑자를 이어갔다.', 'The trade balance stayed in surplus for the 20th straight month.'],
        ['정부는 수출 지원을 늘리기로 했다.', 'The government decided to expand export support.'],
      ],
    ]);
    const { records } = alignDocument(doc, options);
    expect(records.flatMap((record) => record.flags.map((flag) => flag.code))).toEqual([]);
  });

  it('warns below minScore', () => {
    const doc = makeDoc([[['첫 문장이다.', 'This is the first sentence.']]]);
    const { records } = alignDocument(doc, { minScore: 0.999 });
    expect(records[0]!.flags).toContainEqual(expect.objectContaining({ code: 'low-alignment-score', severity: 'warning', source: 'align' }));
  });

  it('puts an English sentence with no Korean counterpart in rejects', () => {
    const doc = makeDoc([
      [
        ['코스피가 2.3% 오른 2650으로 마감했다.', 'The KOSPI closed up 2.3% at 2,650. The benchmark index is the main gauge of South Korean stocks and has been compiled since the 1980s by the exchange.'],
      ],
    ]);
    const { records, rejects } = alignDocument(doc, options);
    expect(records).toHaveLength(1);
    expect(records[0]!.en).toBe('The KOSPI closed up 2.3% at 2,650.');
    expect(rejects).toEqual([expect.objectContaining({ id: 'doc:0.0', stage: 'align', ko: '' })]);
  });
});
