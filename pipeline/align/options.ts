// Options of the sentence aligner (types and defaults only).
import type { AnchorLanguage } from './anchors.js';

export interface AlignOptions {
  /**
   * `ko-en`: Korean source, English target, with the calibrated length model and all anchors.
   * `generic`: any pair; only language-independent evidence (length ratio of the document,
   * numbers, shared word prefixes, punctuation).
   * @default "ko-en"
   */
  readonly language: AnchorLanguage;
  /** Use anchors (numbers, Latin words, names…). `false` gives a length-only Gale–Church aligner. @default true */
  readonly anchors: boolean;
  /** Allowed bead shapes. @default 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 */
  readonly beads: ReadonlyArray<readonly [number, number]>;
  /** Prior probability of each bead shape, keyed "a-b". @default BEAD_PRIORS (`ko-en`), GENERIC_PRIORS (`generic`) */
  readonly priors: Readonly<Record<string, number>>;
  /** Half-width of the search band around the coarse path, in sentences. Minimum: 2. @default 8 */
  readonly band: number;
  /** Problems with at most this many DP cells ((n+1)·(m+1)) are searched in full. @default 250000 */
  readonly fullCells: number;
  /**
   * Also take word evidence from the shared lexicon (`pipeline/lexicon`, the domains anchors.ts ALIGN_SHARED_DOMAINS names), after the
   * aligner's own lists, less the alternatives that can be a common English word alone. @default true
   */
  readonly sharedLexicon?: boolean;
  /** Korean → English glossary; a pair of terms found on both sides is an anchor. */
  readonly glossary?: ReadonlyMap<string, string>;
  /**
   * For each English sentence, the index of the Korean sentence whose translation it came from
   * (-1 when unknown). Inside the pipeline this is the translator's ids: a strong prior.
   */
  readonly owners?: ReadonlyArray<number>;
  /** Cost of each English sentence a link takes from another Korean sentence's translation. @default 3 */
  readonly ownerPenalty: number;
  /**
   * Sentence vectors (embeddings, or bags of words of a machine translation of the Korean), one per
   * sentence; a link's vector is the sum of its sentences'. Off unless given.
   */
  readonly vectors?: { readonly ko: readonly Float32Array[]; readonly en: readonly Float32Array[] };
  /** Weight of the vector similarity. @default 6 */
  readonly vectorWeight: number;
}

/** A link: Korean sentence indexes, English sentence indexes (either may be empty), confidence in [0, 1]. */
export interface Link {
  ko: number[];
  en: number[];
  score: number;
}
