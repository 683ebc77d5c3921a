/**
 * Who says so. A claim cue ("أعلن", "نفى", "زاعمة", "بحسب", "اتهامات") gives the stance; the actor next to it
 * is the claimant. A media or monitor claimant that states something reports it; a party states (asserts) it.
 */
import type { Stance } from '../contract/index.ts';
import type { ActorDef } from '../lexicon/actors.ts';
import type { ActorMention } from './actors.ts';

export interface ClaimCue {
  first: number;
  end: number;
  stance: Stance;
  /** A word that cites a source ("بحسب", "وفقا ل"): the source follows it. */
  cites?: boolean;
}

export interface ClaimMention {
  by: ActorDef;
  /** The words naming the claimant (in an earlier sentence when the speaker goes on: "وأضاف ..."). */
  named: { first: number; end: number };
  stance: Stance;
  /** The cue and the claimant. */
  first: number;
  end: number;
  /** Its cue cites a source ("بحسب الوزارة"): the source tells of the event, it is no occasion of speech. */
  cites?: boolean;
}

/** How far from its cue a claimant may stand, in words. */
const CLAIMANT_REACH = 6;
/** How far after a word that cites it a source stands ("بحسب الجيش", "وفقا لمصادر في الشرطة"). */
const SOURCE_REACH = 3;

/** What the sentence around the cues says of its parties, for `readClaims`. */
export interface ClaimContext {
  /** Whether what a speaker says starts between two tokens ("إن", "أن", a colon). */
  saidBetween?: (from: number, to: number) => boolean;
  /** Where the speech verbs start that follow a phrase saying what the speaker spoke of ("وعن الحل العسكري قال"). */
  afterTopic?: ReadonlySet<number>;
  /** Whether a party is named aside: the source a speaker quotes ("نقل عن واشنطن"), one who is with it ("مع نظيره"). */
  aside?: (a: ActorMention) => boolean;
  /** The party a source speaks for ("مصدر في الشرطة": the police). */
  speaksThrough?: (a: ActorMention) => ActorMention | undefined;
  /** Where the sentence starts: a party opening it speaks for a verb far after it that names no other speaker. */
  opening?: number;
}

/** Whoever is said to have struck is not the one alleging it ("زاعمة قصف المقاتلات الروسية"). */
function eligible(a: ActorMention, cue: ClaimCue, agent: ActorDef | null): boolean {
  return !(cue.stance === 'alleges' && agent !== null && a.actor.id === agent.id) && a.actor.kind !== 'people' || a.actor.id === 'ACTIVISTS';
}

/**
 * Claims of a clause: each cue with the nearest actor after it (Arabic puts the subject after the verb), else before
 * it. An actor after the start of what was said ("أضاف إن النظام ...", `saidBetween`) is the speaker only when no
 * actor stands before the cue; so is one named aside ("الوزير ... مع ضيفه ... نقل عن واشنطن").
 */
export function readClaims(
  cues: readonly ClaimCue[],
  actors: readonly ActorMention[],
  agent: ActorDef | null,
  { saidBetween = () => false, afterTopic = new Set<number>(), aside = () => false, speaksThrough = () => undefined, opening }: ClaimContext = {},
): ClaimMention[] {
  const out: ClaimMention[] = [];
  for (const cue of cues) {
    const after = actors.find((a) => a.first >= cue.end && a.first - cue.end <= (cue.cites === true ? SOURCE_REACH : CLAIMANT_REACH) && eligible(a, cue, agent));
    const near = cue.cites === true ? undefined : [...actors].reverse().find((a) => a.end <= cue.first && cue.first - a.end <= CLAIMANT_REACH && eligible(a, cue, agent) && !aside(a));
    // Only a party the speaker quotes stands after the verb: the speaker may open the sentence, far before it.
    const before = near ?? (after !== undefined && aside(after) ? actors.find((a) => a.first === opening && a.end <= cue.first && eligible(a, cue, agent)) : undefined);
    // A party named after the speech starts is not the speaker ("حداد أضاف إن ..."); when nobody stands before the verb
    // a government may be, speaking of itself ("قال إن تركيا ستتصرف بحزم"), not a force or a group told of ("قال إن مسلحين هاجموا").
    const inSpeech = after !== undefined && (saidBetween(cue.end, after.first) || aside(after));
    // "الخارجية الأميركية تصف ...": a party that opens the sentence right before the verb is its subject.
    const subject = before !== undefined && before.first === opening && before.end === cue.first;
    // After what the speaker spoke of ("وعن التعاون ضد داعش، قال:"), a party before the verb is spoken of, and one after
    // the speech starts too: the speaker is unnamed.
    const named = afterTopic.has(cue.first) ? (inSpeech ? undefined : after) : inSpeech || subject ? before ?? (after?.actor.id.endsWith('.GOV') ? after : undefined) : after ?? before;
    if (named === undefined) continue;
    const claimant = speaksThrough(named) ?? named;
    // A source within a party tells what it says as an outlet would.
    const stance: Stance = cue.stance === 'asserts' && (claimant.actor.kind === 'media' || claimant !== named) ? 'reports' : cue.stance;
    out.push({ by: claimant.actor, named: { first: claimant.first, end: claimant.end }, stance, first: Math.min(cue.first, claimant.first), end: Math.max(cue.end, claimant.end), cites: cue.cites });
  }
  return out;
}
