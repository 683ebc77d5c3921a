/**
 * Place mentions of a sentence with what the words around them say: "ريف حماة" (near: the countryside),
 * "بلدة سلمى" (settlement: the place itself), "محافظة إدلب" (admin), "انطلاقا من قاعدة همدان" (launch site),
 * and lists that share one cue ("أرياف حماة واللاذقية وحمص"). Villages, whose names are often common words,
 * and any name that is also an everyday word, count only where such a cue or a list says a place is meant.
 */
import type { CueKind, EntryOf, Mention } from '../lexicon/index.ts';
import { hasArticleName, type Place } from '../lexicon/gazetteer.ts';
import type { Token } from '../text/tokens.ts';
import { subjectEnd } from './types.ts';

export type PlaceCue = 'near' | 'settlement' | 'admin' | 'area' | null;

export interface PlaceMention {
  first: number;
  end: number;
  candidates: Place[];
  cue: PlaceCue;
  /** The place named where a strike came from ("أقلعت من قاعدة همدان"). */
  launch: boolean;
  /** Index of the first mention of the list this one belongs to (itself when not in a list). */
  list: number;
  /** Where a person comes from ("وشاب من قرية حاس قتل في معرة النعمان"), or an end of a road ("طريقا يربط المدينة
   * بالعاصمة بغداد"), not where the event happened. */
  origin: boolean;
  /** A place the one named before lies in a direction from ("بعقوبة (60 كلم شمال شرق بغداد)"): it only says where that one is. */
  landmark: boolean;
  /** The country a nationality right after the name puts it in ("مدينة سروج التركية"): ISO alpha-2, or null. */
  country: string | null;
}

/** A cue qualifies the place right after it; "محيط مدينة تدمر" chains a near cue and a settlement cue. */
const CUE_REACH = 1;
const WEAK_KINDS = new Set(['village', 'other']);
const LAUNCH_KINDS = new Set(['sea', 'airbase']);
/** The settlement word for a military base, normalised. */
export const BASE = 'قاعده';
/** Words of an area, normalised: the place named after them is the area, at the precision of its surroundings. */
const AREA_WORDS: ReadonlySet<string> = new Set(['منطقه', 'مناطق']);
/** Words between a verb of a road's course and the places it links ("يربط المدينة بالعاصمة بغداد"). */
const ROUTE_REACH = 3;
/** Words between a place and the direction from a landmark that follows it ("بعقوبة (60 كلم شمال بغداد)"). */
const LANDMARK_GAP = 3;
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'قرب', 'داخل', 'نحو', 'باتجاه', 'عند', 'حتي', 'بين', 'مثل']);
/** Near cues that only say "near" ("قرب السياج الفاصل"): after them a place name that is also a word is the word. */
const NEAR_PREPOSITIONS = new Set(['قرب', 'بالقرب', 'حول', 'جوار', 'بجوار', 'قباله']);
/** Words of quantity that may stand between a preposition and its place ("على كامل الغوطة الشرقية"). */
const QUANTIFIERS = new Set(['كامل', 'كافه', 'معظم', 'اغلب', 'غالبيه', 'عموم']);

interface CueAt {
  first: number;
  end: number;
  cue: CueKind;
  value: string;
  /** The cue's own words, which `end` no longer bounds once an outer cue takes the settlement word's end. */
  words: { first: number; end: number };
  /** The settlement word between an outer cue and the place ("تعود إلى قاعدة الشعيرات"). */
  via: string | null;
}

function cueBefore(cues: readonly CueAt[], first: number, tokens: readonly Token[]): CueAt | null {
  // "بلدات سكنية مثل العيس": a list introduced by "مثل" takes the cue a few words before it.
  const reach = tokens[first - 1]?.norm === 'مثل' ? 3 : CUE_REACH;
  const direct = cues.find((c) => c.end <= first && first - c.end < reach);
  if (direct === undefined) return null;
  // "في محيط مدينة تدمر", "تعود إلى قاعدة الشعيرات": the settlement word is itself qualified by the cue before it.
  const outer = direct.cue === 'settlement' ? cues.find((c) => c.end === direct.first && (c.cue === 'near' || c.cue === 'launch')) : undefined;
  return outer !== undefined ? { ...outer, end: direct.end, via: cueText(tokens, direct) } : direct;
}

/** "تعرضت دوما لغارات", "وكانت طرابلس قد شهدت مواجهات": where a town named right after a verb of scene, or right before
 * it (with "قد" between), starts: the place things happened in. */
export function sceneSubjects(tokens: readonly Token[], cueMentions: ReadonlyArray<Mention<EntryOf<'cue'>>>): Set<number> {
  const out = new Set<number>();
  for (const m of cueMentions) {
    if (!m.entries.some((e) => e.cue === 'scene')) continue;
    out.add(m.end);
    out.add(subjectEnd(tokens, m.first) - 1);
  }
  return out;
}

