/**
 * Opens (or creates) the SQLite file: write-ahead log so readers never block the writer and a
 * killed process leaves every committed transaction intact; NORMAL sync (safe in WAL mode against
 * process crashes, loses at most the last commits on power loss); the log copied back into the
 * file every few batches rather than after each (see CHECKPOINT_PAGES); foreign keys on; then the
 * pending migrations.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { pendingMigrations } from '../migrations.ts';
import { MIGRATIONS } from './schema.ts';
import type { SqliteMigration } from './schema.ts';

export { SchemaTooNewError } from '../migrations.ts';

/** Page cache per connection (KiB): the hot index pages of a million events stay in memory. */
const CACHE_KIB = 256 * 1024;
/**
 * Log pages after which a commit copies the log back into the file (SQLite's default is 1000). One
 * `rasd ingest` batch writes 1000 to 2500 pages, so the default checkpointed after every batch:
 * two fsyncs each time, and the index pages every batch touches copied again. 10000 pages (40 MB
 * of log) checkpoint every four to eight batches.
 */
const CHECKPOINT_PAGES = 10_000;

export function openDatabase(file: string, migrations: readonly SqliteMigration[] = MIGRATIONS): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_version').get() as { v: number };
  return row.v;
}

function migrate(db: Db, migrations: readonly SqliteMigration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const record = db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)');
  for (const m of pendingMigrations(migrations, schemaVersion(db))) {
    db.transaction(() => {
      db.exec(m.sql);
      m.finish?.(db);
      record.run(m.version, m.description, new Date().toISOString());
    }).immediate();
  }
}
