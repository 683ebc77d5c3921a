/**
 * Trains the attack gate (src/extract/gate.ts) and writes data/model/assault-gate.json.
 *
 *   node --import tsx scripts/train-gate.ts
 *
 * Examples are the sentences the rules read an attack in, from two kinds of material in the shared folder:
 * - judged newswire sentences (gsr-dev, ASSAULT): "yes" is a report, "easy no" and "difficult no" are not,
 *   "ambiguous" is left out;
 * - the development and seed articles: a sentence is a report when an analyst's gold attack is quoted from it.
 * Features are the sentence's words and the rules' reading of it. Cross-validation holds out whole documents,
 * and its figures are written beside the weights: they, not the model's score on its own training sentences,
 * say what to expect on text it has never seen. The threshold is the one that maximises the cross-validated
 * F1 of sentence detection on the judged sentences, averaged over several draws of the folds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENT_TYPES, type SourceArticle } from '../src/contract/index.ts';
import { dataPath, SHARED_DIR } from '../src/contract/paths.ts';
import { loadArticleDir } from '../src/eval/articles.ts';
import { loadGoldDir } from '../src/eval/gold.ts';
import { parseGsr } from '../src/eval/gsr.ts';
import { quoteLocator } from '../src/eval/quotes.ts';
import { readArticle } from '../src/extract/index.ts';
import { ASSAULT_GATE_FILE, gatedSentences, type GateModel } from '../src/extract/gate.ts';
import { crossValidate, trainLogistic, type Example, type LogisticOptions } from '../src/extract/logistic.ts';

const PLOVER = 'ASSAULT';
const FOLDS = 5;
const REPEATS = 5;
const OPTIONS: LogisticOptions = { epochs: 20, rate: 0.1, l2: 0.5, minCount: 2, seed: 20261201 };
/** Weights smaller than this change no decision; leaving them out keeps the file small. */
const SMALLEST_WEIGHT = 1e-3;

type Source = 'sentences' | 'articles';
type Labelled = Example & { source: Source };
interface Figures { precision: number; recall: number; f1: number }

const bare = (id: string, text: string): SourceArticle => ({ id, title: null, text, published: null, url: null, outlet: null, source: id });
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number): number => Math.round(x * 1000) / 1000;
const rounded = (f: Figures): Figures => ({ precision: round(f.precision), recall: round(f.recall), f1: round(f.f1) });
const meanFigures = (draws: readonly Figures[]): Figures => ({ precision: mean(draws.map((d) => d.precision)), recall: mean(draws.map((d) => d.recall)), f1: mean(draws.map((d) => d.f1)) });

