/**
 * One sentence read into event frames. The sentence is cut into clauses at commas and semicolons; each clause
 * gathers its event words, actors, places, weapons, targets, numbers, dates and claim cues. Clauses that add
 * to the same occurrence are joined, clauses that report another one (another place, another event word)
 * stay apart: "قصفت الطائرات بلدة في ريف إدلب ...، وفي ريف حماة دمرت المقاتلات ..." is two strikes.
 */
import { COUNT_FIELDS, emptyCounts, type Counts, type EventType, type Span, type Stance } from '../contract/index.ts';
import { findSpeechActs, isWholeWord, lexicon, type CueKind, type EntryOf, type Mention, type Mentions, type TriggerRole } from '../lexicon/index.ts';
import type { Tense } from '../lexicon/forms.ts';
import type { Token } from '../text/tokens.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { ELAPSED_UNITS, type DateMention, type Elapsed, type ElapsedUnit } from '../text/dates.ts';
import { isPlaceContext, type ActorMention } from './actors.ts';
import { namedPlaceStarts, readPlaces, sceneSubjects, type PlaceMention } from './places.ts';
import { readClaims, type ClaimCue, type ClaimMention } from './claims.ts';
import { readCounts } from './counts.ts';
import { listHead, listItems, type ListItem } from './lists.ts';
import { namedSubjects, type ArticleNames } from './names.ts';
import { family, FROM_THE_AIR, newsWithoutParty, sameParty, SPEECH_ACTS, STRIKES, subjectEnd, VIOLENT } from './types.ts';

export interface TriggerHit {
  first: number;
  end: number;
  type: EventType;
  role: Exclude<TriggerRole, 'block'>;
  tense: Tense | 'noun';
  /** A past-tense verb also written as a noun of the event ("طرد", "قصف"), unlike "أسقطت": a verb only in context. */
  nounToo: boolean;
}

export interface Frame {
  sentence: number;
  /** Token range of the clauses the frame was read from. */
  first: number;
  end: number;
  triggers: TriggerHit[];
  type: EventType;
  agent: ActorMention | null;
  patient: ActorMention | null;
  actors: ActorMention[];
  places: PlaceMention[];
  launch: PlaceMention | null;
  weapons: Array<{ id: string; implies: EventType | null; stateOnly: boolean; first: number; end: number }>;
  targets: Array<{ kind: string; first: number; end: number }>;
  counts: Counts;
  claims: ClaimMention[];
  dates: DateMention[];
  background: boolean;
  /** "في المدينة", "البلدة": the frame happens in a settlement named before it; "أطراف البلدة": around it (precision 2). */
  placeAnaphor: 'self' | 'near' | null;
  /** An item of a list of the dead ("... وطفلة جراء القصف على بلدة كفرنبل"): its perpetrator is its own. */
  listItem: boolean;
  /** An earlier occurrence the sentence names in passing ("ردا على هجوم شنه مقاتلون"): background, dated only by its own words. */
  reference: boolean;
  /** For a reference, how long before the occurrence told before it it came, where the words say ("بعد أربعة أيام على"). */
  before: (Elapsed & Span) | null;
  /** A party claims the attack the story told before ("وتبنى تنظيم داعش الهجوم"): it made it. */
  claimed: boolean;
  /** A party denies an attack it names and the sentence does not tell ("ونفت القوات الأمريكية قصف المنزل"): one told before. */
  deniedOnly?: boolean;
  /** A party speaks of an attack told before, named with the article ("إن الغارات استهدفت مواقع عسكرية"): a claim on it. */
  spokenOf?: boolean;
  /** The dead are those of the party that tells it ("أعلن الجيش البريطاني مقتل ثلاثة من جنوده"): it was hit, it did not strike. */
  tellerHit: boolean;
  /** The people it names are armed ("جنود", "عناصر", "شرطيان"): its dead are no civilians. */
  armedDead: boolean;
  /** Some of the people it names, not counting its maker, are armed ("25 جنديا ومدنيا"). */
  armedAmong: boolean;
  /** What is said names its maker with words no party reads ("وقالت الشرطة إن انتحاريا فجر نفسه"): nobody known made it. */
  unnamedMaker?: boolean;
  /** Told as what a place suffered ("تعرضت قاعدة عين الأسد لهجوم"): who tells it is not thereby its maker. */
  suffered?: boolean;
}

export interface SentenceInput {
  index: number;
  span: Span;
  first: number;
  end: number;
  /** What the lexicons found in it. */
  mentions: Mentions;
  /** The parties its actor mentions name. */
  actors: readonly ActorMention[];
  /** Tokens right after an agent cue ("على يد", "منسوبة لـ"), as `agentMarks` gives them. */
  agentMarked: ReadonlySet<number>;
}

/** Words of belonging between a thing and the party it belongs to ("طائرة مسيرة تابعة لقوات حفتر"). */
const BELONGING = new Set(['تابعه', 'تابع', 'تابعا', 'تابعين']);

/** Words whose next actor is what was hit, not who hit ("مواقع داعش", "ضد التنظيم", "تابعة للتنظيم"). */
const PATIENT_MARKERS = new Set([
  ...BELONGING, 'مواقع', 'موقع', 'مقرات', 'مقر', 'معاقل', 'معقل', 'عناصر', 'مسلحي', 'مقاتلي', 'ضد', 'علي',
  'مناطق', 'نقاط', 'منشات', 'تجمعات', 'تحصينات', 'مخازن', 'مستودعات', 'معسكرات', 'اهداف', 'قاده', 'قياديين', 'قيادي', 'اليات',
  'ارتال', 'رتل', 'دوريه', 'حاجز', 'مواقعه', 'مراكز', 'مركز', 'امير', 'زعيم', 'لصالح', 'ومواقع', 'بحق', 'مسلحين',
]);

/** Speech acts whose verb takes the party they are aimed at as its object ("اتهمت واشنطن دمشق", "حذرت موسكو واشنطن"). */
const ADDRESSED: ReadonlySet<EventType> = new Set(['accuse', 'threaten', 'appeal', 'request']);
/** Words between the party that speaks and the one it addresses ("حذرت الخارجية الروسية، اليوم الثلاثاء، الولايات المتحدة"). */
const ADDRESS_REACH = 4;

/** Acts a present-tense verb tells as a standing position, not as an occasion ("يدعمون", "ينتقد"). */
const STANDING: ReadonlySet<EventType> = new Set(['support', 'aid', 'accuse', 'reject']);

/** Events a speaker speaks of more often than it makes them by speaking: deals, support, aid. */
const SPOKEN_OF: ReadonlySet<EventType> = new Set(['agree', 'support', 'aid']);

/** Who makes a statement worth an event: parties, not the outlets and monitors that relay them. */
const STATEMENT_MAKERS = new Set(['state', 'org', 'group']);

/** Words between a reference cue and the event word it names ("ردا على الهجوم الصاروخي"). */
const REFERENCE_REACH = 1;
/** Words within this reach before an event word make it a plan, a condition or a denial of fact. */
const MODALITY_REACH = 3;
/** Words between a doubt or a negation and the threat or accusation it takes back ("ما إذا كانت القوات قد ارتكبت"). */
const SPEECH_ACT_REACH = 5;

type CueMention = Mention<EntryOf<'cue'>>;

/** A sentence's cue mentions by kind, each list in the sentence's order; a mention of several kinds is in each list. */
type CuesByKind = ReadonlyMap<CueKind, readonly CueMention[]>;

const NO_CUES: readonly CueMention[] = [];

function indexCues(cues: readonly CueMention[]): CuesByKind {
  const out = new Map<CueKind, CueMention[]>();
  for (const m of cues) {
    for (const e of m.entries) {
      const list = out.get(e.cue);
      if (list === undefined) out.set(e.cue, [m]);
      else if (list[list.length - 1] !== m) list.push(m);
    }
  }
  return out;
}

function cuesOf(cues: CuesByKind, kind: CueKind): readonly CueMention[] {
  return cues.get(kind) ?? NO_CUES;
}

/**
 * Whether an agent cue says the party made the act: it stands right after the cue ("على يد مسلحين", "غارات التحالف"),
 * or its words hold the attack's noun and end after it ("ضد الغارات الإسرائيلية", "إثر غارات جوية روسية").
 */
function namedMaker(a: ActorMention, agentMarked: ReadonlySet<number>): boolean {
  for (let i = a.first; i < a.end; i++) if (agentMarked.has(i)) return true;
  return false;
}

/** Whether a party's first word carries a preposition ("بالرئيس", "لقوات"), not a name beginning with its letter ("لبنان"). */
function withPreposition(token: Token, prepositions: RegExp): boolean {
  return prepositions.test(token.norm) && token.forms.length > 1 && !token.norm.startsWith('ال') && !isWholeWord(token.norm, 'actor');
}

function isPatient(tokens: readonly Token[], a: ActorMention, agentMarked: ReadonlySet<number>, violent: boolean): boolean {
  if (a.actor.kind === 'people') return true;
  if (namedMaker(a, agentMarked)) return false;
  if (withPreposition(tokens[a.first]!, /^(ل|لل|ول|فل)/)) return true;
  // "قصف مواقع داعش", "استهداف زعيم التنظيم": what is hit; the leader of a party that threatens or speaks is its own.
  if (!violent) return false;
  for (let i = Math.max(0, a.first - 2); i < a.first; i++) if (tokens[i]!.forms.some((f) => PATIENT_MARKERS.has(f))) return true;
  return false;
}

/** A settlement word with the article and no name after it ("في المدينة") points back to a place named before. */
function isAnaphor(tokens: readonly Token[], settlement: CueMention, places: readonly PlaceMention[]): boolean {
  const word = tokens[settlement.first]!;
  return settlement.end - settlement.first === 1 && word.forms.some((f) => f.startsWith('ال'))
    && !places.some((p) => p.first === settlement.end);
}

/** Whether a word of nearness ends right before token `at` ("أطراف البلدة", "المحيطة بالمدينة"). */
function nearCueEndsAt(cues: CuesByKind, at: number): boolean {
  return cuesOf(cues, 'near').some((c) => c.end === at);
}

/** Phrases of other lexicons that a place name may also be: a person, a nationality, an event word, a weapon. */
const OTHER_FAMILIES = ['actor', 'trigger', 'cue', 'weapon', 'target', 'count'] as const;

function isWord(tokens: readonly Token[], m: Mention<EntryOf<'place'>>, mentions: Mentions): boolean {
  if (m.end - m.first === 1 && tokens[m.first]!.forms.some((f) => lexicon().commonWords.has(f))) return true;
  // A word of a longer name ("باراك أوباما" is no "ب" + Arak) belongs to the name.
  const inName = mentions.actor.some((o) => o.first <= m.first && m.end <= o.end && o.end - o.first > m.end - m.first);
  return inName || OTHER_FAMILIES.some((family) => (mentions[family] as ReadonlyArray<Mention<EntryOf<typeof family>>>).some((o) =>
    o.first === m.first && o.end === m.end && o.entries.some((e) => !('as' in e && (e.as === 'country' || e.as === 'capital')))));
}

/** , ، ; ؛ : */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x60c || c === 0x3b || c === 0x61b || c === 0x3a;
}

