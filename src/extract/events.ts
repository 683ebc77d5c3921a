/**
 * From the frames of an article to contract events. What a sentence leaves unsaid is taken from the story
 * around it, as a reader does: the actor of the strikes told just before ("قاذفات سو-34" are still Russian),
 * the date of the statement the sentence continues, the claimant of that statement. A frame that only adds
 * to the event before it ("الغارة أودت بحياة خمسة أشخاص") is joined to it.
 */
import {
  EVENT_TYPES, COUNT_FIELDS, type ActorRef, type Claim, type EventDate, type EventType, type Location, type RasdEvent, type Span,
} from '../contract/index.ts';
import { HOME, loadGroupNouns, stateActor, type ActorDef, type Country, type Sector } from '../lexicon/actors.ts';
import { lexicon } from '../lexicon/index.ts';
import type { Token } from '../text/tokens.ts';
import { dateBefore, type DateMention } from '../text/dates.ts';
import type { Place, PlaceKind } from '../lexicon/gazetteer.ts';
import { choosePlace, precisionOf, toLocation, type GeoContext } from '../resolve/geocode.ts';
import { outletClaimant, type ClaimantRef } from '../resolve/outlets.ts';
import type { Frame, TriggerHit } from './frames.ts';
import type { PlaceMention } from './places.ts';
import { family, FROM_THE_AIR, newsWithoutParty, sameParty, SPEECH_ACTS, STRIKES, VIOLENT } from './types.ts';

/** Sites whose attack harms civilians whatever the attacker says (the contract keeps them always). */
const PROTECTED = new Set(['hospital', 'school', 'mosque', 'church', 'market', 'bakery', 'residential']);
const GROUP_NOUNS = loadGroupNouns();
/** Bombs set off among people, not fired at a party. */
const BOMBINGS: ReadonlySet<EventType> = new Set<EventType>(['bombing', 'suicide_bombing']);

/**
 * "قال تونر في مؤتمر صحافي الأربعاء ... وأضاف تونر ...": words of a party the text gives no time of, in a story that
 * tells the day it spoke, were said that day (the nearest telling before them, else after).
 */
function speakingDay(drafts: readonly Draft[], draft: Draft): Draft | undefined {
  const speaker = draft.event.actor1?.id;
  if (speaker === undefined || !SPEECH_ACTS.has(draft.event.type)) return undefined;
  const dated = drafts.filter((d) => d !== draft && d.dateSource === 'text' && SPEECH_ACTS.has(d.event.type) && d.event.actor1?.id === speaker &&
    d.event.date.precision === 'day' && !d.event.background);
  return dated.filter((d) => d.frame.sentence <= draft.frame.sentence).at(-1) ?? dated.find((d) => d.frame.sentence > draft.frame.sentence);
}

/** How many sentences back a frame may take its actor, date or claimant from. */
const STORY_REACH = 3;

export interface ArticleContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  published: string | null;
  outlet: string | null;
  countries: readonly string[];
}

interface Draft {
  event: RasdEvent;
  frame: Frame;
  /** Where the date came from: said in the text, taken from the story, or the publication date. */
  dateSource: 'text' | 'story' | 'published' | 'none';
  claimSource: 'text' | 'story' | 'outlet';
  /** The party that claimed the attack in a sentence of its own ("وتبنى تنظيم داعش الهجوم"): it speaks of this one only. */
  claimedBy?: string;
}

function actorRef(actor: ActorDef, text: string): ActorRef {
  return { id: actor.id, name_en: actor.name_en, name_ar: actor.name_ar, text };
}

function slice(ctx: ArticleContext, first: number, end: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[end - 1]!.end);
}

function locate(ctx: ArticleContext, frame: Frame, mentions: readonly PlaceMention[]): Location[] {
  const admin1 = new Set<string>();
  for (const p of frame.places) {
    if (p.cue === 'near' || p.cue === 'admin') for (const c of p.candidates) if (c.kind === 'governorate' || c.kind === 'province') admin1.add(c.name_en);
  }
  const out: Array<{ location: Location; place: Place }> = [];
  for (const mention of mentions) {
    const list = frame.places.filter((p) => p.list === mention.list);
    const context: GeoContext = {
      admin1,
      countries: ctx.countries,
      listOfGovernorates: list.length > 1 && list.every((p) => p.candidates.some((c) => c.kind === 'governorate')),
    };
    const place = choosePlace(mention, context);
    if (place === null || out.some((o) => o.place.id === place.id)) continue;
    out.push({ place, location: toLocation(place, precisionOf(place, mention.cue), slice(ctx, mention.first, mention.end)) });
  }
  return out.filter((o) => !out.some((x) => x !== o && isInside(x, o))).map((o) => o.location);
}

