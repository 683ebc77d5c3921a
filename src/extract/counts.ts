/**
 * What the numbers of a clause count: the word after a number ("237 غارة", "ستة وعشرين صاروخاً") or a verb
 * shortly before it ("أودى بحياة 12 شخصا", "قتل فيها نحو 150 مسلحاً") says which field it fills; a person named
 * alone after such a verb ("قتل شرطي") is one, two in the dual ("قتل مدنيان").
 */
import { emptyCounts, type CountField, type Counts } from '../contract/index.ts';
import { isWholeWord, type EntryOf, type Mention } from '../lexicon/index.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/tokens.ts';

/** Words between a "before" cue and its number ("قتل فيها نحو 150"). */
const BEFORE_REACH = 3;
/** Words between a number and its "after" noun ("150 مسلحاً" has none; "12 شخصا" is read by the cue before). */
const AFTER_REACH = 1;

/** How many people a word names by itself: "شرطي" one, "مدنيان" two; null for other words. */
export function personCount(word: Mention<EntryOf<'count'>>): number | null {
  if (word.entries.some((e) => e.side === 'two')) return 2;
  return word.entries.some((e) => e.side === 'one') ? 1 : null;
}

/** Whether a word carries the conjunction و, not a word beginning with its letter ("وفيات"). */
function joined(token: Token): boolean {
  return token.norm.startsWith('و') && token.forms.length > 1 && !isWholeWord(token.norm, 'count');
}

/** Words from a counted number to the next number that adds to it ("9 عناصر من قوات النظام و7"). */
const SUM_REACH = 6;

/** Whether number n, joined by و and followed by "من", goes on with the count that ended at token `previous`. */
function partOfSum(tokens: readonly Token[], n: NumberMention, previous: number): boolean {
  const before = tokens[n.firstToken - 1];
  return n.firstToken - previous <= SUM_REACH && before?.norm === 'و' && tokens[n.lastToken + 1]?.norm === 'من';
}

/** People named by a number and its noun ("ثلاثة جنود") or by a word alone ("ضابط", "جنديان"), and how many. */
interface PeopleGroup {
  first: number;
  end: number;
  value: number;
  counted: boolean;
}

/**
 * "ضابط وجنديان", "ثلاثة جنود وضابط": groups of people joined by و are counted together. Returns, for the first group of
 * each such run, the run's total, and the first tokens of the groups that go on with a run, which count for nothing alone.
 */
function joinedGroups(numbers: readonly NumberMention[], countWords: ReadonlyArray<Mention<EntryOf<'count'>>>, tokens: readonly Token[]): { totals: Map<number, number>; continuing: Set<number> } {
  const groups: PeopleGroup[] = [];
  for (const n of numbers) {
    const people = n.percent || n.vague ? undefined : peopleAfter(n, countWords);
    if (people !== undefined) groups.push({ first: n.firstToken, end: people.end, value: n.value, counted: true });
  }
  for (const m of countWords) {
    const value = personCount(m);
    if (value !== null && !groups.some((g) => g.first <= m.first && m.first < g.end)) groups.push({ first: m.first, end: m.end, value, counted: false });
  }
  groups.sort((a, b) => a.first - b.first);
  const totals = new Map<number, number>();
  const continuing = new Set<number>();
  let head: PeopleGroup | null = null;
  let end = -1;
  for (const g of groups) {
    if (head !== null && g.first === end && joined(tokens[g.first]!)) {
      // "25 جنديا ومدنيا": a word in the accusative after a number is of the people that number counts, not one more.
      const counted = !g.counted && head.counted && tokens[g.first]!.norm.endsWith('ا');
      totals.set(head.first, (totals.get(head.first) ?? head.value) + (counted ? 0 : g.value));
      continuing.add(g.first);
    } else head = g;
    end = g.end;
  }
  return { totals, continuing };
}

/** Words between the people a number counts and their verb ("على الأقل"). */
const VERB_AFTER_REACH = 3;

function wordsBetween(from: number, to: number, named: ReadonlySet<number>): number {
  let words = 0;
  for (let i = from; i < to; i++) if (!named.has(i)) words++;
  return words;
}

/** The words right after a number that say it counts people ("14 مدنيا", "عشرة شرطيين"). */
function peopleAfter(n: NumberMention, countWords: ReadonlyArray<Mention<EntryOf<'count'>>>): Mention<EntryOf<'count'>> | undefined {
  return countWords.find((m) => m.first > n.lastToken && m.first - n.lastToken <= AFTER_REACH && m.entries.some((e) => e.side === 'persons' || e.side === 'one'));
}

function countsPeople(n: NumberMention, countWords: ReadonlyArray<Mention<EntryOf<'count'>>>): boolean {
  return peopleAfter(n, countWords) !== undefined;
}

