/**
 * The content hash that tells a re-ingested article from a new one. It is taken over the
 * normalised text with whitespace collapsed, so the same story saved with other diacritics,
 * alef forms or line breaks is the same article.
 */
import { createHash } from 'node:crypto';
import { normalise } from '../text/normalise.ts';

/** The hash of a text already normalised (`normalise(text)`), for callers that have it. */
export function hashNormalised(normalised: string): string {
  const canonical = normalised.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function contentHash(text: string): string {
  return hashNormalised(normalise(text));
}
