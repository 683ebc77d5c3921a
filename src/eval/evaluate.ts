/**
 * Runs an extractor over an article folder or a judged-sentence file and scores it. The
 * extractor is a parameter so the same scoring applies to any implementation of the contract.
 */
import { readFileSync } from 'node:fs';
import { loadArticleDir } from './articles.ts';
import { loadGoldDir } from './gold.ts';
import { parseGsr, scoreGsr } from './gsr.ts';
import { scoreArticles } from './score.ts';
import type { ArticleEvents, SourceArticle } from '../contract/index.ts';
import type { LoadError } from './articles.ts';
import type { GoldError } from './gold.ts';
import type { GsrError, GsrReport } from './gsr.ts';
import type { ArticleInput, EventsReport } from './score.ts';

export type Extractor = (article: SourceArticle, options?: { published?: string | null }) => ArticleEvents;

export interface CorpusEvaluation {
  report: EventsReport;
  /** Articles read but without a gold file (not scored). */
  without_gold: string[];
  /** Gold files whose article is not in the folder (not scored). */
  without_article: string[];
  errors: Array<LoadError | GoldError>;
}

export interface CorpusInput {
  articlesDir: string;
  goldDir: string;
  /** Defaults to the articles folder's index.jsonl when there is one. */
  indexFile?: string;
}

/**
 * Extracts every article that has gold and scores it. The publication date is the index's, or
 * else the gold file's (null there means unknown).
 */
export function evaluateCorpus(input: CorpusInput, extract: Extractor): CorpusEvaluation {
  const loaded = loadArticleDir(input.articlesDir, input.indexFile);
  const gold = loadGoldDir(input.goldDir);
  const scored: ArticleInput[] = [];
  const without_gold: string[] = [];
  const seen = new Set<string>();
  for (const article of loaded.articles) {
    const g = gold.articles.get(article.id);
    if (g === undefined) {
      without_gold.push(article.id);
      continue;
    }
    seen.add(article.id);
    const published = article.published ?? g.published;
    const result = extract({ ...article, published }, { published });
    scored.push({ id: article.id, text: result.article.text, gold: g.events, predicted: result.events });
  }
  return {
    report: scoreArticles(scored),
    without_gold,
    without_article: [...gold.articles.keys()].filter((id) => !seen.has(id)),
    errors: [...loaded.errors, ...gold.errors],
  };
}

export type GsrEvaluation = { ok: true; report: GsrReport } | { ok: false; error: GsrError };

/**
 * Extracts each judged sentence as an article of its own with an unknown publication date. The question asked
 * of the sentence is whether it reports an event, so events it only speaks of in passing do not count.
 */
export function evaluateGsr(csvFile: string, extract: Extractor): GsrEvaluation {
  const parsed = parseGsr(readFileSync(csvFile, 'utf8'));
  if (!parsed.ok) return parsed;
  const predictions = parsed.rows.map((row) => {
    const article: SourceArticle = { id: row.id, title: null, text: row.text, published: null, url: null, outlet: null, source: `${csvFile}#${row.id}` };
    const types = extract(article, { published: null }).events.flatMap((e) => (e.plover === null || e.background ? [] : [e.plover[0]]));
    return { row, types: [...new Set(types)] };
  });
  return { ok: true, report: scoreGsr(predictions) };
}
