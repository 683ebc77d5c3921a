/**
 * Per-field agreement of a matched (gold, predicted) pair. Each field is a row: its name, when
 * it counts as right, and how to show each side in a mismatch listing.
 */
import { firstPlaceFound, sameActor, sameDate } from './compare.ts';
import { showDate, showPlaces, showSet } from './show.ts';
import type { RasdEvent, Stance } from '../contract/index.ts';
import type { GoldEvent } from './gold.ts';

export interface FieldRule {
  name: string;
  correct(gold: GoldEvent, predicted: RasdEvent): boolean;
  expected(gold: GoldEvent): string;
  got(predicted: RasdEvent): string;
}

const goldStances = (g: GoldEvent): Set<Stance> => new Set(g.claims.map((c) => c.stance));
const predictedStances = (p: RasdEvent): Set<Stance> => new Set(p.claims.map((c) => c.stance));

// The outlet's own narration: an extra 'reports' claim says nothing wrong about who asserts or denies.
const NEUTRAL_STANCE: Stance = 'reports';

/**
 * Stance is right when every gold stance is predicted and every other predicted stance is the
 * neutral 'reports'. `stance_exact` asks for the same set.
 */
export function stanceCorrect(gold: ReadonlySet<Stance>, predicted: ReadonlySet<Stance>): boolean {
  for (const s of gold) if (!predicted.has(s)) return false;
  for (const s of predicted) if (!gold.has(s) && s !== NEUTRAL_STANCE) return false;
  return true;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** The scored fields, in report order. */
export const FIELD_RULES: readonly FieldRule[] = [
  {
    name: 'type',
    correct: (g, p) => g.type === p.type,
    expected: (g) => g.type,
    got: (p) => p.type,
  },
  {
    name: 'actor1',
    correct: (g, p) => sameActor(g.actor1, p.actor1),
    expected: (g) => g.actor1 ?? '(none)',
    got: (p) => p.actor1?.id ?? '(none)',
  },
  {
    name: 'actor2',
    correct: (g, p) => sameActor(g.actor2, p.actor2),
    expected: (g) => g.actor2 ?? '(none)',
    got: (p) => p.actor2?.id ?? '(none)',
  },
  {
    name: 'place',
    correct: (g, p) => firstPlaceFound(g.places, p.locations),
    expected: (g) => showPlaces(g.places.slice(0, 1)),
    got: (p) => showPlaces(p.locations),
  },
  {
    name: 'date',
    correct: (g, p) => sameDate(g.date, p.date),
    expected: (g) => showDate(g.date),
    got: (p) => showDate(p.date),
  },
  {
    name: 'fatalities',
    correct: (g, p) => g.fatalities === p.counts.fatalities,
    expected: (g) => String(g.fatalities ?? '(none)'),
    got: (p) => String(p.counts.fatalities ?? '(none)'),
  },
  {
    name: 'stance',
    correct: (g, p) => stanceCorrect(goldStances(g), predictedStances(p)),
    expected: (g) => showSet(goldStances(g)),
    got: (p) => showSet(predictedStances(p)),
  },
  {
    name: 'stance_exact',
    correct: (g, p) => sameSet(goldStances(g), predictedStances(p)),
    expected: (g) => showSet(goldStances(g)),
    got: (p) => showSet(predictedStances(p)),
  },
];

export interface SetRule {
  name: string;
  gold(gold: GoldEvent): string[];
  predicted(predicted: RasdEvent): string[];
}

/** Id sets scored by precision/recall over matched pairs. */
export const SET_RULES: readonly SetRule[] = [
  { name: 'weapons', gold: (g) => g.weapons, predicted: (p) => p.weapons.map((w) => w.id) },
  { name: 'targets', gold: (g) => g.targets, predicted: (p) => p.targets.map((t) => t.kind) },
];
