import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from './tokens.ts';
import { lookupForms, PhraseIndex, phraseWords } from './wordlists.ts';

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  for (const phrase of ['أمس', 'أمس الأول', 'في وقت سابق', 'في وقت سابق من اليوم']) index.add(phraseWords(phrase), phrase);
  const cases: Array<[string, string | null, number]> = [
    ['وأمس قصفت', 'أمس', 0],
    ['أمس الأول قصفت', 'أمس الأول', 1],
    ['في وقت سابق من اليوم', 'في وقت سابق من اليوم', 4],
    ['في وقت سابق من الشهر', 'في وقت سابق', 2],
    ['في وقت لاحق', null, -1],
    ['الأمس', 'أمس', 0],
  ];
  for (const [input, value, last] of cases) {
    it(input, () => {
      const match = index.match(tokenise(input), 0);
      assert.deepEqual(match === null ? [null, -1] : [match.value, match.last], [value, last]);
    });
  }
  it('stops at the limit', () => assert.equal(index.match(tokenise('أمس الأول'), 0, 1)?.last, 0));
  it('can refuse readings without the article', () => {
    const months = new PhraseIndex<number>(false);
    months.add(phraseWords('آب'), 8);
    assert.equal(months.match(tokenise('في آب'), 1)?.value, 8);
    assert.equal(months.match(tokenise('الأب'), 0), null);
  });
});

describe('lookupForms', () => {
  const table = new Map([['يوم', 'prefix']]);
  it('reads through clitics', () => assert.equal(lookupForms(tokenise('ويوم')[0]!, table), 'prefix'));
  it('with article false, "اليوم" is not "يوم"', () => assert.equal(lookupForms(tokenise('اليوم')[0]!, table, false), undefined));
});