const WIDE_KINDS = new Set<PlaceKind>(['country', 'part', 'governorate', 'province', 'region', 'sea']);

/** A place inside a wider one named with it: the wider one only says where the first lies
 *  ("بلدة سلمى بريف اللاذقية", "في محيط مدينة حمص"). */
function isInside(specific: { location: Location; place: Place }, wide: { location: Location; place: Place }): boolean {
  if (!WIDE_KINDS.has(wide.place.kind) || specific.place.kind === 'country') return false;
  if (wide.place.kind === 'country' || wide.place.kind === 'part') return specific.place.country === wide.place.country;
  if (WIDE_KINDS.has(specific.place.kind)) return false;
  return specific.location.admin1_en === wide.location.admin1_en;
}

/** Words between an event word and a date that belongs to it; a denial's other dates are about the denial. */
const DATE_REACH = 8;
const DENIED_DATE_REACH = 3;

function nearestDate(ctx: ArticleContext, frame: Frame, reach: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  // "خطفوا ... الخميس ... في البلدة التي دخلوها ليل الأربعاء": the time of the frame's own kind of event.
  const own = frame.triggers.filter((t) => family(t.type) === family(frame.type));
  for (const d of frame.dates) {
    for (const t of own.length > 0 ? own : frame.triggers) {
      const trigger = ctx.tokens[t.first]!;
      const between = d.start >= trigger.end ? ctx.text.slice(trigger.end, d.start) : ctx.text.slice(d.end, trigger.start);
      const distance = between.split(/\s+/).filter((w) => w !== '').length;
      if (distance <= reach && distance < bestDistance) [best, bestDistance] = [d, distance];
    }
  }
  // The one time a frame gives is its time, however far from its event word ("إلقاء 2041 قنبلة ... خلال شهر يوليو
  // الماضي"); a denied event keeps to the time said next to it.
  return best ?? (frame.triggers.length === 0 || (reach === DATE_REACH && frame.dates.length === 1) ? frame.dates[0] ?? null : null);
}

function eventDate(d: DateMention): EventDate {
  return { start: d.date.start, end: d.date.end, precision: d.date.precision, text: d.text };
}

const UNKNOWN_DATE: EventDate = { start: null, end: null, precision: 'unknown', text: null };

/** How a story turns to another place: "وفي قطاع غزة، ...". */
const TURNS = new Set(['وفي', 'في']);

/**
 * Whether a frame opens with the place it turns to and none of its places lies in a governorate of an event told
 * before: the story has moved on ("وفي قطاع غزة، أطلقت فصائل ..." after a shooting in Nablus), and who acted there says
 * nothing of who acts here.
 */
function elsewhere(ctx: ArticleContext, frame: Frame, told: Draft): boolean {
  if (!TURNS.has(ctx.tokens[frame.first]!.norm) || frame.places.length === 0 || told.event.locations.length === 0) return false;
  const regions = regionsOf(told);
  return !frame.places.some((p) => liesIn(p, regions));
}

/** The sentence of the last telling joined to an event. */
function lastSentence(ctx: ArticleContext, draft: Draft): number {
  const last = Math.max(...draft.event.evidence.map((e) => e.start));
  return ctx.sentences.findIndex((s) => s.start === last);
}

/** A state's actor of sector `from` as the same state's actor of sector `to` (SYR.GOV → SYR.MIL); any other unchanged. */
function sectorOf(actor: ActorDef, from: Sector, to: Sector, actors: ReadonlyMap<string, ActorDef>): ActorDef {
  const [iso3, sector] = actor.id.split('.');
  const country = sector === from ? lexicon().countries.get(iso3!) : undefined;
  return country === undefined ? actor : stateActor(country, to, actors);
}

/** Countries by their ISO alpha-2 code, made on first use. */
let byIso2: Map<string, Country> | undefined;

/**
 * The state whose forces "القوات الحكومية", "الجيش النظامي" name: the one where the event happens, or, for an event
 * placed nowhere (a statement), the country the story is most about. None when the story names no place.
 */
function homeState(event: RasdEvent, ctx: ArticleContext): Country | undefined {
  const iso2 = event.locations.find((l) => l.country !== null)?.country ?? ctx.countries[0];
  byIso2 ??= new Map([...lexicon().countries.values()].map((c) => [c.iso2, c]));
  return iso2 === undefined ? undefined : byIso2.get(iso2);
}

/** Whether a party is one of the stand-ins of `homeActor`. */
const standsIn = (ref: { id: string } | null): boolean => ref !== null && ref.id.startsWith(`${HOME}.`);

