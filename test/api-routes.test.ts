/**
 * The HTTP API over a real SQLite store holding our own small articles: every endpoint, every
 * kind of bad input, the OpenAPI document, the streamed exports, and a real listening port.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import { API_ERRORS } from '../src/api/errors.ts';
import { dataPath } from '../src/contract/paths.ts';
import { CSV_COLUMNS } from '../src/export/index.ts';
import { FIXTURES, STRIKES, dailyArticles } from '../src/store/contract-fixtures.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { mapPoints } from '../web/src/api/mapPoints.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const ROUTES: Array<[method: 'get' | 'post', path: string]> = [
  ['get', '/events'], ['get', '/events/{id}'], ['get', '/map'], ['get', '/export.csv'], ['get', '/export.geojson'], ['get', '/export.jsonl'],
  ['get', '/articles'], ['get', '/articles/{id}'], ['post', '/articles'], ['get', '/actors'], ['get', '/places'],
  ['get', '/stats/daily'], ['get', '/stats/admin1'], ['get', '/stats/actors'], ['get', '/stats/types'], ['get', '/meta'], ['get', '/health'],
];

/** Our own short article for POST /articles (not from any corpus). */
const POSTED = {
  title: 'قصف على معرة النعمان',
  text: 'قصفت طائرات حربية روسية اليوم مواقع في مدينة معرة النعمان بريف إدلب، وقال مرصد محلي إن خمسة مدنيين قتلوا.',
  published: '2019-05-20',
  url: 'https://example.org/news/posted-1',
  outlet: 'Test Wire',
};

const contractLine = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')));

