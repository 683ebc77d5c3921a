/** Groupings of event types that the extractor reasons with. */
import type { EventType } from '../contract/index.ts';
import type { Token } from '../text/tokens.ts';

/** Political violence and its direct consequences. */
export const VIOLENT: ReadonlySet<EventType> = new Set<EventType>([
  'air_strike', 'drone_strike', 'missile_strike', 'shelling', 'bombing', 'suicide_bombing', 'chemical_attack', 'armed_clash',
  'territory_change', 'attack_on_civilians', 'abduction', 'assassination', 'property_destruction', 'interception',
]);

/** Events made by speaking: what they say of places is not where they happen. */
export const SPEECH_ACTS: ReadonlySet<EventType> = new Set<EventType>(['statement', 'accuse', 'appeal', 'threaten', 'reject', 'request']);

/**
 * Events that are news though nobody is named as having made them (violence, protests); talks, accusations, requests are
 * somebody's: without a party they are words.
 */
export function newsWithoutParty(type: EventType): boolean {
  return VIOLENT.has(type) || type === 'protest';
}

/** Strikes from the air are made by states' forces (rockets and guided missiles are fired by armed groups too). */
export const FROM_THE_AIR: ReadonlySet<EventType> = new Set<EventType>(['air_strike', 'drone_strike']);

/** Strikes from afar: the same strike is told as an air raid by one sentence and as missiles by the next. */
export const STRIKES: ReadonlySet<EventType> = new Set<EventType>(['air_strike', 'drone_strike', 'missile_strike']);

/** Attacks from a distance: one strike may be told with any of these words in one sentence. */
const REMOTE: ReadonlySet<EventType> = new Set<EventType>([
  'air_strike', 'drone_strike', 'missile_strike', 'shelling', 'bombing', 'suicide_bombing', 'chemical_attack', 'property_destruction', 'attack_on_civilians',
]);

export type Family = 'remote' | 'ground' | EventType;

/** Event types that can describe the same occurrence within one sentence. */
export function family(type: EventType): Family {
  if (REMOTE.has(type)) return 'remote';
  if (type === 'armed_clash' || type === 'territory_change') return 'ground';
  return type;
}

/** Whether two actor ids are one party, or of one state ("RUS.MIL", "RUS.GOV"). */
export function sameParty(a: string, b: string): boolean {
  return a === b || (a.includes('.') && a.split('.')[0] === b.split('.')[0]);
}

/** Where the subject before a verb ends: at the verb, or at "قد" right before it ("وكانت طرابلس قد شهدت"). */
export function subjectEnd(tokens: readonly Token[], verbFirst: number): number {
  return tokens[verbFirst - 1]?.norm === 'قد' ? verbFirst - 1 : verbFirst;
}
