/** Many rows in one INSERT: one array parameter per column, unnested side by side. */
import type { QueryResultRow } from 'pg';
import type { Queryable } from './database.ts';

/** Each column (named by this module's callers, never by input) with its PostgreSQL type. */
export type Columns<R> = ReadonlyArray<readonly [name: keyof R & string, type: string]>;

export function insertColumnsSql<R>(table: string, columns: Columns<R>): string {
  const names = columns.map(([name]) => (name === 'end' ? '"end"' : name)).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
}

export function columnArrays<R>(columns: Columns<R>, rows: readonly R[]): unknown[][] {
  return columns.map(([name]) => rows.map((r) => r[name]));
}

/** Inserts `rows` into `table`; `suffix` is appended to the statement (ON CONFLICT ..., RETURNING ...). */
export async function insertColumns<R, T extends QueryResultRow = never>(db: Queryable, table: string, columns: Columns<R>, rows: readonly R[], suffix = ''): Promise<T[]> {
  if (rows.length === 0) return [];
  return (await db.query<T>(`${insertColumnsSql(table, columns)} ${suffix}`, columnArrays(columns, rows))).rows;
}
