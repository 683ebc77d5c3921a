/**
 * Extraction throughput on one core: `extractArticle` over the dev corpus and the seeds,
 * repeated to at least TARGET_BYTES of text, against a bare normalise + tokenise pass (`tokenise`
 * normalises as it goes) over the same text as the ceiling. Each pass runs RUNS times after a
 * warm-up, the two taking turns so both meet the same load on a shared machine; the median counts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SHARED_DIR } from '../src/contract/paths.ts';
import { loadArticleDir } from '../src/eval/articles.ts';
import { tokenise } from '../src/text/tokens.ts';
import type { SourceArticle } from '../src/contract/index.ts';
import type { BenchSection } from './run.ts';

// 20 MB: enough text that a pass takes seconds, so timer noise and GC pauses average out.
const TARGET_BYTES = 20_000_000;
const RUNS = 5;
// Warm-up on a slice: enough for the JIT to settle without another full pass.
const WARMUP_BYTES = 2_000_000;
const MB = 1_000_000;

const SHARED_CORPUS = ['corpus/dev', 'seeds'].map((d) => join(SHARED_DIR, d));
// The project's own example reports, measured when the shared corpus is not there.
const EXAMPLES = join(PROJECT_ROOT, 'examples');

function corpus(): { articles: SourceArticle[]; from: string } {
  const shared = SHARED_CORPUS.filter((dir) => existsSync(dir));
  if (shared.length > 0) return { articles: shared.flatMap((dir) => loadArticleDir(dir).articles), from: 'the dev corpus and seeds' };
  if (existsSync(EXAMPLES)) return { articles: loadArticleDir(EXAMPLES).articles, from: `${EXAMPLES} (no shared corpus at ${SHARED_DIR})` };
  return { articles: [], from: '' };
}

// Extraction reads the body only (the headline is carried through, not read), so both passes and the MB
// figures cover the body alone.
function byteLength(a: SourceArticle): number {
  return Buffer.byteLength(a.text, 'utf8');
}

/** The articles cycled, each copy with its own id, until they hold `bytes` of text. */
function repeatTo(articles: readonly SourceArticle[], bytes: number): { articles: SourceArticle[]; bytes: number } {
  const out: SourceArticle[] = [];
  let total = 0;
  for (let round = 0; total < bytes; round++) {
    for (const a of articles) {
      out.push({ ...a, id: `${a.id}#${round}` });
      total += byteLength(a);
    }
  }
  return { articles: out, bytes: total };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds per pass over the articles, median of RUNS; the sink keeps the work observable. */
interface Timing {
  seconds: number;
  sink: number;
}

/** The timing of each of `passes` over `articles`, the passes taking turns run after run. */
function timePasses(articles: readonly SourceArticle[], passes: ReadonlyArray<(a: SourceArticle) => number>): Timing[] {
  const seconds: number[][] = passes.map(() => []);
  const sinks = passes.map(() => 0);
  for (let run = 0; run < RUNS; run++) {
    passes.forEach((pass, p) => {
      const start = process.hrtime.bigint();
      for (const a of articles) sinks[p]! += pass(a);
      seconds[p]!.push(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return passes.map((_, p) => ({ seconds: median(seconds[p]!), sink: sinks[p]! }));
}

const bare = (a: SourceArticle): number => tokenise(a.text).length;

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function benchExtract(): Promise<BenchSection> {
  const notes: string[] = [];
  const { articles: base, from } = corpus();
  if (base.length === 0) {
    notes.push(`no corpus at ${SHARED_DIR} (set RASD_SHARED to the shared folder) and no examples folder: nothing to measure`);
    return {
      title: 'extraction',
      fields: {
        extract_articles_per_s: null,
        bare_articles_per_s: null,
        extract_mb_per_s: null,
        bare_mb_per_s: null,
        extract_vs_bare_ratio: null,
        peak_rss_mb: peakRssMb(),
      },
      notes,
    };
  }
  const { extractArticle } = await import('../src/extract/index.ts');
  const extract = (a: SourceArticle): number => extractArticle(a, { published: a.published }).events.length;
  const { articles, bytes } = repeatTo(base, TARGET_BYTES);
  const warm = repeatTo(base, WARMUP_BYTES).articles;
  for (const a of warm) {
    extract(a);
    bare(a);
  }

  const timings = timePasses(articles, [extract, bare]);
  const e = timings[0]!;
  const b = timings[1]!;
  notes.push(`text: ${from}; warm-up: ${warm.length} articles`);
  notes.push(`${base.length} articles repeated to ${articles.length} (${(bytes / MB).toFixed(1)} MB), median of ${RUNS} runs, MB = 10^6 bytes of UTF-8`);
  notes.push(`${(e.sink / RUNS / articles.length).toFixed(2)} events and ${(b.sink / RUNS / articles.length).toFixed(0)} tokens per article`);
  return {
    title: 'extraction',
    fields: {
      extract_articles_per_s: Math.round(articles.length / e.seconds),
      bare_articles_per_s: Math.round(articles.length / b.seconds),
      extract_mb_per_s: bytes / MB / e.seconds,
      bare_mb_per_s: bytes / MB / b.seconds,
      // How many times longer extraction takes than the bare pass.
      extract_vs_bare_ratio: e.seconds / b.seconds,
      peak_rss_mb: peakRssMb(),
    },
    notes,
  };
}
