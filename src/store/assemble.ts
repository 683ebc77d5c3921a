/** Stored rows back into the contract's objects, the same way for every engine. */
import type { Article, ArticleRef, RasdEvent, StoredEvent } from '../contract/index.ts';

const EXCERPT_CHARS = 240;

/** An article as stored: the contract's fields, the language always Arabic. */
export interface ArticleColumns {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

export function toArticle(row: ArticleColumns): Article {
  return { id: row.id, title: row.title, outlet: row.outlet, url: row.url, published: row.published, language: 'ar', text: row.text };
}

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
  return flat.slice(0, cut > 0 ? cut : EXCERPT_CHARS) + '…';
}

/** An event from its stored contract JSON, with its article and its evidence sentences read from the article text. */
export function storedEvent(json: string, article: ArticleRef, articleText: string): StoredEvent {
  const event = JSON.parse(json) as RasdEvent;
  return { ...event, article, evidence_text: event.evidence.map((s) => articleText.slice(s.start, s.end)) };
}
