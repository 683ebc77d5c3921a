import { it } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from './index.ts';
import { tokenise } from '../text/tokens.ts';

const actorIds = (text: string): string[] =>
  findMentions(tokenise(text)).actor.flatMap((m) => m.entries.flatMap((e) => ('actor' in e ? [e.actor.id] : [])));

it('an outlet named by an everyday word is read only by its full name ("قناة الجزيرة", not "الجزيرة العربية")', () => {
  assert.deepEqual(actorIds('ودعمت الدول العربية سكان شبه الجزيرة'), []);
  assert.deepEqual([...new Set(actorIds('ونقلت قناة الجزيرة وقناة العربية الخبر'))], ['ALJAZEERA', 'ALARABIYA']);
});

it('"فتح" alone opens ("فتح مسلحون النار"); the movement is named as such ("حركة فتح", "حركتي فتح وحماس")', () => {
  assert.deepEqual([...new Set(actorIds('وفتح مسلحون النار على دورية'))], ['MILITANTS']);
  assert.deepEqual([...new Set(actorIds('اشتباكات بين حركتي فتح وحماس'))], ['FATAH', 'HAMAS']);
});
