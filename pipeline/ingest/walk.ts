// Lists the files under an input path: recursive, sorted by code unit (stable on every machine and
// locale), following symlinks but never into a loop and never reading one target (device and inode) twice.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../schemas.js';
import { describeFileError, UserError } from '../errors.js';

export interface FoundFile {
  /** Path as the user would type it: the input joined with the relative path. */
  path: string;
  /** Relative to the input folder with forward slashes, or the file name when the input is a file. */
  relative: string;
  size: number;
}

export async function* walk(input: string, onSkip: (file: SkippedFile) => void): AsyncGenerator<FoundFile> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (error) {
    throw new UserError(`cannot read input ${input}: ${describeFsError(error)}; check the --input path`, { cause: error });
  }
  if (stat.isFile()) {
    yield { path: input, relative: path.basename(input).normalize('NFC'), size: stat.size };
    return;
  }
  const seen = new Set<string>();
  yield* walkDirectory(input, '', seen, onSkip);
}

async function* walkDirectory(
  dir: string,
  relative: string,
  seen: Set<string>,
  onSkip: (file: SkippedFile) => void,
): AsyncGenerator<FoundFile> {
  let identity: string;
  try {
    identity = fileIdentity(await fs.stat(dir));
  } catch (error) {
    onSkip({ path: dir, reason: describeFsError(error) });
    return;
  }
  // A folder reached twice through symlinks is a loop (or a duplicate): read it once.
  if (seen.has(identity)) {
    onSkip({ path: dir, reason: 'symlink loop (folder already read)' });
    return;
  }
  seen.add(identity);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    onSkip({ path: dir, reason: describeFsError(error) });
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    // File systems that store names decomposed (macOS) still give NFC document ids.
    const rel = (relative ? `${relative}/${name}` : name).normalize('NFC');
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      onSkip({ path: full, reason: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      yield* walkDirectory(full, rel, seen, onSkip);
    } else if (stat.isFile()) {
      const target = fileIdentity(stat);
      if (seen.has(target)) {
        onSkip({ path: full, reason: 'same file as one already read (symlink)' });
        continue;
      }
      seen.add(target);
      yield { path: full, relative: rel, size: stat.size };
    } else {
      onSkip({ path: full, reason: 'not a regular file' });
    }
  }
}

/** Device and inode: the same file or folder however it was reached. */
function fileIdentity(stat: { dev: number; ino: number }): string {
  return `${stat.dev}:${stat.ino}`;
}

/** Why a file met while walking the input cannot be read: links said as links, the rest as errors.ts words it. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'ENOENT') return 'not found (broken symlink or missing path)';
  if (code === 'EACCES' || code === 'EPERM') return describeFileError(error);
  return `cannot read (${describeFileError(error)})`;
}
