import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cliticForms, tokenise } from './tokens.ts';
import { normalise, normaliseWithOffsets } from './normalise.ts';

function words(text: string): Array<[string, string, string]> {
  return tokenise(text).map((t) => [t.norm, t.kind, text.slice(t.start, t.end)]);
}

describe('tokenise', () => {
  it('splits words, digits and Latin, and at a letter/digit boundary', () => {
    assert.deepEqual(words('سو34 قصفت Su-25'), [
      ['سو', 'ar', 'سو'],
      ['34', 'num', '34'],
      ['قصفت', 'ar', 'قصفت'],
      ['su', 'lat', 'Su'],
      ['25', 'num', '25'],
    ]);
  });

  it('folds spellings and keeps the span of the original word', () => {
    assert.deepEqual(words('«إدلب» ٣٠ مدينة'), [
      ['ادلب', 'ar', 'إدلب'],
      ['30', 'num', '٣٠'],
      ['مدينه', 'ar', 'مدينة'],
    ]);
  });

  it('reads a word across diacritics and tatweel, and ends its span at its last letter', () => {
    const text = 'قَصَفَتْ الطـائرات';
    assert.deepEqual(words(text), [
      ['قصفت', 'ar', 'قَصَفَت'],
      ['الطايرات', 'ar', 'الطـائرات'],
    ]);
  });

  it('numbers tokens and gives Arabic words their clitic readings', () => {
    const tokens = tokenise('وبالقرب من 5 مواقع');
    assert.deepEqual(tokens.map((t) => t.index), [0, 1, 2, 3]);
    assert.deepEqual(tokens[0]!.forms, cliticForms('وبالقرب'));
    assert.deepEqual(tokens[2]!.forms, ['5']);
  });
});

describe('cliticForms', () => {
  it('removes a conjunction, a preposition and the article, longest first', () => {
    assert.deepEqual(cliticForms('وبالقرب'), ['وبالقرب', 'بالقرب', 'القرب', 'قرب']);
    assert.deepEqual(cliticForms('للجيش'), ['للجيش', 'لجيش', 'الجيش', 'جيش', 'اللجيش']);
    assert.deepEqual(cliticForms('مدينه'), ['مدينه']);
  });
});

describe('normalise', () => {
  it('folds, drops and lowercases, and maps each character back to the original', () => {
    const original = 'أَحمد ABC';
    const { text, offsets } = normaliseWithOffsets(original);
    assert.equal(text, 'احمد abc');
    assert.equal(normalise(original), text);
    assert.deepEqual([...offsets], [0, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
