import type { ActorRef, EventDate, Location } from '../../../src/contract/index.ts';
import type { I18n } from '../i18n/index.ts';

export function actorName(actor: ActorRef | null, i18n: I18n): string {
  return actor ? i18n.name(actor.name_en, actor.name_ar) || actor.id : i18n.t.list.unknownActor;
}

export function placeName(place: Location, i18n: I18n): string {
  return i18n.name(place.name_en, place.name_ar) || place.text;
}

export function dateText(date: EventDate, i18n: I18n): string {
  if (!date.start) return i18n.t.list.unknownDate;
  return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
}
