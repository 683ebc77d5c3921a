import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArticles } from './score.ts';
import { stanceCorrect } from './fields.ts';
import { goldEvent, predictedEvent } from './test-events.ts';
import type { Stance } from '../contract/index.ts';

const PALMYRA = { en: 'Palmyra', ar: 'تدمر', admin1: 'Homs', precision: 2 } as const;
const SALMA = { en: 'Salma', ar: 'سلمى', admin1: 'Latakia', precision: 1 } as const;
const DAY: [string, string] = ['2015-11-02', '2015-11-02'];
const RANGE: [string, string] = ['2015-10-31', '2015-11-02'];

describe('stanceCorrect', () => {
  const cases: Array<[Stance[], Stance[], boolean]> = [
    [['asserts'], ['asserts'], true],
    [['asserts'], ['asserts', 'reports'], true],
    [['alleges', 'denies'], ['denies', 'alleges'], true],
    [[], [], true],
    [[], ['reports'], true],
    [['alleges', 'denies'], ['alleges'], false],
    [['asserts'], ['asserts', 'denies'], false],
    [['reports'], ['asserts'], false],
    [[], ['asserts', 'denies', 'alleges', 'reports'], false],
  ];
  for (const [gold, predicted, expected] of cases) {
    it(`gold {${gold}} predicted {${predicted}} → ${expected}`, () => assert.equal(stanceCorrect(new Set(gold), new Set(predicted)), expected));
  }
});

describe('scoreArticles', () => {
  // Article a: three gold events; two found (one with wrong fields), one missed, one extra.
  const a = {
    id: 'a',
    text: 'x'.repeat(200),
    gold: [
      goldEvent({ type: 'air_strike', actor1: 'RUS.MIL', actor2: 'ISIS', places: [PALMYRA], date: DAY, weapons: ['su-25', 'zu-23-2'], targets: ['fortification'], stances: ['asserts'] }),
      goldEvent({ type: 'air_strike', actor1: 'RUS.MIL', actor2: 'NUSRA', places: [SALMA], date: RANGE, fatalities: 12, targets: ['command_center'], stances: ['alleges', 'denies'] }),
      goldEvent({ type: 'appeal', actor1: 'AQ', date: RANGE, stances: ['reports'], quote: 'a call to unite' }),
    ],
    predicted: [
      predictedEvent({ type: 'air_strike', actor1: 'RUS.MIL', actor2: 'ISIS', places: [PALMYRA], date: DAY, weapons: ['su-25'], targets: ['fortification'], stances: ['asserts', 'reports'] }),
      predictedEvent({ type: 'shelling', actor1: 'RUS.MIL', actor2: null, places: [{ ...SALMA, precision: 2 }], date: DAY, fatalities: 10, targets: ['command_center', 'vehicles'], stances: ['alleges'] }),
      predictedEvent({ type: 'consult', actor1: 'USA.GOV', places: [], evidence: [{ start: 10, end: 20 }] }),
    ],
  };
  // Article b: nothing to find, nothing found.
  const b = { id: 'b', text: '', gold: [], predicted: [] };
  const report = scoreArticles([a, b]);

  it('counts events micro over articles', () => {
    assert.equal(report.articles, 2);
    assert.deepEqual(
      { gold: report.events.gold, predicted: report.events.predicted, tp: report.events.tp, fp: report.events.fp, fn: report.events.fn },
      { gold: 3, predicted: 3, tp: 2, fp: 1, fn: 1 },
    );
    assert.equal(report.events.precision, 2 / 3);
    assert.equal(report.events.recall, 2 / 3);
    assert.equal(report.events.f1, 2 / 3);
  });

  it('scores each field on the matched pairs', () => {
    const accuracy = Object.fromEntries(Object.entries(report.fields).map(([k, v]) => [k, v.accuracy]));
    assert.deepEqual(accuracy, {
      type: 0.5, // shelling for an air strike
      actor1: 1,
      actor2: 0.5,
      place: 0.5, // Salma at precision 2
      date: 0.5,
      fatalities: 0.5,
      stance: 0.5, // the denial is missing
      stance_exact: 0, // the extra 'reports' on the first pair
    });
    assert.equal(report.fields['type']!.total, 2);
  });

  it('scores weapons and targets as sets over matched pairs', () => {
    assert.deepEqual([report.sets['weapons']!.tp, report.sets['weapons']!.fp, report.sets['weapons']!.fn], [1, 0, 1]);
    assert.deepEqual([report.sets['targets']!.tp, report.sets['targets']!.fp, report.sets['targets']!.fn], [2, 1, 0]);
  });

  it('scores per exact type', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(report.per_type).map(([t, s]) => [t, [s.gold, s.predicted, s.tp]])),
      { air_strike: [2, 1, 1], appeal: [1, 0, 0], consult: [0, 1, 0], shelling: [0, 1, 0] },
    );
  });

  it('lists misses with the quote, extras with the evidence, and mismatches', () => {
    assert.deepEqual(report.misses, [{ article: 'a', type: 'appeal', actor1: 'AQ', places: [], date: '2015-10-31..2015-11-02', quote: 'a call to unite' }]);
    assert.equal(report.extras.length, 1);
    assert.equal(report.extras[0]!.type, 'consult');
    assert.equal(report.extras[0]!.evidence, 'x'.repeat(10));
    assert.deepEqual(
      report.mismatches.filter((m) => m.field === 'fatalities'),
      [{ article: 'a', field: 'fatalities', expected: '12', got: '10', quote: null }],
    );
    assert.deepEqual(
      report.mismatches.filter((m) => m.field === 'place').map((m) => [m.expected, m.got]),
      [['Salma (1)', 'Salma (2)']],
    );
  });

  it('gives 1 for an empty set and null field accuracy when nothing matched', () => {
    const empty = scoreArticles([b]);
    assert.equal(empty.events.f1, 1);
    assert.equal(empty.fields['type']!.accuracy, null);
    const none = scoreArticles([{ ...a, predicted: [] }]);
    assert.equal(none.events.precision, 0);
    assert.equal(none.events.recall, 0);
    assert.equal(none.events.f1, 0);
  });
});