/** The field of the verb of death or injury right after the people counted ("عشرة شرطيين قتلوا", "شخصين على الأقل قتلا"). */
function verbAfter(people: Mention<EntryOf<'count'>>, countWords: ReadonlyArray<Mention<EntryOf<'count'>>>, tokens: readonly Token[], named: ReadonlySet<number>): CountField | null {
  // "53 شخصا وجرح العشرات": a verb joined by و opens a clause of its own.
  const verb = countWords.find((m) => m.first >= people.end && wordsBetween(people.end, m.first, named) < VERB_AFTER_REACH && !tokens[m.first]!.norm.startsWith('و') && m.entries.some((e) => e.side === 'verb'));
  return verb?.entries.find((e) => e.side === 'verb')?.field ?? null;
}

function verbAfterPeople(n: NumberMention, countWords: ReadonlyArray<Mention<EntryOf<'count'>>>, tokens: readonly Token[], named: ReadonlySet<number>): CountField | null {
  const people = peopleAfter(n, countWords);
  return people === undefined ? null : verbAfter(people, countWords, tokens, named);
}

/**
 * `named`: tokens of the parties, times and lists of some of the dead the clause names; between a verb and its number,
 * or people and their verb, they do not count as words ("قتلت قوات الجيش المصري امس 12 مسلحا", "14 مدنيا بينهم خمسة
 * أطفال قتلوا").
 */
export function readCounts(numbers: readonly NumberMention[], countWords: ReadonlyArray<Mention<EntryOf<'count'>>>, tokens: readonly Token[], named: ReadonlySet<number> = new Set()): Counts {
  const counts = emptyCounts();
  const { totals, continuing } = joinedGroups(numbers, countWords, tokens);
  /** The field the number before counted, and the token it ended at. */
  let last: { field: CountField; end: number } | null = null;
  for (const n of numbers) {
    if (n.percent || n.vague || continuing.has(n.firstToken)) continue;
    let field: CountField | null = null;
    for (const m of countWords) {
      // "مدنيين اثنين وإصابة خمسة": a noun joined by و begins the next count, it is not this number's.
      if (m.first <= n.lastToken || m.first - n.lastToken > AFTER_REACH || joined(tokens[m.first]!)) continue;
      for (const e of m.entries) if (e.side === 'after') field ??= e.field;
    }
    if (field === null) {
      let nearest = -1;
      for (const m of countWords) {
        for (const e of m.entries) {
          // "قتل فيها أكثر من 15": the words of the approximation are not between the verb and its number.
          const first = n.firstToken - n.cueBefore;
          if (e.side === 'before' && m.end <= first && wordsBetween(m.end, first, named) < BEFORE_REACH && m.end > nearest) {
            field = e.field;
            nearest = m.end;
          }
        }
      }
    }
    // "عشرة شرطيين قتلوا", "14 شرطيا على الأقل قتلوا": the people counted come first, their verb after them.
    if (field === null) field = verbAfterPeople(n, countWords, tokens, named);
    // "ارتفعت حصيلة القتلى ... إلى 45 مدنيا": people counted after a toll named before them.
    if (field === null && countsPeople(n, countWords)) field = [...countWords].reverse().find((m) => m.end <= n.firstToken && m.entries.some((e) => e.side === 'toll'))?.entries.find((e) => e.side === 'toll')?.field ?? null;
    // "مقتل 9 عناصر من قوات النظام و7 من مقاتلي الفصائل": a number joined by و to the count before, of another party
    // ("من"), adds to that count.
    if (field === null && last !== null && partOfSum(tokens, n, last.end)) {
      counts[last.field]! += n.value;
      last = { field: last.field, end: n.lastToken };
      continue;
    }
    if (field === null || counts[field] !== null) continue;
    counts[field] = totals.get(n.firstToken) ?? n.value;
    last = { field, end: n.lastToken };
    if (n.approximate) counts.approximate = true;
  }
  // "بصاروخين", "شنت غارتين": two of what a word in the dual counts, when no number has counted it.
  for (const m of countWords) {
    const dual = m.entries.find((e) => e.side === 'dual');
    if (dual?.field != null && counts[dual.field] === null && !numbers.some((n) => n.lastToken === m.first - 1)) counts[dual.field] = 2;
  }
  // "قتل شرطي تركي": one person, named right after the verb; "شخصين على الأقل قتلا": two, named before the verb (the
  // verbs of this side are plural or dual, so a singular person before a verb is never counted).
  for (const person of countWords) {
    const people = continuing.has(person.first) ? null : totals.get(person.first) ?? personCount(person);
    if (people === null) continue;
    const cue = countWords.find((m) => m.end === person.first && m.entries.some((e) => e.side === 'before'));
    const field = cue?.entries.find((e) => e.side === 'before')?.field ?? verbAfter(person, countWords, tokens, named);
    if (field != null && counts[field] === null) counts[field] = people;
  }
  return counts;
}
