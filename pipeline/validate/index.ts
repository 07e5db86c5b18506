// The validate stage: QA checks over KO/EN pairs, feedback for a repair, and opt-in LLM quality estimation.
export { createValidator, feedbackFor, type Validator, type ValidateOptions } from './validator.js';
export type { PairInput } from '../checks/types.js';
export { PairInputSchema } from './pair-input.js';
export { createFlagTally, type FlagTally } from './tally.js';
export { loadGlossary } from './glossary.js';
export { estimateQuality, selectForEstimation, type QualityEstimationOptions } from './quality-estimation.js';
