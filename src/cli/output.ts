/**
 * Where a command writes its output (stdout or a file), with backpressure: a write waits for
 * the stream to drain, so output never piles up in memory ahead of a slow disk or pipe.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Resolves when `stream` drains or closes, rejects on its error; leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('close', onDrain);
      stream.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => settle();
    stream.on('drain', onDrain);
    stream.on('close', onDrain);
    stream.on('error', settle);
  });
}

export interface Output {
  write(text: string): Promise<void>;
  /** Flushes and closes a file; stdout is left open. */
  close(): Promise<void>;
  /** True once the reader went away (stdout closed, e.g. `| head`): nothing more is wanted. */
  readonly closed: boolean;
}

function streamOutput(stream: Writable, owned: boolean): Output {
  let closed = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else failure = error;
  });
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      if (failure) throw failure;
      if (closed || text === '') return;
      if (stream.write(text)) return;
      try {
        await drained(stream);
      } catch (error) {
        if (!closed) throw error;
      }
    },
    async close() {
      if (failure) throw failure;
      if (!owned || closed) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Opens `path` for writing (failing here when it cannot be), or stdout when no path is given. */
export async function openOutput(path: string | undefined): Promise<Output> {
  if (path === undefined) return streamOutput(process.stdout, false);
  const stream = createWriteStream(path);
  await once(stream, 'open');
  return streamOutput(stream, true);
}