function clauseBreaks(text: string, tokens: readonly Token[], first: number, end: number): number[] {
  const breaks = [first];
  for (let i = first + 1; i < end; i++) {
    for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
      if (!isClauseMark(text.charCodeAt(c))) continue;
      breaks.push(i);
      break;
    }
  }
  breaks.push(end);
  return breaks;
}

/** A word with the article, after any proclitics ("القصف", "والهجوم", "بالقصف", "للهجوم"). */
const DEFINITE = /^(و|ف)?(ب|ك|ل)?ال|^(و|ف)?لل/;
/** Proclitics a verb may carry ("وقصفت", "فالتقى"). */
const CONJUNCTION = /^(و|ف)/;

/**
 * A word that is an event word as written, after any conjunction: "التقى" begins with the letters of the article,
 * "لقاء" with a ل of its own.
 */
function writtenTrigger(token: Token): boolean {
  return isWholeWord(token.norm.replace(CONJUNCTION, ''), 'trigger');
}

/**
 * Event words of a sentence. A word with the article is a noun: read through the article, "القصف" is not the verb
 * "قصف", unless the verb itself begins with those letters ("التقى"). Words of a party's name are no event words.
 */
function triggersOf(tokens: readonly Token[], mentions: ReadonlyArray<Mention<EntryOf<'trigger'>>>, actors: ReadonlyArray<Mention<EntryOf<'actor'>>>): TriggerHit[] {
  // "هيئة تحرير الشام": an event word inside a party's name is part of the name.
  const named = actors.filter((a) => a.end - a.first > 1 && a.entries.some((e) => 'actor' in e));
  const out: TriggerHit[] = [];
  for (const m of mentions) {
    if (m.entries.some((x) => x.role === 'block')) continue;
    if (named.some((a) => a.first <= m.first && m.end <= a.end)) continue;
    const token = tokens[m.first]!;
    const definite = DEFINITE.test(token.norm) && !writtenTrigger(token);
    const readable = definite ? m.entries.filter((x) => x.tense === 'noun') : m.entries;
    const e = readable.find((x) => x.type !== null);
    if (e === undefined || e.type === null) continue;
    const nounToo = e.tense === 'past' && readable.some((x) => x.tense === 'noun');
    out.push({ first: m.first, end: m.end, type: e.type, role: e.role as TriggerHit['role'], tense: e.tense, nounToo });
  }
  return out;
}

function within<T extends { first: number }>(items: readonly T[], first: number, end: number): T[] {
  return items.filter((x) => x.first >= first && x.first < end);
}

function anyWithin(items: ReadonlyArray<{ first: number }>, first: number, end: number): boolean {
  return items.some((x) => x.first >= first && x.first < end);
}

/** Words between an aircraft and the "دون طيار" that makes it a drone ("طائرة أميركية دون طيار"). */
const DRONE_GAP = 2;

/** Words between a launch verb and the noun of the event it launches ("أطلقت السلطات عملية مداهمات"). */
const LAUNCHED_REACH = 6;

/** The type a clause reports: an explicit violent event word beats an attack word (typed by its weapon), which beats
 *  a violent result (killed, destroyed), which beats any other event word. */
function clauseType(triggers: readonly TriggerHit[], weapons: Frame['weapons']): EventType | null {
  const implied = weapons.find((w) => w.implies !== null)?.implies ?? null;
  const first = triggers.find((t) => t.role === 'event' && VIOLENT.has(t.type));
  // "أسفرت الاشتباكات عن سيطرة القوات على ...", "سيطر عليها بعد اشتباكات": the capture is what the fighting came to.
  const strong = first?.type === 'armed_clash' ? triggers.find((t) => t.role === 'event' && t.type === 'territory_change') ?? first : first;
  // "فجر انتحاري نفسه": an explosion a suicide attacker sets off is a suicide bombing.
  if (strong?.type === 'bombing' && triggers.some((t) => t.role === 'event' && t.type === 'suicide_bombing')) return 'suicide_bombing';
  if (strong !== undefined) {
    // "غارات" is an air strike whatever else is named; a weapon makes a generic clash or shelling specific.
    if (implied !== null && (strong.type === 'armed_clash' || strong.type === 'shelling') && implied !== 'armed_clash') return implied;
    // A strike from the air by a drone is a drone strike ("غارة لطائرة بدون طيار").
    if (weapons.some((w) => w.implies === 'drone_strike') && strong.type === 'air_strike') return 'drone_strike';
    return strong.type;
  }
  const attack = triggers.find((t) => t.role === 'attack');
  // "أطلقت عملية مداهمات", "شنت حملة اعتقالات": a launch verb whose object is another event's noun launches that event.
  const launched = attack === undefined ? undefined : triggers.find((t) => t.role === 'event' && t.first >= attack.end && t.first - attack.end <= LAUNCHED_REACH);
  if (launched !== undefined) return launched.type;
  // "تعرضت طائرات روسية لأضرار عقب قصف المسلحين للقاعدة بالمدفعية": what an attack was made with follows it.
  const instrument = attack === undefined ? undefined : weapons.find((w) => w.implies !== null && w.first >= attack.end);
  if (attack !== undefined) return instrument?.implies ?? implied ?? attack.type;
  const result = triggers.find((t) => t.role === 'result');
  // Killed by a bomb or a shell is that attack; killed by bullets ("برصاص قناصة") is a killing, not a clash.
  if (result !== undefined) return implied === 'armed_clash' ? result.type : implied ?? result.type;
  return triggers.find((t) => t.role === 'event')?.type ?? null;
}

/**
 * The launch verb of the clause that launches event noun `t` ("هددت بشن عملية عسكرية"): what a launch verb that is only
 * planned or denied would launch is planned or denied too. What is said of a launch ("تصف انطلاق قاذفات ... لشن ضربات
 * بالأمر المؤسف") is no object of it.
 */
function launchedBy(t: TriggerHit, clauseTriggers: readonly TriggerHit[]): TriggerHit | undefined {
  return t.tense === 'noun' && !SPEECH_ACTS.has(t.type) ? clauseTriggers.find((a) => a.role === 'attack' && a.end <= t.first && t.first - a.end <= LAUNCHED_REACH) : undefined;
}

/** A word with ل before it, read without: a verbal noun of purpose ("لشن", "للاحتجاج"). */
/** What ل carries when it is a preposition with a pronoun ("أي صلة لها بالهجوم"), not a purpose. */
const PRONOUN = /^(ه|ها|هم|هما|هن|ي|نا|ك|كم)$/;

function isPurpose(t: Token | undefined): boolean {
  return t !== undefined && /^(ل|ول|فل)/.test(t.norm) && t.forms.length > 1 && !t.forms.slice(1).some((f) => PRONOUN.test(f));
}

/** Words between a verb of scene and what struck ("تعرضت مدينة دوما لقصف"). */
const STRUCK_REACH = 6;

function modality(
  tokens: readonly Token[],
  cues: readonly CueMention[],
  byKind: CuesByKind,
  trigger: TriggerHit,
  countable: ReadonlySet<number>,
  placeTokens: ReadonlySet<number>,
): { hypothetical: boolean; negated: boolean } {
  let hypothetical = trigger.tense === 'future';
  let negated = false;
  // "لملاحقة عناصر داعش", "لشن هجوم", "للاحتجاج على": a verbal noun after ل tells a purpose, not an occurrence. A noun
  // that is counted ("غارات", "قذائف") is no verbal noun, and after a verb of scene ل marks what struck:
  // "تعرضت البلدة لغارات", "تعرضت دوما لقصف مدفعي"; the words of the places named between do not count
  // ("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم").
  const wordsFrom = (from: number): number => {
    let words = 0;
    for (let i = from; i < trigger.first; i++) if (!placeTokens.has(i)) words++;
    return words;
  };
  const struckBy = cuesOf(byKind, 'scene').some((c) => c.end <= trigger.first && wordsFrom(c.end) <= STRUCK_REACH);
  // "خرج مليون متظاهر للاحتجاج على قرار الحكومة": people who went out to protest protested.
  const wentOut = trigger.type === 'protest' && cuesOf(byKind, 'outing').some((c) => c.end <= trigger.first && trigger.first - c.end <= STRUCK_REACH);
  // "لقاء" begins with ل of its own: a word that is an event word as written carries no ل of purpose.
  const own = isPurpose(tokens[trigger.first]) && !countable.has(trigger.first) && !writtenTrigger(tokens[trigger.first]!);
  if (!struckBy && !wentOut && (own || (trigger.tense === 'noun' && isPurpose(tokens[trigger.first - 1])))) hypothetical = true;
  const before = cuesBefore(tokens, cues, trigger.first, trigger.tense, MODALITY_REACH);
  return { hypothetical: hypothetical || before.hypothetical, negated: before.negated };
}

/** Whether the cues within `reach` words before token `at` make what stands there a plan or a condition, or deny it. */
function cuesBefore(
  tokens: readonly Token[],
  cues: ReadonlyArray<Mention<EntryOf<'cue'>>>,
  at: number,
  tense: Tense | 'noun',
  reach: number,
): { hypothetical: boolean; negated: boolean } {
  let hypothetical = false;
  let negated = false;
  for (const c of cues) {
    if (c.end > at || at - c.end >= reach) continue;
    for (const e of c.entries) {
      // "قد" before a past verb is "has"; before a present verb it is "may".
      if (e.cue === 'hypothetical' && !(tokens[c.first]!.norm === 'قد' && tense === 'past')) hypothetical = true;
      if (e.cue === 'negation') negated = true;
      if (e.cue === 'habitual' && tense === 'present') hypothetical = true;
    }
  }
  return { hypothetical, negated };
}

/** The country (ISO alpha-2) of each nationality adjective, by the token it starts at ("التركية"). */
function nationalities(actors: ReadonlyArray<Mention<EntryOf<'actor'>>>): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of actors) for (const e of m.entries) if ('as' in e && e.as === 'adjective') out.set(m.first, e.country.iso2);
  return out;
}

/** The tokens the spans cover. */
function tokensOf(spans: ReadonlyArray<{ first: number; end: number }>): Set<number> {
  const out = new Set<number>();
  for (const p of spans) for (let i = p.first; i < p.end; i++) out.add(i);
  return out;
}

/** "ويأتي مقتل الضابط بعد ...", "القصف جاء ردا على": an event word by a cue of retelling names an event the story has told. */
function isRetold(retold: ReadonlyArray<Mention<EntryOf<'cue'>>>, t: TriggerHit): boolean {
  return retold.some((m) => m.end === t.first || (t.tense === 'noun' && t.end === m.first));
}

function inGroupName(actors: readonly ActorMention[], m: { first: number; end: number }): boolean {
  return actors.some((a) => a.actor.kind === 'group' && a.first <= m.first && m.end <= a.end);
}

/** A name is not a verb read through a clitic ("كيري" is Kerry, not ك + "يرى"): whether `m` overlaps a party named by a whole word. */
function inWholeName(tokens: readonly Token[], parties: ReadonlyArray<Mention<EntryOf<'actor'>>>, m: { first: number; end: number }): boolean {
  return parties.some((a) => a.first < m.end && m.first < a.end && isWholeWord(tokens[a.first]!.norm, 'actor'));
}

type Countrysides = Map<Frame, Set<string>>;

