/**
 * The seeds' figures under `rasd eval` may only go up: event F1 and each field's accuracy on
 * the two seed articles must stay at or above test/eval-thresholds.json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SHARED_DIR } from '../src/contract/paths.ts';
import { evaluateCorpus } from '../src/eval/evaluate.ts';
import { FIELD_RULES } from '../src/eval/fields.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { EventsReport } from '../src/eval/score.ts';

interface Thresholds {
  events_f1: number;
  fields: Record<string, number>;
}

const SEEDS = join(SHARED_DIR, 'seeds');
const GOLD = join(SEEDS, 'gold');
const THRESHOLDS = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'eval-thresholds.json'), 'utf8')) as { seeds: Thresholds }).seeds;

function listing(report: EventsReport, field?: string): string {
  const lines = field === undefined
    ? [
        ...report.misses.map((m) => `miss ${m.article} ${m.type} ${m.actor1 ?? '-'} ${m.places.join(', ')} ${m.date}`),
        ...report.extras.map((e) => `extra ${e.article} ${e.type} ${e.actor1 ?? '-'} ${e.places.join(', ')} ${e.date}`),
      ]
    : report.mismatches.filter((m) => m.field === field).map((m) => `${m.article}: expected ${m.expected}, got ${m.got}`);
  return lines.join('\n');
}

it('every scored field has a threshold', () => {
  assert.deepEqual(Object.keys(THRESHOLDS.fields).sort(), FIELD_RULES.map((f) => f.name).sort());
});

describe('rasd eval on the seeds', { skip: existsSync(GOLD) ? false : `no seed gold at ${GOLD}: set RASD_SHARED to the shared folder` }, () => {
  const evaluation = existsSync(GOLD) ? evaluateCorpus({ articlesDir: SEEDS, goldDir: GOLD }, extractArticle) : null;

  it('scores both seed articles, with nothing left unpaired', () => {
    assert.ok(evaluation);
    assert.deepEqual(evaluation.errors, []);
    assert.deepEqual([evaluation.without_gold, evaluation.without_article], [[], []]);
    assert.equal(evaluation.report.articles, 2);
  });

  it(`event F1 ≥ ${THRESHOLDS.events_f1}`, () => {
    const report = evaluation!.report;
    assert.ok(report.events.f1 >= THRESHOLDS.events_f1, `event F1 ${report.events.f1.toFixed(3)}\n${listing(report)}`);
  });

  for (const [field, min] of Object.entries(THRESHOLDS.fields)) {
    it(`${field} accuracy ≥ ${min}`, () => {
      const report = evaluation!.report;
      const accuracy = report.fields[field]?.accuracy ?? null;
      assert.ok(accuracy !== null && accuracy >= min, `${field} accuracy ${accuracy?.toFixed(3) ?? 'none'}\n${listing(report, field)}`);
    });
  }
});
