// Runs every enabled check over pairs in corpus order and turns their reports into flags.
import type { Config, Flag } from '../schemas.js';
import { checks } from '../checks/index.js';
import { renderMessage, type CheckVisitor, type PairInput, type Report } from '../checks/types.js';
import { UserError } from '../errors.js';
import { keepResultsFor } from './memo.js';

export type ValidateOptions = Pick<Config['validate'], 'checks'> & Partial<Config['validate']>;

/**
 * Checks that compare a pair with earlier pairs (state kept across the corpus): one validator must see every pair in
 * corpus order. Every other check looks at one pair at a time, so its pairs may be shared out among worker threads
 * (./parallel.ts); test/validate-parallel.test.ts fails if one of those keeps state.
 */
export const CORPUS_CHECKS: ReadonlySet<string> = new Set(['name-consistency', 'repeated-sentence']);

/** Which checks a validator runs: all of them, only the corpus-order ones (`CORPUS_CHECKS`), or only the others. */
export type CheckPart = 'all' | 'corpus' | 'pair';

/** Each check's place in the registry: flags come out in this order, a check's own flags together. */
const ORDER = new Map(Object.keys(checks).map((id, index) => [id, index]));

/**
 * The flags of one pair from two validators over disjoint sets of checks (a `corpus` and a `pair` part), in the order
 * one validator over all checks gives them: by check, each check's flags in their own order.
 */
export function mergeFlags(a: Flag[], b: Flag[]): Flag[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Flag[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(ORDER.get(a[i]!.code)! <= ORDER.get(b[j]!.code)! ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

export interface Validator {
  /** Flags for one pair. Pairs must come in corpus order: some checks compare with earlier pairs. */
  check(pair: PairInput): Flag[];
  /**
   * Flags for each of several pairs (in corpus order), the same as `check` on each in turn. Each check runs over all of
   * them before the next check starts: one check's patterns and tables stay in the processor's caches across the
   * pairs, which takes about a fifth less CPU than running every check on one pair after another.
   */
  checkBatch(pairs: readonly PairInput[]): Flag[][];
}

const RANK = { info: 0, warning: 1, error: 2 } as const;
/** Findings kept per check and pair: a garbage segment would otherwise list every number it holds. */
export const MAX_FLAGS_PER_CHECK = 20;

export function createValidator(options: ValidateOptions, context: { glossary?: ReadonlyMap<string, string>; part?: CheckPart } = {}): Validator {
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
    if (context.part !== undefined && context.part !== 'all' && CORPUS_CHECKS.has(id) !== (context.part === 'corpus')) continue;
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
      keepResultsFor(pair);
      current = [];
      perCheck = new Map();
      for (const visitor of active) visitor.pair(pair);
      return current;
    },
    checkBatch(pairs) {
      keepResultsFor(pairs);
      const flags = pairs.map((): Flag[] => []);
      const counts = pairs.map(() => new Map<string, number>());
      for (const visitor of active) {
        for (let i = 0; i < pairs.length; i++) {
          current = flags[i]!;
          perCheck = counts[i]!;
          visitor.pair(pairs[i]!);
        }
      }
      return flags;
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
