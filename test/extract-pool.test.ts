/**
 * Extraction on worker threads: the same events as in this thread, in the batch's order; a closed pool
 * refuses work by saying so; `ingest` through a pool stores what it stores without one; and a batch the
 * store refuses stops `ingest` after the batches before it were committed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../src/cli/commands/ingest.ts';
import type { ArticleEvents, SourceArticle } from '../src/contract/index.ts';
import { extractEach, inThisThread } from '../src/extract/batch.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ExtractPool } from '../src/extract/pool.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { PutResult, Store } from '../src/store/types.ts';
import { asInputs, corpusArticles, corpusSkip } from './corpus-store.ts';

describe('ExtractPool', { skip: corpusSkip }, () => {
  let pool: ExtractPool;
  let articles: SourceArticle[];
  let dir: string;

  before(() => {
    pool = new ExtractPool(2);
    articles = corpusArticles();
    dir = mkdtempSync(join(tmpdir(), 'rasd-pool-'));
  });
  after(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('extracts every article as this thread does, in the order given', async () => {
    const pooled = await pool.extract(articles);
    const here = extractEach(articles, (a) => extractArticle(a));
    assert.equal(pooled.length, articles.length);
    assert.deepEqual(pooled, here);
    assert.ok(pooled.every((r) => r.ok));
    const seed = pooled.find((r) => r.ok && r.value.article.id.startsWith('000_'));
    assert.ok(seed?.ok && seed.value.events.length >= 10, 'the first seed yields its events from a worker');
  });

  it('stores through ingest, batches overlapping, what ingest stores in this thread', async () => {
    const stores = { pooled: openSqliteStore(join(dir, 'pooled.sqlite')), here: openSqliteStore(join(dir, 'here.sqlite')) };
    const pooled = await ingest(stores.pooled, asInputs(articles), (batch) => pool.extract(batch), {}, 5);
    const here = await ingest(stores.here, asInputs(articles), inThisThread((a) => extractArticle(a)), {}, 5);
    assert.deepEqual(pooled, here);
    assert.equal(pooled.created, articles.length);
    const ids = async (store: Store): Promise<string[]> => (await store.listEvents({}, { limit: 500 })).events.map((e) => e.id).sort();
    assert.deepEqual(await ids(stores.pooled), await ids(stores.here));
    await stores.pooled.close();
    await stores.here.close();
  });

  it('refuses work once closed, saying why', async () => {
    const closed = new ExtractPool(1);
    await closed.close();
    await assert.rejects(closed.extract(articles.slice(0, 1)), /extraction pool was closed/);
  });
});

describe('ingest with a store that fails', () => {
  const article = (id: string): SourceArticle => ({ id, title: null, text: `نص ${id}`, published: null, url: null, outlet: null, source: `${id}.txt` });
  const extract = inThisThread((a: SourceArticle) => ({ article: { ...a, language: 'ar' }, events: [] }) as unknown as ArticleEvents);

  it('stops at the refused batch, the batches before it committed', async () => {
    const committed: string[][] = [];
    const refused = new Error('disk full');
    let batches = 0;
    const store = {
      findDuplicates: async (keys: readonly unknown[]) => keys.map(() => null),
      putArticles: async (items: readonly ArticleEvents[]): Promise<PutResult[]> => {
        if (++batches === 2) throw refused;
        return items.map((i) => ({ article_id: i.article.id, status: 'created', events: 0 }));
      },
    } as unknown as Store;
    const inputs = asInputs(['a', 'b', 'c', 'd', 'e', 'f'].map(article));
    await assert.rejects(ingest(store, inputs, extract, { onCommit: (stored) => committed.push(stored) }, 2), refused);
    assert.deepEqual(committed, [['a', 'b']]);
  });
});
