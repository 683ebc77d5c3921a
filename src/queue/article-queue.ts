/**
 * The job queue of articles waiting for extraction, in the PostgreSQL database the store uses
 * (pg-boss, schema `pgboss`). A job carries the whole article, not a file path: workers run on
 * other machines than the files. A job may be delivered more than once (a worker killed
 * mid-job, a retry); the store's content-hash dedup makes that harmless.
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { SourceArticle } from '../contract/index.ts';
import { cleanText } from '../ingest/text-checks.ts';
import { StoreOpenError } from '../store/location.ts';

export const ARTICLE_QUEUE = 'rasd-articles';

/** What a job carries: the article as read, `source` naming where it was read from. */
export type QueuedArticle = SourceArticle;

const QUEUE_OPTIONS: Omit<PgBoss.Queue, 'name'> = {
  // A failed job is tried twice more, a few seconds apart: jobs fail only when their batch could
  // not be stored (the database restarting). An article that can never be stored is not failed
  // but completed with output { error } (see `handleJobs`), so it is not tried again.
  retryLimit: 2,
  retryDelay: 5,
  // Extracting one article takes milliseconds; a job active this long belongs to a dead worker.
  expireInSeconds: 300,
};

/** Seconds between a worker's polls of an empty queue: idle workers cost little, new jobs wait little. */
const POLLING_SECONDS = 1;

export type QueueRole = 'producer' | 'worker';

/**
 * Connects to the queue in the database at `url`, creating pg-boss's schema and the article
 * queue when missing. A producer runs no maintenance; workers share it.
 */
export async function openQueue(url: string, role: QueueRole, onError: (error: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: `rasd-${role}`,
    max: 4,
    pollingIntervalSeconds: POLLING_SECONDS,
    ...(role === 'producer' ? { supervise: false, schedule: false } : {}),
  });
  boss.on('error', onError);
  try {
    await boss.start();
    await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, ...QUEUE_OPTIONS });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new StoreOpenError(url, error, 'the job queue in');
  }
  return boss;
}

/** Adds one job per article; returns the job ids, in order. */
export async function enqueueArticles(boss: PgBoss, articles: readonly QueuedArticle[]): Promise<string[]> {
  const jobs = articles.map((data) => ({ id: randomUUID(), name: ARTICLE_QUEUE, data }));
  if (jobs.length > 0) await boss.insert(jobs);
  return jobs.map((j) => j.id);
}

/** Jobs not finished yet: waiting, waiting for a retry, or being worked on. */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(ARTICLE_QUEUE, { before: 'completed' });
}

const NULLABLE_FIELDS = ['title', 'published', 'url', 'outlet'] as const;

/** The article a job carries, or why it is not one (jobs can come from any program). */
export function readQueuedArticle(data: unknown): QueuedArticle | { error: string } {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof d['id'] !== 'string' || d['id'] === '') return { error: 'the job has no article id' };
  if (typeof d['text'] !== 'string') return { error: `article ${d['id']}: the job has no text` };
  for (const field of NULLABLE_FIELDS) {
    if (d[field] !== undefined && d[field] !== null && typeof d[field] !== 'string') return { error: `article ${d['id']}: ${field} is not a string` };
  }
  const text = (field: (typeof NULLABLE_FIELDS)[number]): string | null => (typeof d[field] === 'string' ? d[field] : null);
  return {
    id: d['id'],
    title: text('title'),
    text: cleanText(d['text']),
    published: text('published'),
    url: text('url'),
    outlet: text('outlet'),
    source: typeof d['source'] === 'string' ? d['source'] : `article ${d['id']}`,
  };
}