function noteCountryside(countrysides: Countrysides, frame: Frame, p: PlaceMention): void {
  if (p.cue !== 'near') return;
  const set = countrysides.get(frame) ?? new Set<string>();
  for (const c of p.candidates) if (c.kind === 'governorate') set.add(c.name_en);
  countrysides.set(frame, set);
}

/**
 * "بحث الوزيران الوضع في شمال سوريا", "اجتماع حول سوريا": talks and statements are not where what they are about is, nor
 * where the other places of its list are ("الأوضاع في سوريا وأوكرانيا").
 */
function spokenAbout(frame: Frame, topics: ReadonlySet<number>, p: PlaceMention, places: readonly PlaceMention[]): boolean {
  const topic = (q: PlaceMention): boolean => topics.has(q.first) || (topics.has(q.first - 1) && q.cue !== null);
  return !VIOLENT.has(frame.type) && places.some((q) => q.list === p.list && topic(q));
}

/** "... بحسب وزارة الصحة في غزة": a place in who is cited after the event's last word is where the source is. */
function cited(claimCues: readonly ClaimCue[], lastWord: number, p: PlaceMention): boolean {
  return claimCues.some((c) => c.cites && c.first >= lastWord && c.end <= p.first && p.first - c.end <= SOURCE_REACH);
}

export interface SentenceReading {
  frames: Frame[];
  /** Claims of the sentence, for the sentences after it that go on with the same statement. */
  claims: ClaimMention[];
  actors: ActorMention[];
  places: PlaceMention[];
}

/** Marks that open what a speaker says: a colon, an opening quotation mark. */
const OPENS_SPEECH = /[:«“]/;
/** How many words may open a sentence before its speaker or verb of speech ("ومن جهته أعلن"). */
const SPEAKER_OPENS = 3;

/** What the sentences before tell the one being read. */
export interface StoryContext {
  /** Surnames the article introduced, and the party each speaks for. */
  names: ArticleNames;
  /** The sentence before, its first word and claims: whoever spoke there goes on speaking in "وأضاف إن ...". */
  previous: { first: number; claims: readonly ClaimMention[] } | null;
}

/** The frames a sentence's clauses open, with what the clause loop notes of each. */
interface OpenedFrames {
  frames: Frame[];
  itemOf: Map<Frame, ListItem>;
  specific: Map<Frame, number>;
  countrysides: Countrysides;
}

/** What a clause gives every frame it opens. */
interface ClauseOpening {
  sentence: number;
  end: number;
  background: boolean;
  item: ListItem | undefined;
  /** Its places that are more than a country. */
  places: readonly PlaceMention[];
  reference: boolean;
  before: Frame['before'];
}

function openFrame(opened: OpenedFrames, clause: ClauseOpening, first: number, kind: EventType, told: readonly TriggerHit[]): Frame {
  const frame: Frame = {
    sentence: clause.sentence, first, end: clause.end, triggers: [...told], type: kind,
    agent: null, patient: null, actors: [], places: [], launch: null, weapons: [], targets: [],
    counts: emptyCounts(), claims: [], dates: [], background: clause.background, placeAnaphor: null, listItem: clause.item !== undefined,
    reference: clause.reference, before: clause.before, claimed: false, tellerHit: false, armedDead: false, armedAmong: false,
  };
  opened.frames.push(frame);
  if (clause.item !== undefined) opened.itemOf.set(frame, clause.item);
  opened.specific.set(frame, clause.places.length);
  for (const p of clause.places) noteCountryside(opened.countrysides, frame, p);
  return frame;
}

