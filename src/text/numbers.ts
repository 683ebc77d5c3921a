/**
 * Numbers in Arabic news text, read over a token array in one pass: digits with their thousands
 * groups and decimals ("3,000", "3.000", "2,5"), number words with clitics and case forms
 * ("ستة وعشرين", "أحد عشر", "ألف وخمسمئة"), digits with scale words ("3 آلاف", "2 مليون"),
 * vague magnitudes ("عشرات", "مئات الآلاف") and the words that make a count approximate
 * ("نحو 150", "54 شخصا على الأقل"). Ordinals are not cardinals; dates read them with `ordinalAt`.
 * The word lists are data/text/number-words.tsv and data/text/approximation.tsv.
 */
import type { Span } from '../contract/index.ts';
import { normalise } from './normalise.ts';
import { tokenise, type Token } from './tokens.ts';
import { PhraseIndex, phraseWords, readWordTable, WordFlags } from './wordlists.ts';

export interface NumberMention extends Span {
  value: number;
  /** Told as "about", "more than", "at least", or vague. */
  approximate: boolean;
  /** An order of magnitude, not a count: "عشرات" = 10, "مئات" = 100, "آلاف" = 1000, "عشرات الآلاف" = 10000. */
  vague: boolean;
  /** Followed by "%", "في المئة" or "بالمئة". */
  percent: boolean;
  firstToken: number;
  lastToken: number;
  /** The words of the number in the original text (without the approximation words). */
  text: string;
  /** The approximation phrase that applied (normalised words), or null. */
  cue: string | null;
  /** How many words of that phrase stand right before the number ("أكثر من 15": 2), 0 when it follows or is none. */
  cueBefore: number;
}

const WORD_KINDS = [
  'unit', 'one-of', 'ten', 'tens', 'hundred', 'scale', 'multiplier', 'dual', 'plural', 'vague',
  'percent', 'ordinal', 'ordinal-compound', 'clock', 'not',
] as const;
export type NumberWordKind = (typeof WORD_KINDS)[number];

export interface NumberWord {
  value: number;
  kind: NumberWordKind;
}

/** A token read as a number word; `prefix` is the clitics written before it ('' for none, 'و', 'ال', ...). */
export interface NumberWordReading {
  word: NumberWord;
  prefix: string;
}

const WORDS = new Map<string, NumberWord>();
for (const [form, value, kind] of readWordTable('number-words.tsv')) {
  if (form === undefined || !(WORD_KINDS as readonly string[]).includes(kind ?? '') || !Number.isFinite(Number(value))) {
    throw new Error(`data/text/number-words.tsv: bad row "${form}"`);
  }
  WORDS.set(normalise(form), { value: Number(value), kind: kind as NumberWordKind });
}

const BEFORE = new PhraseIndex<string>();
const AFTER = new PhraseIndex<string>();
for (const [phrase, position] of readWordTable('approximation.tsv')) {
  const words = phraseWords(phrase ?? '');
  if (position === 'before') BEFORE.add(words, words.join(' '));
  else if (position === 'after') AFTER.add(words, words.join(' '));
  else throw new Error(`data/text/approximation.tsv: bad position for "${phrase}"`);
}

// What a word may start, so that most tokens cost one lookup.
const MAY_NUMBER = 1;
const MAY_CUE = 2;
const STARTS = new WordFlags();
for (const form of WORDS.keys()) STARTS.add(form, MAY_NUMBER);
for (const [phrase, position] of readWordTable('approximation.tsv')) {
  const first = phraseWords(phrase ?? '')[0]!;
  if (position === 'before') STARTS.add(first, MAY_CUE);
}

function startsOf(token: Token): number {
  if (token.kind === 'num') return MAY_NUMBER;
  if (token.kind !== 'ar') return 0;
  return STARTS.of(token.forms);
}

/** The normalised forms of the number words of the given kinds, for indexes built on top of them. */
export function numberWordForms(kinds: readonly NumberWordKind[]): string[] {
  const forms: string[] = [];
  for (const [form, word] of WORDS) if (kinds.includes(word.kind)) forms.push(form);
  return forms;
}

/** The number word a token reads as, trying its clitic readings longest first; null when none or a "not" word. */
export function numberWordOf(token: Token): NumberWordReading | null {
  if (token.kind !== 'ar') return null;
  for (const form of token.forms) {
    const word = WORDS.get(form);
    if (word === undefined) continue;
    if (word.kind === 'not') return null;
    const norm = token.norm;
    const prefix = norm.endsWith(form) ? norm.slice(0, norm.length - form.length) : '?';
    return { word, prefix };
  }
  return null;
}

