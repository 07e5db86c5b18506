// The validate stage: QA checks over KO/EN pairs, feedback for a repair, and opt-in LLM quality estimation.
export { createValidator, feedbackFor, type Validator, type ValidateOptions } from './validator.js';
export type { PairInput } from '../checks/types.js';
export { estimateQuality, selectForEstimation, type QualityEstimationOptions } from './quality-estimation.js';