export function readSentence(text: string, tokens: readonly Token[], sentence: SentenceInput, dates: readonly DateMention[], story: StoryContext): SentenceReading {
  const { first, end, mentions } = sentence;
  const cues = indexCues(mentions.cue);
  const actors = [...sentence.actors, ...namedSubjects(tokens, first, end, mentions, story.names)].sort((a, b) => a.first - b.first);
  const people = new Set(mentions.count.filter((m) => m.entries.some((e) => e.side === 'one' || e.side === 'two' || e.side === 'another')).map((m) => m.first));
  const talked = talkParties(tokens, mentions, actors);
  const places = readPlaces(tokens, mentions.place, mentions.cue, (m) => isWord(tokens, m, mentions), people, nationalities(mentions.actor)).filter((p) => !talked.has(p.first));
  const placeTokens = tokensOf(places);
  // A country named where something happens ("في سوريا") is a place, not its government.
  const { agentMarked } = sentence;
  // "نسبت إلى إسرائيل": a country named as who did it acts there, whatever the preposition.
  // "حركة الشباب المرتبطة بتنظيم القاعدة": the party another is tied to or backed by is no party of what the sentence tells.
  const backers = new Set(cuesOf(cues, 'backing').map((c) => c.end));
  // "وكانت طرابلس قد شهدت مواجهات": a capital or country a verb of scene is told of is where it happened.
  const scenes = sceneSubjects(tokens, mentions.cue);
  // "قاعدة عين الأسد": a party's name inside a longer place name is a word of the place's.
  const inPlaceName = (a: ActorMention): boolean => places.some((p) => p.first <= a.first && a.end <= p.end && p.end - p.first > a.end - a.first);
  const acting = actors.filter((a) => !backers.has(a.first) && !inPlaceName(a) &&
    !(a.byCountryName && !agentMarked.has(a.first) && !talked.has(a.first) && (placeTokens.has(a.first) || scenes.has(a.first) || isPlaceContext(tokens, a.first))));
  // "مصدر في الشرطة العراقية", "مصادر من الجيش": a source within a party speaks for it, and tells what others did.
  const sourceOf = new Map<number, ActorMention>();
  for (const a of acting) {
    if (a.actor.kind !== 'media' || !cuesOf(cues, 'member').some((c) => c.first === a.first)) continue;
    const party = acting.find((x) => x.first === a.end + 1 && SOURCE_LINKS.has(tokens[a.end]!.norm) && (x.actor.kind === 'state' || x.actor.kind === 'group'));
    if (party !== undefined) sourceOf.set(a.first, party);
  }
  const speaksThrough = (a: ActorMention): ActorMention | undefined => sourceOf.get(a.first);
  const reporters = new Set([...sourceOf.values()].map((a) => a.first));
  // "بلدة الزيارة": a place a settlement word names is no event word ("زيارة", a visit); "محادثات حول قصف المدينة": what
  // talks are about is their subject, not news; "ويأتي مقتل الضابط بعد ...", "القصف جاء ردا على": an event the
  // story has told is no new one.
  const topics = new Set(cuesOf(cues, 'topic').map((m) => m.end));
  const retold = cuesOf(cues, 'retold');
  const triggers = triggersOf(tokens, mentions.trigger, mentions.actor).filter((t) => !topics.has(t.first) && !isRetold(retold, t) &&
    !places.some((p) => p.first <= t.first && t.first < p.end && (p.cue === 'settlement' || p.cue === 'admin')));
  /** Tokens that begin a noun numbers count ("غارة", "قذائف"). */
  const countable = new Set(mentions.count.filter((m) => m.entries.some((e) => e.side === 'after')).map((m) => m.first));
  // "الفصائل المقاتلة": a word of a group's name is no weapon (a state's "الطيران الروسي" is both).
  const arms = mentions.weapon.filter((m) => !inGroupName(actors, m)).map((m) => ({ id: m.entries[0]!.id, implies: m.entries[0]!.implies, stateOnly: m.entries[0]!.stateOnly, first: m.first, end: m.end }));
  // "طائرة أميركية دون طيار": the aircraft its nationality splits from "دون طيار" is the drone.
  const weapons = arms.filter((w) => !(w.implies === 'air_strike' && arms.some((d) => d.implies === 'drone_strike' && d.first > w.first && d.first - w.end <= DRONE_GAP)));
  // "في منطقة سوق الجمعة": a word of a target that begins a place's name is no target.
  const named = namedPlaceStarts(tokens, mentions.cue);
  const targets = mentions.target.filter((m) => !named.has(m.first)).map((m) => ({ kind: m.entries[0]!.kind, first: m.first, end: m.end }));
  const claimCues: ClaimCue[] = [];
  for (const m of cuesOf(cues, 'claim')) {
    const claim = m.entries.find((e) => e.cue === 'claim')!;
    // "بحسب ما أعلنت الوزارة": the verb after "ما" cites its source as "بحسب" does.
    const cites = CITING.has(tokens[m.first]!.norm) || (tokens[m.first - 1]?.norm === 'ما' && CITING.has(tokens[m.first - 2]?.norm ?? ''));
    if (!inWholeName(tokens, mentions.actor, m)) claimCues.push({ first: m.first, end: m.end, stance: claim.value as Stance, cites });
  }
  const background = cues.has('background');
  // "سو-25" is a name, not 25 of anything.
  const numbers = findNumbers(text, tokens, first, end).filter((n) => !weapons.some((w) => n.firstToken >= w.first && n.firstToken < w.end));
  const head = listHead(triggers, mentions.count);
  const among = cuesOf(cues, 'among');
  // An item is complete once it names a place, a weapon or an event word of its own.
  const items = head === null ? [] : listItems(tokens, head, end, mentions.count, numbers, among, (from, to) =>
    [places, weapons, triggers.filter((t) => t !== head?.trigger)].some((list) => list.some((x) => x.first >= from && x.first < to)));
  /** Where a clause telling another occurrence that came with or after the one before starts ("عقبه قصف ..."). */
  const sequels = new Set(cuesOf(cues, 'sequel').filter((m) => m.first > first).map((m) => m.first));
  /**
   * Where a clause naming a violent occurrence that came before the one told starts ("ردا على هجوم", "بعد أيام على
   * التفجير"); "ردا على سؤال" names none.
   */
  const references = new Map(cuesOf(cues, 'reference').filter((m) => m.first > first &&
    triggers.some((t) => VIOLENT.has(t.type) && t.first >= m.end && t.first - m.end <= REFERENCE_REACH)).map((m) => [m.first, m]));
  /** Clauses that tell another occurrence than the one before them. */
  const apart = new Set([...sequels, ...references.keys()]);
  const breaks = [...new Set([...clauseBreaks(text, tokens, first, end), ...items.map((x) => x.first), ...apart])].sort((a, b) => a - b);
  /** Frames of the second of two kinds of attack a clause names ("وقصف مدفعي"): later clauses go on with the first. */
  const joinedKinds = new Set<Frame>();
  /** The kind of the second frame (in `joinedKinds`) that a first frame of two kinds named together has beside it. */
  const otherKind = new Map<Frame, EventType>();
  /** The list item each frame was read from, for the people its first word names. */
  const itemOf = new Map<Frame, ListItem>();
  // What a speaker said starts at "إن"/"أن" or a colon, what it pointed to at "إلى" right after its verb ("مشيرا إلى مقتل
  // خمسة من المسلحين"): a party named after that is spoken of.
  const said = [...cuesOf(cues, 'content').map((m) => m.first), ...claimCues.filter((c) => tokens[c.end]?.norm === 'الي').map((c) => c.end)];
  // A colon or an opening quotation mark starts it too (a straight quote may as well close a name: 'وكالة "سانا"').
  const saidBetween = (from: number, to: number): boolean =>
    said.some((i) => i >= from && i < to) || (to >= from && OPENS_SPEECH.test(text.slice(tokens[from - 1]?.end ?? tokens[from]!.start, tokens[to]!.start)));
  // "وعن الحل العسكري، ... قال:": a sentence that opens with what is spoken of has its first speech verb after it.
  const opensWithTopic = tokens[first]!.forms.includes('عن') || cuesOf(cues, 'topic').some((m) => m.first === first);
  const afterTopic = new Set(opensWithTopic ? claimCues.slice(0, 1).map((c) => c.first) : []);
  const aside = (a: ActorMention): boolean => ASIDE.has(tokens[a.first - 1]?.norm ?? '');
  const sentenceClaims = readClaims(claimCues, acting, null, { saidBetween, afterTopic, aside, speaksThrough, opening: first });
  const continued = continuedClaim(claimCues, sentenceClaims, first, afterTopic, story.previous, saidBetween);
  if (continued !== null) {
    // The party first named inside what is said is spoken of, not the speaker.
    const spokenOf = sentenceClaims.findIndex((c) => c.first === continued.first);
    if (spokenOf >= 0) sentenceClaims.splice(spokenOf, 1);
    sentenceClaims.unshift(continued);
  }

  const speakers = new Set(sentenceClaims.map((c) => c.named.first));
  /** A claim whose cue cites a source ("بحسب", "وفقا لـ") rather than telling of an occasion of speech. */
  const citing = (c: ClaimMention): boolean => c.cites === true;
  const sources = new Set(sentenceClaims.filter(citing).map((c) => c.named.first));
  const frames: Frame[] = [];
  /** The specific places (not just a country) each frame has so far, to tell one occurrence from the next. */
  const specific = new Map<Frame, number>();
  /** Governorates whose countryside each frame names ("في ريف اللاذقية"). */
  const countrysides: Countrysides = new Map();
  const clauseFrames: OpenedFrames = { frames, itemOf, specific, countrysides };
  let pending: number | null = null;
  for (let b = 0; b + 1 < breaks.length; b++) {
    // A clause naming an earlier occurrence does not take the clauses before it that name none.
    const cFirst: number = references.has(breaks[b]!) ? breaks[b]! : pending ?? breaks[b]!;
    const cEnd = breaks[b + 1]!;
    const item = items.find((x) => x.first === breaks[b]);
    const clauseTriggers = within(triggers, breaks[b]!, cEnd);
    /** Kinds of violence a clause denies ("أخفقت الدفاعات الجوية في اعتراض الصاروخين"): no other word of the clause tells them. */
    const denied = new Set<EventType | null>();
    const told = clauseTriggers.filter((t) => {
      // News tell what happened in the past tense; a present-tense attack verb describes ("تستهدف", "يسيطر"), as does one
      // of support or accusation ("عسكريون يدعمون القوات المحلية", "ينتقد رئيس الوزراء عادة").
      if (t.tense === 'present' && (VIOLENT.has(t.type) || STANDING.has(t.type))) return false;
      // "ورفضت وزارة الخارجية الأمريكية التعليق": declining to comment rejects nothing.
      if (t.type === 'reject' && cuesOf(cues, 'silence').some((c) => c.first >= t.end && c.first - t.end <= SILENCE_REACH)) return false;
      // "تمكنت القوات من تحرير عشرات الرهائن": freeing people takes no ground.
      if (t.type === 'territory_change' && cuesOf(cues, 'captive').some((c) => c.first >= t.end && c.first - t.end <= CAPTIVE_REACH)) return false;
      // "تجمع المحتجون ومعهم أسر العسكريين الذين قتلوا": deaths told of the people named are no news of the clause.
      if (t.role === 'result' && afterRelative(cues, t)) return false;
      // "أدانت وزارة الخارجية القطرية الغارات الإسرائيلية": an attack a party condemns is what it condemns.
      if (VIOLENT.has(t.type) && condemned(t, clauseTriggers, actors, cues)) return false;
      // "تظاهر مئات ضد الغارات التي استهدفت غزة": an attack verb of a relative clause describes what an event told before it
      // in the clause is about.
      if (VIOLENT.has(t.type) && afterRelative(cues, t) && clauseTriggers.some((x) => x.first < t.first && x.type !== null && !VIOLENT.has(x.type))) return false;
      const launcher = launchedBy(t, clauseTriggers);
      const m = [t, ...(launcher === undefined ? [] : [launcher])].map((x) => modality(tokens, mentions.cue, cues, x, countable, placeTokens))
        .reduce((a, x) => ({ negated: a.negated || x.negated, hypothetical: a.hypothetical || x.hypothetical }));
      // "هدد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية": what a threat threatens is no occurrence, however long its subject.
      if (VIOLENT.has(t.type) && clauseTriggers.some((x) => x.type === 'threaten' && x.end <= t.first)) m.hypothetical = true;
      if (m.negated && VIOLENT.has(t.type)) denied.add(t.type);
      return !m.negated && (!m.hypothetical || t.type === 'threaten' || t.type === 'request' || t.type === 'appeal');
    });
    const ownTriggers = told.filter((t) => !denied.has(t.type));
    // An item of a list of the dead is told by the list's death verb, after any event word of its own.
    const cTriggers = item !== undefined ? [...ownTriggers, head!.trigger] : ownTriggers;
    const clauseWeapons = within(weapons, cFirst, cEnd);
    const clausePlaces = within(places, cFirst, cEnd).filter((p) => !p.launch && !p.candidates.every((c) => c.kind === 'country'));
    const ownPlaces = clausePlaces.length;
    const previous = [...frames].reverse().find((f) => !joinedKinds.has(f));
    // "شنت مقاتلات روسية غارات ...، ونفذت ضربات على مواقع التنظيم": a generic attack word with no weapon of its own is the kind of
    // attack the sentence has just told.
    const generic = !apart.has(breaks[b]!) && clauseWeapons.length === 0 && cTriggers.length > 0 && cTriggers.every((t) => t.role === 'attack');
    const type = generic && previous !== undefined && VIOLENT.has(previous.type) ? previous.type : clauseType(cTriggers, clauseWeapons);
    if (type === null) {
      // A clause with no event word adds its places, targets and numbers to the event before it, or to the next.
      if (previous !== undefined) {
        for (const p of clausePlaces) noteCountryside(countrysides, previous, p);
        previous.end = cEnd;
        specific.set(previous, specific.get(previous)! + ownPlaces);
      } else pending = cFirst;
      continue;
    }
    pending = null;
    // Same kind of event, and one of the two clauses names no place of its own ("حيث دمرت المقاتلات ..."),
    // or the earlier one named only a country ("تتواصل الغارات الروسية ... في سوريا"): one occurrence.
    // "في ريف <governorate> دمرت ...، وأضاف أن الغارات في بلدة <town> دمرت": a place inside the
    // countryside named before is the same strike told more precisely, unless it is struck by other means.
    const refines = previous !== undefined && (previous.type === type || clauseWeapons.length === 0) && clausePlaces.length > 0 && clausePlaces.every((p) => p.candidates.some((c) => c.admin1_en !== null && countrysides.get(previous)?.has(c.admin1_en)));
    // "استهدفتها غارات جوية وقصف مدفعي": two kinds of attack named one after the other, joined by "و", are two events.
    const joined = cTriggers.find((t) => t.role === 'event' && VIOLENT.has(t.type) && t.type !== type && tokens[t.first]!.norm.startsWith('و') &&
      cTriggers.some((u) => u.end === t.first && u.role === 'event' && u.type === type));
    const own = cTriggers.filter((t) => t !== joined);
    const reference = references.get(breaks[b]!);
    const clause: ClauseOpening = {
      sentence: sentence.index, end: cEnd, background: background || reference !== undefined, item, places: clausePlaces,
      reference: reference !== undefined, before: reference === undefined ? null : elapsedBefore(tokens, reference, numbers),
    };
    // An item of a list that names its own place is its own event, even inside the countryside named before it.
    // "دارت اشتباكات ...، قتل فيها 15 شخصا": deaths told after a violent event, no other event word, are its toll.
    const toll = cTriggers.every((t) => t.role === 'result') && VIOLENT.has(previous?.type ?? 'statement');
    // "قتل خمسة مدنيين، مساء الثلاثاء، خلال اشتباكات ...": deaths told first, then the violence that caused them.
    const cause = previous !== undefined && VIOLENT.has(type) && VIOLENT.has(previous.type) && previous.triggers.every((t) => t.role === 'result');
    // "وسط قصف جوي على مناطق الاشتباك، فيما سمع دوي انفجار في حي الشريعة": a blast at a place of its own is not the raid.
    const otherBlast = previous !== undefined && ownPlaces > 0 && [previous.type, type].every((t) => t === 'bombing' || STRIKES.has(t)) && (previous.type === 'bombing') !== (type === 'bombing');
    const joins = previous !== undefined && !apart.has(breaks[b]!) && (family(previous.type) === family(type) || toll || cause) &&
      (ownPlaces === 0 || (item === undefined && !otherBlast && (specific.get(previous) === 0 || refines || namedAgain(clausePlaces, within(places, previous.first, previous.end)))));
    if (joins) {
      for (const p of clausePlaces) noteCountryside(countrysides, previous, p);
      previous.end = cEnd;
      previous.triggers.push(...own);
      // "قتل 54 شخصا، ... في غارة جوية": the event word told later names what the deaths were.
      previous.type = clauseType(previous.triggers, within(weapons, previous.first, cEnd)) ?? previous.type;
      specific.set(previous, specific.get(previous)! + ownPlaces);
    }
    const host = joins ? previous : openFrame(clauseFrames, clause, cFirst, type, own);
    // The second kind is told where the first is, over the clauses that tell it.
    if (joined !== undefined) {
      const twin = openFrame(clauseFrames, clause, host.first, joined.type, [joined]);
      joinedKinds.add(twin);
      otherKind.set(host, twin.type);
    }
  }

  // "قتل خمسة مدنيين في ريف حمص، بينهم طفل جراء القصف على مدينة تلبيسة و...": when the list's items are events of
  // their own, the head's total over a wider area is their sum, not another event.
  const opened = items[0] !== undefined && among.some((m) => m.first === items[0]!.first);
  const headFrame = opened ? frames.find((f) => !itemOf.has(f) && f.first <= head!.trigger.first && head!.trigger.first < f.end) : undefined;
  if (headFrame !== undefined && frames.some((f) => itemOf.get(f) === items[0]) && !within(places, headFrame.first, headFrame.end).some(isSettlement)) {
    frames.splice(frames.indexOf(headFrame), 1);
  }

  // Accusations about a strike told in the same sentence are its claims, not events of their own.
  if (frames.some((f) => VIOLENT.has(f.type))) {
    const claimWord = (t: TriggerHit): boolean => claimCues.some((c) => c.first <= t.first && t.first < c.end);
    for (let k = frames.length - 1; k >= 0; k--) {
      const f = frames[k]!;
      if (!VIOLENT.has(f.type) && f.triggers.every(claimWord)) frames.splice(k, 1);
    }
  }

  // A party speaking with no event word of its own makes a statement ("قال مالي إن واشنطن تسعى ...").
  const speaker = sentenceClaims.find((c) => c.stance === 'asserts' && STATEMENT_MAKERS.has(c.by.kind));
  /** Where what the speaker says starts. */
  const content = speaker === undefined ? undefined : said.find((i) => i >= speaker.end);
  if (speaker !== undefined) {
    // Deals or support a party speaks of ("قال ... إن اتفاق جنيف يمهد ...") are what it says: its statement; so are talks
    // named in what it says ("إن اجتماع جنيف يمهد الطريق"), unless written with the article as talks the story told before
    // ("إن المباحثات تناولت").
    const talksSpokenOf = (f: Frame): boolean => f.type === 'consult' && content !== undefined &&
      f.triggers.every((t) => t.first >= content && !tokens[t.first]!.norm.startsWith('ال'));
    // Its own requests, refusals and threats told that way ("إن بلاده طلبت ...") are acts of their own.
    for (let k = frames.length - 1; k >= 0; k--) {
      const f = frames[k]!;
      if (SPOKEN_OF.has(f.type) ? f.triggers.every((t) => t.first >= speaker.end) : talksSpokenOf(f)) frames.splice(k, 1);
    }
    // "وقال ... عند انتهاء اجتماع بشأن الأزمة إن ...": a meeting told as where the party spoke, nobody else named in it, is
    // the occasion of its statement, not an event of its own (nor are the talks it then speaks of).
    const setting = (f: Frame): boolean => content !== undefined && f.type === 'consult' &&
      f.triggers.every((t) => t.first >= speaker.end) && f.triggers.some((t) => t.first < content) &&
      !acting.some((a) => a.first >= speaker.end && a.first < content && a.actor.id !== speaker.by.id);
    for (let k = frames.length - 1; k >= 0; k--) if (setting(frames[k]!)) frames.splice(k, 1);
  }
  // "وتقول روسيا إن ...": a verb of speech in the present tells a standing position, not an occasion of speech.
  const speaksNow = speaker !== undefined && cuesOf(cues, 'claim').some((m) => m.first >= speaker.first && m.first < speaker.end &&
    m.entries.every((e) => e.cue !== 'claim' || e.tense === 'present'));
  // "الوزير وفي مؤتمر صحفي مشترك عقده مع ضيفه ... نقل عن واشنطن ...": what a party says during talks is a statement
  // too; after talks that are its own ("بعد لقائه"), it is what the talks came to.
  const onlyTalks = content !== undefined && frames.length > 0 && frames.every((f) => MUTUAL.has(f.type) && f.triggers.every((t) => t.first < content && !possessed(text, tokens, t)));
  // "ونزح 40 ألف مدني، وفق الأمم المتحدة": a source cited for news is no occasion of speech.
  const citedOnly = speaker !== undefined && citing(speaker);
  // "قال متحدث باسم الجيش: لا نعلق على المعلومات": a party that declines to comment makes no statement.
  const silent = cuesOf(cues, 'silence').length > 0;
  if ((frames.length === 0 || onlyTalks) && speaker !== undefined && !speaksNow && !citedOnly && !silent) {
    // "قال ... إن بلاده سترد بحزم": what is said can be a threat or an accusation of its own.
    // "لم يتضح ما إذا كانت القوات قد ارتكبت": an act said with a doubt or a negation before it is not made.
    const act = findSpeechActs(tokens, speaker.end, end).find((a) => {
      const doubt = cuesBefore(tokens, mentions.cue, a.first, 'past', SPEECH_ACT_REACH);
      return !doubt.hypothetical && !doubt.negated;
    })?.act;
    frames.push({
      sentence: sentence.index, first, end, triggers: [], type: act ?? 'statement',
      agent: null, patient: null, actors: [], places: [], launch: null, weapons: [], targets: [],
      counts: emptyCounts(), claims: [], dates: [], background, placeAnaphor: null, listItem: false, reference: false, before: null, claimed: false, tellerHit: false, armedDead: false, armedAmong: false,
    });
  }

  for (const [index, frame] of frames.entries()) {
    const { first: f, end: e } = frame;
    frame.actors = within(acting, f, e);
    const lastWord = Math.max(-1, ...frame.triggers.map((t) => t.end));
    const told = within(places, f, e).filter((p) => !p.launch && !spokenAbout(frame, topics, p, places) && !(lastWord >= 0 && cited(claimCues, lastWord, p)));
    // Where a person came from, or a landmark, is the place only when the clause names no other.
    frame.places = told.some(isScene) ? told.filter(isScene) : told;
    frame.launch = within(places, f, e).find((p) => p.launch) ?? null;
    // Of two kinds of attack named together, the second has only weapons of its kind, the first none of the second's.
    const second = joinedKinds.has(frame);
    const other = otherKind.get(frame);
    frame.weapons = within(weapons, f, e).filter((w) => w.implies === null || (second ? w.implies === frame.type : w.implies !== other));
    frame.targets = within(targets, f, e);
    frame.dates = dates.filter((d) => d.start >= tokens[f]!.start && d.end <= tokens[e - 1]!.end);
    const countWords = within(mentions.count, f, e);
    frame.counts = readCounts(numbers.filter((n) => n.firstToken >= f && n.firstToken < e), countWords, tokens, namedTokens(frame, tokens, within(cuesOf(cues, 'among'), f, e), countWords));
    frame.armedDead = armedOnly(countWords);
    if (itemOf.has(frame)) {
      const people = itemOf.get(frame)!.people;
      // The people an item names are its own toll, though the head's total for the whole list stands in its clause.
      if (people !== null) frame.counts[head!.field] = people;
      // The list's head says when for every item ("قتل خمسة مدنيين امس، بينهم ...").
      if (frame.dates.length === 0) frame.dates = dates.filter((d) => d.start >= tokens[first]!.start && d.end <= tokens[items[0]!.first]!.start);
    }
    const anaphor = frame.places.length === 0 ? within(cuesOf(cues, 'settlement'), f, e).find((c) => isAnaphor(tokens, c, places)) : undefined;
    frame.placeAnaphor = anaphor === undefined ? null : nearCueEndsAt(cues, anaphor.first) ? 'near' : 'self';
    // Only "الهجوم", "التفجير": an attack claimed with a noun of its own ("تبنى هجوما في ...") is told as any other.
    frame.claimed = VIOLENT.has(frame.type) && frame.dates.length === 0 && frame.triggers.every((t) => tokens[t.first]!.forms.some((x) => x.startsWith('ال'))) &&
      anyWithin(cuesOf(cues, 'responsibility'), f, e);
    assignRoles(tokens, frame, { cues, agentMarked, people, speakers, sources, reporters });
    const maker = frame.agent;
    frame.armedAmong = countWords.some((m) => m.entries.some((x) => x.side === 'armed') && !(maker !== null && maker.first <= m.first && m.first < maker.end));
    // "أجرى الرئيس اتصالا بقائد القوات، وطالب بالضغط على إسرائيل": a verb joined by و that names no subject shares the
    // subject of the clause before.
    const opening = frame.triggers[0];
    const previous = frames[index - 1];
    if (frame.agent === null && !newsWithoutParty(frame.type) && opening !== undefined && opening.tense === 'past' && opening.first === f && tokens[f]!.norm.startsWith('و') &&
      previous !== undefined && previous.agent !== null) frame.agent = previous.agent;
    // "قتل جندي تركي", "مقتل عنصرين من التنظيم", "قتل خمسة جنود": deaths told alone whose dead are fighters are fighting, not
    // an attack on civilians.
    const fighters = frame.patient !== null && (frame.patient.actor.kind === 'group' || /\.(MIL|POL)$/.test(frame.patient.actor.id));
    if (frame.type === 'attack_on_civilians' && frame.triggers.length > 0 && frame.triggers.every((t) => t.role === 'result') && (fighters || frame.armedDead)) frame.type = 'armed_clash';
    // "دمرت وحدات الجيش أوكارا للمجموعات الإرهابية": positions of fighters destroyed by another party are fought, not property.
    if (frame.type === 'property_destruction' && fighters && frame.agent !== null) frame.type = 'armed_clash';
    // "قتل 23 شخصا في هجوم شنته قوات الدعم السريع على قرية": an attack of a party that killed people, none of them armed and
    // no other party named, is an attack on civilians, not a clash.
    if (frame.type === 'armed_clash' && frame.agent !== null && frame.patient === null && frame.counts.fatalities !== null && !frame.armedDead &&
      frame.triggers.every((t) => t.role !== 'event')) frame.type = 'attack_on_civilians';
    // "احتجز مسلحون ستة من رجال الأمن": an armed group that detains people (its subject, right after the verb or
    // before it) abducts them; a state arrests.
    const detainer = frame.agent;
    const verb = frame.triggers[0];
    if (frame.type === 'arrest' && detainer?.actor.kind === 'group' && verb !== undefined && (detainer.first === verb.end || detainer.end <= verb.first)) frame.type = 'abduction';
    const spokenBy = speaker === undefined ? undefined
      : speaker === continued ? { first: speaker.named.first, end: speaker.named.end, actor: speaker.by, byCountryName: false }
      : acting.find((a) => a.actor === speaker.by && a.first >= speaker.first && a.end <= speaker.end);
    if (frame.type === 'statement') frame.agent = spokenBy ?? frame.agent;
    // "واتهم الغربيين بدعم ...", "وناشد الخاطفين ...": an act of speech whose verb opens the sentence, nobody named before
    // it, is the speaker's of the sentence before.
    else if (SPEECH_ACTS.has(frame.type) && frame.agent === null && verb?.first === first && verb.tense === 'past') {
      const before = previousSpeaker(story.previous);
      if (before !== undefined) frame.agent = { ...before.named, actor: before.by, byCountryName: false };
    }
    // "وقال ... بعد لقائه وزير الدفاع التركي": talks that are "his" are the speaker's, with the party named after.
    else if (MUTUAL.has(frame.type) && spokenBy !== undefined && frame.triggers[0] !== undefined && possessed(text, tokens, frame.triggers[0])) {
      if (frame.agent !== null && frame.agent.actor.id !== spokenBy.actor.id) frame.patient = frame.agent;
      frame.agent = spokenBy;
    }
    // "قال دبلوماسي روسي إن بلاده طلبت ...": the speaker's own country acts.
    else if (spokenBy !== undefined && !VIOLENT.has(frame.type) && within(cuesOf(cues, 'self'), f, e).some((c) => c.first < (frame.triggers[0]?.first ?? e))) {
      frame.patient = frame.agent ?? frame.patient;
      frame.agent = spokenBy;
    }
    // Talks or accusations are claimed by a cue before their word; a cue after it brings other news ("... نقل عن واشنطن"),
    // unless it cites a source for them ("بحسب ما أعلنت الخارجية الروسية").
    const trigger = frame.triggers[0];
    const frameClaimCues = within(claimCues, f, e).filter((c) => VIOLENT.has(frame.type) || trigger === undefined || c.first < trigger.first || c.cites);
    // Where the speaker is the one before ("وأضاف البيان أن المسلحين فروا"), a party in what is said does not speak.
    const read = readClaims(frameClaimCues, frame.actors, frame.agent?.actor ?? null, { saidBetween, afterTopic, aside, speaksThrough, opening: first });
    frame.claims = continued === null ? read : [...new Set(read.map((c) => (c.named.first > c.first && saidBetween(c.first, c.named.first) ? continued : c)))];
    if (frame.claims.length === 0 && continued !== null && continued.first >= f && continued.first < e) frame.claims = [continued];
    const teller = VIOLENT.has(frame.type) ? frame.claims.find((c) => c.stance === 'asserts' && STATEMENT_MAKERS.has(c.by.kind)) : undefined;
    const selves = teller === undefined ? [] : within(cuesOf(cues, 'self'), teller.end, e);
    // "أعلن حزب الله أن مقاتليه استهدفوا موقع المالكية", "إن قواته قتلت مسلحين": the teller's own, right before a verb of
    // attack, made it; its people right before a verb of death ("جنوده قتلوا") may as well have been killed.
    const byOwn = (c: CueMention): boolean => frame.triggers.some((t) => t.first === c.end && t.tense === 'past' && VIOLENT.has(t.type) &&
      (t.role !== 'result' || c.entries.some((x) => x.cue === 'self' && x.value === '-')));
    if (teller !== undefined && selves.some(byOwn)) {
      if (frame.patient?.actor.id === teller.by.id) frame.patient = null;
      frame.agent = { ...teller.named, actor: teller.by, byCountryName: false };
    } else if (teller !== undefined && selves.some((c) => c.entries.some((x) => x.cue === 'self' && x.value === 'people'))) {
      frame.tellerHit = true;
      frame.patient = { ...teller.named, actor: teller.by, byCountryName: false };
      if (frame.agent?.actor.id === teller.by.id) frame.agent = null;
    }
    // "الخارجية الفرنسية تصف ... بالأمر المؤسف": an act of speech its verb of speech tells, nothing said in between, is
    // the speaker's.
    const ownAct = SPEECH_ACTS.has(frame.type) && trigger !== undefined ? frame.claims.find((c) => c.stance === 'asserts' &&
      STATEMENT_MAKERS.has(c.by.kind) && c.end <= trigger.first && !saidBetween(c.end, trigger.first)) : undefined;
    if (ownAct !== undefined && frame.agent?.actor.id !== ownAct.by.id) {
      frame.patient = frame.agent ?? frame.patient;
      frame.agent = { ...ownAct.named, actor: ownAct.by, byCountryName: false };
    }
  }
  const kept = frames.filter((f) => {
    // Told as background ("وكانت القوات قد سيطرت على البلدة") with no date of its own: not news of this article.
    if (f.background && f.dates.length === 0 && !f.reference) return false;
    // Deaths and damage told alone make an event only with a number or a place ("مرتكبي المجازر" is neither).
    // Unless a party denies them ("ونفت القوات سقوط ضحايا"), of an attack told before.
    const denied = f.claims.some((c) => c.stance === 'denies');
    if (!denied && f.triggers.length > 0 && f.triggers.every((t) => t.role === 'result') && f.weapons.length === 0 && f.places.length === 0 && f.counts.fatalities === null && f.counts.injured === null) return false;
    // "خلفت المعارك أكثر من 300 ألف قتيل": a toll in the thousands is a war's, not one event's; so are deaths counted
    // over a period up to now ("وقتل منذ بداية النزاع أكثر من ...").
    if (VIOLENT.has(f.type) && (f.counts.fatalities ?? 0) > WAR_TOLL) return false;
    if (VIOLENT.has(f.type) && f.triggers.filter((t) => VIOLENT.has(t.type)).every((t) => t.role === 'result') && within(cuesOf(cues, 'background'), f.first, f.end).some((c) => c.entries.some((e) => e.cue === 'background' && e.value === 'since'))) return false;
    // "سقطت مروحية بسبب عطل فني ولقي طاقمها حتفه": deaths in a crash or a fault are no attack unless an attack word tells one.
    if (VIOLENT.has(f.type) && f.triggers.every((t) => t.role === 'result') && anyWithin(cuesOf(cues, 'accident'), f.first, f.end)) return false;
    // A violent event or a protest is news when the sentence tells it as an occurrence, not when it names one.
    // An attack a party claims is one the story told before (buildEvents finds it, or drops the claim).
    // So is an attack a party denies ("ونفت القوات الأمريكية قصف المنزل"): the denial is of an attack told before.
    // So is one a party speaks of with the article, as told already ("وقال المتحدث باسم التحالف إن الغارات استهدفت مواقع
    // عسكرية"): what it says is its claim on that attack.
    if (newsWithoutParty(f.type) && !f.claimed && !isTold(f, cues)) {
      if (denied) f.deniedOnly = true;
      else if (f.claims.length > 0 && f.triggers.some((t) => t.tense === 'noun' && DEFINITE.test(tokens[t.first]!.norm))) f.spokenOf = true;
      else return false;
    }
    // Talks, accusations, requests without a party are words, not events (newsWithoutParty).
    return newsWithoutParty(f.type) || f.agent !== null;
  });
  // "فتحت قوى الأمن النار على متظاهرين تجمعوا في ...", "اعتقلت الشرطة مئة متظاهر خلال تظاهرة": a protest met by force
  // is told as who was hit; the sentence's event is the force, where the protest was.
  const force = kept.filter((f) => VIOLENT.has(f.type) || f.type === 'arrest');
  if (force.length === 0) return { frames: kept, claims: sentenceClaims, actors: acting, places };
  for (const f of kept) if (f.type === 'protest') force.find((x) => x.places.length === 0)?.places.push(...f.places);
  return { frames: kept.filter((f) => f.type !== 'protest'), claims: sentenceClaims, actors: acting, places };
}

