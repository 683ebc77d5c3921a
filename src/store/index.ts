/** The event store: one interface (types.ts), engines behind it. */
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { parseArticleFilter, parseEventFilter, parsePage, QUERY_PARAMS, PAGE_PARAMS, MAX_LIMIT, DEFAULT_LIMIT } from './filter.ts';
export { encodeCursor, decodeCursor } from './cursor.ts';

/** Opens the store at `location`: today a SQLite file path (created when missing). */
export function openStore(location: string): Store {
  return openSqliteStore(location);
}
