/**
 * INSERTs of many rows. Narrow rows go in all at once: bound as one JSON array of arrays and
 * unpacked by `jsonb_each`, one statement per table whatever the batch size (SQLite parses JSON in
 * C far faster than a statement per row binds). Rows carrying long text (articles, search
 * documents, event JSON) go in one statement run each: binding a string copies it, while JSON
 * would escape it and parse it again. So do wide rows (more than four columns): `->>` finds
 * column i by stepping over the i before it, so unpacking a wide row costs more than binding it.
 */
import type { Statement } from 'better-sqlite3';

/** The columns of a table, named like the fields of the row objects written to it. */
export type Columns<R> = ReadonlyArray<keyof R & string>;

export interface Insert<R> {
  sql: string;
  columns: Columns<R>;
  /** 'json': the whole batch as one JSON parameter; 'row': one run per row. */
  bind: 'json' | 'row';
}

function columnList(columns: readonly string[]): string {
  return columns.map((c) => `"${c}"`).join(', ');
}

/** All rows in one statement; `suffix` follows the SELECT (ON CONFLICT ...). */
export function jsonInsert<R>(table: string, columns: Columns<R>, suffix = ''): Insert<R> {
  // jsonb_each hands each row to `->>` in binary form; json_each would render it back to JSON text
  // for every `->>` to parse again.
  const values = columns.map((_, i) => `value->>${i}`).join(', ');
  // "WHERE true" lets an ON CONFLICT clause follow a SELECT without being read as a join.
  return { sql: `INSERT INTO ${table} (${columnList(columns)}) SELECT ${values} FROM jsonb_each(?) WHERE true ${suffix}`, columns, bind: 'json' };
}

/** One run per row, for rows that carry long text or many columns. */
export function rowInsert<R>(table: string, columns: Columns<R>): Insert<R> {
  return { sql: `INSERT INTO ${table} (${columnList(columns)}) VALUES (${columns.map(() => '?').join(', ')})`, columns, bind: 'row' };
}

/** Runs `insert` for `rows` on its prepared statement. */
export function insertRows<R>(statement: Statement, insert: Insert<R>, rows: readonly R[]): void {
  if (rows.length === 0) return;
  if (insert.bind === 'json') {
    statement.run(JSON.stringify(rows.map((r) => insert.columns.map((c) => r[c]))));
    return;
  }
  for (const r of rows) statement.run(insert.columns.map((c) => r[c]));
}
