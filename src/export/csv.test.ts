import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleResult, SENTENCES } from '../../test/fixtures/article-events.ts';
import { splitFatalities, timePrecision } from './acled.ts';
import { CSV_COLUMNS, csvHeader, csvLines } from './csv.ts';
import { csvField, csvRecord, textCell } from './csv-record.ts';
import { createWriter } from './index.ts';

// ACLED's export columns, in ACLED's order (ACLED API / data export, 2023 onward).
const ACLED_EXPORT = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

/** An RFC 4180 reader, to check what the writer wrote by reading it back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field + record.join(''), '', 'the text ends with a complete record');
  return records;
}

function rowsOf(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => {
    assert.equal(row.length, header!.length, 'every row has every column');
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}

describe('csv', () => {
  test('csvField quotes commas, quotes and line breaks (RFC 4180)', () => {
    const cases: Array<[string, string]> = [
      ['حلب', 'حلب'],
      ['حلب، إدلب', 'حلب، إدلب'],
      ['a,b', '"a,b"'],
      ['قال "نعم"', '"قال ""نعم"""'],
      ['سطر\nسطر', '"سطر\nسطر"'],
      ['x\r', '"x\r"'],
      ['', ''],
    ];
    for (const [input, expected] of cases) assert.equal(csvField(input), expected, input);
    assert.equal(csvRecord(['a', 'b,c']), 'a,"b,c"\r\n');
  });

  test('textCell defuses spreadsheet formulas in article text', () => {
    assert.equal(textCell('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(textCell('+1'), "'+1");
    assert.equal(textCell('- خبر'), "'- خبر");
    assert.equal(textCell('خبر'), 'خبر');
    assert.equal(textCell(null), '');
  });

  test('the header: BOM, ACLED columns in ACLED order, then rasd columns', () => {
    const header = csvHeader();
    assert.ok(header.startsWith('\uFEFF'));
    assert.ok(header.endsWith('\r\n'));
    const names = parseCsv(header.slice(1))[0]!;
    assert.deepEqual(names.slice(0, ACLED_EXPORT.length), ACLED_EXPORT);
    assert.deepEqual(names, CSV_COLUMNS);
    assert.ok(names.slice(ACLED_EXPORT.length).every((n) => !ACLED_EXPORT.includes(n)), 'rasd columns do not repeat ACLED names');
  });

  test('one row per event and location; ACLED fields filled from the event', () => {
    const rows = rowsOf(csvHeader() + csvLines(sampleResult(), { timestamp: 1700000000 }));
    assert.deepEqual(rows.map((r) => r['event_id_cnty']), ['sample-1/e1-1', 'sample-1/e2-1', 'sample-1/e2-2', 'sample-1/e3-1']);
    const [strike, clashAleppo, clashIdlib, consult] = rows;
    assert.deepEqual(
      {
        event_date: strike!['event_date'], year: strike!['year'], time_precision: strike!['time_precision'],
        disorder_type: strike!['disorder_type'], event_type: strike!['event_type'], sub_event_type: strike!['sub_event_type'],
        actor1: strike!['actor1'], civilian_targeting: strike!['civilian_targeting'], iso: strike!['iso'],
        region: strike!['region'], country: strike!['country'], admin1: strike!['admin1'], location: strike!['location'],
        latitude: strike!['latitude'], longitude: strike!['longitude'], geo_precision: strike!['geo_precision'],
        source: strike!['source'], fatalities: strike!['fatalities'], timestamp: strike!['timestamp'],
      },
      {
        event_date: '2016-02-15', year: '2016', time_precision: '1', disorder_type: 'Political violence',
        event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Russian armed forces',
        civilian_targeting: 'Civilian targeting', iso: '760', region: 'Middle East', country: 'Syria', admin1: 'Idlib',
        location: 'Saraqib', latitude: '35.8623', longitude: '36.8006', geo_precision: '1', source: 'شبكة الأخبار',
        fatalities: '7', timestamp: '1700000000',
      },
    );
    assert.match(strike!['notes']!, /^Air strike by Russian armed forces in Saraqib \(Idlib\)\. Targets: hospital\. /);
    assert.equal(strike!['claims'], 'ACTIVISTS alleges; RUS.MIL denies');
    // Evidence text with commas and quotes survives the round trip.
    assert.equal(strike!['evidence_text'], `${SENTENCES[0]} … ${SENTENCES[1]}`);
    assert.equal(consult!['evidence_text'], SENTENCES[3]);
    // Two governorates: two rows, fatalities split so that they sum to the reported five.
    assert.deepEqual([clashAleppo!['location'], clashIdlib!['location']], ['Aleppo', 'Idlib']);
    assert.deepEqual([clashAleppo!['fatalities'], clashIdlib!['fatalities']], ['3', '2']);
    assert.deepEqual([clashAleppo!['fatalities_total'], clashAleppo!['location_rank'], clashIdlib!['location_rank']], ['5', '1', '2']);
    assert.equal(clashAleppo!['time_precision'], '2');
    assert.equal(clashAleppo!['civilian_targeting'], '');
    // A type ACLED does not code: its row, with ACLED's type columns and place columns empty.
    assert.deepEqual(
      [consult!['rasd_type'], consult!['event_type'], consult!['disorder_type'], consult!['location'], consult!['time_precision'], consult!['fatalities']],
      ['consult', '', '', '', '', '0'],
    );
  });

  test('acledOnly leaves out the types ACLED does not code', () => {
    const writer = createWriter('csv', { acledOnly: true });
    const rows = rowsOf(writer.start() + writer.write(sampleResult()) + writer.end());
    assert.deepEqual(rows.map((r) => r['rasd_type']), ['air_strike', 'armed_clash', 'armed_clash']);
  });

  test('splitFatalities and timePrecision', () => {
    assert.deepEqual(splitFatalities(7, 1), [7]);
    assert.deepEqual(splitFatalities(5, 2), [3, 2]);
    assert.deepEqual(splitFatalities(2, 3), [1, 1, 0]);
    assert.deepEqual(splitFatalities(null, 2), [0, 0]);
    assert.deepEqual(splitFatalities(4, 0), [4]);
    const date = (start: string | null, end: string | null, precision: 'day' | 'range' | 'month' | 'year' | 'unknown') => ({ start, end, precision, text: null });
    assert.equal(timePrecision(date('2016-01-01', '2016-01-01', 'day')), '1');
    assert.equal(timePrecision(date('2016-01-01', '2016-01-08', 'range')), '2');
    assert.equal(timePrecision(date('2016-01-01', '2016-01-20', 'range')), '3');
    assert.equal(timePrecision(date('2016-01-01', '2016-01-31', 'month')), '3');
    assert.equal(timePrecision(date(null, null, 'unknown')), '');
  });
});
