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

/** Normalises one character; '' when it is dropped. */
export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isDropped(code)) return '';
  const folded = FOLD.get(code);
  if (folded !== undefined) return folded;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return ch;
}

export function normaliseWithOffsets(original: string): Normalised {
  const out: string[] = [];
  const offsets = new Uint32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = normaliseChar(original[i]!);
    if (ch === '') continue;
    out.push(ch);
    offsets[n++] = i;
  }
  offsets[n] = original.length;
  return { text: out.join(''), offsets: offsets.subarray(0, n + 1) };
}

/** The normalised form alone, for lexicon entries and queries. */
export function normalise(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normaliseChar(text[i]!);
  return out;
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
