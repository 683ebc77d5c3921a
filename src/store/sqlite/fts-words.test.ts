import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { normalisedWords } from '../search-text.ts';
import { ftsText } from './fts-words.ts';

/** The tokens FTS5 makes of each text with `tokenizer`, in order. */
function tokens(tokenizer: string, texts: readonly string[]): string[][] {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(doc, tokenize="${tokenizer}"); CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
    const insert = db.prepare('INSERT INTO t (rowid, doc) VALUES (?, ?)');
    texts.forEach((text, i) => insert.run(i + 1, text));
    const found: string[][] = texts.map(() => []);
    for (const row of db.prepare('SELECT term, doc FROM v ORDER BY doc, offset').all() as Array<{ term: string; doc: number }>) found[row.doc - 1]!.push(row.term);
    return found;
  } finally {
    db.close();
  }
}

describe('full-text words', () => {
  it("are cut and folded by 'ascii' as unicode61 remove_diacritics 2 does, for every character a word can hold", () => {
    const chars: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (normalisedWords(ch).length === 1) chars.push(ch);
    }
    assert.ok(chars.length > 500, `${chars.length} characters`);
    // Each character inside a word, as a document word and as a query word would carry it.
    const texts = chars.map((ch) => `x${ch}x`);
    assert.deepEqual(tokens('ascii', texts.map(ftsText)), tokens('unicode61 remove_diacritics 2', texts));
  });

  it('leaves text without Latin letters beyond ASCII as it is', () => {
    const text = 'غارات علي تدمر 2015 palmyra';
    assert.equal(ftsText(text), text);
    assert.equal(ftsText('café éclair ǡ ſ a×b'), 'cafe eclair ǡ s a b');
  });
});
