import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../contract/paths.ts';
import { tokenise } from './tokens.ts';
import { findNumbers, ordinalAt, parseNumberWords, type NumberMention } from './numbers.ts';

/** [value, text, ...flags] with flags 'approx', 'vague', '%'. */
type Expected = [number, string, ...string[]];

function read(text: string): Expected[] {
  return findNumbers(text, tokenise(text)).map((n: NumberMention): Expected => {
    const flags: string[] = [];
    if (n.approximate) flags.push('approx');
    if (n.vague) flags.push('vague');
    if (n.percent) flags.push('%');
    return [n.value, n.text, ...flags];
  });
}

const CASES: Array<[string, Expected[]]> = [
  // digits
  ['قتل 237 مسلحا', [[237, '237']]],
  ['دمرت ٢٣٧ آلية', [[237, '٢٣٧']]],
  ['نشر 3,000 جندي', [[3000, '3,000']]],
  ['نشر 3.000 جندي', [[3000, '3.000']]],
  ['وصل 1,250,000 لاجئ', [[1250000, '1,250,000']]],
  ['تبعد 1.5 كيلومتر', [[1.5, '1.5']]],
  ['يقيم 2,5 مليون نازح', [[2500000, '2,5 مليون']]],
  ['نفذ الطيران 412 ضربة عبر 96 طلعة', [[412, '412'], [96, '96']]],
  // units, teens, tens
  ['أطلقت ستة وعشرين صاروخا', [[26, 'ستة وعشرين']]],
  ['قتل خمسة وعشرون عنصرا', [[25, 'خمسة وعشرون']]],
  ['أسر اثنان وعشرون جنديا', [[22, 'اثنان وعشرون']]],
  ['قتل ثلاثة وأربعين مدنيا', [[43, 'ثلاثة وأربعين']]],
  ['دمرت أحد عشر موقعا', [[11, 'أحد عشر']]],
  ['أسقطت إحدى عشرة طائرة', [[11, 'إحدى عشرة']]],
  ['اعتقل اثني عشر شخصا', [[12, 'اثني عشر']]],
  ['قتل ثلاثة عشر مدنيا', [[13, 'ثلاثة عشر']]],
  ['قتل عشرة مسلحين', [[10, 'عشرة']]],
  ['قتل أحد المسلحين', [[1, 'أحد']]],
  ['مقتل أحد جنودها', [[1, 'أحد']]],
  ['قتل أحد عناصر الشرطة', [[1, 'أحد']]],
  // hundreds, thousands, millions
  ['أطلقت مئة صاروخ', [[100, 'مئة']]],
  ['أرسلت مائتي جندي', [[200, 'مائتي']]],
  ['ثلاثمئة عنصر وثلاثمائة آخرون', [[300, 'ثلاثمئة'], [300, 'وثلاثمائة']]],
  ['ثلاث مئة مقاتل', [[300, 'ثلاث مئة']]],
  ['مئة وخمسون ألف نازح', [[150000, 'مئة وخمسون ألف']]],
  ['ألف جندي', [[1000, 'ألف']]],
  ['نحو ألفي مقاتل', [[2000, 'ألفي', 'approx']]],
  ['ثلاثة آلاف مقاتل', [[3000, 'ثلاثة آلاف']]],
  ['عشرة آلاف لاجئ', [[10000, 'عشرة آلاف']]],
  ['قطع الرتل ألف وخمسمئة كيلومتر', [[1500, 'ألف وخمسمئة']]],
  ['جمع خمسة عشر ألفا من المقاتلين', [[15000, 'خمسة عشر ألفا']]],
  ['ثلاثة آلاف وخمسمئة وستة وعشرون', [[3526, 'ثلاثة آلاف وخمسمئة وستة وعشرون']]],
  ['فر 3 آلاف مدني', [[3000, '3 آلاف']]],
  ['نزح 2 مليون شخص', [[2000000, '2 مليون']]],
  ['نزح ١٥٠ ألف شخص', [[150000, '١٥٠ ألف']]],
  ['بلغ العدد مليون و200 ألف', [[1200000, 'مليون و200 ألف']]],
  ['نزح مليونين', [[2000000, 'مليونين']]],
  // clitics
  ['أصيب بخمسة صواريخ', [[5, 'بخمسة']]],
  ['استمرت لثلاثة أيام', [[3, 'لثلاثة']]],
  ['وزراء الدول الخمس', [[5, 'الخمس']]],
  // two numbers side by side are not added up
  ['بين ثلاثة وخمسة قتلى', [[3, 'ثلاثة'], [5, 'وخمسة']]],
  ['قتل خمسة وجرح عشرة', [[5, 'خمسة'], [10, 'عشرة']]],
  ['قتل 5، 3 منهم أطفال', [[5, '5'], [3, '3']]],
  // vague magnitudes
  ['سقط عشرات القتلى', [[10, 'عشرات', 'approx', 'vague']]],
  ['وصل مئات النازحين', [[100, 'مئات', 'approx', 'vague']]],
  ['نزح آلاف السكان', [[1000, 'آلاف', 'approx', 'vague']]],
  ['وأصيب العشرات', [[10, 'العشرات', 'approx', 'vague']]],
  ['فر عشرات الآلاف', [[10000, 'عشرات الآلاف', 'approx', 'vague']]],
  ['نزح مئات الآلاف', [[100000, 'مئات الآلاف', 'approx', 'vague']]],
  ['قتل بضعة جنود', [[3, 'بضعة', 'approx', 'vague']]],
  // approximation words
  ['أسر نحو 150 عنصرا', [[150, '150', 'approx']]],
  ['قتل قرابة 40 شخصا', [[40, '40', 'approx']]],
  ['أصيب حوالي 20 مدنيا', [[20, '20', 'approx']]],
  ['أصيب حوالى 20 مدنيا', [[20, '20', 'approx']]],
  ['دمر ما يقارب 300 منزل', [[300, '300', 'approx']]],
  ['قتل ما يزيد عن 50 عنصرا', [[50, '50', 'approx']]],
  ['قتل ما يزيد على 50 عنصرا', [[50, '50', 'approx']]],
  ['اعتقل أكثر من 75 شخصا', [[75, '75', 'approx']]],
  ['توقف القصف لأكثر من 10 أيام', [[10, '10', 'approx']]],
  ['شارك أزيد من 10 آلاف', [[10000, '10 آلاف', 'approx']]],
  ['شارك زهاء ألف مقاتل', [[1000, 'ألف', 'approx']]],
  ['قتل ما لا يقل عن 7 أشخاص', [[7, '7', 'approx']]],
  ['فر عدة آلاف', [[1000, 'آلاف', 'approx', 'vague']]],
  ['قدرت المسافة بنحو ألف وخمسمئة كيلومتر', [[1500, 'ألف وخمسمئة', 'approx']]],
  ['قتل 17 مدنيا على الأقل', [[17, '17', 'approx']]],
  ['قتل 30 تقريبا', [[30, '30', 'approx']]],
  ['قتل نحو 5 وجرح 10', [[5, '5', 'approx'], [10, '10']]],
  // percentages
  ['دمر 60 بالمائة من الحي', [[60, '60', '%']]],
  ['دمر 60 في المئة من الحي', [[60, '60', '%']]],
  ['ارتفع بنسبة 25%', [[25, '25', '%']]],
];

