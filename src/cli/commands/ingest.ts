/**
 * `rasd ingest`: reads articles, extracts their events and stores them in the SQLite file.
 * Articles are stored in batches, one transaction each, so a crash loses at most the batch in
 * flight and never leaves a half-written article. An article already stored (same content or URL)
 * is skipped before extraction. A bad input is reported by name and the rest goes on.
 */
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import type { ArticleEvents, SourceArticle } from '../../contract/index.ts';
import { formatInputError, planInputs, readInputs } from '../../ingest/index.ts';
import type { InputResult } from '../../ingest/index.ts';
import { isIsoDate } from '../../store/days.ts';
import { openStore } from '../../store/index.ts';
import type { Store } from '../../store/types.ts';

/** Articles per transaction: large enough that commits cost little, small enough that a crash loses little. */
export const BATCH_SIZE = 200;
export const DEFAULT_DB = 'rasd.sqlite';

const EXIT_OK = 0;
const EXIT_INPUTS_FAILED = 1;
const EXIT_USAGE = 2;

export type Extract = (article: SourceArticle) => ArticleEvents;

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
}

export interface IngestHooks {
  /** A bad input or article, as a line for a person. */
  onError?: (line: string) => void;
  /** After each committed batch: the ids it stored (created or replaced). */
  onCommit?: (stored: string[], counts: IngestCounts) => void;
  /** After each article read. */
  onArticle?: (counts: IngestCounts) => void;
}

export function zeroCounts(): IngestCounts {
  return { read: 0, created: 0, replaced: 0, duplicates: 0, events: 0, failed: 0 };
}

/** Extracts and stores every article of `results` in batches of `batchSize`. */
export async function ingest(
  store: Store,
  results: AsyncIterable<InputResult>,
  extract: Extract,
  hooks: IngestHooks = {},
  batchSize: number = BATCH_SIZE,
): Promise<IngestCounts> {
  const counts = zeroCounts();
  let batch: SourceArticle[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const articles = batch;
    batch = [];
    const existing = await store.findDuplicates(articles.map((a) => ({ text: a.text, url: a.url })));
    const extracted: ArticleEvents[] = [];
    articles.forEach((article, i) => {
      if (existing[i]) {
        counts.duplicates++;
        return;
      }
      try {
        extracted.push(extract(article));
      } catch (error) {
        counts.failed++;
        hooks.onError?.(`${article.source}: extraction failed: ${(error as Error).message}`);
      }
    });
    const stored: string[] = [];
    const results = await store.putArticles(extracted);
    results.forEach((r, i) => {
      if (r.status === 'duplicate') counts.duplicates++;
      else if (r.status === 'failed') {
        counts.failed++;
        hooks.onError?.(`${extracted[i]!.article.id}: not stored: ${r.error ?? 'unknown error'}`);
      } else {
        counts[r.status]++;
        counts.events += r.events;
        stored.push(r.article_id);
      }
    });
    hooks.onCommit?.(stored, counts);
  };

  for await (const result of results) {
    if (!result.ok) {
      counts.failed++;
      hooks.onError?.(formatInputError(result.error));
      continue;
    }
    counts.read++;
    batch.push(result.article);
    hooks.onArticle?.(counts);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return counts;
}

interface IngestOptions {
  db: string;
  published?: string;
  quiet?: boolean;
  commitLog?: boolean;
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

export function summary(counts: IngestCounts): string {
  const parts = [`${counts.created + counts.replaced} articles stored`, `${counts.events} events`];
  if (counts.replaced > 0) parts.push(`${counts.replaced} replaced`);
  if (counts.duplicates > 0) parts.push(`${counts.duplicates} already stored`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  return parts.join(', ');
}

/** Ingests `inputs` into the store at `db`; progress on stderr when it is a terminal. Returns the counts. */
export async function runIngest(inputs: readonly string[], options: IngestOptions): Promise<IngestCounts> {
  const plan = await planInputs(inputs);
  const store = openStore(options.db);
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
  // Loaded here, not at the top, so the rest of the CLI starts without loading the lexicons.
  const { extractArticle } = await import('../../extract/index.ts');
  try {
    const results = readInputs(plan, {
      published: options.published ?? null,
      onProgress: (p) => {
        inputsDone = p.inputsDone;
      },
    });
    return await ingest(store, results, (a) => extractArticle(a), {
      onError: log,
      onArticle: update,
      onCommit: (stored, counts) => {
        update(counts);
        if (options.commitLog) process.stdout.write(JSON.stringify({ committed: stored, counts }) + '\n');
      },
    });
  } finally {
    bars?.stop();
    await store.close();
  }
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract events from articles and store them in a SQLite file (again: nothing is stored twice)')
    .argument('<inputs...>', 'files, folders or - for stdin (as rasd extract reads them)')
    .option('--db <file>', 'the SQLite file (created when missing)', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parseDate)
    .option('-q, --quiet', 'no progress bar and no summary line')
    .option('--commit-log', 'after each committed batch, print {"committed": [ids], "counts": {...}} as a line on stdout')
    .addHelpText('after', '\nExit status: 0 all stored, 1 some inputs failed (the others are stored), 2 usage error.\n')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE))
    .action(async (inputs: string[], options: IngestOptions) => {
      const counts = await runIngest(inputs, { ...options, db: resolve(options.db) });
      if (!options.quiet) process.stderr.write(`rasd: ${summary(counts)} into ${options.db}\n`);
      process.exitCode = counts.failed > 0 ? EXIT_INPUTS_FAILED : EXIT_OK;
    });
}