/** A party as the state's `home` makes it: the same party unless it is one of the stand-ins of `homeActor`. */
function settleHome<T extends { id: string; name_en: string; name_ar?: string | null }>(ref: T, home: Country | undefined): T | null {
  if (!standsIn(ref)) return ref;
  if (home === undefined) return null;
  const actor = stateActor(home, ref.id.slice(HOME.length + 1) as Sector, lexicon().actors);
  return { ...ref, id: actor.id, name_en: actor.name_en, name_ar: actor.name_ar };
}

function claimRef(by: ClaimantRef | ActorDef): Claim['by'] {
  return { id: by.id, name_en: by.name_en, name_ar: 'name_ar' in by ? by.name_ar ?? null : null };
}

export function buildEvents(ctx: ArticleContext, frames: readonly Frame[], sentenceClaims: ReadonlyArray<readonly import('./claims.ts').ClaimMention[]>): RasdEvent[] {
  const { actors } = lexicon();
  const drafts: Draft[] = [];
  /** Acts denied in the sentence that denies another act of their maker (see `deniedWith`), with that act. */
  const deniedTogether: Array<[Draft, Draft]> = [];
  const outlet = outletClaimant(ctx.outlet);
  /** Sentences that claim an attack told before: what they assert is of that attack. */
  const claiming = new Set<number>();

  for (const frame of frames) {
    const previous = drafts[drafts.length - 1];
    const recent = previous !== undefined && frame.sentence - previous.frame.sentence <= STORY_REACH ? previous : undefined;

    // A frame that names no actor and no date of its own, and no place beyond those of an event just told of the
    // same kind, adds to that event ("الغارة أودت بحياة خمسة أشخاص" after the strike on a town).
    // "وقتل أربعة مدنيين في الغارات الأحد": the strikes told before, though the day is said again.
    // "وقال ناشطون إن القصف استهدف سوقا ..., مؤكدة أن الجيش استهدف مقرات": a party named with it that made the event told
    // before does not make it another.
    // "وتبنى تنظيم داعش الهجوم": the party that claims an attack told before made it.
    if (frame.claimed) {
      const claimant = frame.agent?.actor ?? frame.claims.find((c) => c.stance === 'asserts')?.by;
      // Gunmen told of without a name ("مسلحين") are the group that claims what they did.
      const claimedEvent = claimant === undefined ? undefined : [...drafts].reverse().find((d) => frame.sentence - d.frame.sentence <= STORY_REACH &&
        VIOLENT.has(d.event.type) && !d.frame.reference && (unnamed(d) || d.event.actor1!.id === claimant.id));
      claiming.add(frame.sentence);
      if (claimant !== undefined && claimedEvent !== undefined) {
        claimedEvent.claimedBy = claimant.id;
        if (unnamed(claimedEvent)) claimedEvent.event.actor1 = null;
        claimedEvent.event.actor1 ??= actorRef(actors.get(claimant.id) ?? claimant, frame.agent !== null ? slice(ctx, frame.agent.first, frame.agent.end) : claimant.name_en);
        mergeInto(claimedEvent, frame, ctx);
      }
      continue;
    }
    // "ونفى المتحدث استهداف المطار", "نفت وزارة الدفاع الروسية مشاركة طائراتها في أي غارات على ريف إدلب": a denial of an
    // attack the article told is a claim on it; one that tells no attack of its own and finds none is dropped.
    const denier = frame.claims.find((c) => c.stance === 'denies')?.by;
    const deniedEvent = denier === undefined || !VIOLENT.has(frame.type) ? undefined : deniedAct(drafts, frame, denier.id);
    if (deniedEvent !== undefined) mergeInto(deniedEvent, frame, ctx);
    if (deniedEvent !== undefined || frame.deniedOnly === true) continue;
    const found = frame.dates.length === 0 || (frame.places.length === 0 && refersBack(frame, ctx)) ? antecedentOf(drafts, frame, ctx) : undefined;
    const maker = frame.agent?.actor.id.split('.')[0];
    const antecedent = frame.agent === null || (maker !== undefined && found?.event.actor1?.id.split('.')[0] === maker) ? found : undefined;
    if (antecedent !== undefined) {
      mergeInto(antecedent, frame, ctx);
      continue;
    }
    // "واتهم الجيش قوات الدعم السريع بالوقوف وراء الهجوم": the party accused of an attack told with no maker is its alleged maker.
    if (found !== undefined && found.event.actor1 === null && frame.agent !== null && frame.claims.some((c) => c.stance === 'alleges')) {
      found.event.actor1 = actorRef(frame.agent.actor, slice(ctx, frame.agent.first, frame.agent.end));
      mergeInto(found, frame, ctx);
      continue;
    }
    // What a party says of an attack told before that the story did not tell is no attack of its own.
    if (frame.spokenOf === true) continue;
    // A party's statement told over several sentences ("وقال ناصر ...", "وأضاف ...") is one occasion of speech, however
    // long it has gone on: the reach counts from its last sentence.
    const statement = frame.type === 'statement' ? [...drafts].reverse().find((d) => d.event.type === 'statement') : undefined;
    if (statement !== undefined && statement.event.actor1?.id === frame.agent?.actor.id && frame.sentence - lastSentence(ctx, statement) <= STORY_REACH) {
      mergeInto(statement, frame, ctx);
      continue;
    }

    let agent = frame.agent?.actor ?? null;
    let agentText = frame.agent !== null ? slice(ctx, frame.agent.first, frame.agent.end) : '';
    const claims = frame.claims.length > 0 ? frame.claims : [];
    if (agent === null && VIOLENT.has(frame.type)) {
      // "العراق يعلن شن غارات": a state that announces strikes made them with its armed forces.
      // Not one whose own were hit ("أعلن الجيش البريطاني مقتل ثلاثة من جنوده", "إن جنديين من قواته قتلا"), nor one that
      // tells of a blast ("وقالت الشرطة إن انتحاريا فجر نفسه") or of what a place suffered ("تعرضت القاعدة لهجوم"), nor one
      // cited as the source ("وفقا لوزارة الصحة اللبنانية").
      const hitParty = frame.patient;
      const asserter = frame.tellerHit || frame.suffered || frame.unnamedMaker || BOMBINGS.has(frame.type) ? undefined : claims.find((c) => c.stance === 'asserts' && !c.cites && c.by.kind === 'state' && c.by.id.includes('.') &&
        !(hitParty !== null && hitParty.first !== c.named.first && sameParty(hitParty.actor.id, c.by.id)));
      if (asserter !== undefined) {
        const country = lexicon().countries.get(asserter.by.id.split('.')[0]!);
        if (country !== undefined) {
          agent = stateActor(country, 'MIL', actors);
          agentText = slice(ctx, asserter.first, asserter.end);
        }
      } else {
        // An item of a list of the dead names its own cause, an earlier occurrence named in passing its own maker, and what
        // is said with a subject of its own ("مشيرا إلى أن مقاتلين أطلقوا صواريخ") another: who struck in another says
        // nothing of them.
        // Strikes from the air and attacks with the weapons only states have ("دبابات") are a state's: they do not take
        // an armed group told before as their maker. A blast whose maker is not named is of nobody known, whoever fought
        // or struck just before.
        const statesOnly = FROM_THE_AIR.has(frame.type) || frame.weapons.some((w) => w.stateOnly);
        const told = frame.listItem || frame.reference || frame.unnamedMaker ? undefined : [...drafts].reverse().find((d) => frame.sentence - d.frame.sentence <= STORY_REACH && VIOLENT.has(d.event.type) && d.event.actor1 !== null &&
          (!BOMBINGS.has(frame.type) || d.event.type === frame.type) && !(statesOnly && actors.get(d.event.actor1.id)?.kind === 'group') && !elsewhere(ctx, frame, d));
        if (told !== undefined) {
          const ref = told.event.actor1!;
          agent = actors.get(ref.id) ?? { id: ref.id, name_en: ref.name_en, name_ar: ref.name_ar ?? '', kind: 'state' };
          agentText = ref.text;
        }
      }
    }

    if (agent === null && frame.type === 'protest') agent = actors.get('PROTESTERS') ?? null;
    // "من قبل النظام", "أعلنت الحكومة استعادة البلدة": a government fights with its armed forces.
    if (agent !== null && VIOLENT.has(frame.type)) agent = sectorOf(agent, 'GOV', 'MIL', actors);

    let locations = locate(ctx, frame, placesOf(frame));
    if (frame.placeAnaphor !== null) {
      // "في المدينة": the last town or city the story named; "أطراف البلدة": its surroundings.
      const named = [...drafts].reverse().find((d) => frame.sentence - d.frame.sentence <= STORY_REACH && d.event.locations.some((l) => l.precision === 1));
      const precision = frame.placeAnaphor === 'near' ? 2 : 1;
      locations = named?.event.locations.filter((l) => l.precision === 1).slice(0, 1).map((l) => ({ ...l, precision })) ?? [];
    }
    const launched = frame.launch !== null ? locate(ctx, frame, [frame.launch])[0] ?? null : null;

    const eventClaims: Claim[] = [];
    let claimSource: Draft['claimSource'] = 'text';
    for (const c of claims) {
      // A government asserting its own forces' action speaks for them ("أعلنت تركيا أن مقاتلاتها قصفت").
      const sameState = agent !== null && c.stance === 'asserts' && c.by.id.split('.')[0] === agent.id.split('.')[0] && c.by.id.includes('.');
      const by = sameState ? agent! : c.by;
      if (!eventClaims.some((x) => x.by.id === by.id && x.stance === c.stance)) {
        eventClaims.push({ by: claimRef(by), stance: c.stance, text: slice(ctx, c.first, c.end) });
      }
    }
    settleClaims(eventClaims, agent?.id ?? null);
    // "ونفت الوزارة قصف طائراتها للمستشفى ...، وقالت إن المعارضة تزعم قصفها مدارس في ...": a maker that denies an
    // act in a sentence denies the acts of the same kind it is said there to have done, under the same allegations.
    const deniedWith = agent === null || !VIOLENT.has(frame.type) ? undefined : drafts.find((d) => d.frame.sentence === frame.sentence &&
      d.event.type === frame.type && d.event.actor1?.id === agent.id && d.event.claims.some((c) => c.stance === 'denies' && c.by.id === agent.id));
    if (deniedWith !== undefined) eventClaims.splice(0, eventClaims.length, ...deniedWith.event.claims.map((c) => ({ ...c })));
    const denied = eventClaims.some((c) => c.stance === 'denies');
    if (eventClaims.length === 0) {
      // A sentence that goes on with a statement ("ودمر سلاح الجو الروسي ...") is claimed by whoever made it.
      const sameSide = (id: string): boolean => agent === null || id.split('.')[0] === agent.id.split('.')[0];
      const earlier = Array.from({ length: STORY_REACH }, (_, k) => frame.sentence - 1 - k).filter((i) => !claiming.has(i)).map((i) => sentenceClaims[i] ?? []).find((list) => list.length > 0);
      const spoken = earlier?.find((c) => c.stance === 'asserts' && sameSide(c.by.id));
      const told = [...drafts].reverse().find((d) => frame.sentence - d.frame.sentence <= STORY_REACH && d.claimSource !== 'outlet' && VIOLENT.has(d.event.type));
      const toldClaim = told?.event.claims.find((c) => c.stance === 'asserts' && sameSide(c.by.id) && c.by.id !== told.claimedBy);
      // A sentence with a time of its own ("وفي الثالث من آذار 2016", "وكانت ... قد") starts another thread, and so does
      // one that turns to another place to tell an act of nobody named ("وفي بنغازي، انفجرت سيارة مفخخة").
      const last = [...drafts].reverse().find((d) => VIOLENT.has(d.event.type));
      const continues = frame.dates.length === 0 && !frame.background && !(agent === null && last !== undefined && elsewhere(ctx, frame, last));
      if (VIOLENT.has(frame.type) && continues && spoken !== undefined) {
        eventClaims.push({ by: claimRef(sameSide(spoken.by.id) && agent !== null ? agent : spoken.by), stance: 'asserts', text: slice(ctx, spoken.first, spoken.end) });
        claimSource = 'story';
      } else if (VIOLENT.has(frame.type) && continues && toldClaim !== undefined) {
        eventClaims.push({ ...toldClaim });
        claimSource = 'story';
      } else {
        eventClaims.push({ by: claimRef(outlet), stance: 'reports', text: null });
        claimSource = 'outlet';
      }
    }
    let date: EventDate = UNKNOWN_DATE;
    let dateSource: Draft['dateSource'] = 'none';
    const told = nearestDate(ctx, frame, denied ? DENIED_DATE_REACH : DATE_REACH);
    if (told !== null) {
      date = eventDate(told);
      dateSource = 'text';
    } else if (frame.dates.length === 0 && !frame.background && previous?.frame.sentence === frame.sentence && previous.dateSource === 'text') {
      // "قصفت الطائرات امس ... عقبه قصف ...": an event told after another in the same sentence, with no time of its
      // own, is of the same day.
      date = { ...previous.event.date };
      dateSource = 'text';
    } else if (frame.before !== null && previous?.frame.sentence === frame.sentence && previous.event.date.precision !== 'unknown') {
      // "وأغارت المقاتلات الجمعة، بعد أربعة أيام من تفجير ...": the earlier attack's date, counted back from the one told.
      const { start, end, precision } = dateBefore(previous.event.date, frame.before);
      date = { start, end, precision, text: ctx.text.slice(frame.before.start, frame.before.end) };
      dateSource = 'text';
    } else if (frame.background || denied) {
      date = UNKNOWN_DATE;
    } else if (recent !== undefined && (recent.dateSource === 'text' || recent.dateSource === 'story') && recent.event.date.precision !== 'unknown' && frame.sentence - recent.frame.sentence <= STORY_REACH && claimSource === 'story') {
      date = { ...recent.event.date };
      dateSource = 'story';
    } else if (ctx.published !== null) {
      date = { start: ctx.published, end: ctx.published, precision: 'day', text: null };
      dateSource = 'published';
    }

    const weapons = dedupe(frame.weapons.map((w) => ({ id: w.id, text: slice(ctx, w.first, w.end) })), (w) => w.id);
    if (frame.type === 'air_strike' && weapons.length === 0) {
      const trigger = frame.triggers[0];
      weapons.push({ id: 'warplane', text: trigger !== undefined ? slice(ctx, trigger.first, trigger.end) : '' });
    }
    // "تصف إرسال مقاتلات تركية ... بالأمر المؤسف": what is said to a state's forces is said to the state.
    const aimedAt = frame.patient === null ? null : SPEECH_ACTS.has(frame.type) ? sectorOf(frame.patient.actor, 'MIL', 'GOV', actors) : frame.patient.actor;
    let patient = frame.patient !== null && aimedAt !== null && aimedAt.id !== agent?.id ? actorRef(aimedAt, slice(ctx, frame.patient.first, frame.patient.end)) : null;
    // A strike on a hospital, a school or homes is a strike on civilians, unless the text names an armed target.
    const protectedSite = frame.targets.find((t) => PROTECTED.has(t.kind));
    const civilians = actors.get('CIVILIANS');
    if (patient === null && protectedSite !== undefined && VIOLENT.has(frame.type) && civilians !== undefined) patient = actorRef(civilians, slice(ctx, protectedSite.first, protectedSite.end));
    // An attack on civilians hits civilians; so does a bomb that kills or wounds people it names no party of.
    const casualties = frame.counts.fatalities !== null || frame.counts.injured !== null;
    if (patient === null && civilians !== undefined && !frame.armedDead && (frame.type === 'attack_on_civilians' || (BOMBINGS.has(frame.type) && casualties))) patient = actorRef(civilians, '');
    // "أطلقت القوات النار على مجموعة من المواطنين": an attack, not fighting, whose only target is civilians is violence against them.
    const type = frame.type === 'armed_clash' && patient?.id === 'CIVILIANS' && !frame.armedAmong && !frame.triggers.some((t) => t.role === 'event' && t.type === 'armed_clash') ? 'attack_on_civilians' : frame.type;
    const codes = EVENT_TYPES[type];
    drafts.push({
      frame,
      dateSource,
      claimSource,
      event: {
        id: '',
        type,
        acled: codes.acled,
        plover: codes.plover,
        actor1: agent !== null ? actorRef(agent, agentText) : null,
        actor2: patient,
        locations,
        launched_from: launched,
        date,
        counts: frame.counts,
        weapons,
        targets: dedupe(frame.targets.map((t) => ({ kind: t.kind, text: slice(ctx, t.first, t.end) })), (t) => t.kind),
        claims: eventClaims,
        evidence: [{ ...ctx.sentences[frame.sentence]! }],
        background: frame.reference,
      },
    });
    if (deniedWith !== undefined) deniedTogether.push([drafts[drafts.length - 1]!, deniedWith]);
  }
  // Claims joined to the denied act later in the story are the others' too.
  for (const [draft, denied] of deniedTogether) draft.event.claims = denied.event.claims.map((c) => ({ ...c }));
  for (const draft of drafts) {
    const day = draft.dateSource === 'published' ? speakingDay(drafts, draft) : undefined;
    if (day !== undefined) [draft.event.date, draft.dateSource] = [{ ...day.event.date }, 'story'];
  }
  const events: RasdEvent[] = [];
  for (const { event } of drafts) {
    if (!standsIn(event.actor1) && !standsIn(event.actor2) && !event.claims.some((c) => standsIn(c.by))) {
      events.push(event);
      continue;
    }
    const home = homeState(event, ctx);
    event.actor1 = event.actor1 === null ? null : settleHome(event.actor1, home);
    event.actor2 = event.actor2 === null ? null : settleHome(event.actor2, home);
    const claims = event.claims.flatMap((c) => {
      const by = settleHome(c.by, home);
      return by === null ? [] : [{ ...c, by }];
    });
    event.claims = claims.length > 0 ? claims : [{ by: claimRef(outlet), stance: 'reports', text: null }];
    // Words or talks of a state the story does not say ("وقالت القوات الحكومية" in a story placed nowhere) are nobody's.
    if (event.actor1 !== null || newsWithoutParty(event.type)) events.push(event);
  }
  return events;
}

