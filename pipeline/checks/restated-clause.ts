// @fileoverview Session 11: an English clause that says again, in other words, what an earlier clause of the same
// English said, where the Korean says it once ("Reform cannot be finished within one administration's term — it cannot
// be completed within a single government's term."). Read through the validate lexicon: the two clauses render the same
// Korean words, each said once in the Korean, and the later one renders no Korean word or figure of its own.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { englishTerms } from '../validate/lexicon.js';
import { lengthScore } from './length-ratio.js';
import { ENGLISH_FUNCTION_WORDS, clip, contentStem } from '../validate/text.js';

export const meta = {
  type: 'error',
  docs: { description: 'One English clause restates another in other words, where the Korean says it once.' },
  messages: {
    restated: 'The English says "{{text}}" again in other words ("{{earlier}}"); the Korean says it once.',
  },
} satisfies Check['meta'];

/** A clause of the English: where it stands and what it says. */
interface Clause {
  range: [number, number];
  text: string;
  /** Set off from the clause before by a comma (a phrase of one sentence). */
  afterComma: boolean;
  /** Inside a quotation: a quote and the report of it may say one thing twice. */
  quoted: boolean;
  words: ClauseWord[];
  /** Korean words (said once in the Korean) this clause renders. */
  keys: Set<string>;
  stems: Set<string>;
  figures: Set<string>;
}

interface ClauseWord {
  stem: string;
  /** Korean words of the Korean this word renders, per the lexicon (none for a word the lexicon lacks). */
  keys: string[];
  figure: boolean;
  /** Renders a Korean word the Korean says twice. */
  twice: boolean;
}

/** Least number of things (Korean words or English words) the later clause says again. */
const RESTATED_ITEMS = 2;
/** Least share of the later clause's content words said again, where the Korean has one predicate (else all). */
const RESTATED_SHARE = 0.5;
/** Least length (z against what the Korean predicts) of an English holding a restatement. */
const RESTATED_Z = 1.5;
/** Longest English read (a paragraph of its own says things twice on purpose). */
const MAX_LENGTH = 500;
// The Korean's own markers of a restatement or gloss: 즉, 다시 말해, 바꿔 말하면, 요컨대, 이른바.
const KO_RESTATEMENT = /즉|다시 말해|바꿔 말하면|바꾸어 말하면|요컨대|이른바|말하자면|다시 말하면/;
// Where one clause ends and the next starts: a sentence end, a semicolon, colon or dash, or a comma.
const CLAUSE_BREAK = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\s*[;:—–]\s*|,["”’]?\s+/g;
// A second predicate in the Korean: a connective ending (-며, -지만, -고, 체포해 조사했다; not the -고 of -고 있다, of a
// quotation or of a noun such as 사고 or 광고, nor 위해, 대해, 통해) or a second sentence.
const KO_SECOND_PREDICATE = /(?:며|면서|지만|는데|은데|어서|아서|해서|여서|으나|다가|거나|도록|려고|니까|므로)[\s,]|(?<![다라자냐사광최보참경재창신공잔출입원휴논투제분예충권선포등판정상])고(?! 있| 싶)[\s,]|(?<![올매새그위대통의관인])해 |[.!?。]\s*\S/;
// A speaker and a verb of saying, closing a sentence: "…," the official said.
const ATTRIBUTION = /^[^,;]{0,40}\b(?:said|says|added|adds|noted|told|explained|stated|according to|reported)\b[^,;]{0,30}[.!?]?["”’]?$/i;
// A clause that says it adds something ("The official also advised …").
const ADDING = /\b(?:also|too|as well|another|further|furthermore|additionally|in addition|moreover|besides)\b/i;
// A clause that opens with a condition or circumstance ("If the breach is not remedied within that period") sets the
// scene for what follows; it does not say again what came before.
const CIRCUMSTANCE = /^(?:if|when|whenever|unless|although|though|because|since|while|whereas|after|before|once|until|as soon as)\b/i;
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d/g;
/** Numbers in words, cardinal and ordinal, as figures ("three straight months", "a third consecutive month"). */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  ['one first once', 'two second twice', 'three third', 'four fourth', 'five fifth', 'six sixth', 'seven seventh', 'eight eighth', 'nine ninth', 'ten tenth'].flatMap((words, index) => words.split(' ').map((word) => [word, String(index + 1)])),
);
/** Words that carry no content of their own: function words, light verbs, intensifiers. */
const LIGHT = new Set([
  ...ENGLISH_FUNCTION_WORDS,
  ...'being having now just very really still even again too all make makes made making get gets got getting take takes took taking put puts keep keeps kept some any each every such more most much new way ways thing things said says say added told due until off away'.split(' '),
]);

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      if (en.length > MAX_LENGTH || !/[,;:.!?—–]\s*\S/.test(en) || KO_RESTATEMENT.test(ko)) return;
      if (lengthScore(ko, en) < RESTATED_Z) return;
      const clauses = clausesOf(ko, en);
      // A Korean of one predicate has nothing else a later English clause could render; where the Korean has a second
      // predicate (체포해 조사했다), a word of the later clause the lexicon cannot place may be its rendering.
      const share = KO_SECOND_PREDICATE.test(ko.trim()) ? 1 : RESTATED_SHARE;
      // A restatement follows what it restates; a clause further on that shares its words goes on with the story.
      for (let j = 1; j < clauses.length; j++) {
        const later = clauses[j]!;
        const earlier = clauses[j - 1]!;
        // An item of a series ("…, through functions and modules, and finally …"), an attribution ("…, the official
        // said.") or a clause that says it adds ("also", "another") goes on from what came before.
        if ((later.afterComma && clauses[j + 1]?.afterComma && /^(?:and|or)\b/i.test(clauses[j + 1]!.text)) || ATTRIBUTION.test(later.text) || ADDING.test(later.text)) continue;
        if (!restates(later, earlier, share)) continue;
        const [start, end] = later.range;
        context.report({ messageId: 'restated', data: { text: clip(later.text), earlier: clip(earlier.text) }, side: 'en', range: [start, end] });
        return;
      }
    },
  };
}

