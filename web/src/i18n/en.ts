import type { EventType } from '../api/types.ts';

/** Every string of the English interface. `ar.ts` has the same keys. */
export const en = {
  dir: 'ltr' as 'ltr' | 'rtl',
  title: 'rasd',
  subtitle: 'Conflict events read from Arabic news',
  switchLanguage: 'العربية',
  events: (n: number, exact = true) => `${n.toLocaleString('en')}${exact ? '' : '+'} event${n === 1 && exact ? '' : 's'}`,
  loading: 'Loading…',
  error: 'Could not load',
  filters: {
    type: 'Event type', actor: 'Actor', admin1: 'Governorate', weapon: 'Weapon', target: 'Target',
    stance: 'Claim', from: 'From', to: 'To', q: 'Search (Arabic or English)', any: 'Any', clear: 'Clear filters',
    search: 'Search',
  },
  list: { more: 'More', empty: 'No events match these filters.', unknownDate: 'date unknown', unknownActor: '—' },
  timeline: { title: 'Events per day', hint: 'Drag across the bars to select dates', clear: 'All dates' },
  exports: { label: 'Export', csv: 'CSV', geojson: 'GeoJSON', jsonl: 'JSONL' },
  map: {
    label: 'Map of events', area: 'Area event (no exact place)',
    countryWide: (n: string) => `${n} known only by country: not drawn`,
  },
  event: {
    back: 'Back to the list', close: 'Close', type: 'Type', codes: 'Codes', actors: 'Actors', actor1: 'Initiator',
    actor2: 'Target', places: 'Places', launchedFrom: 'Launched from', date: 'Date', counts: 'Counts', weapons: 'Weapons',
    targets: 'Targets', claims: 'Claims', supporting: 'Assert, allege or report it', denying: 'Deny it', noClaims: 'None',
    article: 'Article', source: 'Source', published: 'Published', evidence: 'Evidence sentences are highlighted.',
    notFound: 'This event is not in the database.',
    background: 'Told in passing, as history or context: not the news of its sentence (estimated).',
  },
  stance: { asserts: 'asserts', denies: 'denies', alleges: 'alleges', reports: 'reports' },
  precision: { 1: 'the place itself', 2: 'near the place', 3: 'governorate or wider' } as Record<1 | 2 | 3, string>,
  datePrecision: { day: 'day', range: 'range', month: 'month', year: 'year', unknown: 'unknown' } as Record<string, string>,
  counts: {
    fatalities: 'killed', injured: 'injured', strikes: 'strikes', sorties: 'sorties', missiles: 'missiles',
    targets_hit: 'targets hit', approximate: 'approximate',
  } as Record<string, string>,
  types: {
    air_strike: 'Air strike', drone_strike: 'Drone strike', missile_strike: 'Missile strike', shelling: 'Shelling',
    bombing: 'Bombing', suicide_bombing: 'Suicide bombing', chemical_attack: 'Chemical attack', armed_clash: 'Armed clash',
    territory_change: 'Territory change', attack_on_civilians: 'Attack on civilians', abduction: 'Abduction',
    arrest: 'Arrest', interception: 'Interception', base_established: 'Base established',
    military_exercise: 'Military exercise', deployment: 'Deployment', protest: 'Protest', consult: 'Consultation',
    agree: 'Agreement', request: 'Request', appeal: 'Appeal', accuse: 'Accusation', reject: 'Rejection',
    threaten: 'Threat', support: 'Support', aid: 'Aid', sanction: 'Sanction', statement: 'Statement',
    assassination: 'Assassination', property_destruction: 'Property destruction',
  } as Record<EventType, string>,
  targets: {
    command_center: 'command centre', ammunition_depot: 'ammunition depot', training_camp: 'training camp',
    hospital: 'hospital', vehicles: 'vehicles', fortification: 'fortification', air_defence: 'air defence',
    school: 'school', mosque: 'mosque', market: 'market', bakery: 'bakery', residential: 'homes',
  } as Record<string, string>,
};

export type Dict = typeof en;
