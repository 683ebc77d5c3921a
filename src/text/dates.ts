/**
 * Date expressions in Arabic news text, resolved against the article's publication date:
 * absolute dates ("02/نوفمبر/2015", "السابع من تشرين الأول/ أكتوبر 2015", "في أكتوبر عام 2012"),
 * dates whose year comes from the publication date ("31 أكتوبر الماضي", "في مايو (أيار) الماضي"),
 * relative days and periods ("أمس", "أول أمس", "خلال اليومين الماضيين", "خلال الـ24 ساعة الماضية",
 * "العام الماضي"), weekdays ("مساء الجمعة", "الأحد الماضي") and background ("في وقت سابق").
 * One pass over the tokens; the word lists are data/text/{months,weekdays,relative-dates,
 * date-cues,period-units}.tsv. Without a publication date, relative dates stay unknown.
 */
import type { DatePrecision, Span } from '../contract/index.ts';
import { normalise } from './normalise.ts';
import { numberAt, numberWordForms, numberWordOf, ordinalAt } from './numbers.ts';
import { tokenise, type Token } from './tokens.ts';
import { lookupForms, PhraseIndex, phraseWords, readWordTable, WordFlags } from './wordlists.ts';

export interface DateValue {
  /** ISO date (YYYY-MM-DD) or null when it cannot be known. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

export type DateKind = 'absolute' | 'relative' | 'weekday' | 'background';

export interface DateMention extends Span {
  text: string;
  date: DateValue;
  /** absolute: the text gives the year; relative: resolved against the publication date. */
  kind: DateKind;
  /** Which pattern read it: "day-month", "numeric", "month", "year", "relative", "period", "ago", "weekday". */
  rule: string;
}

