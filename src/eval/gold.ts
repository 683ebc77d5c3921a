/**
 * Gold annotations: one `<article id>.gold.json` per article (format in the annotation guide).
 * A file that does not parse or breaks the format is reported as data, naming the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEventType } from '../contract/index.ts';
import type { DatePrecision, EventType, GeoPrecision, Stance } from '../contract/index.ts';

export interface GoldPlace {
  name_en: string;
  name_ar: string | null;
  admin1_en: string | null;
  country: string | null;
  precision: GeoPrecision;
}

export interface GoldDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

export interface GoldClaim {
  by: string;
  stance: Stance;
}

export interface GoldEvent {
  type: EventType;
  actor1: string | null;
  actor2: string | null;
  places: GoldPlace[];
  date: GoldDate;
  /** Counts as annotated; a count left out is null. */
  fatalities: number | null;
  weapons: string[];
  targets: string[];
  claims: GoldClaim[];
  quote: string | null;
}

export interface GoldArticle {
  id: string;
  /** ISO date, or null when the publication date is unknown. */
  published: string | null;
  events: GoldEvent[];
}

export interface GoldError {
  code: 'ERR_GOLD_READ' | 'ERR_GOLD_JSON' | 'ERR_GOLD_FIELD';
  file: string;
  message: string;
}

export type GoldResult = { ok: true; gold: GoldArticle } | { ok: false; error: GoldError };

const GOLD_SUFFIX = '.gold.json';
const STANCES: readonly Stance[] = ['asserts', 'denies', 'alleges', 'reports'];
const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'range', 'month', 'year', 'unknown'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown inside the parser only; `parseGold` turns it into a GoldError. */
class FieldError extends Error {}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FieldError(`${path}: expected an object`);
  return value as Json;
}
function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new FieldError(`${path}: expected an array`);
  return value;
}
function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new FieldError(`${path}: expected a string`);
  return value;
}
function optString(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : string(value, path);
}
function isoDate(value: unknown, path: string): string | null {
  const s = optString(value, path);
  if (s !== null && !ISO_DATE.test(s)) throw new FieldError(`${path}: expected YYYY-MM-DD, got "${s}"`);
  return s;
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) throw new FieldError(`${path}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}
function optInteger(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) throw new FieldError(`${path}: expected an integer or null`);
  return value as number;
}

function parsePlace(value: unknown, path: string): GoldPlace {
  const p = object(value, path);
  const precision = p['precision'];
  if (precision !== 1 && precision !== 2 && precision !== 3) throw new FieldError(`${path}.precision: expected 1, 2 or 3`);
  return {
    name_en: string(p['name_en'], `${path}.name_en`),
    name_ar: optString(p['name_ar'], `${path}.name_ar`),
    admin1_en: optString(p['admin1_en'], `${path}.admin1_en`),
    country: optString(p['country'], `${path}.country`),
    precision,
  };
}

function parseEvent(value: unknown, path: string): GoldEvent {
  const e = object(value, path);
  const type = string(e['type'], `${path}.type`);
  if (!isEventType(type)) throw new FieldError(`${path}.type: unknown event type "${type}"`);
  const date = e['date'] === null || e['date'] === undefined ? {} : object(e['date'], `${path}.date`);
  const counts = e['counts'] === null || e['counts'] === undefined ? {} : object(e['counts'], `${path}.counts`);
  return {
    type,
    actor1: optString(e['actor1'], `${path}.actor1`),
    actor2: optString(e['actor2'], `${path}.actor2`),
    places: array(e['places'] ?? [], `${path}.places`).map((p, i) => parsePlace(p, `${path}.places[${i}]`)),
    date: {
      start: isoDate(date['start'], `${path}.date.start`),
      end: isoDate(date['end'], `${path}.date.end`),
      precision: oneOf(date['precision'] ?? 'unknown', DATE_PRECISIONS, `${path}.date.precision`),
    },
    fatalities: optInteger(counts['fatalities'], `${path}.counts.fatalities`),
    weapons: array(e['weapons'] ?? [], `${path}.weapons`).map((w, i) => string(w, `${path}.weapons[${i}]`)),
    targets: array(e['targets'] ?? [], `${path}.targets`).map((t, i) => string(t, `${path}.targets[${i}]`)),
    claims: array(e['claims'] ?? [], `${path}.claims`).map((c, i) => {
      const claim = object(c, `${path}.claims[${i}]`);
      return {
        by: string(claim['by'], `${path}.claims[${i}].by`),
        stance: oneOf(claim['stance'], STANCES, `${path}.claims[${i}].stance`),
      };
    }),
    quote: optString(e['quote'], `${path}.quote`),
  };
}

/** Parses the text of one gold file; `file` names it in errors. */
export function parseGold(text: string, file: string): GoldResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: { code: 'ERR_GOLD_JSON', file, message: (err as Error).message } };
  }
  try {
    const root = object(json, 'gold');
    return {
      ok: true,
      gold: {
        id: string(root['id'], 'id'),
        published: isoDate(root['published'], 'published'),
        events: array(root['events'], 'events').map((e, i) => parseEvent(e, `events[${i}]`)),
      },
    };
  } catch (err) {
    if (!(err instanceof FieldError)) throw err;
    return { ok: false, error: { code: 'ERR_GOLD_FIELD', file, message: err.message } };
  }
}

export interface GoldSet {
  /** By article id. */
  articles: Map<string, GoldArticle>;
  errors: GoldError[];
}

/** Reads every `*.gold.json` of a folder. */
export function loadGoldDir(dir: string): GoldSet {
  const set: GoldSet = { articles: new Map(), errors: [] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(GOLD_SUFFIX)).sort()) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      set.errors.push({ code: 'ERR_GOLD_READ', file, message: (err as Error).message });
      continue;
    }
    const result = parseGold(text, file);
    if (result.ok) set.articles.set(result.gold.id, result.gold);
    else set.errors.push(result.error);
  }
  return set;
}
