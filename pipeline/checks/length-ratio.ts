// @fileoverview The English is far shorter or longer than a translation of this Korean should be.
//
// KO→EN lengths do not follow a fixed ratio cap: one Hangul syllable carries about 2.4 English characters,
// while digits, Latin words and spaces carry about one. The expected English length is
//   expected = 2.38 × (Hangul syllables) + 1.0 × (other characters)
// and log(actual / expected) is close to normal with a spread that shrinks with length:
//   sd(n) = sqrt(0.005 + 0.8 / n),  n = Korean characters.
// Fitted on the 944 human-aligned paragraphs of the Python tutorial KO/EN benchmark
// (../shared/benchmarks/alignment/koen-pydocs; least squares for the weights, per-length-band spread).
// A plain character ratio there has a median of 1.81 and exceeds 2 for 28 % of correct pairs.
import type { Check, CheckContext, CheckVisitor } from './types.js';
import { isCopy } from '../validate/text.js';
import { memoByText } from '../validate/memo.js';

export const meta = {
  type: 'error',
  docs: { description: 'The English length is far from what this Korean predicts (calibrated for KO→EN).' },
  messages: {
    tooShort: 'The English is much shorter than the Korean predicts ({{actual}} characters, about {{expected}} expected): something may be missing.',
    tooLong: 'The English is much longer than the Korean predicts ({{actual}} characters, about {{expected}} expected): something may be added.',
    attribution: 'The English is longer than the Korean predicts and reports what someone says ("{{text}}"), which the Korean does not: something may be added.',
  },
} satisfies Check['meta'];

export const HANGUL_WEIGHT = 2.38;
export const OTHER_WEIGHT = 1.0;
const SPREAD_FLOOR = 0.005;
const SPREAD_PER_CHAR = 0.8;
/** z-scores: an error beyond these, a warning beyond the soft ones. Additions are looser than omissions. */
const SHORT_ERROR = -3.3;
const SHORT_WARNING = -2.6;
const LONG_ERROR = 5.5;
const LONG_WARNING = 4;
/** z-score from which an English-only attribution counts as an addition. */
const ATTRIBUTION_Z = 3;
const EN_ATTRIBUTION =
  /\b(?:(?:critics|analysts|experts|officials|organi[sz]ers|observers|residents|sources|witnesses|police|authorities|the (?:company|ministry|government|official|spokesperson)|he|she|they)\s+(?:say|said|says|noted|added|argue[sd]?|warned|claim(?:ed|s)?|believe[sd]?)|according to|as reported by|reportedly)\b/i;
