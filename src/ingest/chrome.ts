/**
 * Site chrome that survives Readability ("طباعة", "شارك", "اخترنا لك", share and related-link
 * boxes): a line made only of phrases from data/ingest/chrome-phrases.txt is dropped.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../contract/paths.ts';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokens.ts';
import type { Token } from '../text/tokens.ts';

/** Phrases as normalised word sequences, indexed by their first word. */
type PhraseIndex = Map<string, string[][]>;

export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = tokenise(phrase).map((t) => t.norm);
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    index.set(first, list);
  }
  // Longest first, so "شارك على" wins over "شارك".
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

function loadChromePhrases(): string[] {
  return readFileSync(dataPath('ingest/chrome-phrases.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const CHROME: PhraseIndex = buildPhraseIndex(loadChromePhrases());

function phraseAt(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  for (const form of tokens[i]!.forms) {
    for (const words of index.get(form) ?? []) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.forms.includes(words[k]!)) k++;
      if (k === words.length) return k;
    }
  }
  return 0;
}

/** True when every word of `line` belongs to a chrome phrase (digits, as in share counts, pass). */
export function isChromeLine(line: string, index: PhraseIndex = CHROME): boolean {
  const tokens = tokenise(line);
  let matched = false;
  let i = 0;
  while (i < tokens.length) {
    const length = phraseAt(tokens, i, index);
    if (length > 0) {
      matched = true;
      i += length;
    } else if (tokens[i]!.kind === 'num') {
      i++;
    } else {
      return false;
    }
  }
  return matched;
}

/** `lines` without chrome lines and without a leading line that repeats the title. */
export function dropChrome(lines: readonly string[], title: string | null): string[] {
  const kept = lines.filter((line) => !isChromeLine(line));
  const first = kept[0];
  if (title && first !== undefined && normalise(first).trim() === normalise(title).trim()) kept.shift();
  return kept;
}
