/**
 * A trie over normalised words. Matching walks it from every token, trying each of the token's clitic
 * readings (Token.forms), so one pass over an article finds every phrase of every lexicon.
 *
 * Words are interned: each word of a phrase gets an integer id when it is added, a token range is
 * looked up once (`wordIds`), and the walk follows integer-keyed transitions from then on.
 */
import type { Token } from '../text/tokens.ts';
import { WordTable } from './words.ts';

interface Node<T> {
  /** Children by the id of the next word; null at a leaf, which most nodes are. */
  next: Map<number, Node<T>> | null;
  values: T[];
}

export interface TrieMatch<T> {
  /** First token of the match. */
  first: number;
  /** Token after the last one. */
  end: number;
  values: readonly T[];
}

/**
 * The ids of the words a token range can be read as: for token t of [from, from + starts.length - 1),
 * ids[starts[t - from]] up to ids[starts[t - from + 1]], in the order of its forms. Forms that no phrase
 * has are left out: they match nothing.
 */
export interface WordIds {
  from: number;
  starts: readonly number[];
  ids: readonly number[];
}

/**
 * The phrases found at one token, in the order of a depth-first walk (a phrase before its extensions): the values of
 * each and the token after its last one. Filled by `phrasesAt`, which empties it first, so one serves a whole range.
 */
export interface PhraseHits<T> {
  values: Array<readonly T[]>;
  ends: number[];
}

export function phraseHits<T>(): PhraseHits<T> {
  return { values: [], ends: [] };
}

const NO_VALUES: readonly never[] = [];

function node<T>(): Node<T> {
  return { next: null, values: [] };
}

export class PhraseTrie<T> {
  readonly #words = new WordTable();
  /** The nodes of one-word phrases (and the first word of longer ones), by word id. */
  readonly #firsts: Array<Node<T> | undefined> = [];
  /** The ids of each readings array met (`#idsOf`), kept while the array lives; dropped when a phrase is added. */
  #formIds: WeakMap<readonly string[], readonly number[]> | null = null;

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    this.#formIds = null;
    const first = this.#intern(words[0]!);
    let at = (this.#firsts[first] ??= node());
    for (let k = 1; k < words.length; k++) {
      const id = this.#intern(words[k]!);
      const next = (at.next ??= new Map());
      let child = next.get(id);
      if (child === undefined) next.set(id, (child = node()));
      at = child;
    }
    at.values.push(value);
  }

  #intern(word: string): number {
    const id = this.#words.intern(word);
    if (id === this.#firsts.length) this.#firsts.push(undefined);
    return id;
  }

  /** The values of the one-word phrase `word` (normalised): empty when it is none. */
  valuesOf(word: string): readonly T[] {
    const id = this.#words.idOf(word);
    return (id < 0 ? undefined : this.#firsts[id]?.values) ?? NO_VALUES;
  }

  /** The word ids of tokens [from, to), for `forEachPhrase`. */
  wordIds(tokens: readonly Token[], from: number, to: number): WordIds {
    const starts: number[] = [];
    const ids: number[] = [];
    for (let t = from; t < to; t++) {
      starts.push(ids.length);
      for (const id of this.#idsOf(tokens[t]!.forms)) ids.push(id);
    }
    starts.push(ids.length);
    return { from, starts, ids };
  }

  /** The ids of the forms some phrase has, in order. Tokens of one word share their forms (tokenise), so most are looked up once. */
  #idsOf(forms: readonly string[]): readonly number[] {
    const formIds = (this.#formIds ??= new WeakMap());
    const known = formIds.get(forms);
    if (known !== undefined) return known;
    const ids: number[] = [];
    for (const form of forms) {
      const id = this.#words.idOf(form);
      if (id >= 0) ids.push(id);
    }
    formIds.set(forms, ids);
    return ids;
  }

  /**
   * Every phrase starting at token `first` and ending by `limit` (at most the end of `words`), into `hits`. Whether
   * there was any.
   */
  phrasesAt(words: WordIds, first: number, limit: number, hits: PhraseHits<T>): boolean {
    hits.values.length = 0;
    hits.ends.length = 0;
    this.#walk(words, first, null, limit, hits);
    return hits.ends.length > 0;
  }

  /** Adds the phrases that go on from `at` (from the root when null) with token `i`. */
  #walk(words: WordIds, i: number, at: Map<number, Node<T>> | null, limit: number, hits: PhraseHits<T>): void {
    if (i >= limit) return;
    const { starts, ids } = words;
    const t = i - words.from;
    // A phrase's inner words may carry clitics too ("قوات النظام وحلفائه"), so every reading is tried.
    for (let k = starts[t]!; k < starts[t + 1]!; k++) {
      const child = at === null ? this.#firsts[ids[k]!] : at.get(ids[k]!);
      if (child === undefined) continue;
      if (child.values.length > 0) {
        hits.values.push(child.values);
        hits.ends.push(i + 1);
      }
      if (child.next !== null) this.#walk(words, i + 1, child.next, limit, hits);
    }
  }

  /** Every phrase starting at token `first`, in the order of a depth-first walk (a phrase before its extensions). */
  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): Array<TrieMatch<T>> {
    const hits = phraseHits<T>();
    if (first < limit) this.phrasesAt(this.wordIds(tokens, first, limit), first, limit, hits);
    return hits.ends.map((end, h) => ({ first, end, values: hits.values[h]! }));
  }
}
