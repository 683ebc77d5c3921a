/**
 * People an article names beside the party they speak for: "المتحدث باسم الائتلاف الوطني السوري خالد ناصر",
 * "وزير الخارجية الفرنسي جان دوران". Reports introduce a speaker once with their office and then use the surname
 * alone ("وقال ناصر", "وأكد ناصر"): that surname speaks for the same party for the rest of the article.
 */
import type { Mention, Mentions } from '../lexicon/index.ts';
import type { ActorDef } from '../lexicon/actors.ts';
import type { Token } from '../text/tokens.ts';
import { readWordTable } from '../text/wordlists.ts';
import { normalise } from '../text/normalise.ts';
import type { ActorMention } from './actors.ts';

const FUNCTION_WORDS = new Set(readWordTable('function-words.tsv').map(([w]) => normalise(w!)));
/** Words of a compound first name that the next word, with its article, completes ("عبد الباسط", "أبو محمد"). */
const NAME_HEADS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'ام'].map(normalise));
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Words of an office between a name and the party it serves ("المستشار الخاص لوزير الخارجية الأميركي"). */
const MAX_OFFICE_WORDS = 3;
/** Adjectives of the party between it and the name ("الائتلاف الوطني السوري المعارض خالد ناصر"). */
const MAX_ADJECTIVES = 2;

/** Surnames (normalised) and the party each speaks for. */
export type ArticleNames = ReadonlyMap<string, ActorDef>;

interface SentenceMentions {
  first: number;
  end: number;
  mentions: Mentions;
  actors: readonly ActorMention[];
}

/** What the lexicons cover of an article's tokens: 1 a place, 2 any other entry (a place that is more is 2). */
type Covered = Uint8Array;
const PLACE = 1;
const OTHER = 2;

function coveredTokens(count: number, sentences: readonly SentenceMentions[]): Covered {
  const covered = new Uint8Array(count);
  for (const s of sentences) {
    for (const [family, list] of Object.entries(s.mentions)) {
      const mark = family === 'place' ? PLACE : OTHER;
      for (const m of list) for (let i = m.first; i < m.end; i++) covered[i] = Math.max(covered[i]!, mark);
    }
  }
  return covered;
}

/** Whether tokens a and b (a < b) stand with nothing but a space between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).trim() === '';
}

/** Whether token k can be a word of a name that begins at token i. */
function isNameWord(tokens: readonly Token[], k: number, i: number, covered: Covered): boolean {
  const t = tokens[k]!;
  // "وبينما" is "بينما" with "و": a word that reads as a function word once its clitics are off is one.
  if (t.kind !== 'ar' || covered[k] === OTHER || isFunctionWord(t)) return false;
  // A name word carries no article, unless a compound first name asks for it ("عبد الباسط").
  return !t.norm.startsWith('ال') || (k > i && NAME_HEADS.has(tokens[k - 1]!.norm));
}

/**
 * The end of a person's name that begins at `i`, or null when none does. First names are often place names too
 * ("خالد", "حسن"): a place may stand in the name, but not as its surname.
 */
function nameAt(text: string, tokens: readonly Token[], i: number, end: number, covered: Covered): number | null {
  let k = i;
  while (k < end && k - i < MAX_NAME_WORDS && isNameWord(tokens, k, i, covered) && (k === i || adjacent(text, tokens[k - 1]!, tokens[k]!))) k++;
  if (k - i < MIN_NAME_WORDS || covered[k - 1] === PLACE) return null;
  // The name must end where the sentence, a clause or a known word does; a run of unknown words is no name.
  if (k < end && adjacent(text, tokens[k - 1]!, tokens[k]!) && isNameWord(tokens, k, i, covered)) return null;
  return k;
}

/**
 * Surnames of the article: the last word of a full name the lexicon knows ("جورج صبرا"), of a name introduced right
 * after a party, and of one that opens a sentence before its office and party. A surname given to two parties is
 * ambiguous and left out.
 */
