import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('page cursors', () => {
  it('round-trip, opaque and URL-safe', () => {
    for (const cursor of [{ sort: '-date', day: 20151102, seq: 1 }, { sort: 'date', day: 0, seq: 987654321 }] as const) {
      const text = encodeCursor(cursor);
      assert.match(text, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(decodeCursor(text, cursor.sort), cursor);
    }
  });

  it('are refused when forged, damaged or from the other sort order', () => {
    const good = encodeCursor({ sort: '-date', day: 20151102, seq: 7 });
    const forged = Buffer.from("c1|-date|1 OR 1=1|7").toString('base64url');
    for (const bad of [good.slice(0, -2), forged, 'AAAA', '', 'a'.repeat(65), good + '!']) assert.equal(decodeCursor(bad, '-date'), null, bad);
    assert.equal(decodeCursor(good, 'date'), null);
  });
});
