// The align stage: a translated document in, one AlignedRecord per link out.
//
// Within each paragraph, every id's English is split into sentences, and the Korean sentences are
// aligned with the English ones, the translator's ids acting as a strong prior. Content can
// overrule the ids when it disagrees strongly (figures, names), and then the link is flagged
// `drift`. Many-to-one links (2 Korean sentences, 1 English) are split at a clause boundary when the
// split is confident, so that CAT tools can match each Korean sentence; otherwise they are kept as
// one unit and flagged `many-to-one`. See docs/align.md.
import type { AlignedRecord, Config, Flag, RejectRecord, Sentence, SentenceTranslation, TranslatedDoc } from '../schemas.js';
import { alignSentences } from './align-sentences.js';
import type { Link } from './options.js';
import { splitEnglish } from './split-english.js';

export type AlignDocumentOptions = Config['align'] & { glossary?: ReadonlyMap<string, string> };

/** Score a split half-link must reach on both sides before a many-to-one link is split. */
export const SPLIT_MIN_SCORE = 0.75;

// Clause boundaries where an English sentence can be cut: after ; : , or a dash, before a space.
const CLAUSE_BREAK = /(?:[;:,]|\s[—–])(?=\s)/g;

interface EnglishPiece {
  text: string;
  /** Index (in the paragraph) of the Korean sentence whose translation holds it. */
  owner: number;
}

const flag = (code: string, severity: Flag['severity'], message: string, data?: Record<string, unknown>): Flag => ({
  code,
  severity,
  message,
  source: 'align',
  ...(data ? { data } : {}),
});

/** Try to cut one English sentence in two so that each half matches one of two Korean sentences. */
export function splitForTwo(ko: readonly [string, string], en: string, glossary?: ReadonlyMap<string, string>): [string, string, number] | null {
  let best: [string, string, number] | null = null;
  for (const match of en.matchAll(CLAUSE_BREAK)) {
    const cut = match.index + match[0].length;
    const left = en.slice(0, cut).trim();
    const right = en.slice(cut).trim();
    if (left.length < 12 || right.length < 12) continue;
    const links = alignSentences(ko, [left, right], { ...(glossary ? { glossary } : {}), beads: [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]] });
    if (links.length !== 2 || links[0]!.ko.length !== 1 || links[0]!.en.length !== 1 || links[1]!.en.length !== 1 || links[1]!.ko.length !== 1) continue;
    const score = Math.min(links[0]!.score, links[1]!.score);
    if (score >= SPLIT_MIN_SCORE && (!best || score > best[2])) best = [left, right, score];
  }
  return best;
}

