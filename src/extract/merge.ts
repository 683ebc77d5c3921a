/**
 * The same occurrence told twice in one article (lead and body, or a later recap) becomes one event: same type (or
 * kind of strike), same initiator, the same place named first, and the same date, or a date only one of the tellings
 * states (the other took the publication date for want of one). Its evidence, claims, counts, weapons and targets are united; it is
 * background only when every telling of it is.
 */
import { COUNT_FIELDS, type Location, type RasdEvent } from '../contract/index.ts';
import { STRIKES, VIOLENT } from './types.ts';

/** A date the text does not state: the publication date an event with no date expression takes. */
const isDefaulted = (e: RasdEvent): boolean => e.date.text === null && e.date.precision === 'day';

const isDated = (e: RasdEvent): boolean => e.date.precision !== 'unknown';

/** A whole country, or a part of one named by its direction: no governorate says where in it. */
const countryWide = (l: Location): boolean => l.precision === 3 && l.admin1_en === null;

/**
 * Both name the same place first, or, for an attack whose maker is named, one telling places it and the other does
 * not ("شنت مقاتلات روسية غارات ..." then "... ودمرت مخازن للتنظيم في ريف الرقة"), or only by the country the other
 * names a place of, when both are dated ("غارات في العراق بمحاذاة الحدود الإيرانية" then "الضربات في العراق").
 */
function samePlace(a: RasdEvent, b: RasdEvent): boolean {
  const [first, other] = [a.locations[0], b.locations[0]];
  if (VIOLENT.has(a.type) && a.actor1 !== null) {
    if ((first === undefined) !== (other === undefined)) return true;
    if (first !== undefined && other !== undefined && first.country === other.country && countryWide(first) !== countryWide(other) && isDated(a) && isDated(b)) return true;
  }
  return first !== undefined && first.id === other?.id;
}

/**
 * The same type, or two kinds of strike told in different sentences ("غارة جوية" in the lead, "صاروخين" in the body);
 * two kinds one sentence tells are two strikes ("لغارات جوية وقصف صاروخي").
 */
function sameKind(a: RasdEvent, b: RasdEvent): boolean {
  return a.type === b.type || (STRIKES.has(a.type) && STRIKES.has(b.type) && a.actor1 !== null && !a.evidence.some((x) => b.evidence.some((y) => x.start === y.start)));
}

function sameOccurrence(a: RasdEvent, b: RasdEvent): boolean {
  if (!sameKind(a, b) || (a.actor1?.id ?? '') !== (b.actor1?.id ?? '')) return false;
  // Without a place, type and initiator say too little to call two events one; one telling may name more places
  // than the other, but both name the same place first (or only one telling of an attack places it).
  if (!samePlace(a, b)) return false;
  const sameDate = a.date.start === b.date.start && a.date.end === b.date.end;
  return sameDate || (a.actor1 !== null && (isDefaulted(a) || isDefaulted(b)) && a.date.precision !== 'unknown' && b.date.precision !== 'unknown');
}

function absorb(same: RasdEvent, event: RasdEvent): void {
  if (isDefaulted(same) && !isDefaulted(event)) same.date = event.date;
  const added = event.locations.filter((l) => !same.locations.some((x) => x.id === l.id));
  // The telling that says where in the country comes first.
  const sharper = same.locations[0] !== undefined && countryWide(same.locations[0]) && added[0] !== undefined && !countryWide(added[0]);
  same.locations = sharper ? [...added, ...same.locations] : [...same.locations, ...added];
  for (const field of COUNT_FIELDS) if (same.counts[field] === null) same.counts[field] = event.counts[field];
  same.counts.approximate ||= event.counts.approximate;
  same.actor2 ??= event.actor2;
  same.background &&= event.background;
  for (const w of event.weapons) if (!same.weapons.some((x) => x.id === w.id)) same.weapons.push(w);
  for (const t of event.targets) if (!same.targets.some((x) => x.kind === t.kind)) same.targets.push(t);
  for (const c of event.claims) if (!same.claims.some((x) => x.by.id === c.by.id && x.stance === c.stance)) same.claims.push(c);
  for (const e of event.evidence) if (!same.evidence.some((x) => x.start === e.start)) same.evidence.push(e);
}

export function mergeDuplicates(events: readonly RasdEvent[]): RasdEvent[] {
  const out: RasdEvent[] = [];
  for (const event of events) {
    const same = out.find((o) => sameOccurrence(o, event));
    if (same === undefined) out.push(event);
    else absorb(same, event);
  }
  return out;
}
