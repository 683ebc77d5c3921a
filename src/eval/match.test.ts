import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchEvents, mayPair } from './match.ts';
import { buildTypeFamilies, typeCompatibility } from './families.ts';
import { goldEvent, predictedEvent } from './test-events.ts';
import type { EventSketch } from './test-events.ts';

const PALMYRA = { en: 'Palmyra', ar: 'تدمر', admin1: 'Homs', precision: 1 } as const;
const HARASTA = { en: 'Harasta', ar: 'حرستا', admin1: 'Rif Dimashq', precision: 1 } as const;
const DAY: [string, string] = ['2015-11-02', '2015-11-02'];

describe('typeCompatibility', () => {
  it('reads the families file', () => {
    assert.equal(typeCompatibility('air_strike', 'air_strike'), 'same');
    assert.equal(typeCompatibility('air_strike', 'shelling'), 'family');
    assert.equal(typeCompatibility('accuse', 'statement'), 'family');
    assert.equal(typeCompatibility('air_strike', 'armed_clash'), null);
    assert.equal(typeCompatibility('protest', 'statement'), null);
  });
  it('rejects a type in two families', () => {
    assert.throws(() => buildTypeFamilies({ families: { a: { why: '', types: ['arrest'] }, b: { why: '', types: ['arrest'] } } }), /both/);
    assert.throws(() => buildTypeFamilies({ families: { a: { why: '', types: ['no_such_type'] } } }), /unknown/);
  });
});

describe('mayPair', () => {
  const gold: EventSketch = { type: 'air_strike', actor1: 'RUS.MIL', places: [PALMYRA], date: DAY };
  const must: Array<[string, EventSketch, EventSketch]> = [
    ['same type, place and day', gold, gold],
    ['same place, no actor', { ...gold, actor1: null }, { ...gold, actor1: null }],
    ['same actor1, other place', gold, { ...gold, places: [HARASTA] }],
    ['a type of the same family', gold, { ...gold, type: 'missile_strike' }],
    ['a day inside the gold range', { ...gold, date: ['2015-10-31', '2015-11-02'] }, { ...gold, date: ['2015-11-01', '2015-11-01'] }],
    ['both dates unknown', { ...gold, date: undefined }, { ...gold, date: undefined }],
    [
      'countryside and governorate of one admin1',
      { type: 'shelling', places: [{ en: 'Hama', admin1: 'Hama', precision: 2 }], date: DAY },
      { type: 'shelling', places: [{ en: 'Hama Governorate', admin1: 'Hama', precision: 3 }], date: DAY },
    ],
  ];
  for (const [name, g, p] of must) it(`pairs: ${name}`, () => assert.equal(mayPair(goldEvent(g), predictedEvent(p)), true));

  const mustNot: Array<[string, EventSketch, EventSketch]> = [
    ['types of different families', gold, { ...gold, type: 'armed_clash' }],
    ['a strike and a meeting', gold, { ...gold, type: 'consult' }],
    ['another place and another actor1', gold, { ...gold, actor1: 'SYR.MIL', places: [HARASTA] }],
    ['another place, no actor1 on either side', { ...gold, actor1: null }, { ...gold, actor1: null, places: [HARASTA] }],
    ['no place and no actor1 at all', { type: 'statement', date: DAY }, { type: 'statement', date: DAY }],
    ['disjoint days', gold, { ...gold, date: ['2015-11-01', '2015-11-01'] }],
    ['a known date against an unknown one', gold, { ...gold, date: undefined }],
    ['an unknown date against a known one', { ...gold, date: undefined }, gold],
    [
      'a town against its governorate',
      { type: 'shelling', places: [{ en: 'Salma', admin1: 'Latakia', precision: 1 }], date: DAY },
      { type: 'shelling', places: [{ en: 'Latakia Governorate', admin1: 'Latakia', precision: 3 }], date: DAY },
    ],
  ];
  for (const [name, g, p] of mustNot) it(`does not pair: ${name}`, () => assert.equal(mayPair(goldEvent(g), predictedEvent(p)), false));
});

describe('matchEvents', () => {
  it('pairs one to one', () => {
    const g = goldEvent({ type: 'air_strike', actor1: 'RUS.MIL', places: [PALMYRA], date: DAY });
    const m = matchEvents([g, g], [predictedEvent({ type: 'air_strike', actor1: 'RUS.MIL', places: [PALMYRA], date: DAY })]);
    assert.equal(m.pairs.length, 1);
    assert.equal(m.unmatchedGold.length, 1);
    assert.deepEqual(m.unmatchedPredicted, []);
  });

  it('finds the most pairs even when the best-scoring pair would block another', () => {
    // Gold A agrees fully with P0 and partly with P1; gold B can only pair with P0.
    const a = goldEvent({ type: 'air_strike', actor1: 'RUS.MIL', places: [PALMYRA], date: DAY });
    const b = goldEvent({ type: 'shelling', actor1: 'SYR.MIL', places: [HARASTA], date: DAY });
    const p0 = predictedEvent({ type: 'air_strike', actor1: 'RUS.MIL', places: [PALMYRA, HARASTA], date: DAY });
    const p1 = predictedEvent({ type: 'missile_strike', actor1: 'RUS.MIL', places: [PALMYRA], date: DAY, evidence: [{ start: 50, end: 60 }] });
    const m = matchEvents([a, b], [p0, p1]);
    assert.deepEqual(
      m.pairs.map((p) => [p.gold, p.predicted]),
      [
        [0, 1],
        [1, 0],
      ],
    );
  });

  it('prefers the same type, then the event read from the gold quote', () => {
    const g = goldEvent({ type: 'shelling', actor1: 'SYR.MIL', places: [HARASTA], date: DAY });
    const sameType = predictedEvent({ type: 'shelling', actor1: 'SYR.MIL', places: [HARASTA], date: DAY });
    const otherType = predictedEvent({ type: 'air_strike', actor1: 'SYR.MIL', places: [HARASTA], date: DAY });
    assert.equal(matchEvents([g], [otherType, sameType]).pairs[0]?.predicted, 1);

    const first = predictedEvent({ type: 'shelling', actor1: 'SYR.MIL', places: [HARASTA], date: DAY, evidence: [{ start: 0, end: 40 }] });
    const second = predictedEvent({ type: 'shelling', actor1: 'SYR.MIL', places: [HARASTA], date: DAY, evidence: [{ start: 100, end: 140 }] });
    const quoteSpans = [{ start: 105, end: 130 }];
    assert.equal(matchEvents([g], [first, second], { quoteSpans }).pairs[0]?.predicted, 1);
  });

  it('handles articles with no gold or no predictions', () => {
    const p = predictedEvent({ type: 'consult', actor1: 'USA.GOV' });
    assert.deepEqual(matchEvents([], [p]), { pairs: [], unmatchedGold: [], unmatchedPredicted: [0] });
    assert.deepEqual(matchEvents([goldEvent({ type: 'consult', actor1: 'USA.GOV' })], []), { pairs: [], unmatchedGold: [0], unmatchedPredicted: [] });
  });
});
