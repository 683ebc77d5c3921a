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

/** A text's normal form and its content hash. */
export interface TextDigest {
  normalised: string;
  hash: string;
}

export function textDigest(text: string): TextDigest {
  const normalised = normalise(text);
  return { normalised, hash: hashNormalised(normalised) };
}

/**
 * Digests kept from a duplicate check until the same texts are stored: `rasd ingest` checks a
 * batch, extracts it, then stores it, and the digest (normalising, hashing) is the costly part of
 * both. Each digest is used once; at `capacity` the memo starts over, so texts checked and never
 * stored cost no more than that.
 */
export class DigestMemo {
  private readonly digests = new Map<string, TextDigest>();

  constructor(private readonly capacity: number) {}

  /** The digest of `text`, kept for the next `take` of the same text. */
  remember(text: string): TextDigest {
    const digest = this.digests.get(text) ?? textDigest(text);
    if (this.digests.size >= this.capacity) this.digests.clear();
    this.digests.set(text, digest);
    return digest;
  }

  /** The digest of `text`: the one remembered (then forgotten), or computed. */
  take(text: string): TextDigest {
    const digest = this.digests.get(text);
    if (digest === undefined) return textDigest(text);
    this.digests.delete(text);
    return digest;
  }
}