function paragraphs(doc: TranslatedDoc): Sentence[][] {
  const groups: Sentence[][] = [];
  let current: Sentence[] = [];
  for (const sentence of doc.sentences) {
    if (current.length > 0 && current[0]!.para !== sentence.para) {
      groups.push(current);
      current = [];
    }
    current.push(sentence);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Align a translated document: records for the links, rejects for what has no partner. */
export function alignDocument(doc: TranslatedDoc, options: AlignDocumentOptions): { records: AlignedRecord[]; rejects: RejectRecord[] } {
  const translations = new Map<string, SentenceTranslation>(doc.translations.map((t) => [t.id, t]));
  const records: AlignedRecord[] = [];
  const rejects: RejectRecord[] = [];
  for (const paragraph of paragraphs(doc)) {
    const korean: Sentence[] = [];
    for (const sentence of paragraph) {
      const translation = translations.get(sentence.id);
      if (!translation || translation.en === null) {
        rejects.push({
          id: sentence.id,
          doc: doc.doc,
          ko: sentence.ko,
          en: null,
          stage: 'translate',
          reason: translation?.reason ?? 'no translation',
          flags: translation?.flags ?? [],
        });
        continue;
      }
      korean.push(sentence);
    }
    if (korean.length === 0) continue;
    const pieces: EnglishPiece[] = korean.flatMap((sentence, owner) =>
      splitEnglish(translations.get(sentence.id)!.en!).map((piece) => ({ text: piece.raw, owner })),
    );
    const glossary = options.glossary ? { glossary: options.glossary } : {};
    const ko = korean.map((sentence) => sentence.ko);
    const en = pieces.map((piece) => piece.text);
    const links = alignSentences(ko, en, { owners: pieces.map((piece) => piece.owner), ...glossary });
    // The same alignment without the ids: where it is much surer of another pairing, the
    // translator's ids probably drifted even though the prior held them in place.
    const content = korean.length > 1 ? alignSentences(ko, en, glossary) : links;
    for (const link of links) {
      const rival = contentRival(link, content);
      emitLink(doc, korean, pieces, link, rival, translations, options, records, rejects);
    }
  }
  return { records, rejects };
}

/** How much surer the content must be of another pairing before the ids are doubted. */
export const DRIFT_MARGIN = 0.25;

/** A content-only link that pairs this link's Korean differently and is much surer of it, if any. */
function contentRival(link: Link, content: Link[]): Link | null {
  if (link.ko.length === 0) return null;
  for (const candidate of content) {
    if (!candidate.ko.some((i) => link.ko.includes(i))) continue;
    const same = candidate.ko.join() === link.ko.join() && candidate.en.join() === link.en.join();
    if (same) return null;
    if (candidate.en.length > 0 && candidate.score >= 0.85 && candidate.score >= link.score + DRIFT_MARGIN) return candidate;
  }
  return null;
}

function emitLink(
  doc: TranslatedDoc,
  korean: Sentence[],
  pieces: EnglishPiece[],
  link: Link,
  rival: Link | null,
  translations: Map<string, SentenceTranslation>,
  options: AlignDocumentOptions,
  records: AlignedRecord[],
  rejects: RejectRecord[],
): void {
  const sentences = link.ko.map((i) => korean[i]!);
  const english = link.en.map((j) => pieces[j]!);
  const inLink = new Set(link.ko);
  const foreignOwners = [...new Set(english.filter((piece) => !inLink.has(piece.owner)).map((piece) => korean[piece.owner]!.id))];
  const strayed = sentences.filter((sentence) => {
    const own = korean.indexOf(sentence);
    return pieces.some((piece, j) => piece.owner === own && !link.en.includes(j));
  });
  // Two Korean sentences whose English came from two different ids: the content crosses the ids.
  const crossesIds = sentences.length > 1 && new Set(english.map((piece) => piece.owner)).size > 1;
  const driftFlags: Flag[] =
    foreignOwners.length > 0 || strayed.length > 0 || crossesIds || rival
      ? [
          flag('drift', 'warning', 'the translator\'s ids and the content disagree here: check that this English translates this Korean', {
            englishFrom: foreignOwners,
            englishMovedAwayFrom: strayed.map((sentence) => sentence.id),
            ...(rival ? { contentSuggests: rival.en.map((j) => pieces[j]!.text) } : {}),
          }),
        ]
      : [];

  if (english.length === 0) {
    for (const sentence of sentences) {
      const translation = translations.get(sentence.id)!;
      rejects.push({
        id: sentence.id,
        doc: doc.doc,
        ko: sentence.ko,
        en: translation.en,
        stage: 'align',
        reason: translation.en!.trim() === '' ? 'the translation is empty' : 'no English sentence aligns with this Korean sentence',
        flags: [...translation.flags, ...driftFlags],
      });
    }
    return;
  }
  if (sentences.length === 0) {
    const owner = korean[english[0]!.owner]!;
    rejects.push({
      id: owner.id,
      doc: doc.doc,
      ko: '',
      en: english.map((piece) => piece.text).join(' '),
      stage: 'align',
      reason: `English sentence with no Korean counterpart (in the translation of ${owner.id}; added by the translator?)`,
      flags: [flag('unaligned-english', 'warning', 'this English sentence matches no Korean sentence')],
    });
    return;
  }

  const carried = sentences.flatMap((sentence) => translations.get(sentence.id)!.flags);
  const source = translations.get(sentences.find((sentence) => translations.get(sentence.id)!.origin)?.id ?? sentences[0]!.id)!;
  const base = {
    doc: doc.doc,
    para: sentences[0]!.para,
    origin: source.origin ?? 'api',
    model: source.model,
    promptVersion: source.promptVersion,
    reviewed: false,
  } as const;
  const record = (parts: Sentence[], en: string, link: string, score: number, extra: Flag[]): AlignedRecord => ({
    id: parts[0]!.id,
    ...base,
    ko: parts.map((sentence) => sentence.ko).join(' '),
    en,
    link,
    score,
    koIds: parts.map((sentence) => sentence.id),
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    flags: [
      ...carried.filter((f) => parts.some((sentence) => translations.get(sentence.id)!.flags.includes(f))),
      ...driftFlags,
      ...extra,
      ...(score < options.minScore
        ? [flag('low-alignment-score', 'warning', `alignment score ${score} is below ${options.minScore}`, { score, minScore: options.minScore })]
        : []),
    ],
  });

  const en = english.map((piece) => piece.text).join(' ');
  if (sentences.length === 2 && english.length === 1) {
    const split = splitForTwo([sentences[0]!.ko, sentences[1]!.ko], en, options.glossary);
    if (split) {
      const [left, right, score] = split;
      const note = flag('split-english', 'info', 'one English sentence was cut at a clause boundary to pair with two Korean sentences', { english: en });
      const linkScore = Math.round(Math.min(link.score, score) * 1000) / 1000;
      records.push(record([sentences[0]!], left, '1-1', linkScore, [note]));
      records.push(record([sentences[1]!], right, '1-1', linkScore, [note]));
      return;
    }
  }
  const manyToOne =
    sentences.length > 1
      ? [
          flag(
            'many-to-one',
            'info',
            `${sentences.length} Korean sentences share this English; CAT tools match one source sentence at a time`,
            { koSentences: sentences.length, enSentences: english.length },
          ),
        ]
      : [];
  records.push(record(sentences, en, `${sentences.length}-${english.length}`, link.score, manyToOne));
}
