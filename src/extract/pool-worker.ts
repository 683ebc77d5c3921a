/** A thread of an `ExtractPool` (pool.ts): extracts the articles it is sent and posts their results back. */
import { parentPort } from 'node:worker_threads';
import { extractEach } from './batch.ts';
import { extractArticle } from './index.ts';
import { lexicon } from '../lexicon/index.ts';
import type { PoolReply, PoolRequest } from './pool.ts';

const port = parentPort;
if (port === null) throw new Error('pool-worker.ts runs as a worker thread of an ExtractPool');
// Loaded before the first request, while the main thread is still reading its input.
lexicon();
port.on('message', (request: PoolRequest) => {
  const reply: PoolReply = { id: request.id, results: extractEach(request.articles, (a) => extractArticle(a)) };
  port.postMessage(reply);
});
