/**
 * `rasd ingest`: reads articles, extracts their events and stores them (a SQLite file or a
 * PostgreSQL database). Articles are stored in batches, one transaction each, so a crash loses at
 * most the batch in flight and never leaves a half-written article. An article already stored
 * (same content or URL) is skipped before extraction. A bad input is reported by name and the
 * rest goes on. With `--queue` the articles go on PostgreSQL's job queue instead, for `rasd worker`.
 */
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { countParser } from '../counts.ts';
import { inOrder } from '../in-order.ts';
import type { ArticleEvents, SourceArticle } from '../../contract/index.ts';
import { formatInputError, planInputs, readInputs } from '../../ingest/index.ts';
import type { InputResult } from '../../ingest/index.ts';
import { isIsoDate } from '../../store/days.ts';
import type PgBoss from 'pg-boss';
import { enqueueArticles, openQueue } from '../../queue/article-queue.ts';
import { displayLocation, isPostgresUrl, openStore, resolveLocation } from '../../store/index.ts';
import type { PutResult, Store } from '../../store/types.ts';
import type { ExtractBatch } from '../../extract/batch.ts';
import { openExtractor } from '../../extract/extractor.ts';
import type { Extractor } from '../../extract/extractor.ts';

/** Articles per transaction: large enough that commits cost little, small enough that a crash loses little. */
export const BATCH_SIZE = 200;
export const DEFAULT_DB = 'rasd.sqlite';

const EXIT_OK = 0;
const EXIT_INPUTS_FAILED = 1;
const EXIT_USAGE = 2;

export interface IngestCounts {
  /** Articles read from the inputs. */
  read: number;
  created: number;
  replaced: number;
  /** Already stored (same content hash or URL): nothing changed. */
  duplicates: number;
  events: number;
  /** Inputs that could not be read, and articles that could not be extracted or stored. */
  failed: number;
  /** Put on the job queue (`--queue`) for `rasd worker` to extract and store. */
  queued: number;
}

export interface IngestHooks {
  /** A bad input or article, as a line for a person. */
  onError?: (line: string) => void;
  /** After each committed batch: the ids it stored (created or replaced), or queued. */
  onCommit?: (stored: string[], counts: IngestCounts) => void;
  /** After each article read. */
  onArticle?: (counts: IngestCounts) => void;
}

export function zeroCounts(): IngestCounts {
  return { read: 0, created: 0, replaced: 0, duplicates: 0, events: 0, failed: 0, queued: 0 };
}

/** A batch whose new articles are extracted, waiting to be written. */
interface ExtractedBatch {
  /** What happened to each article so far: null for those extracted, waiting to be stored. */
  outcomes: Array<PutResult | null>;
  extracted: ArticleEvents[];
  /** The position in the batch of each extracted article. */
  positions: number[];
}

/** Extracts the articles of a batch that are not stored yet (same content hash or URL). */
async function extractNew(store: Store, articles: readonly SourceArticle[], extract: ExtractBatch): Promise<ExtractedBatch> {
  const existing = await store.findDuplicates(articles.map((a) => ({ text: a.text, url: a.url })));
  const outcomes: Array<PutResult | null> = articles.map((article, i) => {
    const duplicateOf = existing[i];
    return duplicateOf ? { article_id: duplicateOf, status: 'duplicate', events: 0 } : null;
  });
  const fresh = articles.flatMap((article, i) => (outcomes[i] === null ? [{ article, i }] : []));
  const results = await extract(fresh.map((f) => f.article));
  const batch: ExtractedBatch = { outcomes, extracted: [], positions: [] };
  results.forEach((result, k) => {
    const { article, i } = fresh[k]!;
    if (result.ok) {
      batch.extracted.push(result.value);
      batch.positions.push(i);
    } else outcomes[i] = { article_id: article.id, status: 'failed', events: 0, error: `${article.source}: extraction failed: ${result.error}` };
  });
  return batch;
}

