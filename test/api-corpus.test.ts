/**
 * The HTTP API over the seeds and the dev corpus: what a user of the page asks, and exports of
 * the whole store that parse and keep to the contract.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import type { ArticleEvents, StoredEvent } from '../src/contract/index.ts';
import { dataPath } from '../src/contract/paths.ts';
import { CSV_COLUMNS } from '../src/export/index.ts';
import { corpusSkip, corpusStore } from './corpus-store.ts';
import type { CorpusStore } from './corpus-store.ts';

describe('HTTP API on the seeds and the dev corpus', { skip: corpusSkip }, () => {
  let db: CorpusStore;
  let app: FastifyInstance;

  before(async () => {
    db = await corpusStore();
    app = await buildApp({ store: db.store, webRoot: '/nonexistent' });
  });
  after(async () => {
    await app?.close();
    await db?.dispose();
  });

  const get = async (url: string) => {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 200)}`);
    return r;
  };

  it('finds the Sarmin hospital strike by actor RUS.MIL and admin1 Idlib, and opens it with its article', async () => {
    const { events } = (await get('/events?actor=RUS.MIL&admin1=Idlib')).json() as { events: StoredEvent[] };
    const sarmin = events.find((e) => e.locations.some((l) => l.name_en === 'Sarmin') && e.claims.some((c) => c.stance === 'denies'));
    assert.ok(sarmin);
    const one = (await get(`/events/${encodeURIComponent(sarmin.id)}`)).json();
    for (const span of one.event.evidence) assert.ok(one.article.text.slice(span.start, span.end).length > 0);
    assert.equal(one.article.id, sarmin.article.id);
  });

  it('searches Arabic text: q=تدمر finds the Palmyra strikes, q=palmyra too', async () => {
    for (const q of ['تدمر', 'palmyra']) {
      const { events } = (await get(`/events?limit=500&q=${encodeURIComponent(q)}`)).json() as { events: StoredEvent[] };
      assert.ok(events.some((e) => e.type === 'air_strike' && e.locations.some((l) => l.name_ar === 'تدمر')), q);
    }
    const none = (await get(`/events?q=${encodeURIComponent('كلمةلاتوجد')}`)).json();
    assert.equal(none.total, 0);
  });

  it('exports the whole store: JSONL lines of the contract, CSV rows per event and place, GeoJSON points', async () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')));
    const lines = (await get('/export.jsonl')).body.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleEvents);
    for (const line of lines) assert.ok(validate(line), JSON.stringify(validate.errors));
    const meta = (await get('/meta')).json();
    // One line per article that has events (an article where nothing was found has no line).
    const articles = (await get('/articles?limit=500')).json().articles as Array<{ events: number }>;
    assert.equal(articles.length, meta.counts.articles);
    assert.equal(lines.length, articles.filter((a) => a.events > 0).length);
    const events = lines.flatMap((l) => l.events);
    assert.equal(events.length, meta.counts.events);

    const csv = (await get('/export.csv')).body.replace(/^\uFEFF/, '');
    const header = csv.slice(0, csv.indexOf('\r\n'));
    assert.equal(header, CSV_COLUMNS.join(','));
    const records = csv.split('\r\n').filter((r, i) => i > 0 && r !== '');
    // Quoted cells may hold line breaks, so count records by their leading ACLED event id cell.
    assert.ok(records.length >= events.reduce((n, e) => n + Math.max(1, e.locations.length), 0));

    const geo = JSON.parse((await get('/export.geojson')).body);
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, events.reduce((n, e) => n + e.locations.length, 0));
    for (const f of geo.features.slice(0, 50)) assert.equal(f.geometry.type, 'Point');
  });

  it('filters the exports like the events', async () => {
    const lines = (await get('/export.jsonl?type=air_strike&actor=RUS.MIL')).body.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleEvents);
    const page = (await get('/events?type=air_strike&actor=RUS.MIL&limit=500')).json() as { events: StoredEvent[] };
    assert.deepEqual(lines.flatMap((l) => l.events.map((e) => e.id)).sort(), page.events.map((e) => e.id).sort());
    for (const line of lines) for (const e of line.events) assert.equal(e.type, 'air_strike');
  });
});
