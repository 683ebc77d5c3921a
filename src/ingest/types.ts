import type { SourceArticle } from '../contract/index.ts';
import type { InputError } from './errors.ts';

/** One article read, or one input that could not be. */
export type InputResult = { ok: true; article: SourceArticle } | { ok: false; error: InputError };

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'feed';