/**
 * "بعد أربعة أيام على التفجير", "غداة الهجوم", "بعد عامين على": how long before the occurrence told the one a reference
 * cue names came; the number right before the cue's words counts, else the count the cue gives ("غداة": one day).
 * Null where the words do not say ("ردا على", "بعد أيام على").
 */
function elapsedBefore(tokens: readonly Token[], cue: Mention<EntryOf<'cue'>>, numbers: readonly NumberMention[]): (Elapsed & Span) | null {
  const [unit, given] = cue.entries.find((e) => e.cue === 'reference')!.value.split(':');
  if (unit === undefined || !ELAPSED_UNITS.has(unit)) return null;
  const counted = numbers.find((n) => n.lastToken === cue.first - 1 && !n.vague && !n.percent);
  const amount = counted?.value ?? (given !== undefined ? Number(given) : unit === 'hour' ? 0 : null);
  if (amount === null) return null;
  // The words of the time, without the preposition that ends a cue of two words ("أربعة أيام", "غداة").
  const lastWord = cue.end - cue.first > 1 ? cue.end - 2 : cue.first;
  return { amount, unit: unit as ElapsedUnit, start: counted?.start ?? tokens[cue.first]!.start, end: tokens[lastWord]!.end };
}

/**
 * "وأضاف إن ...", "وقال: ...": a verb of speech that opens a sentence with nobody named goes on with the speaker of the
 * sentence before. The claim spans the verb.
 */
