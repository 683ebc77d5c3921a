/**
 * The PostgreSQL store on a throwaway server: the store contract, the same answers as SQLite on
 * the seeds and the dev corpus, and the job queue drained by two `rasd worker` processes.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingest } from '../src/cli/commands/ingest.ts';
import { PROJECT_ROOT } from '../src/contract/paths.ts';
import { extractArticle } from '../src/extract/index.ts';
import { inThisThread } from '../src/extract/batch.ts';
import { readInputs } from '../src/ingest/index.ts';
import { ARTICLE_QUEUE, enqueueArticles, openQueue, pendingJobs } from '../src/queue/article-queue.ts';
import { decodeCursor } from '../src/store/cursor.ts';
import { openStore } from '../src/store/index.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { runStoreContract } from '../src/store/store-contract.ts';
import type { EventFilter, SortOrder, Store } from '../src/store/types.ts';
import { DEV_DIR, asInputs, corpusArticles, corpusSkip, corpusStore } from './corpus-store.ts';
import type { CorpusStore } from './corpus-store.ts';
import { postgresSkip, startPostgres } from './postgres-server.ts';
import type { PostgresServer } from './postgres-server.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'cli', 'main.ts');
/** Longest wait for two workers to drain the queue (30 articles, each queued twice, and a job that can never succeed). */
const DRAIN_TIMEOUT_MS = 120_000;