/** An event word written with the article ("القصف", "والهجوم"). */
function isDefinite(ctx: ArticleContext, t: TriggerHit): boolean {
  return ctx.tokens[t.first]!.forms.some((f) => f.startsWith('ال'));
}

/**
 * Only a frame that refers back ("القصف الروسي", "الغارات", "إن الهجوم استهدف": a verb whose subject is one) or tells a
 * result, with no weapon of its own, may be an event told before.
 */
function refersBack(frame: Frame, ctx: ArticleContext): boolean {
  return frame.weapons.length === 0 && frame.triggers.every((t) => t.role === 'result' || isDefinite(ctx, t) || frame.triggers.some((u) => u.end === t.first && isDefinite(ctx, u)));
}

/** "إن الهجوم استهدف مخزنا": an attack named with the article by a word of any attack, no weapon saying which, may be any violent event told before. */
function isGeneric(frame: Frame, ctx: ArticleContext): boolean {
  // The words of an accusation or a claim that tell of it are not its own ("واتهم الجيش ... بالوقوف وراء الهجوم").
  const acts = frame.triggers.filter((t) => t.type === null || !SPEECH_ACTS.has(t.type));
  return frame.weapons.length === 0 && acts.some((t) => t.tense === 'noun' && isDefinite(ctx, t)) && acts.every((t) => t.role === 'attack' && t.type === 'armed_clash');
}