export function learnNames(text: string, tokens: readonly Token[], sentences: readonly SentenceMentions[]): ArticleNames {
  const names = new Map<string, ActorDef | null>();
  const learn = (surname: string, actor: ActorDef): void => {
    const known = names.get(surname);
    names.set(surname, known === undefined || known?.id === actor.id ? actor : null);
  };
  const covered = coveredTokens(tokens.length, sentences);
  for (const s of sentences) {
    for (const a of s.actors) {
      // A name of several words ends with the surname; an organisation's ends with a word with the article.
      const last = tokens[a.end - 1]!.norm;
      if (a.end - a.first >= MIN_NAME_WORDS && !last.startsWith('ال')) learn(last, a.actor);
      let i = a.end;
      while (i < s.end && i - a.end < MAX_ADJECTIVES && tokens[i]!.norm.startsWith('ال') && covered[i] !== OTHER && adjacent(text, tokens[i - 1]!, tokens[i]!)) i++;
      if (i >= s.end || !adjacent(text, tokens[i - 1]!, tokens[i]!)) continue;
      const nameEnd = nameAt(text, tokens, i, s.end, covered);
      if (nameEnd === null) continue;
      learn(tokens[nameEnd - 1]!.norm, a.actor);
    }
    // "سمير حداد المستشار الخاص لوزير الخارجية الأميركي": a name that opens the sentence, then the office, then the party.
    const nameEnd = nameAt(text, tokens, s.first, s.end, covered);
    // The office follows the name directly: a colon or a quotation between them opens what someone says.
    const party = nameEnd === null ? undefined : s.actors.find((a) => a.first >= nameEnd && a.first - nameEnd <= MAX_OFFICE_WORDS &&
      !/[:«»"“”.,،]/.test(text.slice(tokens[nameEnd - 1]!.end, tokens[a.first]!.start)));
    if (nameEnd !== null && party !== undefined) learn(tokens[nameEnd - 1]!.norm, party.actor);
  }
  const out = new Map<string, ActorDef>();
  for (const [surname, actor] of names) if (actor !== null) out.set(surname, actor);
  return out;
}

/**
 * Mentions without what the lexicons read inside the names of people introduced by their rank ("العقيد تركي
 * المالكي", "العميد يحيى سريع"): a first name or surname that is also a nationality, a place or a public figure's
 * surname names none of them there. A name read whole from where it starts ("العقيد معمر القذافي") stays, and so
 * does what follows a rank with the article, which is no first name ("العقيد الروسي", "اللواء الثامن").
 */
export function withoutRankedNames(text: string, tokens: readonly Token[], mentions: Mentions): Mentions {
  const names: Array<{ first: number; end: number }> = [];
  for (const cue of mentions.cue) {
    if (!cue.entries.some((e) => e.cue === 'rank') || cue.end >= tokens.length) continue;
    const first = cue.end;
    if (tokens[first]!.norm.startsWith('ال') || !adjacent(text, tokens[first - 1]!, tokens[first]!)) continue;
    let end = first;
    while (end < tokens.length && end - first < MAX_NAME_WORDS && isRankedNameWord(tokens[end]!, mentions) && (end === first || adjacent(text, tokens[end - 1]!, tokens[end]!))) end++;
    if (end > first) names.push({ first, end });
  }
  if (names.length === 0) return mentions;
  const inName = (m: Mention): boolean => names.some((n) => n.first <= m.first && m.end <= n.end && !(m.first === n.first && m.entries.some((e) => 'actor' in e)));
  return { ...mentions, actor: mentions.actor.filter((m) => !inName(m)), place: mentions.place.filter((m) => !inName(m)) };
}

/** Whether a token reads as a function word once its clitics are off ("وبينما" is "بينما" with "و"). */
export function isFunctionWord(t: Token): boolean {
  return t.forms.some((f) => FUNCTION_WORDS.has(f));
}

/** A word that can stand in a name after a rank: no function word, nor a word that frames or tells the event. */
function isRankedNameWord(t: Token, mentions: Mentions): boolean {
  const covers = (m: Mention): boolean => m.first <= t.index && t.index < m.end;
  return t.kind === 'ar' && !isFunctionWord(t) && !mentions.cue.some(covers) && !mentions.trigger.some(covers);
}

/**
 * Learned surnames standing as the subject of a verb of speech in the sentence ("وقال ناصر", "حداد أضاف"), or right
 * after another verb of an event ("دعا ظريف", "واتهم سيدا").
 */
export function namedSubjects(tokens: readonly Token[], first: number, end: number, mentions: Mentions, names: ArticleNames): ActorMention[] {
  const out: ActorMention[] = [];
  if (names.size === 0) return out;
  const verbs = [
    ...mentions.cue.filter((c) => c.entries.some((e) => e.cue === 'claim')).map((c) => [c.end, c.first - 1]),
    ...mentions.trigger.filter((t) => t.entries.some((e) => e.tense === 'past')).map((t) => [t.end]),
  ];
  for (const positions of verbs) {
    for (const i of positions) {
      const actor = i >= first && i < end ? names.get(tokens[i]!.norm) : undefined;
      if (actor !== undefined && !mentions.actor.some((m) => m.first <= i && i < m.end) && !out.some((o) => o.first === i)) out.push({ first: i, end: i + 1, actor, byCountryName: false });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
