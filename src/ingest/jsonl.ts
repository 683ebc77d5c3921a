/**
 * JSONL of `{id, title, text, published, url, outlet}`, one article a line, read as a stream.
 * A bad line is an error naming `file:LINE`; the lines after it are read on.
 */
import { inputError } from './errors.ts';
import { streamLines } from './lines.ts';
import { toIsoDate } from './published.ts';
import { checkArticleText, cleanText, decodeUtf8 } from './text-checks.ts';
import type { InputResult } from './types.ts';

/**
 * Longest JSONL line read. A line is one article: the longest news articles are well under
 * 1 MB of text; this leaves room for HTML-heavy dumps while one bad line cannot exhaust memory.
 */
export const MAX_JSONL_LINE_BYTES = 8 * 1024 * 1024;

export interface JsonlSource {
  /** How errors and `SourceArticle.source` name the input: the path, or `-`. */
  name: string;
  /** Prefix of the ids made for lines without one: `dump.jsonl` → `dump.jsonl:12`. */
  idPrefix: string;
  published: string | null;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function parseJsonlLine(line: string, number: number, source: JsonlSource): InputResult {
  const input = `${source.name}:${number}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: inputError('BAD_JSONL_LINE', input, (error as Error).message) };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, error: inputError('BAD_JSONL_LINE', input, 'not a JSON object') };
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields['text'] !== 'string') {
    return { ok: false, error: inputError('BAD_JSONL_LINE', input, 'no "text" string') };
  }
  const text = cleanText(fields['text']).trim();
  const problem = checkArticleText(text, input);
  if (problem) return { ok: false, error: problem };
  const id = fields['id'];
  return {
    ok: true,
    article: {
      id: typeof id === 'number' || (typeof id === 'string' && id.trim() !== '') ? String(id).trim() : `${source.idPrefix}:${number}`,
      title: optionalString(fields['title']),
      text,
      published: toIsoDate(fields['published']) ?? source.published,
      url: optionalString(fields['url']),
      outlet: optionalString(fields['outlet']),
      source: input,
    },
  };
}

/** The articles of a JSONL stream; blank lines are skipped. */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array>,
  source: JsonlSource,
  onChunk?: (byteLength: number) => void,
): AsyncGenerator<InputResult> {
  let articles = 0;
  let errors = 0;
  for await (const line of streamLines(chunks, MAX_JSONL_LINE_BYTES, onChunk)) {
    const input = `${source.name}:${line.number}`;
    if (line.tooLong) {
      errors++;
      yield { ok: false, error: inputError('TOO_LARGE', input, `line over ${MAX_JSONL_LINE_BYTES} bytes`) };
      continue;
    }
    const text = decodeUtf8(line.bytes);
    if (text === null) {
      errors++;
      yield { ok: false, error: inputError('BINARY', input) };
      continue;
    }
    if (text.trim() === '') continue;
    const result = parseJsonlLine(text, line.number, source);
    if (result.ok) articles++;
    else errors++;
    yield result;
  }
  if (articles === 0 && errors === 0) yield { ok: false, error: inputError('EMPTY', source.name, 'no JSONL lines') };
}
