import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../contract/paths.ts';
import { tokenise } from './tokens.ts';
import { addDays, dateBefore, findDates, findPublicationDate, lastWeekday, type DateMention } from './dates.ts';

/** [text, start, end, precision, kind] */
type Expected = [string, string | null, string | null, string, string];

function read(text: string, published: string | null): Expected[] {
  return findDates(text, tokenise(text), published).map((d: DateMention): Expected => [d.text, d.date.start, d.date.end, d.date.precision, d.kind]);
}

/** 2015-11-02 is a Monday. */
const MONDAY = '2015-11-02';

const CASES: Array<[string, string | null, Expected[]]> = [
  // absolute
  ['الإثنين 02/نوفمبر/2015 - 11:25 م', MONDAY, [['الإثنين 02/نوفمبر/2015', '2015-11-02', '2015-11-02', 'day', 'absolute']]],
  ['نشر البيان بتاريخ 2/11/2015', null, [['2/11/2015', '2015-11-02', '2015-11-02', 'day', 'absolute']]],
  ['نشر البيان بتاريخ 2015-11-02', null, [['2015-11-02', '2015-11-02', '2015-11-02', 'day', 'absolute']]],
  ['وصل الوفد في السابع من تشرين الأول/ أكتوبر 2015', null, [['السابع من تشرين الأول/ أكتوبر 2015', '2015-10-07', '2015-10-07', 'day', 'absolute']]],
  ['في 7 تشرين الأول 2015 أطلقت', null, [['7 تشرين الأول 2015', '2015-10-07', '2015-10-07', 'day', 'absolute']]],
  ['في الحادي عشر من أيلول 2001', null, [['الحادي عشر من أيلول 2001', '2001-09-11', '2001-09-11', 'day', 'absolute']]],
  ['في الخامس والعشرين من أيار 2016', null, [['الخامس والعشرين من أيار 2016', '2016-05-25', '2016-05-25', 'day', 'absolute']]],
  ['أعلن الاتفاق في 31 ديسمبر/كانون الأول 2017', MONDAY, [['31 ديسمبر/كانون الأول 2017', '2017-12-31', '2017-12-31', 'day', 'absolute']]],
  ['بدأ الحصار في أكتوبر عام 2012', MONDAY, [['أكتوبر عام 2012', '2012-10-01', '2012-10-31', 'month', 'absolute']]],
  ['في الأول من أكتوبر وصل الوفد', MONDAY, [['الأول من أكتوبر', '2015-10-01', '2015-10-01', 'day', 'relative']]],
  ['بدأت في آذار 2011', MONDAY, [['آذار 2011', '2011-03-01', '2011-03-31', 'month', 'absolute']]],
  ['انسحبت القوات في العام 2017', MONDAY, [['العام 2017', '2017-01-01', '2017-12-31', 'year', 'absolute']]],
  ['وأواخر 2017 انتهت المعارك', MONDAY, [['وأواخر 2017', '2017-10-01', '2017-12-31', 'range', 'absolute']]],
  ['وعاد التوتر بداية 2018', MONDAY, [['بداية 2018', '2018-01-01', '2018-12-31', 'year', 'absolute']]],
  // day and month, the year from the publication date
  ['وصلت القافلة في 31 أكتوبر الماضي', MONDAY, [['31 أكتوبر الماضي', '2015-10-31', '2015-10-31', 'day', 'relative']]],
  ['انطلقت الحملة في 30 سبتمبر', MONDAY, [['30 سبتمبر', '2015-09-30', '2015-09-30', 'day', 'relative']]],
  ['أعلن في 5 يناير الماضي', MONDAY, [['5 يناير الماضي', '2015-01-05', '2015-01-05', 'day', 'relative']]],
  ['يعقد المؤتمر في 20 نوفمبر', MONDAY, [['20 نوفمبر', '2015-11-20', '2015-11-20', 'day', 'relative']]],
  ['الذي جرى في 20 ديسمبر', '2015-12-25', [['20 ديسمبر', '2015-12-20', '2015-12-20', 'day', 'relative']]],
  ['الذي جرى في 20 ديسمبر', '2015-10-02', [['20 ديسمبر', '2014-12-20', '2014-12-20', 'day', 'relative']]],
  ['تنتهي المهلة يوم 12 تموز (يوليو) الجاري', '2015-07-29', [['يوم 12 تموز (يوليو) الجاري', '2015-07-12', '2015-07-12', 'day', 'relative']]],
  ['وقع الانفجار في9 حزيران/يونيو الحالي', '2018-06-26', [['9 حزيران/يونيو الحالي', '2018-06-09', '2018-06-09', 'day', 'relative']]],
  ['يبدأ الموسم في الثاني من أغسطس', '2015-07-24', [['الثاني من أغسطس', '2015-08-02', '2015-08-02', 'day', 'relative']]],
  ['تتواصل العملية منذ 14 كانون الثاني/يناير، بحسب المصادر', '2018-03-17', [['منذ 14 كانون الثاني/يناير', '2018-01-14', '2018-03-17', 'range', 'relative']]],
  // months
  ['عقد الاجتماع في سبتمبر الماضي', MONDAY, [['سبتمبر الماضي', '2015-09-01', '2015-09-30', 'month', 'relative']]],
  ['افتتح المعبر في مايو (أيار) الماضي.', '2015-08-08', [['مايو (أيار) الماضي', '2015-05-01', '2015-05-31', 'month', 'relative']]],
  ['تراجعت الهجمات خلال شهر يوليو الماضي', '2015-08-09', [['خلال شهر يوليو الماضي', '2015-07-01', '2015-07-31', 'month', 'relative']]],
  ['جرت الانتخابات في كانون الثاني/يناير الذي', '2015-07-24', [['كانون الثاني/يناير', '2015-01-01', '2015-01-31', 'month', 'relative']]],
  ['وفي أيار/مايو وقعت الحكومة', '2018-06-26', [['أيار/مايو', '2018-05-01', '2018-05-31', 'month', 'relative']]],
  ['وفي ديسمبر وقعت الحكومة', '2018-06-26', [['ديسمبر', '2017-12-01', '2017-12-31', 'month', 'relative']]],
  ['بدأ الحصار منتصف نوفمبر الماضي', '2016-12-08', [['منتصف نوفمبر الماضي', '2016-11-11', '2016-11-20', 'range', 'relative']]],
  // relative days and periods
  ['قصفت الطائرات اليوم مواقع', MONDAY, [['اليوم', '2015-11-02', '2015-11-02', 'day', 'relative']]],
  ['عادت امس إلى مواقعها', MONDAY, [['امس', '2015-11-01', '2015-11-01', 'day', 'relative']]],
  ['وأمس الأول قصفت', MONDAY, [['وأمس الأول', '2015-10-31', '2015-10-31', 'day', 'relative']]],
  ['أول أمس قصفت', MONDAY, [['أول أمس', '2015-10-31', '2015-10-31', 'day', 'relative']]],
  ['قصفت الليلة الماضية', MONDAY, [['الليلة الماضية', '2015-11-01', '2015-11-01', 'day', 'relative']]],
  ['صباح اليوم قصفت', MONDAY, [['صباح اليوم', '2015-11-02', '2015-11-02', 'day', 'relative']]],
  ['مساء أمس قصفت', MONDAY, [['مساء أمس', '2015-11-01', '2015-11-01', 'day', 'relative']]],
  ['فجر اليوم قصفت', MONDAY, [['فجر اليوم', '2015-11-02', '2015-11-02', 'day', 'relative']]],
  ['قال اليوم الإثنين', MONDAY, [['اليوم الإثنين', '2015-11-02', '2015-11-02', 'day', 'relative']]],
  ['تقدمت القوات خلال اليومين الماضيين', MONDAY, [['خلال اليومين الماضيين', '2015-10-31', '2015-11-02', 'range', 'relative']]],
  ['قتل خلال الأيام الثلاثة الماضية', MONDAY, [['خلال الأيام الثلاثة الماضية', '2015-10-30', '2015-11-02', 'range', 'relative']]],
  ['سجلت خلال الـ24 ساعة الماضية', MONDAY, [['خلال الـ24 ساعة الماضية', '2015-11-01', '2015-11-02', 'range', 'relative']]],
  ['جرت الأسبوع الماضي', MONDAY, [['الأسبوع الماضي', '2015-10-26', '2015-11-02', 'range', 'relative']]],
  ['قصفت قبل يومين', MONDAY, [['قبل يومين', '2015-10-31', '2015-10-31', 'day', 'relative']]],
  ['قصفت قبل ثلاثة أيام', MONDAY, [['قبل ثلاثة أيام', '2015-10-30', '2015-10-30', 'day', 'relative']]],
  ['زار الشهر الماضي', MONDAY, [['الشهر الماضي', '2015-10-01', '2015-10-31', 'month', 'relative']]],
  ['زار الشهر الماضي', '2016-01-15', [['الشهر الماضي', '2015-12-01', '2015-12-31', 'month', 'relative']]],
  ['قتل العام الماضي', MONDAY, [['العام الماضي', '2014-01-01', '2014-12-31', 'year', 'relative']]],
  ['قتل السنة الماضية', MONDAY, [['السنة الماضية', '2014-01-01', '2014-12-31', 'year', 'relative']]],
  ['وقال في وقت سابق إن', MONDAY, [['في وقت سابق', null, null, 'unknown', 'background']]],
  ['تقدمت خلال الأسابيع الماضية في', MONDAY, [['خلال الأسابيع الماضية', null, null, 'unknown', 'background']]],
  // weekdays
  ['وصل يوم الأحد', MONDAY, [['يوم الأحد', '2015-11-01', '2015-11-01', 'day', 'weekday']]],
  ['وصل الإثنين', MONDAY, [['الإثنين', '2015-11-02', '2015-11-02', 'day', 'weekday']]],
  ['وصل الاثنين الماضي', MONDAY, [['الاثنين الماضي', '2015-10-26', '2015-10-26', 'day', 'weekday']]],
  ['قصفت مساء الجمعة', MONDAY, [['مساء الجمعة', '2015-10-30', '2015-10-30', 'day', 'weekday']]],
  ['وقع فجر الثلاثاء', MONDAY, [['فجر الثلاثاء', '2015-10-27', '2015-10-27', 'day', 'weekday']]],
  ['والأربعاء الماضي', MONDAY, [['والأربعاء الماضي', '2015-10-28', '2015-10-28', 'day', 'weekday']]],
  ['يصل الخميس المقبل', MONDAY, [['الخميس المقبل', '2015-11-05', '2015-11-05', 'day', 'weekday']]],
  ['وقع السبت', MONDAY, [['السبت', '2015-10-31', '2015-10-31', 'day', 'weekday']]],
  // several in one sentence
  ['قصفت أمس وتواصل اليوم', MONDAY, [['أمس', '2015-11-01', '2015-11-01', 'day', 'relative'], ['اليوم', '2015-11-02', '2015-11-02', 'day', 'relative']]],
  // no publication date: relative dates stay unknown, absolute ones resolve
  ['قصفت اليوم', null, [['اليوم', null, null, 'unknown', 'relative']]],
  ['وصل الجمعة', null, [['الجمعة', null, null, 'unknown', 'weekday']]],
  ['في 31 أكتوبر', null, [['31 أكتوبر', null, null, 'unknown', 'relative']]],
  ['في 29 فبراير', null, [['29 فبراير', null, null, 'unknown', 'relative']]],
  ['في 7 تشرين الأول 2015', null, [['7 تشرين الأول 2015', '2015-10-07', '2015-10-07', 'day', 'absolute']]],
];

