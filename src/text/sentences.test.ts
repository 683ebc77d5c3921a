import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../contract/paths.ts';
import { splitSentences } from './sentences.ts';

function read(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

const CASES: Array<[string, string, string[]]> = [
  ['a full stop before a space', 'قصفت الطائرات مواقع. وقتل مدنيون.', ['قصفت الطائرات مواقع.', 'وقتل مدنيون.']],
  ['question and exclamation marks', 'هل انتهت الحرب؟ لا! ستستمر?', ['هل انتهت الحرب؟', 'لا!', 'ستستمر?']],
  ['the Arabic semicolon', 'انسحب المقاتلون؛ ودخل الجيش', ['انسحب المقاتلون؛', 'ودخل الجيش']],
  ['every line is a sentence', 'عنوان الخبر\nالإثنين 02/نوفمبر/2015 - 11:25 م\nنص الخبر', ['عنوان الخبر', 'الإثنين 02/نوفمبر/2015 - 11:25 م', 'نص الخبر']],
  ['carriage returns and blank lines', 'سطر أول\r\n\r\n  \r\nسطر ثان', ['سطر أول', 'سطر ثان']],
  ['numbers with dots', 'نشر 3.000 جندي على بعد 1.5 كيلومتر. ثم انسحبوا', ['نشر 3.000 جندي على بعد 1.5 كيلومتر.', 'ثم انسحبوا']],
  ['a dot before a comma goes on', 'استهدفت الطائرات مواقع في حلب.، ودمرت مخازن.', ['استهدفت الطائرات مواقع في حلب.، ودمرت مخازن.']],
  ['closing quotes stay with the sentence', 'وقال: "انتهت العملية." ثم غادر', ['وقال: "انتهت العملية."', 'ثم غادر']],
  ['closing guillemets', 'قال «لن ننسحب.» وأضاف', ['قال «لن ننسحب.»', 'وأضاف']],
  ['initials and abbreviations', 'قال د. أحمد إن U.S. forces left. Mr. Kerry agreed.', ['قال د. أحمد إن U.S. forces left.', 'Mr. Kerry agreed.']],
  ['the headline pause ".."', 'قصف جديد على "حمص".. وتحذيرات من التصعيد', ['قصف جديد على "حمص".. وتحذيرات من التصعيد']],
  ['a run of marks ends once', 'ماذا يحدث؟! لا أحد يعرف', ['ماذا يحدث؟!', 'لا أحد يعرف']],
  ['spaces are trimmed', '   قصفت الطائرات.   ', ['قصفت الطائرات.']],
  ['punctuation alone is no sentence', 'نص أول\n - \n...\nنص ثان', ['نص أول', 'نص ثان']],
  ['empty text', '', []],
];

describe('splitSentences', () => {
  for (const [name, input, expected] of CASES) it(name, () => assert.deepEqual(read(input), expected));
});

const SEEDS = join(SHARED_DIR, 'seeds');

describe('sentences of the seed articles', { skip: existsSync(SEEDS) ? false : `seed articles not found in ${SEEDS}` }, () => {
  it('000: the 237 strikes and the 131 sorties are one sentence', () => {
    const text = readFileSync(join(SEEDS, '000_5ab4817fc7c1eeb1.txt'), 'utf8');
    const strikes = text.indexOf('237 غارة');
    const sorties = text.indexOf('131 طلعة');
    assert.ok(strikes >= 0 && sorties > strikes);
    const sentence = splitSentences(text).find((s) => s.start <= strikes && strikes < s.end);
    assert.ok(sentence !== undefined && sorties < sentence.end);
  });
  it('000: the dateline is a sentence of its own', () => {
    const text = readFileSync(join(SEEDS, '000_5ab4817fc7c1eeb1.txt'), 'utf8');
    const line = text.split('\n').find((l) => l.includes('2015 -'))!.trim();
    assert.ok(read(text).includes(line));
  });
});
