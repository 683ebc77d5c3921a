/**
 * What the full-text index is given: search documents and query words, folded here so that FTS5's
 * `ascii` tokenizer, which cuts at ASCII spaces and punctuation and keeps every other character as it
 * is, makes the tokens `unicode61 remove_diacritics 2` made of the same text (the tokenizer before
 * schema version 2). The words are already normalised (../search-text.ts): Arabic letters and digits
 * are left alone by both, and only Latin letters beyond ASCII need folding. unicode61 looked up every
 * character of every document in its Unicode tables; this looks at a word only when it has such a
 * letter. fts-words.test.ts checks every character a word can hold against unicode61 itself.
 */
import type { Article, RasdEvent } from '../../contract/index.ts';
import { articleSearchDocument } from '../rows.ts';

/** The Latin letters beyond ASCII that `normalisedWords` keeps in a word (../search-text.ts). */
const FOLDED_RANGE = /[\u00c0-\u024f]/;
const FIRST = 0xc0;
const LAST = 0x24f;

/** unicode61's fold of one character: lower case, then its ASCII base letter when it has one. */
function unicode61Fold(ch: string): string {
  // Signs, not letters: unicode61 cuts words at them.
  if (ch === '\u00d7' || ch === '\u00f7') return ' ';
  // Long s folds to s, and ǡ, whose base carries a second mark, keeps its own form.
  if (ch === '\u017f') return 's';
  const lower = ch.toLowerCase();
  if (lower === '\u01e1') return lower;
  const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[a-z]$/.test(base) ? base : lower;
}

const FOLDS: readonly string[] = Array.from({ length: LAST - FIRST + 1 }, (_, i) => unicode61Fold(String.fromCharCode(FIRST + i)));

/** `text` (normalised words) as the index is given it. */
export function ftsText(text: string): string {
  if (!FOLDED_RANGE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= FIRST && code <= LAST ? FOLDS[code - FIRST]! : text[i]!;
  }
  return out;
}

/** The indexed text of an article (`articleSearchDocument`), as the index is given it. */
export function ftsDocument(article: Article, events: readonly RasdEvent[], normalisedText?: string): string {
  return ftsText(articleSearchDocument(article, events, normalisedText));
}
