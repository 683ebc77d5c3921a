/**
 * HTML pages: the main text through Mozilla Readability over a linkedom document, with its
 * paragraph breaks, minus site chrome; title, date, canonical URL and outlet from the page's
 * metadata. Metadata is read before Readability runs, since Readability rewrites the document.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dropChrome } from './chrome.ts';
import { htmlLines, nodeLines } from './html-text.ts';
import { toIsoDate } from './published.ts';

export interface HtmlArticle {
  title: string | null;
  /** Body text, one paragraph a line; '' when the page has no readable text. */
  body: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function attr(document: Doc, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function meta(document: Doc, key: string): string | null {
  return attr(document, `meta[property="${key}"]`, 'content') ?? attr(document, `meta[name="${key}"]`, 'content');
}

/** `datePublished` of the first JSON-LD object that has one (objects, arrays and @graph). */
function jsonLdDatePublished(document: Doc): string | null {
  const find = (value: unknown): string | null => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = find(item);
        if (found) return found;
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['datePublished'] === 'string') return record['datePublished'];
      return find(record['@graph']);
    }
    return null;
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = find(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  }
  return null;
}

function publishedDate(document: Doc): string | null {
  const candidates = [
    meta(document, 'article:published_time'),
    jsonLdDatePublished(document),
    attr(document, '[itemprop="datePublished"]', 'content') ?? attr(document, '[itemprop="datePublished"]', 'datetime'),
    attr(document, 'time[datetime]', 'datetime'),
  ];
  for (const candidate of candidates) {
    const date = toIsoDate(candidate);
    if (date) return date;
  }
  return null;
}

/** The page's body without navigation and boxes, for a page Readability finds no article in. */
function fallbackLines(html: string): string[] {
  const { document } = parseHTML(html);
  for (const node of document.querySelectorAll('nav, header, footer, aside')) node.remove();
  return document.body ? nodeLines(document.body) : [];
}

export function parseHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = publishedDate(document);
  const url = attr(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'og:url');
  const ogSiteName = meta(document, 'og:site_name');
  const ogTitle = meta(document, 'og:title');
  const titleTag = document.querySelector('title')?.textContent?.trim() || null;

  // linkedom implements the DOM Readability needs; its types differ from lib.dom's.
  const parsed = new Readability(document as any).parse();
  const title = ogTitle ?? (parsed?.title?.trim() || titleTag);
  const lines = parsed?.content ? htmlLines(parsed.content) : fallbackLines(html);
  return {
    title,
    body: dropChrome(lines, title).join('\n'),
    published,
    url,
    outlet: ogSiteName ?? (parsed?.siteName?.trim() || null),
  };
}
