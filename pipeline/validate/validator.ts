// Runs every enabled check over pairs in corpus order and turns their reports into flags.
import type { Config, Flag } from '../schemas.js';
import { checks } from '../checks/index.js';
import { renderMessage, type CheckVisitor, type PairInput, type Report } from '../checks/types.js';
import { UserError } from '../errors.js';

export type ValidateOptions = Pick<Config['validate'], 'checks'> & Partial<Config['validate']>;

export interface Validator {
  /** Flags for one pair. Pairs must come in corpus order: some checks compare with earlier pairs. */
  check(pair: PairInput): Flag[];
}

const RANK = { info: 0, warning: 1, error: 2 } as const;
/** Findings kept per check and pair: a garbage segment would otherwise list every number it holds. */
export const MAX_FLAGS_PER_CHECK = 20;

export function createValidator(options: ValidateOptions, context: { glossary?: ReadonlyMap<string, string> } = {}): Validator {
  const levels = options.checks ?? {};
  for (const id of Object.keys(levels)) {
    if (!(id in checks)) {
      throw new UserError(`validate.checks.${id}: unknown check; known checks: ${Object.keys(checks).join(', ')}`);
    }
  }
  const glossary = context.glossary ?? new Map<string, string>();
  let current: Flag[] = [];
  const active: CheckVisitor[] = [];
  let perCheck = new Map<string, number>();
  for (const [id, check] of Object.entries(checks)) {
    const level = levels[id] ?? check.meta.type;
    if (level === 'off') continue;
    active.push(
      check.create({
        glossary,
        report(report: Report) {
          const count = (perCheck.get(id) ?? 0) + 1;
          perCheck.set(id, count);
          if (count > MAX_FLAGS_PER_CHECK) return;
          const severity = report.severity && RANK[report.severity] < RANK[level] ? report.severity : level;
          const flag: Flag = {
            code: id,
            severity,
            message: renderMessage(check.meta.messages[report.messageId] ?? report.messageId, report.data),
            source: 'validate',
            data: { messageId: report.messageId, ...(report.data ?? {}) },
          };
          if (report.side) flag.side = report.side;
          if (report.range) flag.range = report.range;
          current.push(flag);
        },
      }),
    );
  }
  return {
    check(pair) {
      current = [];
      perCheck = new Map();
      for (const visitor of active) visitor.pair(pair);
      return current;
    },
  };
}

/** Plain-English findings to hand the translator for one repair attempt (errors only, deduplicated). */
export function feedbackFor(flags: Flag[]): string[] {
  const lines: string[] = [];
  for (const flag of flags) {
    if (flag.severity !== 'error') continue;
    const line = flag.message.replace(/\s+/g, ' ').trim();
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}
