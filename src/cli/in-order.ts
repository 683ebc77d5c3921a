/**
 * Steps prepared while the one before them is finished: each added step's `finish` runs after the
 * previous step's, whatever is prepared first, and `add` returns once the previous step is finished,
 * so at most two steps are in hand. `rasd ingest` and `rasd extract` extract a batch this way while
 * the one before it is written.
 */
export interface InOrder {
  add<T>(prepared: Promise<T>, finish: (value: T) => Promise<void> | void): Promise<void>;
  /** Waits for the last step; rejects with the first failure. */
  drain(): Promise<void>;
}

export function inOrder(): InOrder {
  let last: Promise<void> = Promise.resolve();
  return {
    async add(prepared, finish) {
      const previous = last;
      last = Promise.all([prepared, previous]).then(([value]) => finish(value));
      // Awaited by the next `add` or by `drain`; this only keeps a failure from counting as unhandled meanwhile.
      last.catch(() => {});
      await previous;
    },
    drain: () => last,
  };
}
