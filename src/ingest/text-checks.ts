/** Bytes to clean article text, and the checks every article passes before extraction. */
import { arabicLetterRatio } from '../text/normalise.ts';
import { inputError } from './errors.ts';
import type { InputError } from './errors.ts';

/**
 * Largest single txt/html/feed file read whole. The biggest news pages and feeds are a few MB;
 * anything past this is a dump or a mistake, and reading it whole would hold it all in memory.
 * JSONL is streamed instead and has only a per-line limit.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Below this share of Arabic letters a text is not an Arabic article. */
export const MIN_ARABIC_RATIO = 0.5;

/**
 * The language is told from the start of the text: a couple of thousand characters hold
 * hundreds of letters, plenty to tell Arabic from anything else, and counting every letter
 * of a long article would cost more than extracting its events.
 */
export const LANGUAGE_SAMPLE_CHARS = 2000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or null when they are binary (NUL bytes) or not valid UTF-8. A BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls but tab and newline, DEL and C1 controls: never text, often left by bad conversions.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** LF line endings and no control characters; everything else is kept as written. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** EMPTY or NOT_ARABIC for an article body, or null when it can go on to extraction. */
export function checkArticleText(text: string, input: string): InputError | null {
  if (text.trim() === '') return inputError('EMPTY', input);
  const ratio = arabicLetterRatio(text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text);
  if (ratio < MIN_ARABIC_RATIO) {
    return inputError('NOT_ARABIC', input, `${Math.round(ratio * 100)}% of its letters are Arabic`);
  }
  return null;
}
