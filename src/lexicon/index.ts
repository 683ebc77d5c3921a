/**
 * All lexicons in one trie: places, actors, countries, weapons, targets, event words, framing cues and count
 * words, each entry tagged with what it is. `findMentions` reads a token range once and returns, per family,
 * the longest mentions that do not overlap.
 */
import { readTsv, splitForms } from './tsv.ts';
import { expandForm, type Tense } from './forms.ts';
import { phraseHits, PhraseTrie } from './trie.ts';
import { loadCommonWords, loadPlaces, type Place } from './gazetteer.ts';
import { loadActorDefs, loadActorHeads, loadCountries, loadPersons, personActor, type ActorDef, type Country, type Sector } from './actors.ts';
import type { CountField, EventType } from '../contract/index.ts';
import type { Token } from '../text/tokens.ts';

export type TriggerRole = 'event' | 'attack' | 'result' | 'block';
/**
 * Where a count word stands: after its number, before it, or alone naming one person ("قتل شرطي"); `persons`: people
 * counted by the number before them ("عشرة شرطيين"), and `verb` what happened to them, after them ("قتلوا").
 */
export type CountSide = 'after' | 'before' | 'one' | 'two' | 'another' | 'persons' | 'verb' | 'toll' | 'armed' | 'dual';

export type CueKind = 'claim' | 'hypothetical' | 'habitual' | 'negation' | 'background' | 'relative' | 'occurrence' | 'self' | 'member' | 'near' | 'settlement' | 'admin' | 'launch' | 'content' | 'scene' | 'sequel' | 'accident' | 'among' | 'topic' | 'backing' | 'agent' | 'reference' | 'retold' | 'responsibility' | 'rank' | 'hedge' | 'owner' | 'side' | 'captive' | 'silence' | 'route' | 'outing' | 'manner' | 'convener' | 'venue';

export type Entry =
  | { family: 'place'; place: Place }
  | { family: 'actor'; actor: ActorDef }
  | { family: 'actor'; country: Country; as: 'country' | 'capital' | 'adjective' }
  /** `home`: the phrase names the state's actor by itself ("القوات الحكومية"); a nationality after it still says which state. */
  | { family: 'actor'; head: Sector; home?: true }
  /** `stateOnly`: only the armed forces of states use it (warplanes, tanks, cruise missiles). */
  | { family: 'weapon'; id: string; implies: EventType | null; stateOnly: boolean }
  | { family: 'target'; kind: string }
  | { family: 'trigger'; type: EventType | null; role: TriggerRole; tense: Tense | 'noun' }
  | { family: 'cue'; cue: CueKind; value: string; tense: Tense | 'noun' }
  | { family: 'count'; field: CountField | null; side: CountSide };

export type Family = Entry['family'];

export interface Mention<E extends Entry = Entry> {
  first: number;
  end: number;
  /** Shared with the lexicon (and other mentions of the same words): read, never change. */
  entries: readonly E[];
}

export type EntryOf<F extends Family> = Extract<Entry, { family: F }>;

/** What a party's words make of its statement ("ستتصرف بحزم": a threat). */
export type SpeechAct = Extract<EventType, 'threaten' | 'accuse' | 'appeal'>;

export interface Lexicon {
  trie: PhraseTrie<Entry>;
  /** Kept apart from `trie`, so that its phrases never hide a cue ("لن" of "لن تتوقف" still negates). */
  speechActs: PhraseTrie<SpeechAct>;
  places: Place[];
  actors: Map<string, ActorDef>;
  countries: Map<string, Country>;
  /** Normalised words that name a place only where a cue says a place is meant. */
  commonWords: Set<string>;
}

function addForms(trie: PhraseTrie<Entry>, forms: readonly string[], entry: (tense: Tense | 'noun') => Entry): void {
  for (const form of forms) {
    for (const surface of expandForm(form)) trie.add(surface.words, entry(surface.tense ?? 'noun'));
  }
}

function build(): Lexicon {
  const trie = new PhraseTrie<Entry>();
  const places = loadPlaces();
  for (const place of places) {
    const entry: Entry = { family: 'place', place };
    addForms(trie, [...new Set(place.names_ar)], () => entry);
  }
  const actors = new Map<string, ActorDef>();
  for (const { actor, forms } of loadActorDefs()) {
    actors.set(actor.id, actor);
    const entry: Entry = { family: 'actor', actor };
    addForms(trie, [actor.name_ar, ...forms], () => entry);
  }
  const countries = new Map<string, Country>();
  const countryForms = loadCountries();
  for (const c of countryForms) countries.set(c.country.iso3, c.country);
  for (const { actorId, forms } of loadPersons()) {
    const actor = personActor(actorId, actors, countries);
    addForms(trie, forms, () => ({ family: 'actor', actor }));
  }
  for (const c of countryForms) {
    addForms(trie, c.names, () => ({ family: 'actor', country: c.country, as: 'country' }));
    addForms(trie, c.capitals, () => ({ family: 'actor', country: c.country, as: 'capital' }));
    addForms(trie, c.adjectives, () => ({ family: 'actor', country: c.country, as: 'adjective' }));
  }
  for (const { sector, forms } of loadActorHeads()) addForms(trie, forms, () => ({ family: 'actor', head: sector }));
  for (const { sector, forms } of loadActorHeads('home-actors.tsv')) addForms(trie, forms, () => ({ family: 'actor', head: sector, home: true }));
  for (const row of readTsv('lexicon/weapons.tsv')) {
    const implies = row['implies'] === '-' ? null : (row['implies'] as EventType);
    const stateOnly = row['forces'] === 'state';
    addForms(trie, splitForms(row['forms']), () => ({ family: 'weapon', id: row['id']!, implies, stateOnly }));
  }
  for (const row of readTsv('lexicon/targets.tsv')) {
    addForms(trie, splitForms(row['forms']), () => ({ family: 'target', kind: row['kind']! }));
  }
  for (const row of readTsv('lexicon/triggers.tsv')) {
    const type = row['type'] === '-' ? null : (row['type'] as EventType);
    const role = row['role'] as TriggerRole;
    addForms(trie, splitForms(row['forms']), (tense) => ({ family: 'trigger', type, role, tense }));
  }
  for (const row of readTsv('lexicon/cues.tsv')) {
    const cue = row['cue'] as CueKind;
    addForms(trie, splitForms(row['forms']), (tense) => ({ family: 'cue', cue, value: row['value']!, tense }));
  }
  for (const row of readTsv('lexicon/counts.tsv')) {
    const field = row['field'] === '-' ? null : (row['field'] as CountField);
    const side = row['side'] as CountSide;
    addForms(trie, splitForms(row['forms']), () => ({ family: 'count', field, side }));
  }
  const speechActs = new PhraseTrie<SpeechAct>();
  for (const row of readTsv('lexicon/speech-acts.tsv')) {
    const act = row['act'] as SpeechAct;
    for (const form of splitForms(row['forms'])) for (const surface of expandForm(form)) speechActs.add(surface.words, act);
  }
  return { trie, places, actors, countries, commonWords: loadCommonWords(), speechActs };
}

