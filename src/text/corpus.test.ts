import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../contract/paths.ts';
import { tokenise } from './tokens.ts';
import { splitSentences } from './sentences.ts';
import { findNumbers } from './numbers.ts';
import { findDates } from './dates.ts';
import type { Span } from '../contract/index.ts';

const DEV = join(SHARED_DIR, 'corpus', 'dev');
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function published(): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  const index = join(DEV, 'index.jsonl');
  if (!existsSync(index)) return dates;
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { file: string; published: string | null };
    dates.set(row.file, row.published);
  }
  return dates;
}

function assertInside(text: string, spans: readonly Span[], what: string): void {
  let previous = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets are integers`);
    assert.ok(s.start >= previous && s.start < s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) in order and inside the text`);
    previous = s.start;
  }
}

describe('the text stage over the dev corpus', { skip: existsSync(DEV) ? false : `dev corpus not found in ${DEV}` }, () => {
  const dates = published();
  const files = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort() : [];
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(DEV, file), 'utf8');
      const tokens = tokenise(text);
      const sentences = splitSentences(text);
      assertInside(text, sentences, 'sentences');
      for (let k = 1; k < sentences.length; k++) assert.ok(sentences[k]!.start >= sentences[k - 1]!.end, 'sentences do not overlap');
      for (const s of sentences) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));

      const numbers = findNumbers(text, tokens);
      assertInside(text, numbers, 'numbers');
      for (const n of numbers) {
        assert.ok(Number.isFinite(n.value) && n.value >= 0, `number ${n.text}`);
        assert.equal(text.slice(n.start, n.end), n.text);
        assert.ok(n.firstToken <= n.lastToken && tokens[n.firstToken]!.start === n.start && tokens[n.lastToken]!.end === n.end);
      }

      for (const pub of [dates.get(file) ?? null, null]) {
        const found = findDates(text, tokens, pub);
        assertInside(text, found, 'dates');
        for (const d of found) {
          assert.equal(text.slice(d.start, d.end), d.text);
          const { start, end, precision } = d.date;
          if (precision === 'unknown') assert.deepEqual([start, end], [null, null]);
          else assert.ok(start !== null && end !== null && ISO.test(start) && ISO.test(end) && start <= end, `date ${d.text}`);
          if (pub === null && d.kind !== 'absolute') assert.equal(precision, 'unknown', `${d.text} resolves without a publication date`);
        }
      }
    });
  }
});
