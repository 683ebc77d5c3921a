/**
 * Speakers a report names once and then by surname or by the verb alone. Sentences written for these tests.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './index.ts';
import { tokenise } from '../text/tokens.ts';
import { findMentions } from '../lexicon/index.ts';
import { readActors } from './actors.ts';
import { learnNames } from './names.ts';

function events(text: string) {
  return extractArticle({ id: 't', title: null, text, published: '2026-11-20', url: null, outlet: null, source: 't' }).events;
}

function names(text: string): Record<string, string> {
  const tokens = tokenise(text);
  const mentions = findMentions(tokens);
  const learned = learnNames(text, tokens, [{ first: 0, end: tokens.length, mentions, actors: readActors(tokens, mentions.actor) }]);
  return Object.fromEntries([...learned].map(([surname, actor]) => [surname, actor.id]));
}

it('learns the surname of a person named right after the party they speak for', () => {
  assert.deepEqual(names('أكد المتحدث باسم الائتلاف الوطني السوري خالد ناصر امس أن الوفد لن يسافر.'), { ناصر: 'SYR.OPP' });
});

it('learns no name from ordinary words after a party', () => {
  assert.deepEqual(names('قصفت القوات الحكومية مواقع المعارضة امس.'), {});
});

it('a surname after a verb of speech and a verb of speech alone go on with the same speaker: one statement', () => {
  const [statement, ...rest] = events(
    'أكد المتحدث باسم الائتلاف الوطني السوري خالد ناصر امس أن المعارضة ستبقى في إسطنبول حتى نهاية الشهر. وقال ناصر إن الوفد لم يتلق أي دعوة. وأضاف أن القرار نهائي.',
  );
  assert.equal(rest.length, 0);
  assert.equal(statement!.type, 'statement');
  assert.equal(statement!.actor1?.id, 'SYR.OPP');
  assert.equal(statement!.evidence.length, 3);
});

it('a verb of speech alone goes on with the main speaker of the sentence before, not with one named inside a clause', () => {
  const found = events(
    'أعلن وزير الخارجية الروسي امس أن بلاده ستواصل دعم الحكومة السورية. ووصل الوزير إلى جنيف بعد أن أعلن المبعوث الأممي فشل المحادثات. وقال «لن نقبل أي شروط».',
  );
  assert.ok(!found.some((e) => e.type === 'statement' && e.actor1?.id === 'UN'), 'the envoy named inside "بعد أن" is not the one who goes on speaking');
});

it('a name that opens a sentence before its office and party speaks for that party when its surname comes back', () => {
  const found = events('خالد ناصر المتحدث باسم الائتلاف الوطني السوري قال امس إن الوفد لن يسافر. ناصر أضاف أن المعارضة ستتصرف بحزم.');
  assert.ok(found.some((e) => e.type === 'threaten' && e.actor1?.id === 'SYR.OPP'), found.map((e) => `${e.type} ${e.actor1?.id}`).join(', '));
});

it('a sentence that opens with a conjunction, a verb and a surname names no new person', () => {
  assert.deepEqual(names('وعندما سئل ناصر: «هل ستحاربون جبهة النصرة؟» أجاب: «لا».'), {});
});
