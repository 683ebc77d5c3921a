/**
 * Extraction for a run of `rasd extract` or `rasd ingest`: in the main thread, or with `jobs` worker threads
 * (pool.ts). The pool starts with the first full batch: a run of fewer articles than that is extracted in the
 * main thread, without the workers' start-up (each loads the lexicons).
 */
import { inThisThread } from './batch.ts';
import type { ExtractBatch } from './batch.ts';
import { ExtractPool } from './pool.ts';

/** Extraction for a run, and what to stop at its end. */
export interface Extractor {
  extract: ExtractBatch;
  close(): Promise<void>;
}

export async function openExtractor(jobs: number, fullBatch: number): Promise<Extractor> {
  // Loaded here, not at the top, so the CLI starts without loading the lexicons.
  const { extractArticle } = await import('./index.ts');
  const here = inThisThread((a) => extractArticle(a));
  if (jobs === 0) return { extract: here, close: async () => {} };
  let pool: ExtractPool | null = null;
  return {
    extract: (articles) => {
      if (pool === null && articles.length >= fullBatch) pool = new ExtractPool(jobs);
      return pool === null ? here(articles) : pool.extract(articles);
    },
    close: async () => pool?.close(),
  };
}
