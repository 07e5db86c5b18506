// The shape every QA check shares: data in `meta`, behaviour in `create(context)`, as ESLint rules do.
import type { Flag } from '../schemas.js';

export type Side = 'ko' | 'en';
export type Range = [number, number];

/** One KO/EN pair as a check sees it. */
export interface PairInput {
  id: string;
  ko: string;
  en: string;
  doc?: string;
  link?: string;
}

export interface CheckMeta {
  /** `error` checks find a broken pair; `warning` checks find one worth a look. */
  type: 'error' | 'warning';
  docs: { description: string };
  /** Message templates keyed by id, with `{{placeholders}}` filled from `data`. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  side?: Side;
  range?: Range;
  /** Overrides the check's level for this one finding (e.g. a soft length warning). */
  severity?: 'error' | 'warning' | 'info';
}

export interface CheckContext {
  /** Korean term → required English rendering. */
  glossary: ReadonlyMap<string, string>;
  report(report: Report): void;
}

export interface CheckVisitor {
  /** Called once per pair, in corpus order; a check may keep state across pairs in its closure. */
  pair(pair: PairInput): void;
}

export interface Check {
  meta: CheckMeta;
  create(context: CheckContext): CheckVisitor;
}

export type { Flag };

/** Fill `{{name}}` placeholders; a placeholder with no value stays visible so the tester catches it. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
