import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregateSql, articleMatchSql, chooseDrivers, candidateDrivers, eventMatchSql, ftsExpression } from './query.ts';
import type { Driver, EventConditions, Sql } from './query.ts';

const HOSTILE = "x' OR '1'='1'; DROP TABLE events; --";

function cond(over: Partial<EventConditions> = {}): EventConditions {
  return { facets: [], days: null, bbox: null, fts: null, article: null, ...over };
}

function placeholders(sql: Sql): number {
  return (sql.sql.match(/\?/g) ?? []).length;
}

describe('SQL builders', () => {
  it('quote every full-text term, so nothing in a query is an FTS operator', () => {
    assert.equal(
      ftsExpression([
        { kind: 'word', word: 'تدمر', prefix: false },
        { kind: 'word', word: 'اشتبا', prefix: true },
        { kind: 'phrase', words: ['الدوله', 'الاسلاميه'] },
        { kind: 'word', word: 'a"b', prefix: false },
      ]),
      '"تدمر" AND "اشتبا" * AND "الدوله الاسلاميه" AND "a""b"',
    );
  });

  it('bind every value: none reaches the SQL text, and placeholders match parameters', () => {
    const c = cond({
      facets: [{ name: 'actor', values: [HOSTILE] }, { name: 'type', values: ['air_strike', HOSTILE] }],
      days: { lo: 20150101, hi: 20151231, from: 20150105 },
      bbox: [36, 33, 37, 36],
      fts: `"${HOSTILE}"`,
      article: HOSTILE,
    });
    const drivers: Driver[] = [{ kind: 'all' }, { kind: 'facet', index: 0 }, { kind: 'facet', index: 1 }, { kind: 'fts' }, { kind: 'bbox' }, { kind: 'article' }];
    for (const driver of drivers) {
      for (const order of ['day-desc', 'day-asc', 'seq'] as const) {
        for (const page of [null, { after: { day: 20150301, seq: 9 }, limit: 51 }]) {
          const sql = eventMatchSql(c, driver, order, page);
          assert.ok(!sql.sql.includes('DROP') && !sql.sql.includes('20150101'), sql.sql);
          assert.equal(placeholders(sql), sql.params.length, `${driver.kind} ${order}`);
          assert.ok(sql.params.includes(HOSTILE));
        }
      }
    }
    const agg = aggregateSql('actors', eventMatchSql(c, { kind: 'all' }, 'day-desc', null));
    assert.equal(placeholders(agg), agg.params.length);
    const articles = articleMatchSql({ fts: HOSTILE, outlet: HOSTILE, days: { lo: 1, hi: 2 } }, 'fts', { after: null, limit: 5, order: 'day-desc' });
    assert.equal(placeholders(articles), articles.params.length);
    assert.ok(!articles.sql.includes('DROP'));
  });

  it('drive by the smallest condition, or by one already in date order when all are large', () => {
    const c = cond({ facets: [{ name: 'type', values: ['air_strike'] }, { name: 'admin1', values: ['idlib'] }, { name: 'type', values: ['a', 'b'] }], fts: '"x"' });
    assert.deepEqual(candidateDrivers(c).map((d) => d.kind), ['facet', 'facet', 'facet', 'fts']);
    const counted = (counts: number[]) => candidateDrivers(c).map((driver, i) => ({ driver, count: counts[i]! }));
    const page = (counts: number[], order: 'day-desc' | 'seq' = 'day-desc') => chooseDrivers(c, order, counted(counts), 4000).page;
    assert.deepEqual(page([4000, 4000, 4000, 12]), { kind: 'fts' });
    assert.deepEqual(page([4000, 300, 4000, 4000]), { kind: 'facet', index: 1 });
    // All large: the full-text set gives no order; facets do (several values are merged in order).
    assert.deepEqual(page([4000, 4000, 4000, 4000]), { kind: 'facet', index: 0 });
    // For exports (sequence order) no facet is in order: scan all.
    assert.deepEqual(page([4000, 4000, 4000, 4000], 'seq'), { kind: 'all' });
    assert.deepEqual(chooseDrivers(cond({ article: 'a' }), 'day-desc', [], 4000).page, { kind: 'article' });
    assert.deepEqual(chooseDrivers(cond({}), 'day-desc', [], 4000), { page: { kind: 'all' }, count: { kind: 'all' } });
  });

  it('count a total through the smallest condition, though the page goes through the date index', () => {
    const dense = cond({ bbox: [36, 35, 38, 37] });
    assert.deepEqual(chooseDrivers(dense, 'day-desc', [{ driver: { kind: 'bbox' }, count: 4000 }], 4000), { page: { kind: 'all' }, count: { kind: 'bbox' } });
    const c = cond({ facets: [{ name: 'type', values: ['air_strike'] }], bbox: [36, 35, 38, 37] });
    const [facet, bbox] = candidateDrivers(c);
    // Sequence order: no candidate is in order, so the page scans all; the smaller candidate counts.
    assert.deepEqual(chooseDrivers(c, 'seq', [{ driver: facet!, count: 4000 }, { driver: bbox!, count: 4000 }], 4000).page, { kind: 'all' });
    assert.deepEqual(chooseDrivers(c, 'day-desc', [{ driver: facet!, count: 4000 }, { driver: bbox!, count: 4000 }], 4000), { page: facet, count: facet });
  });
});