/** Date words that are no date here. */
const NOT_DATES: Array<[string, string | null]> = [
  ['نقلت قناة روسيا اليوم', MONDAY],
  ['نشر موقع عين اليوم الإخباري', MONDAY],
  ['قال أحد المسؤولين', MONDAY],
  ['عقد المؤتمر الأول للمانحين', MONDAY],
  ['في اليوم الأول من الهدنة', MONDAY],
  ['وفي اليوم التالي وصل', MONDAY],
  ['الأحد عشر كوكبا', MONDAY],
  ['مارس النظام ضغوطا كبيرة', MONDAY],
  ['قال الأب يوحنا', MONDAY],
  ['قتل 31 شخصا', MONDAY],
  ['قتل 2015 شخصا', MONDAY],
  ['في عام 1437 هجري', MONDAY],
  ['وقع في 31 فبراير 2015', MONDAY],
  ['وقع في 30 فبراير', MONDAY],
  ['وقع في 29 فبراير', MONDAY],
  ['في الساعة 11:25', MONDAY],
  ['للمرة الحادية عشرة', MONDAY],
  ['خلال ثلاثة أيام', MONDAY],
  ['سيارة نيسان بيضاء', MONDAY],
];

describe('findDates', () => {
  for (const [input, published, expected] of CASES) {
    it(`${input} (${published ?? 'no date'})`, () => assert.deepEqual(read(input, published), expected));
  }
  for (const [input, published] of NOT_DATES) {
    it(`no date in: ${input}`, () => assert.deepEqual(read(input, published), []));
  }

  it('spans point into the original text', () => {
    const text = 'قصفت الطائرات، مساء أمس، مواقع في ريف حماة.';
    const [found] = findDates(text, tokenise(text), MONDAY);
    assert.ok(found !== undefined);
    assert.equal(text.slice(found.start, found.end), 'مساء أمس');
    assert.equal(found.rule, 'relative');
  });
});