describe('HTTP API', () => {
  let dir: string;
  let store: SqliteStore;
  let app: FastifyInstance;
  const codesSeen = new Set<string>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-api-'));
    store = openSqliteStore(join(dir, 'rasd.sqlite'));
    await store.putArticles([...FIXTURES, ...dailyArticles(60)]);
    app = await buildApp({ store, webRoot: join(dir, 'no-web') });
  });
  after(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function get(url: string): Promise<{ status: number; json: any; body: string; type: string }> {
    const r = await app.inject({ method: 'GET', url });
    const type = String(r.headers['content-type'] ?? '');
    const json = type.startsWith('application/json') ? r.json() : null;
    if (json?.error) codesSeen.add(json.error.code);
    return { status: r.statusCode, json, body: r.body, type };
  }

  it('publishes an OpenAPI 3.1 document with every route and valid schemas', async () => {
    const { status, json: doc } = await get('/openapi.json');
    assert.equal(status, 200);
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(typeof doc.info.title, 'string');
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [method, path] of ROUTES) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method.toUpperCase()} ${path} in the document`);
      assert.ok(op.responses && Object.keys(op.responses).length > 0, `${path} responses`);
      for (const p of op.parameters ?? []) {
        assert.ok(['query', 'path'].includes(p.in) && typeof p.name === 'string' && p.schema, `${path} parameter ${p.name}`);
        ajv.compile(p.schema);
      }
      for (const response of Object.values(op.responses) as any[]) {
        const schema = response.content?.['application/json']?.schema;
        if (schema) ajv.compile(schema);
      }
    }
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`));
    assert.deepEqual(documented.sort(), ROUTES.map(([m, p]) => `${m} ${p}`).sort());
    // The error catalogue is the error schema's list of codes.
    const errorSchema = doc.paths['/events'].get.responses['400'].content['application/json'].schema;
    assert.deepEqual(errorSchema.properties.error.properties.code.enum, Object.keys(API_ERRORS));
  });

  it('pages events with filters and cursors', async () => {
    const first = await get('/events?limit=20&type=shelling');
    assert.equal(first.status, 200);
    assert.equal(first.json.events.length, 20);
    assert.equal(first.json.total, 60);
    assert.equal(first.json.events[0].date.start, '2019-03-01');
    const second = await get(`/events?limit=20&type=shelling&cursor=${first.json.next_cursor}`);
    assert.equal(second.json.events[0].date.start, '2019-02-09');
    const filtered = await get(`/events?actor=RUS.MIL&admin1=Idlib&stance=denies&q=${encodeURIComponent('مستشفى')}`);
    assert.deepEqual(filtered.json.events.map((e: any) => e.id), ['fx-strikes:e1']);
    const e = filtered.json.events[0];
    assert.deepEqual(e.article, { id: 'fx-strikes', title: STRIKES.article.title, outlet: 'Desert Wire', url: STRIKES.article.url, published: '2016-03-10' });
    assert.equal(e.evidence_text.length, 2);
    const asc = await get('/events?sort=date&limit=1&from=2016-01-01');
    assert.equal(asc.json.events[0].id, 'fx-strikes:e2');
    const bbox = await get('/events?bbox=36,33,37,36&limit=500');
    assert.deepEqual(bbox.json.events.map((x: any) => x.id).sort(), ['fx-clashes:e1', 'fx-strikes:e1']);
  });

  it('gives one event with its article, and one article with its events', async () => {
    const one = await get(`/events/${encodeURIComponent('fx-strikes:e2')}`);
    assert.equal(one.status, 200);
    assert.equal(one.json.event.id, 'fx-strikes:e2');
    assert.equal(one.json.article.text, STRIKES.article.text);
    const span = one.json.event.evidence[0];
    assert.equal(one.json.article.text.slice(span.start, span.end), one.json.event.evidence_text[0]);
    const article = await get('/articles/fx-clashes');
    assert.deepEqual(article.json.events.map((x: any) => x.id), ['fx-clashes:e1', 'fx-clashes:e2']);
    const list = await get(`/articles?q=${encodeURIComponent('داعش')}`);
    assert.deepEqual(list.json.articles.map((a: any) => [a.id, a.events]), [['fx-strikes', 2]]);
    const outlet = await get('/articles?outlet=paging%20post&limit=5');
    assert.equal(outlet.json.total, 60);
    assert.equal(outlet.json.articles.length, 5);
  });

  it('counts actors, places, days, governorates and types, with filters', async () => {
    const actors = await get('/actors?type=air_strike');
    assert.deepEqual(actors.json.actors.map((a: any) => [a.id, a.events]), [['RUS.MIL', 2], ['ISIS', 1]]);
    const places = await get('/places?actor=ISIS');
    assert.deepEqual(places.json.places.map((p: any) => p.id).sort(), ['test:palmyra', 'test:raqqa']);
    assert.equal(typeof places.json.places[0].lat, 'number');
    const days = await get('/stats/daily?type=shelling&to=2019-01-03');
    assert.deepEqual(days.json.days, [{ date: '2019-01-01', count: 1 }, { date: '2019-01-02', count: 1 }, { date: '2019-01-03', count: 1 }]);
    const admin1 = await get('/stats/admin1?actor=RUS.MIL');
    assert.deepEqual(admin1.json.admin1, [{ admin1_en: 'Homs', count: 1 }, { admin1_en: 'Idlib', count: 1 }]);
    const statsActors = await get('/stats/actors?admin1=Aleppo');
    assert.deepEqual(statsActors.json.actors, [{ id: 'SYR.MIL', count: 60 }, { id: 'UN', count: 1 }]);
    const types = await get('/stats/types');
    assert.deepEqual(types.json.types[0], { type: 'shelling', count: 60 });
    const map = await get('/map?actor=RUS.MIL');
    assert.equal(map.json.truncated, false);
    assert.deepEqual([...map.json.id].sort(), ['fx-strikes:e1', 'fx-strikes:e2']);
    const points = mapPoints(map.json);
    assert.deepEqual(points.map((p) => p.type).sort(), ['air_strike', 'air_strike']);
    assert.ok(points.every((p) => typeof p.lon === 'number' && typeof p.lat === 'number' && [1, 2, 3].includes(p.precision)));
    assert.deepEqual(points.map((p) => p.admin1).sort(), ['Homs', 'Idlib']);
    const meta = await get('/meta');
    assert.deepEqual(meta.json.counts, { articles: 63, events: 65 });
    assert.deepEqual(meta.json.event_types.air_strike.acled, ['Explosions/Remote violence', 'Air/drone strike']);
    assert.ok(meta.json.admin1.includes('Idlib') && meta.json.weapons.includes('su-25') && meta.json.target_kinds.includes('hospital'));
    assert.deepEqual(meta.json.date_range, { min: '2016-03-08', max: '2019-03-01' });
    assert.deepEqual((await get('/health')).json, { ok: true });
  });

  it('streams exports that parse: CSV with its header, GeoJSON, JSONL lines of the contract', async () => {
    const csv = await get('/export.csv?actor=ISIS');
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.length, 1 + 2);
    const geo = await get('/export.geojson?type=shelling');
    assert.match(geo.type, /^application\/geo\+json/);
    const collection = JSON.parse(geo.body);
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, 60);
    const jsonl = await get('/export.jsonl');
    const rows = jsonl.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 63);
    for (const row of rows) assert.ok(contractLine(row), JSON.stringify(contractLine.errors));
    const strikes = rows.find((r) => r.article.id === 'fx-strikes');
    assert.deepEqual(strikes, { article: STRIKES.article, events: STRIKES.events });
    const empty = await get('/export.jsonl?actor=NOBODY');
    assert.equal(empty.status, 200);
    assert.equal(empty.body, '');
  });

  it('answers bad input with 4xx naming the parameter, never 500', async () => {
    const table: Array<[string, number, string | undefined]> = [
      ['/events?from=2015-02-30', 400, 'from'],
      ['/events?from=yesterday', 400, 'from'],
      ['/events?from=2016-02-01&to=2016-01-01', 400, 'from'],
      ['/events?limit=501', 400, 'limit'],
      ['/events?limit=100000000000', 400, 'limit'],
      ['/events?limit=0', 400, 'limit'],
      ['/events?limit=ten', 400, 'limit'],
      ['/events?type=air_strike,teleport', 400, 'type'],
      ['/events?type=Air%20Strike', 400, 'type'],
      ['/events?bbox=1,2,3', 400, 'bbox'],
      ['/events?bbox=50,10,40,20', 400, 'bbox'],
      ['/events?bbox=a,b,c,d', 400, 'bbox'],
      ['/events?stance=maybe', 400, 'stance'],
      ['/events?sort=title', 400, 'sort'],
      ['/events?cursor=bm90LWEtY3Vyc29y', 400, 'cursor'],
      [`/events?actor=${encodeURIComponent("RUS.MIL' OR '1'='1")}`, 400, 'actor'],
      [`/events?admin1=${encodeURIComponent('Idlib; DROP TABLE events; --')}`, 400, 'admin1'],
      [`/events?outlet=${encodeURIComponent('x" OR ""="')}`, 400, 'outlet'],
      [`/events?place=${encodeURIComponent('1) UNION SELECT * FROM articles --')}`, 400, 'place'],
      [`/events?article=${encodeURIComponent("' OR 1=1 --")}`, 400, 'article'],
      [`/events?q=${encodeURIComponent('x'.repeat(400))}`, 400, 'q'],
      ['/events?q=%00', 400, 'q'],
      ['/articles?limit=9999', 400, 'limit'],
      ['/articles?from=2015-13-01', 400, 'from'],
      ['/stats/daily?to=2015-00-10', 400, 'to'],
      ['/actors?type=nothing', 400, 'type'],
      ['/export.csv?bbox=1', 400, 'bbox'],
      ['/map?from=20150101', 400, 'from'],
      ['/events/no-such-event', 404, 'id'],
      [`/events/${encodeURIComponent("x' OR '1'='1")}`, 400, 'id'],
      ['/articles/no-such-article', 404, 'id'],
      ['/no/such/route', 404, undefined],
    ];
    for (const [url, status, field] of table) {
      const r = await get(url);
      assert.equal(r.status, status, url);
      assert.ok(r.json?.error?.code in API_ERRORS, url);
      assert.equal(r.json.error.field, field, url);
      assert.ok(r.json.error.message.length > 0);
      if (field && status === 400) assert.ok(r.json.error.message.includes(field), `${url}: ${r.json.error.message}`);
    }
    // Injection in free text is only text: searched for, found nowhere, and the tables are intact.
    const q = await get(`/events?q=${encodeURIComponent("'; DROP TABLE events; --")}`);
    assert.equal(q.status, 200);
    assert.equal(q.json.total, 0);
    assert.equal((await get('/meta')).json.counts.events, 65);
  });

  it('extracts and stores a posted article once', async () => {
    const post = (payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      app.inject({ method: 'POST', url: '/articles', headers, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });
    const created = await post(POSTED);
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.equal(body.created, true);
    assert.ok(body.events >= 1, 'the strike is extracted');
    const stored = await get(`/articles/${encodeURIComponent(body.article_id)}`);
    assert.equal(stored.json.article.text, POSTED.text);
    assert.equal(stored.json.article.published, '2019-05-20');
    assert.ok(stored.json.events.some((e: any) => e.type === 'air_strike'));
    const again = await post({ ...POSTED, url: null });
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.json(), { article_id: body.article_id, events: body.events, created: false });
    const sameUrl = await post({ ...POSTED, text: 'نص آخر تماما عن اجتماع في دمشق لبحث الأوضاع.' });
    assert.equal(sameUrl.statusCode, 200);
    assert.equal(sameUrl.json().created, false);

    const bad: Array<[unknown, Record<string, string> | undefined, number, string]> = [
      [{ title: 'x' }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: '' }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: 'This article is written in English only.' }, undefined, 422, 'ERR_NOT_ARABIC'],
      [{ text: POSTED.text + ' إضافة', published: '2019-02-30' }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: POSTED.text + ' إضافة', published: 'May 2019' }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: POSTED.text + ' إضافة', id: "x'; DROP TABLE articles; --" }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: POSTED.text + ' إضافة', extra: 1 }, undefined, 400, 'ERR_BAD_BODY'],
      ['{"text": "unterminated', undefined, 400, 'ERR_BAD_BODY'],
      ['text=abc', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'ERR_UNSUPPORTED_MEDIA_TYPE'],
      [{ text: 'ق'.repeat(1_100_000) }, undefined, 400, 'ERR_BAD_BODY'],
      [{ text: 'قصف '.repeat(1_200_000) }, undefined, 413, 'ERR_BODY_TOO_LARGE'],
    ];
    for (const [payload, headers, status, code] of bad) {
      const r = await post(payload, headers);
      assert.equal(r.statusCode, status, `${JSON.stringify(payload).slice(0, 80)}: ${r.body.slice(0, 200)}`);
      assert.equal(r.json().error.code, code);
      codesSeen.add(code);
    }
  });

  it('uses only codes from its error catalogue, each with a status and a meaning', () => {
    for (const code of codesSeen) assert.ok(code in API_ERRORS, code);
    for (const [code, { status, meaning }] of Object.entries(API_ERRORS)) {
      assert.match(code, /^ERR_[A-Z_]+$/);
      assert.ok(status >= 400 && status < 600 && meaning.length > 0, code);
    }
  });

  it('serves the web page when it is built, and a pointer to the API when not', async () => {
    const none = await get('/');
    assert.equal(none.json.openapi, '/openapi.json');
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>rasd</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const withWeb = await buildApp({ store, webRoot: web });
    try {
      const page = await withWeb.inject({ url: '/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<title>rasd<\/title>/);
      assert.equal((await withWeb.inject({ url: '/assets/app.js' })).statusCode, 200);
      assert.equal((await withWeb.inject({ url: '/health' })).json().ok, true);
      assert.equal((await withWeb.inject({ url: '/assets/missing.js' })).statusCode, 404);
    } finally {
      await withWeb.close();
    }
  });

  it('serves on a real port', async () => {
    const live = await buildApp({ store, webRoot: join(dir, 'no-web') });
    try {
      const address = await live.listen({ port: 0, host: '127.0.0.1' });
      assert.deepEqual(await (await fetch(`${address}/health`)).json(), { ok: true });
      const page = (await (await fetch(`${address}/events?limit=3&type=shelling`)).json()) as { events: unknown[]; total: number };
      assert.equal(page.events.length, 3);
      const bad = await fetch(`${address}/events?limit=501`);
      assert.equal(bad.status, 400);
      const csv = await fetch(`${address}/export.csv?type=shelling`);
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal((await csv.text()).trimEnd().split(/\r?\n/).length, 61);
    } finally {
      await live.close();
    }
  });
});