/** A cue's words as the lexicon lists them, each read without its proclitic (made only where a cue's word decides). */
function cueText(tokens: readonly Token[], cue: CueAt): string {
  return tokens.slice(cue.words.first, cue.words.end).map((t) => t.forms[t.forms.length > 1 ? 1 : 0]).join(' ');
}

/** Where a name starts after a settlement word or "منطقة" ("منطقة سوق الجمعة", "حي المستشفى"): the words there name a place. */
export function namedPlaceStarts(tokens: readonly Token[], cueMentions: ReadonlyArray<Mention<EntryOf<'cue'>>>): Set<number> {
  const area = (m: Mention): boolean => m.end - m.first === 1 && AREA_WORDS.has(tokens[m.first]!.forms.at(-1)!);
  return new Set(cueMentions.filter((m) => m.entries.some((e) => e.cue === 'settlement') || area(m)).map((m) => m.end));
}

function placeCue(cue: CueAt | null, tokens: readonly Token[]): PlaceCue {
  if (cue === null) return null;
  if (cue.cue === 'admin') return 'admin';
  if (cue.cue === 'settlement') return 'settlement';
  if (cue.cue !== 'near') return null;
  const text = cueText(tokens, cue);
  return AREA_WORDS.has(text) ? 'area' : 'near';
}

