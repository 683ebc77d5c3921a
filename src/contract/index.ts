/**
 * The rasd output contract (see data/contract/rasd-output.schema.json): one line of
 * `rasd extract --format jsonl` is an article and the events it reports. Every stage
 * imports its types from here.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './paths.ts';

export type EventType =
  | 'air_strike' | 'drone_strike' | 'missile_strike' | 'shelling' | 'bombing' | 'suicide_bombing'
  | 'chemical_attack' | 'armed_clash' | 'territory_change' | 'attack_on_civilians' | 'abduction'
  | 'arrest' | 'interception' | 'base_established' | 'military_exercise' | 'deployment' | 'protest'
  | 'consult' | 'agree' | 'request' | 'appeal' | 'accuse' | 'reject' | 'threaten' | 'support' | 'aid'
  | 'sanction' | 'statement' | 'assassination' | 'property_destruction';

export type Stance = 'asserts' | 'denies' | 'alleges' | 'reports';
export type DatePrecision = 'day' | 'range' | 'month' | 'year' | 'unknown';
/** ACLED geo_precision: 1 the place itself, 2 near it / its countryside / district, 3 governorate or wider. */
export type GeoPrecision = 1 | 2 | 3;

/** A character range [start, end) in `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  language: 'ar';
  /** The cleaned body every evidence offset points into. */
  text: string;
}

export interface ActorRef {
  id: string;
  name_en: string;
  name_ar: string | null;
  /** The words of the article that named the actor. */
  text: string;
}

export interface Location {
  id: string;
  name_en: string;
  name_ar: string | null;
  admin1_en: string | null;
  /** ISO 3166-1 alpha-2, where known. */
  country: string | null;
  lat: number;
  lon: number;
  precision: GeoPrecision;
  text: string;
}

export interface EventDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  text: string | null;
}

export interface Counts {
  fatalities: number | null;
  injured: number | null;
  strikes: number | null;
  sorties: number | null;
  missiles: number | null;
  targets_hit: number | null;
  /** True when a count was given as "about", "nearly", "more than". */
  approximate: boolean;
}

export type CountField = Exclude<keyof Counts, 'approximate'>;

export interface Weapon {
  id: string;
  text: string;
}

export interface Target {
  kind: string;
  text: string;
}

export interface Claim {
  by: { id: string; name_en: string; name_ar?: string | null };
  stance: Stance;
  text: string | null;
}

export interface RasdEvent {
  id: string;
  type: EventType;
  acled: [string, string] | null;
  plover: [string, string | null] | null;
  actor1: ActorRef | null;
  actor2: ActorRef | null;
  locations: Location[];
  launched_from?: Location | null;
  date: EventDate;
  counts: Counts;
  weapons: Weapon[];
  targets: Target[];
  claims: Claim[];
  evidence: Span[];
  /**
   * True when the sentence only speaks of the event in passing (history, context, commentary) rather than
   * reporting it as news; the sentence gate sets it for attacks (src/extract/gate.ts).
   */
  background: boolean;
}

/** An article as read from an input, before extraction. */
export interface SourceArticle {
  id: string;
  title: string | null;
  /** The cleaned body. */
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** Where it was read from: a file path, `-`, `feed.xml#3`, `dump.jsonl:12`. */
  source: string;
}

/** One line of the JSONL output. */
export interface ArticleEvents {
  article: Article;
  events: RasdEvent[];
}

export interface EventTypeCodes {
  acled: [string, string] | null;
  plover: [string, string | null] | null;
}

export const EVENT_TYPES: Readonly<Record<EventType, EventTypeCodes>> = JSON.parse(
  readFileSync(dataPath('contract/event-types.json'), 'utf8'),
).types;

export const COUNT_FIELDS: readonly CountField[] = ['fatalities', 'injured', 'strikes', 'sorties', 'missiles', 'targets_hit'];

export function emptyCounts(): Counts {
  return { fatalities: null, injured: null, strikes: null, sorties: null, missiles: null, targets_hit: null, approximate: false };
}

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

/** The provenance attached to each stored event: which article reported it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

/** An event as the store and the HTTP API return it: the contract event, its article, and its evidence sentences. */
export interface StoredEvent extends RasdEvent {
  article: ArticleRef;
  /** The text of each `evidence` span, in the same order. */
  evidence_text: string[];
}
