/**
 * The store: ingest rate into SQLite (extraction included, and the store alone), then query
 * latency on a synthetic store of SYNTHETIC_EVENTS events made from the extractor's real output
 * on the corpus: each copy of an article gets its own publication date (events move with it),
 * some of its places swapped for gazetteer places and some actors for others, its own outlet,
 * and a closing line naming its new places (so full-text search sees them). Queries are a mix
 * of filters and full-text searches with values drawn from the store; each is a whole
 * `listEvents` call (page of 50 plus the capped total), timed after a warm-up.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATCH_SIZE, ingest } from '../src/cli/commands/ingest.ts';
import { openExtractor } from '../src/extract/extractor.ts';
import type { ActorRef, ArticleEvents, Location, RasdEvent, SourceArticle } from '../src/contract/index.ts';
import { PROJECT_ROOT, SHARED_DIR, dataPath } from '../src/contract/paths.ts';
import { loadArticleDir } from '../src/eval/articles.ts';
import { extractArticle } from '../src/extract/index.ts';
import { addDays, daysBetween } from '../src/store/days.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { EventFilter, Store } from '../src/store/types.ts';
import type { BenchSection } from './run.ts';

/** Events in the synthetic store (the target is set for a million); 0 measures the ingest rates alone. */
const SYNTHETIC_EVENTS = Number(process.env['RASD_BENCH_EVENTS'] ?? 1_000_000);
/** A PostgreSQL server to measure too (postgres:// URL), see postgres.ts. */
const PG_URL = process.env['RASD_BENCH_PG'];
/** Articles per transaction while building it. */
const BUILD_BATCH = 2000;
/** Articles through `rasd ingest`'s path for the ingest rate (extraction included): enough batches for the pipeline to fill. */
const INGEST_ARTICLES = 2000;
/** Articles stored alone (extracted beforehand) for the store's own rate: twenty batches, so that the write-ahead log's
 *  checkpoints (every few batches) are counted at their share, not by whether one falls in a short window. */
const STORE_ARTICLES = 4000;
/** Timed queries per kind, after WARMUP untimed ones. */
const QUERIES = 300;
const WARMUP = 40;
const FIRST_DAY = '2011-03-15';
const LAST_DAY = '2024-12-31';

const SHARED_CORPUS = ['corpus/dev', 'seeds'].map((d) => join(SHARED_DIR, d));
const EXAMPLES = join(PROJECT_ROOT, 'examples');

/** Deterministic random numbers (mulberry32), so two runs measure the same store and queries. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Skewed pick: index ~ u^2, so the first items are drawn far more often (few common places, many rare). */
function pickSkewed<T>(rand: () => number, items: readonly T[]): T {
  const u = rand();
  return items[Math.floor(u * u * items.length)]!;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export function corpus(): { articles: SourceArticle[]; from: string } {
  const shared = SHARED_CORPUS.filter((dir) => existsSync(dir));
  if (shared.length > 0) return { articles: shared.flatMap((dir) => loadArticleDir(dir).articles), from: 'the dev corpus and seeds' };
  if (existsSync(EXAMPLES)) return { articles: loadArticleDir(EXAMPLES).articles, from: 'the examples folder' };
  return { articles: [], from: '' };
}

/** `count` copies of the articles cycled, each with its own id and a text of its own. */
export function copies(articles: readonly SourceArticle[], count: number, tag: string): SourceArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const a = articles[i % articles.length]!;
    return { ...a, id: `${a.id}~${tag}${i}`, url: null, text: `${a.text}\n(${tag} ${i})` };
  });
}

export async function* inputs(articles: readonly SourceArticle[]): AsyncGenerator<{ ok: true; article: SourceArticle }> {
  for (const article of articles) yield { ok: true, article };
}

interface Place {
  id: string;
  name_en: string;
  name_ar: string;
  admin1_en: string | null;
  lat: number;
  lon: number;
}

/** Towns and villages of the gazetteer, most populous first (they are the ones news names most). */
function gazetteerPlaces(): Place[] {
  const lines = readFileSync(dataPath('gazetteer/syria-places.tsv'), 'utf8').split('\n').slice(1);
  const rows = lines
    .map((l) => l.split('\t'))
    .filter((c) => c.length > 10 && ['city', 'town', 'village'].includes(c[5]!) && c[6] !== '')
    .map((c) => ({ place: { id: c[0]!, name_ar: c[1]!, name_en: c[2]!, admin1_en: c[6] || null, lat: Number(c[8]), lon: Number(c[9]) }, pop: Number(c[10]) || 0 }));
  rows.sort((a, b) => b.pop - a.pop);
  return rows.map((r) => r.place);
}

