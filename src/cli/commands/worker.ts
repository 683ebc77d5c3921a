/**
 * `rasd worker`: takes articles off the PostgreSQL job queue (`rasd ingest --queue`), extracts
 * their events and stores them, until SIGINT or SIGTERM. Any number of workers, on any number of
 * machines, can share one queue. Stopping is graceful: jobs in hand are finished first.
 */
import type { Command } from 'commander';
import { countParser } from '../counts.ts';
import type PgBoss from 'pg-boss';
import type { SourceArticle } from '../../contract/index.ts';
import { checkArticleText } from '../../ingest/text-checks.ts';
import { formatInputError } from '../../ingest/errors.ts';
import { ARTICLE_QUEUE, openQueue, readQueuedArticle } from '../../queue/article-queue.ts';
import { displayLocation, isPostgresUrl, openStore } from '../../store/index.ts';
import type { Store } from '../../store/types.ts';
import { storeBatch } from './ingest.ts';
import { inThisThread } from '../../extract/batch.ts';
import type { ExtractBatch } from '../../extract/batch.ts';

const EXIT_OK = 0;
const EXIT_USAGE = 2;
/** Jobs fetched at once by each of a worker's loops, stored in one transaction. */
const JOBS_PER_FETCH = 10;
/** How long a stopping worker waits for the jobs in hand before giving them back to the queue. */
const STOP_TIMEOUT_MS = 30_000;

export interface WorkerCounts {
  stored: number;
  duplicates: number;
  events: number;
  failed: number;
}

interface WorkerOptions {
  db: string;
  concurrency: number;
  quiet?: boolean;
}

/**
 * Handles a batch of jobs: checks and extracts each article and stores them in one transaction.
 * A job whose article can never be stored (not an article, not Arabic text, failing extraction or
 * refused by the store on its own) is completed with output `{ error }` naming its article, logged
 * once and not retried. When the batch as a whole fails (the database unreachable, the connection
 * lost), this rejects: pg-boss then fails every job of the batch and retries them later. The jobs
 * not completed here are completed by pg-boss when this resolves.
 */
export async function handleJobs(
  boss: PgBoss,
  store: Store,
  extract: ExtractBatch,
  jobs: ReadonlyArray<PgBoss.Job<unknown>>,
  counts: WorkerCounts,
  log: (line: string) => void,
): Promise<void> {
  const reject = async (job: PgBoss.Job<unknown>, error: string): Promise<void> => {
    counts.failed++;
    log(error);
    await boss.complete(ARTICLE_QUEUE, job.id, { error });
  };
  const accepted: Array<{ job: PgBoss.Job<unknown>; article: SourceArticle }> = [];
  for (const job of jobs) {
    const article = readQueuedArticle(job.data);
    if ('error' in article) {
      await reject(job, `job ${job.id}: ${article.error}`);
      continue;
    }
    const problem = checkArticleText(article.text, `article ${article.id} (${article.source})`);
    if (problem) await reject(job, formatInputError(problem));
    else accepted.push({ job, article });
  }
  const outcomes = await storeBatch(store, accepted.map((a) => a.article), extract);
  for (const [i, outcome] of outcomes.entries()) {
    const { job, article } = accepted[i]!;
    if (outcome.status === 'failed') await reject(job, `article ${article.id} (${article.source}): ${outcome.error ?? 'unknown error'}`);
    else if (outcome.status === 'duplicate') counts.duplicates++;
    else {
      counts.stored++;
      counts.events += outcome.events;
    }
  }
}

async function runWorker(options: WorkerOptions): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`rasd: ${line}\n`);
  const store = await openStore(options.db);
  const boss = await openQueue(options.db, 'worker', (error) => log(`queue: ${error.message}`));
  const { extractArticle } = await import('../../extract/index.ts');
  const extract = inThisThread((a) => extractArticle(a));
  const counts: WorkerCounts = { stored: 0, duplicates: 0, events: 0, failed: 0 };
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work<unknown>(ARTICLE_QUEUE, { batchSize: JOBS_PER_FETCH }, (jobs) =>
      handleJobs(boss, store, extract, jobs, counts, log),
    );
  }
  if (!options.quiet) log(`worker ${process.pid} taking articles from ${displayLocation(options.db)} (${options.concurrency} at a time)`);
  const stop = async (signal: string): Promise<void> => {
    if (!options.quiet) log(`${signal}: finishing the jobs in hand`);
    await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    await store.close();
    if (!options.quiet) log(`worker stopped: ${counts.stored} articles stored, ${counts.events} events, ${counts.duplicates} already stored, ${counts.failed} failed`);
    process.exit(EXIT_OK);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('extract and store the articles queued by rasd ingest --queue, until stopped (SIGINT, SIGTERM)')
    .requiredOption('--db <url>', 'the PostgreSQL database (postgres://...) holding the queue and the store')
    .option('--concurrency <n>', 'batches of jobs worked on at once', countParser(1), 1)
    .option('-q, --quiet', 'only failures on stderr')
    .addHelpText('after', '\nExit status: 0 stopped by a signal, 2 usage error.\n')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE))
    .action(async (options: WorkerOptions) => {
      if (!isPostgresUrl(options.db)) {
        process.stderr.write('rasd: --db must be a PostgreSQL URL (postgres://...): the job queue lives in the database\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      await runWorker(options);
    });
}
