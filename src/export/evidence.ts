import type { Article, RasdEvent } from '../contract/index.ts';

/** The sentences an event was read from, in article order, joined by " … ". */
export function evidenceText(article: Article, event: RasdEvent): string {
  return event.evidence.map((span) => article.text.slice(span.start, span.end).trim()).join(' … ');
}

/** `start-end` spans, `;`-separated: where the evidence is in `article.text`. */
export function evidenceSpans(event: RasdEvent): string {
  return event.evidence.map((span) => `${span.start}-${span.end}`).join(';');
}

/** `RUS.MIL denies; SOHR alleges`: who says what about an event. */
export function claimsSummary(event: RasdEvent): string {
  return event.claims.map((claim) => `${claim.by.id} ${claim.stance}`).join('; ');
}
