// The CLI under hostile input, as an outside checker drives it: every command spawned as a user runs it,
// with missing files, folders where files belong, binary and UTF-16 input, broken JSONL, bad config,
// bad option values, a server that refuses, fails, echoes the key or never answers, and Ctrl-C.
// Each case wants the documented exit code, exactly one line on stderr naming the file or option and
// the fix, never a stack trace, nothing lost and the API key nowhere.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../bench/server/server.js';

const ROOT = join(import.meta.dirname, '..');
const SECRET = 'sk-proj-ROBUSTNESS-DO-NOT-LEAK-0123456789abcdef';

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Start the CLI as `npm run pipeline` does (`node bin/dari.mjs …`, the launcher and its bundle), without waiting. */
function start(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}): { child: ChildProcess; done: Promise<Result> } {
  const env: Record<string, string | undefined> = { ...process.env, OPENAI_API_KEY: undefined, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, ['bin/dari.mjs', ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin!.end(options.input ?? '');
  const done = new Promise<Result>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })),
  );
  return { child, done };
}

const dari = (args: string[], options?: Parameters<typeof start>[1]) => start(args, options).done;

/** The documented exit code and one line on stderr matching every pattern; no stack, no internal error. */
function expectOneLine(result: Result, status: number, ...patterns: RegExp[]): void {
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  for (const pattern of patterns) expect(lines[0]).toMatch(pattern);
  expect(result.status, result.stderr).toBe(status);
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'dari-robust-'));
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function jsonLines(path: string): Record<string, unknown>[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) : [];
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x10, 0x20]);

/** A small corpus: two articles (one with CRLF, one UTF-16 with a BOM), a site footer and blank lines. */
function writeCorpus(dir: string): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus, { recursive: true });
  const footer = 'Copyright ⓒ 한빛일보 무단전재 및 재배포 금지';
  writeFileSync(
    join(corpus, 'a.txt'),
    ['정부가 내년도 예산안을 발표했다. 야당은 즉각 반발했다.', '', '전문가들은 재정 건전성을 우려했다.', '', footer, ''].join('\r\n'),
  );
  writeFileSync(join(corpus, 'b.txt'), utf16le(['서울시는 새 버스 노선을 열었다.', '', '시민들은 대체로 반겼다. 일부는 요금을 걱정했다.', '', footer, ''].join('\n')));
  writeFileSync(join(corpus, 'c.txt'), ['부산항의 물동량이 늘었다.', '', '항만공사는 설비를 늘릴 계획이다.', '', footer, ''].join('\n'));
  return corpus;
}

/** Every non-blank input line is in the cleaning log or in the kept text; every sentence is in aligned or rejects. */
function expectNothingLost(corpus: string, out: string): void {
  const cleaned = jsonLines(join(out, 'stages', 'cleaned.jsonl')) as { doc: string; paragraphs: { text: string }[] }[];
  const log = jsonLines(join(out, 'clean-log.jsonl')) as { doc: string; text: string; rule: string }[];
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt'))) {
    const bytes = readFileSync(join(corpus, name));
    const text = bytes[0] === 0xff ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
    const kept = cleaned.filter((doc) => doc.doc === name).flatMap((doc) => doc.paragraphs.map((paragraph) => paragraph.text)).join('\n');
    for (const line of text.split(/\r?\n/).map((each) => each.trim()).filter(Boolean)) {
      const logged = log.some((entry) => entry.doc === name && entry.text.trim() === line && entry.rule.length > 0);
      expect(logged || kept.includes(line), `${name}: ${line}`).toBe(true);
    }
  }
  const sentences = (jsonLines(join(out, 'stages', 'segmented.jsonl')) as { sentences: { id: string }[] }[]).flatMap((doc) => doc.sentences.map((sentence) => sentence.id));
  expect(sentences.length).toBeGreaterThan(5);
  const covered = new Set([
    ...jsonLines(join(out, 'aligned.jsonl')).flatMap((record) => record.koIds as string[]),
    ...jsonLines(join(out, 'rejects.jsonl')).map((reject) => reject.id as string),
  ]);
  for (const id of sentences) expect(covered.has(id), id).toBe(true);
}

