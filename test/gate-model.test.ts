/**
 * The committed attack gate is what scripts/train-gate.ts trains from the shared material with the extractor as
 * it is now: a change to the rules or the lexicon that moves the gate's features fails here until the model is
 * retrained (`node --import tsx scripts/train-gate.ts`).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../src/contract/paths.ts';
import { assaultGate } from '../src/extract/gate.ts';
import { trainGate } from '../scripts/train-gate.ts';

const JUDGED = join(SHARED_DIR, 'corpus', 'gsr-dev', 'assault_dev.csv');
/** Weights are stored to four decimals: a retrain on another machine may round the last one differently. */
const TOLERANCE = 2e-4;

it('the committed attack gate is reproduced by its training script', { skip: existsSync(JUDGED) ? false : `no judged sentences at ${JUDGED}: set RASD_SHARED to the shared folder` }, () => {
  const committed = assaultGate();
  const trained = trainGate();
  assert.equal(trained.threshold, committed.threshold, 'threshold');
  assert.ok(Math.abs(trained.bias - committed.bias) <= TOLERANCE, 'bias');
  const drift = Object.entries(trained.weights).filter(([k, w]) => Math.abs(w - (committed.weights[k] ?? 0)) > TOLERANCE);
  const gone = Object.keys(committed.weights).filter((k) => !(k in trained.weights) && Math.abs(committed.weights[k]!) > TOLERANCE * 10);
  assert.deepEqual([drift.slice(0, 5), gone.slice(0, 5)], [[], []], 'weights that differ: retrain with scripts/train-gate.ts');
});
