/**
 * Word tokens over an article's text. Each token keeps its span in the original text and
 * its normalised form; `forms` adds the readings with Arabic proclitics removed
 * (و ف + ب ل ك + ال), so "بريف", "ومدينة" and "لداعش" also read as "ريف", "مدينه", "داعش".
 */
import { normaliseWithOffsets } from './normalise.ts';
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

/** The readings of a normalised Arabic word with its proclitics removed, longest first. */
export function cliticForms(word: string): string[] {
  const forms = [word];
  const add = (form: string): void => {
    if (form.length >= MIN_STEM && !forms.includes(form)) forms.push(form);
  };
  const afterConj = [word];
  for (const c of CONJUNCTIONS) if (word.startsWith(c)) afterConj.push(word.slice(1));
  for (const w of afterConj) {
    add(w);
    const afterPrep = [w];
    for (const p of PREPOSITIONS) if (w.startsWith(p)) afterPrep.push(w.slice(1));
    // ل + ال is written لل: "للجيش" = ل + الجيش, "للاذقيه" = ل + اللاذقيه.
    if (w.startsWith('لل')) {
      afterPrep.push('ال' + w.slice(2));
      afterPrep.push('ال' + w.slice(1));
    }
    for (const x of afterPrep) {
      add(x);
      if (x.startsWith('ال')) add(x.slice(2));
    }
  }
  return forms;
}

function charKind(ch: string): Token['kind'] | null {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'num';
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) return 'ar';
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'lat';
  return null;
}

/** Tokenises `text` (original, not normalised); a letter/digit boundary splits ("سو34" → سو, 34). */
export function tokenise(text: string): Token[] {
  const { text: norm, offsets } = normaliseWithOffsets(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < norm.length) {
    const kind = charKind(norm[i]!);
    if (kind === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < norm.length && charKind(norm[j]!) === kind) j++;
    const word = norm.slice(i, j);
    tokens.push({
      index: tokens.length,
      start: offsets[i]!,
      end: offsets[j - 1]! + 1,
      norm: word,
      forms: kind === 'ar' ? cliticForms(word) : [word],
      kind,
    });
    i = j;
  }
  return tokens;
}
