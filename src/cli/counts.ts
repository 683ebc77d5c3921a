import { InvalidArgumentError } from 'commander';

/** A parser of a command-line count (threads, batches at once): a whole number from `min` to 999. */
export function countParser(min: 0 | 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d{1,3}$/.test(value) || n < min) throw new InvalidArgumentError(`expected a whole number from ${min} to 999`);
    return n;
  };
}
