import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTxt } from './txt.ts';

const CASES: Array<[string, { title: string | null; body: string }]> = [
  ['عنوان\n\nسطر أول\nسطر ثان\n', { title: 'عنوان', body: 'سطر أول\nسطر ثان' }],
  ['عنوان\nنص مباشرة بعد العنوان', { title: 'عنوان', body: 'نص مباشرة بعد العنوان' }],
  ['\n\nنص بلا عنوان', { title: null, body: 'نص بلا عنوان' }],
  ['فقرة واحدة فقط\n', { title: null, body: 'فقرة واحدة فقط' }],
  ['  عنوان  \n\n  نص  \n\n', { title: 'عنوان', body: 'نص' }],
];

test('parseTxt: line 1 is the headline, the rest the body', () => {
  for (const [input, expected] of CASES) assert.deepEqual(parseTxt(input), expected, JSON.stringify(input));
});
