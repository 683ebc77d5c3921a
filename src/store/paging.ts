/**
 * Pages and exports, the same for every engine: a page is read one row longer than asked (so the
 * store knows whether there is a next page without counting), its total is counted up to a cap,
 * and an export of events is regrouped into contract lines, article by article.
 */
import type { ArticleEvents, RasdEvent, StoredEvent } from '../contract/index.ts';
import { encodeCursor } from './cursor.ts';
import type { Page, SortOrder } from './types.ts';

/** `total` is exact up to this many matches; past it the count stops (`total_exact: false`). */
export const TOTAL_CAP = 1000;

/** A matching row by its sort key (a day number) and its sequence number: what a cursor holds. */
export interface Position {
  day: number;
  seq: number;
}

export interface PageCut {
  /** The rows to show. */
  shown: Position[];
  next_cursor: string | null;
  /** Whether `shown` is the whole result, so its length is the exact total and nothing needs counting. */
  complete: boolean;
}

/** Cuts `rows` (read with limit + 1, starting after `after`) into the page to show and the cursor of the next one. */
export function cutPage(rows: readonly Position[], limit: number, sort: SortOrder, after: Position | null): PageCut {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : [...rows];
  const last = shown.at(-1);
  return {
    shown,
    next_cursor: more && last ? encodeCursor({ sort, day: last.day, seq: last.seq }) : null,
    complete: !after && !more,
  };
}

/** The page's total from a count taken with limit TOTAL_CAP + 1. */
export function cappedTotal(count: number): Pick<Page, 'total' | 'total_exact'> {
  return count > TOTAL_CAP ? { total: TOTAL_CAP, total_exact: false } : { total: count, total_exact: true };
}

/**
 * Regroups events that arrive article by article (in storage order) into one contract line per
 * article; `article` loads an article's fields once per line.
 */
export async function* articleLines(
  events: AsyncIterable<StoredEvent>,
  article: (id: string) => Promise<ArticleEvents['article']>,
): AsyncGenerator<ArticleEvents> {
  let current: { articleId: string; events: RasdEvent[] } | null = null;
  for await (const stored of events) {
    const { article: ref, evidence_text: _, ...event } = stored;
    if (current && current.articleId !== ref.id) {
      yield { article: await article(current.articleId), events: current.events };
      current = null;
    }
    current ??= { articleId: ref.id, events: [] };
    current.events.push(event);
  }
  if (current) yield { article: await article(current.articleId), events: current.events };
}