/**
 * "قتل شخصان في غارة نفذتها مسيرة إسرائيلية. وقال الجيش الإسرائيلي إنه استهدف عنصرين من حزب الله": a word of any attack, with
 * no weapon, told by the maker of an attack just told, is that attack.
 */
function ownWordOn(frame: Frame, told: Draft): boolean {
  const acts = frame.triggers.filter((t) => t.type === null || !SPEECH_ACTS.has(t.type));
  return frame.weapons.length === 0 && acts.length > 0 && acts.every((t) => t.role === 'attack' && t.type === 'armed_clash') &&
    frame.agent !== null && told.event.actor1?.id === frame.agent.actor.id && frame.claims.some((c) => c.stance === 'asserts' && sameParty(c.by.id, frame.agent!.actor.id));
}

/** "وأعلن مركز الطوارئ عن مقتل خمسة أشخاص": deaths or wounds told with no event word, weapon or maker of their own. */
function tollOnly(frame: Frame): boolean {
  return frame.weapons.length === 0 && frame.agent === null && frame.triggers.length > 0 && frame.triggers.every((t) => t.role === 'result');
}

/** Whether an event's maker is nobody named: none, or gunmen a generic word names ("مسلحون"). */
function unnamed(d: Draft): boolean {
  return d.event.actor1 === null || GROUP_NOUNS.generic.has(d.event.actor1.id);
}

