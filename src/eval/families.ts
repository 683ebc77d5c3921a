/**
 * Which event types `rasd eval` treats as compatible when pairing events
 * (data/eval/type-families.json): the same type, or two types of one family.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../contract/paths.ts';
import { isEventType } from '../contract/index.ts';
import type { EventType } from '../contract/index.ts';

interface FamiliesFile {
  families: Record<string, { why: string; types: string[] }>;
}

/** Family name of each type that has one. */
export type TypeFamilies = ReadonlyMap<EventType, string>;

/** Builds the type → family map; throws on an unknown type or a type in two families (a broken data file). */
export function buildTypeFamilies(file: FamiliesFile): TypeFamilies {
  const map = new Map<EventType, string>();
  for (const [family, { types }] of Object.entries(file.families)) {
    for (const type of types) {
      if (!isEventType(type)) throw new Error(`type-families: unknown event type "${type}" in family ${family}`);
      const other = map.get(type);
      if (other !== undefined) throw new Error(`type-families: "${type}" is in both ${other} and ${family}`);
      map.set(type, family);
    }
  }
  return map;
}

export const TYPE_FAMILIES: TypeFamilies = buildTypeFamilies(
  JSON.parse(readFileSync(dataPath('eval/type-families.json'), 'utf8')) as FamiliesFile,
);

/** 'same' when equal, 'family' when both are in one family, null when not compatible. */
export function typeCompatibility(a: EventType, b: EventType, families: TypeFamilies = TYPE_FAMILIES): 'same' | 'family' | null {
  if (a === b) return 'same';
  const fa = families.get(a);
  return fa !== undefined && fa === families.get(b) ? 'family' : null;
}
