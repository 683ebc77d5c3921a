import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maxWeightAssignment } from './assignment.ts';

function total(weights: number[][], assigned: number[]): number {
  return assigned.reduce((sum, col, row) => sum + (col >= 0 ? weights[row]![col]! : 0), 0);
}

/** Best total over every one-to-one assignment, by brute force. */
function bruteForce(weights: number[][]): number {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  let best = 0;
  const used = new Array<boolean>(cols).fill(false);
  const walk = (row: number, sum: number): void => {
    if (row === rows) {
      best = Math.max(best, sum);
      return;
    }
    walk(row + 1, sum);
    for (let c = 0; c < cols; c++) {
      if (used[c] || weights[row]![c]! <= 0) continue;
      used[c] = true;
      walk(row + 1, sum + weights[row]![c]!);
      used[c] = false;
    }
  };
  walk(0, 0);
  return best;
}

describe('maxWeightAssignment', () => {
  it('prefers two pairs over the single heaviest one', () => {
    // Row 0 likes column 0 best, but row 1 can only take column 0.
    const weights = [
      [10, 9],
      [8, 0],
    ];
    assert.deepEqual(maxWeightAssignment(weights), [1, 0]);
  });

  it('leaves rows unassigned where every weight is 0', () => {
    assert.deepEqual(maxWeightAssignment([[0, 0], [0, 5]]), [-1, 1]);
  });

  it('handles more rows than columns, and empty matrices', () => {
    assert.deepEqual(maxWeightAssignment([[1], [3], [2]]), [-1, 0, -1]);
    assert.deepEqual(maxWeightAssignment([[], []]), [-1, -1]);
    assert.deepEqual(maxWeightAssignment([]), []);
  });

  it('reaches the brute-force optimum on random matrices', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.4 ? 0 : Math.floor(random() * 20) + 1)),
      );
      const assigned = maxWeightAssignment(weights);
      const colsUsed = assigned.filter((c) => c >= 0);
      assert.equal(new Set(colsUsed).size, colsUsed.length, 'one to one');
      assert.equal(total(weights, assigned), bruteForce(weights), JSON.stringify(weights));
    }
  });
});