describe('date helpers', () => {
  const cases: Array<[string, string, string]> = [
    ['addDays back', addDays('2015-11-02', -2), '2015-10-31'],
    ['addDays across a leap day', addDays('2016-03-01', -1), '2016-02-29'],
    ['addDays forward over a year', addDays('2015-12-31', 1), '2016-01-01'],
    ['lastWeekday on the day', lastWeekday('2015-11-02', 1), '2015-11-02'],
    ['lastWeekday Sunday', lastWeekday('2015-11-02', 0), '2015-11-01'],
    ['lastWeekday Friday', lastWeekday('2015-11-02', 5), '2015-10-30'],
    ['lastWeekday Tuesday', lastWeekday('2015-11-02', 2), '2015-10-27'],
  ];
  for (const [name, actual, expected] of cases) it(name, () => assert.equal(actual, expected));
  it('rejects what is no ISO date', () => assert.throws(() => addDays('2015-02-30', 1)));
});

describe('dateBefore', () => {
  const friday = { start: '2015-07-24', end: '2015-07-24', precision: 'day' as const };
  const cases: Array<[string, ReturnType<typeof dateBefore>, ReturnType<typeof dateBefore>]> = [
    ['four days before a day is a day', dateBefore(friday, { amount: 4, unit: 'day' }), { start: '2015-07-20', end: '2015-07-20', precision: 'day' }],
    ['hours before a day are the same day', dateBefore(friday, { amount: 0, unit: 'hour' }), friday],
    ['two weeks before a day', dateBefore(friday, { amount: 2, unit: 'week' }), { start: '2015-07-10', end: '2015-07-10', precision: 'day' }],
    ['three months before a day is that month, across a year', dateBefore({ start: '2016-02-10', end: '2016-02-10', precision: 'day' }, { amount: 3, unit: 'month' }), { start: '2015-11-01', end: '2015-11-30', precision: 'month' }],
    ['five years before a day is that year', dateBefore({ start: '2018-09-12', end: '2018-09-12', precision: 'day' }, { amount: 5, unit: 'year' }), { start: '2013-01-01', end: '2013-12-31', precision: 'year' }],
    ['days before a month are a range', dateBefore({ start: '2015-07-01', end: '2015-07-31', precision: 'month' }, { amount: 1, unit: 'day' }), { start: '2015-06-30', end: '2015-07-30', precision: 'range' }],
    ['an unknown date stays unknown', dateBefore({ start: null, end: null, precision: 'unknown' }, { amount: 1, unit: 'day' }), { start: null, end: null, precision: 'unknown' }],
  ];
  for (const [name, actual, expected] of cases) it(name, () => assert.deepEqual(actual, expected));
});