let cached: Lexicon | null = null;

/** The lexicon, built from data/ on first use. */
export function lexicon(): Lexicon {
  return (cached ??= build());
}

export type Mentions = { [F in Family]: Array<Mention<EntryOf<F>>> };

/** The acts the words of tokens [from, to) make of what is said (threats, accusations), where each is named. */
export function findSpeechActs(tokens: readonly Token[], from: number, to: number): Array<{ act: SpeechAct; first: number }> {
  const { speechActs } = lexicon();
  const out: Array<{ act: SpeechAct; first: number }> = [];
  const words = speechActs.wordIds(tokens, from, to);
  const hits = phraseHits<SpeechAct>();
  for (let i = from; i < to; i++) {
    // The first phrase found at i names the act.
    if (speechActs.phrasesAt(words, i, to, hits)) out.push({ act: hits.values[0]![0]!, first: i });
  }
  return out;
}

/** Whether a word as written (normalised), clitics and all, is a phrase of the family ("لافروف" is a name, not ل + "افروف"). */
export function isWholeWord(word: string, family: Family): boolean {
  return lexicon().trie.valuesOf(word).some((e) => e.family === family);
}

const FAMILIES: readonly Family[] = ['place', 'actor', 'weapon', 'target', 'trigger', 'cue', 'count'];

/** A trie node's entries split by family: `entries[f]` those of FAMILIES[f], `present` the f that have some. */
interface FamilyGroups {
  present: readonly number[];
  entries: ReadonlyArray<readonly Entry[]>;
}

// One per trie node that has entries, filled as nodes are first matched: bounded by the lexicon.
const groupsOfNode = new Map<readonly Entry[], FamilyGroups>();

function familyGroups(values: readonly Entry[]): FamilyGroups {
  let groups = groupsOfNode.get(values);
  if (groups === undefined) {
    const entries = FAMILIES.map((family) => values.filter((e) => e.family === family));
    groups = { present: FAMILIES.flatMap((_, f) => (entries[f]!.length > 0 ? [f] : [])), entries };
    groupsOfNode.set(values, groups);
  }
  return groups;
}

/** `a` with the entries of `b` it lacks added at the end; `a` itself when it lacks none. */
function union(a: readonly Entry[], b: readonly Entry[]): readonly Entry[] {
  let out: Entry[] | null = null;
  for (const e of b) if (!(out ?? a).includes(e)) (out ??= [...a]).push(e);
  return out ?? a;
}

/** Mentions in tokens [from, to): per family, leftmost-longest and non-overlapping. */
export function findMentions(tokens: readonly Token[], from = 0, to = tokens.length): Mentions {
  const { trie } = lexicon();
  const out: Mentions = { place: [], actor: [], weapon: [], target: [], trigger: [], cue: [], count: [] };
  if (to <= from) return out;
  const words = trie.wordIds(tokens, from, to);
  const lists: Mention[][] = FAMILIES.map((family) => out[family]);
  const busyUntil = FAMILIES.map(() => from);
  // Per family, the longest mention starting at token `i` so far: its end and its entries.
  const bestEnd = FAMILIES.map(() => 0);
  const bestEntries: Array<readonly Entry[] | null> = FAMILIES.map(() => null);
  const hits = phraseHits<Entry>();
  for (let i = from; i < to; i++) {
    if (!trie.phrasesAt(words, i, to, hits)) continue;
    for (let h = 0; h < hits.ends.length; h++) {
      const end = hits.ends[h]!;
      const groups = familyGroups(hits.values[h]!);
      for (const f of groups.present) {
        if (busyUntil[f]! > i) continue;
        const best = bestEntries[f]!;
        if (best === null || end > bestEnd[f]!) {
          bestEntries[f] = groups.entries[f]!;
          bestEnd[f] = end;
        } else if (end === bestEnd[f]) bestEntries[f] = union(best, groups.entries[f]!);
      }
    }
    for (let f = 0; f < FAMILIES.length; f++) {
      const entries = bestEntries[f]!;
      if (entries === null) continue;
      lists[f]!.push({ first: i, end: bestEnd[f]!, entries });
      busyUntil[f] = bestEnd[f]!;
      bestEntries[f] = null;
    }
  }
  return out;
}
