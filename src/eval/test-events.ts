/**
 * Compact builders of gold and predicted events for the evaluation's own tests: the scoring is
 * tested on events written by hand, never on article text.
 */
import { EVENT_TYPES, emptyCounts } from '../contract/index.ts';
import type { EventType, GeoPrecision, RasdEvent, Span, Stance } from '../contract/index.ts';
import type { GoldEvent } from './gold.ts';

export interface PlaceSketch {
  en: string;
  ar?: string;
  admin1?: string;
  precision?: GeoPrecision;
}

export interface EventSketch {
  type: EventType;
  actor1?: string | null;
  actor2?: string | null;
  places?: PlaceSketch[];
  /** [start, end]; unknown when left out. */
  date?: [string | null, string | null];
  fatalities?: number | null;
  weapons?: string[];
  targets?: string[];
  stances?: Stance[];
  quote?: string | null;
  evidence?: Span[];
}

function place(p: PlaceSketch): GoldEvent['places'][number] {
  return { name_en: p.en, name_ar: p.ar ?? null, admin1_en: p.admin1 ?? null, country: 'SY', precision: p.precision ?? 1 };
}

export function goldEvent(s: EventSketch): GoldEvent {
  const [start, end] = s.date ?? [null, null];
  return {
    type: s.type,
    actor1: s.actor1 ?? null,
    actor2: s.actor2 ?? null,
    places: (s.places ?? []).map(place),
    date: { start, end, precision: start === null ? 'unknown' : start === end ? 'day' : 'range' },
    fatalities: s.fatalities ?? null,
    weapons: s.weapons ?? [],
    targets: s.targets ?? [],
    claims: (s.stances ?? []).map((stance) => ({ by: 'X', stance })),
    quote: s.quote ?? null,
  };
}

function actor(id: string | null | undefined): RasdEvent['actor1'] {
  return id === null || id === undefined ? null : { id, name_en: id, name_ar: null, text: id };
}

export function predictedEvent(s: EventSketch, id = 'e1', background = false): RasdEvent {
  const [start, end] = s.date ?? [null, null];
  const codes = EVENT_TYPES[s.type];
  return {
    id,
    type: s.type,
    acled: codes.acled,
    plover: codes.plover,
    actor1: actor(s.actor1),
    actor2: actor(s.actor2),
    locations: (s.places ?? []).map((p, i) => ({ id: `loc${i}`, lat: 0, lon: 0, text: p.en, ...place(p) })),
    date: { start, end, precision: start === null ? 'unknown' : start === end ? 'day' : 'range', text: null },
    counts: { ...emptyCounts(), fatalities: s.fatalities ?? null },
    weapons: (s.weapons ?? []).map((w) => ({ id: w, text: w })),
    targets: (s.targets ?? []).map((t) => ({ kind: t, text: t })),
    claims: (s.stances ?? []).map((stance) => ({ by: { id: 'X', name_en: 'X' }, stance, text: null })),
    evidence: s.evidence ?? [{ start: 0, end: 1 }],
    background,
  };
}