export function readPlaces(
  tokens: readonly Token[],
  placeMentions: ReadonlyArray<Mention<EntryOf<'place'>>>,
  cueMentions: ReadonlyArray<Mention<EntryOf<'cue'>>>,
  /** Whether the name is also an everyday word or another lexicon's phrase ("المدينة", "بشار", "التركية"). */
  isWord: (m: Mention<EntryOf<'place'>>) => boolean,
  /** Tokens that name a person ("شاب", "واخر"). */
  people: ReadonlySet<number> = new Set(),
  /** The country (ISO alpha-2) of each nationality adjective, by the token it starts at ("التركية"). */
  nationalities: ReadonlyMap<number, string> = new Map(),
): PlaceMention[] {
  const cues: CueAt[] = cueMentions.map((m) => ({
    first: m.first,
    end: m.end,
    cue: m.entries[0]!.cue,
    value: m.entries[0]!.value,
    words: m,
    via: null,
  }));
  const sceneEnds = sceneSubjects(tokens, cueMentions);
  // "مؤتمر جنيف", "محادثات أستانا": talks named after the town they were held in.
  const venues = new Set(cueMentions.filter((m) => m.entries.some((e) => e.cue === 'venue')).map((m) => m.end));
  const routes = cueMentions.filter((m) => m.entries.some((e) => e.cue === 'route'));
  /** The governorates the sentence names ("ريف دمشق", "محافظة إدلب"). */
  const governorates = new Set<string>();
  for (const m of placeMentions) for (const e of m.entries) if (e.place.kind === 'governorate') governorates.add(e.place.name_en);
  const out: PlaceMention[] = [];
  for (const m of placeMentions) {
    // "المدينة", "مدينة": a few villages bear the name of a kind of place; the word means the kind ("أطراف المدينة").
    if (cues.some((c) => c.first === m.first && c.end === m.end && (c.cue === 'settlement' || c.cue === 'admin' || c.cue === 'near'))) continue;
    const token = tokens[m.first]!;
    const previous = out[out.length - 1];
    // "واللاذقية" right after a place (or an adjective such as "الشمالي" after it) continues its list, and shares its cue;
    // after any other word ("حي الشعار وسيدة وابنتها", "خان يونس، بحسب وزارة") it does not.
    const gap = m.first - (previous?.end ?? 0);
    const inList = previous !== undefined && token.norm.startsWith('و') && (gap === 0 || (gap === 1 && tokens[previous.end]!.norm.startsWith('ال')));
    // "العاصمة الليبية طرابلس": a nationality between a settlement word and the name does not part them, and says where it is.
    const direct = cueBefore(cues, m.first, tokens);
    // With a direction before the settlement word ("غرب العاصمة الليبية طرابلس"), the direction is the cue, as without one.
    const beforeNationality = direct === null && nationalities.has(m.first - 1) ? cueBefore(cues, m.first - 1, tokens) : null;
    const bridged = beforeNationality !== null && beforeNationality.end === m.first - 1 && (beforeNationality.cue === 'settlement' || beforeNationality.via !== null) ? beforeNationality : undefined;
    const cueAt = bridged ?? direct;
    // "مدعومة من روسيا", "منسوبة لإسرائيل": the country is a party backing the one acting, or acting, not where it acted.
    if ((cueAt?.cue === 'backing' || cueAt?.cue === 'agent') && m.entries.every((e) => e.place.kind === 'country')) continue;
    // "من بحر قزوين", "من قاعدة همدان": a sea or an air base something came from is where it was launched.
    const fromBase = tokens[m.first - 1]?.norm === 'من' && m.entries.every((e) => LAUNCH_KINDS.has(e.place.kind));
    // Planes return to a base; a person returning to a country ("عودته إلى لبنان") says nothing of a launch.
    const toBase = cueAt?.value !== 'return' || cueAt.via === BASE || m.entries.every((e) => LAUNCH_KINDS.has(e.place.kind));
    const launch = (cueAt?.cue === 'launch' && toBase) || fromBase || (previous?.launch === true && inList);
    // "المدن التركية", "البلدة القديمة": after a settlement word with the article, a word with it describes, it names nothing.
    if (cueAt?.cue === 'settlement' && cueAt.end === m.first && tokens[cueAt.end - 1]!.forms.some((f) => f.startsWith('ال')) && token.norm.startsWith('ال')) continue;
    const cue = inList && cueAt === null ? previous.cue : placeCue(cueAt, tokens);
    // "السورية", "الأثرية" are adjectives: a name written without the article is not read from a word with it,
    // unless a settlement or an administrative word names it ("بلدة الشحيل", "ناحية الصور": the gazetteer often leaves the
    // article out of villages and districts).
    // An item of a list a settlement word opens ("بلدات كفرنبل وحاس والبارة") is named by that word too.
    const named = cueAt?.cue === 'settlement' || cueAt?.cue === 'admin' || (inList && cueAt === null && (previous.cue === 'settlement' || previous.cue === 'admin'));
    const withArticle = token.forms.some((f) => f.startsWith('ال')) && !named;
    const candidates = [...new Set(m.entries.map((e) => e.place))].filter((p) => !withArticle || hasArticleName(p));
    if (candidates.length === 0) continue;
    const word = isWord(m);
    if (word && cueAt?.cue === 'near' && !inList && tokens[cueAt.first]!.forms.some((f) => NEAR_PREPOSITIONS.has(f))) continue;
    const strong = candidates.some((p) => !WEAK_KINDS.has(p.kind)) && !word;
    // A name that opens with its own kind or direction ("ناحية صور", "محافظة إدلب", "شمال غربي باكستان") says a place is meant.
    const headed = cues.some((c) => c.first === m.first && c.end < m.end && (c.cue === 'settlement' || c.cue === 'admin' || c.cue === 'near'));
    const before = QUANTIFIERS.has(tokens[m.first - 1]?.norm ?? '') ? m.first - 2 : m.first - 1;
    const introduced = cue !== null || inList || launch || headed || sceneEnds.has(m.first) || venues.has(m.first) || (tokens[before]?.forms.some((f) => PREPOSITIONS.has(f)) ?? false) || /^(ب|وب|فب)/.test(token.norm) && token.forms.length > 1;
    // "في عين ترما في ريف دمشق": a village after a preposition, in a governorate the sentence names.
    const located = introduced && !word ? candidates.filter((p) => WEAK_KINDS.has(p.kind) && p.admin1_en !== null && governorates.has(p.admin1_en)) : [];
    if (!(cue !== null || inList || launch || (strong && introduced) || located.length > 0)) continue;
    // A name that is also a word, or a village's, needs a cue or a list; a town or bigger needs at least a preposition.
    const kept = cue !== null || inList || launch ? candidates : strong ? candidates.filter((p) => !WEAK_KINDS.has(p.kind)) : located;
    // "شاب من قرية حاس": "من" right after a person, before the place or its settlement word.
    const from = cueAt?.cue === 'settlement' ? cueAt.first - 1 : m.first - 1;
    const origin = (tokens[from]?.norm === 'من' && people.has(from - 1)) || routes.some((r) => r.end <= m.first && m.first - r.end <= ROUTE_REACH) || (inList && previous.origin);
    const nationality = nationalities.get(m.end) ?? (bridged !== undefined ? nationalities.get(m.first - 1)! : null);
    const country = nationality !== null && kept.some((p) => p.country === nationality) ? nationality : null;
    // "بين شرق مدينة الباب وغرب مدينة منبج": a direction joined by و names a place of its own.
    let landmark = !inList && cueAt?.value === 'direction' && !tokens[cueAt.first]!.norm.startsWith('و') && previous !== undefined &&
      !previous.landmark && cueAt.first >= previous.end && cueAt.first - previous.end <= LANDMARK_GAP;
    if (landmark && kept.some((l) => !WEAK_KINDS.has(l.kind))) {
      // "حي الأمل غرب مدينة خان يونس": a place lies in the country of the town it is told from; a name read in no such
      // place (a city of that name abroad) is a place the gazetteer does not know, and the town says where.
      const near = previous!.candidates.filter((p) => kept.some((l) => l.country === p.country));
      if (near.length > 0) previous!.candidates = near;
      else {
        out.pop();
        landmark = false;
      }
    }
    out.push({ first: m.first, end: m.end, candidates: kept, cue, launch, list: inList ? previous!.list : out.length, origin, landmark, country });
  }
  return out;
}
