/**
 * `rasd worker`'s handling of a batch of jobs, with the queue and the store replaced by fakes: a
 * job that can never succeed is completed with its error, once; a batch the store cannot take
 * rejects, so pg-boss fails its jobs and retries them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type PgBoss from 'pg-boss';
import { handleJobs } from '../src/cli/commands/worker.ts';
import type { WorkerCounts } from '../src/cli/commands/worker.ts';
import type { ArticleEvents, SourceArticle } from '../src/contract/index.ts';
import { inThisThread } from '../src/extract/batch.ts';
import { ARTICLE_QUEUE } from '../src/queue/article-queue.ts';
import type { PutResult, Store } from '../src/store/types.ts';

const ARABIC = 'قالت وزارة الدفاع إن طائراتها قصفت مواقع في ريف إدلب الجنوبي صباح اليوم.';

interface Call {
  method: string;
  args: unknown[];
}

/** Records the calls a handler makes on the queue. */
function fakeBoss(calls: Call[]): PgBoss {
  const record = (method: string) => async (...args: unknown[]): Promise<void> => void calls.push({ method, args });
  return { complete: record('complete'), fail: record('fail') } as unknown as PgBoss;
}

/** A store that has nothing yet and stores what it is given, or fails every batch with `error`. */
function fakeStore(error?: Error): Store {
  return {
    findDuplicates: async (keys: readonly unknown[]) => keys.map(() => null),
    putArticles: async (items: readonly ArticleEvents[]): Promise<PutResult[]> => {
      if (error) throw error;
      return items.map((i) => ({ article_id: i.article.id, status: 'created', events: i.events.length }));
    },
  } as unknown as Store;
}

function job(id: string, data: unknown): PgBoss.Job<unknown> {
  return { id, name: ARTICLE_QUEUE, data } as PgBoss.Job<unknown>;
}

function article(id: string, text: string): SourceArticle {
  return { id, title: null, text, published: null, url: null, outlet: null, source: 'test' };
}

const extract = inThisThread((a: SourceArticle): ArticleEvents => ({ article: { ...a, language: 'ar' }, events: [] }) as unknown as ArticleEvents);

function zero(): WorkerCounts {
  return { stored: 0, duplicates: 0, events: 0, failed: 0 };
}

describe('rasd worker jobs', () => {
  it('completes jobs that can never succeed with their error, logged once, and stores the others', async () => {
    const calls: Call[] = [];
    const lines: string[] = [];
    const counts = zero();
    const jobs = [job('1', article('english', 'This article is written in English.')), job('2', { title: 'no id' }), job('3', article('good', ARABIC))];
    await handleJobs(fakeBoss(calls), fakeStore(), extract, jobs, counts, (l) => lines.push(l));
    assert.deepEqual(calls.map((c) => [c.method, c.args[1]]), [['complete', '1'], ['complete', '2']]);
    assert.match(JSON.stringify(calls[0]!.args[2]), /"error":"article english \(test\): is not Arabic text/);
    assert.match(JSON.stringify(calls[1]!.args[2]), /"error":"job 2: the job has no article id"/);
    assert.equal(lines.length, 2);
    assert.deepEqual(counts, { stored: 1, duplicates: 0, events: 0, failed: 2 });
  });

  it('rejects when the store cannot take the batch, so the jobs are retried', async () => {
    const calls: Call[] = [];
    const counts = zero();
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    await assert.rejects(handleJobs(fakeBoss(calls), fakeStore(down), extract, [job('1', article('good', ARABIC))], counts, () => undefined), down);
    assert.deepEqual(calls, []);
    assert.equal(counts.failed, 0);
  });
});
