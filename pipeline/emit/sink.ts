// A text file written piece by piece, waiting when the stream's buffer is full, so memory stays flat.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { redact } from '../log.js';

export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Every piece passes through `redact`, so no file Dari writes can hold the API key. */
export function createTextSink(path: string): TextSink {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  // Writers waiting for the buffer to drain (several when callers do not await each write).
  let waiting: Array<() => void> = [];
  const wakeAll = () => {
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };
  stream.on('error', (error) => {
    failure = error;
    wakeAll();
  });
  stream.on('drain', wakeAll);
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(redact(text))) await new Promise<void>((resolve) => waiting.push(resolve));
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