interface Generator {
  next(n: number): ArticleEvents;
}

export function syntheticGenerator(templates: readonly ArticleEvents[], seed: number): Generator {
  const rand = random(seed);
  const places = gazetteerPlaces();
  const actors: ActorRef[] = [];
  const seen = new Set<string>();
  for (const t of templates) {
    for (const e of t.events) {
      for (const a of [e.actor1, e.actor2]) if (a && !seen.has(a.id)) (seen.add(a.id), actors.push(a));
    }
  }
  const outlets = [...new Set(templates.map((t) => t.article.outlet).filter((o): o is string => o !== null))];
  for (let i = 0; outlets.length < 40; i++) outlets.push(`Outlet ${i + 1}`);
  const span = daysBetween(FIRST_DAY, LAST_DAY);

  const movePlace = (loc: Location, added: string[]): Location => {
    if (rand() < 0.35) return loc;
    const p = pickSkewed(rand, places);
    added.push(p.name_ar);
    return { ...loc, id: p.id, name_en: p.name_en, name_ar: p.name_ar, admin1_en: p.admin1_en, country: 'SY', lat: p.lat, lon: p.lon, text: p.name_ar };
  };
  const moveActor = (a: ActorRef | null): ActorRef | null => (a && rand() < 0.3 ? pickSkewed(rand, actors) : a);

  return {
    next(n: number): ArticleEvents {
      const t = templates[n % templates.length]!;
      const published = addDays(FIRST_DAY, Math.floor(rand() * span));
      const shift = t.article.published ? daysBetween(t.article.published, published) : 0;
      const move = (d: string | null): string | null => (d ? addDays(d, shift) : null);
      const added: string[] = [];
      const events: RasdEvent[] = t.events.map((e, i) => ({
        ...e,
        id: `syn${n}#${i + 1}`,
        actor1: moveActor(e.actor1),
        actor2: moveActor(e.actor2),
        locations: e.locations.map((l) => movePlace(l, added)),
        date: { ...e.date, start: move(e.date.start), end: move(e.date.end) },
      }));
      const text = `${t.article.text}\n${[...new Set(added)].join(' ')} (${n})`;
      return { article: { ...t.article, id: `syn${n}`, url: null, published, outlet: pick(rand, outlets), text }, events };
    },
  };
}

/** The synthetic articles, in batches of `batchSize`, until they hold `events` events (seed 7: the same every run). */
export function* syntheticBatches(templates: readonly ArticleEvents[], events: number, batchSize: number): Iterable<ArticleEvents[]> {
  const generator = syntheticGenerator(templates, 7);
  let made = 0;
  for (let n = 0; made < events; ) {
    const batch: ArticleEvents[] = [];
    for (let i = 0; i < batchSize && made < events; i++, n++) {
      const item = generator.next(n);
      batch.push(item);
      made += item.events.length;
    }
    yield batch;
  }
}