// Korean words that report or attribute (session 8: hearsay endings too, 비 온다던데 "they say it will rain"): 밝혔다, 말했다, 전했다, 따르면, quotation endings, 측, 관계자…
const KO_ATTRIBUTION = /(?<=[가-힣])(?:[다라]던|[다라]더라|[다라]면서|[다라]네요|답니다|랍니다|대요|래요)|(?:는|[온간한된왔갔했었좋춥덥많없있])대(?=[\s.!?~ㅋㅎ]|$)|[”"’']\s?고|고 했|추산|추정|집계|조사|통계|의하면|외신|소식통|밝혔|밝히|말했|말하|전했|전하|따르면|설명|강조|주장|지적|평가|분석|관계자|측은|측이|측에|대변인|비판|우려|경고|예상|전망|보도|라고|이라며|다며|라며|다고|냐고|자고|하자|답했|덧붙|언급|발표|알려|입장|반발|목소리|논란|의견|비난|호소|촉구|당부/;

// A Korean circumstance of not doing (입장을 밝히지 않은 채, 아무 말 없이, 묻지 않고) is often one English phrase ("without
// comment", "silently"): with one such clause and "without" in the English, a short English is a warning unless far shorter.
const KO_WITHOUT = /[가-힣]지\s?(?:않|못하|못한|말)[은고]?\s?(?:채|고)(?![가-힣])|[가-힣]\s없이(?![가-힣])|[가-힣]없이(?![가-힣])/;
export const EN_WITHOUT = /\b(?:without|silently|wordlessly|unannounced|unnoticed)\b/i;
const WITHOUT_SHORT_ERROR = -7;

/**
 * Session 8, last round: a notice of one clause given as a label and its value ("Maximum upload size: 10 MB." for 파일 크기는
 * 최대 10MB까지 업로드할 수 있습니다): the English drops the sentence frame, not the content, so it is judged as loosely as
 * a circumstance of not doing (WITHOUT_SHORT_ERROR). A cut-off English ends at its colon and is no label; a Korean with a
 * comma or colon of its own (several clauses, an instruction before its text) is judged as usual.
 */
const EN_LABEL = /^[A-Z][A-Za-z'’ -]{2,40}:\s+[^:\s][^:]{0,40}$/;

/**
 * Session 10: a formal notice (…금지되어 있습니다, …할 수 있습니다) given in the telegraphic English of signs and messages
 * ("No flash photography in the galleries.", "File too large (max. 25 MB).") drops the verb, the subject and the
 * articles, not the content: no more English sentences than Korean ones, with no verb of the closed classes (be, have, do, modals) and no
 * subject pronoun, ending in a full stop, for a Korean of at most two sentences of one clause each (no -고, -며, comma
 * or quotation) ending in a formal -ㅂ니다 / -십시오, with every figure of the Korean in it, is judged as loosely as a label.
 */
const EN_CLAUSE_WORD = /\b(?:is|are|was|were|be|been|being|am|can|could|will|would|may|might|must|should|shall|do|does|did|has|have|had|I|you|we|they|he|she|it|there|this|that|which|who|and|but|because|if|when)\b|n['’]t\b|['’](?:s|re|ll|ve|d|m)\b/i;
const KO_FORMAL_NOTICE = /^(?:[^.!?]+(?:니다|십시오|세요)[.!]?\s*){1,2}$/;
function telegraphic(ko: string, en: string): boolean {
  const text = en.trim();
  // As many English sentences as Korean ones at most ("Air pollution alert issued. Avoid going outside.").
  const enSentences = (text.replace(/\b(?:max|min|approx|no|vs|etc)\.\s/gi, ' ').match(/[.!?]\s+[A-Z]/g)?.length ?? 0) + 1;
  const koSentences = ko.trim().split(/(?<=[.!?])\s+/).length;
  if (text.length > 80 || enSentences > koSentences || EN_CLAUSE_WORD.test(text)) return false;
  if (!/[.!)]$/.test(text) || text.includes(',') || !KO_FORMAL_NOTICE.test(ko.trim()) || KO_CLAUSE_LINK.test(ko) || /[:：'"‘’“”「」]/.test(ko)) return false;
  for (const figure of ko.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!text.includes(figure)) return false;
  return true;
}

const KO_CLOCK_SYLLABLES = /(?:오전|오후|새벽)(?=\s?\d{1,2}\s?시)|(?<=\d)\s?시(?=\s?\d{1,2}\s?분|[\s~부까에반]|$)|(?<=\d)\s?분(?=[\s~부까에]|$)/g;

/** Korean shorter than this (characters) is too short to judge. */
const MIN_KOREAN = 6;

/**
 * A Hanja character in Korean news is a one-character abbreviation: 尹 "Yoon Suk Yeol", 北 "North Korea",
 * 與 "the ruling party". Not fitted (the benchmark has none); set from such headlines.
 */
export const HANJA_WEIGHT = 6;

/**
 * A short Korean line's polite ending (저장되었습니다 "Saved.", 확인하세요 "Check it.") is most of its syllables and none
 * of its English: those syllables weigh POLITE_WEIGHT. Longer text keeps the fitted weights (its endings are in them).
 */
const POLITE_ENDING = /(?:되었|하였|었|였|았|겠)?(?:습니다|습니까|니다|니까|세요|십시오|어요|아요|해요|에요|예요)[.!?]?\s*$/;
const POLITE_WEIGHT = 0.6;
/** A formal request ending of a notice (session 6, round 3): (해) 주시기 바랍니다, (하)시기 바랍니다, 주시길 바랍니다. */
const KO_CLAUSE_LINK = /[,;]|[가-힣](?:며|고|면서|지만|는데|은데|으나|니까|므로)(?=\s)/;
const KO_REQUEST_ENDING = /(?:\s?주시기|\s?주시길|(?<=[가-힣])시기|(?<=[가-힣])시길)\s?바랍니다[.!]?\s*$/;
const SHORT_LINE = 20;

/**
 * Korean words of relative days whose English is a phrase: 그제/그저께 "the day before yesterday", 모레 "the day after
 * tomorrow", 글피 "three days from now", 엊그제 "a couple of days ago". Each adds this many characters beyond its syllables.
 */
const KO_RELATIVE_DAY = /(?<![가-힣])(?:그제(?!서?야)|그저께|그끄저께|엊그제|엊그저께|내일\s?모레|모레|글피)(?=[은는도에의부까\s,.!?]|$)/g;
const RELATIVE_DAY_EXTRA = 18;

/** The English length a Korean text predicts (kept for the last texts: a dozen checks ask for it, some several times). */
export const expectedLength = memoByText(predictedLength);

function predictedLength(ko: string): number {
  const days = ko.includes('제') || ko.includes('께') || ko.includes('모레') || ko.includes('글피') ? (ko.match(KO_RELATIVE_DAY)?.length ?? 0) : 0;
  if (days > 0) return expectedLength(ko.replace(KO_RELATIVE_DAY, (word) => ' '.repeat(word.length))) + days * RELATIVE_DAY_EXTRA + days * 2 * HANGUL_WEIGHT;
  // A notice's formal request (주차해 주시기 바랍니다, 협조하시기 바랍니다) is "please" at any length.
  // Only a request of one clause: where a clause comes before it (-며, -고, a comma), a short English more often lost it.
  const request = ko.includes('바랍니다') && !KO_CLAUSE_LINK.test(ko) ? KO_REQUEST_ENDING.exec(ko) : null;
  if (request) {
    const syllables = request[0].match(/[가-힣]/g)?.length ?? 0;
    return expectedLength(ko.slice(0, request.index) + ' '.repeat(request[0].length - syllables)) + POLITE_WEIGHT * syllables;
  }
  const polite = ko.length <= SHORT_LINE ? POLITE_ENDING.exec(ko) : null;
  if (polite) {
    const syllables = polite[0].match(/[가-힣]/g)?.length ?? 0;
    return expectedLength(ko.slice(0, polite.index) + ' '.repeat(polite[0].length - syllables)) + POLITE_WEIGHT * syllables;
  }
  let hangul = 0;
  let hanja = 0;
  for (let i = 0; i < ko.length; i++) {
    const code = ko.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) hangul++;
    else if (code >= 0x4e00 && code <= 0x9fff) hanja++;
  }
  return HANGUL_WEIGHT * hangul + HANJA_WEIGHT * hanja + OTHER_WEIGHT * (ko.length - hangul - hanja);
}

// Session 8: a gloss set off by commas after a name ("Liberation Day, which celebrates Korea's independence from
// Japanese colonial rule in 1945, was held …"): background a translator adds for a Korean name, not a clause of the
// Korean. Without it the English must be of ordinary length for a long English to be a warning only.
const NAME_GLOSS = /(?<=[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*),\s(?:which|who)\s[^,;.!?]{10,140},(?=\s[a-z])/g;

// Session 9: a conversion in brackets after an amount ("20 square meters (about 215 square feet)", "1 trillion won
// ($720 million)") restates the amount; it adds length, not content.
const CONVERSION_GLOSS = /\s?\((?:about|around|approximately|approx\.|roughly|some|nearly|almost|just (?:over|under)|more than|over|under|~|≈)?\s?(?:US)?[$€£¥₩]?-?[\d.,]+\s?(?:[A-Za-z°%]+\.?[\s-]?){0,3}\)/g;

/** The English without glosses of names (see NAME_GLOSS) and without conversions in brackets (CONVERSION_GLOSS). */
export function withoutNameGlosses(en: string): string {
  const glossed = en.includes(', wh') ? en.replace(NAME_GLOSS, '') : en;
  return glossed.includes('(') ? glossed.replace(CONVERSION_GLOSS, '') : glossed;
}

/** Longest sentence (characters) of a run of short polite sentences. */
const CHAT_SENTENCE = 40;

/**
 * Session 8: chat and reviews in short polite sentences (사이즈가 작게 나온 것 같아요. 크게 주문하세요! "It runs small.
 * Size up!"): each sentence's ending weighs as a short line's does. Read for the short side of this check only.
 */
function chatExpectedLength(ko: string): number | undefined {
  if (ko.length <= SHORT_LINE || ko.length > 4 * CHAT_SENTENCE) return undefined;
  const sentences = ko.match(/[^.!?]+[.!?]*\s*/g) ?? [];
  if (sentences.length < 2 || !sentences.every((sentence) => sentence.trim().length <= CHAT_SENTENCE) || !sentences.some((sentence) => POLITE_ENDING.test(sentence))) return undefined;
  return sentences.reduce((sum, sentence) => sum + politeSentence(sentence), 0);
}

/** One short sentence's expected length, its polite ending weighed as a short line's. */
function politeSentence(sentence: string): number {
  const polite = POLITE_ENDING.exec(sentence);
  if (!polite) return expectedLength(sentence);
  const syllables = polite[0].match(/[가-힣]/g)?.length ?? 0;
  return expectedLength(sentence.slice(0, polite.index) + ' '.repeat(polite[0].length - syllables)) + POLITE_WEIGHT * syllables;
}

export function lengthScore(ko: string, en: string): number {
  const n = ko.trim().length;
  const spread = Math.sqrt(SPREAD_FLOOR + SPREAD_PER_CHAR / Math.max(n, 1));
  return Math.log(Math.max(en.trim().length, 1) / expectedLength(ko.trim())) / spread;
}

export function create(context: CheckContext): CheckVisitor {
  return {
    pair({ ko, en }) {
      // Empty English is empty-translation's finding.
      if (!/[\p{L}\p{N}]/u.test(en) || ko.trim().length < MIN_KOREAN) return;
      // The Korean copied back, or Chinese/Japanese in place of English, are other checks' findings.
      if (isCopy(ko, en) || !/[A-Za-z]/.test(en)) return;
      let z = lengthScore(ko, en);
      const chat = z <= SHORT_WARNING ? chatExpectedLength(ko.trim()) : undefined;
      if (chat !== undefined) z = Math.max(z, Math.log(Math.max(en.trim().length, 1) / chat) / Math.sqrt(SPREAD_FLOOR + SPREAD_PER_CHAR / Math.max(ko.trim().length, 1)));
      // Session 10: a clock reading is shorter in English (오전 9시 30분 "9.30am", 오후 6시 "6pm"): its 오전/오후/시/분
      // syllables weigh as a short line's polite ending, for the short side only.
      if (z <= SHORT_WARNING && /\d\s?시/.test(ko)) {
        const clock = ko.match(KO_CLOCK_SYLLABLES)?.join('').replace(/\s/g, '').length ?? 0;
        if (clock > 0) z = Math.max(z, Math.log(Math.max(en.trim().length, 1) / (expectedLength(ko.trim()) - (HANGUL_WEIGHT - POLITE_WEIGHT) * clock)) / Math.sqrt(SPREAD_FLOOR + SPREAD_PER_CHAR / Math.max(ko.trim().length, 1)));
      }
      const data = { actual: en.trim().length, expected: Math.round(expectedLength(ko.trim())) };
      const range: [number, number] = [0, en.length];
      const shortError = z <= SHORT_ERROR && ((KO_WITHOUT.test(ko) && EN_WITHOUT.test(en)) || (EN_LABEL.test(en.trim()) && !/[,;:：]/.test(ko)) || telegraphic(ko, en)) ? WITHOUT_SHORT_ERROR : SHORT_ERROR;
      if (z <= shortError) context.report({ messageId: 'tooShort', data, side: 'en', range });
      else if (z <= SHORT_WARNING) context.report({ messageId: 'tooShort', data, side: 'en', range, severity: 'warning' });
      else if (z >= LONG_ERROR && lengthScore(ko, withoutNameGlosses(en)) >= LONG_WARNING) context.report({ messageId: 'tooLong', data, side: 'en', range });
      else if (z >= LONG_ERROR) context.report({ messageId: 'tooLong', data, side: 'en', range, severity: 'warning' });
      else if (z >= LONG_WARNING) context.report({ messageId: 'tooLong', data, side: 'en', range, severity: 'warning' });
      // A longer English that quotes a source the Korean has no word for ("critics say", "officials said") is an
      // invented clause more often than an expanded name.
      if (z >= ATTRIBUTION_Z && z < LONG_ERROR) {
        const said = EN_ATTRIBUTION.exec(en);
        if (said && !KO_ATTRIBUTION.test(ko)) context.report({ messageId: 'attribution', data: { text: said[0] }, side: 'en', range: [said.index, said.index + said[0].length] });
      }
    },
  };
}
