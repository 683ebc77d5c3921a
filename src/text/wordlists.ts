/**
 * Word lists of the text stage: TSV files under `data/text/`, read once at module load, and a
 * phrase index that matches their multi-word entries over a token array.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../contract/paths.ts';
import { normalise } from './normalise.ts';
import type { Token } from './tokens.ts';

/** Rows of `data/text/<name>`: tab-separated fields, without blank lines and `#` comments. */
export function readWordTable(name: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(dataPath(`text/${name}`), 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    rows.push(trimmed.split('\t').map((field) => field.trim()));
  }
  return rows;
}

/** The normalised words of a phrase as written in a data file. */
export function phraseWords(phrase: string): string[] {
  return normalise(phrase).split(/\s+/).filter((w) => w !== '');
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | undefined;
}

/** True when `form` is `token`'s reading with the article removed ("الاب" read as "اب"). */
export function stripsArticle(token: Token, form: string): boolean {
  const norm = token.norm;
  return norm.length >= form.length + 2 && norm.endsWith(form) && norm.startsWith('ال', norm.length - form.length - 2);
}

/**
 * The value of the first of a token's readings (surface form first, then without clitics) found
 * in `table`. With `article` false, a reading that drops the article does not count.
 */
export function lookupForms<T>(token: Token, table: ReadonlyMap<string, T>, article: boolean = true): T | undefined {
  for (const form of token.forms) {
    const value = table.get(form);
    if (value !== undefined && (article || !stripsArticle(token, form))) return value;
  }
  return undefined;
}

/**
 * Bit flags words carry (what a word may start: a number, a date), read for all the readings of a token at once. The
 * tokens of one word share their readings array, so the flags of an array are kept with it: most tokens cost one lookup.
 */
export class WordFlags {
  readonly #flags = new Map<string, number>();
  #ofReadings: WeakMap<readonly string[], number> | null = null;

  add(form: string, flags: number): void {
    this.#flags.set(form, (this.#flags.get(form) ?? 0) | flags);
    this.#ofReadings = null;
  }

  /** The flags of any of the readings. */
  of(forms: readonly string[]): number {
    const ofReadings = (this.#ofReadings ??= new WeakMap());
    let flags = ofReadings.get(forms);
    if (flags === undefined) {
      flags = 0;
      for (const form of forms) flags |= this.#flags.get(form) ?? 0;
      ofReadings.set(forms, flags);
    }
    return flags;
  }
}

/**
 * Multi-word phrases keyed by normalised words. The first word matches any clitic reading of a
 * token ("وأمس" reads as "امس"; with `article` false, not a reading that drops the article);
 * the following words match the token's surface form.
 */
export class PhraseIndex<T> {
  private readonly root = new Map<string, PhraseNode<T>>();

  constructor(private readonly article: boolean = true) {}

  add(words: readonly string[], value: T): void {
    if (words.length === 0) throw new Error('PhraseIndex: empty phrase');
    let level = this.root;
    let node: PhraseNode<T> | undefined;
    for (let k = 0; k < words.length; k++) {
      if (k > 0) level = node!.next ??= new Map();
      node = level.get(words[k]!);
      if (node === undefined) {
        node = { value: undefined, next: undefined };
        level.set(words[k]!, node);
      }
    }
    node!.value = value;
  }

  /** The longest phrase starting at token `i` and ending before token `limit`. */
  match(tokens: readonly Token[], i: number, limit: number = tokens.length): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    const first = tokens[i]!;
    for (const form of first.forms) {
      let node = this.root.get(form);
      if (node !== undefined && !this.article && stripsArticle(first, form)) continue;
      let j = i;
      while (node !== undefined) {
        if (node.value !== undefined && (best === null || j > best.last)) best = { value: node.value, last: j };
        if (node.next === undefined || j + 1 >= limit) break;
        j++;
        node = node.next.get(tokens[j]!.norm);
      }
    }
    return best;
  }
}