function continuedClaim(
  cues: readonly ClaimCue[],
  claims: readonly ClaimMention[],
  first: number,
  afterTopic: ReadonlySet<number>,
  previous: StoryContext['previous'],
  saidBetween: (from: number, to: number) => boolean,
): ClaimMention | null {
  const opening = cues.find((c) => (c.first === first || afterTopic.has(c.first)) && c.stance === 'asserts');
  if (opening === undefined) return null;
  // A party named before what is said starts speaks ("وقال سيدا إن"); one named after that start does not.
  const named = claims.find((c) => c.first <= opening.first && opening.first < c.end);
  if (named !== undefined && !(named.first === opening.first && saidBetween(opening.end, named.end - 1))) return null;
  const speaker = previousSpeaker(previous);
  return speaker === undefined ? null : { by: speaker.by, named: speaker.named, stance: 'asserts', first: opening.first, end: opening.end };
}

/**
 * The speaker of the sentence before: the one its main clause names ("ومن جهته أعلن الوزير"), not one named in a clause
 * inside it ("ووصل الوزير بعد أن أعلن المبعوث ...").
 */
function previousSpeaker(previous: StoryContext['previous']): ClaimMention | undefined {
  return previous?.claims.find((c) => c.stance === 'asserts' && STATEMENT_MAKERS.has(c.by.kind) && c.first - previous.first <= SPEAKER_OPENS);
}

/** More dead than this is the toll of a war or a years-long campaign, not of one event. */
const WAR_TOLL = 5000;

const SETTLEMENT_KINDS = new Set(['city', 'town', 'village', 'neighbourhood', 'airbase', 'airport', 'other']);

/** A place that is a town, a village or a site, not an area around one ("ريف حمص") or a governorate. */
function isSettlement(p: PlaceMention): boolean {
  return p.cue === 'settlement' || (p.cue === null && p.candidates.some((c) => SETTLEMENT_KINDS.has(c.kind)));
}

/** Words within this reach before a past verb make it part of a relative clause. */
const RELATIVE_REACH = 2;

/**
 * What marks an occurrence, and how much: a verb that tells it, a date, a weapon, a place, and above all a number
 * (killed, wounded, strikes). One mark alone is how commentary, history and metaphor speak of violence ("منذ اغتيال
 * الحريري", "الأزمة التي ضربت الأسواق"); news of an event gives two. A date weighs less: commentary dates its history too.
 */
const MARKS = { verb: 1, count: 2, date: 0.75, day: 1, weapon: 1, place: 1, claim: 1 } as const;
const TOLD = 2;
/** Protest verbs are seldom figures of speech: one that tells a protest is news of it. */
const TOLD_PROTEST = MARKS.verb;
/** Nor are the verbs of these acts ("فجر نفسه", "اغتال", "خطف"): told in the past, they are news by themselves. */
const LITERAL: ReadonlySet<EventType> = new Set<EventType>(['suicide_bombing', 'assassination', 'abduction']);

/** "دارت اشتباكات", "وقع الهجوم", "تعرضت لهجوم", "تستمر الاشتباكات": a verb of occurrence tells the event its noun names. */
function occurs(frame: Frame, cues: CuesByKind): boolean {
  return cuesOf(cues, 'occurrence').some((c) => c.first >= frame.first && c.first < frame.end && c.entries.some((e) => e.cue === 'occurrence' && (e.tense === 'past' || e.value === 'ongoing')));
}

/** "الذي قتل في تفجير": an event word right after a relative pronoun describes somebody or something. */
function afterRelative(cues: CuesByKind, t: TriggerHit): boolean {
  return cuesOf(cues, 'relative').some((c) => c.end <= t.first && t.first - c.end < RELATIVE_REACH);
}

/** Kinds of party whose word on what they did is news of it ("أعلن الجيش التركي أنه قصف مواقع لحزب العمال امس"). */
const ACTING_SPEAKERS: ReadonlySet<string> = new Set(['state', 'group']);

function isTold(frame: Frame, cues: CuesByKind): boolean {
  const told = frame.triggers.filter((t) => t.tense === 'past' && !afterRelative(cues, t));
  // A party that asserts what its own forces did, in the past tense, tells it as the one who knows.
  const maker = frame.agent?.actor.id;
  const ownWord = told.length > 0 && maker !== undefined && frame.claims.some((c) => c.stance === 'asserts' && ACTING_SPEAKERS.has(c.by.kind) && sameParty(c.by.id, maker));
  const marks = [
    ownWord ? MARKS.claim : 0,
    told.some((t) => LITERAL.has(t.type)) || (told.length > 0 && LITERAL.has(frame.type)) ? TOLD : told.length > 0 || occurs(frame, cues) || frame.reference ? MARKS.verb : 0,
    COUNT_FIELDS.some((k) => frame.counts[k] !== null) ? MARKS.count : 0,
    frame.dates.some((d) => (d.kind === 'relative' || d.kind === 'weekday') && d.date.precision === 'day') ? MARKS.day : frame.dates.length > 0 ? MARKS.date : 0,
    frame.weapons.length > 0 ? MARKS.weapon : 0,
    frame.places.length > 0 || frame.placeAnaphor !== null ? MARKS.place : 0,
  ];
  return marks.reduce((a, b) => a + b, 0) >= (frame.type === 'protest' ? TOLD_PROTEST : TOLD);
}

