/**
 * Pairs the events rasd predicted for an article with the gold events, one to one.
 *
 * A predicted event may pair with a gold event when
 *   1. their types are compatible (equal, or in one family of data/eval/type-families.json),
 *   2. they share a place (compare.ts `placesShare`) or the same non-null actor1, and
 *   3. their dates agree: both unknown, or overlapping [start, end] ranges.
 * Among the allowed pairs the assignment maximises first the number of pairs, then the total
 * of `pairScore`, which prefers the same type, actors, places, date and the gold quote's sentence.
 */
import { maxWeightAssignment } from './assignment.ts';
import { datesOverlap, sameActor, sameDate, sharedPlaces } from './compare.ts';
import { typeCompatibility } from './families.ts';
import { spansOverlap } from './quotes.ts';
import type { RasdEvent, Span } from '../contract/index.ts';
import type { GoldEvent } from './gold.ts';
import type { TypeFamilies } from './families.ts';

export interface MatchOptions {
  families?: TypeFamilies;
  /** Where each gold event's quote is in the article text (null when not found). */
  quoteSpans?: readonly (Span | null)[];
}

/** Whether a predicted event may pair with a gold event (rules 1–3 above). */
export function mayPair(gold: GoldEvent, predicted: RasdEvent, families?: TypeFamilies): boolean {
  if (typeCompatibility(gold.type, predicted.type, families) === null) return false;
  const sharesActor1 = gold.actor1 !== null && sameActor(gold.actor1, predicted.actor1);
  if (!sharesActor1 && sharedPlaces(gold.places, predicted.locations) === 0) return false;
  return datesOverlap(gold.date, predicted.date);
}

// Weights of the preferences between allowed pairs; only their order matters.
const SCORE = { sameType: 4, quote: 3, actor1: 2, places: 2, actor2: 1, date: 1 } as const;

/** How well an allowed pair agrees, to choose between several allowed pairings. */
export function pairScore(gold: GoldEvent, predicted: RasdEvent, quoteSpan: Span | null = null, families?: TypeFamilies): number {
  let score = 0;
  if (typeCompatibility(gold.type, predicted.type, families) === 'same') score += SCORE.sameType;
  if (quoteSpan !== null && predicted.evidence.some((e) => spansOverlap(e, quoteSpan))) score += SCORE.quote;
  if (gold.actor1 !== null && sameActor(gold.actor1, predicted.actor1)) score += SCORE.actor1;
  if (gold.actor2 !== null && sameActor(gold.actor2, predicted.actor2)) score += SCORE.actor2;
  if (gold.places.length > 0) score += (SCORE.places * sharedPlaces(gold.places, predicted.locations)) / gold.places.length;
  if (sameDate(gold.date, predicted.date)) score += SCORE.date;
  return score;
}

export interface Matching {
  pairs: Array<{ gold: number; predicted: number }>;
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

// Larger than any possible sum of pair scores, so one more pair always outweighs better scores.
const PAIR_WEIGHT = 1e6;

export function matchEvents(gold: readonly GoldEvent[], predicted: readonly RasdEvent[], options: MatchOptions = {}): Matching {
  const weights = gold.map((g, i) =>
    predicted.map((p) =>
      mayPair(g, p, options.families) ? PAIR_WEIGHT + pairScore(g, p, options.quoteSpans?.[i] ?? null, options.families) : 0,
    ),
  );
  const assigned = maxWeightAssignment(weights);
  const pairs: Matching['pairs'] = [];
  const usedPredicted = new Set<number>();
  assigned.forEach((p, g) => {
    if (p < 0) return;
    pairs.push({ gold: g, predicted: p });
    usedPredicted.add(p);
  });
  return {
    pairs,
    unmatchedGold: assigned.flatMap((p, g) => (p < 0 ? [g] : [])),
    unmatchedPredicted: predicted.flatMap((_, p) => (usedPredicted.has(p) ? [] : [p])),
  };
}