/** Words that look like numbers and are none: ordinals, weekdays, "anyone", times, slash dates. */
const NOT_NUMBERS: string[] = [
  'لم يصب أحد بأذى',
  'لم يصب أحد من المدنيين',
  'لا أحد يعرف',
  'وصل الوفد يوم الاثنين',
  'وقع الانفجار الأحد',
  'لست متفائلا',
  'ذكرى الحادي عشر من سبتمبر',
  'الفرقة الثالثة عشرة',
  'تقدمت الفرقة الخامسة',
  'وهي المرة الأولى التي',
  'الثلاثاء والأربعاء والخميس',
  'في الساعة 11:25 مساء',
  'بدأ القصف الساعة 03,00 فجرا',
  'قرابة (01.30 بتوقيت غرينتش)',
  'عند الساعة الواحدة صباحا',
  'بتاريخ 2/11/2015',
  'في المئة من السكان',
  'وحدة ألفا الخاصة',
];

describe('findNumbers', () => {
  for (const [input, expected] of CASES) {
    it(input, () => assert.deepEqual(read(input), expected));
  }
  for (const input of NOT_NUMBERS) {
    it(`no number in: ${input}`, () => assert.deepEqual(read(input), []));
  }

  it('keeps to the token range it is given and reports token indexes', () => {
    const text = 'قتل 5 مدنيين. وجرح 12 آخرون.';
    const tokens = tokenise(text);
    const second = tokens.findIndex((t) => t.norm === 'وجرح');
    const found = findNumbers(text, tokens, second);
    assert.deepEqual(found.map((n) => [n.value, n.firstToken, n.lastToken]), [[12, second + 1, second + 1]]);
    assert.equal(found[0]!.cue, null);
  });

  it('records the approximation words it applied', () => {
    const text = 'قتل ما يزيد على 50 عنصرا';
    assert.deepEqual(findNumbers(text, tokenise(text)).map((n) => n.cue), ['ما يزيد علي']);
  });

  it('counts the approximation words that stand before the number, not those after it', () => {
    const text = 'قتل فيها أكثر من خمسة عشر مقاتلا وجرح نحو 150 وأسر 30 على الأقل';
    assert.deepEqual(findNumbers(text, tokenise(text)).map((n) => [n.value, n.cueBefore]), [[15, 2], [150, 1], [30, 0]]);
  });
});

