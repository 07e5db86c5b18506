// Shapes shared by the splitter and its rules.
import type { Ending } from './endings.js';

export const SegmentSyntax = { Sentence: 'Sentence' } as const;

/** One sentence: `text.slice(range[0], range[1]) === raw` (UTF-16 offsets; the text is never altered). */
export interface SentenceSpan {
  type: typeof SegmentSyntax.Sentence;
  raw: string;
  range: [number, number];
}

/**
 * Where a boundary may fall:
 * - `punctuation`: after . ? ! … (and what sticks to them: closing quotes, footnotes, emoticons);
 * - `quote-end`: after a closing quote or bracket whose inside ended with punctuation;
 * - `space`: at a space after a word, with no punctuation (한다 그런데, 좋아요 ㅋㅋ);
 * - `line-break`: at a line break inside a paragraph.
 */
export type CandidateKind = 'punctuation' | 'quote-end' | 'space' | 'line-break';

/** See `Candidate.register`. */
export type Register = 'formal' | 'informal' | 'unpunctuated';

export type Decision = 'cut' | 'hold';

export interface Candidate {
  kind: CandidateKind;
  text: string;
  /** Offset where the current sentence starts. */
  sentenceStart: number;
  /** The punctuation run (or closing quote) `[markStart, markEnd)`; empty for `space` and `line-break`. */
  markStart: number;
  markEnd: number;
  /** Where the sentence would end if cut here (after closing quotes, footnotes and emoticons). */
  end: number;
  /** First character of what follows, after whitespace (`limit` at the end). */
  next: number;
  /** End of the text being split. */
  limit: number;
  /** Whitespace lies between `end` and `next`. */
  spaced: boolean;
  /** That whitespace holds a line break. */
  newline: boolean;
  /** The word before the mark, as written (may carry closing quotes and emoticons). */
  readonly token: string;
  /** `token` without the quotes, brackets, emoticons and punctuation around it. */
  readonly word: string;
  /** The sentence-final ending `word` carries. */
  ending: Ending;
  /** The word after `next`, up to whitespace or punctuation (at most 24 characters); computed on first use. */
  readonly nextWord: string;
  /** The punctuation run itself. */
  readonly mark: string;
  /** Options in force. */
  splitLines: boolean;
  splitAtEndings: boolean;
  /**
   * How the text ends its punctuated sentences: `formal` when every ending before . ? ! is the
   * plain written -다 (news, reports), `informal` when others occur (요, 니다, 음, 지…), `unpunctuated`
   * when no ending is followed by punctuation.
   */
  readonly register: Register;
  /** The text ends sentences with nominal endings somewhere (했음, 가능함, 완료됨, 것임); computed on first use. */
  readonly nominalStyle: boolean;
  /** Offset of the opening mark matched with the closing mark at `close`, or -1. */
  openerOf(close: number): number;
  /** Matched quotes and brackets of the text: opener offset → closer offset. */
  pairs: ReadonlyMap<number, number>;
}

export interface SegmentRule {
  /** kebab-case id shown in debug output. */
  id: string;
  /** What the rule decides, with a Korean example. */
  description: string;
  /** Candidate kinds it looks at. */
  kinds: readonly CandidateKind[];
  /** `cut`, `hold`, or `undefined` to let the next rule decide. */
  decide(candidate: Candidate): Decision | undefined;
}

/** One decision, as `explainSplits` reports it. */
export interface SplitDecision {
  /** Offset where the sentence would end. */
  offset: number;
  kind: CandidateKind | 'pair';
  decision: Decision;
  rule: string;
  /** A few characters either side, with `|` at the offset. */
  context: string;
}
