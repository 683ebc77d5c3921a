/**
 * The same occurrence told twice in one article (lead and body, or a later recap) becomes one event: same
 * type, same initiator, same places and same date. Its evidence, claims, counts, weapons and targets are united;
 * it is background only when every telling of it is.
 */
import { COUNT_FIELDS, type RasdEvent } from '../contract/index.ts';

function key(event: RasdEvent): string {
  const places = event.locations.map((l) => l.id).sort().join(',');
  return [event.type, event.actor1?.id ?? '', places, event.date.start ?? '', event.date.end ?? ''].join('|');
}

export function mergeDuplicates(events: readonly RasdEvent[]): RasdEvent[] {
  const byKey = new Map<string, RasdEvent>();
  const out: RasdEvent[] = [];
  for (const event of events) {
    // Without a place the key says too little to call two events one.
    const k = event.locations.length > 0 ? key(event) : null;
    const same = k !== null ? byKey.get(k) : undefined;
    if (same === undefined) {
      if (k !== null) byKey.set(k, event);
      out.push(event);
      continue;
    }
    for (const field of COUNT_FIELDS) if (same.counts[field] === null) same.counts[field] = event.counts[field];
    same.counts.approximate ||= event.counts.approximate;
    same.background &&= event.background;
    same.actor2 ??= event.actor2;
    for (const w of event.weapons) if (!same.weapons.some((x) => x.id === w.id)) same.weapons.push(w);
    for (const t of event.targets) if (!same.targets.some((x) => x.kind === t.kind)) same.targets.push(t);
    for (const c of event.claims) if (!same.claims.some((x) => x.by.id === c.by.id && x.stance === c.stance)) same.claims.push(c);
    for (const e of event.evidence) if (!same.evidence.some((x) => x.start === e.start)) same.evidence.push(e);
  }
  return out;
}
