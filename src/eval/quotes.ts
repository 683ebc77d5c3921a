/**
 * Finds a gold quote in the article text, ignoring spelling variants, diacritics, spacing
 * and punctuation, so that a predicted event read from the same sentence can be preferred.
 */
import { normaliseWithOffsets } from '../text/normalise.ts';
import type { Span } from '../contract/index.ts';

const KEPT = /[\u0621-\u064a\u0671-\u06d3a-z0-9]/;
// Shorter quotes are too likely to occur more than once to say which sentence an event came from.
const MIN_QUOTE_CHARS = 12;

interface Skeleton {
  text: string;
  /** Original offset of each skeleton character. */
  offsets: number[];
}

/** Letters and digits of the normalised text only, each mapped back to its original offset. */
function skeleton(original: string): Skeleton {
  const { text, offsets } = normaliseWithOffsets(original);
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!KEPT.test(ch)) continue;
    chars.push(ch);
    map.push(offsets[i]!);
  }
  return { text: chars.join(''), offsets: map };
}

/** A reusable locator over one article text. */
export function quoteLocator(articleText: string): (quote: string) => Span | null {
  let skel: Skeleton | null = null;
  return (quote) => {
    const q = skeleton(quote).text;
    if (q.length < MIN_QUOTE_CHARS) return null;
    skel ??= skeleton(articleText);
    const at = skel.text.indexOf(q);
    if (at < 0) return null;
    return { start: skel.offsets[at]!, end: skel.offsets[at + q.length - 1]! + 1 };
  };
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
