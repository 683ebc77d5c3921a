import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseGsr, scoreGsr } from './gsr.ts';
import type { GsrLabel, GsrPrediction } from './gsr.ts';

const CSV = [
  'id,event_type,label,accept,reject,total,text',
  's1,ASSAULT,yes,3,0,3,"قصفت الطائرات قرية شمال المدينة، وقتل خمسة"',
  's2,ASSAULT,difficult no,1,2,3,الحرب تحصد الأرواح منذ سنوات',
  's3,ASSAULT,easy no,0,3,3,"ارتفعت أسعار النفط ""بشكل حاد"" اليوم"',
  's4,ASSAULT,ambiguous,1,1,2,هدوء حذر في المدينة',
].join('\n');

describe('parseGsr', () => {
  it('reads the judged sentences', () => {
    const parsed = parseGsr(CSV);
    assert.equal(parsed.ok, true);
    if (!parsed.ok) return;
    assert.deepEqual(
      parsed.rows.map((r) => [r.id, r.event_type, r.label]),
      [
        ['s1', 'ASSAULT', 'yes'],
        ['s2', 'ASSAULT', 'difficult no'],
        ['s3', 'ASSAULT', 'easy no'],
        ['s4', 'ASSAULT', 'ambiguous'],
      ],
    );
    assert.equal(parsed.rows[2]!.text, 'ارتفعت أسعار النفط "بشكل حاد" اليوم');
  });

  it('names a missing column and an unknown label', () => {
    assert.deepEqual(parseGsr('id,label,text\n'), { ok: false, error: { code: 'ERR_GSR_COLUMN', message: 'missing column(s): event_type' } });
    const bad = parseGsr('id,event_type,label,text\nx,ASSAULT,maybe,نص\n');
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.code, 'ERR_GSR_LABEL');
  });
});

describe('scoreGsr', () => {
  const row = (id: string, label: GsrLabel, types: string[]): GsrPrediction => ({ row: { id, event_type: 'ASSAULT', label, text: id }, types });
  const report = scoreGsr([
    row('yes-found', 'yes', ['ASSAULT']),
    row('yes-other-type', 'yes', ['PROTEST']),
    row('yes-missed', 'yes', []),
    row('hard-no-fired', 'difficult no', ['ASSAULT', 'ACCUSE']),
    row('hard-no-quiet', 'difficult no', ['ACCUSE']),
    row('easy-no-quiet', 'easy no', []),
    row('unclear', 'ambiguous', ['ASSAULT']),
  ]);

  it('counts positives of the row type only, leaving ambiguous rows out', () => {
    assert.deepEqual([report.rows, report.scored, report.ambiguous], [7, 6, 1]);
    assert.deepEqual([report.detection.tp, report.detection.fp, report.detection.fn], [1, 1, 2]);
    assert.equal(report.detection.precision, 0.5);
    assert.equal(report.detection.recall, 1 / 3);
  });

  it('reports accuracy on the difficult and easy negatives', () => {
    assert.deepEqual(report.difficult_no, { total: 2, correct: 1, accuracy: 0.5 });
    assert.deepEqual(report.easy_no, { total: 1, correct: 1, accuracy: 1 });
  });

  it('lists false positives and negatives', () => {
    assert.deepEqual(report.false_positives.map((f) => f.id), ['hard-no-fired']);
    assert.deepEqual(report.false_negatives.map((f) => f.id), ['yes-other-type', 'yes-missed']);
  });
});
