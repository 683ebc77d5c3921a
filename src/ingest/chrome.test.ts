import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropChrome, isChromeLine } from './chrome.ts';

const CHROME = ['طباعة', 'شارك', 'اخترنا لك', 'اقرأ أيضاً', 'طباعة | شارك', 'شارك على فيسبوك وتويتر', 'التعليقات (12)', 'Facebook Twitter', 'مواضيع ذات صلة:'];
const TEXT = [
  'شارك مئات المتظاهرين في وقفة أمام مبنى المحافظة',
  'قال المتحدث إن الطائرات شاركت في الغارات',
  'اخترنا لك هذا التقرير عن الأوضاع في ريف حمص الشرقي',
  '12',
  '',
];

test('isChromeLine: lines made only of chrome phrases', () => {
  for (const line of CHROME) assert.equal(isChromeLine(line), true, line);
});

test('isChromeLine: article sentences that contain a chrome word are kept', () => {
  for (const line of TEXT) assert.equal(isChromeLine(line), false, line);
});

test('dropChrome removes chrome lines and a first line repeating the title', () => {
  const lines = ['غارات على ريف إدلب', 'شارك', 'نص الخبر الأول.', 'طباعة', 'نص الخبر الثاني.'];
  assert.deepEqual(dropChrome(lines, 'غارات على ريف ادلب'), ['نص الخبر الأول.', 'نص الخبر الثاني.']);
  assert.deepEqual(dropChrome(lines, null), ['غارات على ريف إدلب', 'نص الخبر الأول.', 'نص الخبر الثاني.']);
});
