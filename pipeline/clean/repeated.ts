// Counts, in bounded memory, how many documents of the corpus each line appears in. Lines are kept as
// 53-bit hashes; when the table outgrows its cap, lines seen in a single document are dropped first
// (they cannot be boilerplate yet), so memory stays flat however large the corpus grows.
import { lineKey } from './shapes.js';

/** Distinct lines tracked before pruning. @default 500000 (≈ 40 MB of Map entries) */
export const DEFAULT_MAX_ENTRIES = 500_000;

export class LineCounter {
  private readonly counts = new Map<number, number>();
  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  /** Counts each distinct non-blank line of one document once. */
  addDocument(lines: Iterable<string>): void {
    const seen = new Set<number>();
    for (const line of lines) {
      const key = lineKey(line);
      if (key === '' || key.length > 2000) continue;
      seen.add(hashLine(key));
    }
    for (const hash of seen) this.counts.set(hash, (this.counts.get(hash) ?? 0) + 1);
    if (this.counts.size > this.maxEntries) this.prune();
  }

  /** Number of documents the line appeared in (0 when never observed or pruned). */
  documentsWith(line: string): number {
    const key = lineKey(line);
    return key === '' ? 0 : (this.counts.get(hashLine(key)) ?? 0);
  }

  private prune(): void {
    let floor = 1;
    while (this.counts.size > this.maxEntries * 0.75) {
      for (const [hash, count] of this.counts) if (count <= floor) this.counts.delete(hash);
      floor++;
    }
  }
}

/** FNV-1a over UTF-16 code units, two 32-bit lanes folded into a safe integer. */
function hashLine(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