/** Words between a verb of refusal and the comment it declines ("رفضت وزارة الخارجية الأمريكية التعليق"). */
const SILENCE_REACH = 4;
/** Words between an event word of taking ground and the captives it frees ("تحرير عشرات النزلاء", "حررت القوات العراقية 12 رهينة"). */
const CAPTIVE_REACH = 3;
/** How far after a verbal event word its subject may stand ("بحث وزيرا الخارجية ..."). */
const SUBJECT_REACH = 3;
/** Words that may stand between the noun of talks and the "بين" that names their parties ("المفاوضات على ما يبدو بين"). */
const BETWEEN_REACH = 3;

/** The ending of an indefinite noun in the accusative ("اتصالا", "اجتماعا"). */
const ACCUSATIVE = /^[^\s]{2,}[^ا]ا$/;

const PREPOSITIONAL = new Set(['من', 'مع', 'الي', 'علي', 'عن', 'ضد', 'في', 'بين', 'لدي', 'نحو', 'تجاه']);

/** A noun with a possessive ending ("لقائه", "اجتماعها", "محادثاتهم"), written with ه, not the feminine ة. */
const POSSESSED = /(ه|ها|هم|هما)$/;

/** Whether an event word is written with a possessive ending: talks that are somebody's ("لقائه"). */
function possessed(text: string, tokens: readonly Token[], t: TriggerHit): boolean {
  return POSSESSED.test(text.slice(tokens[t.first]!.start, tokens[t.first]!.end));
}

/** Words after which a party is named aside from the speaker: its source ("نقل عن واشنطن"), its company ("مع نظيره"). */
const ASIDE = new Set(['عن', 'مع']);
/** How far after the cue that cites a source its place may stand ("بحسب وزارة الصحة في غزة"). */
const SOURCE_REACH = 4;
/** Words that cite a source after what it says. */
const CITING = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا']);
/** Words between a source and the party it speaks for ("مصدر في الشرطة"). */
const SOURCE_LINKS = new Set(['في', 'من', 'داخل']);

/** Events two parties make together, named after "بين". */
const MUTUAL: ReadonlySet<EventType> = new Set<EventType>(['consult', 'agree']);

/**
 * "جرت محادثات بين روسيا وتركيا": the countries "بين" names right after the noun of talks or a deal, and those joined to
 * them by "و", are its parties, not places.
 */
function talkParties(tokens: readonly Token[], mentions: Mentions, actors: readonly ActorMention[]): Set<number> {
  const out = new Set<number>();
  const talks = mentions.trigger.filter((t) => t.entries.some((e) => e.type !== null && MUTUAL.has(e.type)));
  for (const t of talks) {
    const between = tokens.findIndex((x, i) => i >= t.end && i - t.end <= BETWEEN_REACH && x.norm === 'بين');
    if (between < 0) continue;
    let next = between + 1;
    for (const a of actors) {
      if (a.first !== next || (a.first > between + 1 && !tokens[a.first]!.norm.startsWith('و'))) continue;
      out.add(a.first);
      next = a.end;
    }
  }
  return out;
}

/** Words between a word of death and the party its dead belong to ("مقتل 14 من القوات"). */
const VICTIM_REACH = 3;

/** "روسيا والصين": of parties joined by "و", the first named acts for them all. */
function firstJoined(tokens: readonly Token[], parties: readonly ActorMention[], party: ActorMention): ActorMention {
  let first = party;
  for (;;) {
    const before = parties.find((p) => p.end === first.first);
    if (before === undefined || !tokens[first.first]!.norm.startsWith('و')) return first;
    first = before;
  }
}

/** What a sentence says of the parties it names, for `assignRoles`. */
interface RoleMarks {
  cues: CuesByKind;
  /** Tokens right after an agent cue ("على يد", "منسوبة لـ"). */
  agentMarked: ReadonlySet<number>;
  /** Tokens that name one or two people ("جندي", "مدنيان"). */
  people: ReadonlySet<number>;
  /** First tokens of the parties that speak in the sentence ("وقال ناشطون"). */
  speakers: ReadonlySet<number>;
  /** First tokens of the speakers cited as a source ("بحسب ما أعلن ..."). */
  sources: ReadonlySet<number>;
  /** First tokens of the parties a source within them speaks for ("مصدر في الشرطة"): they tell violence, not make it. */
  reporters: ReadonlySet<number>;
}

/** "القيادي في جيش الإسلام": a member of the party speaks for it (when violence hits one, the party is hit). */
function speaksFor(frame: Frame, cues: RoleMarks['cues'], a: ActorMention): boolean {
  return !VIOLENT.has(frame.type) && cuesOf(cues, 'member').some((c) => c.end === a.first - 1);
}

/** A plural in the accusative ("مسلحين", "مقاتلين"): right after a verb it is the object, not the subject ("مسلحون"). */
const ACCUSATIVE_PLURAL = /ين$/;

/**
 * "قتل ثلاثة جنود أتراك", "مقتل عناصر من التنظيم": the party named as the dead is who was hit. Right after a verb
 * ("قتلت القوات التركية ...") it may be the killer; after the noun or a count it is the dead, and so is one person or
 * two named right after the verb ("قتل جندي أميركي": the verb is passive) and fighters in the accusative ("قتلت مسلحين").
 * "قتلوا عندما هاجم مسلحو حركة طالبان": a party after another verb of the act is that verb's, not the dead.
 */
function isDead(tokens: readonly Token[], frame: Frame, a: ActorMention, agentMarked: ReadonlySet<number>, people: ReadonlySet<number>): boolean {
  return !namedMaker(a, agentMarked) && frame.triggers.some((t) => t.role === 'result' && a.first >= t.end &&
    a.first - t.end <= VICTIM_REACH && (t.tense === 'noun' || a.first > t.end || people.has(a.first) || ACCUSATIVE_PLURAL.test(tokens[a.first]!.norm)) &&
    !frame.triggers.some((u) => u !== t && u.first >= t.end && u.first < a.first));
}

/** The tokens of the parties and times a frame names. */
/** Words from an among cue to the people it counts ("بينهم خمسة أطفال"). */
const AMONG_REACH = 4;

/**
 * The tokens of the parties, the times and the lists of some of the dead ("بينهم خمسة أطفال") a frame names: between
 * a verb and its number, or people and their verb ("14 مدنيا بينهم خمسة أطفال قتلوا"), they do not count as words.
 */
function namedTokens(frame: Frame, tokens: readonly Token[], among: readonly CueMention[], countWords: ReadonlyArray<Mention<EntryOf<'count'>>>): Set<number> {
  const out = new Set<number>();
  for (const a of frame.actors) for (let i = a.first; i < a.end; i++) out.add(i);
  for (let i = frame.first; i < frame.end; i++) {
    const t = tokens[i]!;
    if (frame.dates.some((d) => t.start >= d.start && t.end <= d.end)) out.add(i);
  }
  for (const c of among) {
    const people = countWords.find((m) => m.first >= c.end && m.first - c.end < AMONG_REACH && m.entries.some((x) => x.side === 'persons' || x.side === 'one' || x.side === 'two'));
    if (people !== undefined) for (let i = c.first; i < people.end; i++) out.add(i);
  }
  return out;
}

/** Whether the people a clause names are all armed ("مقتل شرطيين", not "سبعة أشخاص منهم شرطيان"). */
function armedOnly(countWords: ReadonlyArray<Mention<EntryOf<'count'>>>): boolean {
  const people = countWords.filter((m) => m.entries.some((x) => x.side === 'persons' || x.side === 'one' || x.side === 'two' || x.side === 'armed'));
  return people.length > 0 && people.every((m) => m.entries.some((x) => x.side === 'armed'));
}

/** "وفي جلولاء قتل شرطي ...، بعدما انفجرت عبوة عند مدخل بلدة جلولاء": the places a clause names were all named before. */
function namedAgain(clausePlaces: readonly PlaceMention[], before: readonly PlaceMention[]): boolean {
  return clausePlaces.length > 0 && clausePlaces.every((p) => before.some((q) => q.candidates.some((c) => p.candidates.includes(c))));
}

/** Whether a place is where something happened, not where a person came from or a landmark a place lies near. */
function isScene(p: PlaceMention): boolean {
  return !p.origin && !p.landmark;
}

/** "أسقطت طائرة استطلاع روسية": the aircraft an interception names is what was downed, whoever's it is. */
function isDowned(frame: Frame, a: ActorMention): boolean {
  return frame.type === 'interception' && frame.weapons.some((w) => w.first === a.first);
}

/**
 * "طائرة مسيرة تابعة لقوات حفتر قصفت", "قصفت طائرات تابعة للتحالف": the party a striking weapon belongs to, the weapon
 * the subject of the verb, made the strike. What a weapon hit or downed belongs to was hit ("استهدفت الغارة دبابة تابعة للجيش").
 */
function ownsWeapon(tokens: readonly Token[], frame: Frame, a: ActorMention): boolean {
  const verb = frame.triggers[0];
  if (frame.type === 'interception' || verb === undefined) return false;
  // One word may stand between the belonging and the party's name ("تابعة لوكالة المخابرات المركزية").
  const belonging = [a.first - 1, a.first - 2].find((i) => i >= 0 && tokens[i]!.forms.some((f) => BELONGING.has(f)));
  return belonging !== undefined && frame.weapons.some((w) => w.implies !== null && w.end === belonging && (w.end <= verb.first || w.first === verb.end));
}

/**
 * "اتهم الجيش السوداني قوات الدعم السريع بقصف المدينة": of the parties between a word of accusation and the noun of the act it
 * charges, the first accuses and the last, named right before the charge, is accused of making it.
 */
function accusedOf(tokens: readonly Token[], frame: Frame, cues: CuesByKind): ActorMention | undefined {
  // The charge is told with "ب" ("بقصف", "بشن غارات"), or the words of making it are ("بالوقوف وراء الهجوم").
  const act = frame.triggers.find((t) => t.type !== null && VIOLENT.has(t.type));
  if (act === undefined) return undefined;
  const making = cuesOf(cues, 'responsibility').find((c) => c.end === act.first);
  if (!withPreposition(tokens[making?.first ?? act.first]!, /^ب/)) return undefined;
  const charge = cuesOf(cues, 'claim').filter((c) => c.end <= act.first && c.entries.some((e) => e.cue === 'claim' && e.value === 'alleges')).at(-1);
  if (charge === undefined) return undefined;
  const named = frame.actors.filter((a) => a.first >= charge.end && a.end <= act.first && (a.actor.kind === 'state' || a.actor.kind === 'group'));
  return named.length >= 2 ? named.at(-1) : undefined;
}

/** Words besides its subject between a verb of condemnation and the attack it condemns ("ونددت واشنطن امس بشدة بالهجوم"). */
const CONDEMNED_REACH = 2;

