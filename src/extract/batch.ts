/**
 * Extraction of a batch of articles, as the batch writers (`rasd ingest`, `rasd worker`) take it: one
 * result per article, in order, an article that fails to extract failing alone.
 */
import type { ArticleEvents, SourceArticle } from '../contract/index.ts';

/** An article's events, or why they could not be extracted. */
export type Extracted = { ok: true; value: ArticleEvents } | { ok: false; error: string };

/** Extracts a batch: one result per article, in the batch's order. */
export type ExtractBatch = (articles: readonly SourceArticle[]) => Promise<Extracted[]>;

/** Each article through `extract` in this thread. */
export function extractEach(articles: readonly SourceArticle[], extract: (article: SourceArticle) => ArticleEvents): Extracted[] {
  return articles.map((article) => {
    try {
      return { ok: true, value: extract(article) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  });
}

/** `extract` as an `ExtractBatch` that works in this thread. */
export function inThisThread(extract: (article: SourceArticle) => ArticleEvents): ExtractBatch {
  return async (articles) => extractEach(articles, extract);
}
