/**
 * The store bench on PostgreSQL, when `RASD_BENCH_PG` gives a server (a postgres:// URL whose role
 * may create databases): the ingest rate through `rasd ingest`'s path, then query latency on a
 * synthetic store made as for SQLite (fewer events by default: PostgreSQL takes articles one
 * statement round trip at a time). The bench works in a database of its own, dropped at the end.
 */
import pg from 'pg';
import { ingest } from '../src/cli/commands/ingest.ts';
import type { ArticleEvents, SourceArticle } from '../src/contract/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { inThisThread } from '../src/extract/batch.ts';
import { displayLocation } from '../src/store/location.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { EventFilter } from '../src/store/types.ts';
import { copies, inputs, median, syntheticBatches, timeQueries } from './store.ts';
import type { QueryTimes } from './store.ts';

/** Events in PostgreSQL's synthetic store. */
const PG_SYNTHETIC_EVENTS = Number(process.env['RASD_BENCH_PG_EVENTS'] ?? 100_000);
const BUILD_BATCH = 200;

export interface PostgresFigures {
  ingestArticlesPerS: number;
  syntheticEvents: number;
  filtered: QueryTimes;
  text: QueryTimes;
}

/** Runs `body` on a new database of the server at `url`, dropped afterwards. */
async function withScratchDatabase<T>(url: string, body: (dbUrl: string) => Promise<T>): Promise<T> {
  const name = `rasd_bench_${process.pid}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  try {
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    return await body(dbUrl.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export async function benchPostgres(
  url: string,
  articles: readonly SourceArticle[],
  templates: readonly ArticleEvents[],
  queries: { filtered: readonly EventFilter[]; text: readonly EventFilter[] },
  ingestArticles: number,
): Promise<PostgresFigures> {
  return withScratchDatabase(url, async (dbUrl) => {
    const rates: number[] = [];
    for (let run = 0; run < 3; run++) {
      const store = await openPostgresStore(dbUrl);
      try {
        const start = performance.now();
        const counts = await ingest(store, inputs(copies(articles, ingestArticles, `p${run}`)), inThisThread((a) => extractArticle(a)));
        rates.push(counts.created / ((performance.now() - start) / 1000));
      } finally {
        await store.close();
      }
    }
    const store = await openPostgresStore(dbUrl);
    try {
      await store.pool.query('TRUNCATE articles CASCADE');
      let events = 0;
      for (const batch of syntheticBatches(templates, PG_SYNTHETIC_EVENTS, BUILD_BATCH)) {
        await store.putArticles(batch);
        for (const item of batch) events += item.events.length;
      }
      await store.pool.query('ANALYZE');
      return {
        ingestArticlesPerS: median(rates),
        syntheticEvents: events,
        filtered: await timeQueries(store, queries.filtered),
        text: await timeQueries(store, queries.text),
      };
    } finally {
      await store.close();
    }
  }).catch((error: unknown) => {
    throw new Error(`PostgreSQL bench on ${displayLocation(url)} failed: ${(error as Error).message}`, { cause: error });
  });
}