/** True when only spaces (and marks the normaliser drops) separate [from, to) in the text. */
function spaceOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09 && c !== 0x640 && !(c >= 0x200b && c <= 0x200f) && c !== 0x61c) return false;
  }
  return true;
}

const SLASH = 0x2f;
const COLON = 0x3a;
/** Digits touching "/" or ":" belong to a date or a time. */
function joinsDateOrTime(c: number): boolean {
  return c === SLASH || c === COLON;
}
const ARABIC_DECIMAL = 0x66b; // ٫
const ARABIC_THOUSANDS = 0x66c; // ٬
/** Separators that group thousands before exactly three digits, and otherwise mark decimals. */
const GROUP_OR_DECIMAL = new Set([0x2c, 0x2e, 0x60c]); // , . ،

interface Digits {
  /** null when the digits are part of a time or a slash date ("11:25", "2/11/2015"). */
  value: number | null;
  last: number;
}

/** Digits at token i with the digit groups written right after them ("3,000", "1.5", "2,5"). */
function readDigits(text: string, tokens: readonly Token[], i: number, limit: number): Digits {
  const first = tokens[i]!;
  if (joinsDateOrTime(text.charCodeAt(first.start - 1)) || joinsDateOrTime(text.charCodeAt(first.end))) {
    let last = i;
    while (last + 1 < limit && tokens[last + 1]!.kind === 'num' && joinsDateOrTime(text.charCodeAt(tokens[last]!.end)) &&
      tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
    return { value: null, last };
  }
  let value = Number(first.norm);
  let last = i;
  let grouped = false;
  while (last + 1 < limit) {
    const prev = tokens[last]!;
    const next = tokens[last + 1]!;
    if (next.kind !== 'num' || next.start !== prev.end + 1) break;
    const sep = text.charCodeAt(prev.end);
    const threeDigits = next.norm.length === 3;
    if ((sep === ARABIC_THOUSANDS || GROUP_OR_DECIMAL.has(sep)) && threeDigits && (grouped || first.norm.length <= 3)) {
      value = value * 1000 + Number(next.norm);
      grouped = true;
      last++;
      continue;
    }
    if (sep === ARABIC_DECIMAL || GROUP_OR_DECIMAL.has(sep)) {
      // "04,00": a clock time as some agencies write it; counts have no leading zero.
      if (!grouped && first.norm.length === 2 && first.norm[0] === '0' && next.norm.length === 2) return { value: null, last: last + 1 };
      value += Number(next.norm) / 10 ** next.norm.length;
      last++;
    }
    break;
  }
  return { value, last };
}

// Where a number stands while its words are read.
const EMPTY = 0; // nothing below the last scale yet
const HUNDREDS = 1; // hundreds read, units or tens may follow with و
const UNIT = 2; // a unit read: عشر (teen), tens with و, or مئة may follow
const CLOSED = 3; // tens, teens or digits read: only a scale may follow

interface Parsed {
  /** null for a number that is no count (a time, a slash date): skip to `last`. */
  value: number | null;
  vague: boolean;
  last: number;
}

/** Words that "أحد" may stand before as "anyone" ("لم يصب أحد من المدنيين"). */
const PARTICLES = new Set(['من', 'في', 'على', 'عن', 'الى', 'مع', 'بين', 'او', 'ولا']);
/** Pronouns a noun ends with when it is somebody's ("جنوده", "عناصرها"). */
const POSSESSIVE = /..(ه|ها|هم|هن|نا)$/;

/**
 * "أحد"/"إحدى" count only before عشر or a definite noun: with the article ("أحد المسلحين"), a pronoun ("أحد جنوده")
 * or the definite noun it is joined to ("أحد عناصر الشرطة"); not as "anyone".
 */
function oneOfCounts(tokens: readonly Token[], i: number, limit: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= limit) return false;
  const reading = numberWordOf(next);
  if (reading !== null) return reading.word.kind === 'ten' && reading.prefix === '';
  if (next.kind !== 'ar') return false;
  if (next.norm.startsWith('ال') || POSSESSIVE.test(next.norm)) return true;
  const after = tokens[i + 2];
  return !PARTICLES.has(next.norm) && i + 2 < limit && after?.kind === 'ar' && after.norm.startsWith('ال');
}

/** "عشر" after an ordinal ("الثالث عشر") or after "الأحد" ("الأحد عشر", read as the weekday word) is no 10. */
function closesTeen(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'ar') return false;
  for (const form of prev.forms) {
    const kind = WORDS.get(form)?.kind;
    if (kind === 'ordinal' || kind === 'ordinal-compound' || kind === 'one-of') return true;
  }
  return false;
}

