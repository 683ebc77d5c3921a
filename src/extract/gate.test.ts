import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceArticle } from '../contract/index.ts';
import { readArticle } from './index.ts';
import { assaultGate, gatedSentences, markBackground, type GateModel } from './gate.ts';

const article = (text: string): SourceArticle => ({ id: 't', title: null, text, published: '2026-11-20', url: null, outlet: null, source: 't' });

const REPORT = 'قصفت طائرات حربية امس بلدة سلمى في ريف اللاذقية ما أدى إلى مقتل خمسة مدنيين.';
const RECALL = 'ومنذ ذلك اليوم قصفت طائرات حربية بلدة كفرنبل في ريف إدلب ما أدى إلى مقتل عشرة مدنيين.';
const MEETING = 'والتقى وزير الخارجية الروسي نظيره الأمريكي في جنيف امس.';

/** A model that knows one thing: "منذ" (since) tells of the past. */
const SINCE: GateModel = { plover: 'ASSAULT', threshold: 0.5, bias: 1, weights: { 'w:منذ': -3 } };

it('groups the attacks of an article by the sentence they are told in, leaving other events out', () => {
  const reading = readArticle(article([REPORT, RECALL, MEETING].join(' ')));
  const sentences = gatedSentences(reading, 'ASSAULT');
  assert.deepEqual(sentences.map((s) => s.sentence), [0, 1]);
  for (const s of sentences) assert.ok(s.events.every((e) => e.plover?.[0] === 'ASSAULT' && e.type === 'air_strike'));
  assert.ok(reading.events.some((e) => e.type === 'consult'), 'the meeting is read, and not gated');
});

it('reads the words, the event words and the rules\' findings of a sentence as features', () => {
  const [first] = gatedSentences(readArticle(article(REPORT)), 'ASSAULT');
  for (const f of ['w:قصفت', 'w:ريف', 'open0:قصفت', 'trigger-at:0', 'type:air_strike', 'count:fatalities', 'place:1', 'date:day']) {
    assert.ok(first!.features.has(f), `${f} in ${[...first!.features].join(' ')}`);
  }
});

it('weighs no place name as a word: where an attack was says nothing of whether it was news', () => {
  const [first] = gatedSentences(readArticle(article(REPORT)), 'ASSAULT');
  for (const f of ['w:سلمي', 'w:اللاذقيه']) assert.ok(!first!.features.has(f), `${f} is no feature`);
});

it('marks as background only the attacks of the sentences the model scores below its threshold', () => {
  const events = markBackground(readArticle(article([REPORT, RECALL, MEETING].join(' '))), SINCE);
  assert.deepEqual(events.map((e) => [e.type, e.background]), [['air_strike', false], ['air_strike', true], ['consult', false]]);
});

it('never marks background an attack told with its dead, its place and the day the text gives it', () => {
  const everything: GateModel = { plover: 'ASSAULT', threshold: 0.5, bias: -10, weights: {} };
  const undated = 'قصفت طائرات حربية بلدة سلمى في ريف اللاذقية ما أدى إلى مقتل خمسة مدنيين.';
  assert.deepEqual(markBackground(readArticle(article(REPORT)), everything).map((e) => e.background), [false]);
  assert.deepEqual(markBackground(readArticle(article(undated)), everything).map((e) => e.background), [true]);
});

it('loads the trained attack gate with its threshold and cross-validated figures', () => {
  const model = assaultGate() as GateModel & { cross_validated?: { judged_sentences?: { with_gate?: { f1?: number } } } };
  assert.equal(model.plover, 'ASSAULT');
  assert.ok(model.threshold > 0 && model.threshold < 1);
  assert.ok(Object.keys(model.weights).length > 1000);
  assert.ok((model.cross_validated?.judged_sentences?.with_gate?.f1 ?? 0) > 0.5, 'figures of sentences it was not trained on are recorded');
});
