// Worker thread of `dari validate` (see ./parallel.ts): runs the checks that look at one pair at a time over the
// batches of pairs the main thread hands it, and hands back each pair's flags. An entry of the launcher's build
// (bin/dari.mjs), so it runs as bundled JavaScript like the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import type { Flag } from '../schemas.js';
import type { PairInput } from '../checks/types.js';
import { createValidator, type ValidateOptions } from './validator.js';

/** The worker's `workerData`. */
export interface ValidateWorkerSetup {
  dariValidate: true;
  options: Pick<ValidateOptions, 'checks'>;
  glossary: ReadonlyMap<string, string>;
}

/** One batch of pairs, in corpus order. */
export interface ValidateTask {
  id: number;
  pairs: PairInput[];
}

/** The flags of a batch's pairs from the checks that are not in `CORPUS_CHECKS`, one list per pair. */
export interface ValidateResult {
  id: number;
  flags: Flag[][];
}

const setup = workerData as ValidateWorkerSetup | undefined;
if (parentPort && setup?.dariValidate) {
  const port = parentPort;
  const validator = createValidator(setup.options, { glossary: setup.glossary, part: 'pair' });
  port.on('message', (task: ValidateTask) => {
    const flags = validator.checkBatch(task.pairs);
    port.postMessage({ id: task.id, flags } satisfies ValidateResult);
  });
}
