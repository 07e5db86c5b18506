// `dari import --run DIR FILE`: a reviewer's edits (TSV, CSV, XLIFF 1.2/2.1, TMX or the review page's
// export) written back into the run's aligned.jsonl, rejects.jsonl, tm.tmx and review.html.
import type { Command } from './command.js';
import { runFolderOption } from './command.js';
import { EXIT } from '../errors.js';
import { createLogger } from '../log.js';
import { dariVersion } from '../emit/formats.js';
import { applyEdits, readEdits } from '../emit/review-import.js';

export const importCommand: Command = {
  name: 'import',
  summary: "Read a reviewer's edits (TSV, XLIFF, review page) back into a run.",
  usage: 'import --run DIR FILE',
  options: {
    run: { type: 'string', value: 'DIR', description: 'Run folder whose aligned.jsonl, rejects.jsonl, tm.tmx and review.html are updated.' },
  },
  positionals: [1, 1],
  async run(args) {
    const runDir = runFolderOption(args, 'import');
    const file = args.positionals[0]!;
    const logger = createLogger();
    const { format, edits, warnings } = await readEdits(file);
    for (const warning of warnings.slice(0, 20)) logger.warn(`import: ${warning}`);
    if (warnings.length > 20) logger.warn(`import: … and ${warnings.length - 20} more warnings`);
    const counts = await applyEdits(runDir, edits, { toolVersion: dariVersion() });
    if (counts.unknown.length > 0) {
      logger.warn(`import: ${counts.unknown.length} id(s) in ${file} are not in ${runDir}/aligned.jsonl (already rejected, or another run): ${counts.unknown.slice(0, 5).join(', ')}${counts.unknown.length > 5 ? ', …' : ''}`);
    }
    const changed = counts.edited + counts.accepted + counts.rejected;
    logger.info(
      `import: ${format} with ${edits.size} entries: ${counts.edited} edited, ${counts.accepted} accepted, ${counts.rejected} rejected` +
        (changed === 0 ? '; nothing changed, no file rewritten' : '; aligned.jsonl, rejects.jsonl, tm.tmx and review.html updated'),
    );
    return EXIT.ok;
  },
};
