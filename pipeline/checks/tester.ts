// A table runner for checks, after ESLint's RuleTester: `valid` pairs must raise nothing from the check,
// `invalid` pairs must raise exactly the listed findings. The guards catch broken tables before any case runs.
import type { Check, PairInput } from './types.js';
import { renderMessage } from './types.js';

export interface ValidCase {
  name?: string;
  ko: string;
  en: string;
  glossary?: Record<string, string>;
  /** Pairs checked first, in order, to build corpus state (one form per name). */
  before?: { ko: string; en: string }[];
}

export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  side?: 'ko' | 'en';
  range?: [number, number];
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface CheckTable {
  valid: (ValidCase | string)[];
  invalid: InvalidCase[];
}

export interface TesterCase {
  title: string;
  run(): void;
}

interface Finding {
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  side?: 'ko' | 'en';
  range?: [number, number];
  severity?: 'error' | 'warning' | 'info';
}

/** Turn a table into cases; throws at once if the table itself breaks a guard. */
export function checkCases(id: string, check: Check, table: CheckTable): TesterCase[] {
  const seen = new Set<string>();
  const cases: TesterCase[] = [];
  const key = (item: ValidCase) => JSON.stringify([item.ko, item.en, item.glossary ?? null, item.before ?? null]);
  const valid = table.valid.map((item) => (typeof item === 'string' ? splitPair(item) : item));
  for (const item of [...valid, ...table.invalid]) {
    const itemKey = key(item);
    if (seen.has(itemKey)) throw new Error(`${id}: detected duplicate test case: ${item.ko} → ${item.en}`);
    seen.add(itemKey);
  }
  for (const item of valid) {
    cases.push({
      title: `valid: ${item.name ?? `${item.ko} → ${item.en}`}`,
      run() {
        const findings = runOne(check, item);
        if (findings.length > 0) throw new Error(`${id} should not report, but reported: ${findings.map((f) => f.message).join(' | ')}`);
      },
    });
  }
  for (const item of table.invalid) {
    if (item.errors.length === 0) throw new Error(`${id}: Invalid cases must have at least one error (${item.ko})`);
    for (const error of item.errors) {
      if (!(error.messageId in check.meta.messages)) {
        throw new Error(`${id}: Invalid messageId '${error.messageId}'. Expected one of ${Object.keys(check.meta.messages).map((m) => `'${m}'`).join(', ')}.`);
      }
    }
    cases.push({
      title: `invalid: ${item.name ?? `${item.ko} → ${item.en}`}`,
      run() {
        const findings = runOne(check, item);
        if (findings.length !== item.errors.length) {
          throw new Error(`${id} should report ${item.errors.length} finding(s), got ${findings.length}: ${findings.map((f) => `${f.messageId}: ${f.message}`).join(' | ') || 'none'}`);
        }
        item.errors.forEach((expected, index) => {
          const actual = findings[index]!;
          if (actual.messageId !== expected.messageId) throw new Error(`${id} finding ${index}: expected messageId '${expected.messageId}', got '${actual.messageId}' (${actual.message})`);
          for (const [name, value] of Object.entries(expected.data ?? {})) {
            if (String(actual.data[name]) !== String(value)) throw new Error(`${id} finding ${index}: expected data.${name} = ${value}, got ${actual.data[name]}`);
          }
          if (expected.side && actual.side !== expected.side) throw new Error(`${id} finding ${index}: expected side ${expected.side}, got ${actual.side}`);
          if (expected.range && JSON.stringify(actual.range) !== JSON.stringify(expected.range)) {
            throw new Error(`${id} finding ${index}: expected range ${JSON.stringify(expected.range)}, got ${JSON.stringify(actual.range)}`);
          }
          if (expected.severity && (actual.severity ?? 'error') !== expected.severity) throw new Error(`${id} finding ${index}: expected severity ${expected.severity}, got ${actual.severity ?? 'error'}`);
        });
      },
    });
  }
  return cases;
}

function runOne(check: Check, item: ValidCase): Finding[] {
  const findings: Finding[] = [];
  let collecting = false;
  const visitor = check.create({
    glossary: new Map(Object.entries(item.glossary ?? {})),
    report(report) {
      if (!collecting) return;
      const template = check.meta.messages[report.messageId];
      if (template === undefined) throw new Error(`check reported unknown messageId '${report.messageId}'`);
      const message = renderMessage(template, report.data);
      if (/\{\{\s*\w+\s*\}\}/.test(message)) throw new Error(`unfilled placeholder in message: ${message}`);
      findings.push({ messageId: report.messageId, data: report.data ?? {}, message, side: report.side, range: report.range, severity: report.severity });
    },
  });
  (item.before ?? []).forEach((pair, index) => visitor.pair({ id: `before-${index}`, ...pair }));
  collecting = true;
  visitor.pair({ id: 'case', ko: item.ko, en: item.en } satisfies PairInput);
  return findings;
}

/** A bare string case is `korean ⇒ english`. */
function splitPair(text: string): ValidCase {
  const [ko, en] = text.split(' ⇒ ');
  if (ko === undefined || en === undefined) throw new Error(`valid case "${text}" must be written "korean ⇒ english"`);
  return { ko, en };
}
