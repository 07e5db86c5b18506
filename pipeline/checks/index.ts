// The registry of QA checks, sorted by id. Each module exports `meta` and `create`.
import type { Check } from './types.js';
import * as addedDetail from './added-detail.js';
import * as clauseCoverage from './clause-coverage.js';
import * as directionMismatch from './direction-mismatch.js';
import * as droppedListItem from './dropped-list-item.js';
import * as emptyTranslation from './empty-translation.js';
import * as entityMismatch from './entity-mismatch.js';
import * as glossaryTerm from './glossary-term.js';
import * as identicalToSource from './identical-to-source.js';
import * as keptToken from './kept-token.js';
import * as lengthRatio from './length-ratio.js';
import * as llmArtifact from './llm-artifact.js';
import * as modalityMismatch from './modality-mismatch.js';
import * as nameConsistency from './name-consistency.js';
import * as negationMismatch from './negation-mismatch.js';
import * as numberMismatch from './number-mismatch.js';
import * as obeyedInstruction from './obeyed-instruction.js';
import * as placeMismatch from './place-mismatch.js';
import * as quantityMismatch from './quantity-mismatch.js';
import * as refusal from './refusal.js';
import * as repeatedSentence from './repeated-sentence.js';
import * as restatedClause from './restated-clause.js';
import * as roleSwap from './role-swap.js';
import * as tenseMismatch from './tense-mismatch.js';
import * as timeMismatch from './time-mismatch.js';
import * as truncation from './truncation.js';
import * as unsourcedName from './unsourced-name.js';
import * as untranslatedHangul from './untranslated-hangul.js';
import * as worldName from './world-name.js';
import * as wrongLanguage from './wrong-language.js';

export const checks: Readonly<Record<string, Check>> = Object.freeze({
  'added-detail': addedDetail,
  'clause-coverage': clauseCoverage,
  'direction-mismatch': directionMismatch,
  'dropped-list-item': droppedListItem,
  'empty-translation': emptyTranslation,
  'entity-mismatch': entityMismatch,
  'glossary-term': glossaryTerm,
  'identical-to-source': identicalToSource,
  'kept-token': keptToken,
  'length-ratio': lengthRatio,
  'llm-artifact': llmArtifact,
  'modality-mismatch': modalityMismatch,
  'name-consistency': nameConsistency,
  'negation-mismatch': negationMismatch,
  'number-mismatch': numberMismatch,
  'obeyed-instruction': obeyedInstruction,
  'place-mismatch': placeMismatch,
  'quantity-mismatch': quantityMismatch,
  refusal,
  'repeated-sentence': repeatedSentence,
  'restated-clause': restatedClause,
  'role-swap': roleSwap,
  'tense-mismatch': tenseMismatch,
  'time-mismatch': timeMismatch,
  truncation,
  'unsourced-name': unsourcedName,
  'untranslated-hangul': untranslatedHangul,
  'world-name': worldName,
  'wrong-language': wrongLanguage,
});

export type CheckId = keyof typeof checks;
export { renderMessage, type Check, type CheckContext, type CheckMeta, type PairInput, type Report } from './types.js';
