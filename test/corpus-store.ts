/**
 * The seeds and the dev corpus, read from the shared folder at run time (never copied into the
 * project), ingested into a real SQLite file for the store and API tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR } from '../src/contract/paths.ts';
import type { SourceArticle } from '../src/contract/index.ts';
import { loadArticleDir } from '../src/eval/articles.ts';
import { extractArticle } from '../src/extract/index.ts';
import { inThisThread } from '../src/extract/batch.ts';
import { ingest } from '../src/cli/commands/ingest.ts';
import type { IngestCounts } from '../src/cli/commands/ingest.ts';
import type { InputResult } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
export const DEV_DIR = join(SHARED_DIR, 'corpus', 'dev');
/** The publication date of seed 000, which its file does not carry (see the spec). */
export const SEED_000_PUBLISHED = '2015-11-02';

/** A `describe` skip reason when the shared corpus is missing, else false. */
export const corpusSkip: string | false =
  existsSync(SEEDS_DIR) && existsSync(DEV_DIR) ? false : `shared corpus not found at ${SHARED_DIR} (set RASD_SHARED): corpus tests skipped`;

/** The two seeds (000 with its publication date) and the 30 dev articles with their index metadata. */
export function corpusArticles(): SourceArticle[] {
  const seeds = loadArticleDir(SEEDS_DIR).articles.map((a) => (a.id.startsWith('000_') ? { ...a, published: SEED_000_PUBLISHED } : a));
  return [...seeds, ...loadArticleDir(DEV_DIR).articles];
}

export async function* asInputs(articles: readonly SourceArticle[]): AsyncGenerator<InputResult> {
  for (const article of articles) yield { ok: true, article };
}

export interface CorpusStore {
  store: SqliteStore;
  file: string;
  counts: IngestCounts;
  dispose(): Promise<void>;
}

/** A fresh SQLite file in a temp folder holding the corpus, ingested as `rasd ingest` does. */
export async function corpusStore(articles: readonly SourceArticle[] = corpusArticles()): Promise<CorpusStore> {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-corpus-'));
  const file = join(dir, 'rasd.sqlite');
  const store = openSqliteStore(file);
  const counts = await ingest(store, asInputs(articles), inThisThread((a) => extractArticle(a)));
  return {
    store,
    file,
    counts,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
