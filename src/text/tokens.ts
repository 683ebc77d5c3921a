/**
 * Word tokens over an article's text. Each token keeps its span in the original text and
 * its normalised form; `forms` adds the readings with Arabic proclitics removed
 * (و ف + ب ل ك + ال), so "بريف", "ومدينة" and "لداعش" also read as "ريف", "مدينه", "داعش".
 */
import { DROPPED, FOLDED, normalise } from './normalise.ts';
import type { Span } from '../contract/index.ts';

export interface Token extends Span {
  /** Position in the token list. */
  index: number;
  /** Normalised surface form. */
  norm: string;
  /** Normalised readings: the surface form first, then the forms with clitics removed. */
  forms: readonly string[];
  /** 'ar' Arabic word, 'num' digits, 'lat' Latin word. */
  kind: 'ar' | 'num' | 'lat';
}

const MIN_STEM = 2;
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/** The first letters of a word that may carry a proclitic or the article: و ف ب ل ك ا. */
const CLITIC_START = new Set([...CONJUNCTIONS, ...PREPOSITIONS, 'ا'].map((c) => c.charCodeAt(0)));

function addForm(forms: string[], form: string): void {
  if (form.length >= MIN_STEM && !forms.includes(form)) forms.push(form);
}

/** Adds `w` and its readings without a preposition and without the article. */
function addPrepositionReadings(forms: string[], w: string): void {
  addForm(forms, w);
  const afterPrep = [w];
  for (const p of PREPOSITIONS) if (w.startsWith(p)) afterPrep.push(w.slice(1));
  // ل + ال is written لل: "للجيش" = ل + الجيش, "للاذقيه" = ل + اللاذقيه.
  if (w.startsWith('لل')) {
    afterPrep.push('ال' + w.slice(2));
    afterPrep.push('ال' + w.slice(1));
  }
  for (const x of afterPrep) {
    addForm(forms, x);
    if (x.startsWith('ال')) addForm(forms, x.slice(2));
  }
}

/** The readings of a normalised Arabic word with its proclitics removed, longest first. */
export function cliticForms(word: string): string[] {
  const forms = [word];
  // Most words start with no clitic letter: they read only as themselves.
  if (!CLITIC_START.has(word.charCodeAt(0))) return forms;
  addPrepositionReadings(forms, word);
  for (const c of CONJUNCTIONS) if (word.startsWith(c)) addPrepositionReadings(forms, word.slice(1));
  return forms;
}

/**
 * The readings of words already seen, shared read-only by every token of the word: news repeat their words, so
 * most tokens take an array made once instead of making their own. Cleared when full, to bound its memory.
 */
const readingsOf = new Map<string, readonly string[]>();
const MAX_READINGS = 100_000;

function readings(word: string, arabic: boolean): readonly string[] {
  let forms = readingsOf.get(word);
  if (forms === undefined) {
    if (readingsOf.size >= MAX_READINGS) readingsOf.clear();
    forms = arabic ? cliticForms(word) : [word];
    readingsOf.set(word, forms);
  }
  return forms;
}

const NONE = 0;
const KINDS: ReadonlyArray<Token['kind'] | null> = [null, 'ar', 'num', 'lat'];

/** Index in KINDS of the kind of word a normalised character belongs to; NONE between words. */
function kindOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 2;
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return 1;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 3;
  return NONE;
}

/**
 * Tokenises `text` (original, not normalised); a letter/digit boundary splits ("سو34" → سو, 34).
 * One pass over the original: a character is classified by its normalised form, dropped characters
 * (diacritics, tatweel) join the word around them, and a word is normalised only when it has a
 * character to fold or drop.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let kind = NONE;
  let start = 0;
  let last = 0;
  // True while the current word is its original text unchanged.
  let plain = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const folded = FOLDED[code]!;
    if (folded === DROPPED) {
      plain = false;
      continue;
    }
    const k = i < text.length ? kindOf(folded) : NONE;
    if (k === kind && k !== NONE) {
      last = i;
      if (folded !== code) plain = false;
      continue;
    }
    if (kind !== NONE) {
      const surface = text.slice(start, last + 1);
      const forms = readings(plain ? surface : normalise(surface), kind === 1);
      // The word as its readings hold it: one string per word, whose hash later lookups need not compute again.
      tokens.push({ index: tokens.length, start, end: last + 1, norm: forms[0]!, forms, kind: KINDS[kind]! });
    }
    kind = k;
    start = last = i;
    plain = folded === code;
  }
  return tokens;
}
