/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item an article with its link, date, title and
 * the feed's title as outlet. The body is the full content (`content:encoded`, Atom `content`)
 * when the item carries it, else its `description`/`summary`; HTML is reduced to text lines.
 */
import { XMLParser } from 'fast-xml-parser';
import { dropChrome } from './chrome.ts';
import { htmlLines, plainLines } from './html-text.ts';
import { toIsoDate } from './published.ts';

export interface FeedItem {
  /** 1-based position in the feed, for `feed.xml#N`. */
  index: number;
  /** The item's guid / Atom id, else its link; null when it has neither. */
  key: string | null;
  title: string | null;
  body: string;
  published: string | null;
  url: string | null;
}

export type FeedParse =
  | { ok: true; outlet: string | null; items: FeedItem[] }
  | { ok: false; detail: string };

type XmlNode = Record<string, unknown>;

// Atom content and summary are kept raw: type="xhtml" holds markup whose order the object
// form would lose, so each is decoded below according to its type.
const ATOM_RAW = ['*.content', '*.summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  stopNodes: ATOM_RAW,
});

const XML_ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeEntities(text: string): string {
  return text.replace(XML_ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The character data of raw XML content: CDATA sections as written, entities elsewhere decoded. */
function xmlCharacterData(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeEntities(part)))
    .join('');
}

/** Text of a parsed element: a string, or an object with `#text` (attributes present). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object' && '#text' in value) return textOf((value as XmlNode)['#text']);
  return '';
}

function typeOf(value: unknown): string {
  return value !== null && typeof value === 'object' ? textOf((value as XmlNode)['@_type']).toLowerCase() : '';
}

/** Lines of an Atom text construct (kept raw by the parser). */
function atomLines(value: unknown): string[] {
  const raw = textOf(value);
  const type = typeOf(value);
  if (type === 'xhtml') return htmlLines(raw);
  const data = xmlCharacterData(raw);
  // Atom's default type is text, but feeds often leave it out on HTML: markup is read as HTML.
  return type === 'text' ? plainLines(data) : htmlLines(data);
}

/** A title or other short text that may carry markup or HTML entities, on one line. */
function inlineText(value: unknown): string | null {
  const text = htmlLines(textOf(value)).join(' ').trim();
  return text === '' ? null : text;
}

function firstDate(...values: unknown[]): string | null {
  for (const value of values) {
    const date = toIsoDate(textOf(value));
    if (date) return date;
  }
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const nodes = links.filter((l): l is XmlNode => l !== null && typeof l === 'object');
  const alternate = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  return alternate ? textOf(alternate['@_href']).trim() || null : null;
}

function rssLink(links: unknown, guid: unknown): string | null {
  const link = Array.isArray(links) ? links.map(textOf).find((l) => l.trim() !== '') : undefined;
  if (link) return link.trim();
  const permalink = guid !== null && typeof guid === 'object' ? (guid as XmlNode)['@_isPermaLink'] : undefined;
  const id = textOf(guid).trim();
  return permalink !== 'false' && /^https?:\/\//.test(id) ? id : null;
}

function body(title: string | null, full: string[], summary: string[]): string {
  const lines = dropChrome(full, title);
  return (lines.length > 0 ? lines : dropChrome(summary, title)).join('\n');
}

function rssItem(item: XmlNode, index: number): FeedItem {
  const title = inlineText(item['title']);
  const url = rssLink(item['link'], item['guid']);
  return {
    index,
    key: textOf(item['guid']).trim() || url,
    title,
    body: body(title, htmlLines(textOf(item['content:encoded'])), htmlLines(textOf(item['description']))),
    published: firstDate(item['pubDate'], item['dc:date']),
    url,
  };
}

function atomEntry(entry: XmlNode, index: number): FeedItem {
  const title = inlineText(entry['title']);
  const url = atomLink(entry['link']);
  return {
    index,
    key: textOf(entry['id']).trim() || url,
    title,
    body: body(title, atomLines(entry['content']), atomLines(entry['summary'])),
    published: firstDate(entry['published'], entry['updated']),
    url,
  };
}

function asNodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter((v): v is XmlNode => v !== null && typeof v === 'object') : [];
}

export function parseFeed(xml: string): FeedParse {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  const rss = doc['rss'] as XmlNode | undefined;
  const rdf = doc['rdf:RDF'] as XmlNode | undefined;
  const feed = doc['feed'] as XmlNode | undefined;
  if (rss !== undefined && rss !== null && typeof rss === 'object') {
    const channel = (rss['channel'] ?? {}) as XmlNode;
    return { ok: true, outlet: inlineText(channel['title']), items: asNodes(channel['item']).map((item, i) => rssItem(item, i + 1)) };
  }
  if (rdf !== undefined && rdf !== null && typeof rdf === 'object') {
    const channel = (rdf['channel'] ?? {}) as XmlNode;
    return { ok: true, outlet: inlineText(channel['title']), items: asNodes(rdf['item']).map((item, i) => rssItem(item, i + 1)) };
  }
  if (feed !== undefined && feed !== null && typeof feed === 'object') {
    return { ok: true, outlet: inlineText(feed['title']), items: asNodes(feed['entry']).map((e, i) => atomEntry(e, i + 1)) };
  }
  return { ok: false, detail: 'no <rss>, <rdf:RDF> or <feed> root element' };
}
