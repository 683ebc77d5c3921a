/**
 * Sentence spans in an article's original text. A sentence ends at ". ! ? ؟ ؛ ;" followed by a
 * space or the end (closing quotes and brackets stay with it), and at every line break: headlines,
 * captions and datelines are lines of their own. A dot inside a number ("1.5", "3.000"), before
 * other punctuation ("سوريا.، ونفذت" goes on), after an initial or an abbreviation
 * (data/text/abbreviations.tsv), or in a run of dots (the headline pause "..") ends nothing.
 */
import type { Span } from '../contract/index.ts';
import { normalise } from './normalise.ts';
import { readWordTable } from './wordlists.ts';

const ABBREVIATIONS: ReadonlySet<string> = new Set(readWordTable('abbreviations.tsv').map((row) => normalise(row[0]!)));

const DOT = 0x2e;

function isTerminator(c: number): boolean {
  return c === DOT || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x61f || c === 0x61b; // . ! ? ; ؟ ؛
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Quotes and brackets that close a sentence: `."` `.)` `.»`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0x200b || c === 0xfeff || c === 0x61c;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/gu;

/** A dot that ends a short word rather than a sentence: "J. Smith", "د. أحمد", "Mr. Kerry". */
function abbreviationDot(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && LETTER.test(text[from - 1]!)) from--;
  if (from === dot) return false;
  if (dot - from === 1) return true;
  return ABBREVIATIONS.has(normalise(text.slice(from, dot)));
}

function dotsOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== DOT) return false;
  return true;
}

function hasWord(text: string, start: number, end: number): boolean {
  WORD_CHAR.lastIndex = start;
  const m = WORD_CHAR.exec(text);
  return m !== null && m.index < end;
}

/** The sentences of `text` as trimmed spans of the original text, in order; empty ones are dropped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && (isSpace(text.charCodeAt(from)) || isLineBreak(text.charCodeAt(from)))) from++;
    while (to > from && (isSpace(text.charCodeAt(to - 1)) || isLineBreak(text.charCodeAt(to - 1)))) to--;
    if (to > from && hasWord(text, from, to)) spans.push({ start: from, end: to });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < text.length && isTerminator(text.charCodeAt(j))) j++;
    const run = j - i;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    const ends = j === text.length || isSpace(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j));
    if (!ends || (c === DOT && (run > 1 ? dotsOnly(text, i, i + run) : abbreviationDot(text, i)))) {
      i = j - 1;
      continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, text.length);
  return spans;
}
