import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamLines } from './lines.ts';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

async function lines(max: number, ...parts: string[]): Promise<Array<[number, string | null]>> {
  const out: Array<[number, string | null]> = [];
  for await (const line of streamLines(chunks(...parts), max)) {
    out.push([line.number, line.bytes === null ? null : Buffer.from(line.bytes).toString('utf8')]);
  }
  return out;
}

test('streamLines: lines split across chunks, and a last line without a newline', async () => {
  assert.deepEqual(await lines(100, 'أو', 'ل\nثا', 'ني\n\nرابع'), [
    [1, 'أول'],
    [2, 'ثاني'],
    [3, ''],
    [4, 'رابع'],
  ]);
});

test('streamLines: a multi-byte character split between chunks is whole again', async () => {
  const bytes = Buffer.from('قصف\n', 'utf8');
  async function* split(): AsyncGenerator<Uint8Array> {
    yield bytes.subarray(0, 1);
    yield bytes.subarray(1);
  }
  const out = [];
  for await (const line of streamLines(split(), 100)) out.push(Buffer.from(line.bytes!).toString('utf8'));
  assert.deepEqual(out, ['قصف']);
});

test('streamLines: a line over the limit is reported without its bytes; the next lines go on', async () => {
  assert.deepEqual(await lines(5, 'ab\n0123', '456789', 'xyz\ncd\n'), [
    [1, 'ab'],
    [2, null],
    [3, 'cd'],
  ]);
  assert.deepEqual(await lines(5, 'ab\n', '0123456789'), [
    [1, 'ab'],
    [2, null],
  ]);
  assert.deepEqual(await lines(5, '0123456789\n'), [[1, null]]);
});
