// Counts of findings per check and severity, for summary.json.
import type { Flag } from '../schemas.js';

export interface FlagTally {
  add(flags: readonly Flag[]): void;
  /** `{ "number-mismatch": { "error": 3, "warning": 1 }, … }`, checks sorted by id. */
  toJSON(): Record<string, Partial<Record<Flag['severity'], number>>>;
}

export function createFlagTally(): FlagTally {
  const counts = new Map<string, Partial<Record<Flag['severity'], number>>>();
  return {
    add(flags) {
      for (const flag of flags) {
        const entry = counts.get(flag.code) ?? {};
        entry[flag.severity] = (entry[flag.severity] ?? 0) + 1;
        counts.set(flag.code, entry);
      }
    },
    toJSON() {
      return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
    },
  };
}
