// The segment stage: every paragraph of a cleaned document into Sentence records with offsets
// into the cleaned document text.
import type { CleanedDoc, Config, SegmentedDoc, Sentence } from '../schemas.js';
import { resolveSegmentOptions } from './options.js';
import { splitRanges } from './splitter.js';

export function segmentDocument(doc: CleanedDoc, options: Config['segment']): SegmentedDoc {
  const resolved = resolveSegmentOptions({ splitLines: options.splitLines });
  const sentences: Sentence[] = [];
  for (const para of doc.paragraphs) {
    const ranges = splitRanges(para.text, 0, para.text.length, resolved);
    for (let k = 0; k < ranges.length; k += 2) {
      const start = ranges[k]!;
      const end = ranges[k + 1]!;
      const index = k >> 1;
      sentences.push({
        id: `${doc.doc}:${para.index}.${index}`,
        doc: doc.doc,
        para: para.index,
        index,
        ko: para.text.slice(start, end),
        start: para.start + start,
        end: para.start + end,
      });
    }
  }
  return { ...doc, sentences };
}