/**
 * The event told before that a party's denial is of, however far back: a violent event of the same kind (of any kind for
 * a word of any attack), of nobody named or of the denier, in the denial's governorates and on its days; the one that
 * hit what the denial names, else the last.
 */
function deniedAct(drafts: readonly Draft[], frame: Frame, denier: string): Draft | undefined {
  const anyAttack = frame.weapons.length === 0 && frame.triggers.every((t) => t.role === 'attack' && t.type === 'armed_clash');
  const candidates = drafts.filter((d) => VIOLENT.has(d.event.type) && (anyAttack || family(d.event.type) === family(frame.type)) &&
    (unnamed(d) || sameParty(d.event.actor1!.id, denier)) && sameRegion(frame, d) && sameDays(frame, d));
  return candidates.find((d) => d.event.targets.some((t) => frame.targets.some((x) => x.kind === t.kind))) ?? candidates[candidates.length - 1];
}

/** Whether two dates can be the same time: both known and overlapping, or either unknown. */
function overlaps(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** "وقتل أربعة مدنيين في الغارات الأحد": a day said again is the same day; another day is another event. */
function sameDays(frame: Frame, d: Draft): boolean {
  return frame.dates.every((m) => overlaps(m.date, d.event.date));
}

/** Whether every place a frame names lies in a governorate (or is a place) of the event told. */
function sameRegion(frame: Frame, told: Draft): boolean {
  const regions = regionsOf(told);
  return frame.places.every((p) => liesIn(p, regions));
}

/** The governorates of an event's places (or the places themselves, where they have none). */
function regionsOf(told: Draft): Set<string> {
  return new Set(told.event.locations.map((l) => l.admin1_en ?? l.name_en));
}

function liesIn(p: PlaceMention, regions: ReadonlySet<string>): boolean {
  return p.candidates.some((c) => regions.has(c.kind === 'governorate' ? c.name_en : c.admin1_en ?? c.name_en));
}

/** A place named again, under any of its names ("الحدود مع العراق", "الحدود السورية العراقية"). */
function namesPlace(p: PlaceMention, l: Location | undefined): boolean {
  return p.candidates.some((c) => c.id === l?.id);
}

/**
 * The kinds of attack the weapons of a frame make: a strike from afar ("طائراته", "صاروخ"), a bomb ("سيارة مفخخة"),
 * a ground attack ("برصاص"), or another of their family.
 */
function weaponFamilies(frame: Frame): Set<string> {
  return new Set(frame.weapons.flatMap((w) => (w.implies === null ? [] : [attackKind(w.implies)])));
}

function attackKind(type: EventType): string {
  return STRIKES.has(type) ? 'strike' : BOMBINGS.has(type) ? 'bomb' : family(type);
}

/**
 * Whether a telling names the weapon of its own attack and the told event only weapons of another kind of attack:
 * shots at a crowd are no air raid told again.
 */
function otherWeapons(frame: Frame, told: Frame): boolean {
  const own = attackKind(frame.type);
  const mine = new Set([...weaponFamilies(frame)].filter((f) => f === own));
  const theirs = weaponFamilies(told);
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((f) => theirs.has(f));
}

function antecedentOf(drafts: readonly Draft[], frame: Frame, ctx: ArticleContext): Draft | undefined {
  if (!refersBack(frame, ctx) && frame.places.length > 0) return undefined;
  const candidates = drafts.filter(
    (d) => frame.sentence - d.frame.sentence <= STORY_REACH && (family(d.event.type) === family(frame.type) || ((isGeneric(frame, ctx) || ownWordOn(frame, d) || tollOnly(frame)) && VIOLENT.has(d.event.type))) && sameDays(frame, d) &&
      frame.places.every((p) => d.event.locations.some((l) => namesPlace(p, l))) && !otherWeapons(frame, d.frame),
  );
  if (frame.places.length === 0) return candidates[candidates.length - 1];
  return candidates.find((d) => frame.places.some((p) => namesPlace(p, d.event.locations[0]))) ?? candidates[candidates.length - 1];
}

/** The stance each claimant keeps when a sentence gives it several: the actor denies or asserts its own act; others allege before they report. */
const STANCE_ORDER: Record<'agent' | 'other', readonly Claim['stance'][]> = {
  agent: ['denies', 'asserts', 'reports', 'alleges'],
  other: ['alleges', 'denies', 'reports', 'asserts'],
};

/**
 * One stance per claimant; and what a monitor or a newspaper reports of an act its maker denies is an allegation
 * ("بحسب المرصد، وهو ما نفته الوزارة").
 */
function settleClaims(claims: Claim[], agentId: string | null): void {
  if (agentId !== null && claims.some((c) => c.stance === 'denies' && c.by.id === agentId)) {
    for (const c of claims) if (c.stance === 'reports') c.stance = 'alleges';
  }
  keepOneStancePerClaimant(claims, agentId);
}

function keepOneStancePerClaimant(claims: Claim[], agentId: string | null): void {
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const order = STANCE_ORDER[c.by.id === agentId ? 'agent' : 'other'];
    const kept = best.get(c.by.id);
    if (kept === undefined || order.indexOf(c.stance) < order.indexOf(kept.stance)) best.set(c.by.id, c);
  }
  claims.splice(0, claims.length, ...claims.filter((c) => best.get(c.by.id) === c));
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/** The places a frame's event happens at: a country a party speaks of ("إن الحوار في سوريا ...") is not where it spoke. */
function placesOf(frame: Frame): Frame['places'] {
  return SPEECH_ACTS.has(frame.type) ? frame.places.filter((p) => !p.candidates.every((c) => c.kind === 'country')) : frame.places;
}

function mergeInto(draft: Draft, frame: Frame, ctx: ArticleContext): void {
  const event = draft.event;
  // "وأضاف الوزير للصحفيين في جنيف ...": where a statement was made can come in a later sentence of it.
  if (event.locations.length === 0) event.locations = locate(ctx, frame, placesOf(frame));
  for (const field of COUNT_FIELDS) if (event.counts[field] === null && frame.counts[field] !== null) event.counts[field] = frame.counts[field];
  if (frame.counts.approximate) event.counts.approximate = true;
  for (const t of frame.targets) if (!event.targets.some((x) => x.kind === t.kind)) event.targets.push({ kind: t.kind, text: slice(ctx, t.first, t.end) });
  for (const w of frame.weapons) if (!event.weapons.some((x) => x.id === w.id)) event.weapons.push({ id: w.id, text: slice(ctx, w.first, w.end) });
  for (const c of frame.claims) {
    if (!event.claims.some((x) => x.by.id === c.by.id && x.stance === c.stance)) {
      event.claims.push({ by: claimRef(c.by), stance: c.stance, text: slice(ctx, c.first, c.end) });
    }
  }
  settleClaims(event.claims, event.actor1?.id ?? null);
  if (event.actor2 === null && frame.patient !== null && frame.patient.actor.id !== event.actor1?.id) {
    event.actor2 = actorRef(frame.patient.actor, slice(ctx, frame.patient.first, frame.patient.end));
  }
  const span = ctx.sentences[frame.sentence]!;
  if (!event.evidence.some((e) => e.start === span.start)) event.evidence.push({ ...span });
}
