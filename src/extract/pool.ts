/**
 * Extraction on worker threads, for long runs on a machine with several cores. Each worker loads the
 * lexicons once; a batch is cut into one contiguous share per worker and the results come back in the
 * batch's order. A worker that stops (a crash, memory exhausted) stops the pool: the batches it held and
 * every later call fail with the reason, so the caller stores nothing it did not extract.
 */
import { Worker } from 'node:worker_threads';
import type { SourceArticle } from '../contract/index.ts';
import type { Extracted } from './batch.ts';

/** What the pool sends a worker, and what the worker answers (pool-worker.ts). */
export interface PoolRequest {
  id: number;
  articles: readonly SourceArticle[];
}

export interface PoolReply {
  id: number;
  results: Extracted[];
}

interface Waiting {
  resolve: (results: Extracted[]) => void;
  reject: (error: Error) => void;
}

/**
 * The worker's entry: it registers tsx (as bin/rasd.js does), so the TypeScript sources run in the worker
 * as they do in the main thread whether or not node was started with `--import tsx`.
 */
function workerSource(): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pool-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** One worker thread and the requests it has not answered yet. */
class PoolThread {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();

  constructor(source: URL, onStop: (error: Error) => void) {
    this.#worker = new Worker(source);
    this.#worker.on('message', (reply: PoolReply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      waiting?.resolve(reply.results);
    });
    this.#worker.on('error', (error) => onStop(new Error(`an extraction worker failed: ${error.message}`)));
    this.#worker.on('exit', (code) => onStop(new Error(`an extraction worker stopped (exit code ${code})`)));
  }

  send(request: PoolRequest): Promise<Extracted[]> {
    return new Promise((resolve, reject) => {
      this.#waiting.set(request.id, { resolve, reject });
      this.#worker.postMessage(request);
    });
  }

  /** Fails every request not answered yet. */
  failWaiting(error: Error): void {
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

export class ExtractPool {
  readonly size: number;
  readonly #threads: PoolThread[];
  #nextId = 0;
  /** Why the pool stopped: set when a worker stops or `close` is called. */
  #stopped: Error | null = null;

  /** `size` worker threads. */
  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`an extraction pool needs at least one worker, not ${size}`);
    this.size = size;
    const source = workerSource();
    this.#threads = Array.from({ length: size }, () => new PoolThread(source, (error) => this.#stop(error)));
  }

  /** The events of each article, in order; rejects when a worker stopped. */
  async extract(articles: readonly SourceArticle[]): Promise<Extracted[]> {
    if (this.#stopped !== null) throw this.#stopped;
    const share = Math.ceil(articles.length / this.size);
    const parts: Array<Promise<Extracted[]>> = [];
    for (let t = 0; t * share < articles.length; t++) {
      parts.push(this.#threads[t]!.send({ id: this.#nextId++, articles: articles.slice(t * share, (t + 1) * share) }));
    }
    return (await Promise.all(parts)).flat();
  }

  /** Stops the workers; a call still waiting fails. */
  async close(): Promise<void> {
    if (this.#stopped === null) this.#stop(new Error('the extraction pool was closed'));
    await Promise.all(this.#threads.map((t) => t.terminate()));
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const thread of this.#threads) thread.failWaiting(this.#stopped);
  }
}
