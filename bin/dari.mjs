#!/usr/bin/env node
// Launcher for `dari`: runs pipeline/cli.ts as plain JavaScript, bundled by esbuild into
// .dari-build/ (git-ignored) and rebuilt whenever the sources change, so there is no build step and
// no TypeScript loader at run time. The staleness check stats every file under pipeline/ plus
// package.json, package-lock.json and this launcher (a few ms). Builds go to a fresh folder and are
// published by renaming a pointer file, so parallel runs never see half a build. If esbuild fails,
// the CLI runs through tsx as before. DARI_NO_BUILD=1 forces the tsx path; DARI_DEBUG=1 says why a
// build failed and turns on source maps for stack traces.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `dari segment` starts a worker thread only if other processes leave a CPU idle, measured from
// here on (pipeline/segment/threads.ts): the first sample, taken before anything else is loaded.
if (process.argv[2] === 'segment') {
  try {
    globalThis.__dariSegmentCpuSample = { stat: fs.readFileSync('/proc/stat', 'latin1'), own: process.cpuUsage() };
  } catch {}
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'pipeline');
const ENTRY = path.join(SOURCE, 'cli.ts');
// Worker threads' entries, built beside cli.js (each found by name next to the chunk that starts
// it), and the segment command's threads module, which this launcher loads first to start a worker
// ahead (see below).
const WORKERS = {
  'segment-worker': path.join(SOURCE, 'segment/segment-worker.ts'),
  'segment-parallel': path.join(SOURCE, 'segment/parallel.ts'),
  'validate-worker': path.join(SOURCE, 'validate/validate-worker.ts'),
};
const BUILD = path.join(ROOT, '.dari-build');
const POINTER = path.join(BUILD, 'current.json');
const LOCK = path.join(BUILD, 'build.lock');
const debug = Boolean(process.env.DARI_DEBUG);

/**
 * One string that changes whenever a source file, the manifests or this launcher change: every
 * file's path, mtime and size, in a fixed order. Stored whole in the pointer and compared as a
 * string (a native compare: no hashing loop for V8 to compile, no node:crypto to load).
 */
function fingerprint() {
  let text = '';
  const statOf = (file) => {
    try {
      return fs.statSync(file);
    } catch {
      return undefined;
    }
  };
  const add = (file, stat) => {
    text += stat ? `${file}\0${stat.mtimeMs}\0${stat.size}\n` : `${file}\0missing\n`;
  };
  const walk = (dir) => {
    // Names in code-unit order (the default sort, native); one stat per entry says file or folder.
    for (const name of fs.readdirSync(dir).sort()) {
      const file = `${dir}/${name}`;
      const stat = statOf(file);
      if (stat?.isDirectory()) walk(file);
      else add(file, stat);
    }
  };
  walk(SOURCE);
  for (const file of ['package.json', 'package-lock.json', 'bin/dari.mjs']) {
    const full = `${ROOT}/${file}`;
    add(full, statOf(full));
  }
  return text;
}

