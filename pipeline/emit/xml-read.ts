// Minimal streaming XML reading on htmlparser2 for the XLIFF import: element events plus text decoded
// the way an XML parser would (line ends normalised, then entities), so whitespace round-trips exactly.
import { UserError } from '../errors.js';
import { readTextChunks } from '../ingest/text-stream.js';
import { Parser } from 'htmlparser2';

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data: CRLF/CR → LF (XML 1.0 §2.11), then `&lt;`, `&#13;`, `&#x1F600;`… decoded. */
export function decodeXmlText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** Stream `path` through `handler`. Names keep their prefix (`mda:meta`); attribute values are decoded. */
export async function readXml(path: string, handler: XmlHandler): Promise<void> {
  let inCdata = false;
  // Text may arrive in pieces (an entity split across chunks): decode it whole, at the next boundary.
  let pending = '';
  let ended = false;
  let cutOff: string | undefined;
  const flush = () => {
    if (pending === '') return;
    handler.text(inCdata ? pending.replace(/\r\n?/g, '\n') : decodeXmlText(pending));
    pending = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const decoded: Record<string, string> = {};
        for (const [key, value] of Object.entries(attributes)) decoded[key] = decodeXmlText(value.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
        handler.open(name, decoded);
      },
      ontext(text) {
        pending += text;
      },
      oncdatastart() {
        flush();
        inCdata = true;
      },
      oncdataend() {
        flush();
        inCdata = false;
      },
      onclosetag(name, isImplied) {
        flush();
        // Elements still open when the text ends: the file was cut off.
        if (ended && isImplied) cutOff = name;
        handler.close(name);
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true, recognizeCDATA: true },
  );
  for await (const chunk of readTextChunks(path, path)) parser.write(chunk);
  ended = true;
  parser.end();
  if (cutOff) throw new UserError(`${path}: the XML ends before <${cutOff}> is closed (a cut-off or damaged file?); export it again`);
}
