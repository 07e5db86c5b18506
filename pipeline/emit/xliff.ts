// XLIFF 1.2 and 2.1 writers: bilingual files, one <file> per document, a unit per KO/EN pair, the
// record id kept (`resname` in 1.2, `name` in 2.1) so `dari import` can find the record again,
// the review state on the target, and each finding as a <note>.
//
// States written:          1.2 <target state>                  2.1 <segment state>
//   reviewed               signed-off (and approved="yes")     reviewed
//   has an error finding   needs-review-translation            translated
//   otherwise              translated                          translated
// Read back by import:     signed-off / final / approved="yes" → reviewed; x-rejected → rejected
//                          2.1: reviewed / final → reviewed; subState="dari:rejected" → rejected
import type { AlignedRecord, Flag } from '../schemas.js';
import { escapeXmlAttr as attr, escapeXmlText as text } from './xml.js';
import { formatScore, TMX_SOURCE_LANG, TMX_TARGET_LANG } from './tmx.js';

export interface XliffWriter {
  header(): string;
  unit(record: AlignedRecord): string;
  footer(): string;
}

const PRIORITY: Record<Flag['severity'], number> = { error: 1, warning: 2, info: 5 };

function noteText(flag: Flag): string {
  return `${flag.severity} ${flag.code}: ${flag.message}`;
}

/** XLIFF 1.2 (urn:oasis:names:tc:xliff:document:1.2). Units stream; a new <file> opens when the document changes. */
export function createXliff12Writer(options: { toolVersion: string }): XliffWriter {
  let currentDoc: string | undefined;
  const closeFile = () => (currentDoc === undefined ? '' : '    </body>\n  </file>\n');
  return {
    header: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    unit(record) {
      let out = '';
      if (record.doc !== currentDoc) {
        out += closeFile();
        currentDoc = record.doc;
        out +=
          `  <file original="${attr(record.doc)}" source-language="${TMX_SOURCE_LANG}" target-language="${TMX_TARGET_LANG}" datatype="plaintext" tool-id="dari">\n` +
          `    <header><tool tool-id="dari" tool-name="Dari" tool-version="${attr(options.toolVersion)}"/></header>\n` +
          '    <body>\n';
      }
      const hasError = record.flags.some((flag) => flag.severity === 'error');
      const state = record.reviewed ? 'signed-off' : hasError ? 'needs-review-translation' : 'translated';
      out += `      <trans-unit id="${attr(record.id)}" resname="${attr(record.id)}" xml:space="preserve"${record.reviewed ? ' approved="yes"' : ''}>\n`;
      out += `        <source>${text(record.ko)}</source>\n`;
      out += `        <target state="${state}">${text(record.en)}</target>\n`;
      out += '        <context-group name="dari" purpose="information">';
      out += `<context context-type="x-link">${text(record.link)}</context>`;
      out += `<context context-type="x-score">${formatScore(record.score)}</context>`;
      out += `<context context-type="x-origin">${text(record.origin)}</context></context-group>\n`;
      for (const flag of record.flags) {
        out += `        <note from="dari" priority="${PRIORITY[flag.severity]}" annotates="${flag.side === 'ko' ? 'source' : flag.side === 'en' ? 'target' : 'general'}">${text(noteText(flag))}</note>\n`;
      }
      out += '      </trans-unit>\n';
      return out;
    },
    footer: () => closeFile() + '</xliff>\n',
  };
}

/**
 * XLIFF 2.1 (urn:oasis:names:tc:xliff:document:2.0, version="2.1"). Unit ids are `u1`, `u2`… (they must be
 * NMTOKENs); the record id is the unit's `name`. Link type, score and origin go in the metadata module.
 */
export function createXliff21Writer(options: { toolVersion: string }): XliffWriter {
  let currentDoc: string | undefined;
  let files = 0;
  let units = 0;
  const closeFile = () => (currentDoc === undefined ? '' : '  </file>\n');
  return {
    header: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="${TMX_SOURCE_LANG}" trgLang="${TMX_TARGET_LANG}">\n` +
      `  <!-- written by Dari ${text(options.toolVersion).replace(/--/g, '- -')} -->\n`,
    unit(record) {
      let out = '';
      if (record.doc !== currentDoc) {
        out += closeFile();
        currentDoc = record.doc;
        files += 1;
        out += `  <file id="f${files}" original="${attr(record.doc)}" xml:space="preserve">\n`;
      }
      units += 1;
      out += `    <unit id="u${units}" name="${attr(record.id)}">\n`;
      out += '      <mda:metadata><mda:metaGroup category="dari">';
      out += `<mda:meta type="link">${text(record.link)}</mda:meta>`;
      out += `<mda:meta type="score">${formatScore(record.score)}</mda:meta>`;
      out += `<mda:meta type="origin">${text(record.origin)}</mda:meta>`;
      out += '</mda:metaGroup></mda:metadata>\n';
      if (record.flags.length > 0) {
        out += '      <notes>\n';
        for (const flag of record.flags) {
          out += `        <note category="${attr(flag.code)}" priority="${PRIORITY[flag.severity]}"${flag.side ? ` appliesTo="${flag.side === 'ko' ? 'source' : 'target'}"` : ''}>${text(noteText(flag))}</note>\n`;
        }
        out += '      </notes>\n';
      }
      out += `      <segment id="s${units}" state="${record.reviewed ? 'reviewed' : 'translated'}">\n`;
      out += `        <source>${text(record.ko)}</source>\n`;
      out += `        <target>${text(record.en)}</target>\n`;
      out += '      </segment>\n    </unit>\n';
      return out;
    },
    footer: () => closeFile() + '</xliff>\n',
  };
}
