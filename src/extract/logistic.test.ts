import { it } from 'node:test';
import assert from 'node:assert/strict';
import { crossValidate, probability, trainLogistic, type Example, type LogisticOptions } from './logistic.ts';

const OPTIONS: LogisticOptions = { epochs: 30, rate: 0.1, l2: 0.1, minCount: 1, seed: 7 };

/** Reports say "امس" and name a place; commentary says "منذ". Both share words that decide nothing. */
const EXAMPLES: Example[] = Array.from({ length: 40 }, (_, i) => ({
  features: i % 2 === 0 ? ['امس', 'بلده', 'قصف'] : ['منذ', 'قصف'],
  positive: i % 2 === 0,
}));

it('learns which words tell a report from commentary', () => {
  const model = trainLogistic(EXAMPLES, OPTIONS);
  assert.ok(probability(model, ['امس', 'بلده', 'قصف']) > 0.9);
  assert.ok(probability(model, ['منذ', 'قصف']) < 0.1);
  assert.ok(Math.abs(model.weights['قصف'] ?? 0) < Math.abs(model.weights['امس']!), 'a word of both kinds weighs less');
});

it('trains the same model from the same examples and seed', () => {
  assert.deepEqual(trainLogistic(EXAMPLES, OPTIONS), trainLogistic(EXAMPLES, OPTIONS));
});

it('leaves out a word seen in fewer examples than minCount', () => {
  const rare = [...EXAMPLES, { features: ['نادر', 'امس'], positive: true }];
  assert.equal(trainLogistic(rare, { ...OPTIONS, minCount: 2 }).weights['نادر'], undefined);
  assert.notEqual(trainLogistic(rare, OPTIONS).weights['نادر'], undefined);
});

it('cross-validates holding out a whole group: a word only one article uses cannot vouch for it', () => {
  // The two sentences of article "a" share a word no other example has; were they split across folds, one
  // would teach the model that word and the other be scored with it.
  const grouped: Example[] = [
    ...EXAMPLES.map((x, i) => ({ ...x, group: `g${i}` })),
    { features: ['كلمه-المقال'], positive: true, group: 'a' },
    { features: ['كلمه-المقال'], positive: true, group: 'a' },
  ];
  const p = crossValidate(grouped, 5, OPTIONS);
  assert.equal(p.length, grouped.length);
  assert.ok(p.at(-1)! < 0.6 && p.at(-2)! < 0.6, `held-out article scored ${p.at(-2)}, ${p.at(-1)}`);
});
