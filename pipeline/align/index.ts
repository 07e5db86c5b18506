// The Korean–English sentence aligner: public API.
export { alignSentences, alignWithStats, DEFAULT_ALIGN_OPTIONS, GALE_CHURCH_OPTIONS, linkScore } from './align-sentences.js';
export type { AlignOptions, Link } from './options.js';
