import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseJsonlLine, readJsonl } from './jsonl.ts';
import type { InputResult } from './types.ts';

const SOURCE = { name: 'dump.jsonl', idPrefix: 'dump.jsonl', published: '2020-02-02' };
const TEXT = 'قتل ثلاثة مدنيين في قصف على قرية بريف درعا';

test('parseJsonlLine: the contract fields, cleaned', () => {
  const line = JSON.stringify({ id: 'a1', title: ' عنوان ', text: `${TEXT}\r\nسطر ثان\u0007`, published: '2016-08-17T09:00:00Z', url: 'https://x.example/1', outlet: 'موقع' });
  assert.deepEqual(parseJsonlLine(line, 3, SOURCE), {
    ok: true,
    article: {
      id: 'a1',
      title: 'عنوان',
      text: `${TEXT}\nسطر ثان`,
      published: '2016-08-17',
      url: 'https://x.example/1',
      outlet: 'موقع',
      source: 'dump.jsonl:3',
    },
  });
});

test('parseJsonlLine: a missing id is file:LINE; a missing date is the given one', () => {
  const result = parseJsonlLine(JSON.stringify({ text: TEXT }), 7, SOURCE);
  assert.ok(result.ok);
  assert.equal(result.article.id, 'dump.jsonl:7');
  assert.equal(result.article.published, '2020-02-02');
  assert.equal(result.article.title, null);
  const numeric = parseJsonlLine(JSON.stringify({ id: 42, text: TEXT }), 1, SOURCE);
  assert.ok(numeric.ok);
  assert.equal(numeric.article.id, '42');
});

const BAD: Array<[string, string]> = [
  ['{"id": "x", "text": ', 'BAD_JSONL_LINE'],
  ['[1, 2]', 'BAD_JSONL_LINE'],
  ['"text"', 'BAD_JSONL_LINE'],
  ['{"id": "x"}', 'BAD_JSONL_LINE'],
  ['{"id": "x", "text": 5}', 'BAD_JSONL_LINE'],
  ['{"id": "x", "text": "   "}', 'EMPTY'],
  ['{"id": "x", "text": "Clashes were reported near the city on Monday."}', 'NOT_ARABIC'],
];

test('parseJsonlLine: errors name file:LINE', () => {
  for (const [line, code] of BAD) {
    const result = parseJsonlLine(line, 9, SOURCE);
    assert.equal(result.ok, false, line);
    if (!result.ok) {
      assert.equal(result.error.code, code, line);
      assert.equal(result.error.input, 'dump.jsonl:9');
    }
  }
});

async function collect(results: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

test('readJsonl: a bad line is an error and the lines after it are read', async () => {
  const good = (id: string) => JSON.stringify({ id, text: TEXT });
  const bytes = Buffer.concat([Buffer.from(`${good('1')}\n{broken\n\n${good('4')}\n`), Buffer.from([0xff, 0x0a])]);
  const stream = Readable.from([bytes.subarray(0, 50), bytes.subarray(50)]);
  const results = await collect(readJsonl(stream, SOURCE));
  assert.deepEqual(
    results.map((r) => (r.ok ? `ok ${r.article.id}` : `${r.error.code} ${r.error.input}`)),
    ['ok 1', 'BAD_JSONL_LINE dump.jsonl:2', 'ok 4', 'BINARY dump.jsonl:5'],
  );
});
