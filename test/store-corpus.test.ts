/**
 * The store on real articles: the seeds and the dev corpus ingested into a SQLite file, then
 * queried by each filter. Every answer is checked against the extractor's own output (the events
 * a user would expect for that filter), plus what the spec says an analyst finds in seed 000.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Article, RasdEvent, StoredEvent } from '../src/contract/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { inThisThread } from '../src/extract/batch.ts';
import { decodeCursor } from '../src/store/cursor.ts';
import type { EventFilter } from '../src/store/types.ts';
import { asInputs, corpusArticles, corpusSkip, corpusStore } from './corpus-store.ts';
import type { CorpusStore } from './corpus-store.ts';
import { ingest } from '../src/cli/commands/ingest.ts';

interface Extracted {
  event: RasdEvent;
  article: Article;
}

/** What a filter means, written out plainly over the extractor's output: the test's oracle. */
function expected(all: readonly Extracted[], filter: EventFilter): string[] {
  const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
  return all
    .filter(({ event: e, article: a }) => {
      const actors = [e.actor1?.id, e.actor2?.id].map(lower);
      if (filter.types && !filter.types.includes(e.type)) return false;
      if (filter.actor && !actors.includes(lower(filter.actor))) return false;
      if (filter.actor1 && lower(e.actor1?.id) !== lower(filter.actor1)) return false;
      if (filter.actor2 && lower(e.actor2?.id) !== lower(filter.actor2)) return false;
      if (filter.place && !e.locations.some((l) => l.id === filter.place)) return false;
      if (filter.admin1 && !e.locations.some((l) => lower(l.admin1_en) === lower(filter.admin1))) return false;
      if (filter.bbox) {
        const [x0, y0, x1, y1] = filter.bbox;
        if (!e.locations.some((l) => l.lon >= x0 && l.lon <= x1 && l.lat >= y0 && l.lat <= y1)) return false;
      }
      if (filter.from || filter.to) {
        const start = e.date.start;
        const end = e.date.end ?? start;
        if (!start || !end) return false;
        if (filter.to && start > filter.to) return false;
        if (filter.from && end < filter.from) return false;
      }
      if (filter.weapon && !e.weapons.some((w) => w.id === filter.weapon)) return false;
      if (filter.target && !e.targets.some((t) => t.kind === filter.target)) return false;
      if (filter.stance && !e.claims.some((c) => c.stance === filter.stance)) return false;
      if (filter.outlet && lower(a.outlet) !== lower(filter.outlet)) return false;
      if (filter.article && a.id !== filter.article) return false;
      return true;
    })
    .map(({ event }) => event.id)
    .sort();
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('store on the seeds and the dev corpus', { skip: corpusSkip }, () => {
  let db: CorpusStore;
  let all: Extracted[];

  before(async () => {
    db = await corpusStore();
    all = corpusArticles()
      .map((a) => extractArticle(a))
      .flatMap((r) => r.events.map((event) => ({ event, article: r.article })));
  });
  after(async () => db?.dispose());

  async function ids(filter: EventFilter): Promise<string[]> {
    const page = await db.store.listEvents(filter, { limit: 500 });
    assert.equal(page.total, page.events.length);
    return page.events.map((e) => e.id).sort();
  }

  it('stores every article and event the extractor read', async () => {
    assert.equal(db.counts.created, 32);
    assert.equal(db.counts.failed, 0);
    const meta = await db.store.meta();
    assert.deepEqual(meta.counts, { articles: 32, events: all.length });
    assert.equal(db.counts.events, all.length);
    assert.equal(db.store.db.pragma('integrity_check', { simple: true }), 'ok');
    const sample = all[Math.floor(all.length / 2)]!;
    const got = await db.store.getEvent(sample.event.id);
    const { article: _a, evidence_text, ...event } = got!.event;
    assert.deepEqual(event, sample.event);
    assert.deepEqual(evidence_text, sample.event.evidence.map((s) => sample.article.text.slice(s.start, s.end)));
  });

  it('answers each filter with exactly the events that have it', async () => {
    const places = all.flatMap(({ event }) => event.locations.map((l) => l.id));
    const filters: EventFilter[] = [
      { types: ['air_strike'] },
      { types: ['consult', 'accuse'] },
      { actor: 'RUS.MIL' },
      { actor1: 'SYR.MIL' },
      { actor2: 'ISIS' },
      { place: mostCommon(places) },
      { admin1: 'Idlib' },
      { bbox: [36.0, 35.5, 37.0, 36.3] },
      { from: '2015-11-01', to: '2015-11-02' },
      { from: '2016-01-01' },
      { to: '2015-12-31' },
      { weapon: 'su-34' },
      { target: 'hospital' },
      { stance: 'denies' },
      { outlet: 'CNN Arabic' },
      { article: 'dev-001' },
      { actor: 'RUS.MIL', admin1: 'Idlib' },
      { types: ['air_strike'], actor: 'RUS.MIL', from: '2015-01-01', to: '2016-12-31', target: 'ammunition_depot' },
    ];
    for (const filter of filters) {
      const want = expected(all, filter);
      assert.ok(want.length > 0, `the corpus has events for ${JSON.stringify(filter)}`);
      assert.deepEqual(await ids(filter), want, JSON.stringify(filter));
    }
  });

  it('finds the Sarmin hospital strike that Russia denies (actor RUS.MIL, admin1 Idlib)', async () => {
    const page = await db.store.listEvents({ actor: 'RUS.MIL', admin1: 'Idlib' }, { limit: 50 });
    const sarmin = page.events.find((e) => e.locations.some((l) => l.name_en === 'Sarmin') && e.claims.some((c) => c.stance === 'denies'));
    assert.ok(sarmin, 'an event in Sarmin with a denial');
    assert.equal(sarmin.type, 'air_strike');
    assert.ok(sarmin.targets.some((t) => t.kind === 'hospital'));
    assert.ok(sarmin.claims.some((c) => c.stance === 'denies' && c.by.id === 'RUS.MIL'));
    assert.ok(sarmin.evidence_text.length > 0 && sarmin.evidence_text.every((t) => t.length > 0));
  });

  it('full-text search finds the Palmyra strikes (q=تدمر), also with filters and in English', async () => {
    const palmyra = (events: StoredEvent[]): StoredEvent[] =>
      events.filter((e) => e.type === 'air_strike' && e.locations.some((l) => l.name_ar === 'تدمر'));
    const byArabic = await db.store.listEvents({ q: 'تدمر' }, { limit: 500 });
    assert.ok(palmyra(byArabic.events).length >= 2, 'the Palmyra strikes of seed 000');
    const filtered = await db.store.listEvents({ q: 'تدمر', types: ['air_strike'], actor: 'RUS.MIL' }, { limit: 500 });
    assert.ok(filtered.events.every((e) => e.type === 'air_strike' && [e.actor1?.id, e.actor2?.id].includes('RUS.MIL')));
    assert.deepEqual(palmyra(filtered.events).map((e) => e.id), palmyra(byArabic.events).filter((e) => e.actor1?.id === 'RUS.MIL' || e.actor2?.id === 'RUS.MIL').map((e) => e.id));
    const english = await db.store.listEvents({ q: 'palmyra' }, { limit: 500 });
    assert.ok(palmyra(english.events).length >= 1);
    // Every event found comes from an article that has the word (any spelling, any clitic).
    const articles = new Set(byArabic.events.map((e) => e.article.id));
    for (const id of articles) {
      const stored = await db.store.getArticle(id);
      assert.ok(/تدمر/.test(stored!.article.text) || /تدمر/.test(stored!.article.title ?? '') || stored!.events.some((e) => e.locations.some((l) => l.name_ar === 'تدمر')), id);
    }
    // Hamza spelling in the query, bare alef in the text, and the other way round.
    const hamza = await db.store.listArticles({ q: 'الإسلامية' }, { limit: 100 });
    const bare = await db.store.listArticles({ q: 'الاسلامية' }, { limit: 100 });
    assert.ok(hamza.total > 0);
    assert.deepEqual(hamza.articles.map((a) => a.id), bare.articles.map((a) => a.id));
  });

  it('pages the corpus by cursor without loss or repeat', async () => {
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = await db.store.listEvents({}, { limit: 37, cursor });
      seen.push(...page.events.map((e) => e.id));
      cursor = page.next_cursor ? decodeCursor(page.next_cursor, '-date') : null;
    } while (cursor);
    assert.equal(seen.length, all.length);
    assert.equal(new Set(seen).size, all.length);
  });

  it('re-ingesting the same articles changes nothing', async () => {
    const before = await db.store.meta();
    const again = await ingest(db.store, asInputs(corpusArticles()), inThisThread((a) => extractArticle(a)));
    assert.equal(again.duplicates, 32);
    assert.equal(again.created + again.replaced, 0);
    assert.deepEqual((await db.store.meta()).counts, before.counts);
  });
});