/** A local server answering every request with `respond` (a child process cannot see msw's stubs). */
async function localServer(respond: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => respond(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** README's section for `dari <command>`: the options it documents. */
function readmeOptions(command: string): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`### \`dari ${command}`);
  const end = readme.indexOf('\n#', start + 1);
  return new Set([...readme.slice(start, end).matchAll(/`(--[a-z][a-z-]*)/g)].map((match) => match[1]!));
}

describe('options and arguments', () => {
  const commands = ['run', 'segment', 'align', 'validate', 'export', 'import', 'schema'];

  it('an unknown option names itself and the help (exit 2, one line)', async () => {
    const some = ['run', 'validate', 'import'];
    const results = await Promise.all(some.map((command) => dari([command, '--frobnicate'])));
    results.forEach((result, index) => expectOneLine(result, 2, new RegExp(`^dari: ${some[index]}: unknown option --frobnicate; see \`dari ${some[index]} --help\``)));
  });

  it('a missing option value, an option given a value it does not take, a stray argument', async () => {
    const [missing, valued, stray] = await Promise.all([
      dari(['validate', '--pairs']),
      dari(['export', '--exclude-flagged=yes', '--format', 'tsv']),
      dari(['segment', 'a.txt', 'b.txt']),
    ]);
    expectOneLine(missing, 2, /validate: --pairs needs a value \(--pairs FILE/);
    expectOneLine(valued, 2, /export: --exclude-flagged takes no value/);
    expectOneLine(stray, 2, /segment: unexpected argument `b\.txt`; usage: dari segment FILE/);
  });

  it("each command's --help lists the options README documents for it, and -h works", async () => {
    const results = await Promise.all(commands.map((command) => dari([command, '--help'])));
    results.forEach((result, index) => {
      expect(result.status).toBe(0);
      const listed = new Set([...result.stdout.matchAll(/(--[a-z][a-z-]*)/g)].map((match) => match[1]!));
      const documented = readmeOptions(commands[index]!);
      documented.delete('--help');
      for (const option of documented) expect(listed, `${commands[index]} --help lacks ${option}`).toContain(option);
      for (const option of listed) if (option !== '--help') expect(documented, `README's ${commands[index]} lacks ${option}`).toContain(option);
      expect(result.stdout).toContain('-h, --help');
    });
  });
});

describe('config and --set', () => {
  it('a YAML syntax error, one bad value, a --set value that is not YAML, a --set of the wrong type', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'syntax.yaml'), 'translate:\n  concurrency: [\n');
    writeFileSync(join(dir, 'value.yaml'), 'translate:\n  concurrency: "lots"\n');
    writeFileSync(join(dir, 'unknown.yaml'), 'translate:\n  modle: x\nfoo: 1\n');
    const common = ['run', '--input', join(dir, 'none'), '--out', join(dir, 'out'), '--cache', join(dir, 'cache')];
    const [syntax, value, unknown, notYaml, wrongType] = await Promise.all([
      dari([...common, '--config', join(dir, 'syntax.yaml')]),
      dari([...common, '--config', join(dir, 'value.yaml')]),
      dari([...common, '--config', join(dir, 'unknown.yaml')]),
      dari([...common, '--set', 'translate.tm=[']),
      dari([...common, '--set', 'translate.concurrency=abc']),
    ]);
    expectOneLine(syntax, 2, /YAML syntax error in .*syntax\.yaml, line \d+, column \d+: .*; fix the file/);
    // The schema's own wording names the key once.
    expectOneLine(value, 2, /invalid config in .*value\.yaml: translate\.concurrency: expected a number ≥ 1; fix it/);
    expect(value.stderr).not.toMatch(/for translate\.concurrency/);
    // Several problems: a line naming the file, then one line per problem (README, Config).
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/invalid config in .*unknown\.yaml, 2 problems/);
    expect(unknown.stderr).toMatch(/translate\.modle: unknown key/);
    expectOneLine(notYaml, 2, /^dari: --set translate\.tm=\[: the value is not valid YAML/);
    expectOneLine(wrongType, 2, /invalid config in the command line \(--set/, /translate\.concurrency: expected a number ≥ 1/);
  });
});

