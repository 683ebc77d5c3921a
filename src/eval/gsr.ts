/**
 * Sentence-level detection scored on judged sentences (a CSV with columns id, event_type,
 * label, accept, reject, total, text). "yes" rows are positives, "easy no" and "difficult no"
 * negatives, "ambiguous" rows are left out. A sentence is predicted positive when an event
 * extracted from it has the row's PLOVER type.
 */
import { parseCsv } from './csv.ts';
import { prf } from './prf.ts';
import type { Prf } from './prf.ts';

export const GSR_LABELS = ['yes', 'easy no', 'difficult no', 'ambiguous'] as const;
export type GsrLabel = (typeof GSR_LABELS)[number];

export interface GsrRow {
  id: string;
  /** PLOVER event type the sentence was judged for (ASSAULT, PROTEST, ...). */
  event_type: string;
  label: GsrLabel;
  text: string;
}

export interface GsrError {
  code: 'ERR_GSR_CSV' | 'ERR_GSR_COLUMN' | 'ERR_GSR_LABEL';
  message: string;
}

export type GsrParse = { ok: true; rows: GsrRow[] } | { ok: false; error: GsrError };

const REQUIRED = ['id', 'event_type', 'label', 'text'] as const;

export function parseGsr(csvText: string): GsrParse {
  const csv = parseCsv(csvText);
  if (!csv.ok) return { ok: false, error: { code: 'ERR_GSR_CSV', message: csv.error.message } };
  const [header, ...body] = csv.records;
  const column = new Map((header ?? []).map((name, i) => [name.trim(), i]));
  const missing = REQUIRED.filter((c) => !column.has(c));
  if (missing.length > 0) return { ok: false, error: { code: 'ERR_GSR_COLUMN', message: `missing column(s): ${missing.join(', ')}` } };
  const at = (record: string[], name: (typeof REQUIRED)[number]): string => record[column.get(name)!] ?? '';
  const rows: GsrRow[] = [];
  for (const [n, record] of body.entries()) {
    const label = at(record, 'label').trim();
    if (!(GSR_LABELS as readonly string[]).includes(label)) {
      return { ok: false, error: { code: 'ERR_GSR_LABEL', message: `record ${n + 2}: unknown label "${label}"` } };
    }
    rows.push({ id: at(record, 'id'), event_type: at(record, 'event_type').trim(), label: label as GsrLabel, text: at(record, 'text') });
  }
  return { ok: true, rows };
}

export interface GsrPrediction {
  row: GsrRow;
  /** PLOVER types of the events extracted from the sentence. */
  types: string[];
}

export interface LabelAccuracy {
  total: number;
  correct: number;
  accuracy: number | null;
}

export interface GsrReport {
  event_types: string[];
  rows: number;
  scored: number;
  ambiguous: number;
  detection: Prf;
  /** Share of "difficult no" (resp. "easy no") sentences predicted negative. */
  difficult_no: LabelAccuracy;
  easy_no: LabelAccuracy;
  false_positives: Array<{ id: string; label: GsrLabel; types: string[]; text: string }>;
  false_negatives: Array<{ id: string; types: string[]; text: string }>;
}

export function isPredictedPositive(p: GsrPrediction): boolean {
  return p.types.includes(p.row.event_type);
}

function labelAccuracy(predictions: readonly GsrPrediction[], label: GsrLabel): LabelAccuracy {
  const rows = predictions.filter((p) => p.row.label === label);
  const correct = rows.filter((p) => !isPredictedPositive(p)).length;
  return { total: rows.length, correct, accuracy: rows.length === 0 ? null : correct / rows.length };
}

export function scoreGsr(predictions: readonly GsrPrediction[]): GsrReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const report: Pick<GsrReport, 'false_positives' | 'false_negatives'> = { false_positives: [], false_negatives: [] };
  const scored = predictions.filter((p) => p.row.label !== 'ambiguous');
  for (const p of scored) {
    const positive = isPredictedPositive(p);
    const gold = p.row.label === 'yes';
    if (positive && gold) tp++;
    else if (positive) {
      fp++;
      report.false_positives.push({ id: p.row.id, label: p.row.label, types: p.types, text: p.row.text });
    } else if (gold) {
      fn++;
      report.false_negatives.push({ id: p.row.id, types: p.types, text: p.row.text });
    }
  }
  return {
    event_types: [...new Set(predictions.map((p) => p.row.event_type))].sort(),
    rows: predictions.length,
    scored: scored.length,
    ambiguous: predictions.length - scored.length,
    detection: prf(tp, fp, fn),
    difficult_no: labelAccuracy(scored, 'difficult no'),
    easy_no: labelAccuracy(scored, 'easy no'),
    ...report,
  };
}
