// readTmx streams units (entities decoded, inline codes dropped, props kept); the translation
// memory maps Korean to English whichever side the Korean is on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranslationMemory, readTmx } from '../pipeline/tmx-read.js';
import { UserError } from '../pipeline/errors.js';
import { tempDir } from './fixtures/translate/fake-api.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'translate', 'memory.tmx');

describe('readTmx', () => {
  it('yields source and target with languages and props', async () => {
    const units = [];
    for await (const unit of readTmx(FIXTURE)) units.push(unit);
    expect(units[0]).toEqual({
      source: '정부는 <예산안>을 제출했다.',
      target: 'The government submitted the "budget" & more.',
      srcLang: 'ko-KR',
      tgtLang: 'en-US',
      props: { 'x-doc': 'seed' },
    });
    // Inline codes are markup, not text.
    expect(units[1]).toMatchObject({ source: '가격은 5% 올랐다.', target: 'Prices rose 5%.' });
    // A <tu srclang> overrides the header.
    expect(units[2]).toMatchObject({ source: 'Seoul is cold.', target: '서울은 춥다.', srcLang: 'en-US' });
    expect(units).toHaveLength(5);
  });

  it('names the file when it is not TMX or cannot be read', async () => {
    const dir = tempDir();
    const notTmx = join(dir, 'x.tmx');
    writeFileSync(notTmx, '<html><body>hi</body></html>');
    await expect(loadTranslationMemory([notTmx])).rejects.toThrow(UserError);
    await expect(loadTranslationMemory([join(dir, 'missing.tmx')])).rejects.toThrow(/missing\.tmx/);
  });
});

describe('loadTranslationMemory', () => {
  it('maps exact Korean to English, skipping empty targets', async () => {
    const memory = await loadTranslationMemory([FIXTURE]);
    expect(memory.get('정부는 <예산안>을 제출했다.')).toBe('The government submitted the "budget" & more.');
    expect(memory.get('서울은 춥다.')).toBe('Seoul is cold.');
    expect(memory.get('옛 형식.')).toBe('Old style.');
    expect(memory.has('번역 없음.')).toBe(false);
  });

  it('streams a large memory', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.tmx');
    const units = Array.from({ length: 20_000 }, (_, i) => `<tu><tuv xml:lang="ko"><seg>문장 ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence ${i}.</seg></tuv></tu>`);
    writeFileSync(path, `<tmx version="1.4"><header srclang="ko"/><body>${units.join('\n')}</body></tmx>`);
    const memory = await loadTranslationMemory([path]);
    expect(memory.size).toBe(20_000);
    expect(memory.get('문장 19999.')).toBe('Sentence 19999.');
  });
});
