/**
 * The articles an evaluation runs on: a folder of `.txt` files (read as `rasd extract` reads
 * them: line 1 the headline, then the body) and an optional `index.jsonl` giving each file its id,
 * publication date, outlet and headline. Without an index entry the id is the file name
 * without its extension and the publication date is unknown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanText } from '../ingest/text-checks.ts';
import { parseTxt } from '../ingest/txt.ts';
import type { SourceArticle } from '../contract/index.ts';

export interface IndexEntry {
  id: string;
  file: string;
  published: string | null;
  outlet: string | null;
  headline: string | null;
  url: string | null;
}

export interface LoadError {
  code: 'ERR_INDEX_LINE' | 'ERR_ARTICLE_READ';
  file: string;
  message: string;
}

export interface LoadedArticles {
  articles: SourceArticle[];
  errors: LoadError[];
}

export const INDEX_FILE = 'index.jsonl';

function optString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Index entries by file name. Lines that are not an object with `id` and `file` are errors. */
export function parseIndex(text: string, source: string): { entries: Map<string, IndexEntry>; errors: LoadError[] } {
  const entries = new Map<string, IndexEntry>();
  const errors: LoadError[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      errors.push({ code: 'ERR_INDEX_LINE', file: `${source}:${i + 1}`, message: (err as Error).message });
      return;
    }
    const id = optString(row['id']);
    const file = optString(row['file']);
    if (id === null || file === null) {
      errors.push({ code: 'ERR_INDEX_LINE', file: `${source}:${i + 1}`, message: 'expected "id" and "file" strings' });
      return;
    }
    entries.set(file, {
      id,
      file,
      published: optString(row['published']),
      outlet: optString(row['outlet']),
      headline: optString(row['headline']),
      url: optString(row['url']),
    });
  });
  return { entries, errors };
}

/** Reads the `.txt` articles of `dir`; `indexFile` defaults to the folder's index.jsonl when present. */
export function loadArticleDir(dir: string, indexFile?: string): LoadedArticles {
  const errors: LoadError[] = [];
  const indexPath = indexFile ?? join(dir, INDEX_FILE);
  let entries = new Map<string, IndexEntry>();
  if (indexFile !== undefined || existsSync(indexPath)) {
    try {
      const parsed = parseIndex(readFileSync(indexPath, 'utf8'), indexPath);
      entries = parsed.entries;
      errors.push(...parsed.errors);
    } catch (err) {
      errors.push({ code: 'ERR_ARTICLE_READ', file: indexPath, message: (err as Error).message });
    }
  }
  const articles: SourceArticle[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (err) {
      errors.push({ code: 'ERR_ARTICLE_READ', file: path, message: (err as Error).message });
      continue;
    }
    const { title, body } = parseTxt(cleanText(content));
    const entry = entries.get(name);
    articles.push({
      id: entry?.id ?? basename(name, '.txt'),
      title: title ?? entry?.headline ?? null,
      text: body,
      published: entry?.published ?? null,
      url: entry?.url ?? null,
      outlet: entry?.outlet ?? null,
      source: path,
    });
  }
  return { articles, errors };
}
