import type { ArticleEvents } from '../contract/index.ts';

/** One article and its events as one line of the contract (data/contract/rasd-output.schema.json). */
export function jsonlLine(result: ArticleEvents): string {
  return JSON.stringify({ article: result.article, events: result.events }) + '\n';
}
