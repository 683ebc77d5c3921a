import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleResult } from '../../test/fixtures/article-events.ts';
import type { ArticleEvents } from '../contract/index.ts';
import { createWriter } from './index.ts';

function run(results: ArticleEvents[]): string {
  const writer = createWriter('geojson');
  return writer.start() + results.map((r) => writer.write(r)).join('') + writer.end();
}

interface Collection {
  type: string;
  features: Array<{ type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }>;
}

test('geojson: a FeatureCollection with one Point per event location, written piece by piece', () => {
  const noEvents: ArticleEvents = { article: { ...sampleResult().article, id: 'quiet' }, events: [] };
  const second = sampleResult();
  second.article.id = 'sample-2';
  const collection = JSON.parse(run([sampleResult(), noEvents, second])) as Collection;
  assert.equal(collection.type, 'FeatureCollection');
  // Per article: the strike in one place, the clash in two; the consult has no place on a map.
  assert.equal(collection.features.length, 6);
  const [strike, aleppo] = collection.features;
  assert.equal(strike!.type, 'Feature');
  assert.equal(strike!.id, 'sample-1/e1-1');
  assert.deepEqual(strike!.geometry, { type: 'Point', coordinates: [36.8006, 35.8623] });
  assert.equal(strike!.properties['type'], 'air_strike');
  assert.equal(strike!.properties['location_name'], 'Saraqib');
  assert.equal(strike!.properties['fatalities'], 7);
  assert.equal(strike!.properties['claims'], 'ACTIVISTS alleges; RUS.MIL denies');
  assert.equal(aleppo!.properties['geo_precision'], 2);
  assert.equal(aleppo!.properties['location_count'], 2);
  assert.equal(collection.features[3]!.properties['article_id'], 'sample-2');
  for (const feature of collection.features) {
    const [lon, lat] = feature.geometry.coordinates;
    assert.ok(lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90);
    for (const [key, value] of Object.entries(feature.properties)) {
      assert.ok(value === null || ['string', 'number', 'boolean'].includes(typeof value), `${key} is a scalar`);
    }
  }
});

test('geojson: a run without located events is still a valid, empty collection', () => {
  assert.deepEqual(JSON.parse(run([])), { type: 'FeatureCollection', features: [] });
  const noEvents: ArticleEvents = { article: sampleResult().article, events: [] };
  assert.deepEqual(JSON.parse(run([noEvents, noEvents])), { type: 'FeatureCollection', features: [] });
});
