import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie } from './trie.ts';
import { tokenise } from '../text/tokens.ts';

function trie(): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  t.add(['قوات'], 'forces');
  t.add(['قوات', 'النظام'], 'regime forces');
  t.add(['قوات', 'النظام', 'السوري'], 'syrian regime forces');
  t.add(['ريف'], 'countryside');
  t.add(['ريف'], 'countryside again');
  return t;
}

function read(text: string, first: number, limit?: number): Array<[number, number, readonly string[]]> {
  return trie().matchAt(tokenise(text), first, limit).map((m) => [m.first, m.end, m.values]);
}

describe('PhraseTrie', () => {
  it('finds every phrase from a token, each before its longer extensions', () => {
    assert.deepEqual(read('قوات النظام السوري', 0), [
      [0, 1, ['forces']],
      [0, 2, ['regime forces']],
      [0, 3, ['syrian regime forces']],
    ]);
  });

  it('reads first and inner words through their clitics', () => {
    assert.deepEqual(read('وبريف', 0), [[0, 1, ['countryside', 'countryside again']]]);
    assert.deepEqual(read('لقوات النظام', 0), [
      [0, 1, ['forces']],
      [0, 2, ['regime forces']],
    ]);
  });

  it('stops at the limit and finds nothing where no phrase starts', () => {
    assert.deepEqual(read('قوات النظام السوري', 0, 2), [
      [0, 1, ['forces']],
      [0, 2, ['regime forces']],
    ]);
    assert.deepEqual(read('قوات النظام السوري', 1), []);
  });
});