/**
 * Whether an attack's noun is the object of a verb of condemnation before it in its clause, little but its subject
 * between them ("أدانت وزارة الخارجية القطرية الغارات", "ونددت واشنطن بالهجوم").
 */
function condemned(t: TriggerHit, clauseTriggers: readonly TriggerHit[], parties: readonly ActorMention[], cues: CuesByKind): boolean {
  if (t.tense !== 'noun' && !t.nounToo) return false;
  // Not an accusation ("اتهم ... بقصف"): who is accused of an attack alleges it was made.
  const charges = new Set(cuesOf(cues, 'claim').filter((c) => c.entries.some((e) => e.cue === 'claim' && e.value === 'alleges')).map((c) => c.first));
  const otherWords = (from: number): number => {
    let words = 0;
    for (let i = from; i < t.first; i++) if (!parties.some((a) => a.first <= i && i < a.end)) words++;
    return words;
  };
  return clauseTriggers.some((v) => v.type === 'accuse' && v.tense === 'past' && !charges.has(v.first) && v.end <= t.first && otherWords(v.end) <= CONDEMNED_REACH);
}

/** The party right after a verb, else right before it ("أن تكون الفصائل قد أطلقت": "قد" may stand between). */
function subjectOf(tokens: readonly Token[], verb: TriggerHit, parties: readonly ActorMention[]): ActorMention | undefined {
  const end = subjectEnd(tokens, verb.first);
  return parties.find((a) => a.first === verb.end) ?? parties.find((a) => a.end === end);
}

function assignRoles(tokens: readonly Token[], frame: Frame, { cues, agentMarked, people, speakers, sources, reporters }: RoleMarks): void {
  // A monitor or an outlet reports violence; what it says, demands or accuses is its own act. People who speak
  // ("وقال ناشطون إن القصف ...") are a source, not who was hit; so is a party through a source of its own.
  const candidates = frame.actors.filter((a) => (a.actor.kind !== 'media' || SPEECH_ACTS.has(frame.type)) && !(a.actor.kind === 'people' && speakers.has(a.first)) &&
    !(VIOLENT.has(frame.type) && (reporters.has(a.first) || sources.has(a.first))));
  // Who is hit by violence is a party or people, not an organisation that reports on it.
  const hit = candidates.filter((a) => !ownsWeapon(tokens, frame, a) && (isPatient(tokens, a, agentMarked, VIOLENT.has(frame.type)) || (VIOLENT.has(frame.type) && isDead(tokens, frame, a, agentMarked, people)) || isDowned(frame, a)) &&
    !speaksFor(frame, cues, a) && (!VIOLENT.has(frame.type) || a.actor.kind !== 'org'));
  // "مستودعات تابعة لحزب الله والحرس الثوري الإيراني": a party joined by و to one that was hit was hit too.
  const alsoHit = candidates.filter((a) => !hit.includes(a) && tokens[a.first]!.norm.startsWith('و') && hit.some((p) => p.end === a.first) && !agentMarked.has(a.first));
  // "تعرضت قاعدة عين الأسد التي تستضيف قوات أمريكية لهجوم": parties named between a verb of scene and what struck are of
  // the place that suffered it.
  const scene = within(cuesOf(cues, 'scene'), frame.first, frame.end)[0];
  const struck = scene === undefined ? undefined : frame.triggers.find((t) => t.first >= scene.end);
  frame.suffered = struck !== undefined;
  const sufferer = (a: ActorMention): boolean => struck !== undefined && a.first >= scene!.end && a.end <= struck.first && !agentMarked.has(a.first);
  const patients = candidates.filter((a) => hit.includes(a) || alsoHit.includes(a) || sufferer(a));
  const agents = candidates.filter((a) => !patients.includes(a));
  /** The party a speech act is aimed at, named as the object of its verb. */
  let addressee: ActorMention | undefined;
  // "على يد مسلحين", "غارة منسوبة لإسرائيل": the text says who did it.
  const told = VIOLENT.has(frame.type) ? agents.find((a) => namedMaker(a, agentMarked) || ownsWeapon(tokens, frame, a)) : undefined;
  if (frame.type === 'protest') {
    // Protesters are people: the crowd, or the party that called them out, named as the subject. A party named
    // further on is what they protest against ("تظاهر آلاف ... للمطالبة برحيل الحكومة").
    const verb = frame.triggers[0];
    const subject = (a: ActorMention): boolean => verb === undefined || a.end <= verb.first || a.first - verb.end < SUBJECT_REACH;
    frame.agent = candidates.find((a) => a.actor.kind === 'people') ??
      agents.find((a) => !PREPOSITIONAL.has(tokens[a.first - 1]?.norm ?? '') && subject(a)) ?? null;
    // "احتجت مصر لدى إيران": a state that protests does so through its diplomats, an accusation, not a demonstration.
    const past = frame.triggers.find((t) => t.tense === 'past');
    if (frame.agent?.actor.kind === 'state' && past !== undefined && frame.agent.first === past.end) frame.type = 'accuse';
  } else if (told !== undefined) {
    frame.agent = told;
  } else if (FROM_THE_AIR.has(frame.type)) {
    // The armed forces strike, though a minister or a government may be named first ("أعلن رئيس الوزراء أن القوات الجوية شنت").
    // An armed group named as the subject right after the verb made it too ("شن الحوثيون هجوما بطائرة مسيرة").
    const verb = frame.triggers.find((t) => t.tense === 'past');
    const subject = verb === undefined ? undefined : subjectOf(tokens, verb, agents.filter((a) => a.actor.kind === 'group'));
    // A state cited as the source ("بحسب ما أعلن مسؤول عسكري أمريكي") tells of the strike; it did not make it.
    const states = agents.filter((a) => a.actor.kind === 'state' && !sources.has(a.first));
    frame.agent = accusedOf(tokens, frame, cues) ?? subject ?? states.find((a) => a.actor.id.endsWith('.MIL')) ?? states[0] ?? null;
  } else if (VIOLENT.has(frame.type)) {
    // The subject right after a verb of the act made it ("منذ أن أسقطت قوات النظام إحدى طائراته"), though a party be named
    // first; so did one right before it ("وقالت الشرطة إن مسلحين هاجموا"), not the party that tells it.
    const armed = agents.filter((a) => a.actor.kind === 'state' || a.actor.kind === 'group');
    const verb = frame.triggers.find((t) => t.tense === 'past' && !t.nounToo && VIOLENT.has(t.type));
    const subject = verb === undefined ? undefined : subjectOf(tokens, verb, armed);
    // "وقالت الشرطة إن انتحاريا فجر نفسه": what is said has a subject of its own, named by no party; the speaker did not do it.
    frame.unnamedMaker = verb !== undefined && subject === undefined && cuesOf(cues, 'content').some((c) => c.end === verb.first - 1) && !agents.some((a) => a.end === verb.first);
    frame.agent = accusedOf(tokens, frame, cues) ?? subject ?? (frame.unnamedMaker ? armed.find((a) => !speakers.has(a.first)) : armed[0]) ?? null;
  } else {
    const trigger = frame.triggers[0];
    // The subject follows a verb or a verbal noun ("بحث وزيرا الخارجية", "اقتراح تنظيم القاعدة") or stands before it
    // ("واشنطن تسعى"); an actor after a preposition ("طلبت من سلطات العراق") is not the subject, except the parties
    // of talks or a deal "بين" names ("اجتماع بين وزير الخارجية الروسي ونظيره الإيراني").
    const between = (a: ActorMention): boolean => MUTUAL.has(frame.type) && tokens[a.first - 1]?.norm === 'بين';
    // "اتصالا هاتفيا بالرئيس الفرنسي", "بقائد قوات اليونيفيل": a party written with a preposition and the article, or
    // after a word of office that carries one, is no subject either.
    const prepositional = (a: ActorMention): boolean => PREPOSITIONAL.has(tokens[a.first - 1]?.norm ?? '') || withPreposition(tokens[a.first]!, /^[وف]?(بال|لل)/) ||
      (a.first > 0 && withPreposition(tokens[a.first - 1]!, /^[وف]?[بل]/) && cuesOf(cues, 'member').some((c) => c.end === a.first));
    const subjects = agents.filter((a) => !prepositional(a) || speaksFor(frame, cues, a) || between(a));
    const before = [...subjects].reverse().find((a) => trigger !== undefined && a.end <= trigger.first);
    // A noun in the accusative ("أجرى الوزير اتصالا", "عقد الطرفان اجتماعا") is the object of a verb before it: its subject
    // stands between them.
    const object = trigger !== undefined && trigger.tense === 'noun' && ACCUSATIVE.test(tokens[trigger.first]!.norm);
    const subject = trigger === undefined ? subjects[0] ?? null
      // A subject may share its first word with the event phrase ("أرسلت قوات النظام" read as "أرسلت قوات").
      // The parties "بين" names are those of the talks, a hedge or a day between ("فشلت المفاوضات على ما يبدو بين ...").
      : (object ? before : undefined) ?? subjects.find((a) => a.first > trigger.first && (a.first - trigger.end < SUBJECT_REACH || (between(a) && a.first - 1 - trigger.end <= BETWEEN_REACH))) ?? before ?? null;
    // "انعقد اجتماع جنيف برعاية الأمم المتحدة": talks nobody is named holding are held by the party that convened them.
    const convener = subject === null && MUTUAL.has(frame.type) ? agents.find((a) => cuesOf(cues, 'convener').some((c) => c.end === a.first)) : undefined;
    frame.agent = convener ?? (subject === null ? null : firstJoined(tokens, subjects, subject));
    // "اتهمت واشنطن دمشق باستخدام أسلحة كيميائية ضد المدنيين", "حذرت الخارجية الروسية الولايات المتحدة من ...": what a
    // party says is aimed at the party it names next, with no preposition, before any named after one.
    const agent = frame.agent;
    // The verb is the event word, or the verb of speech that tells the act when no event word does ("حذرت").
    const verbFirst = trigger === undefined ? within(cuesOf(cues, 'claim'), frame.first, frame.end)[0]?.first : trigger.tense === 'past' ? trigger.first : undefined;
    if (ADDRESSED.has(frame.type) && agent !== null && verbFirst !== undefined && verbFirst < agent.first) {
      addressee = subjects.find((a) => a.first >= agent.end && a.first - agent.end <= ADDRESS_REACH && a.actor.id !== agent.actor.id && !prepositional(a));
    }
  }
  // "بين الجيش ورجال العشائر من جهة، وحركة طالبان من جهة ثانية": the other side is the party after the first.
  const sides = within(cuesOf(cues, 'side'), frame.first, frame.end);
  const otherSide = sides.length >= 2 ? frame.actors.find((a) => a.first >= sides[0]!.end && a.end <= sides[1]!.first && a.actor.id !== frame.agent?.actor.id) : undefined;
  const agentId = frame.agent?.actor.id;
  // Failing a party marked as hit, one named after the maker; not the one that tells of it ("قال المتحدث باسم قوات حفتر إن ...").
  frame.patient = otherSide ?? addressee ?? patients.find((p) => p.actor.id !== agentId) ??
    agents.find((a) => a !== frame.agent && a.actor.id !== agentId && (frame.agent === null || a.first > frame.agent.first) && !(VIOLENT.has(frame.type) && speakers.has(a.first))) ?? null;
}
