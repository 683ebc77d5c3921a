/**
 * A monitor's list of the dead by place: one death verb heads it, then item after item names who died, how and
 * where ("قتل أربعة مدنيين احدهم طفل جراء القصف على بلدة كفرنبل، وشاب برصاص قناص في مدينة معرة النعمان
 * وسيدة اثر القصف على قرية حاس"). Each item that names its own place is an event of its own; the head tells
 * what the people it names suffered.
 */
import type { CountField } from '../contract/index.ts';
import type { EntryOf, Mention } from '../lexicon/index.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { Token } from '../text/tokens.ts';
import { personCount } from './counts.ts';
import type { TriggerHit } from './frames.ts';

export interface ListHead {
  /** The death verb ("استشهد", "قتل"): the event word of items that have none of their own. */
  trigger: TriggerHit;
  /** What the people of each item count as. */
  field: CountField;
}

/** The list's head: the first past verb of death or injury that also counts the people after it. */
export function listHead(triggers: readonly TriggerHit[], countWords: ReadonlyArray<Mention<EntryOf<'count'>>>): ListHead | null {
  for (const t of triggers) {
    if (t.role !== 'result' || t.tense !== 'past') continue;
    const field = countWords.find((m) => m.first === t.first)?.entries.find((e) => e.side === 'before')?.field;
    if (field != null) return { trigger: t, field };
  }
  return null;
}

export interface ListItem {
  /** Token where the item starts ("وسيدة", "وثلاثة", "واستشهد"). */
  first: number;
  /** How many people the item names by its first word: a person is one, a number its value; null for a verb. */
  people: number | null;
}

/**
 * Where items start after the head: "بينهم", "احدهم" before a person or a number open the first; then a word joined by
 * "و" that names a person, a number or a death verb, once the item before it is complete (`complete(first, end)`: it
 * named a place or a cause). Before that, "رجل وزوجته" are people of one item.
 */
export function listItems(
  tokens: readonly Token[],
  head: ListHead,
  end: number,
  countWords: ReadonlyArray<Mention<EntryOf<'count'>>>,
  numbers: readonly NumberMention[],
  /** Where "بينهم", "احدهم" open the first item. */
  among: ReadonlyArray<{ first: number; end: number }>,
  complete: (first: number, end: number) => boolean,
): ListItem[] {
  const items: ListItem[] = [];
  let itemStart = head.trigger.first;
  const peopleAt = (i: number): number | null => {
    const number = numbers.find((n) => n.firstToken === i && !n.percent && !n.vague);
    // "واخر": another one, a person only here.
    const person = countWords.filter((m) => m.first === i).map((m) => personCount(m) ?? (m.entries.some((e) => e.side === 'another') ? 1 : null)).find((n) => n !== null) ?? null;
    return number?.value ?? person;
  };
  for (let i = head.trigger.end; i < end; i++) {
    const token = tokens[i]!;
    // "بينهم طفل ...": the first item, after the head's total; its people are counted from the word after.
    const opener = items.length === 0 ? among.find((m) => m.first === i) : undefined;
    if (opener !== undefined) {
      const people = opener.end < end ? peopleAt(opener.end) : null;
      if (people !== null) {
        items.push({ first: i, people });
        itemStart = i;
      }
      continue;
    }
    if (!token.norm.startsWith('و') || token.forms.length < 2) continue;
    if (!complete(itemStart, i)) continue;
    const people = peopleAt(i);
    const verb = countWords.some((m) => m.first === i && m.entries.some((e) => e.side === 'before' && e.field === head.field));
    if (people === null && !verb) continue;
    items.push({ first: i, people });
    itemStart = i;
  }
  // "قتل 25 شخصا بينهم ستة أطفال في انفجار ...": "بينهم" with nothing after it is how the dead divide, not a list.
  const openedAlone = items.length === 1 && among.some((m) => m.first === items[0]!.first);
  return openedAlone ? [] : items;
}
