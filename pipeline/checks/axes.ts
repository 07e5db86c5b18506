// Shared by the checks that compare a word of one axis of meaning across the pair (place, time, quantity): each
// axis has classes that exclude one another (at home / abroad, last / next week, most / a few).

/** One class of an axis: how the Korean and the English say it. */
export interface AxisClass {
  name: string;
  korean: RegExp;
  english: RegExp;
}

/** A paragraph mixes the words of many things; these checks read a single Korean sentence of at most 120 characters. */
export function isShortSentence(ko: string): boolean {
  return ko.length <= 120 && !/[.?!]\s+\S/.test(ko.trim());
}

/** The one class of the axis the Korean uses, with its match; none when it uses several classes (국내외) or none. */
export function koreanClass<C extends AxisClass>(axis: readonly C[], ko: string): { cls: C; korean: RegExpExecArray } | undefined {
  let found: { cls: C; korean: RegExpExecArray } | undefined;
  for (const cls of axis) {
    const korean = cls.korean.exec(ko);
    if (!korean) continue;
    if (found) return undefined;
    found = { cls, korean };
  }
  return found;
}

/** The English's first word of another class of the axis than `cls`, when the English lacks `cls`'s own words. */
export function otherClassInEnglish<C extends AxisClass>(axis: readonly C[], cls: C, en: string): RegExpExecArray | undefined {
  if (cls.english.test(en)) return undefined;
  for (const other of axis) {
    if (other === cls) continue;
    const english = other.english.exec(en);
    if (english) return english;
  }
  return undefined;
}