/** Stores the extracted articles of a batch in one transaction; what happened to each article of the batch, in order. */
async function writeBatch(store: Store, batch: ExtractedBatch): Promise<PutResult[]> {
  const { outcomes, extracted, positions } = batch;
  const results = await store.putArticles(extracted);
  results.forEach((r, k) => {
    outcomes[positions[k]!] = r.status === 'failed' ? { ...r, error: `${extracted[k]!.article.id}: not stored: ${r.error ?? 'unknown error'}` } : r;
  });
  return outcomes as PutResult[];
}

/**
 * Extracts and stores one batch of articles in one transaction. An article already stored is
 * skipped before extraction. Returns what happened to each article, in order; a failure's
 * `error` is a line for a person, naming the article.
 */
export async function storeBatch(store: Store, articles: readonly SourceArticle[], extract: ExtractBatch): Promise<PutResult[]> {
  return writeBatch(store, await extractNew(store, articles, extract));
}

/** The articles of `results` in batches of `batchSize`; inputs that could not be read are counted and reported. */
export async function* readBatches(
  results: AsyncIterable<InputResult>,
  counts: IngestCounts,
  hooks: IngestHooks,
  batchSize: number = BATCH_SIZE,
): AsyncGenerator<SourceArticle[]> {
  let batch: SourceArticle[] = [];
  for await (const result of results) {
    if (!result.ok) {
      counts.failed++;
      hooks.onError?.(formatInputError(result.error));
      continue;
    }
    counts.read++;
    batch.push(result.article);
    hooks.onArticle?.(counts);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Extracts and stores every article of `results` in batches of `batchSize`. Each batch is extracted
 * while the one before it is written, so with an `ExtractPool` the workers and the store run at once;
 * at most two batches are held in memory.
 */
export async function ingest(
  store: Store,
  results: AsyncIterable<InputResult>,
  extract: ExtractBatch,
  hooks: IngestHooks = {},
  batchSize: number = BATCH_SIZE,
): Promise<IngestCounts> {
  const counts = zeroCounts();
  const count = (outcomes: readonly PutResult[]): void => {
    const stored: string[] = [];
    for (const outcome of outcomes) {
      if (outcome.status === 'duplicate') counts.duplicates++;
      else if (outcome.status === 'failed') {
        counts.failed++;
        hooks.onError?.(outcome.error ?? 'unknown error');
      } else {
        counts[outcome.status]++;
        counts.events += outcome.events;
        stored.push(outcome.article_id);
      }
    }
    hooks.onCommit?.(stored, counts);
  };
  const steps = inOrder();
  for await (const batch of readBatches(results, counts, hooks, batchSize)) {
    await steps.add(extractNew(store, batch, extract), async (ready) => count(await writeBatch(store, ready)));
  }
  await steps.drain();
  return counts;
}

/**
 * Puts every article of `results` on the job queue for `rasd worker`, in batches; an article
 * already stored is not queued.
 */
export async function enqueue(
  store: Store,
  boss: PgBoss,
  results: AsyncIterable<InputResult>,
  hooks: IngestHooks = {},
  batchSize: number = BATCH_SIZE,
): Promise<IngestCounts> {
  const counts = zeroCounts();
  for await (const batch of readBatches(results, counts, hooks, batchSize)) {
    const existing = await store.findDuplicates(batch.map((a) => ({ text: a.text, url: a.url })));
    const fresh = batch.filter((_, i) => !existing[i]);
    counts.duplicates += batch.length - fresh.length;
    await enqueueArticles(boss, fresh);
    counts.queued += fresh.length;
    hooks.onCommit?.(fresh.map((a) => a.id), counts);
  }
  return counts;
}

interface IngestOptions {
  db: string;
  published?: string;
  quiet?: boolean;
  commitLog?: boolean;
  /** Queue the articles for `rasd worker` instead of extracting them here (PostgreSQL only). */
  queue?: boolean;
  /** Worker threads extracting while the main thread writes; 0 extracts in the main thread. */
  jobs?: number;
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

export function summary(counts: IngestCounts, queued = false): string {
  const parts = queued ? [`${counts.queued} articles queued`] : [`${counts.created + counts.replaced} articles stored`, `${counts.events} events`];
  if (counts.replaced > 0) parts.push(`${counts.replaced} replaced`);
  if (counts.duplicates > 0) parts.push(`${counts.duplicates} already stored`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  return parts.join(', ');
}

/** Ingests `inputs` into the store at `db`; progress on stderr when it is a terminal. Returns the counts. */
export async function runIngest(inputs: readonly string[], options: IngestOptions): Promise<IngestCounts> {
  const plan = await planInputs(inputs);
  const store = await openStore(options.db);
  const started = performance.now();
  const showBar = options.quiet !== true && process.stderr.isTTY === true;
  const bars = showBar
    ? new cliProgress.MultiBar(
        {
          stream: process.stderr,
          format: 'rasd ingest [{bar}] {value}/{total} inputs | {articles} articles | {rate} articles/s | {events} events | {failed} failed',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bar = bars?.create(Math.max(plan.inputs.length, 1), 0, { articles: 0, rate: 0, events: 0, failed: 0 });
  const log = (line: string): void => {
    if (bars) bars.log(`rasd: ${line}\n`);
    else process.stderr.write(`rasd: ${line}\n`);
  };
  let inputsDone = 0;
  const update = (counts: IngestCounts): void => {
    const seconds = (performance.now() - started) / 1000;
    bar?.update(inputsDone, { articles: counts.read, rate: Math.round(counts.read / Math.max(seconds, 0.001)), events: counts.events, failed: counts.failed });
  };
  let boss: PgBoss | null = null;
  let extraction: Extractor | null = null;
  try {
    const results = readInputs(plan, {
      published: options.published ?? null,
      onProgress: (p) => {
        inputsDone = p.inputsDone;
      },
    });
    const hooks: IngestHooks = {
      onError: log,
      onArticle: update,
      onCommit: (stored, counts) => {
        update(counts);
        if (options.commitLog) process.stdout.write(JSON.stringify({ committed: stored, counts }) + '\n');
      },
    };
    if (options.queue) {
      boss = await openQueue(options.db, 'producer', (error) => log(`queue: ${error.message}`));
      return await enqueue(store, boss, results, hooks);
    }
    extraction = await openExtractor(options.jobs ?? 0, BATCH_SIZE);
    return await ingest(store, results, extraction.extract, hooks);
  } finally {
    bars?.stop();
    await extraction?.close();
    await boss?.stop({ graceful: false });
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract events from articles and store them (again: nothing is stored twice)')
    .argument('<inputs...>', 'files, folders or - for stdin (as rasd extract reads them)')
    .option('--db <file|url>', 'the SQLite file (created when missing) or a postgres:// URL', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parseDate)
    .option('-j, --jobs <n>', 'threads extracting while the main one writes, for a machine with cores to spare (default 0: extraction in the main thread)', countParser(0))
    .option('-q, --quiet', 'no progress bar and no summary line')
    .option('--commit-log', 'after each committed batch, print {"committed": [ids], "counts": {...}} as a line on stdout')
    .option('--queue', 'put the articles on the job queue for rasd worker instead of extracting them here (PostgreSQL --db only)')
    .addHelpText('after', '\nExit status: 0 all stored, 1 some inputs failed (the others are stored), 2 usage error.\n')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE))
    .action(async (inputs: string[], options: IngestOptions) => {
      if (options.queue && !isPostgresUrl(options.db)) {
        process.stderr.write('rasd: --queue needs a PostgreSQL --db (postgres://...): the job queue lives in the database\n');
        process.exitCode = EXIT_USAGE;
        return;
      }
      const counts = await runIngest(inputs, { ...options, db: resolveLocation(options.db) });
      if (!options.quiet) process.stderr.write(`rasd: ${summary(counts, options.queue)} into ${displayLocation(options.db)}\n`);
      process.exitCode = counts.failed > 0 ? EXIT_INPUTS_FAILED : EXIT_OK;
    });
}
