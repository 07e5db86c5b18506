// A text file written piece by piece, waiting when the stream's buffer is full, so memory stays flat.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function createTextSink(path: string): TextSink {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  stream.on('error', (error) => {
    failure = error;
    wake?.();
  });
  stream.on('drain', () => wake?.());
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
