// Starting a worker thread from a module of the launcher's flat build, or from the TypeScript source under tsx.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker running the module at `resolved`, the caller's `import.meta.resolve('./x-worker.js')` (import.meta.resolve,
 * not import.meta.url: the launcher's build points import.meta.url back at the source). In the build that file sits
 * beside the caller's chunk; under tsx (tests, DARI_NO_BUILD=1) only the TypeScript source exists, and since a worker
 * does not inherit the loader's hooks on Node 20, a small bootstrap registers tsx in it first.
 */
export function startWorker(resolved: string, workerData: unknown): Worker {
  const url = new URL(resolved);
  if (url.pathname.endsWith('.js') && !fs.existsSync(fileURLToPath(url))) url.pathname = url.pathname.replace(/\.js$/, '.ts');
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const source = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true, workerData, execArgv: [] });
}
