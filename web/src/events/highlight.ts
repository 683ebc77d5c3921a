import type { Span } from '../../../src/contract/index.ts';

export interface Segment {
  text: string;
  /** Part of an evidence span. */
  mark: boolean;
}

/** The text cut into plain and marked runs; overlapping or touching spans become one mark. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const clean = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of clean) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