describe('run: folders and the environment', () => {
  it('--out or --cache naming a file, and a malformed OPENAI_BASE_URL, are usage errors (exit 2)', async () => {
    const dir = temp();
    const corpus = writeCorpus(dir);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const [outFile, cacheFile, baseUrl] = await Promise.all([
      dari(['run', '--input', corpus, '--out', join(file, 'run'), '--cache', join(dir, 'cache')]),
      dari(['run', '--input', corpus, '--out', join(dir, 'out'), '--cache', file]),
      dari(['run', '--input', corpus, '--out', join(dir, 'out2'), '--cache', join(dir, 'cache2')], { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: 'localhost:8080' } }),
    ]);
    expectOneLine(outFile, 2, /^dari: --out .*a-file\/run: cannot use it as a folder \(.*\); give a folder/);
    expectOneLine(cacheFile, 2, /^dari: --cache .*a-file: cannot use it as a folder/);
    expectOneLine(baseUrl, 2, /OPENAI_BASE_URL `localhost:8080` is not an http\(s\) URL/);
    expect(baseUrl.stderr).not.toContain(SECRET);
  });

  it.runIf(existsSync('/proc/self') && existsSync('/sys/kernel'))('a cache in a place no one may write (/sys) and an out folder under /proc: one line each, no hang', async () => {
    const dir = temp();
    const corpus = writeCorpus(dir);
    // Node's own recursive mkdir never returns for a path under /proc; both are refused at once, even as root.
    const [cache, out] = await Promise.all([
      dari(['run', '--input', corpus, '--out', join(dir, 'out'), '--cache', '/sys/kernel/dari-robustness-cache']),
      dari(['run', '--input', corpus, '--out', '/proc/dari-robustness/out', '--cache', join(dir, 'cache')]),
    ]);
    expectOneLine(cache, 2, /^dari: --cache \/sys\/kernel\/dari-robustness-cache: cannot use it as a folder \(.+\); give a folder Dari can write$/);
    expectOneLine(out, 2, /^dari: --out \/proc\/dari-robustness\/out: cannot use it as a folder/);
  });

  it('without a key: CRLF, UTF-16 and footers in, every line in the output, rejects or cleaning log', async () => {
    const dir = temp();
    const corpus = writeCorpus(dir);
    // JSONL saved as UTF-16 is read line by line as UTF-8 is; a binary .jsonl is skipped whole, with one reason.
    writeFileSync(join(corpus, 'feed.jsonl'), utf16le('{"id":"1","text":"인천공항 이용객이 늘었다."}\r\n{"id":"2","text":"항공사들은 노선을 늘렸다."}\r\n'));
    writeFileSync(join(corpus, 'dump.jsonl'), BINARY);
    const out = join(dir, 'out');
    const result = await dari(['run', '--input', corpus, '--out', out, '--cache', join(dir, 'cache'), '--set', 'translate.tm=[]', '-q']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/need the API: set OPENAI_API_KEY/);
    expect(result.stderr).toMatch(/skipped .*dump\.jsonl: binary file \(holds NUL bytes\)\n/);
    expect(result.stderr).not.toMatch(/feed\.jsonl/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { files: Record<string, unknown>; skipped: { path: string }[] };
    expect(Object.keys(summary.files)).toEqual(expect.arrayContaining(['feed.jsonl#1', 'feed.jsonl#2']));
    expect(summary.skipped.map((file) => file.path)).toEqual([join(corpus, 'dump.jsonl')]);
    expectNothingLost(corpus, out);
  });
});

