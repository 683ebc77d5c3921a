/**
 * Builds the full-text index again from the stored articles and their events, for a migration that
 * changes what the index holds: its documents are made in code (fts-words.ts), not in SQL.
 */
import type { Database as Db } from 'better-sqlite3';
import type { RasdEvent } from '../../contract/index.ts';
import { toArticle, type ArticleColumns } from '../assemble.ts';
import { ftsDocument } from './fts-words.ts';

/** Articles read at a time: statements cannot run while another is read row by row. */
const CHUNK = 500;

export function reindexArticles(db: Db): void {
  const articles = db.prepare('SELECT seq, id, title, outlet, url, published, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?');
  const events = db.prepare('SELECT j.json FROM events e JOIN event_json j ON j.event_seq = e.seq WHERE e.article_seq = ? ORDER BY e.seq').pluck();
  const insert = db.prepare('INSERT INTO article_fts (rowid, doc) VALUES (?, ?)');
  for (let after = 0; ; ) {
    const chunk = articles.all(after, CHUNK) as Array<ArticleColumns & { seq: number }>;
    for (const row of chunk) {
      const stored = (events.all(row.seq) as string[]).map((json) => JSON.parse(json) as RasdEvent);
      insert.run(row.seq, ftsDocument(toArticle(row), stored));
    }
    if (chunk.length < CHUNK) return;
    after = chunk.at(-1)!.seq;
  }
}
