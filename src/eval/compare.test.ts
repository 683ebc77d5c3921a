import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datesOverlap, firstPlaceFound, nameKeyAr, nameKeyEn, placesShare, sameDate, setCounts } from './compare.ts';
import type { EventDate } from '../contract/index.ts';
import type { PlaceLike } from './compare.ts';

const place = (name_en: string, precision: 1 | 2 | 3, admin1_en: string | null = null, name_ar: string | null = null): PlaceLike => ({
  name_en,
  name_ar,
  admin1_en,
  precision,
});
const date = (start: string | null, end: string | null = start): EventDate => ({
  start,
  end,
  precision: start === null && end === null ? 'unknown' : 'day',
  text: null,
});

describe('place name keys', () => {
  const same: Array<[string, string]> = [
    ['Deir ez-Zor', 'Deir al-Zor'],
    ['al-Latamneh', 'Latamneh'],
    ['Ḥamāh', 'hamah'],
    ['Kafr Nabuda', 'Kafr-Nabuda'],
  ];
  for (const [a, b] of same) it(`"${a}" = "${b}"`, () => assert.equal(nameKeyEn(a), nameKeyEn(b)));
  const different: Array<[string, string]> = [
    ['Kafr Nabuda', 'Kafr Nabl'],
    ['Hama', 'Homs'],
    ['Aleppo', 'Alep'],
  ];
  for (const [a, b] of different) it(`"${a}" ≠ "${b}"`, () => assert.notEqual(nameKeyEn(a), nameKeyEn(b)));

  it('Arabic keys fold spelling, the article and spaces', () => {
    assert.equal(nameKeyAr('الرقة'), nameKeyAr('رقه'));
    assert.equal(nameKeyAr('دير الزور'), nameKeyAr('دير  الزّور'));
    assert.equal(nameKeyAr('إدلب'), nameKeyAr('ادلب'));
    assert.notEqual(nameKeyAr('حماة'), nameKeyAr('حمص'));
  });
});

describe('placesShare', () => {
  const cases: Array<[string, PlaceLike, PlaceLike, boolean]> = [
    ['same English name', place('Palmyra', 1), place('palmyra', 2), true],
    ['same Arabic name', place('Tadmur', 1, 'Homs', 'تدمر'), place('Palmyra', 1, 'Homs', 'تدمر'), true],
    ['countryside and governorate of one admin1', place('Hama', 2, 'Hama'), place('Hama Governorate', 3, 'Hama'), true],
    ['two countrysides of one admin1', place('Palmyra', 2, 'Homs'), place('Homs', 2, 'Homs'), true],
    ['a town is not its governorate', place('Salma', 1, 'Latakia'), place('Latakia Governorate', 3, 'Latakia'), false],
    ['different towns of one admin1', place('Harasta', 1, 'Rif Dimashq'), place('Douma', 1, 'Rif Dimashq'), false],
    ['unknown admin1 on both', place('X', 3), place('Y', 3), false],
  ];
  for (const [name, a, b, expected] of cases) it(name, () => assert.equal(placesShare(a, b), expected));
});

describe('firstPlaceFound', () => {
  it('needs the first gold place at the same precision', () => {
    const gold = [place('Palmyra', 2, 'Homs'), place('Homs', 3, 'Homs')];
    assert.equal(firstPlaceFound(gold, [place('Homs', 3, 'Homs'), place('Palmyra', 2, 'Homs')]), true);
    assert.equal(firstPlaceFound(gold, [place('Palmyra', 1, 'Homs')]), false);
    assert.equal(firstPlaceFound(gold, [place('Homs', 3, 'Homs')]), false);
  });
  it('reads a governorate by its admin1', () => {
    assert.equal(firstPlaceFound([place('Idlib', 3, 'Idlib')], [place('Idlib Governorate', 3, 'Idlib')]), true);
    assert.equal(firstPlaceFound([place('Idlib', 2, 'Idlib')], [place('Saraqib', 2, 'Idlib')]), false);
  });
  it('without a gold place, is right only when none is predicted', () => {
    assert.equal(firstPlaceFound([], []), true);
    assert.equal(firstPlaceFound([], [place('Moscow', 1)]), false);
  });
});

describe('dates', () => {
  const overlap: Array<[string, [string | null, string | null], EventDate, boolean]> = [
    ['both unknown', [null, null], date(null), true],
    ['same day', ['2015-11-02', '2015-11-02'], date('2015-11-02'), true],
    ['day inside a range', ['2015-10-31', '2015-11-02'], date('2015-11-01'), true],
    ['touching ranges', ['2015-10-31', '2015-11-02'], date('2015-11-02', '2015-11-05'), true],
    ['open end reads as the start', ['2015-11-02', null], date('2015-11-02'), true],
    ['disjoint days', ['2015-11-02', '2015-11-02'], date('2015-11-01'), false],
    ['known against unknown', ['2015-11-02', '2015-11-02'], date(null), false],
    ['unknown against known', [null, null], date('2015-11-02'), false],
  ];
  for (const [name, [start, end], predicted, expected] of overlap) {
    it(`overlap: ${name}`, () => assert.equal(datesOverlap({ start, end }, predicted), expected));
  }
  it('sameDate asks for equal start and end', () => {
    assert.equal(sameDate({ start: '2015-10-31', end: '2015-11-02' }, date('2015-10-31', '2015-11-02')), true);
    assert.equal(sameDate({ start: '2015-10-31', end: '2015-11-02' }, date('2015-11-02')), false);
    assert.equal(sameDate({ start: null, end: null }, date(null)), true);
  });
});

it('setCounts counts distinct ids', () => {
  assert.deepEqual(setCounts(['su-25', 'zu-23-2'], ['su-25', 'su-25', 'kalibr']), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(setCounts([], []), { tp: 0, fp: 0, fn: 0 });
});
