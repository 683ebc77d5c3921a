import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './published.ts';

const CASES: Array<[unknown, string | null]> = [
  ['2015-11-02', '2015-11-02'],
  ['2015-11-02T23:30:00Z', '2015-11-02'],
  ['2015-11-02T01:30:00+03:00', '2015-11-02'],
  ['2015-11-02 10:00', '2015-11-02'],
  ['Mon, 02 Nov 2015 23:30:00 +0300', '2015-11-02'],
  ['2 Nov 2015 10:00:00 GMT', '2015-11-02'],
  ['Tue, 7 Jun 16 08:00:00 +0000', '2016-06-07'],
  ['Wed, 17 August 2016 12:00:00 GMT', '2016-08-17'],
  // not dates, or not real ones
  ['2015-02-30', null],
  ['Mon, 02 Foo 2015', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  [20151102, null],
];

test('toIsoDate reads ISO 8601 and RFC 822 dates as written', () => {
  for (const [input, expected] of CASES) assert.equal(toIsoDate(input), expected, String(input));
});
