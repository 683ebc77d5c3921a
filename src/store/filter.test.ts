import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeCursor } from './cursor.ts';
import { parseArticleFilter, parseEventFilter, parsePage } from './filter.ts';

describe('filter parameters', () => {
  it('turns valid parameters into a typed filter', () => {
    const parsed = parseEventFilter({
      type: 'air_strike,shelling,air_strike', actor: 'RUS.MIL', actor2: 'ISIS', place: 'wof:1259660971', admin1: 'Deir ez-Zor',
      bbox: '35.5,32.1,42.4,37.3', from: '2015-10-01', to: '2015-11-02', weapon: 'su-34', target: 'hospital', stance: 'denies',
      outlet: 'Jawhara FM (Tunisia)', q: 'الدولة الإسلامية', article: '000_5ab4817fc7c1eeb1', ignored: 'x',
    });
    assert.deepEqual(parsed, {
      ok: true,
      value: {
        types: ['air_strike', 'shelling'], actor: 'RUS.MIL', actor2: 'ISIS', place: 'wof:1259660971', admin1: 'Deir ez-Zor',
        bbox: [35.5, 32.1, 42.4, 37.3], from: '2015-10-01', to: '2015-11-02', weapon: 'su-34', target: 'hospital', stance: 'denies',
        outlet: 'Jawhara FM (Tunisia)', q: 'الدولة الإسلامية', article: '000_5ab4817fc7c1eeb1',
      },
    });
    assert.deepEqual(parseEventFilter({ actor: '', q: '' }), { ok: true, value: {} });
    assert.deepEqual(parseArticleFilter({ q: 'تدمر', actor: 'RUS.MIL', outlet: 'CNN Arabic' }), { ok: true, value: { q: 'تدمر', outlet: 'CNN Arabic' } });
  });

  it('refuses bad values, naming the parameter', () => {
    const table: Array<[Record<string, string>, string, RegExp]> = [
      [{ type: 'air_strike,bogus' }, 'type', /unknown event type "bogus"/],
      [{ type: 'AIR STRIKE' }, 'type', /event types/],
      [{ from: '2015-02-30' }, 'from', /not a calendar date/],
      [{ to: '02/11/2015' }, 'to', /YYYY-MM-DD/],
      [{ from: '2016-01-02', to: '2016-01-01' }, 'from', /must not be after to/],
      [{ bbox: '1,2,3' }, 'bbox', /minLon,minLat,maxLon,maxLat/],
      [{ bbox: '40,30,35,35' }, 'bbox', /minLon <= maxLon/],
      [{ bbox: '0,-95,10,10' }, 'bbox', /latitudes/],
      [{ stance: 'doubts' }, 'stance', /asserts, denies, alleges, reports/],
      [{ actor: "RUS.MIL' OR '1'='1" }, 'actor', /actor id/],
      [{ actor: 'x;DROP TABLE events' }, 'actor', /actor id/],
      [{ admin1: 'Idlib--' }, 'admin1', /governorate/],
      [{ outlet: 'a"b' }, 'outlet', /outlet/],
      [{ article: "a' OR 1=1" }, 'article', /article id/],
      [{ place: 'x'.repeat(101) }, 'place', /at most 100/],
      [{ q: 'a\u0000b' }, 'q', /text/],
      [{ q: '!!! ؟' }, 'q', /no words/],
    ];
    for (const [params, field, message] of table) {
      const parsed = parseEventFilter(params);
      assert.equal(parsed.ok, false, JSON.stringify(params));
      if (!parsed.ok) {
        assert.equal(parsed.error.field, field, JSON.stringify(params));
        assert.match(parsed.error.message, message);
        assert.ok(parsed.error.message.startsWith(field), parsed.error.message);
      }
    }
  });

  it('reads limit, sort and cursor', () => {
    assert.deepEqual(parsePage({}), { ok: true, value: { limit: 50, sort: '-date', cursor: null } });
    const cursor = encodeCursor({ sort: 'date', day: 20151102, seq: 42 });
    assert.deepEqual(parsePage({ limit: '500', sort: 'date', cursor }), { ok: true, value: { limit: 500, sort: 'date', cursor: { sort: 'date', day: 20151102, seq: 42 } } });
    for (const [params, field] of [
      [{ limit: '0' }, 'limit'], [{ limit: '501' }, 'limit'], [{ limit: '1e3' }, 'limit'], [{ limit: '-5' }, 'limit'],
      [{ sort: 'title' }, 'sort'], [{ cursor: 'not-a-cursor' }, 'cursor'], [{ cursor, sort: '-date' }, 'cursor'],
    ] as Array<[Record<string, string>, string]>) {
      const parsed = parsePage(params);
      assert.equal(parsed.ok, false, JSON.stringify(params));
      if (!parsed.ok) assert.equal(parsed.error.field, field);
    }
  });
});
