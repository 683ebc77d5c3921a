import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticleDir } from './articles.ts';

function folder(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-articles-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, '001.txt'), 'غارات على ريف المدينة\n\nشنت طائرات حربية غارات على ريف المدينة اليوم.\n');
  writeFileSync(join(dir, '002.txt'), '\n\nاشتباكات عنيفة قرب الحدود.\n');
  return dir;
}

it('takes ids, dates and outlets from the index', (t) => {
  const dir = folder(t);
  writeFileSync(
    join(dir, 'index.jsonl'),
    [
      JSON.stringify({ id: 'dev-001', file: '001.txt', published: '2018-03-04', outlet: 'Outlet A', headline: 'غارات على ريف المدينة' }),
      JSON.stringify({ id: 'dev-002', file: '002.txt', published: null, outlet: null, headline: null }),
      '{broken',
    ].join('\n'),
  );
  const { articles, errors } = loadArticleDir(dir);
  assert.deepEqual(
    articles.map((a) => [a.id, a.published, a.outlet, a.title]),
    [
      ['dev-001', '2018-03-04', 'Outlet A', 'غارات على ريف المدينة'],
      ['dev-002', null, null, null],
    ],
  );
  assert.equal(articles[0]!.text, 'شنت طائرات حربية غارات على ريف المدينة اليوم.');
  assert.deepEqual(errors.map((e) => e.code), ['ERR_INDEX_LINE']);
});

it('without an index, the id is the file name and the date unknown', (t) => {
  const dir = folder(t);
  const { articles, errors } = loadArticleDir(dir);
  assert.deepEqual(articles.map((a) => [a.id, a.published]), [['001', null], ['002', null]]);
  assert.deepEqual(errors, []);
});

it('reports an index file that is not there when one is asked for', (t) => {
  const dir = folder(t);
  const { articles, errors } = loadArticleDir(dir, join(dir, 'missing.jsonl'));
  assert.equal(articles.length, 2);
  assert.deepEqual(errors.map((e) => e.code), ['ERR_ARTICLE_READ']);
});
