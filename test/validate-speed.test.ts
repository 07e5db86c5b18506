// The matching machinery behind the validator's speed (docs/validate-speed.md): what it skips must never change a result.
import { describe, expect, it } from 'vitest';
import { ByRequiredCharacter, requiredCharacters } from '../pipeline/regexp.js';
import { keepResultsFor, memoByText } from '../pipeline/validate/memo.js';

describe('requiredCharacters', () => {
  const required = (regex: RegExp) => {
    const found = requiredCharacters(regex);
    return found && [...found].sort().join('');
  };

  it('reads, for each alternative, the required atom with the fewest first characters', () => {
    expect(required(/abc/)).toBe('a');
    expect(required(/[xy]z|w/)).toBe('wz');
    expect(required(/(?<![가-힣])(?:얇|두껍)지\s?않/)).toBe('지');
    expect(required(/(?<![가-힣])(?:안|못)\s(?:얇|얇은)지?/)).toBe('얇');
    expect(required(/\b(?:ab|c)+d?/)).toBe('ac');
    expect(required(/(?:x?y)z/)).toBe('z');
    expect(required(/(?<name>q)|\.r/)).toBe('.q');
  });

  it('gives up on anything it cannot be sure of', () => {
    for (const regex of [/a?/, /a*b?/, /a{0,2}/, /(?:a|)/, /\bx?/, /x/i, /[a-z]/, /[^a]/, /./, /^$/, /(?=x)/, /a|/, /\u0041/, /(a)\1/, /\p{L}/u, /a{/, /[\s]/]) {
      expect(requiredCharacters(regex), regex.source).toBeUndefined();
    }
  });

  it('never leaves out every character of a match', () => {
    const patterns = [/(?<![가-힣])(?:적|작)지\s?않/, /[가나]다|라(?:마|바)/, /(?:(?:x|y)z|w)+v/, /(?<=q)(?:r|s)/, /(?:안|못)\s(?:먹|마시)지/, /(?:a?b)c|d*e/];
    const texts = ['적지 않다', '작지않은', '가다', '나다라마', '라바', 'xzv', 'yzwv', 'wv', 'qr', 'qs', 'zzz', '안 먹지', '못 마시지', 'bc', 'c', 'ac', 'e', 'dde'];
    for (const regex of patterns) {
      const found = requiredCharacters(regex)!;
      expect(found, regex.source).toBeDefined();
      for (const text of texts) {
        const match = regex.exec(text);
        if (match) expect([...match[0]].some((char) => found.has(char)), `${regex.source} on ${text}`).toBe(true);
      }
    }
  });
});

describe('ByRequiredCharacter', () => {
  it('lists, in table order, the items a text could match and those of unknown characters', () => {
    const table: [RegExp, string][] = [[/가다/, 'a'], [/\b나?/, 'b'], [/(?:다|라)마/, 'c'], [/가나/, 'd']];
    const index = new ByRequiredCharacter(table, ([regex]) => [regex]);
    expect(index.in('라마가').map(([, name]) => name)).toEqual(['a', 'b', 'c', 'd']);
    expect(index.in('바사').map(([, name]) => name)).toEqual(['b']);
    for (const text of ['가다', '다마', '가나', '마', '나가']) {
      expect(index.in(text).filter(([regex]) => regex.test(text))).toEqual(table.filter(([regex]) => regex.test(text)));
    }
  });

  it('lists an item when any one of its patterns could match', () => {
    const table: [RegExp, RegExp][] = [[/가다/, /나라/], [/마바/, /사아/], [/자차/, /\s?카?/]];
    const index = new ByRequiredCharacter(table, (patterns) => patterns);
    expect(index.in('나라 사람')).toEqual([table[0], table[1], table[2]]);
    expect(index.in('마당')).toEqual([table[1], table[2]]);
  });

  it('refuses global and sticky patterns, whose lastIndex a skipped test would not reset', () => {
    expect(() => new ByRequiredCharacter([/a/g], (regex) => [regex])).toThrow(TypeError);
    expect(() => new ByRequiredCharacter([[/a/, /b/y]], (pair) => pair)).toThrow(TypeError);
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

  it('drops what it keeps when another batch starts, not when the same batch is read again', () => {
    let calls = 0;
    const length = memoByText((text: string) => {
      calls++;
      return text.length;
    });
    const batch = [{ id: '1', ko: '가', en: 'a' }];
    keepResultsFor(batch);
    length('a');
    length('b');
    length('a');
    keepResultsFor(batch);
    length('a');
    expect(calls).toBe(2);
    keepResultsFor([...batch]);
    length('a');
    expect(calls).toBe(3);
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