/** Reads one number starting at token i (its first token may carry any clitic; the next ones only و). */
function parseAt(text: string, tokens: readonly Token[], i: number, limit: number): Parsed | null {
  let total = 0;
  let group = 0;
  let stage = EMPTY;
  let lastScale = Infinity;
  let vague = false;
  let count = 0;
  let last = i - 1;
  let j = i;
  while (j < limit) {
    const t = tokens[j]!;
    if (count > 0 && !spaceOnly(text, tokens[last]!.end, t.start)) break;
    let kind: NumberWordKind | 'digits';
    let value: number;
    let joined = false;
    let adjacent = true;
    let end = j;
    if (t.kind === 'num' || (count > 0 && t.norm === 'و' && tokens[j + 1]?.kind === 'num' && tokens[j + 1]!.start === t.end && j + 1 < limit)) {
      // "و200" is tokenised as و + 200.
      joined = t.kind !== 'num';
      adjacent = !joined;
      const digits = readDigits(text, tokens, joined ? j + 1 : j, limit);
      if (digits.value === null) {
        if (count === 0) return { value: null, vague: false, last: digits.last };
        break;
      }
      kind = 'digits';
      value = digits.value;
      end = digits.last;
    } else {
      const reading = numberWordOf(t);
      if (reading === null) break;
      kind = reading.word.kind;
      value = reading.word.value;
      joined = reading.prefix === 'و';
      // After a vague magnitude the scale is definite: "عشرات الآلاف".
      adjacent = reading.prefix === '' || (vague && reading.prefix === 'ال');
      if (count > 0 && !joined && !adjacent) break;
    }
    const canJoin = joined && (stage === HUNDREDS || (stage === EMPTY && total > 0));
    if (count > 0 && vague && kind !== 'scale' && kind !== 'plural') break;
    let ok = true;
    switch (kind) {
      case 'digits':
        if (count === 0) group = value;
        else if (canJoin && (stage === EMPTY || value < 100)) group += value;
        else ok = false;
        stage = CLOSED;
        break;
      case 'unit':
        if (count === 0 || canJoin) group += value;
        else ok = false;
        stage = UNIT;
        break;
      case 'one-of':
        if (count === 0 && oneOfCounts(tokens, j, limit)) group = value;
        else if (count === 0) return null;
        else ok = false;
        stage = UNIT;
        break;
      case 'ten':
        if (adjacent && count > 0 && stage === UNIT && group % 100 < 10) group += value;
        else if (count === 0 && closesTeen(tokens, j)) return null;
        else if (count === 0 || canJoin) group += value;
        else ok = false;
        stage = CLOSED;
        break;
      case 'tens':
        if (count === 0 || canJoin || (joined && stage === UNIT)) group += value;
        else ok = false;
        stage = CLOSED;
        break;
      case 'hundred':
        if (count === 0 || (canJoin && stage === EMPTY)) group += value;
        else if (adjacent && value === 100 && stage === UNIT && group >= 3 && group <= 9) group *= 100;
        else ok = false;
        stage = HUNDREDS;
        break;
      case 'scale':
      case 'multiplier':
      case 'plural':
        if (value >= lastScale) ok = false;
        else if (group > 0 && adjacent) {
          total += group * value;
          group = 0;
        } else if (group > 0) ok = false;
        else if (count === 0) {
          if (kind === 'multiplier') return null;
          total = value;
          vague = kind === 'plural';
        } else if (kind === 'scale' && canJoin) total += value;
        else ok = false;
        lastScale = value;
        stage = EMPTY;
        break;
      case 'dual':
        if (count === 0 || (canJoin && stage === EMPTY && value / 2 < lastScale)) total += value;
        else ok = false;
        lastScale = value / 2;
        stage = EMPTY;
        break;
      case 'vague':
        if (count === 0) {
          group = value;
          vague = true;
        } else ok = false;
        stage = CLOSED;
        break;
      default:
        ok = false; // percent and ordinals are no cardinals
    }
    if (!ok) break;
    last = end;
    count++;
    j = end + 1;
  }
  if (count === 0) return null;
  const prev = tokens[i - 1];
  if (prev !== undefined && numberWordOf(prev)?.word.kind === 'clock') return { value: null, vague: false, last };
  return { value: total + group, vague, last };
}

function percentAfter(text: string, tokens: readonly Token[], last: number): boolean {
  let k = tokens[last]!.end;
  if (text.charCodeAt(k) === 0x20) k++;
  const c = text.charCodeAt(k);
  if (c === 0x25 || c === 0x66a) return true; // % ٪
  let next = tokens[last + 1];
  if (next?.norm === 'في') next = tokens[last + 2];
  return next !== undefined && numberWordOf(next)?.word.kind === 'percent';
}

