/**
 * Words interned as small integers. Every token form of an article is looked up here once, most of them
 * fresh strings that a `Map` would hash and then compare against keys spread over the heap; this table
 * keeps its slots and their hashes in typed arrays, so a miss reads no string and a hit compares one.
 */

const EMPTY = -1;
const INITIAL_SLOTS = 1 << 10;

/** FNV-1a over UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

export class WordTable {
  readonly #words: string[] = [];
  /** Open addressing, linear probing: the id in each slot, or EMPTY. At most half full. */
  #slots = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  /** The hash of the word in each slot, checked before the word itself. */
  #hashes = new Int32Array(INITIAL_SLOTS);

  get size(): number {
    return this.#words.length;
  }

  /** The word's id; -1 for a word never interned. */
  idOf(word: string): number {
    const h = hashOf(word);
    const mask = this.#slots.length - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const id = this.#slots[p]!;
      if (id === EMPTY || (this.#hashes[p] === h && this.#words[id] === word)) return id;
    }
  }

  /** The word's id, a new one (the next integer) when it is new. */
  intern(word: string): number {
    const known = this.idOf(word);
    if (known !== EMPTY) return known;
    const id = this.#words.length;
    this.#words.push(word);
    if (this.#words.length * 2 > this.#slots.length) this.#grow();
    this.#place(id, hashOf(word));
    return id;
  }

  #place(id: number, h: number): void {
    const mask = this.#slots.length - 1;
    let p = h & mask;
    while (this.#slots[p] !== EMPTY) p = (p + 1) & mask;
    this.#slots[p] = id;
    this.#hashes[p] = h;
  }

  #grow(): void {
    const slots = this.#slots;
    const hashes = this.#hashes;
    this.#slots = new Int32Array(slots.length * 2).fill(EMPTY);
    this.#hashes = new Int32Array(slots.length * 2);
    for (let p = 0; p < slots.length; p++) if (slots[p] !== EMPTY) this.#place(slots[p]!, hashes[p]!);
  }
}
