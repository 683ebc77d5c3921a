/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n²m)). Used to pair gold and
 * predicted events so that the number of matches is as large as possible, then their score.
 */

/**
 * For each row of `weights` (rows × cols, weights ≥ 0, 0 = may not pair), the column it is
 * assigned to, or -1. Maximises the total weight.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j]!));
    const byCol = maxWeightAssignment(transposed);
    const byRow = new Array<number>(rows).fill(-1);
    byCol.forEach((row, col) => {
      if (row >= 0) byRow[row] = col;
    });
    return byRow;
  }
  // Minimum-cost form with 1-based potentials (rows ≤ cols).
  const cost = (i: number, j: number): number => -weights[i - 1]![j - 1]!;
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const owner = new Int32Array(cols + 1); // owner[j] = row assigned to column j, 0 = none
  const way = new Int32Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Infinity);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          const i2 = owner[j]!;
          u[i2] = u[i2]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) {
    const i = owner[j]!;
    if (i > 0 && weights[i - 1]![j - 1]! > 0) result[i - 1] = j - 1;
  }
  return result;
}
