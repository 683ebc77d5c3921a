import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { ArticleEvents } from '../../contract/index.ts';
import { FIXTURES, STRIKES, dailyArticles, day, makeArticle, place } from '../contract-fixtures.ts';
import type { EventFilter } from '../types.ts';
import { runStoreContract } from '../store-contract.ts';
import { openDatabase, schemaVersion, SchemaTooNewError } from './database.ts';
import { MIGRATIONS } from './schema.ts';
import { SqliteStore, openSqliteStore } from './sqlite-store.ts';

function tempFile(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
  return { file: join(dir, 'rasd.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

runStoreContract('SQLite', async () => {
  const { file, remove } = tempFile();
  const store = openSqliteStore(file);
  return {
    store,
    dispose: async () => {
      await store.close();
      remove();
    },
  };
});

describe('SQLite file', () => {
  it('is in WAL mode with foreign keys, at the latest schema version, and reopens with its data', async () => {
    const { file, remove } = tempFile();
    try {
      const store = openSqliteStore(file);
      assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(store.db.pragma('synchronous', { simple: true }), 1);
      assert.equal(schemaVersion(store.db), MIGRATIONS.at(-1)!.version);
      await store.putArticles(FIXTURES);
      await store.close();
      const again = openSqliteStore(file);
      assert.deepEqual((await again.meta()).counts, { articles: 3, events: 5 });
      assert.equal((await again.getEvent(STRIKES.events[0]!.id))?.event.id, STRIKES.events[0]!.id);
      assert.equal(again.db.pragma('integrity_check', { simple: true }), 'ok');
      await again.close();
    } finally {
      remove();
    }
  });

  it('applies only the migrations not yet applied, and refuses a newer schema', () => {
    const { file, remove } = tempFile();
    try {
      const extra = [...MIGRATIONS, { version: 99, description: 'test column', sql: 'ALTER TABLE articles ADD COLUMN note TEXT' }];
      openDatabase(file).close();
      const db = openDatabase(file, extra);
      assert.equal(schemaVersion(db), 99);
      db.close();
      const raw = new Database(file);
      assert.deepEqual((raw.prepare('SELECT version FROM schema_version ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version), [...MIGRATIONS.map((m) => m.version), 99]);
      raw.close();
      assert.throws(() => openDatabase(file), SchemaTooNewError);
    } finally {
      remove();
    }
  });
});

describe('SQLite full-text index of schema version 1', () => {
  // A place named in Latin letters with diacritics, which version 1's tokenizer folded itself.
  const CAFE = place('test:cafe', 'Café Éclair', 'مقهى', 'Idlib', 35.9, 36.7);
  const LATIN = makeArticle(
    { id: 'fx-latin', title: 'قصف قرب المقهى', outlet: 'Levant Daily', url: null, published: '2019-02-01', text: 'قصفت طائرات حربية محيط المقهى.' },
    [{ n: 1, type: 'air_strike', locations: [CAFE], date: day('2019-02-01'), sentences: ['قصفت طائرات حربية محيط المقهى.'] }],
  );
  const queries = ['الإسلامية', 'الاسلامية', 'لداعش', 'تدمر', 'palmyra', 'cafe', 'Café', 'ECLAIR', 'ecl*', '"غارات على"', 'مستشفى'];

  async function answers(store: SqliteStore): Promise<string[][]> {
    return Promise.all(queries.map(async (q) => (await store.listEvents({ q }, { limit: 50 })).events.map((e) => e.id).sort()));
  }

  function terms(store: SqliteStore): unknown[] {
    store.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, article_fts, instance)');
    return store.db.prepare('SELECT term, doc, offset FROM temp.fts_terms ORDER BY doc, offset').all();
  }

  it('is rebuilt by the migration to version 2 with the same terms and the same answers', async () => {
    const { file, remove } = tempFile();
    try {
      const old = new SqliteStore(openDatabase(file, MIGRATIONS.filter((m) => m.version === 1)));
      await old.putArticles([...FIXTURES, LATIN]);
      const before = { answers: await answers(old), terms: terms(old) };
      assert.deepEqual(before.answers[0], ['fx-clashes:e1', 'fx-clashes:e2', 'fx-strikes:e1', 'fx-strikes:e2']);
      assert.deepEqual(before.answers[5], ['fx-latin:e1']);
      await old.close();

      const store = openSqliteStore(file);
      assert.equal(schemaVersion(store.db), 2);
      assert.match(store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").pluck().get() as string, /tokenize='ascii'/);
      assert.deepEqual(terms(store), before.terms);
      assert.deepEqual(await answers(store), before.answers);
      await store.close();
    } finally {
      remove();
    }
  });
});

describe('SQLite bulk load', () => {
  it('builds a store that answers exactly like one filled article by article', async () => {
    const a = tempFile();
    const b = tempFile();
    try {
      const items = [...FIXTURES, ...dailyArticles(300)];
      const normal = openSqliteStore(a.file);
      await normal.putArticles(items);
      const bulk = openSqliteStore(b.file);
      async function* batches(): AsyncGenerator<ArticleEvents[]> {
        for (let i = 0; i < items.length; i += 50) yield items.slice(i, i + 50);
      }
      const results = await bulk.bulkLoad(batches());
      assert.equal(results.filter((r) => r.status === 'created').length, items.length);
      const filters: EventFilter[] = [{}, { types: ['shelling'], from: '2019-03-01' }, { actor: 'RUS.MIL' }, { bbox: [36, 33, 37.5, 37] }, { q: 'حلب' }, { admin1: 'aleppo', to: '2019-01-10' }];
      for (const filter of filters) {
        const [x, y] = await Promise.all([normal.listEvents(filter, { limit: 500 }), bulk.listEvents(filter, { limit: 500 })]);
        assert.deepEqual(y.events.map((e) => e.id), x.events.map((e) => e.id), JSON.stringify(filter));
      }
      assert.deepEqual(await bulk.countAdmin1({}), await normal.countAdmin1({}));
      const indexes = (db: SqliteStore): string[] => (db.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
      assert.deepEqual(indexes(bulk), indexes(normal));
      assert.equal(bulk.db.pragma('integrity_check', { simple: true }), 'ok');
      // The rebuilt indexes are in the file, not left in the write-ahead log for every reader to look up.
      assert.equal(statSync(`${b.file}-wal`).size, 0);
      await normal.close();
      await bulk.close();
    } finally {
      a.remove();
      b.remove();
    }
  });
});

describe('SQLite totals', () => {
  it('counts a dense bounding box through its smallest driver: the same total as counting every match', async () => {
    const { file, remove } = tempFile();
    try {
      const store = openSqliteStore(file);
      // More events in the box than a driver is read whole for: the page goes in date order, the total through the R-tree.
      await store.putArticles(dailyArticles(4200));
      const box: EventFilter = { bbox: [36, 35, 38, 37] };
      let all = 0;
      for await (const _ of store.streamEvents(box)) all++;
      assert.equal(all, 4200);
      const page = await store.listEvents(box, { limit: 10 });
      assert.equal(page.events.length, 10);
      assert.deepEqual([page.total, page.total_exact], [1000, false]);
      const few = await store.listEvents({ ...box, to: '2019-01-20' }, { limit: 10 });
      assert.deepEqual([few.total, few.total_exact], [20, true]);
      await store.close();
    } finally {
      remove();
    }
  });
});
