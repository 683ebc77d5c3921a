import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokens.ts';
import { normalisedWords, parseSearchQuery, searchDocument } from './search-text.ts';

describe('search text', () => {
  it('cuts words exactly where tokenise does', () => {
    const samples = [
      'قصفت طائرات "سو34" مواقع لداعش في ريف إدلب، وأسقطت 12 قتيلاً.',
      'Russia’s MoD said: Su-25 jets hit ZU-23-2 guns near Palmyra (Tadmur) – café éclair.',
      'الأمـــم المتّحدة: ٢٦ صاروخاً «كاليبر» أُطلقت من بحر قزوين؟',
    ];
    for (const text of samples) assert.deepEqual(normalisedWords(normalise(text)), tokenise(text).map((t) => t.norm), text);
  });

  it('indexes the words in order, then their readings without proclitics and the names', () => {
    const doc = searchDocument({ title: 'غارات على تدمر', text: 'استهدفت الغارات مواقع لداعش وبالرقة.', names: ['Palmyra', 'Raqqa'] });
    const [words, extra] = doc.split('\n') as [string, string];
    assert.equal(words, 'غارات علي تدمر استهدفت الغارات مواقع لداعش وبالرقه');
    const readings = extra.split(' ');
    for (const form of ['داعش', 'بالرقه', 'الرقه', 'رقه', 'غارات', 'palmyra', 'raqqa']) assert.ok(readings.includes(form), form);
    assert.equal(new Set(readings).size, readings.length);
  });

  it('parses words, phrases and prefixes, normalised, and treats operators as text', () => {
    const table: Array<[string, ReturnType<typeof parseSearchQuery>]> = [
      ['الإسلامية', [{ kind: 'word', word: 'الاسلاميه', prefix: false }]],
      ['"الدولة الإسلامية" داعش', [{ kind: 'phrase', words: ['الدوله', 'الاسلاميه'] }, { kind: 'word', word: 'داعش', prefix: false }]],
      ['اشتبا* Palm*', [{ kind: 'word', word: 'اشتبا', prefix: true }, { kind: 'word', word: 'palm', prefix: true }]],
      ['"تدمر"', [{ kind: 'word', word: 'تدمر', prefix: false }]],
      ["x' OR 1=1; --", [{ kind: 'word', word: 'x', prefix: false }, { kind: 'word', word: 'or', prefix: false }, { kind: 'word', word: '1', prefix: false }, { kind: 'word', word: '1', prefix: false }]],
      ['NEAR(a b) "unclosed', [{ kind: 'word', word: 'near', prefix: false }, { kind: 'word', word: 'a', prefix: false }, { kind: 'word', word: 'b', prefix: false }, { kind: 'word', word: 'unclosed', prefix: false }]],
      ['؟!،', []],
    ];
    for (const [q, terms] of table) assert.deepEqual(parseSearchQuery(q), terms, q);
    assert.equal(parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).length, 12);
  });
});
