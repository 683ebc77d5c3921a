/**
 * Scores predicted events against gold, micro-averaged over articles: event P/R/F1, per-field
 * accuracy on matched pairs, weapon/target set P/R/F1, per-type P/R/F1, and the misses, extras
 * and field mismatches behind those figures.
 */
import { matchEvents } from './match.ts';
import { FIELD_RULES, SET_RULES } from './fields.ts';
import { prf } from './prf.ts';
import { quoteLocator } from './quotes.ts';
import { setCounts } from './compare.ts';
import { showDate } from './show.ts';
import type { RasdEvent } from '../contract/index.ts';
import type { GoldEvent } from './gold.ts';
import type { Prf } from './prf.ts';
import type { TypeFamilies } from './families.ts';

export interface ArticleInput {
  id: string;
  /** The text the predicted evidence offsets point into. */
  text: string;
  gold: readonly GoldEvent[];
  predicted: readonly RasdEvent[];
}

export interface Miss {
  article: string;
  type: string;
  actor1: string | null;
  places: string[];
  date: string;
  quote: string | null;
}

export interface Extra {
  article: string;
  type: string;
  actor1: string | null;
  places: string[];
  date: string;
  evidence: string;
}

export interface Mismatch {
  article: string;
  field: string;
  expected: string;
  got: string;
  quote: string | null;
}

export interface FieldScore {
  correct: number;
  total: number;
  /** null when no event matched. */
  accuracy: number | null;
}

export type Counted = Prf & { gold: number; predicted: number };

export interface EventsReport {
  articles: number;
  events: Counted;
  fields: Record<string, FieldScore>;
  sets: Record<string, Prf>;
  /** By exact type: a pair of two types of one family is a miss of one and an extra of the other here. */
  per_type: Record<string, Counted>;
  misses: Miss[];
  extras: Extra[];
  mismatches: Mismatch[];
}

function counted(tp: number, gold: number, predicted: number): Counted {
  return { ...prf(tp, predicted - tp, gold - tp), gold, predicted };
}

export function scoreArticles(inputs: readonly ArticleInput[], families?: TypeFamilies): EventsReport {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  const fieldCounts = new Map(FIELD_RULES.map((f) => [f.name, { correct: 0, total: 0 }]));
  const setTotals = new Map(SET_RULES.map((s) => [s.name, { tp: 0, fp: 0, fn: 0 }]));
  const typeTotals = new Map<string, { tp: number; gold: number; predicted: number }>();
  const typeRow = (type: string): { tp: number; gold: number; predicted: number } => {
    let row = typeTotals.get(type);
    if (row === undefined) typeTotals.set(type, (row = { tp: 0, gold: 0, predicted: 0 }));
    return row;
  };
  const report: Pick<EventsReport, 'misses' | 'extras' | 'mismatches'> = { misses: [], extras: [], mismatches: [] };

  for (const article of inputs) {
    const locate = quoteLocator(article.text);
    const quoteSpans = article.gold.map((g) => (g.quote === null ? null : locate(g.quote)));
    const matching = matchEvents(article.gold, article.predicted, { families, quoteSpans });
    gold += article.gold.length;
    predicted += article.predicted.length;
    matched += matching.pairs.length;
    for (const g of article.gold) typeRow(g.type).gold++;
    for (const p of article.predicted) typeRow(p.type).predicted++;

    for (const pair of matching.pairs) {
      const g = article.gold[pair.gold]!;
      const p = article.predicted[pair.predicted]!;
      if (g.type === p.type) typeRow(g.type).tp++;
      for (const rule of FIELD_RULES) {
        const counts = fieldCounts.get(rule.name)!;
        counts.total++;
        if (rule.correct(g, p)) counts.correct++;
        else report.mismatches.push({ article: article.id, field: rule.name, expected: rule.expected(g), got: rule.got(p), quote: g.quote });
      }
      for (const rule of SET_RULES) {
        const totals = setTotals.get(rule.name)!;
        const c = setCounts(rule.gold(g), rule.predicted(p));
        totals.tp += c.tp;
        totals.fp += c.fp;
        totals.fn += c.fn;
      }
    }
    for (const i of matching.unmatchedGold) {
      const g = article.gold[i]!;
      report.misses.push({
        article: article.id,
        type: g.type,
        actor1: g.actor1,
        places: g.places.map((p) => p.name_en),
        date: showDate(g.date),
        quote: g.quote,
      });
    }
    for (const i of matching.unmatchedPredicted) {
      const p = article.predicted[i]!;
      report.extras.push({
        article: article.id,
        type: p.type,
        actor1: p.actor1?.id ?? null,
        places: p.locations.map((l) => l.name_en),
        date: showDate(p.date),
        evidence: p.evidence.map((s) => article.text.slice(s.start, s.end).trim()).join(' … '),
      });
    }
  }

  const fields: Record<string, FieldScore> = {};
  for (const [name, c] of fieldCounts) fields[name] = { ...c, accuracy: c.total === 0 ? null : c.correct / c.total };
  const sets: Record<string, Prf> = {};
  for (const [name, t] of setTotals) sets[name] = prf(t.tp, t.fp, t.fn);
  const per_type: Record<string, Counted> = {};
  for (const type of [...typeTotals.keys()].sort()) {
    const t = typeTotals.get(type)!;
    per_type[type] = counted(t.tp, t.gold, t.predicted);
  }
  return { articles: inputs.length, events: counted(matched, gold, predicted), fields, sets, per_type, ...report };
}
