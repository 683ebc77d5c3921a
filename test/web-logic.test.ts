/** The pure parts of the web page: no browser needed. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segments } from '../web/src/events/highlight.ts';
import { binDays, binIndex } from '../web/src/timeline/bins.ts';
import { apiQuery, parseView, serialiseView } from '../web/src/state/view.ts';
import { layersData, NEAR_RADIUS_KM, WIDE_RADIUS_KM } from '../web/src/map/mapData.ts';
import { mapPoints } from '../web/src/api/mapPoints.ts';
import { placeNames } from '../web/src/map/labelPlacement.ts';
import { clipRingToBox } from '../web/scripts/clip.ts';
import { cutBoundaryTiles, TILES_DIR } from '../web/scripts/boundaryTiles.ts';
import type { MapPoint, MapPoints } from '../web/src/api/types.ts';

describe('evidence highlighting', () => {
  const text = 'قصفت الطائرات. ونفت الوزارة ذلك. وقال شاهد.';
  const cases: Array<[string, Array<{ start: number; end: number }>, string[]]> = [
    ['no spans', [], []],
    ['one span', [{ start: 15, end: 32 }], ['ونفت الوزارة ذلك.']],
    ['overlapping spans merge', [{ start: 0, end: 10 }, { start: 5, end: 14 }], ['قصفت الطائرات.']],
    ['spans out of order and past the end are clamped', [{ start: 33, end: 999 }, { start: 0, end: 4 }], ['قصفت', 'وقال شاهد.']],
    ['empty span is dropped', [{ start: 7, end: 7 }], []],
  ];
  for (const [name, spans, marked] of cases) {
    test(name, () => {
      const parts = segments(text, spans);
      assert.equal(parts.map((p) => p.text).join(''), text, 'the text is kept whole');
      assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), marked);
    });
  }
});

describe('timeline bins', () => {
  test('days without events are kept as empty bins', () => {
    const bins = binDays([{ date: '2015-11-02', count: 9 }, { date: '2015-10-31', count: 3 }], 100);
    assert.deepEqual(bins.map((b) => [b.start, b.count]), [['2015-10-31', 3], ['2015-11-01', 0], ['2015-11-02', 9]]);
  });
  test('a long span is grouped into several days per bin', () => {
    const bins = binDays([{ date: '2015-01-01', count: 1 }, { date: '2015-12-31', count: 2 }], 10);
    assert.ok(bins.length <= 10);
    assert.equal(bins.reduce((n, b) => n + b.count, 0), 3);
    assert.equal(bins[0]!.start, '2015-01-01');
    assert.ok(bins.at(-1)!.end >= '2015-12-31');
    assert.equal(binIndex(bins, '2015-12-31'), bins.length - 1);
    assert.equal(binIndex(bins, '2014-06-01'), 0, 'dates before the first bin clamp to it');
  });
  test('no days, no bins', () => assert.deepEqual(binDays([], 50), []));
});

describe('view state in the URL', () => {
  test('filters, language and event survive a round trip', () => {
    const search = 'actor=RUS.MIL&from=2015-10-01&to=2015-11-30&q=%D8%AA%D8%AF%D9%85%D8%B1&lang=ar&event=e%231';
    const view = parseView(`?${search}`);
    assert.deepEqual(view, {
      filters: { actor: 'RUS.MIL', from: '2015-10-01', to: '2015-11-30', q: 'تدمر' }, lang: 'ar', event: 'e#1',
    });
    assert.deepEqual(parseView(`?${serialiseView(view)}`), view);
  });
  test('unknown keys and empty values are dropped; English is the default', () => {
    assert.deepEqual(parseView('?foo=1&type=&lang=fr'), { filters: {}, lang: 'en', event: null });
  });
  test('the API query leaves out what is omitted and adds paging', () => {
    assert.equal(apiQuery({ actor: 'ISIS', from: '2016-01-01' }, { limit: '50' }, ['from']), 'actor=ISIS&limit=50');
  });
});

describe('map layers by place precision', () => {
  const point = (precision: 1 | 2 | 3, admin1: string | null): MapPoint => ({ id: `e${precision}${admin1}`, type: 'air_strike', precision, admin1, lon: 37, lat: 35 });
  test('a pin only where the place itself is known', () => {
    const data = layersData([point(1, 'Idlib'), point(2, 'Idlib'), point(3, 'Idlib'), point(3, 'Idlib'), point(3, 'Hamadan'), point(3, null)], new Set(['Idlib']));
    assert.equal(data.points.features.length, 1);
    assert.deepEqual(data.areas.features.map((f) => f.properties?.['radius_km']), [NEAR_RADIUS_KM, WIDE_RADIUS_KM]);
    assert.deepEqual([...data.governorates], [['Idlib', 2]]);
    assert.equal(data.countryWide, 1, 'a country-wide place is not drawn as a spot');
  });
  test('pins of one type at one place are one feature that counts them', () => {
    const pin = (id: string, type: string, lon: number): MapPoint => ({ id, type, precision: 1, admin1: 'Idlib', lon, lat: 35 });
    const data = layersData([pin('a', 'shelling', 36), pin('b', 'air_strike', 36), pin('c', 'shelling', 36), pin('d', 'shelling', 37)], new Set());
    assert.deepEqual(data.points.features.map((f) => [f.properties?.['id'], f.properties?.['events']]), [['a', 2], ['b', 1], ['d', 1]]);
  });
  test('area events of one type near one place share a circle that counts them', () => {
    const near = (id: string, type: string, lon: number): MapPoint => ({ id, type, precision: 2, admin1: 'Idlib', lon, lat: 35 });
    const data = layersData([near('a', 'shelling', 36), near('b', 'shelling', 36), near('c', 'air_strike', 36), near('d', 'shelling', 37)], new Set());
    assert.deepEqual(data.areas.features.map((f) => [f.properties?.['id'], f.properties?.['events']]), [['a', 2], ['c', 1], ['d', 1]]);
  });
});

describe('place names on the map', () => {
  const name = (x: number, y: number) => ({ x, y, width: 60, height: 14 });
  test('a name stays above its dot when nothing is in the way', () => {
    assert.deepEqual(placeNames([name(100, 100)], []), [{ dx: 0, dy: 0 }]);
  });
  test('a name moves off a count, and off a name placed before it', () => {
    const count = { left: 90, right: 110, top: 80, bottom: 99 };
    const [first, second] = placeNames([name(100, 100), name(130, 100)], [count]);
    assert.ok(first!.dy > 0, 'below its dot, the count being above');
    assert.notDeepEqual(second, { dx: 0, dy: 0 });
  });
  test('a count written on the dot itself moves the name farther off', () => {
    const [shift] = placeNames([name(100, 100)], [{ left: 86, right: 114, top: 92, bottom: 108 }]);
    assert.ok(shift!.dy < 0, 'above, clear of the count');
  });
});

describe('map points from the API', () => {
  test('each point reads its place and type from the columns of /map', () => {
    const answer: MapPoints = {
      truncated: false,
      types: ['shelling', 'air_strike'],
      places: [[37.1, 36.2, 2, 'Aleppo'], [38.3, 34.6, 1, null]],
      id: ['a', 'b', 'b'],
      type: [0, 1, 1],
      place: [0, 1, 0],
    };
    assert.deepEqual(mapPoints(answer), [
      { id: 'a', type: 'shelling', precision: 2, admin1: 'Aleppo', lon: 37.1, lat: 36.2 },
      { id: 'b', type: 'air_strike', precision: 1, admin1: null, lon: 38.3, lat: 34.6 },
      { id: 'b', type: 'air_strike', precision: 2, admin1: 'Aleppo', lon: 37.1, lat: 36.2 },
    ]);
  });
});

describe('clipping boundaries to the region', () => {
  test('a square half outside is cut at the edge', () => {
    const ring = clipRingToBox([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [2, -1, 10, 10]);
    assert.ok(ring);
    assert.deepEqual(ring.map(([x]) => x! >= 2), ring.map(() => true));
    assert.deepEqual(ring[0], ring.at(-1), 'the ring stays closed');
  });
  test('a ring wholly outside is dropped', () => {
    assert.equal(clipRingToBox([[0, 0], [1, 0], [1, 1], [0, 0]], [5, 5, 6, 6]), null);
  });
});

describe('boundary tiles', () => {
  test('the committed tiles are cut from the committed GeoJSON (rerun web/scripts/boundaryTiles.ts when not)', () => {
    const tiles = cutBoundaryTiles();
    const committed = readdirSync(TILES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pbf')).map((f) => f.slice(0, -'.pbf'.length));
    assert.deepEqual(committed.sort(), [...tiles.keys()].sort());
    for (const [key, data] of tiles) assert.ok(readFileSync(join(TILES_DIR, `${key}.pbf`)).equals(data), key);
  });
});
