/**
 * Versioned schema migrations, the same scheme for every engine: each engine lists its schema as
 * ordered migrations and records the ones applied in a `schema_version` table. Never edit a
 * released migration: add one.
 */

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database has schema version ${found}, newer than this rasd knows (${known}); update rasd`);
    this.name = 'SchemaTooNewError';
  }
}

/** The migrations still to apply to a database at version `current`, in order. */
export function pendingMigrations<M extends Migration>(migrations: readonly M[], current: number): M[] {
  const known = migrations.at(-1)?.version ?? 0;
  if (current > known) throw new SchemaTooNewError(current, known);
  return migrations.filter((m) => m.version > current);
}
