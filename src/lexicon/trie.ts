/**
 * A trie over normalised words. Matching walks it from every token, trying each of the token's clitic
 * readings (Token.forms), so one pass over an article finds every phrase of every lexicon.
 */
import type { Token } from '../text/tokens.ts';

interface Node<T> {
  /** Children by next word; null at a leaf, which most nodes are. */
  next: Map<string, Node<T>> | null;
  values: T[];
}

export interface TrieMatch<T> {
  /** First token of the match. */
  first: number;
  /** Token after the last one. */
  end: number;
  values: readonly T[];
}

const NO_MATCHES: ReadonlyArray<TrieMatch<never>> = Object.freeze([]);

function node<T>(): Node<T> {
  return { next: null, values: [] };
}

export class PhraseTrie<T> {
  readonly #root: Node<T> = { next: new Map(), values: [] };

  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let at = this.#root;
    for (const w of words) {
      const next = (at.next ??= new Map());
      let child = next.get(w);
      if (child === undefined) next.set(w, (child = node()));
      at = child;
    }
    at.values.push(value);
  }

  /** Every phrase starting at token `first`, in the order of a depth-first walk (a phrase before its extensions). */
  matchAt(tokens: readonly Token[], first: number, limit = tokens.length): ReadonlyArray<TrieMatch<T>> {
    return this.#walk(tokens, first, first, this.#root, limit, null) ?? NO_MATCHES;
  }

  /** Adds the matches below `at` from token `i` on to `found`, which is created on the first one. */
  #walk(tokens: readonly Token[], first: number, i: number, at: Node<T>, limit: number, found: Array<TrieMatch<T>> | null): Array<TrieMatch<T>> | null {
    if (i >= limit || at.next === null) return found;
    const forms = tokens[i]!.forms;
    // A phrase's inner words may carry clitics too ("قوات النظام وحلفائه"), so every reading is tried.
    for (let k = 0; k < forms.length; k++) {
      const child = at.next.get(forms[k]!);
      if (child === undefined) continue;
      if (child.values.length > 0) (found ??= []).push({ first, end: i + 1, values: child.values });
      found = this.#walk(tokens, first, i + 1, child, limit, found);
    }
    return found;
  }
}
