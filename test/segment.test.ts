// Korean segmenter: golden one-liners per phenomenon, span invariants on every case, the debug
// report, options, and the segment stage over a cleaned document.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEGMENT_OPTIONS,
  RULES,
  classifyEnding,
  explainSplits,
  segmentDocument,
  splitSentences,
} from '../pipeline/segment/index.js';
import type { CleanedDoc } from '../pipeline/schemas.js';
import { GOLDEN } from './segment-cases.js';
import { assertSpanInvariants } from './segment-helpers.js';
import { BOUND_ANY, BOUND_NONE, BOUND_WEAK, endingBound, splitRanges, useFastPaths } from '../pipeline/segment/splitter.js';
import { classifyEndingIn } from '../pipeline/segment/endings.js';
import { TERMINAL_CODES, codeClass, isTerminal } from '../pipeline/segment/chars.js';
import fs from 'node:fs';
import path from 'node:path';

const seen = new Set<string>();
for (const [group, cases] of Object.entries(GOLDEN)) {
  describe(group, () => {
    for (const testCase of cases) {
      const key = `${testCase.input}\u0000${JSON.stringify(testCase.options ?? {})}`;
      if (seen.has(key)) throw new Error(`duplicate golden case: ${testCase.input}`);
      seen.add(key);
      const title = JSON.stringify(testCase.input).slice(0, 80);
      (testCase.skip ? it.skip : it)(title, () => {
        const spans = splitSentences(testCase.input, testCase.options);
        assertSpanInvariants(testCase.input, spans);
        expect(spans.map((span) => span.raw)).toEqual(testCase.output);
      });
    }
  });
}

describe('golden table', () => {
  it('holds at least 150 cases', () => {
    expect(Object.values(GOLDEN).flat().length).toBeGreaterThanOrEqual(150);
  });
});

describe('invariants on arbitrary text', () => {
  const alphabet = ['다', '요', '.', ' ', '\n', '"', "'", '(', ')', '…', '?', '!', 'ㅋ', '~', '한', '했', '음', '1', 'a', '「', '」', '\u200b', '😊', '[', ']', '다.', '요?', '<', '>'];
  it('keeps spans valid on 500 random strings', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      assertSpanInvariants(text, splitSentences(text));
      assertSpanInvariants(text, splitSentences(text, { splitLines: true }));
    }
  });

  it('splits a 300 KB line with no punctuation quickly', () => {
    const line = '가나다라마바사아자차카타파하'.repeat(22_000);
    const started = performance.now();
    const spans = splitSentences(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(spans).toHaveLength(1);
    const words = '정부는 예산을 늘렸다 야당은 반대했다 '.repeat(15_000);
    const started2 = performance.now();
    const many = splitSentences(words);
    expect(performance.now() - started2).toBeLessThan(4000);
    expect(many.every((span, k) => words.slice(span.range[0], span.range[1]) === span.raw && (k === 0 || span.range[0] > many[k - 1]!.range[1]))).toBe(true);
  });

  it('stays linear on long runs without spaces or with many marks', () => {
    for (const text of ['읽기.'.repeat(60_000), '"'.repeat(100_000), '('.repeat(50_000) + ')'.repeat(50_000), '(했다) '.repeat(30_000), '요ㅋ'.repeat(100_000)]) {
      const started = performance.now();
      const spans = splitSentences(text);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(spans.length).toBeGreaterThan(0);
    }
  });

  it('does not let one stray quote swallow a long paragraph', () => {
    const text = `그가 "말했다. ${'문장이 이어진다. '.repeat(100)}`;
    expect(splitSentences(text).length).toBeGreaterThan(50);
  });
});