describe('run against a failing server: the key never shows', () => {
  const common = (dir: string, corpus: string) => ['run', '--input', corpus, '--out', join(dir, 'out'), '--cache', join(dir, 'cache'), '--set', 'translate.tm=[]', '--set', 'translate.maxRetries=0', '-q'];
  const noSecretAnywhere = (dir: string, result: Result) => {
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stdout).not.toContain(SECRET);
    for (const file of filesUnder(dir)) expect(readFileSync(file, 'utf8'), file).not.toContain(SECRET);
  };

  it('401 with the key echoed: exit 1, one line, the key in no output and no file', async () => {
    const api = await localServer((request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${request.headers.authorization}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
    try {
      const dir = temp();
      const result = await dari(common(dir, writeCorpus(dir)), { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url } });
      expectOneLine(result, 1, /refused the API key \(401\): check OPENAI_API_KEY/);
      noSecretAnywhere(dir, result);
    } finally {
      await api.close();
    }
  });

  it('a 200 whose body is not JSON (a login page at that address): exit 1, one line pointing at OPENAI_BASE_URL', async () => {
    const api = await localServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`<html>Sign in to the proxy (${request.headers.authorization})</html>`);
    });
    try {
      const dir = temp();
      const result = await dari(common(dir, writeCorpus(dir)), { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url } });
      expectOneLine(result, 1, /did not answer as an OpenAI-compatible API: check OPENAI_BASE_URL$/);
      noSecretAnywhere(dir, result);
    } finally {
      await api.close();
    }
  });

  it('500 and HTML 502 bodies that echo the key: the run finishes, the reasons are in rejects, the key is not', async () => {
    let count = 0;
    const api = await localServer((request, response) => {
      count += 1;
      if (count % 2) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `upstream failed for ${request.headers.authorization}` } }));
      } else {
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end(`<html><body>Bad gateway ${request.headers.authorization}</body></html>`);
      }
    });
    try {
      const dir = temp();
      const corpus = writeCorpus(dir);
      const result = await dari(common(dir, corpus), { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url } });
      expect(result.status, result.stderr).toBe(0);
      const rejects = jsonLines(join(dir, 'out', 'rejects.jsonl'));
      expect(rejects.length).toBeGreaterThan(5);
      expect(rejects.every((reject) => /server error/.test(reject.reason as string))).toBe(true);
      expect(rejects.some((reject) => (reject.reason as string).includes('***'))).toBe(true);
      noSecretAnywhere(dir, result);
      expectNothingLost(corpus, join(dir, 'out'));
    } finally {
      await api.close();
    }
  });

  it('a 200 reply whose text echoes the key: the cache journal, the rejects and the run folder hold it masked', async () => {
    const api = await localServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({
        id: 'chatcmpl-echo', object: 'chat.completion', created: 0, model: 'echo',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: `I cannot translate this. Your credentials: ${request.headers.authorization}` } }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }));
    });
    try {
      const dir = temp();
      const corpus = writeCorpus(dir);
      const result = await dari(common(dir, corpus), { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url } });
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(join(dir, 'cache', 'translations.jsonl'))).toBe(true);
      noSecretAnywhere(dir, result);
      expectNothingLost(corpus, join(dir, 'out'));
    } finally {
      await api.close();
    }
  });

  it('a server that never answers: every sentence rejected with a timeout reason, exit 0', async () => {
    const api = await localServer(() => {
      // never answers
    });
    try {
      const dir = temp();
      const corpus = writeCorpus(dir);
      const result = await dari([...common(dir, corpus), '--set', 'translate.timeout=400'], { env: { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url } });
      expect(result.status, result.stderr).toBe(0);
      const rejects = jsonLines(join(dir, 'out', 'rejects.jsonl'));
      expect(rejects.length).toBeGreaterThan(5);
      expect(rejects.every((reject) => /timeout/.test(reject.reason as string))).toBe(true);
      noSecretAnywhere(dir, result);
    } finally {
      await api.close();
    }
  });

  it('Ctrl-C mid-translation: exit 130 and one line; the same command again finishes from the cache', async () => {
    const api = await startServer({ port: 0, baseLatencyMs: 400 });
    try {
      const dir = temp();
      const corpus = writeCorpus(dir);
      const args = [...common(dir, corpus), '--set', 'translate.concurrency=1', '--set', 'translate.batchTokens=20', '--set', 'translate.contextSentences=0'];
      const env = { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: api.url };
      const first = start(args, { env });
      const journal = join(dir, 'cache', 'translations.jsonl');
      for (let waited = 0; waited < 20_000 && !(existsSync(journal) && statSync(journal).size > 0); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      first.child.kill('SIGINT');
      const interrupted = await first.done;
      expectOneLine(interrupted, 130, /^dari: interrupted \(SIGINT\); translations already answered are kept in the cache .*; run the same command again/);
      const answered = jsonLines(journal).length;
      expect(answered).toBeGreaterThan(0);
      const again = await dari(args, { env });
      expect(again.status, again.stderr).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
        stages: { segment: { sentences: number }; translate: { untranslated: number } };
        translation: { sentences: { cache: number; api: number } };
      };
      expect(summary.stages.translate.untranslated).toBe(0);
      // What the first run was answered comes from the cache; only the rest was asked again.
      expect(summary.translation.sentences.cache).toBeGreaterThan(0);
      expect(summary.translation.sentences.cache + summary.translation.sentences.api).toBe(summary.stages.segment.sentences);
      expectNothingLost(corpus, join(dir, 'out'));
      noSecretAnywhere(dir, again);
    } finally {
      await api.close();
    }
  }, 60_000);
});

