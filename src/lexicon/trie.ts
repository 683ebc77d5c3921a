/**
 * A trie over normalised words. Matching walks it from every token, trying each of the token's clitic
 * readings (Token.forms), so one pass over an article finds every phrase of every lexicon.
 */
import type { Token } from '../text/tokens.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** First token of the match. */
  first: number;
  /** Token after the last one. */
  end: number;
  values: readonly T[];
}

function node<T>(): Node<T> {
  return { next: new Map(), values: [] };
}

export class PhraseTrie<T> {
  readonly #root: Node<T> = node();

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let at = this.#root;
    for (const w of words) {
      let child = at.next.get(w);
      if (child === undefined) at.next.set(w, (child = node()));
      at = child;
    }
    at.values.push(value);
  }

  /** Every phrase starting at token `first`, shortest first. */
  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): Array<TrieMatch<T>> {
    const found: Array<TrieMatch<T>> = [];
    this.#walk(tokens, first, first, this.#root, limit, found);
    return found;
  }

  #walk(tokens: readonly Token[], first: number, i: number, at: Node<T>, limit: number, found: Array<TrieMatch<T>>): void {
    if (i >= limit) return;
    const token = tokens[i]!;
    // A phrase's inner words may carry clitics too ("قوات النظام وحلفائه"), so every reading is tried.
    for (const form of token.forms) {
      const child = at.next.get(form);
      if (child === undefined) continue;
      if (child.values.length > 0) found.push({ first, end: i + 1, values: child.values });
      if (child.next.size > 0) this.#walk(tokens, first, i + 1, child, limit, found);
    }
  }
}