/** An approximation phrase right after the number, or after the noun it counts ("30 قتيلا على الأقل"). */
function cueAfter(tokens: readonly Token[], last: number, limit: number): string | null {
  for (let k = last + 1; k <= last + 2 && k < limit; k++) {
    const match = AFTER.match(tokens, k, limit);
    if (match !== null) return match.value;
    if (tokens[k]!.kind !== 'ar' || startsOf(tokens[k]!) & MAY_NUMBER) break;
  }
  return null;
}

function mention(text: string, tokens: readonly Token[], i: number, value: number, parsed: Parsed, cue: string | null, cueBefore = 0): NumberMention {
  const start = tokens[i]!.start;
  const end = tokens[parsed.last]!.end;
  return {
    value,
    approximate: parsed.vague || cue !== null,
    vague: parsed.vague,
    percent: percentAfter(text, tokens, parsed.last),
    start,
    end,
    firstToken: i,
    lastToken: parsed.last,
    text: text.slice(start, end),
    cue,
    cueBefore,
  };
}

/** The number starting at token i (approximation words are not looked for), or null. */
export function numberAt(text: string, tokens: readonly Token[], i: number, limit: number = tokens.length): NumberMention | null {
  if (i >= limit || !(startsOf(tokens[i]!) & MAY_NUMBER)) return null;
  const parsed = parseAt(text, tokens, i, limit);
  if (parsed === null || parsed.value === null) return null;
  return mention(text, tokens, i, parsed.value, parsed, null);
}

/**
 * Every number among tokens [from, to) of `text` (the text the tokens were made from), in order.
 * Times and slash dates ("11:25", "الساعة الواحدة", "2/11/2015") are left out; a date's year is not
 * (leave out numbers inside `findDates` spans where a count is wanted).
 */
export function findNumbers(text: string, tokens: readonly Token[], from: number = 0, to: number = tokens.length): NumberMention[] {
  const found: NumberMention[] = [];
  let cueFirst = -2;
  let cueLast = -2;
  let cue: string | null = null;
  for (let i = from; i < to; ) {
    const token = tokens[i]!;
    const roles = startsOf(token);
    if (roles === 0) {
      i++;
      continue;
    }
    if (roles & MAY_NUMBER) {
      const parsed = parseAt(text, tokens, i, to);
      if (parsed !== null) {
        if (parsed.value !== null) {
          const before = cueLast === i - 1 && spaceOnly(text, tokens[i - 1]!.end, token.start) ? cue : null;
          const after = before ?? cueAfter(tokens, parsed.last, to);
          found.push(mention(text, tokens, i, parsed.value, parsed, after, before === null ? 0 : i - cueFirst));
        }
        i = parsed.last + 1;
        continue;
      }
    }
    if (roles & MAY_CUE) {
      const match = BEFORE.match(tokens, i, to);
      if (match !== null) {
        cueFirst = i;
        cueLast = match.last;
        cue = match.value;
        i = match.last + 1;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** The ordinal at token i ("السابع", "الحادي عشر", "الخامس والعشرين", "العشرين"), or null. */
export function ordinalAt(tokens: readonly Token[], i: number, limit: number = tokens.length): { value: number; last: number } | null {
  if (i >= limit) return null;
  const reading = numberWordOf(tokens[i]!);
  if (reading === null) return null;
  const { kind, value } = reading.word;
  if (kind === 'tens' && reading.prefix.endsWith('ال') && (value === 20 || value === 30)) return { value, last: i };
  if (kind !== 'ordinal' && kind !== 'ordinal-compound') return null;
  const next = i + 1 < limit ? tokens[i + 1] : undefined;
  const after = next === undefined ? null : numberWordOf(next);
  if (after !== null && value < 10) {
    if (after.word.kind === 'ten' && after.prefix === '') return { value: value + 10, last: i + 1 };
    if (after.word.kind === 'tens' && after.prefix === 'وال') return { value: value + after.word.value, last: i + 1 };
  }
  return kind === 'ordinal' ? { value, last: i } : null;
}

/** The value of number words that form exactly one number ("ألف وخمسمئة" → 1500), else null. */
export function parseNumberWords(words: readonly string[]): number | null {
  const text = words.join(' ');
  const tokens = tokenise(text);
  const found = findNumbers(text, tokens);
  const only = found[0];
  if (found.length !== 1 || only === undefined || only.firstToken !== 0 || only.lastToken !== tokens.length - 1) return null;
  return only.value;
}
