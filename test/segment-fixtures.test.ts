// Fixture folders: test/fixtures/segment/<case>/input.txt (+ options.json) → output.json, one
// entry per paragraph (paragraphs are separated by blank lines, as the `segment` command reads them).
// UPDATE_SNAPSHOT=1 rewrites output.json and skips the comparison; review the diff before committing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, type SegmentOptions, type SentenceSpan } from '../pipeline/segment/index.js';
import { assertSpanInvariants } from './segment-helpers.js';

const root = path.join(import.meta.dirname, 'fixtures/segment');
const update = process.env.UPDATE_SNAPSHOT === '1';

function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p.trim().length > 0);
}

describe('segment fixtures', () => {
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name.replace(/-/g, ' '), () => {
      const input = fs.readFileSync(path.join(dir, 'input.txt'), 'utf8');
      const optionsFile = path.join(dir, 'options.json');
      const options: Partial<SegmentOptions> = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
      const actual = paragraphsOf(input).map((paragraph) => {
        const spans = splitSentences(paragraph, options);
        assertSpanInvariants(paragraph, spans);
        return spans.map((span: SentenceSpan) => ({ raw: span.raw, range: span.range }));
      });
      const outputFile = path.join(dir, 'output.json');
      if (update || !fs.existsSync(outputFile)) {
        fs.writeFileSync(outputFile, JSON.stringify(actual, null, 2) + '\n');
        if (update) return;
      }
      expect(actual).toEqual(JSON.parse(fs.readFileSync(outputFile, 'utf8')));
    });
  }
});