function readPointer() {
  try {
    return JSON.parse(fs.readFileSync(POINTER, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The built entry if it is current, else undefined. */
function current(print) {
  const pointer = readPointer();
  if (!pointer || pointer.fingerprint !== print) return undefined;
  const entry = path.join(BUILD, pointer.id, 'cli.js');
  return fs.existsSync(entry) ? entry : undefined;
}

// Every module's `import.meta.url` is pointed back at its source file, so files read at run time
// next to the code (package.json, prompts/, the review page's assets) resolve as under tsx. Chunks
// sit flat in the build folder, so a path relative to it is right for every chunk.
function sourceUrlPlugin(outdir) {
  return {
    name: 'dari-source-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        let contents = await fs.promises.readFile(args.path, 'utf8');
        if (contents.includes('import.meta')) {
          const relative = path.relative(outdir, args.path).split(path.sep).join('/');
          const url = `new URL(${JSON.stringify(encodeURI(relative))}, import.meta.url).href`;
          contents = contents.replace(/\bimport\.meta\.url\b/g, url);
          if (/\bimport\.meta\.(dirname|filename)\b/.test(contents)) {
            contents = contents
              .replace(/\bimport\.meta\.filename\b/g, `__dariPath(${url})`)
              .replace(/\bimport\.meta\.dirname\b/g, `__dariPath(new URL('.', ${url}))`);
            contents = `import { fileURLToPath as __dariPath } from 'node:url';\n${contents}`;
          }
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

async function build(print) {
  fs.mkdirSync(BUILD, { recursive: true });
  const id = `b-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const outdir = path.join(BUILD, id);
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: { cli: ENTRY, ...WORKERS },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild's tables date Unicode property escapes (\p{L}) later than Node 20 and would rewrite each literal that
    // has one into a `new RegExp(…)` built again on every run of the expression; Node 20 supports them.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    chunkNames: '[name]-[hash]',
    logLevel: 'silent',
    plugins: [sourceUrlPlugin(outdir)],
  });
  // Publish: the pointer is replaced in one rename, after the whole build is on disk.
  const temporary = `${POINTER}.${id}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ id, fingerprint: print }) + '\n');
  fs.renameSync(temporary, POINTER);
  prune(id);
  return path.join(outdir, 'cli.js');
}

// Old builds go once nobody can still be loading their lazy chunks (ten minutes after they were made).
function prune(keep) {
  const cutoff = Date.now() - 10 * 60_000;
  for (const name of fs.readdirSync(BUILD)) {
    if (name === keep || !(name.startsWith('b-') || name.endsWith('.tmp'))) continue;
    const file = path.join(BUILD, name);
    try {
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { recursive: true, force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/** Builds once across parallel launches: one holds the lock, the others wait for its pointer. */
async function buildShared(print) {
  fs.mkdirSync(BUILD, { recursive: true });
  let locked = false;
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    locked = true;
  } catch {
    let stale = true;
    try {
      stale = Date.now() - fs.statSync(LOCK).mtimeMs > 10_000;
    } catch {}
    if (stale) {
      fs.rmSync(LOCK, { force: true });
    } else {
      for (let waited = 0; waited < 10_000; waited += 25) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const ready = current(print);
        if (ready) return ready;
        if (!fs.existsSync(LOCK)) break;
      }
    }
  }
  try {
    return current(print) ?? (await build(print));
  } finally {
    if (locked) fs.rmSync(LOCK, { force: true });
  }
}

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}

let entry;
if (!process.env.DARI_NO_BUILD) {
  try {
    const print = fingerprint();
    entry = current(print) ?? (await buildShared(print));
  } catch (error) {
    if (debug) process.stderr.write(`dari: build failed, running through tsx: ${error instanceof Error ? error.message : error}\n`);
    entry = undefined;
  }
}
/**
 * `dari segment FILE` on a file of 4 MB or more (pipeline/segment/threads.ts PARALLEL_MIN_BYTES),
 * with the default threads, no --debug and not stdin: the command may segment it with a worker
 * thread beside the main thread. Read from the arguments as they are, without the CLI's parser.
 */
function segmentsLargeFile(args) {
  let file;
  for (const arg of args) {
    if (arg === '-' || arg === '--debug' || arg === '--help' || arg === '-h' || arg.startsWith('--threads')) return false;
    if (arg.startsWith('-')) continue;
    if (file !== undefined) return false;
    file = arg;
  }
  try {
    const stat = file === undefined ? undefined : fs.statSync(file);
    return stat !== undefined && stat.isFile() && stat.size >= 4 << 20;
  } catch {
    return false;
  }
}

if (entry && process.argv[2] === 'segment' && segmentsLargeFile(process.argv.slice(3))) {
  // Its worker thread, if the machine is idle, starts now: its isolate starts and loads the
  // segmenter while this thread loads the CLI (pipeline/segment/parallel.ts, prespawn).
  try {
    const { prespawn } = await import(pathToFileURL(path.join(path.dirname(entry), 'segment-parallel.js')).href);
    prespawn();
  } catch (error) {
    if (debug) process.stderr.write(`dari: no worker started ahead: ${error instanceof Error ? error.message : error}\n`);
  }
}

if (entry) {
  // Node 22+: V8's code cache for the bundle across runs (absent on Node 20, where this is a no-op).
  try {
    module.enableCompileCache?.(path.join(BUILD, 'compile-cache'));
  } catch {}
  if (debug) process.setSourceMapsEnabled(true);
  await import(pathToFileURL(entry).href);
} else {
  await viaTsx();
}