describe('explainSplits', () => {
  it('names the rule that cut or held each place', () => {
    const decisions = explainSplits('용의자는 도주하다 붙잡혔다. 3.5%가 올랐다.그런데 "좋다. 가자"라고 했다.');
    expect(decisions.some((d) => d.decision === 'cut' && d.rule === 'terminal-punctuation')).toBe(true);
    expect(decisions.some((d) => d.decision === 'hold' && d.rule === 'number')).toBe(true);
    expect(decisions.some((d) => d.decision === 'cut' && d.rule === 'missing-space')).toBe(true);
    expect(decisions.some((d) => d.kind === 'pair' && d.rule === 'quote-or-bracket')).toBe(true);
    for (const d of decisions) expect(d.context).toContain('|');
  });

  it('has a unique kebab-case id and a description for every rule', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});

describe('options', () => {
  it('documents its defaults', () => {
    expect(DEFAULT_SEGMENT_OPTIONS).toEqual({ splitLines: false, splitAtEndings: true, maxPairLength: 600 });
    expect(Object.isFrozen(DEFAULT_SEGMENT_OPTIONS)).toBe(true);
  });

  it('rejects bad values with a TypeError naming the option', () => {
    expect(() => splitSentences('a', { maxPairLength: 0 })).toThrow(/maxPairLength/);
    expect(() => splitSentences('a', { splitLines: 'yes' as unknown as boolean })).toThrow(TypeError);
  });

  it('splitAtEndings=false cuts only at punctuation and line ends', () => {
    const text = '오늘 정말 재밌었어요 내일 또 올게요. 안녕';
    expect(splitSentences(text, { splitAtEndings: false }).map((s) => s.raw)).toEqual(['오늘 정말 재밌었어요 내일 또 올게요.', '안녕']);
  });

  it('maxPairLength bounds how far a quote holds', () => {
    const text = '"첫 문장이다. 둘째 문장이다."라고 했다.';
    expect(splitSentences(text).length).toBe(1);
    expect(splitSentences(text, { maxPairLength: 5 }).length).toBeGreaterThan(1);
  });
});

describe('classifyEnding', () => {
  it.each([
    ['했다', 'strong'], ['합니다', 'strong'], ['좋아요', 'strong'], ['그렇죠', 'strong'], ['했음', 'strong'], ['가능함', 'strong'],
    ['완료됨', 'strong'], ['것이다', 'strong'], ['습니까', 'strong'], ['보이다', 'weak'], ['할까', 'weak'], ['좋네', 'contextual'],
    ['재밌어', 'contextual'], ['좋아', 'contextual'], ['사랑해', 'contextual'], ['좋지', 'contextual'], ['대박이야', 'contextual'], ['실화냐', 'strong'], ['나옴', 'strong'],
    ['합시다', 'strong'], ['했어', 'strong'], ['위해', 'weak'], ['아시아', 'weak'], ['언어', 'none'], ['하는지', 'weak'], ['내일까지', 'none'],
    ['하니까', 'none'], ['수요', 'none'], ['필요', 'none'], ['보다', 'none'], ['마다', 'none'], ['사용', 'none'], ['처음', 'none'], ['했지만', 'none'],
  ])('%s is %s', (word, strength) => {
    expect(classifyEnding(word).strength).toBe(strength);
  });
});

describe('segmentDocument', () => {
  const doc: CleanedDoc = {
    doc: 'news-1',
    path: 'corpus/news-1.txt',
    title: '제목',
    published: null,
    meta: {},
    paragraphs: [
      { index: 0, text: '정부가 발표했다. 시장은 반응했다.', start: 0, kind: 'title' },
      { index: 1, text: '준비물\n1. 여권\n2. 지갑', start: 21, kind: 'body' },
    ],
  };
  const fullText = `${doc.paragraphs[0]!.text}\n\n${doc.paragraphs[1]!.text}`;

  it('gives each sentence its id, paragraph, index and offsets into the cleaned text', () => {
    const segmented = segmentDocument(doc, { splitLines: false });
    expect(segmented.sentences.map((s) => s.id)).toEqual(['news-1:0.0', 'news-1:0.1', 'news-1:1.0', 'news-1:1.1', 'news-1:1.2']);
    for (const sentence of segmented.sentences) expect(fullText.slice(sentence.start, sentence.end)).toBe(sentence.ko);
    expect(segmented.sentences[1]).toMatchObject({ doc: 'news-1', para: 0, index: 1, ko: '시장은 반응했다.', start: 10, end: 19 });
    expect(segmented.paragraphs).toBe(doc.paragraphs);
  });

  it('splits every line with splitLines', () => {
    const prose: CleanedDoc = { ...doc, paragraphs: [{ index: 0, text: '정부는 이번 조치로 수출 기업의 물류 부담과 금융 비용이\n크게 줄 것으로 본다.', start: 0, kind: 'body' }] };
    expect(segmentDocument(prose, { splitLines: false }).sentences).toHaveLength(1);
    expect(segmentDocument(prose, { splitLines: true }).sentences).toHaveLength(2);
  });
});

describe('fast paths', () => {
  it('decide exactly as the full rule set on every golden case and fixture', () => {
    const fixtures = path.join(import.meta.dirname, 'fixtures/segment');
    const texts = [
      ...Object.values(GOLDEN).flat().map((c) => c.input),
      ...fs.readdirSync(fixtures).map((name) => fs.readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8')),
    ];
    const fast = texts.map((text) => splitSentences(text).map((s) => s.range.join('-')).join(','));
    useFastPaths(false);
    try {
      const slow = texts.map((text) => splitSentences(text).map((s) => s.range.join('-')).join(','));
      expect(fast).toEqual(slow);
    } finally {
      useFastPaths(true);
    }
  });

  it('search sentence punctuation with a regular expression that matches exactly isTerminal', () => {
    const search = new RegExp(codeClass(TERMINAL_CODES));
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (search.test(String.fromCharCode(code)) !== isTerminal(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it('read a paragraph in place in a larger text (as `segment` does) exactly as the paragraph alone', () => {
    // The stream splits each paragraph inside its chunk's text, between the line feeds around it.
    const fixtures = path.join(import.meta.dirname, 'fixtures/segment');
    const paragraphs = [
      ...Object.values(GOLDEN).flat().filter((c) => !c.options).map((c) => c.input),
      ...fs.readdirSync(fixtures).flatMap((name) => fs.readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8').split(/\n[ \t\r]*\n/)),
    ].map((text) => text.replace(/\r/g, '')).filter((text) => text.trim().length > 0);
    for (const [before, after] of [['\n', '\n'], ['다.\n \n', '\n\t\n그러나'], ['', '\n\r\n']]) {
      const alone = paragraphs.map((text) => splitRanges(text, 0, text.length, DEFAULT_SEGMENT_OPTIONS).join());
      const inPlace = paragraphs.map((text) => {
        const whole = `${before}${text}${after}`;
        return splitRanges(whole, before.length, before.length + text.length, DEFAULT_SEGMENT_OPTIONS).map((offset) => offset - before.length).join();
      });
      expect(inPlace).toEqual(alone);
    }
  });

  it('settle a space from two syllables only where the word could carry no more (endingBound is an upper bound)', () => {
    const bound = (word: string) => {
      const ending = classifyEndingIn(word, 0, word.length);
      if (ending.strength === 'none') return BOUND_NONE;
      return ending.strength === 'weak' && !['-음', '-임', '-ㅁ'].includes(ending.name) ? BOUND_WEAK : BOUND_ANY;
    };
    // The word's length and third-to-last syllable matter to some endings (습니다, 다아이가, 끓이다).
    const prefixes = ['', '습', '합', '아', '하', '끓', '기', '다아', '가나다라'];
    const syllables = Array.from({ length: 0xd7a3 - 0xac00 + 1 }, (_, k) => 0xac00 + k);
    const sample = [...'가나다라마바사아자차카타파하이기니리미시지구거고어오우으은는을를음임함됨했겠있없습합갑답됐왔였봤줬는던ㄱ', ...'3a"('].map((c) => c.charCodeAt(0));
    const failures: string[] = [];
    for (const last of syllables) {
      // Every syllable before the ones `decide` reads the syllable before of; a sample before the others.
      const prevs = isListed(last) ? [...syllables, ...sample] : sample;
      for (const prev of prevs) {
        const most = endingBound(prev, last);
        if (most === BOUND_ANY) continue;
        for (const prefix of prefixes) {
          const word = prefix + String.fromCharCode(prev, last);
          if (bound(word) > most) failures.push(word);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

/** Last syllables `decide` in ../pipeline/segment/endings.ts reads the syllable before of. */
function isListed(last: number): boolean {
  return '다용당요죠쥬줘까군나네지함됨음임께재제유먼만랑가해봐와워려져쳐겨혀햐야자라어아래대니냐걸게'.includes(String.fromCharCode(last));
}
