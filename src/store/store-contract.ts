/**
 * The behaviour every `Store` engine must have, as one test suite. Each engine's test file calls
 * `runStoreContract` with a factory of fresh, empty stores (SQLite today, PostgreSQL next).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEvents, StoredEvent } from '../contract/index.ts';
import { APPEAL, CLASHES, FIXTURES, STRIKES, dailyArticles, makeArticle, day, SARMIN, RUS_MIL } from './contract-fixtures.ts';
import { decodeCursor } from './cursor.ts';
import type { EventFilter, SortOrder, Store } from './types.ts';

export interface StoreHandle {
  store: Store;
  /** Closes the store and removes what the factory made. */
  dispose(): Promise<void>;
}

async function ids(store: Store, filter: EventFilter, sort: SortOrder = '-date'): Promise<string[]> {
  const page = await store.listEvents(filter, { limit: 500, sort });
  return page.events.map((e) => e.id).sort();
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

function contractPart(stored: StoredEvent): Omit<StoredEvent, 'article' | 'evidence_text'> {
  const { article: _a, evidence_text: _e, ...event } = stored;
  return event;
}

export function runStoreContract(engine: string, makeStore: () => Promise<StoreHandle>): void {
  describe(`Store contract: ${engine}`, () => {
    async function withStore(items: readonly ArticleEvents[], body: (store: Store) => Promise<void>): Promise<void> {
      const handle = await makeStore();
      try {
        if (items.length > 0) await handle.store.putArticles(items);
        await body(handle.store);
      } finally {
        await handle.dispose();
      }
    }

    it('returns each event exactly as extracted, with its article and evidence sentences', () =>
      withStore(FIXTURES, async (store) => {
        for (const item of FIXTURES) {
          for (const event of item.events) {
            const got = await store.getEvent(event.id);
            assert.ok(got, event.id);
            assert.deepEqual(contractPart(got.event), event);
            assert.deepEqual(got.article, item.article);
            assert.equal(got.event.article.id, item.article.id);
            assert.deepEqual(got.event.evidence_text, event.evidence.map((s) => item.article.text.slice(s.start, s.end)));
          }
        }
        assert.equal(await store.getEvent('no-such-event'), null);
        const article = await store.getArticle(STRIKES.article.id);
        assert.deepEqual(article?.article, STRIKES.article);
        assert.deepEqual(article?.events.map((e) => e.id), STRIKES.events.map((e) => e.id));
        assert.equal(await store.getArticle('no-such-article'), null);
      }));

    it('reports created, duplicate (same content or same URL) and replaced articles', () =>
      withStore([], async (store) => {
        const first = await store.putArticles(FIXTURES);
        assert.deepEqual(first.map((r) => r.status), ['created', 'created', 'created']);
        assert.deepEqual(first.map((r) => r.events), [2, 2, 1]);
        const before = await store.meta();

        const again = await store.putArticles(FIXTURES);
        assert.deepEqual(again.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate']);
        // Same text under another id, with other diacritics and spacing: still the same article.
        const retyped = { ...STRIKES, article: { ...STRIKES.article, id: 'fx-copy', url: null, text: STRIKES.article.text.replace(/ /g, '  ') } };
        const sameUrl = { ...CLASHES, article: { ...CLASHES.article, id: 'fx-other', text: 'نص مختلف تماما عن الخبر.' }, events: [] };
        const dup = await store.putArticles([retyped, sameUrl]);
        assert.deepEqual(dup, [
          { article_id: STRIKES.article.id, status: 'duplicate', events: 2 },
          { article_id: CLASHES.article.id, status: 'duplicate', events: 2 },
        ]);
        assert.deepEqual((await store.meta()).counts, before.counts);
        assert.deepEqual(await store.findDuplicates([{ text: APPEAL.article.text, url: null }, { text: 'خبر جديد', url: null }]), [APPEAL.article.id, null]);

        // Same id, new content: the article and its events are replaced.
        const edited = makeArticle({ ...APPEAL.article, text: 'دعت الأمم المتحدة مجددا إلى هدنة في سرمين.' }, [
          { n: 9, type: 'appeal', actor1: RUS_MIL, locations: [SARMIN], date: day('2020-01-01'), sentences: ['دعت الأمم المتحدة مجددا إلى هدنة في سرمين.'] },
        ]);
        const replaced = await store.putArticles([edited]);
        assert.deepEqual(replaced, [{ article_id: APPEAL.article.id, status: 'replaced', events: 1 }]);
        assert.equal(await store.getEvent('fx-appeal:e1'), null);
        assert.ok(await store.getEvent('fx-appeal:e9'));
        assert.deepEqual(await ids(store, { q: 'هدنه' }), ['fx-appeal:e9']);
        assert.deepEqual(await ids(store, { q: 'القتال' }), []);
        assert.deepEqual(await ids(store, { place: 'test:aleppo' }), []);
      }));

    it('keeps the rest of a batch when one article cannot be stored', () =>
      withStore([STRIKES], async (store) => {
        // An event id already used by another article.
        const clash = makeArticle({ ...CLASHES.article, id: 'fx-bad' }, [
          { n: 1, type: 'armed_clash', date: day(null), sentences: [CLASHES.article.text.slice(0, 20)] },
        ]);
        clash.events[0]!.id = STRIKES.events[0]!.id;
        const results = await store.putArticles([clash, APPEAL]);
        assert.equal(results[0]!.status, 'failed');
        assert.match(results[0]!.error ?? '', /UNIQUE|unique|duplicate/);
        assert.equal(results[1]!.status, 'created');
        assert.equal(await store.getArticle('fx-bad'), null);
        assert.deepEqual((await store.meta()).counts, { articles: 2, events: 3 });
      }));

    it('filters by every field, alone and combined', () =>
      withStore(FIXTURES, async (store) => {
        const cases: Array<[EventFilter, string[]]> = [
          [{}, ['fx-appeal:e1', 'fx-clashes:e1', 'fx-clashes:e2', 'fx-strikes:e1', 'fx-strikes:e2']],
          [{ types: ['air_strike'] }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ types: ['armed_clash', 'appeal'] }, ['fx-appeal:e1', 'fx-clashes:e1']],
          [{ actor: 'ISIS' }, ['fx-clashes:e2', 'fx-strikes:e2']],
          [{ actor: 'isis' }, ['fx-clashes:e2', 'fx-strikes:e2']],
          [{ actor1: 'ISIS' }, ['fx-clashes:e2']],
          [{ actor2: 'ISIS' }, ['fx-strikes:e2']],
          [{ actor: 'RUS.MIL', admin1: 'Idlib' }, ['fx-strikes:e1']],
          [{ admin1: 'idlib' }, ['fx-strikes:e1']],
          [{ place: 'test:palmyra' }, ['fx-strikes:e2']],
          [{ place: 'test:hmeimim' }, []],
          [{ bbox: [36, 33, 37, 36] }, ['fx-clashes:e1', 'fx-strikes:e1']],
          [{ bbox: [35.5, 35, 36, 36] }, []],
          [{ from: '2016-03-09', to: '2016-03-09' }, ['fx-strikes:e2']],
          [{ from: '2016-03-10' }, ['fx-clashes:e1', 'fx-strikes:e1', 'fx-strikes:e2']],
          [{ to: '2016-03-08' }, ['fx-strikes:e2']],
          [{ to: '2016-03-07' }, []],
          [{ weapon: 'su-25' }, ['fx-strikes:e2']],
          [{ target: 'hospital' }, ['fx-strikes:e1']],
          [{ stance: 'denies' }, ['fx-strikes:e1']],
          [{ stance: 'asserts', types: ['suicide_bombing'] }, ['fx-clashes:e2']],
          [{ outlet: 'levant daily' }, ['fx-clashes:e1', 'fx-clashes:e2']],
          [{ article: 'fx-appeal' }, ['fx-appeal:e1']],
          [{ article: 'fx-appeal', types: ['air_strike'] }, []],
          [{ actor: 'RUS.MIL', target: 'hospital', stance: 'denies', admin1: 'Idlib', from: '2016-01-01', to: '2016-12-31', outlet: 'Desert Wire' }, ['fx-strikes:e1']],
          [{ actor: 'NOBODY' }, []],
        ];
        for (const [filter, expected] of cases) assert.deepEqual(await ids(store, filter), expected, JSON.stringify(filter));
      }));

    it('searches text Arabic-aware: normalised spellings, clitics, English names, with filters', () =>
      withStore(FIXTURES, async (store) => {
        const cases: Array<[EventFilter, string[]]> = [
          [{ q: 'تدمر' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          // Written with hamza in the query, without it in the clashes article.
          [{ q: 'إنتحاريا' }, ['fx-clashes:e1', 'fx-clashes:e2']],
          // The text has "الاسلامية"; the strikes article matches through its actor's name.
          [{ q: 'الإسلامية' }, ['fx-clashes:e1', 'fx-clashes:e2', 'fx-strikes:e1', 'fx-strikes:e2']],
          // "داعش" finds "لداعش" (the text never has the bare word).
          [{ q: 'داعش' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'لداعش' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'ريف' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'مستشفى' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'palmyra' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'Raqqa' }, ['fx-clashes:e1', 'fx-clashes:e2']],
          [{ q: 'تدمر', types: ['air_strike'], actor2: 'ISIS' }, ['fx-strikes:e2']],
          [{ q: 'تدمر', from: '2017-01-01' }, []],
          [{ q: '"وقف القتال"' }, ['fx-appeal:e1']],
          [{ q: '"القتال وقف"' }, []],
          [{ q: 'اشتبا*' }, ['fx-clashes:e1', 'fx-clashes:e2']],
          [{ q: 'تدمر حلب' }, []],
          [{ q: "' OR 1=1 --" }, []],
          // FTS syntax in a query is only punctuation.
          [{ q: 'تدمر*)(:^' }, ['fx-strikes:e1', 'fx-strikes:e2']],
          [{ q: 'NEAR(تدمر) AND' }, []],
        ];
        for (const [filter, expected] of cases) assert.deepEqual(await ids(store, filter), expected, JSON.stringify(filter));
      }));

    it('pages through events by cursor in date order, each once, undated oldest', () =>
      withStore([...FIXTURES, ...dailyArticles(23)], async (store) => {
        const all = await ids(store, {});
        assert.equal(all.length, 28);
        for (const sort of ['-date', 'date'] as const) {
          const seen: StoredEvent[] = [];
          let cursor = null;
          let pages = 0;
          do {
            const page = await store.listEvents({}, { limit: 5, sort, cursor });
            assert.equal(page.total, 28);
            assert.equal(page.total_exact, true);
            seen.push(...page.events);
            cursor = page.next_cursor ? decodeCursor(page.next_cursor, sort) : null;
            pages++;
          } while (cursor);
          assert.equal(pages, 6);
          assert.deepEqual(seen.map((e) => e.id).sort(), all);
          const starts = seen.map((e) => e.date.start ?? '');
          const sorted = [...starts].sort();
          assert.deepEqual(starts, sort === 'date' ? sorted : sorted.reverse());
        }
        const first = await store.listEvents({ types: ['shelling'] }, { limit: 3 });
        assert.deepEqual(first.events.map((e) => e.date.start), ['2019-01-23', '2019-01-22', '2019-01-21']);
        assert.equal(first.total, 23);
      }));

    it('streams every matching event, and contract lines article by article', () =>
      withStore([...FIXTURES, ...dailyArticles(1200)], async (store) => {
        const events = await collect(store.streamEvents({ types: ['shelling'] }));
        assert.equal(events.length, 1200);
        assert.equal(new Set(events.map((e) => e.id)).size, 1200);
        assert.equal(events[0]!.date.start, '2022-04-14');
        const lines = await collect(store.streamArticleEvents({ actor: 'RUS.MIL' }));
        assert.deepEqual(lines, [{ article: STRIKES.article, events: STRIKES.events }]);
        const clashes = await collect(store.streamArticleEvents({ outlet: 'Levant Daily', types: ['armed_clash'] }));
        assert.deepEqual(clashes, [{ article: CLASHES.article, events: [CLASHES.events[0]] }]);
        assert.equal((await collect(store.streamArticleEvents({}))).length, 1203);
      }));

    it('lists articles by publication date with search, outlet and dates', () =>
      withStore([...FIXTURES, ...dailyArticles(7)], async (store) => {
        const all = await store.listArticles({}, { limit: 50 });
        assert.equal(all.total, 10);
        assert.deepEqual(all.articles.slice(0, 2).map((a) => a.id), ['fx-day-7', 'fx-day-6']);
        assert.equal(all.articles.at(-1)!.id, 'fx-appeal');
        const strikes = all.articles.find((a) => a.id === 'fx-strikes')!;
        assert.equal(strikes.events, 2);
        assert.equal(strikes.outlet, 'Desert Wire');
        assert.ok(STRIKES.article.text.startsWith(strikes.excerpt.replace(/…$/, '')));
        const ids = async (filter: Parameters<Store['listArticles']>[0]): Promise<string[]> =>
          (await store.listArticles(filter, { limit: 50 })).articles.map((a) => a.id).sort();
        assert.deepEqual(await ids({ q: 'داعش' }), ['fx-strikes']);
        assert.deepEqual(await ids({ outlet: 'DESERT WIRE' }), ['fx-strikes']);
        assert.deepEqual(await ids({ from: '2017-01-01', to: '2019-01-02' }), ['fx-clashes', 'fx-day-1', 'fx-day-2']);
        const firstPage = await store.listArticles({}, { limit: 4, sort: 'date' });
        assert.equal(firstPage.articles[0]!.id, 'fx-appeal');
        const second = await store.listArticles({}, { limit: 4, sort: 'date', cursor: decodeCursor(firstPage.next_cursor!, 'date') });
        assert.deepEqual(second.articles.map((a) => a.id), ['fx-day-2', 'fx-day-3', 'fx-day-4', 'fx-day-5']);
      }));

    it('counts events per actor, place, day, admin1 and type, with filters', () =>
      withStore(FIXTURES, async (store) => {
        const actors = await store.countActors({});
        assert.deepEqual(actors[0], { id: 'ISIS', name_en: 'Islamic State', name_ar: 'الدولة الإسلامية', events: 2 });
        assert.deepEqual(actors.find((a) => a.id === 'RUS.MIL')?.events, 2);
        assert.deepEqual(await store.countActors({ admin1: 'Idlib' }), [{ id: 'RUS.MIL', name_en: 'Russian armed forces', name_ar: 'الطائرات الروسية', events: 1 }]);
        const places = await store.countPlaces({ types: ['air_strike'] });
        assert.deepEqual(places.map((p) => [p.id, p.events, p.precision_min]).sort(), [['test:palmyra', 1, 2], ['test:sarmin', 1, 1]]);
        assert.deepEqual(await store.countDays({}), [
          { date: '2016-03-08', count: 1 },
          { date: '2016-03-10', count: 1 },
          { date: '2017-07-01', count: 1 },
        ]);
        assert.deepEqual(await store.countAdmin1({ actor: 'ISIS' }), [{ admin1_en: 'Homs', count: 1 }, { admin1_en: 'Raqqa', count: 1 }]);
        assert.deepEqual(await store.countTypes({}), [
          { type: 'air_strike', count: 2 },
          { type: 'appeal', count: 1 },
          { type: 'armed_clash', count: 1 },
          { type: 'suicide_bombing', count: 1 },
        ]);
        assert.deepEqual(await store.countTypes({ q: 'جوبر' }), [{ type: 'armed_clash', count: 1 }, { type: 'suicide_bombing', count: 1 }]);
      }));

    it('gives map points of the newest matching events, launch sites left out', () =>
      withStore(FIXTURES, async (store) => {
        const all = await store.listPoints({ actor: 'RUS.MIL' }, 10);
        assert.equal(all.truncated, false);
        assert.deepEqual(all.points, [
          { event_id: 'fx-strikes:e1', type: 'air_strike', lon: 36.72, lat: 35.9, precision: 1, admin1_en: 'Idlib' },
          { event_id: 'fx-strikes:e2', type: 'air_strike', lon: 38.27, lat: 34.56, precision: 2, admin1_en: 'Homs' },
        ]);
        const newest = await store.listPoints({}, 1);
        assert.equal(newest.truncated, true);
        assert.deepEqual(newest.points.map((p) => p.event_id), ['fx-clashes:e1']);
      }));

    it('describes its contents for filter menus', () =>
      withStore(FIXTURES, async (store) => {
        const meta = await store.meta();
        assert.deepEqual(meta.counts, { articles: 3, events: 5 });
        assert.deepEqual(meta.date_range, { min: '2016-03-08', max: '2017-07-01' });
        assert.deepEqual(meta.actors.map((a) => a.id), ['ISIS', 'REBELS', 'RUS.MIL', 'SYR.MIL', 'UN']);
        assert.deepEqual(meta.admin1, ['Aleppo', 'Damascus', 'Homs', 'Idlib', 'Raqqa']);
        assert.deepEqual(meta.weapons, ['su-25', 'warplane']);
        assert.deepEqual(meta.target_kinds, ['fortification', 'hospital']);
        assert.deepEqual(meta.outlets, ['Desert Wire', 'Levant Daily']);
        await store.putArticles(dailyArticles(2));
        assert.deepEqual((await store.meta()).counts, { articles: 5, events: 7 });
      }));
  });
}
