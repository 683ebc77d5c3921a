/** The event store: one interface (types.ts), engines behind it. */
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import { isPostgresUrl, StoreOpenError } from './location.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { parseArticleFilter, parseEventFilter, parsePage, QUERY_PARAMS, PAGE_PARAMS, MAX_LIMIT, DEFAULT_LIMIT } from './filter.ts';
export { encodeCursor, decodeCursor } from './cursor.ts';
export { displayLocation, isPostgresUrl, resolveLocation, StoreOpenError } from './location.ts';

/**
 * Opens the store at `location`: a PostgreSQL database given by URL, or a SQLite file path
 * (created when missing). Either way the schema is brought up to date first. Throws a
 * `StoreOpenError` when the database cannot be reached or opened.
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres/postgres-store.ts');
    try {
      return await openPostgresStore(location);
    } catch (error) {
      throw new StoreOpenError(location, error);
    }
  }
  try {
    return openSqliteStore(location);
  } catch (error) {
    throw new StoreOpenError(location, error);
  }
}
