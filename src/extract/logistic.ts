/**
 * Binary logistic regression over sparse string features, trained by stochastic gradient descent with L2 decay:
 * small, deterministic (a seeded order), and enough for the sentence gate (gate.ts).
 */
export interface Example {
  features: readonly string[];
  positive: boolean;
  /** Examples of one group (sentences of one article) are held out together in cross-validation. */
  group?: string;
}

export interface LogisticOptions {
  epochs: number;
  /** Step size of each update. */
  rate: number;
  /** Weight decay per epoch: the larger, the less any one word can decide alone. */
  l2: number;
  /** Features seen in fewer training examples than this are left out, so a rare word is not memorised. */
  minCount: number;
  seed: number;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// A model's weights as a Map, built once per model: looking thousands of keys up in a plain object is slow.
const weightMaps = new WeakMap<LogisticModel, Map<string, number>>();

function weightsOf(model: LogisticModel): Map<string, number> {
  let map = weightMaps.get(model);
  if (map === undefined) weightMaps.set(model, (map = new Map(Object.entries(model.weights))));
  return map;
}

export function probability(model: LogisticModel, features: Iterable<string>): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const k of features) z += weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function trainLogistic(examples: readonly Example[], options: LogisticOptions): LogisticModel {
  const seen = new Map<string, number>();
  for (const x of examples) for (const k of new Set(x.features)) seen.set(k, (seen.get(k) ?? 0) + 1);
  const kept = shuffled(examples, options.seed).map((x) => ({ positive: x.positive, features: [...new Set(x.features)].filter((k) => seen.get(k)! >= options.minCount) }));
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const x of kept) {
      let z = bias;
      for (const k of x.features) z += weights.get(k) ?? 0;
      const step = options.rate * (1 / (1 + Math.exp(-z)) - (x.positive ? 1 : 0));
      bias -= step;
      for (const k of x.features) weights.set(k, (weights.get(k) ?? 0) - step);
    }
    const decay = 1 - options.rate * options.l2;
    for (const [k, w] of weights) weights.set(k, w * decay);
  }
  return { bias, weights: Object.fromEntries(weights) };
}

/** Out-of-fold probabilities: each example scored by a model trained on the other folds. */
export function crossValidate(examples: readonly Example[], folds: number, options: LogisticOptions): number[] {
  const groups = [...new Set(examples.map((x, i) => x.group ?? `#${i}`))];
  const foldOf = new Map(shuffled(groups, options.seed + 1).map((g, rank) => [g, rank % folds]));
  const fold = examples.map((x, i) => foldOf.get(x.group ?? `#${i}`)!);
  const out = new Array<number>(examples.length);
  for (let k = 0; k < folds; k++) {
    const model = trainLogistic(examples.filter((_, i) => fold[i] !== k), options);
    examples.forEach((x, i) => {
      if (fold[i] === k) out[i] = probability(model, x.features);
    });
  }
  return out;
}