describe('segment and align: what is not UTF-8 text', () => {
  it('segment refuses a binary file or stdin in one line and reads UTF-16 with a BOM as text', async () => {
    const dir = temp();
    const text = '정부가 예산안을 발표했다. 야당은 반발했다.\n\n둘째 문단이다.\n';
    writeFileSync(join(dir, 'binary.bin'), BINARY);
    writeFileSync(join(dir, 'utf8.txt'), text);
    writeFileSync(join(dir, 'le.txt'), utf16le(text.replace(/\n/g, '\r\n')));
    const [binary, binaryStdin, utf8, le, beStdin] = await Promise.all([
      dari(['segment', join(dir, 'binary.bin')]),
      dari(['segment', '-'], { input: BINARY }),
      dari(['segment', join(dir, 'utf8.txt')]),
      dari(['segment', join(dir, 'le.txt')]),
      dari(['segment', '-'], { input: utf16be(text) }),
    ]);
    expectOneLine(binary, 2, /segment: .*binary\.bin is a binary file .*; give a UTF-8 text file/);
    expect(binary.stdout).toBe('');
    expectOneLine(binaryStdin, 2, /segment: <stdin> is a binary file/);
    expect(utf8.stdout).toBe('{"sentences":["정부가 예산안을 발표했다.","야당은 반발했다."]}\n{"sentences":["둘째 문단이다."]}\n');
    for (const result of [le, beStdin]) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(utf8.stdout);
    }
  });

  it('align: a binary side is refused, UTF-16 and CRLF read as UTF-8, sides of different lengths still cover every line once', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'ko.txt'), '정부가 예산안을 발표했다.\n야당은 반발했다.\n');
    writeFileSync(join(dir, 'ko16.txt'), utf16le('정부가 예산안을 발표했다.\r\n야당은 반발했다.\r\n'));
    writeFileSync(join(dir, 'en.txt'), 'The government announced the budget.\nThe opposition objected.\nIt was Monday.\n');
    writeFileSync(join(dir, 'binary.bin'), BINARY);
    const [binary, utf8, utf16] = await Promise.all([
      dari(['align', '--ko', join(dir, 'binary.bin'), '--en-text', dir]),
      dari(['align', '--ko', join(dir, 'ko.txt'), '--en', join(dir, 'en.txt')]),
      dari(['align', '--ko', join(dir, 'ko16.txt'), '--en', join(dir, 'en.txt')]),
    ]);
    expectOneLine(binary, 2, /^dari: --ko .*binary\.bin: binary file .*; give a UTF-8 text file/);
    expect(utf8.status).toBe(0);
    expect(utf16.stdout).toBe(utf8.stdout);
    const links = utf8.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ko: number[]; en: number[] });
    expect(links.flatMap((link) => link.ko)).toEqual([0, 1]);
    expect(links.flatMap((link) => link.en)).toEqual([0, 1, 2]);
  });
});

