/**
 * "التنظيم", "الفصيل": a story names an armed group once ("تنظيم الدولة الإسلامية") and then calls it by a generic
 * noun ("وسيطر التنظيم على البلدة"). Such a noun is the group named last before it in the article, a group in
 * particular (not "مسلحون"); followed by a word with the article that is no epithet of it, it begins a new name
 * ("الحزب الديمقراطي").
 */
import { loadGroupNouns } from '../lexicon/actors.ts';
import type { ActorDef } from '../lexicon/actors.ts';
import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './actors.ts';

const GROUP_NOUNS = loadGroupNouns();

function isGroupNoun(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]!.forms.some((f) => GROUP_NOUNS.nouns.has(f))) return false;
  const next = tokens[i + 1];
  return next === undefined || !next.norm.startsWith('ال') || GROUP_NOUNS.epithets.has(next.norm);
}

/**
 * The parties each sentence names, with its group nouns read as the group named last before them. `sentences` are
 * the token ranges of the article in order, `actors` the parties found in each.
 */
export function withGroupNouns(
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ first: number; end: number }>,
  actors: ReadonlyArray<readonly ActorMention[]>,
): ActorMention[][] {
  let last: ActorDef | null = null;
  return sentences.map((s, k) => {
    const own = actors[k]!;
    const added: ActorMention[] = [];
    let next = 0;
    for (let i = s.first; i < s.end; i++) {
      // The parties the sentence names, in order, as the walk passes them.
      while (next < own.length && own[next]!.first <= i) {
        const a = own[next++]!;
        if (a.actor.kind === 'group' && !GROUP_NOUNS.generic.has(a.actor.id)) last = a.actor;
      }
      if (last !== null && !own.some((a) => a.first <= i && i < a.end) && isGroupNoun(tokens, i)) {
        added.push({ first: i, end: i + 1, actor: last, byCountryName: false });
      }
    }
    return added.length === 0 ? [...own] : [...own, ...added].sort((a, b) => a.first - b.first);
  });
}
