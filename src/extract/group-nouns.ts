/**
 * "التنظيم", "الفصيل": a story names an armed group once ("تنظيم الدولة الإسلامية") and then calls it by a generic
 * noun ("وسيطر التنظيم على البلدة"). Such a noun is the group named last before it in the article, a group in
 * particular (not "مسلحون"), and fighters named by their creed ("جهاديون") are its fighters. "الجيش" alone is the
 * state's armed forces named last ("قصف الجيش التركي ... وقال الجيش"), "الحكومة" and "السلطات" its government,
 * "التحالف" the coalition named last. Gunmen "of" a group ("مسلحون من حركة طالبان") are that group.
 * Followed by a word with the article that is no epithet of it, the noun begins a new name ("الحزب الديمقراطي").
 * The words are in data/lexicon/group-nouns.tsv.
 */
import { loadGroupNouns } from '../lexicon/actors.ts';
import type { ActorDef } from '../lexicon/actors.ts';
import type { DateMention } from '../text/dates.ts';
import type { Token } from '../text/tokens.ts';
import { WordFlags } from '../text/wordlists.ts';
import type { ActorMention } from './actors.ts';

const GROUP_NOUNS = loadGroupNouns();

// The lists of nouns, as bits.
const GROUP = 1;
const ARMY = 2;
const GOVERNMENT = 4;
const COALITION = 8;
/** The lists each word is in: a word costs one lookup, not one per list and reading. */
const NOUN_LISTS = new WordFlags();
for (const [words, list] of [[GROUP_NOUNS.nouns, GROUP], [GROUP_NOUNS.army, ARMY], [GROUP_NOUNS.government, GOVERNMENT], [GROUP_NOUNS.coalition, COALITION]] as const) {
  for (const word of words) NOUN_LISTS.add(word, list);
}

/** Whether one of the token's readings is one of `words`. */
function readsAsOneOf(token: Token, words: ReadonlySet<string>): boolean {
  for (const form of token.forms) if (words.has(form)) return true;
  return false;
}

/**
 * Whether the noun at token i stands alone, not the head of a new name: the next word has no article, or is an epithet,
 * or begins a date ("وقالت الحكومة اليوم").
 */
function standsAlone(tokens: readonly Token[], i: number, dateStarts: ReadonlySet<number>): boolean {
  const next = tokens[i + 1];
  return next === undefined || !next.norm.startsWith('ال') || GROUP_NOUNS.epithets.has(next.norm) || dateStarts.has(next.start);
}

/**
 * The parties each sentence names, with its generic nouns read as the party named last before them. `sentences` are
 * the token ranges of the article in order, `actors` the parties found in each, `dates` the article's dates.
 */
export function withGroupNouns(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ first: number; end: number }>,
  actors: ReadonlyArray<readonly ActorMention[]>,
  dates: readonly DateMention[],
): ActorMention[][] {
  const dateStarts = new Set(dates.map((d) => d.start));
  let group: ActorDef | null = null;
  let army: ActorDef | null = null;
  let government: ActorDef | null = null;
  let coalition: ActorDef | null = null;
  return sentences.map((s, k) => {
    const own = actors[k]!;
    const out: ActorMention[] = [];
    let next = 0;
    /** The end of the parties passed so far: the words before it are theirs. */
    let namedUntil = s.first;
    for (let i = s.first; i < s.end; i++) {
      // The parties the sentence names, in order, as the walk passes them.
      while (next < own.length && own[next]!.first <= i) {
        const m = own[next++]!;
        namedUntil = Math.max(namedUntil, m.end);
        const a = m.actor;
        // "وهاجم جهاديون نقطة للجيش": fighters named by their creed are the group the story named last.
        const fighters = GROUP_NOUNS.generic.has(a.id) && m.end - m.first === 1 && readsAsOneOf(tokens[m.first]!, GROUP_NOUNS.fighters);
        // "هاجم مسلحون من حركة طالبان": gunmen of a group named next are that group.
        const of = own[next];
        const ofGroup = GROUP_NOUNS.generic.has(a.id) && of !== undefined && of.first === m.end + 1 && tokens[m.end]!.norm === 'من' &&
          of.actor.kind === 'group' && !GROUP_NOUNS.generic.has(of.actor.id);
        if (ofGroup) {
          next++;
          namedUntil = Math.max(namedUntil, of.end);
        }
        const named = ofGroup ? { ...of, first: m.first } : fighters && group !== null ? { ...m, actor: group } : m;
        out.push(named);
        const party = named.actor;
        if (party.kind === 'group' && !GROUP_NOUNS.generic.has(party.id)) group = party;
        if (party.kind === 'state' && party.id.endsWith('.MIL')) army = party;
        if (party.kind === 'state' && party.id.endsWith('.GOV')) government = party;
        if (NOUN_LISTS.of(tokens[m.first]!.forms) & COALITION) coalition = party;
      }
      if (i < namedUntil) continue;
      const lists = NOUN_LISTS.of(tokens[i]!.forms);
      if (lists === 0 || !standsAlone(tokens, i, dateStarts)) continue;
      const actor = group !== null && lists & GROUP ? group
        : army !== null && lists & ARMY ? army
        : government !== null && lists & GOVERNMENT ? government
        : coalition !== null && lists & COALITION ? coalition : null;
      if (actor !== null) out.push({ first: i, end: i + 1, actor, byCountryName: false });
    }
    // Parties past the sentence's last token (there should be none) are kept as they are.
    out.push(...own.slice(next));
    return out.sort((a, b) => a.first - b.first);
  });
}