// ---- calendar -------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Years read from text: outside this window a four-digit number is no year (Hijri years, counts). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** The longest of each month, for day-months without a year (29 February is possible). */
const LONGEST_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A day-month without year is read in the publication year unless it lies this far beyond it. */
const FUTURE_SLACK_DAYS = 31;
/** "قبل N أيام" is a day only for a short look back; further it is no more a day-precise date. */
const MAX_AGO_DAYS = 14;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The ISO date of a day number (days since 1970-01-01), by civil-from-days arithmetic. */
function isoOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday .. 6 = Saturday (1970-01-01, day 0, was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function parseIso(iso: string | null): number | null {
  const m = iso === null ? null : ISO_DATE.exec(iso);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

function requireIso(iso: string): number {
  const day = parseIso(iso);
  if (day === null) throw new Error(`not an ISO date: ${iso}`);
  return day;
}

/** `iso` moved by n days. */
export function addDays(iso: string, n: number): string {
  return isoOf(requireIso(iso) + n);
}

/** The last `weekday` (0 = Sunday .. 6 = Saturday) on or before `iso`. */
export function lastWeekday(iso: string, weekday: number): string {
  const day = requireIso(iso);
  return isoOf(day - ((weekdayOf(day) - weekday + 7) % 7));
}

/** How long before another an occurrence came ("بعد أربعة أيام على", "غداة": a day before). */
export interface Elapsed {
  amount: number;
  unit: ElapsedUnit;
}

export type ElapsedUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export const ELAPSED_UNITS: ReadonlySet<string> = new Set<ElapsedUnit>(['hour', 'day', 'week', 'month', 'year']);

/**
 * The date `elapsed` before `value`: days and weeks shift it (a day stays a day), months and years give the month or
 * the year, hours the same day. An unknown date stays unknown.
 */
export function dateBefore(value: DateValue, elapsed: Elapsed): DateValue {
  const start = parseIso(value.start);
  const end = parseIso(value.end);
  if (start === null || end === null) return unknown();
  const { amount, unit } = elapsed;
  if (unit === 'hour') return days(start, end, value.precision);
  if (unit === 'day' || unit === 'week') {
    const n = unit === 'week' ? 7 * amount : amount;
    return days(start - n, end - n, value.precision === 'day' ? 'day' : 'range');
  }
  const [year, month] = value.start!.split('-').map(Number) as [number, number];
  if (unit === 'year') return yearValue(year - amount, null);
  const months = year * 12 + (month - 1) - amount;
  return monthValue(Math.floor(months / 12), (months % 12) + 1, null);
}

function unknown(): DateValue {
  return { start: null, end: null, precision: 'unknown' };
}

function days(start: number, end: number, precision: DatePrecision): DateValue {
  return { start: isoOf(start), end: isoOf(end), precision };
}

type Part = 'early' | 'mid' | 'late' | 'whole';

function monthValue(year: number, month: number, part: Part | null): DateValue {
  const last = daysInMonth(year, month);
  if (part === 'early') return days(dayNumber(year, month, 1), dayNumber(year, month, 10), 'range');
  if (part === 'mid') return days(dayNumber(year, month, 11), dayNumber(year, month, 20), 'range');
  if (part === 'late') return days(dayNumber(year, month, 21), dayNumber(year, month, last), 'range');
  return days(dayNumber(year, month, 1), dayNumber(year, month, last), 'month');
}

function yearValue(year: number, part: Part | null): DateValue {
  if (part === 'early') return days(dayNumber(year, 1, 1), dayNumber(year, 3, 31), 'range');
  if (part === 'mid') return days(dayNumber(year, 4, 1), dayNumber(year, 9, 30), 'range');
  if (part === 'late') return days(dayNumber(year, 10, 1), dayNumber(year, 12, 31), 'range');
  return days(dayNumber(year, 1, 1), dayNumber(year, 12, 31), 'year');
}

// ---- word lists -----------------------------------------------------------------------------

type CueRole = 'prefix' | Part | 'since' | 'cue' | 'ago' | 'year' | Qualifier;
type Qualifier = 'past' | 'current' | 'next';
const CUE_ROLES: readonly CueRole[] = ['prefix', 'early', 'mid', 'late', 'whole', 'since', 'cue', 'ago', 'year', 'past', 'current', 'next'];
/** Roles of words that belong to the date they come before ("مساء", "منتصف", "منذ"). */
const LEADING: ReadonlySet<CueRole> = new Set(['prefix', 'early', 'mid', 'late', 'whole', 'since']);
/** At most this many leading words: "منذ منتصف", "خلال شهر". */
const MAX_LEADING = 3;

type Relative =
  | { kind: 'day' | 'month' | 'year'; offset: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'background' | 'not' };

interface PeriodUnit {
  hours: number;
  kind: 'unit' | 'plural' | 'dual';
}

function badRow(file: string, row: readonly string[]): Error {
  return new Error(`data/text/${file}: bad row "${row.join('\t')}"`);
}

// What a token may start, so that most tokens cost one Map lookup per reading.
const MAY_RELATIVE = 1;
const MAY_WEEKDAY = 2;
const MAY_MONTH = 4;
const MAY_LEAD = 8;
const MAY_YEAR = 16;
const MAY_PERIOD = 32;
const MAY_ORDINAL = 64;
const MAY_DIGITS = MAY_PERIOD | MAY_YEAR; // digits start day-months, numeric dates and "24 ساعة"

const STARTS = new WordFlags();
function mayStart(word: string, role: number): void {
  STARTS.add(word, role);
}

const MONTHS = new PhraseIndex<number>(false);
for (const row of readWordTable('months.tsv')) {
  const month = Number(row[1]);
  if (!(month >= 1 && month <= 12)) throw badRow('months.tsv', row);
  const words = phraseWords(row[0]!);
  MONTHS.add(words, month);
  mayStart(words[0]!, MAY_MONTH);
}

const WEEKDAYS = new Map<string, number>();
for (const row of readWordTable('weekdays.tsv')) {
  const day = Number(row[1]);
  if (!(day >= 0 && day <= 6)) throw badRow('weekdays.tsv', row);
  WEEKDAYS.set(normalise(row[0]!), day);
  mayStart(normalise(row[0]!), MAY_WEEKDAY);
}

const RELATIVE = new PhraseIndex<Relative>();
for (const row of readWordTable('relative-dates.tsv')) {
  const [phrase, kind, a, b] = row;
  let value: Relative;
  if (kind === 'day' || kind === 'month' || kind === 'year') value = { kind, offset: Number(a) };
  else if (kind === 'range') value = { kind, from: Number(a), to: Number(b) };
  else if (kind === 'background' || kind === 'not') value = { kind };
  else throw badRow('relative-dates.tsv', row);
  if (('offset' in value && !Number.isInteger(value.offset)) || ('from' in value && !(value.from <= value.to))) {
    throw badRow('relative-dates.tsv', row);
  }
  const words = phraseWords(phrase!);
  RELATIVE.add(words, value);
  mayStart(words[0]!, MAY_RELATIVE);
}

const CUES = new Map<string, CueRole>();
for (const row of readWordTable('date-cues.tsv')) {
  const role = row[1] as CueRole;
  if (!CUE_ROLES.includes(role)) throw badRow('date-cues.tsv', row);
  const word = normalise(row[0]!);
  CUES.set(word, role);
  if (LEADING.has(role)) mayStart(word, MAY_LEAD);
  if (role === 'year') mayStart(word, MAY_YEAR);
  if (role === 'ago') mayStart(word, MAY_PERIOD);
}

const UNITS = new Map<string, PeriodUnit>();
for (const row of readWordTable('period-units.tsv')) {
  const hours = Number(row[1]);
  const kind = row[2];
  if (!(hours > 0) || (kind !== 'unit' && kind !== 'plural' && kind !== 'dual')) throw badRow('period-units.tsv', row);
  UNITS.set(normalise(row[0]!), { hours, kind });
  mayStart(normalise(row[0]!), MAY_PERIOD);
}
mayStart('ال', MAY_PERIOD); // "الـ24 ساعة" is tokenised as ال + 24
for (const word of numberWordForms(['ordinal', 'ordinal-compound', 'tens'])) mayStart(word, MAY_ORDINAL);


function startsOf(token: Token): number {
  if (token.kind === 'num') return MAY_DIGITS;
  if (token.kind !== 'ar') return 0;
  return STARTS.of(token.forms);
}

// ---- matching -------------------------------------------------------------------------------

interface Context {
  text: string;
  tokens: readonly Token[];
  /** Publication date as a day number, or null. */
  pub: number | null;
  pubYear: number;
  pubMonth: number;
}

interface Found {
  start: number;
  end: number;
  last: number;
  /** null: words that look like a date and are none ("اليوم التالي"): skip them. */
  date: DateValue | null;
  kind: DateKind;
  rule: string;
}

interface Leading {
  part: Part | null;
  since: boolean;
  /** A word before allows a bare month name ("في مايو"); "مارس" alone is also a verb. */
  cued: boolean;
}

const NO_LEADING: Leading = { part: null, since: false, cued: false };

/** Only spaces, and at most one of `separators`, between offsets [from, to). */
function gapOk(text: string, from: number, to: number, separators: string): boolean {
  let seen = false;
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (ch === ' ' || ch === '\u00a0' || ch === '\u0640' || ch === '\u200f' || ch === '\u200e') continue;
    if (seen || !separators.includes(ch)) return false;
    seen = true;
  }
  return true;
}

const DAY_MONTH_SEPARATORS = '/-';
const YEAR_SEPARATORS = '/-,،';
const ALTERNATIVE_SEPARATORS = '/(';
const WEEKDAY_SEPARATORS = ',،-';

function fourDigitYear(token: Token | undefined): number | null {
  if (token === undefined || token.kind !== 'num' || token.norm.length !== 4) return null;
  const year = Number(token.norm);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function qualifierAt(ctx: Context, j: number, after: number): Qualifier | null {
  const token = ctx.tokens[j];
  if (token === undefined || !gapOk(ctx.text, after, token.start, '')) return null;
  const role = CUES.get(token.norm);
  return role === 'past' || role === 'current' || role === 'next' ? role : null;
}

interface MonthRead {
  month: number;
  last: number;
  end: number;
}

/** A month name, with the other calendar's name after it: "تشرين الأول/ أكتوبر", "مايو (أيار)". */
function monthAt(ctx: Context, i: number): MonthRead | null {
  const { tokens, text } = ctx;
  if (i >= tokens.length) return null;
  const match = MONTHS.match(tokens, i);
  if (match === null) return null;
  let last = match.last;
  let end = tokens[last]!.end;
  const next = tokens[last + 1];
  if (next !== undefined && gapOk(text, end, next.start, ALTERNATIVE_SEPARATORS) && !gapOk(text, end, next.start, '')) {
    const other = MONTHS.match(tokens, last + 1);
    if (other !== null && other.value === match.value) {
      const paren = text.slice(end, next.start).includes('(');
      last = other.last;
      end = tokens[last]!.end;
      if (paren) {
        let k = end;
        while (text[k] === ' ') k++;
        if (text[k] === ')') end = k + 1;
      }
    }
  }
  return { month: match.value, last, end };
}

/** A year after a month: "2015", "/2015", "عام 2012", "من عام 2012". */
function yearAt(ctx: Context, j: number, after: number): { year: number; last: number } | null {
  const { tokens, text } = ctx;
  let k = j;
  if (tokens[k]?.norm === 'من') k++;
  if (tokens[k] !== undefined && lookupForms(tokens[k]!, CUES, true) === 'year') k++;
  const year = fourDigitYear(tokens[k]);
  if (year === null || tokens[j] === undefined) return null;
  if (!gapOk(text, after, tokens[j]!.start, k === j ? YEAR_SEPARATORS : '')) return null;
  return { year, last: k };
}

function found(ctx: Context, i: number, last: number, end: number, date: DateValue | null, kind: DateKind, rule: string): Found {
  return { start: ctx.tokens[i]!.start, end, last, date, kind, rule };
}

/** "31 أكتوبر الماضي", "السابع من تشرين الأول/ أكتوبر 2015", "02/نوفمبر/2015". */
function dayMonthAt(ctx: Context, i: number): Found | null {
  const { tokens, text, pub } = ctx;
  const token = tokens[i]!;
  let day: number;
  let last: number;
  if (token.kind === 'num') {
    if (token.norm.length > 2) return null;
    day = Number(token.norm);
    last = i;
  } else {
    const ordinal = ordinalAt(tokens, i);
    if (ordinal === null) return null;
    day = ordinal.value;
    last = tokens[ordinal.last + 1]?.norm === 'من' ? ordinal.last + 1 : ordinal.last;
  }
  const next = tokens[last + 1];
  if (day < 1 || day > 31 || next === undefined) return null;
  if (!gapOk(text, tokens[last]!.end, next.start, token.kind === 'num' ? DAY_MONTH_SEPARATORS : '')) return null;
  const month = monthAt(ctx, last + 1);
  if (month === null) return null;
  // An impossible date ("31 فبراير") is no date at all, not even its month.
  const impossible = (through: number): Found => found(ctx, i, through, tokens[through]!.end, null, 'absolute', 'day-month');
  if (day > LONGEST_MONTH[month.month]!) return impossible(month.last);

  const year = yearAt(ctx, month.last + 1, month.end);
  if (year !== null) {
    if (day > daysInMonth(year.year, month.month)) return impossible(year.last);
    const d = dayNumber(year.year, month.month, day);
    return found(ctx, i, year.last, tokens[year.last]!.end, days(d, d, 'day'), 'absolute', 'day-month');
  }
  const qualifier = qualifierAt(ctx, month.last + 1, month.end);
  last = qualifier === null ? month.last : month.last + 1;
  const end = qualifier === null ? month.end : tokens[last]!.end;
  if (pub === null) return found(ctx, i, last, end, unknown(), 'relative', 'day-month');
  let y = ctx.pubYear;
  const inYear = (yy: number): number => dayNumber(yy, month.month, day);
  if (qualifier === 'past' && inYear(y) > pub) y--;
  else if (qualifier === 'next' && inYear(y) <= pub) y++;
  else if (qualifier === null && inYear(y) > pub + FUTURE_SLACK_DAYS) y--;
  if (day > daysInMonth(y, month.month)) return impossible(last);
  const d = inYear(y);
  return found(ctx, i, last, end, days(d, d, 'day'), 'relative', 'day-month');
}

/** "2/11/2015", "2015-11-02", "2.11.2015". */
function numericAt(ctx: Context, i: number): Found | null {
  const { tokens, text } = ctx;
  const [a, b, c] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (b === undefined || c === undefined || b.kind !== 'num' || c.kind !== 'num') return null;
  if (b.start !== a.end + 1 || c.start !== b.end + 1) return null;
  const sep = text[a.end]!;
  if (text[b.end] !== sep || !'/-.'.includes(sep)) return null;
  const yearFirst = fourDigitYear(a);
  const [year, month, day] = yearFirst !== null
    ? [yearFirst, Number(b.norm), Number(c.norm)]
    : [fourDigitYear(c), Number(b.norm), Number(a.norm)];
  if (year === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const d = dayNumber(year, month, day);
  return found(ctx, i, i + 2, c.end, days(d, d, 'day'), 'absolute', 'numeric');
}

/** "في سبتمبر الماضي", "أكتوبر عام 2012", "كانون الثاني/يناير", "منتصف نوفمبر". */
function monthOnlyAt(ctx: Context, i: number, leading: Leading): Found | null {
  const { tokens, pub } = ctx;
  const month = monthAt(ctx, i);
  if (month === null) return null;
  const year = yearAt(ctx, month.last + 1, month.end);
  if (year !== null) {
    return found(ctx, i, year.last, tokens[year.last]!.end, monthValue(year.year, month.month, leading.part), 'absolute', 'month');
  }
  const qualifier = qualifierAt(ctx, month.last + 1, month.end);
  if (qualifier === null && !leading.cued) return null;
  const last = qualifier === null ? month.last : month.last + 1;
  const end = qualifier === null ? month.end : tokens[last]!.end;
  if (pub === null) return found(ctx, i, last, end, unknown(), 'relative', 'month');
  let y = ctx.pubYear;
  if (qualifier === 'past' && month.month >= ctx.pubMonth) y--;
  else if (qualifier === 'next' && month.month <= ctx.pubMonth) y++;
  else if (qualifier === null && month.month > ctx.pubMonth + 1) y--;
  return found(ctx, i, last, end, monthValue(y, month.month, leading.part), 'relative', 'month');
}

/** "عام 2012", "العام 2017", and after "أواخر"/"منذ": "أواخر 2017". */
function yearOnlyAt(ctx: Context, i: number, leading: Leading): Found | null {
  const { tokens } = ctx;
  let k = i;
  if (tokens[i]!.kind === 'ar' && lookupForms(tokens[i]!, CUES, true) === 'year') k = i + 1;
  else if (leading.part === null && !leading.since) return null;
  const year = fourDigitYear(tokens[k]);
  if (year === null || (k > i && !gapOk(ctx.text, tokens[i]!.end, tokens[k]!.start, ''))) return null;
  return found(ctx, i, k, tokens[k]!.end, yearValue(year, leading.part), 'absolute', 'year');
}

function resolveRelative(ctx: Context, relative: Relative): DateValue {
  const { pub } = ctx;
  if (relative.kind === 'background' || relative.kind === 'not' || pub === null) return unknown();
  switch (relative.kind) {
    case 'day':
      return days(pub + relative.offset, pub + relative.offset, 'day');
    case 'range':
      return days(pub + relative.from, pub + relative.to, 'range');
    case 'month': {
      const index = ctx.pubYear * 12 + (ctx.pubMonth - 1) + relative.offset;
      return monthValue(Math.floor(index / 12), (index % 12) + 1, null);
    }
    case 'year':
      return yearValue(ctx.pubYear + relative.offset, null);
  }
}

/** "أمس", "أول أمس", "اليوم الخميس", "العام الماضي", "في وقت سابق"; "روسيا اليوم" is skipped. */
function relativeAt(ctx: Context, i: number): Found | null {
  const { tokens } = ctx;
  const match = RELATIVE.match(tokens, i);
  if (match === null) return null;
  let last = match.last;
  const relative = match.value;
  // "اليوم الأول من الهدنة", "اليوم السابع": a day of something, not today.
  if (relative.kind === 'not' || (last + 1 < tokens.length && ordinalAt(tokens, last + 1) !== null)) {
    return found(ctx, i, last, tokens[last]!.end, null, 'relative', 'relative');
  }
  // "اليوم الخميس", "أمس الأربعاء": the weekday only confirms the day.
  if (relative.kind === 'day' && tokens[last + 1] !== undefined && WEEKDAYS.has(tokens[last + 1]!.norm)) last++;
  const kind: DateKind = relative.kind === 'background' ? 'background' : 'relative';
  return found(ctx, i, last, tokens[last]!.end, resolveRelative(ctx, relative), kind, 'relative');
}

/** "الجمعة", "الأحد الماضي", "الإثنين 02/نوفمبر/2015" (then the full date is what counts). */
function weekdayAt(ctx: Context, i: number): Found | null {
  const { tokens, text, pub } = ctx;
  const token = tokens[i]!;
  const weekday = lookupForms(token, WEEKDAYS, true);
  if (weekday === undefined) return null;
  const next = tokens[i + 1];
  if (next !== undefined && numberWordOf(next)?.word.kind === 'ten') return null; // "الأحد عشر" = eleven
  if (next !== undefined && gapOk(text, token.end, next.start, WEEKDAY_SEPARATORS)) {
    const full = (next.kind === 'num' ? numericAt(ctx, i + 1) : null) ?? dayMonthAt(ctx, i + 1);
    if (full !== null && full.date !== null) return { ...full, start: token.start, rule: `weekday+${full.rule}` };
  }
  const qualifier = qualifierAt(ctx, i + 1, token.end);
  const last = qualifier === null ? i : i + 1;
  if (pub === null) return found(ctx, i, last, tokens[last]!.end, unknown(), 'weekday', 'weekday');
  const back = (weekdayOf(pub) - weekday + 7) % 7;
  let day: number;
  if (qualifier === 'past') day = pub - (back || 7);
  else if (qualifier === 'next') day = pub + ((weekday - weekdayOf(pub) + 7) % 7 || 7);
  else day = pub - back;
  return found(ctx, i, last, tokens[last]!.end, days(day, day, 'day'), 'weekday', 'weekday');
}

/**
 * "the past N units": "الـ24 ساعة الماضية", "الأيام الثلاثة الماضية", "اليومين الماضيين",
 * "الأسبوع الماضي" (a range up to the publication date), and "قبل يومين" (a day).
 */
function periodAt(ctx: Context, i: number): Found | null {
  const { tokens, text, pub } = ctx;
  const ago = lookupForms(tokens[i]!, CUES, false) === 'ago';
  let k = ago ? i + 1 : i;
  if (tokens[k]?.norm === 'ال' && tokens[k + 1]?.kind === 'num') k++;
  let hours: number | null = null;
  let last: number;
  const leading = k < tokens.length ? numberAt(text, tokens, k) : null;
  if (leading !== null) {
    // "24 ساعة", "ثلاثة أيام": number then unit
    const unit = tokens[leading.lastToken + 1] === undefined ? undefined : lookupForms(tokens[leading.lastToken + 1]!, UNITS);
    if (unit === undefined || unit.kind === 'dual' || leading.vague) return null;
    hours = leading.value * unit.hours;
    last = leading.lastToken + 1;
  } else {
    const unit = k < tokens.length ? lookupForms(tokens[k]!, UNITS) : undefined;
    if (unit === undefined) return null;
    last = k;
    const count = unit.kind === 'dual' ? null : numberAt(text, tokens, k + 1);
    if (count !== null && !count.vague) {
      hours = count.value * unit.hours; // "الأيام الثلاثة"
      last = count.lastToken;
    } else if (unit.kind !== 'plural') hours = unit.hours; // "اليومين", "الأسبوع"
  }
  if (ago) {
    if (hours === null || hours < 24 || hours > MAX_AGO_DAYS * 24) return null;
    const back = Math.round(hours / 24);
    const date = pub === null ? unknown() : days(pub - back, pub - back, 'day');
    return found(ctx, i, last, tokens[last]!.end, date, 'relative', 'ago');
  }
  if (qualifierAt(ctx, last + 1, tokens[last]!.end) !== 'past') return null;
  last++;
  const end = tokens[last]!.end;
  // Without a count: "الساعات الماضية" is today; "الأيام الماضية" is no date.
  if (hours === null) {
    const unit = lookupForms(tokens[k]!, UNITS)!;
    if (unit.hours >= 24) return found(ctx, i, last, end, unknown(), 'background', 'period');
    hours = unit.hours;
  }
  const back = Math.ceil(hours / 24);
  return found(ctx, i, last, end, pub === null ? unknown() : days(pub - back, pub, 'range'), 'relative', 'period');
}

function matchCore(ctx: Context, i: number, roles: number, leading: Leading): Found | null {
  const token = ctx.tokens[i]!;
  let hit: Found | null = null;
  if (roles & MAY_RELATIVE) hit = relativeAt(ctx, i);
  if (hit === null && roles & MAY_WEEKDAY) hit = weekdayAt(ctx, i);
  if (hit === null && roles & MAY_PERIOD) hit = periodAt(ctx, i);
  if (hit === null && (token.kind === 'num' || roles & MAY_ORDINAL)) hit = dayMonthAt(ctx, i);
  if (hit === null && token.kind === 'num') hit = numericAt(ctx, i);
  if (hit === null && roles & MAY_MONTH) hit = monthOnlyAt(ctx, i, leading);
  if (hit === null && (roles & MAY_YEAR || leading.part !== null || leading.since)) hit = yearOnlyAt(ctx, i, leading);
  return hit;
}

function leadingRole(token: Token): CueRole | undefined {
  return token.kind === 'ar' ? lookupForms(token, CUES, false) : undefined;
}

function matchAt(ctx: Context, i: number, roles: number): Found | null {
  const { tokens, pub } = ctx;
  if (roles & MAY_LEAD) {
    const leading: Leading = { part: null, since: false, cued: true };
    let j = i;
    while (j < tokens.length && j < i + MAX_LEADING) {
      const role = leadingRole(tokens[j]!);
      if (role === undefined || !LEADING.has(role)) break;
      if (role === 'since') leading.since = true;
      else if (role !== 'prefix') leading.part = role as Part;
      j++;
    }
    if (j > i && j < tokens.length) {
      const inner = matchCore(ctx, j, startsOf(tokens[j]!), leading);
      if (inner !== null && inner.date !== null) {
        let date = inner.date;
        if (leading.since && pub !== null && date.start !== null && date.start <= isoOf(pub)) {
          date = { start: date.start, end: isoOf(pub), precision: 'range' };
        }
        return { ...inner, start: tokens[i]!.start, date };
      }
    }
  }
  const before = i > 0 ? leadingRole(tokens[i - 1]!) : undefined;
  const cued = before !== undefined && (before === 'cue' || before === 'ago' || LEADING.has(before));
  return matchCore(ctx, i, roles, cued ? { ...NO_LEADING, cued } : NO_LEADING);
}

/**
 * Every date expression in `text` (tokenised as `tokens`), in order, resolved against
 * `published` (ISO date or null).
 */
export function findDates(text: string, tokens: readonly Token[], published: string | null): DateMention[] {
  const pub = parseIso(published);
  const pubDate = pub === null ? null : new Date(pub * MS_PER_DAY);
  const ctx: Context = {
    text,
    tokens,
    pub,
    pubYear: pubDate?.getUTCFullYear() ?? 0,
    pubMonth: pubDate === null ? 0 : pubDate.getUTCMonth() + 1,
  };
  const mentions: DateMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const roles = startsOf(tokens[i]!);
    const hit = roles === 0 ? null : matchAt(ctx, i, roles);
    if (hit === null) {
      i++;
      continue;
    }
    if (hit.date !== null) {
      mentions.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), date: hit.date, kind: hit.kind, rule: hit.rule });
    }
    i = hit.last + 1;
  }
  return mentions;
}

/** Datelines sit under the headline. */
const DATELINE_WINDOW = 300;
/** A dateline's line holds little besides the date: a weekday, a time, "م". */
const DATELINE_SLACK = 40;

/** The date of a dateline near the top of an article ("الإثنين 02/نوفمبر/2015 - 11:25 م"), or null. */
export function findPublicationDate(text: string): string | null {
  const head = text.slice(0, DATELINE_WINDOW);
  for (const mention of findDates(head, tokenise(head), null)) {
    if (mention.kind !== 'absolute' || mention.date.precision !== 'day') continue;
    const lineStart = text.lastIndexOf('\n', mention.start) + 1;
    const newline = text.indexOf('\n', mention.end);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim().length - (mention.end - mention.start) <= DATELINE_SLACK) {
      return mention.date.start;
    }
  }
  return null;
}
