/**
 * Plain-text articles: line 1 is the headline (it may be empty), the body follows (usually
 * after a blank line). A text of a single line has no headline: it is all body.
 */
export interface TxtParts {
  title: string | null;
  body: string;
}

export function parseTxt(text: string): TxtParts {
  const trimmed = text.trimEnd();
  const newline = trimmed.indexOf('\n');
  if (newline === -1) return { title: null, body: trimmed.trim() };
  const title = trimmed.slice(0, newline).trim();
  return { title: title === '' ? null : title, body: trimmed.slice(newline + 1).trim() };
}
