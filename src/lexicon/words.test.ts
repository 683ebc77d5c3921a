import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WordTable } from './words.ts';

describe('WordTable', () => {
  it('gives each word one id, in the order they come, through growth', () => {
    const table = new WordTable();
    const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
    words.forEach((w, i) => assert.equal(table.intern(w), i));
    words.forEach((w, i) => assert.equal(table.intern(w), i));
    assert.equal(table.size, words.length);
    assert.equal(table.idOf('كلمة4999'), 4999);
    assert.equal(table.idOf('كلمة' + 'x'), -1);
    assert.equal(table.idOf(''), -1);
  });
});