describe('parseNumberWords', () => {
  const cases: Array<[string[], number | null]> = [
    [['ألف', 'وخمسمئة'], 1500],
    [['ستة', 'وعشرين'], 26],
    [['أحد', 'عشر'], 11],
    [['مئتين'], 200],
    [['ثلاثة', 'قتلى'], null],
    [['الحادي', 'عشر'], null],
    [['ثلاثة', 'وخمسة'], null],
  ];
  for (const [words, expected] of cases) {
    it(words.join(' '), () => assert.equal(parseNumberWords(words), expected));
  }
});

describe('ordinalAt', () => {
  const cases: Array<[string, number | null]> = [
    ['السابع', 7],
    ['الأول', 1],
    ['أول', 1],
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['الثاني عشر', 12],
    ['الخامس والعشرين', 25],
    ['الحادي والثلاثين', 31],
    ['العشرين', 20],
    ['الحادي', null],
    ['سبعة', null],
    ['عشرين', null],
  ];
  for (const [input, expected] of cases) {
    it(input, () => assert.equal(ordinalAt(tokenise(input), 0)?.value ?? null, expected));
  }
});

const SEEDS = join(SHARED_DIR, 'seeds');

describe('numbers in the seed articles', { skip: existsSync(SEEDS) ? false : `seed articles not found in ${SEEDS}` }, () => {
  const seed = (prefix: string): string => {
    const file = ['000_5ab4817fc7c1eeb1.txt', '003_9ed919f208d4bf89.txt'].find((f) => f.startsWith(prefix))!;
    return readFileSync(join(SEEDS, file), 'utf8');
  };
  /** The number found where `words` occur in the seed. */
  const at = (text: string, words: string): NumberMention | undefined => {
    const offset = text.indexOf(words);
    assert.ok(offset >= 0, `"${words}" not in the seed`);
    return findNumbers(text, tokenise(text)).find((n) => n.start >= offset && n.start < offset + words.length);
  };
  const cases: Array<[string, string, number, boolean]> = [
    ['000', '237 غارة', 237, false],
    ['000', '131 طلعة', 131, false],
    ['003', 'نحو 150', 150, true],
    ['003', 'ستة وعشرين', 26, false],
    ['003', 'أحد عشر', 11, false],
    ['003', 'نحو ألف وخمسمئة', 1500, true],
  ];
  for (const [file, words, value, approximate] of cases) {
    it(`${file}: ${words}`, () => {
      const found = at(seed(file), words);
      assert.ok(found !== undefined, `no number at "${words}"`);
      assert.equal(found.value, value);
      assert.equal(found.approximate, approximate);
    });
  }
});
