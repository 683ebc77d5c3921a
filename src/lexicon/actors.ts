/**
 * Canonical actors (data/lexicon/actors.tsv), countries (nationalities.tsv), state-actor head nouns (actor-heads.tsv)
 * and the nouns that stand for a group named before (group-nouns.tsv).
 */
import { normalise } from '../text/normalise.ts';
import { readTsv, splitForms } from './tsv.ts';

export type ActorKind = 'state' | 'group' | 'org' | 'media' | 'people';

export interface ActorDef {
  id: string;
  name_en: string;
  name_ar: string;
  kind: ActorKind;
}

export interface Country {
  iso3: string;
  iso2: string;
  name_en: string;
  name_ar: string;
}

export type Sector = 'MIL' | 'GOV' | 'POL' | 'INT' | 'MED';

const SECTOR_NAMES: Record<Sector, [string, string]> = {
  MIL: ['armed forces', 'القوات المسلحة'],
  GOV: ['government', 'الحكومة'],
  POL: ['police', 'الشرطة'],
  INT: ['intelligence', 'المخابرات'],
  MED: ['media', 'وسائل الإعلام'],
};

export interface ActorForms {
  actor: ActorDef;
  forms: string[];
}

export function loadActorDefs(): ActorForms[] {
  return readTsv('lexicon/actors.tsv').map((row) => ({
    actor: { id: row['id']!, name_en: row['name_en']!, name_ar: row['name_ar']!, kind: row['kind'] as ActorKind },
    forms: splitForms(row['forms']),
  }));
}

export interface CountryForms {
  country: Country;
  names: string[];
  capitals: string[];
  adjectives: string[];
}

/** The feminine, dual and plural forms of a nationality adjective: روسي → روسية، روسيان، روسيتين، روسيين، روسيون. */
function inflectAdjective(masculine: string): string[] {
  const words = masculine.split(' ');
  const last = words.pop()!;
  const stem = words.length > 0 ? words.join(' ') + ' ' : '';
  return [last, last + 'ة', last + 'ان', last + 'تان', last + 'تين', last + 'ين', last + 'ون', last + 'يين', last + 'يون'].map((w) => stem + w);
}

export function loadCountries(): CountryForms[] {
  return readTsv('lexicon/nationalities.tsv').map((row) => {
    const names = splitForms(row['country']);
    return {
      country: { iso3: row['iso3']!, iso2: row['iso2']!, name_en: row['name_en']!, name_ar: names[0] ?? '' },
      names,
      capitals: splitForms(row['capital']),
      adjectives: [...splitForms(row['adjective']).flatMap(inflectAdjective), ...splitForms(row['plural'])],
    };
  });
}

/** Head nouns of state actors (actor-heads.tsv), or the phrases that name a state's actor without the state (home-actors.tsv). */
export function loadActorHeads(file: 'actor-heads.tsv' | 'home-actors.tsv' = 'actor-heads.tsv'): Array<{ sector: Sector; forms: string[] }> {
  return readTsv(`lexicon/${file}`).map((row) => ({ sector: row['sector'] as Sector, forms: splitForms(row['forms']) }));
}

/** The actor a country's sector makes: RUS + MIL → RUS.MIL, "Russia armed forces". */
// Composed once per country and sector: the same party is the same object wherever it is named.
const composed = new Map<string, ActorDef>();

export function stateActor(country: Country, sector: Sector, known: ReadonlyMap<string, ActorDef>): ActorDef {
  const id = `${country.iso3}.${sector}`;
  const actor = known.get(id) ?? composed.get(id);
  if (actor !== undefined) return actor;
  const [en, ar] = SECTOR_NAMES[sector];
  const made: ActorDef = { id, name_en: `${country.name_en} ${en}`, name_ar: `${ar} (${country.name_ar})`, kind: sector === 'MED' ? 'media' : 'state' };
  composed.set(id, made);
  return made;
}

/**
 * The party "القوات الحكومية" names before it is known which state's forces they are: `HOME.MIL` stands in until the
 * event's place (or the story's country) says (events.ts).
 */
export const HOME = 'HOME';

const homeActors = new Map<Sector, ActorDef>();

export function homeActor(sector: Sector): ActorDef {
  let actor = homeActors.get(sector);
  if (actor === undefined) {
    const [en, ar] = SECTOR_NAMES[sector];
    homeActors.set(sector, (actor = { id: `${HOME}.${sector}`, name_en: `the state's ${en}`, name_ar: ar, kind: sector === 'MED' ? 'media' : 'state' }));
  }
  return actor;
}

export function loadPersons(): Array<{ actorId: string; forms: string[] }> {
  return readTsv('lexicon/persons.tsv').map((row) => ({ actorId: row['actor']!, forms: splitForms(row['forms']) }));
}

/** The actor a public figure speaks for: a canonical actor, or a country's sector ("USA.GOV"). */
export function personActor(id: string, known: ReadonlyMap<string, ActorDef>, countries: ReadonlyMap<string, Country>): ActorDef {
  const actor = known.get(id);
  if (actor !== undefined) return actor;
  const [iso3, sector] = id.split('.');
  const country = countries.get(iso3 ?? '');
  if (country === undefined || !(sector! in SECTOR_NAMES)) throw new Error(`data/lexicon/persons.tsv: unknown actor ${id}`);
  return stateActor(country, sector as Sector, known);
}

/** The words of group-nouns.tsv, normalised, and the actor ids that name no group in particular. */
export interface GroupNouns {
  nouns: ReadonlySet<string>;
  army: ReadonlySet<string>;
  government: ReadonlySet<string>;
  coalition: ReadonlySet<string>;
  fighters: ReadonlySet<string>;
  epithets: ReadonlySet<string>;
  generic: ReadonlySet<string>;
}

export function loadGroupNouns(): GroupNouns {
  const rows = readTsv('lexicon/group-nouns.tsv');
  const forms = (role: string): string[] => rows.filter((r) => r['role'] === role).flatMap((r) => splitForms(r['forms']));
  return {
    nouns: new Set(forms('noun').map(normalise)),
    army: new Set(forms('army').map(normalise)),
    government: new Set(forms('government').map(normalise)),
    coalition: new Set(forms('coalition').map(normalise)),
    fighters: new Set(forms('fighters').map(normalise)),
    epithets: new Set(forms('epithet').map(normalise)),
    generic: new Set(forms('generic')),
  };
}
