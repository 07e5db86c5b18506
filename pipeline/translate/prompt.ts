// Prompt files (prompts/*.md: YAML front matter with `version`, then the system instructions) and
// the messages built from them. Static text comes first so the provider's prompt cache can hit;
// what varies per batch (glossary, context, segments) goes in the user message as JSON.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { ResponseFormatMode } from './reply.js';
import { REPLY_SHAPE } from './reply.js';

export interface PromptFile {
  version: string;
  instructions: string;
}

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Read a prompt file; a relative path is tried against the working directory, then Dari's own folder. */
export async function loadPrompt(path: string): Promise<PromptFile> {
  const candidates = isAbsolute(path) ? [path] : [resolve(path), resolve(PACKAGE_ROOT, path)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new UserError(`prompt file ${path} not found; fix \`translate.prompt\` in the config`);
  const text = (await readFile(found, 'utf8')).replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  let version = basename(found).replace(/\.md$/, '');
  if (match) {
    const front = parseYaml(match[1]!) as { version?: unknown } | null;
    if (front && (typeof front.version === 'string' || typeof front.version === 'number')) version = String(front.version);
  }
  const instructions = (match ? text.slice(match[0].length) : text).trim();
  if (instructions === '') throw new UserError(`prompt file ${path} is empty`);
  return { version, instructions };
}

/** The repair prompt beside a translate prompt (`translate.v1.md` → `repair.v1.md`), else Dari's own. */
export async function loadRepairPrompt(translatePrompt: string): Promise<PromptFile> {
  const name = basename(translatePrompt).replace(/^translate/, 'repair');
  if (name !== basename(translatePrompt)) {
    try {
      return await loadPrompt(join(dirname(translatePrompt), name));
    } catch {
      // No sibling repair prompt: fall through to the shipped one.
    }
  }
  return loadPrompt('prompts/repair.v1.md');
}

/** System message: the prompt, plus the reply shape when the server cannot enforce a schema. */
export function systemMessage(prompt: PromptFile, mode: ResponseFormatMode): string {
  return mode === 'json_schema' ? prompt.instructions : `${prompt.instructions}\nReply with JSON only, exactly this shape: ${REPLY_SHAPE}`;
}

export interface DocumentGroup {
  title?: string;
  context?: string[];
  segments: { id: number; ko: string }[];
}

export function translateUserMessage(groups: DocumentGroup[], glossary: Record<string, string>): string {
  const body: Record<string, unknown> = {};
  if (Object.keys(glossary).length > 0) body.glossary = glossary;
  body.documents = groups.map((group) => {
    const out: Record<string, unknown> = {};
    if (group.title) out.title = group.title;
    if (group.context && group.context.length > 0) out.context = group.context;
    out.segments = group.segments;
    return out;
  });
  return JSON.stringify(body);
}

export interface RepairItem {
  id: number;
  ko: string;
  draft: string;
  problems: string[];
  context: string[];
}

export function repairUserMessage(items: RepairItem[], glossary: Record<string, string>): string {
  const body: Record<string, unknown> = {};
  if (Object.keys(glossary).length > 0) body.glossary = glossary;
  body.items = items;
  return JSON.stringify(body);
}