describe('validate --pairs', () => {
  it('a folder and a binary file: one line each, exit 2', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'binary.bin'), BINARY);
    const [folder, binary] = await Promise.all([dari(['validate', '--pairs', dir]), dari(['validate', '--pairs', join(dir, 'binary.bin')])]);
    expectOneLine(folder, 2, /^dari: --pairs .*: is a folder, not a file; give a JSONL file, or - for stdin/);
    expectOneLine(binary, 2, /binary\.bin: a binary file/);
  });

  it('run on one unusable file: one line naming the file and its reason, exit 2', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'dump.txt'), BINARY);
    writeFileSync(join(dir, 'english.txt'), 'Only English here.\n');
    const [binary, english] = await Promise.all(['dump.txt', 'english.txt'].map((name) => dari(['run', '--input', join(dir, name), '--out', join(dir, `out-${name}`), '--cache', join(dir, 'cache')])));
    expectOneLine(binary!, 2, /^dari: no usable Korean text in .*dump\.txt: binary file \(holds NUL bytes\); point --input at /);
    expectOneLine(english!, 2, /^dari: no usable Korean text in .*english\.txt: no Korean text; point --input at /);
  });

  it('UTF-16 and a UTF-8 BOM with CRLF are read; duplicate ids each get their line', async () => {
    const dir = temp();
    const pairs = '{"id":"a","ko":"가","en":"A"}\r\n{"id":"a","ko":"나","en":"B"}\r\n';
    writeFileSync(join(dir, 'le.jsonl'), utf16le(pairs));
    writeFileSync(join(dir, 'bom.jsonl'), '\uFEFF' + pairs);
    const results = await Promise.all(['le', 'bom'].map((name) => dari(['validate', '--pairs', join(dir, `${name}.jsonl`)])));
    for (const result of results) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'a']);
    }
  });

  it('every line is accounted for: checked on stdout or named on stderr; past 20 bad lines a count', async () => {
    const dir = temp();
    const lines = [
      '{"id":"ok1","ko":"정부가 예산안을 발표했다.","en":"The government announced the budget."}',
      '{not json',
      '{"id":"b","ko":"야당은 반발했다."}',
      '{"id":"c","ko":1,"en":"x"}',
      '[1,2]',
      'null',
      '',
      '{"id":7,"ko":"둘째.","en":"Second."}',
    ];
    writeFileSync(join(dir, 'pairs.jsonl'), lines.join('\n'));
    const result = await dari(['validate', '--pairs', join(dir, 'pairs.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['ok1', '7']);
    const named = result.stderr.trim().split('\n');
    expect(named).toEqual([
      expect.stringMatching(/pairs\.jsonl:2: not valid JSON; expected \{"id","ko","en"\} \(line skipped\)$/),
      expect.stringMatching(/pairs\.jsonl:3: "en" is missing \(a string\)/),
      expect.stringMatching(/pairs\.jsonl:4: "ko" must be a string, not a number/),
      expect.stringMatching(/pairs\.jsonl:5: the line must be a JSON object, not an array/),
      expect.stringMatching(/pairs\.jsonl:6: the line must be a JSON object, not null/),
      expect.stringMatching(/5 line\(s\) of .*pairs\.jsonl could not be read; fix them and run again$/),
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: 50 }, (_, index) => `bad ${index}`).join('\n'));
    const many = await dari(['validate', '--pairs', join(dir, 'many.jsonl')]);
    expect(many.status).toBe(2);
    expect(many.stderr.trim().split('\n')).toHaveLength(21);
    expect(many.stderr).toMatch(/50 line\(s\) of .*many\.jsonl could not be read \(the first 20 are named above\)/);
  });
});