function rasd(...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

/** Event ids of every page of a filter, in page order, following the cursors. */
async function pagedIds(store: Store, filter: EventFilter, sort: SortOrder = '-date'): Promise<string[]> {
  const ids: string[] = [];
  let cursor = null;
  do {
    const page = await store.listEvents(filter, { limit: 37, sort, cursor });
    ids.push(...page.events.map((e) => e.id));
    cursor = page.next_cursor ? decodeCursor(page.next_cursor, sort) : null;
  } while (cursor);
  return ids;
}

describe('PostgreSQL', { skip: postgresSkip }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => server?.stop());

  runStoreContract('PostgreSQL', async () => {
    const url = await server.createDatabase();
    const store = await openPostgresStore(url);
    return {
      store,
      dispose: async () => {
        await store.close();
        await server.dropDatabase(url);
      },
    };
  });

  it('opens through openStore by postgres:// and postgresql:// URL, at the latest schema version', async () => {
    const url = await server.createDatabase();
    for (const location of [url, url.replace('postgres://', 'postgresql://')]) {
      const store = await openStore(location);
      try {
        assert.ok(store instanceof Object && 'pool' in store, location);
        const { rows } = await (store as PostgresStore).pool.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
        assert.deepEqual(rows.map((r) => r.version), [1]);
      } finally {
        await store.close();
      }
    }
    await server.dropDatabase(url);
  });

  describe('on the seeds and the dev corpus, beside SQLite', { skip: corpusSkip }, () => {
    let sqlite: CorpusStore;
    let postgres: PostgresStore;
    let url: string;

    before(async () => {
      sqlite = await corpusStore();
      url = await server.createDatabase();
      postgres = await openPostgresStore(url);
      const counts = await ingest(postgres, asInputs(corpusArticles()), inThisThread((a) => extractArticle(a)));
      assert.deepEqual(counts, sqlite.counts);
    });
    after(async () => {
      await sqlite?.dispose();
      await postgres?.close();
      if (url) await server.dropDatabase(url);
    });

    it('holds the same contents', async () => {
      assert.deepEqual(await postgres.meta(), await sqlite.store.meta());
      assert.equal((await postgres.meta()).counts.articles, 32);
    });

    it('gives the same events, in the same order, for filters, full-text queries and pages', async () => {
      const filters: EventFilter[] = [
        {},
        { types: ['air_strike'] },
        { actor: 'RUS.MIL', admin1: 'Idlib' },
        { bbox: [36.0, 35.5, 37.0, 36.3] },
        { from: '2015-11-01', to: '2015-11-02' },
        { stance: 'denies' },
        { outlet: 'CNN Arabic' },
        { q: 'تدمر' },
        { q: 'تدمر', types: ['air_strike'], actor: 'RUS.MIL' },
        { q: 'الإسلامية' },
        { q: 'palmyra' },
        { q: 'داعش' },
        { q: 'الطائر*' },
        { q: '"ريف ادلب"' },
        { q: 'طائر*' },
      ];
      for (const filter of filters) {
        const want = await pagedIds(sqlite.store, filter);
        if (filter.q !== undefined || Object.keys(filter).length === 0) assert.ok(want.length > 0, `the corpus has events for ${JSON.stringify(filter)}`);
        assert.deepEqual(await pagedIds(postgres, filter), want, JSON.stringify(filter));
      }
      assert.deepEqual(await pagedIds(postgres, { q: 'تدمر' }, 'date'), await pagedIds(sqlite.store, { q: 'تدمر' }, 'date'));
    });

    it('gives the same articles, counts and map points', async () => {
      for (const filter of [{ q: 'الاسلامية' }, { q: 'روسيا', from: '2015-01-01' }, {}]) {
        const [pg, lite] = [await postgres.listArticles(filter, { limit: 100 }), await sqlite.store.listArticles(filter, { limit: 100 })];
        assert.deepEqual(pg, lite, JSON.stringify(filter));
      }
      const filter: EventFilter = { q: 'تدمر' };
      assert.deepEqual(await postgres.countTypes(filter), await sqlite.store.countTypes(filter));
      assert.deepEqual(await postgres.countActors({ admin1: 'Idlib' }), await sqlite.store.countActors({ admin1: 'Idlib' }));
      assert.deepEqual(await postgres.countPlaces({}), await sqlite.store.countPlaces({}));
      assert.deepEqual(await postgres.countDays({ types: ['air_strike'] }), await sqlite.store.countDays({ types: ['air_strike'] }));
      assert.deepEqual(await postgres.countAdmin1({}), await sqlite.store.countAdmin1({}));
      assert.deepEqual(await postgres.listPoints({}, 50), await sqlite.store.listPoints({}, 50));
    });
  });

  describe('job queue and rasd worker', { skip: corpusSkip }, () => {
    let url: string;
    const workers: ChildProcess[] = [];
    after(async () => {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      if (url) await server.dropDatabase(url);
    });

    it('two workers drain the queue, store each article once, complete a bad job with its error once, and stop on SIGTERM', { timeout: DRAIN_TIMEOUT_MS + 60_000 }, async () => {
      url = await server.createDatabase();
      const files = readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(DEV_DIR, f));
      // Queued twice before any worker runs: every article is delivered twice.
      for (let round = 0; round < 2; round++) {
        const queued = rasd('ingest', ...files, '--db', url, '--queue');
        assert.equal(queued.code, 0, queued.stderr);
        assert.match(queued.stderr, new RegExp(`${files.length} articles queued`));
      }
      const boss = await openQueue(url, 'producer', (error) => assert.fail(error));
      const [badJob] = await enqueueArticles(boss, [
        { id: 'not-arabic', title: null, text: 'This article is written in English, not in Arabic.', published: null, url: null, outlet: null, source: 'test' },
      ]);

      const stderr = ['', ''];
      for (const i of [0, 1]) {
        const w = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', '--db', url, '--concurrency', '2'], { cwd: PROJECT_ROOT });
        w.stderr!.on('data', (chunk: Buffer) => (stderr[i] += chunk.toString('utf8')));
        workers.push(w);
      }
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while ((await pendingJobs(boss)) > 0) {
        assert.ok(Date.now() < deadline, 'the queue drains');
        await sleep(500);
      }

      // A job that can never succeed is completed with its error, not retried: logged once.
      const rejected = await boss.getJobById<unknown>(ARTICLE_QUEUE, badJob!);
      assert.equal(rejected?.state, 'completed');
      assert.equal(rejected?.retryCount, 0);
      assert.match(JSON.stringify(rejected?.output), /"error":"article not-arabic \(test\): is not Arabic text/);
      assert.equal(stderr.join('').match(/article not-arabic \(test\): is not Arabic text/g)?.length, 1, stderr.join('\n'));
      await boss.stop({ graceful: false });

      // Every article stored exactly once, with the events `rasd ingest` stores for the same files.
      const reference = await corpusStore([]);
      await ingest(reference.store, readInputs(files), inThisThread((a) => extractArticle(a)));
      const store = await openPostgresStore(url);
      try {
        const want = await reference.store.meta();
        assert.equal(want.counts.articles, files.length);
        assert.deepEqual((await store.meta()).counts, want.counts);
        const { rows } = await store.pool.query<{ id: string; n: number }>('SELECT id, count(*)::int AS n FROM articles GROUP BY id');
        assert.equal(rows.length, files.length);
        assert.ok(rows.every((r) => r.n === 1));
        assert.deepEqual((await pagedIds(store, {})).sort(), (await pagedIds(reference.store, {})).sort());
      } finally {
        await store.close();
        await reference.dispose();
      }

      const exits = workers.map((w) => new Promise<number | null>((resolve) => w.once('exit', (code) => resolve(code))));
      for (const w of workers) w.kill('SIGTERM');
      assert.deepEqual(await Promise.all(exits), [0, 0], stderr.join('\n'));
      assert.ok(stderr.every((s) => /worker stopped: \d+ articles stored/.test(s)), stderr.join('\n'));
    });
  });
});
