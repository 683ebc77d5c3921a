/**
 * Reading inputs into `SourceArticle`s: files (txt, html, JSONL, RSS/Atom), folders and stdin.
 * Results come one at a time, in order; a bad input is an error result and the batch goes on.
 * JSONL is streamed, so a dump of any size is read in bounded memory.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { inputError } from './errors.ts';
import { readJsonl } from './jsonl.ts';
import { planInputs, STDIN } from './plan.ts';
import type { InputPlan, PlannedInput } from './plan.ts';
import { readText } from './read.ts';
import { SNIFF_BYTES, sniffFormat } from './sniff.ts';
import { MAX_FILE_BYTES, cleanText, decodeUtf8 } from './text-checks.ts';
import type { InputFormat, InputResult } from './types.ts';

export type { InputError, InputErrorCode } from './errors.ts';
export { INPUT_ERROR_CODES, formatInputError } from './errors.ts';
export type { InputFormat, InputResult } from './types.ts';
export type { InputPlan, PlannedInput } from './plan.ts';
export { planInputs, STDIN } from './plan.ts';
export { MAX_FILE_BYTES } from './text-checks.ts';
export { MAX_JSONL_LINE_BYTES } from './jsonl.ts';

export interface ReadProgress {
  inputsDone: number;
  inputsTotal: number;
  bytesDone: number;
  /** Bytes of the planned files; stdin is not counted. */
  bytesTotal: number;
}

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for inputs that carry none; dates in the input win. */
  published?: string | null;
  /** What `-` reads; process.stdin unless given. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Called as input is consumed: after each input, and as a JSONL stream advances. */
  onProgress?: (progress: ReadProgress) => void;
}

/** The article id of a file: its name without the extension. */
function fileId(path: string): string {
  return basename(path, extname(path));
}

interface FileContext {
  published: string | null;
  /** Reports bytes consumed within the current file. */
  onBytes: (byteLength: number) => void;
}

async function readHead(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function unreadable(path: string, error: unknown): InputResult {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, error: code === 'ENOENT' ? inputError('NOT_FOUND', path) : inputError('UNREADABLE', path, code ?? String(error)) };
}

function wholeText(
  name: string,
  id: string,
  format: Exclude<InputFormat, 'jsonl'>,
  bytes: Uint8Array,
  published: string | null,
): InputResult[] {
  const text = decodeUtf8(bytes);
  if (text === null) return [{ ok: false, error: inputError('BINARY', name) }];
  return readText({ name, id, format, text: cleanText(text), published });
}

async function* readFileInput(
  input: Extract<PlannedInput, { kind: 'file' }>,
  context: FileContext,
): AsyncGenerator<InputResult> {
  const { path, size } = input;
  let head: Buffer;
  try {
    head = await readHead(path, size);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  const format = input.format ?? sniffFormat(head.toString('utf8'));
  if (format !== 'jsonl' && size > MAX_FILE_BYTES) {
    yield { ok: false, error: inputError('TOO_LARGE', path, `${size} bytes; the limit is ${MAX_FILE_BYTES}`) };
    return;
  }
  // Checked on the first bytes so that a binary file named .jsonl is one error, not one per "line".
  if (head.includes(0)) {
    yield { ok: false, error: inputError('BINARY', path) };
    return;
  }
  if (format === 'jsonl') {
    try {
      yield* readJsonl(createReadStream(path), { name: path, idPrefix: basename(path), published: context.published }, context.onBytes);
    } catch (error) {
      yield unreadable(path, error); // a read failing midway: the lines before it were given
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield unreadable(path, error);
    return;
  }
  context.onBytes(bytes.byteLength);
  yield* wholeText(path, fileId(path), format, bytes, context.published);
}

async function* prepend(first: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* readStdin(stream: AsyncIterable<Uint8Array>, context: FileContext): AsyncGenerator<InputResult> {
  try {
    yield* readStdinStream(stream, context);
  } catch (error) {
    yield unreadable(STDIN, error);
  }
}

async function* readStdinStream(stream: AsyncIterable<Uint8Array>, context: FileContext): AsyncGenerator<InputResult> {
  const chunks = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const headBuffer = Buffer.concat(head);
  if (headBuffer.includes(0)) {
    yield { ok: false, error: inputError('BINARY', STDIN) };
    return;
  }
  const format = sniffFormat(headBuffer.toString('utf8'));
  if (format === 'jsonl') {
    yield* readJsonl(prepend(head, chunks), { name: STDIN, idPrefix: 'stdin', published: context.published });
    return;
  }
  const body: Uint8Array[] = [headBuffer];
  let total = headBuffer.byteLength;
  while (!ended) {
    const next = await chunks.next();
    if (next.done) break;
    body.push(next.value);
    total += next.value.byteLength;
    if (total > MAX_FILE_BYTES) {
      yield { ok: false, error: inputError('TOO_LARGE', STDIN, `over ${MAX_FILE_BYTES} bytes`) };
      return;
    }
  }
  yield* wholeText(STDIN, 'stdin', format, Buffer.concat(body), context.published);
}

/** The articles of `inputs` (paths, folders, `-`), or of a plan made with `planInputs`. */
export async function* readInputs(inputs: readonly string[] | InputPlan, options: ReadOptions = {}): AsyncGenerator<InputResult> {
  const plan = Array.isArray(inputs) ? await planInputs(inputs as readonly string[]) : (inputs as InputPlan);
  const progress: ReadProgress = { inputsDone: 0, inputsTotal: plan.inputs.length, bytesDone: 0, bytesTotal: plan.totalBytes };
  const published = options.published ?? null;
  for (const input of plan.inputs) {
    const bytesBefore = progress.bytesDone;
    const context: FileContext = {
      published,
      onBytes: (byteLength) => {
        progress.bytesDone += byteLength;
        options.onProgress?.(progress);
      },
    };
    if (input.kind === 'error') yield { ok: false, error: input.error };
    else if (input.kind === 'stdin') yield* readStdin(options.stdin ?? process.stdin, context);
    else {
      yield* readFileInput(input, context);
      // Failed and partly read files still count in full, so the bar reaches its end.
      progress.bytesDone = bytesBefore + input.size;
    }
    progress.inputsDone++;
    options.onProgress?.(progress);
  }
}
