/**
 * What full-text search indexes and what it looks for, independent of the engine. Both sides are
 * normalised like the extractor's text (`normalise`), so "الإسلامية" finds "الاسلامية", and cut
 * into the same words as `tokenise` cuts them. A full-text index matches whole words; to let
 * "داعش" find "لداعش", the document also carries each word's readings without proclitics.
 */
import { normalise } from '../text/normalise.ts';
import { cliticForms } from '../text/tokens.ts';

/** Most terms a query keeps: enough for any phrase, bounded for the full-text engine. */
export const MAX_QUERY_TERMS = 12;

// The word boundaries of `tokenise` over normalised text: a run of Arabic letters, of digits, or
// of Latin letters ("سو34" is two words). search-text.test.ts checks the two agree.
const WORD = /[\u0621-\u064a\u0671-\u06d3]+|[0-9]+|[a-z\u00c0-\u024f]+/g;
const ARABIC = /^[\u0621-\u064a\u0671-\u06d3]/;

/** The normalised words of a text that is already normalised. */
export function normalisedWords(normalised: string): string[] {
  return normalised.match(WORD) ?? [];
}

// Clitic readings repeat across articles (the same few thousand words), so they are kept.
const READINGS_CACHE = 50_000;
const readingsCache = new Map<string, readonly string[]>();

/** The readings of a word other than itself (proclitics removed); none for digits and Latin. */
function otherReadings(word: string): readonly string[] {
  let forms = readingsCache.get(word);
  if (forms === undefined) {
    forms = ARABIC.test(word) ? cliticForms(word).slice(1) : [];
    if (readingsCache.size >= READINGS_CACHE) readingsCache.clear();
    readingsCache.set(word, forms);
  }
  return forms;
}

export interface SearchDocumentInput {
  title: string | null;
  text: string;
  /** `normalise(text)` when the caller has it already. */
  normalisedText?: string;
  /** Names that make the article findable in English too: the places and actors of its events. */
  names: readonly string[];
}

/**
 * The indexed text: the normalised words of the title and the body in order (so phrases match),
 * then every other reading of those words and the names, each once.
 */
export function searchDocument(input: SearchDocumentInput): string {
  const words = [...normalisedWords(normalise(input.title ?? '')), ...normalisedWords(input.normalisedText ?? normalise(input.text))];
  const extra = new Set<string>();
  for (const word of words) for (const form of otherReadings(word)) extra.add(form);
  for (const name of input.names) for (const word of normalisedWords(normalise(name))) extra.add(word);
  return words.join(' ') + '\n' + [...extra].join(' ');
}

export type QueryTerm =
  | { kind: 'word'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[] };

/**
 * The terms of a query: bare words, "quoted phrases" and word* prefixes, normalised. Every term
 * must match. Punctuation and operators are not syntax here: they only separate words.
 */
export function parseSearchQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const parts = q.split('"');
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const norm = normalise(part);
    const matches = [...norm.matchAll(WORD)];
    if (quoted && matches.length > 1) {
      terms.push({ kind: 'phrase', words: matches.map((m) => m[0]) });
      return;
    }
    for (const m of matches) terms.push({ kind: 'word', word: m[0], prefix: norm[m.index + m[0].length] === '*' });
  });
  return terms.slice(0, MAX_QUERY_TERMS);
}