function judgedSentences(file: string): { examples: Labelled[]; positives: number } {
  const parsed = parseGsr(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
  const judged = parsed.rows.filter((r) => r.label !== 'ambiguous');
  const examples = judged.flatMap((row) =>
    gatedSentences(readArticle(bare(row.id, row.text), { published: null }), PLOVER).map((s) => ({
      features: [...s.features],
      positive: row.label === 'yes',
      // Sentences of one newswire document ("…0027-2", "…0027-5") are held out together.
      group: row.id.replace(/-\d+$/, ''),
      source: 'sentences' as const,
    })),
  );
  return { examples, positives: judged.filter((r) => r.label === 'yes').length };
}

function articleSentences(dir: string): { examples: Labelled[]; unlocated: number } {
  const gold = loadGoldDir(join(dir, 'gold')).articles;
  const examples: Labelled[] = [];
  let unlocated = 0;
  for (const article of loadArticleDir(dir).articles) {
    const g = gold.get(article.id);
    if (g === undefined) continue;
    const reading = readArticle(article, { published: g.published ?? article.published });
    const locate = quoteLocator(article.text);
    const quoted = g.events.filter((e) => EVENT_TYPES[e.type].plover?.[0] === PLOVER).flatMap((e) => {
      const span = e.quote === null ? null : locate(e.quote);
      if (span === null) unlocated++;
      return span === null ? [] : [span];
    });
    for (const s of gatedSentences(reading, PLOVER)) {
      const sentence = reading.sentences[s.sentence]!;
      const positive = quoted.some((q) => q.start < sentence.end && sentence.start < q.end);
      examples.push({ features: [...s.features], positive, group: article.id, source: 'articles' });
    }
  }
  return { examples, unlocated };
}

export function trainGate(shared = SHARED_DIR): GateModel & Record<string, unknown> {
  const judged = judgedSentences(join(shared, 'corpus', 'gsr-dev', 'assault_dev.csv'));
  const articles = [join(shared, 'corpus', 'dev'), join(shared, 'seeds')].map(articleSentences);
  const examples = [...judged.examples, ...articles.flatMap((a) => a.examples)];
  const articlePositives = examples.filter((x) => x.source === 'articles' && x.positive).length;
  const articleNegatives = examples.filter((x) => x.source === 'articles' && !x.positive).length;

  // Folds drawn differently move F1 by a few points on so few positives: figures are means over several draws.
  const outOfFold = Array.from({ length: REPEATS }, (_, r) => crossValidate(examples, FOLDS, { ...OPTIONS, seed: OPTIONS.seed + r }));
  /** Detection on the judged sentences; recall counts the reports the rules read no attack in as misses too. */
  const detection = (p: readonly number[], threshold: number): Figures => {
    let tp = 0, fp = 0;
    examples.forEach((x, i) => {
      if (x.source === 'sentences' && p[i]! >= threshold) x.positive ? tp++ : fp++;
    });
    const precision = tp / (tp + fp || 1), recall = tp / judged.positives;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  let threshold = 0.5;
  let best = -1;
  for (let step = 1; step <= 50; step++) {
    const f1 = mean(outOfFold.map((p) => detection(p, step / 100).f1));
    if (f1 > best) [best, threshold] = [f1, step / 100];
  }
  const draws = outOfFold.map((p) => detection(p, threshold));
  // On articles the gate drops nothing: what matters is how often it calls an analyst's attack background.
  const calledBackground = (positive: boolean): number =>
    mean(outOfFold.map((p) => examples.filter((x, i) => x.source === 'articles' && x.positive === positive && p[i]! < threshold).length / (positive ? articlePositives : articleNegatives)));

  const model = trainLogistic(examples, OPTIONS);
  const weights = Object.fromEntries(
    Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= SMALLEST_WEIGHT).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, w]) => [k, Math.round(w * 1e4) / 1e4]),
  );
  return {
    about: 'Logistic gate over the sentences the rules read an attack in: marks as background the attacks of sentences that only speak of violence. Trained by scripts/train-gate.ts.',
    trained_on: [
      'Open Event Data Alliance Arabic event gold standard, development split, ASSAULT sentences (MIT License, copyright 2018 Open Event Data Alliance)',
      "rasd's development and seed articles with analysts' gold events",
    ],
    examples: {
      judged_sentences: judged.examples.length,
      article_sentences: articlePositives + articleNegatives,
      unlocated_gold_quotes: articles.reduce((n, a) => n + a.unlocated, 0),
    },
    options: OPTIONS,
    cross_validated: {
      folds: FOLDS,
      draws: REPEATS,
      judged_sentences: {
        rules_alone: rounded(detection(examples.map(() => 1), 0)),
        with_gate: rounded(meanFigures(draws)),
        f1_by_draw: draws.map((d) => round(d.f1)),
      },
      articles: { gold_attacks_called_background: round(calledBackground(true)), other_attacks_called_background: round(calledBackground(false)) },
    },
    plover: PLOVER,
    threshold,
    bias: Math.round(model.bias * 1e4) / 1e4,
    weights,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const model = trainGate();
  writeFileSync(dataPath(ASSAULT_GATE_FILE), JSON.stringify(model, null, 1) + '\n');
  console.log(`${Object.keys(model.weights).length} weights, threshold ${model.threshold}`);
  console.log(JSON.stringify(model['cross_validated'], null, 1));
}
