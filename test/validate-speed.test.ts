// The matching machinery behind the validator's speed (docs/validate-speed.md): what it skips must never change a result.
import { describe, expect, it } from 'vitest';
import { ByFirstCharacter, firstCharacters } from '../pipeline/regexp.js';
import { memoByText } from '../pipeline/validate/memo.js';

describe('firstCharacters', () => {
  const firsts = (regex: RegExp) => {
    const found = firstCharacters(regex);
    return found && [...found].sort().join('');
  };

  it('reads literal starts through lookarounds, classes and groups', () => {
    expect(firsts(/abc/)).toBe('a');
    expect(firsts(/[xy]z|w/)).toBe('wxy');
    expect(firsts(/(?<![가-힣])(?:얇|두껍)지\s?않/)).toBe('두얇');
    expect(firsts(/(?=b)b+|(?:cd|e)+f/)).toBe('bce');
    expect(firsts(/(ab)c/)).toBe('a');
  });

  it('gives up on anything it cannot be sure of', () => {
    for (const regex of [/a?b/, /a*b/, /a{0,2}b/, /(?:a|)b/, /(?:ab)?c/, /\bx/, /x/i, /[a-z]x/, /[^a]x/, /.x/, /^x/, /(?<name>x)/, /(?=x)/, /a|/, /\u0041/]) {
      expect(firstCharacters(regex), regex.source).toBeUndefined();
    }
  });

  it('never leaves out a character a match starts with', () => {
    const patterns = [/(?<![가-힣])(?:적|작)지\s?않/, /[가나]다|라(?:마|바)/, /(?:(?:x|y)z|w)+v/, /(?<=q)(?:r|s)/];
    const texts = ['적지 않다', '작지않은', '가다', '나다라마', '라바', 'xzv', 'yzwv', 'wv', 'qr', 'qs', 'zzz'];
    for (const regex of patterns) {
      const found = firstCharacters(regex)!;
      for (const text of texts) {
        const match = regex.exec(text);
        if (match) expect(found.has(text[match.index]!), `${regex.source} on ${text}`).toBe(true);
      }
    }
  });
});

describe('ByFirstCharacter', () => {
  it('lists, in table order, the items a text could match and those of unknown start', () => {
    const table: [RegExp, string][] = [[/가다/, 'a'], [/\b나/, 'b'], [/(?:다|라)마/, 'c'], [/가나/, 'd']];
    const index = new ByFirstCharacter(table, ([regex]) => regex);
    expect(index.in('라마가').map(([, name]) => name)).toEqual(['a', 'b', 'c', 'd']);
    expect(index.in('마바').map(([, name]) => name)).toEqual(['b']);
    for (const text of ['가다', '다마', '가나', '마']) {
      expect(index.in(text).filter(([regex]) => regex.test(text))).toEqual(table.filter(([regex]) => regex.test(text)));
    }
  });

  it('refuses global and sticky patterns, whose lastIndex a skipped test would not reset', () => {
    expect(() => new ByFirstCharacter([/a/g], (regex) => regex)).toThrow(TypeError);
    expect(() => new ByFirstCharacter([/a/y], (regex) => regex)).toThrow(TypeError);
  });
});

describe('memoByText', () => {
  it('computes once per text while it is kept, the least recently used dropped first', () => {
    const calls: string[] = [];
    const length = memoByText((text: string) => {
      calls.push(text);
      return text.length;
    }, 2);
    expect([length('a'), length('bb'), length('a'), length('ccc'), length('a'), length('bb')]).toEqual([1, 2, 1, 3, 1, 2]);
    // 'bb' was dropped when 'ccc' came (the least recently used of 'a' and 'bb'); 'a' never was.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'bb']);
  });

  it('keeps an undefined result too', () => {
    let calls = 0;
    const nothing = memoByText((): undefined => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('y');
    nothing('x');
    expect(calls).toBe(2);
  });
});