describe('export and import', () => {
  /** A run folder as `dari run` leaves it, with two pairs. */
  function runFolder(dir: string): string {
    const run = join(dir, 'run');
    mkdirSync(run, { recursive: true });
    const record = (id: string, ko: string, en: string) => ({ id, doc: 'a.txt', para: 0, ko, en, link: '1-1', score: 0.9, koIds: [id], start: 0, end: ko.length, origin: 'api', model: 'm', promptVersion: 'v1', reviewed: false, flags: [] });
    writeFileSync(join(run, 'aligned.jsonl'), [record('a.txt:0.0', '정부가 예산안을 발표했다.', 'The government announced the budget.'), record('a.txt:0.1', '야당은 반발했다.', 'The opposition objected.')].map((each) => JSON.stringify(each)).join('\n') + '\n');
    writeFileSync(join(run, 'rejects.jsonl'), '');
    return run;
  }

  it('export: --run a file or --out a folder is refused, a missing parent folder is made, a bad aligned.jsonl leaves no half file', async () => {
    const dir = temp();
    const run = runFolder(dir);
    const bad = join(dir, 'bad');
    mkdirSync(join(bad, 'aligned.jsonl'), { recursive: true });
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'aligned.jsonl'), readFileSync(join(run, 'aligned.jsonl'), 'utf8') + '{"id":"x"}\n');
    const [runFile, toFolder, toNewFolder, alignedFolder, brokenLine] = await Promise.all([
      dari(['export', '--run', join(run, 'aligned.jsonl'), '--format', 'tsv']),
      dari(['export', '--run', run, '--format', 'tsv', '--out', dir]),
      dari(['export', '--run', run, '--format', 'tsv', '--out', join(dir, 'new', 'deeper', 'x.tsv')]),
      dari(['export', '--run', bad, '--format', 'tmx']),
      dari(['export', '--run', broken, '--format', 'csv', '--out', join(dir, 'broken.csv')]),
    ]);
    expectOneLine(runFile, 2, /^dari: --run .*aligned\.jsonl: is a file, not a folder; point --run at a folder `dari run` wrote$/);
    expectOneLine(toFolder, 2, /^dari: --out .*: cannot write it \(is a folder, not a file\)/);
    expect(toNewFolder.status, toNewFolder.stderr).toBe(0);
    expect(readFileSync(join(dir, 'new', 'deeper', 'x.tsv'), 'utf8')).toContain('The opposition objected.');
    expectOneLine(alignedFolder, 2, /aligned\.jsonl is not a file; point --run at a run folder/);
    expectOneLine(brokenLine, 2, /aligned\.jsonl:3: doc: missing; fix or remove the line/);
    expect(existsSync(join(dir, 'broken.csv'))).toBe(false);
  });

  it('import: a folder or a cut-off XLIFF is refused and the run is left as it was; a UTF-16 TSV (Excel "Unicode Text") is read', async () => {
    const dir = temp();
    const run = runFolder(dir);
    const exported = await dari(['export', '--run', run, '--format', 'xliff12', '--out', join(dir, 'x.xlf')]);
    expect(exported.status, exported.stderr).toBe(0);
    const xliff = readFileSync(join(dir, 'x.xlf'), 'utf8');
    writeFileSync(join(dir, 'cut.xlf'), xliff.slice(0, xliff.indexOf('</trans-unit>') + 5));
    const before = readFileSync(join(run, 'aligned.jsonl'), 'utf8');
    const [folder, cut] = await Promise.all([dari(['import', '--run', run, dir]), dari(['import', '--run', run, join(dir, 'cut.xlf')])]);
    expectOneLine(folder, 2, /is a folder; give the file you exported and edited/);
    expectOneLine(cut, 2, /cut\.xlf: the XML ends before <xliff> is closed .*; export it again/);
    expect(readFileSync(join(run, 'aligned.jsonl'), 'utf8')).toBe(before);

    const tsv = 'ko-KR\ten-US\tdecision\tid\r\n정부가 예산안을 발표했다.\tThe government unveiled its budget.\t\ta.txt:0.0\r\n야당은 반발했다.\tThe opposition objected.\treject\ta.txt:0.1\r\n';
    writeFileSync(join(dir, 'unicode.txt'), utf16le(tsv));
    const imported = await dari(['import', '--run', run, join(dir, 'unicode.txt')]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/1 edited, 0 accepted, 1 rejected/);
    expect(jsonLines(join(run, 'aligned.jsonl')).map((record) => record.en)).toEqual(['The government unveiled its budget.']);
    expect(jsonLines(join(run, 'rejects.jsonl')).map((reject) => reject.id)).toEqual(['a.txt:0.1']);
  });

  it('import stopped by a bad line in aligned.jsonl changes nothing (no reject written twice on the retry)', async () => {
    const dir = temp();
    const run = runFolder(dir);
    writeFileSync(join(run, 'aligned.jsonl'), readFileSync(join(run, 'aligned.jsonl'), 'utf8') + 'not json\n');
    writeFileSync(join(dir, 'edits.tsv'), 'ko-KR\ten-US\tdecision\tid\n정부가 예산안을 발표했다.\tThe government announced the budget.\treject\ta.txt:0.0\n');
    const result = await dari(['import', '--run', run, join(dir, 'edits.tsv')]);
    expectOneLine(result, 2, /aligned\.jsonl:3: not valid JSON; fix or remove the line/);
    expect(readFileSync(join(run, 'rejects.jsonl'), 'utf8')).toBe('');
    expect(readdirSync(run).sort()).toEqual(['aligned.jsonl', 'rejects.jsonl']);
  });
});
