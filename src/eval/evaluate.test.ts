import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCorpus, evaluateGsr } from './evaluate.ts';
import { extractArticle } from '../extract/index.ts';
import { predictedEvent } from './test-events.ts';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-eval-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

it('evaluateGsr extracts every judged sentence and leaves the ambiguous ones out', (t) => {
  const file = join(tempDir(t), 'judged.csv');
  writeFileSync(
    file,
    [
      'id,event_type,label,accept,reject,total,text',
      'a,ASSAULT,yes,3,0,3,"قصفت طائرات حربية بلدة في ريف حماة، ما أدى إلى مقتل ثلاثة مدنيين"',
      'b,ASSAULT,easy no,0,3,3,افتتح الوزير معرضا للكتاب في العاصمة',
      'c,ASSAULT,ambiguous,1,1,2,"تصاعد التوتر على الحدود"',
    ].join('\n'),
  );
  const result = evaluateGsr(file, extractArticle);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual([result.report.rows, result.report.scored, result.report.ambiguous], [3, 2, 1]);
  const { tp, fn } = result.report.detection;
  assert.equal(tp + fn, 1, 'one "yes" sentence');
});

it('evaluateGsr reports a file without the needed columns', (t) => {
  const file = join(tempDir(t), 'bad.csv');
  writeFileSync(file, 'id,text\n1,نص\n');
  const result = evaluateGsr(file, extractArticle);
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.error.code, 'ERR_GSR_COLUMN');
});

it('evaluateCorpus scores articles that have gold, takes the date from the gold, and names the unpaired', (t) => {
  const articles = tempDir(t);
  const gold = tempDir(t);
  writeFileSync(join(articles, 'a1.txt'), 'عنوان\n\nقال مسؤول إن الاجتماع انتهى دون نتائج.\n');
  writeFileSync(join(articles, 'a2.txt'), 'عنوان\n\nعاد الهدوء إلى المدينة.\n');
  writeFileSync(join(gold, 'a1.gold.json'), JSON.stringify({ id: 'a1', published: '2016-05-01', events: [] }));
  writeFileSync(join(gold, 'a3.gold.json'), JSON.stringify({ id: 'a3', published: null, events: [] }));
  const seen: Array<string | null | undefined> = [];
  const evaluation = evaluateCorpus({ articlesDir: articles, goldDir: gold }, (article, options) => {
    seen.push(options?.published);
    return extractArticle(article, options);
  });
  assert.deepEqual(seen, ['2016-05-01']);
  assert.equal(evaluation.report.articles, 1);
  assert.deepEqual(evaluation.without_gold, ['a2']);
  assert.deepEqual(evaluation.without_article, ['a3']);
  assert.deepEqual(evaluation.errors, []);
});

it('evaluateGsr counts an event the sentence only speaks of in passing as no report of one', (t) => {
  const file = join(tempDir(t), 'judged.csv');
  writeFileSync(file, ['id,event_type,label,accept,reject,total,text', 'a,ASSAULT,difficult no,1,2,3,نص', 'b,ASSAULT,yes,3,0,3,نص'].join('\n'));
  const attack = (background: boolean) => predictedEvent({ type: 'air_strike' }, 'e1', background);
  const result = evaluateGsr(file, (article) => ({ article: { ...article, language: 'ar' }, events: [attack(article.id === 'a')] }));
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual([result.report.detection.tp, result.report.detection.fp], [1, 0]);
});
