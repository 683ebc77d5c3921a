/** Whole-text inputs (txt, html, feed) to articles; each check failing is an error naming the input. */
import type { SourceArticle } from '../contract/index.ts';
import { inputError } from './errors.ts';
import { parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { checkArticleText, cleanText } from './text-checks.ts';
import { parseTxt } from './txt.ts';
import type { InputFormat, InputResult } from './types.ts';

export interface TextInput {
  /** How errors and `SourceArticle.source` name the input. */
  name: string;
  /** The article id of a txt/html input; feed items without a guid get `${id}#N`. */
  id: string;
  format: Exclude<InputFormat, 'jsonl'>;
  /** The decoded content, line endings and controls already cleaned. */
  text: string;
  /** The publication date for inputs that do not carry one. */
  published: string | null;
}

function checked(article: SourceArticle): InputResult {
  const problem = checkArticleText(article.text, article.source);
  return problem ? { ok: false, error: problem } : { ok: true, article };
}

function readTxt(input: TextInput): InputResult {
  const { title, body } = parseTxt(input.text);
  return checked({ id: input.id, title, text: body, published: input.published, url: null, outlet: null, source: input.name });
}

function readHtml(input: TextInput): InputResult {
  const page = parseHtml(input.text);
  const text = cleanText(page.body);
  if (text === '') return { ok: false, error: inputError('BAD_HTML', input.name) };
  return checked({
    id: input.id,
    title: page.title,
    text,
    published: page.published ?? input.published,
    url: page.url,
    outlet: page.outlet,
    source: input.name,
  });
}

function readFeed(input: TextInput): InputResult[] {
  const feed = parseFeed(input.text);
  if (!feed.ok) return [{ ok: false, error: inputError('BAD_FEED', input.name, feed.detail) }];
  if (feed.items.length === 0) return [{ ok: false, error: inputError('EMPTY', input.name, 'the feed has no items') }];
  return feed.items.map((item) =>
    checked({
      id: item.key ?? `${input.id}#${item.index}`,
      title: item.title,
      text: cleanText(item.body),
      published: item.published ?? input.published,
      url: item.url,
      outlet: feed.outlet,
      source: `${input.name}#${item.index}`,
    }),
  );
}

export function readText(input: TextInput): InputResult[] {
  if (input.text.trim() === '') return [{ ok: false, error: inputError('EMPTY', input.name) }];
  switch (input.format) {
    case 'txt':
      return [readTxt(input)];
    case 'html':
      return [readHtml(input)];
    case 'feed':
      return readFeed(input);
  }
}
