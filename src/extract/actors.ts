/**
 * Actor mentions of a sentence: names from the actor lexicon, state actors composed from a head noun and a
 * nationality ("المقاتلات الروسية" → RUS.MIL, "وزيري الخارجية الأميركي والروسي" → USA.GOV and RUS.GOV), and
 * countries or capitals standing for their government ("أعلنت روسيا", "واشنطن تسعى").
 */
import { lexicon, type EntryOf, type Mention, type Mentions } from '../lexicon/index.ts';
import { homeActor, stateActor, type ActorDef, type Country, type Sector } from '../lexicon/actors.ts';
import type { Token } from '../text/tokens.ts';
import { isFunctionWord } from './names.ts';
import { BASE } from './places.ts';

export interface ActorMention {
  first: number;
  end: number;
  actor: ActorDef;
  /** A country or capital name: it may be the place of the event rather than an actor. */
  byCountryName: boolean;
}

/** Words after which a country or capital is where something happens, not who acts. */
const PLACE_PREPOSITIONS = new Set(['في', 'الي', 'داخل', 'من', 'عبر', 'نحو', 'اراضي', 'الاراضي', 'اجواء', 'شمال', 'جنوب', 'شرق', 'غرب', 'حدود', 'قرب', 'وسط']);

export function isPlaceContext(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first]!;
  if (token.norm.startsWith('ب') && token.forms.length > 1) return true;
  const previous = tokens[first - 1];
  return previous !== undefined && previous.forms.some((f) => PLACE_PREPOSITIONS.has(f));
}

type ActorEntry = EntryOf<'actor'>;

function adjectiveOf(m: Mention<ActorEntry> | undefined): Country | null {
  for (const e of m?.entries ?? []) if ('as' in e && e.as === 'adjective') return e.country;
  return null;
}

/** Largest gap in words between a head noun and its nationality ("القاذفات البعيدة المدى الروسية"). */
const HEAD_GAP = 2;

/** Whether tokens [from, to) carry no clitic but the article and are no function word: modifiers of a head noun ("صاروخين من الأراضي اللبنانية" has none). */
function modifiersOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i]!.forms.length > 1 && !tokens[i]!.norm.startsWith('ال')) || isFunctionWord(tokens[i]!)) return false;
  return true;
}

/** Where the party named did it ("على يد مسلحين", "غارة منسوبة لإسرائيل"): the tokens right after an agent cue. */
export function agentMarks(tokens: readonly Token[], { cue: cues, weapon: weapons }: Pick<Mentions, 'cue' | 'weapon'>): Set<number> {
  const agents = cues.filter((c) => c.entries.some((e) => e.cue === 'agent' || e.cue === 'responsibility'));
  const marked = new Set(agents.map((c) => c.end));
  // "قصف جديد للنظام السوري": the party with the ل of its agent after a word describing the attack.
  for (const m of cues) {
    if (marked.has(m.first) && m.entries.some((e) => e.cue === 'manner') && tokens[m.end]?.norm.startsWith('ل')) marked.add(m.end);
  }
  // "هجوم شنه مقاتلو حزب العمال": the party its fighters are named of; "نفذته على الأرجح طائرات إسرائيلية": the party after the hedge.
  for (const c of cues) if (marked.has(c.first) && c.entries.some((e) => e.cue === 'member' || e.cue === 'hedge')) marked.add(c.end);
  // "قصف مدفعي تركي": the party after the weapon the attack was made with (the weapon's words may hold the attack's).
  for (const w of weapons) if (agents.some((c) => c.first === w.first || c.end === w.first)) marked.add(w.end);
  return marked;
}

