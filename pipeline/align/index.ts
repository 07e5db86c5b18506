// The Korean–English sentence aligner: public API.
export { alignSentences, alignWithStats, DEFAULT_ALIGN_OPTIONS, GALE_CHURCH_OPTIONS, linkScore } from './align-sentences.js';
export { alignDocument, splitForTwo, SPLIT_MIN_SCORE, type AlignDocumentOptions } from './document.js';
export { splitEnglish, type EnglishSentence } from './split-english.js';
export type { AlignOptions, Link } from './options.js';
