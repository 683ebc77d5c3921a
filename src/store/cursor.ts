/**
 * Page cursors: opaque to clients, base64url of the sort order, the sort key (a day number)
 * and the row's sequence number, so the next page starts right after the last row shown.
 */
import type { Cursor, SortOrder } from './types.ts';

const VERSION = 'c1';
const SHAPE = /^c1\|(-?date)\|(\d{1,8})\|(\d{1,15})$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${VERSION}|${cursor.sort}|${cursor.day}|${cursor.seq}`, 'utf8').toString('base64url');
}

/** The cursor, or null when the string is not one this store wrote for the same sort order. */
export function decodeCursor(value: string, sort: SortOrder): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) return null;
  const m = SHAPE.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!m || m[1] !== sort) return null;
  return { sort, day: Number(m[2]), seq: Number(m[3]) };
}
