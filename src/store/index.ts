/** The event store: one interface (types.ts), engines behind it. */
import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { parseArticleFilter, parseEventFilter, parsePage, QUERY_PARAMS, PAGE_PARAMS, MAX_LIMIT, DEFAULT_LIMIT } from './filter.ts';
export { encodeCursor, decodeCursor } from './cursor.ts';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** True for a `postgres://` or `postgresql://` URL; anything else is a SQLite file path. */
export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** A store location as given on the command line: a URL as it is, a file path made absolute. */
export function resolveLocation(location: string): string {
  return isPostgresUrl(location) ? location : resolve(location);
}

/** The location for messages and logs: a URL without its password. */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/**
 * Opens the store at `location`: a PostgreSQL database given by URL, or a SQLite file path
 * (created when missing). Either way the schema is brought up to date first.
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres/postgres-store.ts');
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