/**
 * Whether `later` says again what `earlier` said: it renders no Korean word and no figure `earlier` does not, at least
 * two of its things (a Korean word said once, rendered in other words, or the same English word) are in `earlier`,
 * one of them a Korean word, and they make most of its content.
 */
function restates(later: Clause, earlier: Clause, share: number): boolean {
  if (later.quoted !== earlier.quoted || later.words.length < RESTATED_ITEMS || CIRCUMSTANCE.test(later.text)) return false;
  // A word the earlier clause has too is no news, whatever the lexicon reads it as.
  if (later.words.some((word) => word.keys.length > 0 && !word.keys.some((key) => earlier.keys.has(key)) && !earlier.stems.has(word.stem))) return false;
  for (const figure of later.figures) if (!earlier.figures.has(figure)) return false;
  const sharedKeys = new Set<string>();
  const sharedStems = new Set<string>();
  let covered = 0;
  for (const word of later.words) {
    if (word.twice) continue;
    const key = word.keys.find((candidate) => earlier.keys.has(candidate));
    if (key !== undefined) {
      sharedKeys.add(key);
      covered++;
    } else if (earlier.stems.has(word.stem)) {
      sharedStems.add(word.stem);
      covered++;
    }
  }
  return sharedKeys.size >= 1 && sharedKeys.size + sharedStems.size >= RESTATED_ITEMS && covered >= later.words.length * share;
}

function clausesOf(ko: string, en: string): Clause[] {
  const terms = englishTerms(en);
  const clauses: Clause[] = [];
  let from = 0;
  let afterComma = false;
  const breaks = [...en.matchAll(CLAUSE_BREAK)].map((match) => [match.index, match.index + match[0].length, match[0].startsWith(',')] as const);
  breaks.push([en.length, en.length, false]);
  for (const [end, next, comma] of breaks) {
    const text = en.slice(from, end);
    const lead = text.length - text.trimStart().length;
    const range: [number, number] = [from + lead, from + text.trimEnd().length];
    const quotes = (en.slice(0, range[0]).match(/["“”]/g) ?? []).length;
    const clause: Clause = { range, text: en.slice(...range), afterComma, quoted: quotes % 2 === 1 || /^["“]/.test(text.trimStart()), words: [], keys: new Set(), stems: new Set(), figures: new Set() };
    for (const match of text.matchAll(WORD)) {
      const raw = match[0].replace(/[.,]$/, '');
      const lower = raw.toLowerCase().replace(/['’]s?$/, '');
      const figure = /^\d/.test(raw) || lower in NUMBER_WORDS;
      const at = from + match.index;
      const term = terms.find((found) => found.index <= at && at < found.index + found.text.length);
      // A Korean word the Korean says twice may be rendered twice; one-syllable keys start too many unrelated words.
      const sources = (term?.keys ?? []).filter((key) => key.length >= 2 && ko.includes(key));
      const keys = sources.filter((key) => ko.indexOf(key) === ko.lastIndexOf(key));
      // A light word counts only where it renders a Korean word ("due to" for 때문에).
      if (!figure && sources.length === 0 && (lower.length < 3 || LIGHT.has(lower))) continue;
      const stem = figure ? (NUMBER_WORDS[lower] ?? raw.replace(/,/g, '')) : contentStem(lower);
      // A word for a Korean word the Korean says twice may render its second mention: it is never read as said again.
      clause.words.push({ stem, keys, figure, twice: keys.length === 0 && sources.length > 0 });
      for (const key of keys) clause.keys.add(key);
      clause.stems.add(stem);
      if (figure) clause.figures.add(stem);
    }
    if (clause.words.length > 0) clauses.push(clause);
    from = next;
    afterComma = comma;
  }
  return clauses;
}


