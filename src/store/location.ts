/** Where a store lives: a `postgres://` URL or a SQLite file path, and how to name it to a person. */
import { resolve } from 'node:path';

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
 * The database at a location could not be opened (unreachable server, refused login, no such
 * database, unreadable file). The message names the location, password hidden, and the cause.
 */
export class StoreOpenError extends Error {
  constructor(location: string, cause: unknown, what = 'the database') {
    super(`cannot open ${what} ${displayLocation(location)}: ${causeText(cause)}`, { cause });
    this.name = 'StoreOpenError';
  }
}

/** A connection error's own words; connecting to a name with several addresses fails with an empty AggregateError. */
function causeText(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  if (cause.message) return cause.message;
  if (cause instanceof AggregateError && cause.errors.length > 0) return causeText(cause.errors[0]);
  return typeof code === 'string' ? code : cause.name;
}