describe('findPublicationDate', () => {
  const cases: Array<[string, string | null]> = [
    ['قصف جديد على ريف المدينة\n\nالأحد 07/أكتوبر/2018 - 09:10 ص\nقصفت الطائرات مواقع.', '2018-10-07'],
    ['عنوان الخبر\nالثلاثاء، 5 يونيو 2018\nنص الخبر', '2018-06-05'],
    ['عنوان\n12/3/2017\nنص', '2017-03-12'],
    ['أعلن الجيش في 7 أكتوبر 2015 أنه شن غارات كثيرة على مواقع في ريف حماة الشمالي والجنوبي وفي ريف إدلب', null],
    ['قصفت الطائرات اليوم مواقع في ريف حماة', null],
    ['', null],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input.slice(0, 30)), () => assert.equal(findPublicationDate(input), expected));
});

const SEEDS = join(SHARED_DIR, 'seeds');

describe('dates in the seed articles', { skip: existsSync(SEEDS) ? false : `seed articles not found in ${SEEDS}` }, () => {
  const seed = (prefix: string): string => {
    const file = ['000_5ab4817fc7c1eeb1.txt', '003_9ed919f208d4bf89.txt'].find((f) => f.startsWith(prefix))!;
    return readFileSync(join(SEEDS, file), 'utf8');
  };
  const dateAt = (text: string, words: string, published: string | null): DateMention | undefined => {
    const offset = text.indexOf(words);
    assert.ok(offset >= 0, `"${words}" not in the seed`);
    return findDates(text, tokenise(text), published).find((d) => d.start <= offset && offset < d.end);
  };

  it('000: the dateline gives the publication date', () => assert.equal(findPublicationDate(seed('000')), '2015-11-02'));
  it('003: no dateline, no publication date', () => assert.equal(findPublicationDate(seed('003')), null));

  const cases: Array<[string, string, string | null, string | null, string | null, string]> = [
    ['000', 'اليومين الماضيين', '2015-11-02', '2015-10-31', '2015-11-02', 'range'],
    ['000', '31 أكتوبر', '2015-11-02', '2015-10-31', '2015-10-31', 'day'],
    ['000', '30 سبتمبر', '2015-11-02', '2015-09-30', '2015-09-30', 'day'],
    ['003', 'السابع من تشرين', null, '2015-10-07', '2015-10-07', 'day'],
    ['003', 'امس', '2016-08-17', '2016-08-16', '2016-08-16', 'day'],
    ['003', 'امس', null, null, null, 'unknown'],
  ];
  for (const [file, words, published, start, end, precision] of cases) {
    it(`${file}: ${words} (${published ?? 'no date'})`, () => {
      const found = dateAt(seed(file), words, published);
      assert.ok(found !== undefined, `no date at "${words}"`);
      assert.deepEqual(found.date, { start, end, precision });
    });
  }
});
