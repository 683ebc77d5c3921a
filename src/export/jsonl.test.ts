import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { dataPath } from '../contract/paths.ts';
import { sampleResult } from '../../test/fixtures/article-events.ts';
import { createWriter } from './index.ts';

test('jsonl: one line per article, each valid against the contract schema', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')));
  const writer = createWriter('jsonl');
  const text = writer.start() + writer.write(sampleResult()) + writer.write(sampleResult()) + writer.end();
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'the output ends with a newline');
  assert.equal(lines.length, 2);
  for (const line of lines) {
    const parsed: unknown = JSON.parse(line);
    assert.ok(validate(parsed), JSON.stringify(validate.errors));
    assert.deepEqual(parsed, sampleResult());
    assert.deepEqual(Object.keys(parsed as object), ['article', 'events']);
  }
});