export async function buildSynthetic(file: string, templates: readonly ArticleEvents[]): Promise<{ store: SqliteStore; events: number; seconds: number; cpuSeconds: number }> {
  const store = openSqliteStore(file);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let events = 0;
  async function* batches(): AsyncGenerator<ArticleEvents[]> {
    for (const batch of syntheticBatches(templates, SYNTHETIC_EVENTS, BUILD_BATCH)) {
      for (const item of batch) events += item.events.length;
      yield batch;
    }
  }
  await store.bulkLoad(batches());
  store.db.pragma('optimize');
  const used = process.cpuUsage(cpu);
  return { store, events, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** A mix of filters as the web page and analysts combine them, values drawn from the store. */
export function filterQueries(store: SqliteStore, rand: () => number): EventFilter[] {
  const values = (facet: string): string[] =>
    (store.db.prepare('SELECT label FROM facet_labels WHERE facet = ?').all(facet) as Array<{ label: string }>).map((r) => r.label);
  const types = values('type');
  const admin1 = values('admin1');
  const weapons = values('weapon');
  const targets = values('target');
  const outlets = values('outlet');
  const actors = (store.db.prepare('SELECT id FROM actors').all() as Array<{ id: string }>).map((r) => r.id);
  const places = (store.db.prepare('SELECT id FROM places ORDER BY random() LIMIT 500').all() as Array<{ id: string }>).map((r) => r.id);
  const stances = ['asserts', 'denies', 'alleges', 'reports'] as const;
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  const range = (days: number): { from: string; to: string } => {
    const from = addDays(FIRST_DAY, Math.floor(rand() * (span - days)));
    return { from, to: addDays(from, days) };
  };
  const shapes: Array<() => EventFilter> = [
    () => ({}),
    () => ({ types: [pick(rand, types)] }),
    () => ({ types: [pick(rand, types), pick(rand, types)] }),
    () => ({ actor: pick(rand, actors) }),
    () => ({ admin1: pick(rand, admin1) }),
    () => ({ place: pick(rand, places) }),
    () => ({ ...range(30) }),
    () => ({ ...range(365) }),
    () => ({ weapon: pick(rand, weapons) }),
    () => ({ target: pick(rand, targets) }),
    () => ({ stance: pick(rand, stances) }),
    () => ({ outlet: pick(rand, outlets) }),
    () => ({ actor: pick(rand, actors), admin1: pick(rand, admin1) }),
    () => ({ types: [pick(rand, types)], actor: pick(rand, actors), ...range(365) }),
    () => ({ admin1: pick(rand, admin1), ...range(90) }),
    () => ({ types: [pick(rand, types)], target: pick(rand, targets), stance: pick(rand, stances) }),
    () => ({ bbox: [36.5, 35.6, 37.0, 36.1] as [number, number, number, number] }),
    () => ({ bbox: [36.0, 33.0, 37.5, 35.0] as [number, number, number, number], types: [pick(rand, types)] }),
    () => ({ actor: pick(rand, actors), weapon: pick(rand, weapons) }),
    () => ({ place: pick(rand, places), ...range(365 * 3) }),
  ];
  return Array.from({ length: QUERIES + WARMUP }, () => pick(rand, shapes)());
}

/** Words of the corpus, common to rare, searched alone, as phrases, and with filters. */
export function textQueries(templates: readonly ArticleEvents[], store: SqliteStore, rand: () => number): EventFilter[] {
  const counts = new Map<string, number>();
  for (const t of templates) for (const w of new Set(t.article.text.split(/[\s،.:؛()«»"]+/))) if (w.length >= 4) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const common = words.slice(0, 50);
  const rare = words.slice(-2000);
  const admin1 = (store.db.prepare("SELECT label FROM facet_labels WHERE facet = 'admin1'").all() as Array<{ label: string }>).map((r) => r.label);
  const types = (store.db.prepare("SELECT label FROM facet_labels WHERE facet = 'type'").all() as Array<{ label: string }>).map((r) => r.label);
  const shapes: Array<() => EventFilter> = [
    () => ({ q: pick(rand, common) }),
    () => ({ q: pick(rand, words) }),
    () => ({ q: pick(rand, rare) }),
    () => ({ q: `${pick(rand, common)} ${pick(rand, words)}` }),
    () => ({ q: pick(rand, words), types: [pick(rand, types)] }),
    () => ({ q: pick(rand, common), admin1: pick(rand, admin1) }),
    () => ({ q: pick(rand, words), from: '2016-01-01', to: '2016-12-31' }),
    () => ({ q: 'palmyra' }),
  ];
  return Array.from({ length: QUERIES + WARMUP }, () => pick(rand, shapes)());
}

export interface QueryTimes {
  p50: number;
  p95: number;
  slowest: string;
}

export async function timeQueries(store: Store, queries: readonly EventFilter[]): Promise<QueryTimes> {
  const times: Array<[number, EventFilter]> = [];
  for (const [i, filter] of queries.entries()) {
    const start = process.hrtime.bigint();
    await store.listEvents(filter, { limit: 50 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i >= WARMUP) times.push([ms, filter]);
  }
  times.sort((a, b) => a[0] - b[0]);
  const ms = times.map(([t]) => t);
  const worst = times.at(-1)!;
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), slowest: `${worst[0].toFixed(0)} ms ${JSON.stringify(worst[1])}` };
}

export async function benchStore(): Promise<BenchSection> {
  const notes: string[] = [];
  const { articles, from } = corpus();
  const fields: Record<string, number | null> = {
    ingest_articles_per_s: null,
    ingest_jobs_articles_per_s: null,
    store_articles_per_s: null,
    synthetic_events: null,
    synthetic_build_s: null,
    synthetic_build_cpu_s: null,
    query_p50_ms: null,
    query_p95_ms: null,
    fts_p50_ms: null,
    fts_p95_ms: null,
    pg_ingest_articles_per_s: null,
    pg_synthetic_events: null,
    pg_query_p50_ms: null,
    pg_query_p95_ms: null,
    pg_fts_p50_ms: null,
    pg_fts_p95_ms: null,
  };
  if (articles.length === 0) {
    notes.push(`no corpus at ${SHARED_DIR} and no examples folder: nothing to measure`);
    return { title: 'store', fields, notes };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-store-'));
  try {
    const templates = articles.map((a) => extractArticle(a));

    // Ingest as `rasd ingest` does: duplicate check, extraction (in the main thread, and with
    // `--jobs` on a thread per core but one), batches of 200 per transaction. Worker start-up is included.
    const jobs = Math.max(1, availableParallelism() - 1);
    const rates = { main: [] as number[], jobs: [] as number[], store: [] as number[] };
    for (let run = 0; run < 3; run++) {
      for (const [key, threads] of [['main', 0], ['jobs', jobs]] as const) {
        const store = openSqliteStore(join(dir, `ingest-${key}-${run}.sqlite`));
        const start = performance.now();
        const extraction = await openExtractor(threads, BATCH_SIZE);
        const counts = await ingest(store, inputs(copies(articles, INGEST_ARTICLES, `${key}${run}`)), extraction.extract);
        rates[key].push(counts.created / ((performance.now() - start) / 1000));
        await extraction.close();
        if (key === 'main') {
          const extracted = copies(articles, STORE_ARTICLES, `s${run}`).map((a) => extractArticle(a));
          const storeStart = performance.now();
          for (let i = 0; i < extracted.length; i += 200) await store.putArticles(extracted.slice(i, i + 200));
          rates.store.push(extracted.length / ((performance.now() - storeStart) / 1000));
        }
        await store.close();
      }
    }
    fields['ingest_articles_per_s'] = Math.round(median(rates.main));
    fields['ingest_jobs_articles_per_s'] = Math.round(median(rates.jobs));
    fields['store_articles_per_s'] = Math.round(median(rates.store));
    notes.push(`ingest: ${INGEST_ARTICLES} copies of ${from}, median of 3 runs, extraction in the main thread as rasd ingest runs by default; ingest_jobs_articles_per_s with --jobs ${jobs} (machine: ${availableParallelism()} cores reported); store_articles_per_s stores ${STORE_ARTICLES} more, extracted beforehand`);
    if (SYNTHETIC_EVENTS === 0) {
      notes.push('no synthetic store (RASD_BENCH_EVENTS=0): query figures not measured');
      return { title: 'store', fields, notes };
    }

    const built = await buildSynthetic(join(dir, 'synthetic.sqlite'), templates);
    fields['synthetic_events'] = built.events;
    fields['synthetic_build_s'] = Math.round(built.seconds);
    fields['synthetic_build_cpu_s'] = Math.round(built.cpuSeconds);
    const rand = random(11);
    const queries = { filtered: filterQueries(built.store, rand), text: textQueries(templates, built.store, rand) };
    const filtered = await timeQueries(built.store, queries.filtered);
    const text = await timeQueries(built.store, queries.text);
    fields['query_p50_ms'] = Number(filtered.p50.toFixed(2));
    fields['query_p95_ms'] = Number(filtered.p95.toFixed(2));
    fields['fts_p50_ms'] = Number(text.p50.toFixed(2));
    fields['fts_p95_ms'] = Number(text.p95.toFixed(2));
    notes.push(`${built.events} synthetic events built in ${built.seconds.toFixed(0)} s (${built.cpuSeconds.toFixed(0)} s CPU); ${QUERIES} queries of each kind, page of 50 with total counted up to 1,000`);
    notes.push(`slowest filtered: ${filtered.slowest}`);
    notes.push(`slowest full-text: ${text.slowest}`);
    await built.store.close();

    if (PG_URL) {
      // The same queries, drawn from the SQLite store, on a PostgreSQL store built the same way.
      const { benchPostgres } = await import('./postgres.ts');
      const pgFigures = await benchPostgres(PG_URL, articles, templates, queries, INGEST_ARTICLES);
      fields['pg_ingest_articles_per_s'] = Math.round(pgFigures.ingestArticlesPerS);
      fields['pg_synthetic_events'] = pgFigures.syntheticEvents;
      fields['pg_query_p50_ms'] = Number(pgFigures.filtered.p50.toFixed(2));
      fields['pg_query_p95_ms'] = Number(pgFigures.filtered.p95.toFixed(2));
      fields['pg_fts_p50_ms'] = Number(pgFigures.text.p50.toFixed(2));
      fields['pg_fts_p95_ms'] = Number(pgFigures.text.p95.toFixed(2));
      notes.push(`PostgreSQL: ingest as above; ${pgFigures.syntheticEvents} synthetic events; slowest filtered: ${pgFigures.filtered.slowest}; slowest full-text: ${pgFigures.text.slowest}`);
    } else {
      notes.push('PostgreSQL not measured (pg_* fields): set RASD_BENCH_PG to a postgres:// URL whose role may create databases');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { title: 'store', fields, notes };
}
