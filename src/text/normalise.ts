/**
 * Arabic normalisation for matching. Folds the spellings that vary between outlets (alef
 * forms, alef maqsura, ta marbuta, hamza seats, Persian letters, Arabic-Indic digits,
 * Arabic punctuation), drops diacritics, tatweel and bidi marks, and lowercases Latin.
 * `offsets[i]` is where the i-th normalised character came from in the original text,
 * so a match in the normalised text points back at the words the article wrote.
 */

export interface Normalised {
  text: string;
  /** offsets[i] = index in the original of text[i]; offsets[text.length] = original length. */
  offsets: Uint32Array;
}

const FOLD = new Map<number, string>();
function fold(chars: string, to: string): void {
  for (const ch of chars) FOLD.set(ch.codePointAt(0)!, to);
}
fold('أإآٱ', 'ا');
fold('ى', 'ي');
fold('ة', 'ه');
fold('ؤ', 'و');
fold('ئ', 'ي');
fold('یێ', 'ي'); // Persian and Kurdish ya
fold('کڪ', 'ك');
fold('ۀ', 'ه');
fold('،', ',');
fold('؛', ';');
fold('؟', '?');
fold('٪', '%');
fold('«»“”„″', '"');
fold('‘’‚′', "'");
fold('–—―', '-');
for (let d = 0; d < 10; d++) {
  FOLD.set(0x0660 + d, String(d)); // Arabic-Indic
  FOLD.set(0x06f0 + d, String(d)); // Persian
}

function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, shadda, sukun
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic marks
    code === 0x0640 || // tatweel
    code === 0x200c || code === 0x200d || code === 0x200e || code === 0x200f || code === 0x061c || code === 0xfeff
  );
}

/** Marks a dropped code unit in FOLDED. */
export const DROPPED = -1;

/**
 * The normalised code of every UTF-16 code unit: itself, its folded letter, digit or punctuation mark, or
 * DROPPED. Every fold is one code unit to one, so the hot loops read this table instead of FOLD.
 */
export const FOLDED: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < table.length; code++) {
    const folded = FOLD.get(code);
    if (isDropped(code)) table[code] = DROPPED;
    else if (folded !== undefined) table[code] = folded.charCodeAt(0);
    else if (code >= 0x41 && code <= 0x5a) table[code] = code + 32;
    else table[code] = code;
  }
  return table;
})();

/** Normalises one character; '' when it is dropped. */
export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const folded = FOLDED[code]!;
  if (folded === DROPPED) return '';
  return folded === code ? ch : String.fromCharCode(folded);
}

/** The normalised text with, for each of its characters, where it came from in `original`. */
export function normaliseWithOffsets(original: string): Normalised {
  const offsets = new Uint32Array(original.length + 1);
  let text = '';
  // Characters that stay as they are are copied in runs: most of an article is unchanged.
  let run = 0;
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const folded = FOLDED[code]!;
    if (folded === code) {
      offsets[n++] = i;
      continue;
    }
    text += original.slice(run, i);
    run = i + 1;
    if (folded === DROPPED) continue;
    text += String.fromCharCode(folded);
    offsets[n++] = i;
  }
  text += original.slice(run);
  offsets[n] = original.length;
  return { text, offsets: offsets.subarray(0, n + 1) };
}

/** The normalised form alone, for lexicon entries and queries. */
export function normalise(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLDED[code]!;
    if (folded === code) continue;
    out += text.slice(run, i);
    run = i + 1;
    if (folded !== DROPPED) out += String.fromCharCode(folded);
  }
  return run === 0 ? text : out + text.slice(run);
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

function isLetter(code: number): boolean {
  // ASCII and Latin-1 letters, Latin Extended, Greek, Cyrillic, Hebrew, and the Arabic blocks: enough to tell
  // an Arabic article from anything else without a Unicode property regex on every character.
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f) || (code >= 0x5d0 && code <= 0x5ea) || isArabicLetter(code) || (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** Share of letters that are Arabic, to tell an Arabic article from anything else. */
export function arabicLetterRatio(text: string): number {
  const length = Math.min(text.length, 20_000);
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) {
      arabic++;
      letters++;
    } else if (isLetter(code)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}
