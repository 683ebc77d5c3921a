/** Which reader an input needs: by extension, else by its first bytes. */
import { extname } from 'node:path';
import type { InputFormat } from './types.ts';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The format an extension names, or null for an extension rasd does not read. */
export function formatOfPath(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Bytes enough to see past an XML declaration, comments and a doctype to the root element. */
export const SNIFF_BYTES = 4096;

const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/;

/** The format of content that came without a telling extension (stdin, `notes`, `page.php`). */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (start.startsWith('<')) return FEED_ROOT.test(start) ? 'feed' : 'html';
  return 'txt';
}
