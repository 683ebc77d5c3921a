/**
 * The connection pool to a PostgreSQL database, with its schema brought up to date on open.
 * Several processes may open the same database at once (workers on many machines): the
 * migrations run under an advisory lock, so exactly one of them applies each.
 */
import pg from 'pg';
import type { Client, Pool, PoolClient } from 'pg';

/** Anything SQL can be sent through: the pool, one of its connections, or a lone client. */
export type Queryable = Pool | PoolClient | Client;
import { pendingMigrations } from '../migrations.ts';
import type { Migration } from '../migrations.ts';
import { MIGRATIONS } from './schema.ts';

/** Connections per process: a few parallel reads for the API, one writer for ingest. */
const POOL_SIZE = 8;
/** A server that does not answer (a host that drops packets) is given up on after this, not waited for forever. */
const CONNECT_TIMEOUT_MS = 10_000;
/** The advisory lock key that serialises migrations (any constant other programs do not use). */
const MIGRATION_LOCK = 0x72617364; // "rasd"

export async function openPool(url: string, migrations: readonly Migration[] = MIGRATIONS): Promise<Pool> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, application_name: 'rasd', connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection dropped while idle is reported here; the next query opens a new one.
  pool.on('error', () => undefined);
  try {
    await inTransaction(pool, (client) => migrate(client, migrations));
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

export async function schemaVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM schema_version');
  return rows[0]!.v;
}

/** Runs `body` in a transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, body: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error as Error);
    throw error;
  }
}

async function migrate(client: PoolClient, migrations: readonly Migration[]): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamptz NOT NULL
  )`);
  for (const m of pendingMigrations(migrations, await schemaVersion(client))) {
    await client.query(m.sql);
    await client.query('INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, now())', [m.version, m.description]);
  }
}