/** Where a nationality names whose words or acts they are ("الاتهامات الروسية"): the tokens right after an owner cue. */
export function ownerMarks(cues: ReadonlyArray<Mention<EntryOf<'cue'>>>): Set<number> {
  return new Set(cues.filter((c) => c.entries.some((e) => e.cue === 'owner')).map((c) => c.end));
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The parties of each sentence without "القاعدة" standing alone once the article has named an air base ("قاعدة حميميم
 * ... أطلقت طائرات مسيرة باتجاه القاعدة"): the word is then the base, not al-Qaeda.
 */
export function withoutBaseWord(tokens: readonly Token[], places: ReadonlyArray<ReadonlyArray<Mention<EntryOf<'place'>>> | undefined>, actors: ActorMention[][]): ActorMention[][] {
  let named = false;
  return actors.map((parties, index) => {
    const bases = (places[index] ?? []).filter((p) => p.entries.some((e) => e.place.kind === 'airbase'));
    const out = parties.filter((a) => !(a.end - a.first === 1 && tokens[a.first]!.forms.includes(BASE) && (named || bases.some((b) => b.end <= a.first))));
    named ||= bases.length > 0;
    return out;
  });
}

/**
 * The parties `mentions` name. `agentMarked`: tokens right after an agent cue, where a nationality alone names its
 * country ("غارة يعتقد أنها إسرائيلية"); `ownerMarked`: the same after an owner cue ("الاتهامات الروسية").
 */
export function readActors(tokens: readonly Token[], mentions: ReadonlyArray<Mention<ActorEntry>>, agentMarked: ReadonlySet<number> = NONE, ownerMarked: ReadonlySet<number> = NONE): ActorMention[] {
  const { actors } = lexicon();
  const out: ActorMention[] = [];
  /** Where a head noun that another head follows started ("قوات الجيش المصري" is named from "قوات"). */
  let opened: number | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const named = m.entries.find((e): e is Extract<ActorEntry, { actor: ActorDef }> => 'actor' in e);
    const head = m.entries.find((e): e is Extract<ActorEntry, { head: Sector }> => 'head' in e);
    const next = mentions[k + 1];
    const start: number = opened ?? m.first;
    opened = null;
    if (head !== undefined && named === undefined && next !== undefined && next.first === m.end && !tokens[next.first]!.norm.startsWith('و') && next.entries.some((e) => 'head' in e)) {
      opened = start;
      continue;
    }
    // Words between head and nationality are its own modifiers ("البعيدة المدى"), never a new phrase ("لإنعاش الأزمة").
    const joined = next !== undefined && next.first - m.end <= HEAD_GAP && modifiersOnly(tokens, m.end, next.first);
    const nationality = joined ? adjectiveOf(next) : null;
    if (head !== undefined && nationality !== null && (named === undefined || next!.first === m.end)) {
      out.push({ first: start, end: next!.end, actor: stateActor(nationality, head.head, actors), byCountryName: false });
      k++;
      // "وزيري الخارجية الأميركي والروسي": a second nationality joined by و shares the head.
      const after = mentions[k + 1];
      const second = after !== undefined && after.first === next!.end && tokens[after.first]!.norm.startsWith('و') ? adjectiveOf(after) : null;
      if (second !== null) {
        out.push({ first: after!.first, end: after!.end, actor: stateActor(second, head.head, actors), byCountryName: false });
        k++;
      }
      continue;
    }
    // "قوات الحوثيين", "طائرات التحالف": the forces or aircraft of a party named right after them, the head in the
    // construct state (no article: "دعا قائد الجيش المتظاهرين" names two parties), are that party.
    const owner = head !== undefined && head.home !== true && named === undefined && next?.first === m.end && !tokens[m.end - 1]!.forms.some((f) => f.startsWith('ال')) &&
      !tokens[next.first]!.norm.startsWith('و') ? next.entries.find((e): e is Extract<ActorEntry, { actor: ActorDef }> => 'actor' in e) : undefined;
    if (owner !== undefined) {
      out.push({ first: start, end: next!.end, actor: owner.actor, byCountryName: false });
      k++;
      continue;
    }
    const home = m.entries.find((e): e is Extract<ActorEntry, { head: Sector }> => 'head' in e && e.home === true);
    if (named !== undefined || home !== undefined) {
      out.push({ first: m.first, end: m.end, actor: named?.actor ?? homeActor(home!.head), byCountryName: false });
      continue;
    }
    const marked = agentMarked.has(m.first) || ownerMarked.has(m.first);
    const country = m.entries.find((e): e is Extract<ActorEntry, { as: string }> => 'as' in e && (e.as !== 'adjective' || marked));
    // "الأزمة السورية": with the article it is the adjective, not the country "سورية"; after an attack's noun the
    // adjective names who made it ("القصف التركي").
    const adjectival = !marked && country !== undefined && tokens[m.first]!.forms.some((f) => f.startsWith('ال')) && !country.country.name_ar.startsWith('ال');
    if (country !== undefined && !adjectival) {
      out.push({ first: m.first, end: m.end, actor: stateActor(country.country, 'GOV', actors), byCountryName: true });
    }
  }
  return out;
}
