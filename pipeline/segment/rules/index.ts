// The rules in the order they are asked; the first that answers decides. A candidate no rule
// answers is held (spaces, line breaks) or cut (punctuation, quote ends: terminal-punctuation).
import type { SegmentRule } from '../types.js';
import { abbreviation } from './abbreviation.js';
import { amendmentNote } from './amendment-note.js';
import { banmalEnding } from './banmal-ending.js';
import { bracketAfterEnding } from './bracket-after-ending.js';
import { closingQuote } from './closing-quote.js';
import { continuation } from './continuation.js';
import { ellipsis } from './ellipsis.js';
import { embeddedQuote } from './embedded-quote.js';
import { emoticonGlued } from './emoticon-glued.js';
import { emoticonRun } from './emoticon-run.js';
import { emojiAfterWord } from './emoji-after-word.js';
import { inlineList } from './inline-list.js';
import { label } from './label.js';
import { lineBreak } from './line-break.js';
import { listMarker } from './list-marker.js';
import { middleDotPeriod } from './middle-dot-period.js';
import { missingSpace } from './missing-space.js';
import { number } from './number.js';
import { sentenceEnding } from './sentence-ending.js';
import { tilde } from './tilde.js';
import { terminalPunctuation } from './terminal-punctuation.js';
import { urlOrCode } from './url-or-code.js';

export const RULES: readonly SegmentRule[] = [
  lineBreak,
  number,
  urlOrCode,
  listMarker,
  abbreviation,
  label,
  amendmentNote,
  closingQuote,
  continuation,
  emoticonGlued,
  tilde,
  missingSpace,
  ellipsis,
  middleDotPeriod,
  inlineList,
  embeddedQuote,
  bracketAfterEnding,
  sentenceEnding,
  banmalEnding,
  emoticonRun,
  emojiAfterWord,
  terminalPunctuation,
];
