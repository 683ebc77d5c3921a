/**
 * Whether a sentence that the rules read an attack in reports one that happened, or only speaks of violence
 * (history, commentary, a threat, a charge). The rules see event words, parties, places and numbers; what
 * tells news from talk about it is spread over the whole sentence ("منذ", "يتواصل الهجوم على الحريات",
 * "اتهما بالخطف"), so a logistic model over the sentence's words and the rules' reading of it decides.
 * The model is trained by `scripts/train-gate.ts` on judged newswire sentences and lives in
 * data/model/assault-gate.json.
 */
import { readFileSync } from 'node:fs';
import type { RasdEvent, Span } from '../contract/index.ts';
import { dataPath } from '../contract/paths.ts';
import { findMentions, type Mentions } from '../lexicon/index.ts';
import type { Token } from '../text/tokens.ts';
import { probability, type LogisticModel } from './logistic.ts';

export interface GateModel extends LogisticModel {
  /** PLOVER type whose events the model checks. */
  plover: string;
  /** Events of a sentence scored below this are dropped. */
  threshold: number;
}

/** Words at the start of the sentence weigh on their own: a reporting verb, "وكان", "ومنذ". */
const OPENING_WORDS = 2;
/** Event words are placed in steps of this many words from the start: news puts its event first. */
const POSITION_STEP = 5;
const LAST_POSITION = 3;

/**
 * Features of a sentence: every normalised reading of its words, its opening words, its event words (role, tense,
 * the word before, how far in) and cues, and what the rules read in the events they found there (type, date and
 * place precision, which counts, weapons, targets, parties, stances).
 */
/** What the gate reads of an article: its tokens, sentences (as text spans and token ranges) and the rules' events. */
export interface GateInput {
  tokens: readonly Token[];
  sentences: readonly Span[];
  ranges: ReadonlyArray<{ first: number; end: number }>;
  /** What the lexicons found in each sentence the rules read; undefined for those they skipped (headings). */
  mentions: ReadonlyArray<Mentions | undefined>;
  events: RasdEvent[];
}

/** One sentence the rules read attacks in: the gate's decision is made for all of them at once. */
export interface GatedSentence {
  sentence: number;
  events: RasdEvent[];
  features: Set<string>;
}

/** The events of the model's type a sentence tells, before its features are read. */
interface SentenceEvents {
  sentence: number;
  events: RasdEvent[];
}

/**
 * The sentences that tell events of the model's type, each with the events whose evidence starts in it. Events the
 * rules already read as told in passing (an earlier attack a sentence names) need no gate.
 */
function eventsBySentence(input: GateInput, plover: string): SentenceEvents[] {
  const bySentence = new Map<number, RasdEvent[]>();
  for (const e of input.events) {
    if (e.background || e.plover?.[0] !== plover || e.evidence[0] === undefined) continue;
    const at = e.evidence[0].start;
    const index = input.sentences.findIndex((s) => at >= s.start && at < s.end);
    if (index >= 0) bySentence.set(index, [...(bySentence.get(index) ?? []), e]);
  }
  return [...bySentence].map(([sentence, events]) => ({ sentence, events }));
}

function withFeatures(input: GateInput, { sentence, events }: SentenceEvents): GatedSentence {
  const range = input.ranges[sentence]!;
  const mentions = input.mentions[sentence] ?? findMentions(input.tokens, range.first, range.end);
  return { sentence, events, features: gateFeatures(input.tokens, range.first, range.end, mentions, events) };
}

/** The sentences that tell events of the model's type, with their events and features (`eventsBySentence`). */
export function gatedSentences(input: GateInput, plover: string): GatedSentence[] {
  return eventsBySentence(input, plover).map((s) => withFeatures(input, s));
}

/**
 * An attack told with its dead or wounded, its place and the day the text gives it ("قتل خمسة أشخاص امس في تفجير في
 * بغداد") is news whatever else its sentence says: the gate does not mark it background.
 */
function toldInFull(e: RasdEvent): boolean {
  return (e.counts.fatalities !== null || e.counts.injured !== null) && e.locations.length > 0 && e.date.precision === 'day' && e.date.text !== null;
}

/**
 * The events with those of sentences the model reads as only speaking of violence marked as background. A sentence
 * whose events are all told in full is not scored: no score would change them.
 */
export function markBackground(input: GateInput, model: GateModel): RasdEvent[] {
  const background = new Set<RasdEvent>();
  for (const s of eventsBySentence(input, model.plover)) {
    const open = s.events.filter((e) => !toldInFull(e));
    if (open.length > 0 && probability(model, withFeatures(input, s).features) < model.threshold) for (const e of open) background.add(e);
  }
  return background.size === 0 ? input.events : input.events.map((e) => (background.has(e) ? { ...e, background: true } : e));
}

/** The word features of each readings array, built once: the tokens of one word share their readings array. */
const wordFeatures = new WeakMap<readonly string[], readonly string[]>();

function wordFeaturesOf(forms: readonly string[]): readonly string[] {
  let out = wordFeatures.get(forms);
  if (out === undefined) wordFeatures.set(forms, (out = forms.map((form) => `w:${form}`)));
  return out;
}

export function gateFeatures(tokens: readonly Token[], first: number, end: number, mentions: Mentions, events: readonly RasdEvent[]): Set<string> {
  const f = new Set<string>();
  // Names of places say where, not whether: weighed as words they would tie the model to the places of its training.
  const named = new Set<number>();
  for (const m of mentions.place) for (let i = m.first; i < m.end; i++) named.add(i);
  for (let i = first; i < end; i++) {
    const forms = tokens[i]!.forms;
    if (!named.has(i)) for (const feature of wordFeaturesOf(forms)) f.add(feature);
    if (i - first < OPENING_WORDS) f.add(`open${i - first}:${forms.at(-1)}`);
  }
  for (const m of mentions.trigger) {
    const e = m.entries.find((x) => x.role !== 'block');
    if (e === undefined) continue;
    f.add(`trigger:${e.role}:${e.tense}`);
    f.add(`before-trigger:${m.first > first ? tokens[m.first - 1]!.forms.at(-1) : '^'}`);
    f.add(`trigger-at:${Math.min(LAST_POSITION, Math.floor((m.first - first) / POSITION_STEP))}`);
  }
  for (const m of mentions.cue) for (const e of m.entries) f.add(`cue:${e.cue}`);
  for (const e of events) {
    f.add(`type:${e.type}`);
    if (e.date.start !== null) f.add(`date:${e.date.precision}`);
    if (e.locations[0] !== undefined) f.add(`place:${e.locations[0].precision}`);
    for (const [k, v] of Object.entries(e.counts)) if (typeof v === 'number') f.add(`count:${k}`);
    if (e.weapons.length > 0) f.add('weapon');
    if (e.targets.length > 0) f.add('target');
    if (e.actor1 !== null) f.add('actor1');
    if (e.actor2 !== null) f.add('actor2');
    for (const c of e.claims) f.add(`stance:${c.stance}`);
  }
  return f;
}


/** Where the trained model lives under data/. */
export const ASSAULT_GATE_FILE = 'model/assault-gate.json';

let loaded: GateModel | undefined;

export function assaultGate(): GateModel {
  loaded ??= JSON.parse(readFileSync(dataPath(ASSAULT_GATE_FILE), 'utf8')) as GateModel;
  return loaded;
}
