/** The human-readable `rasd eval` report. */
import type { CorpusEvaluation } from './evaluate.ts';
import type { GsrReport } from './gsr.ts';
import type { Prf } from './prf.ts';

const num = (x: number | null): string => (x === null ? '-' : x.toFixed(3));

/** Left-aligns the first column and right-aligns the others. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

function prfLine(label: string, s: Prf): string {
  return `${label}  P ${num(s.precision)}  R ${num(s.recall)}  F1 ${num(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function quoted(text: string | null): string {
  return text === null ? '' : `\n      «${text.replace(/\s+/g, ' ').trim()}»`;
}

export function formatCorpusEvaluation(evaluation: CorpusEvaluation, verbose: boolean): string {
  const r = evaluation.report;
  const out: string[] = [];
  out.push(`${r.articles} articles, ${r.events.gold} gold events, ${r.events.predicted} predicted, ${r.events.tp} matched`);
  out.push(prfLine('events', r.events));
  out.push('');
  out.push(
    ...table([
      ['field', 'accuracy', 'correct', 'matched'],
      ...Object.entries(r.fields).map(([name, f]) => [name, num(f.accuracy), String(f.correct), String(f.total)]),
    ]),
  );
  out.push('');
  out.push(
    ...table([
      ['set (matched pairs)', 'P', 'R', 'F1'],
      ...Object.entries(r.sets).map(([name, s]) => [name, num(s.precision), num(s.recall), num(s.f1)]),
    ]),
  );
  out.push('');
  out.push(
    ...table([
      ['type', 'gold', 'pred', 'tp', 'P', 'R', 'F1'],
      // Precision without predictions, or recall without gold, is not defined: shown as '-'.
      ...Object.entries(r.per_type).map(([type, s]) => [
        type,
        String(s.gold),
        String(s.predicted),
        String(s.tp),
        num(s.predicted === 0 ? null : s.precision),
        num(s.gold === 0 ? null : s.recall),
        num(s.f1),
      ]),
    ]),
  );
  if (evaluation.without_gold.length > 0) out.push('', `not scored, no gold: ${evaluation.without_gold.join(', ')}`);
  if (evaluation.without_article.length > 0) out.push('', `not scored, no article: ${evaluation.without_article.join(', ')}`);
  if (verbose) {
    out.push('', `misses (gold events not matched): ${r.misses.length}`);
    for (const m of r.misses) {
      out.push(`  ${m.article}  ${m.type}  actor1 ${m.actor1 ?? '-'}  ${m.places.join(', ') || '(no place)'}  ${m.date}${quoted(m.quote)}`);
    }
    out.push('', `extras (predicted events not matched): ${r.extras.length}`);
    for (const e of r.extras) {
      out.push(`  ${e.article}  ${e.type}  actor1 ${e.actor1 ?? '-'}  ${e.places.join(', ') || '(no place)'}  ${e.date}${quoted(e.evidence)}`);
    }
    out.push('', `field mismatches on matched events: ${r.mismatches.length}`);
    for (const m of r.mismatches) {
      out.push(`  ${m.article}  ${m.field}: expected ${m.expected}, got ${m.got}${quoted(m.quote)}`);
    }
  }
  return out.join('\n');
}

export function formatGsrReport(file: string, r: GsrReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`${file}: ${r.event_types.join(', ')}, ${r.rows} sentences, ${r.scored} scored, ${r.ambiguous} ambiguous left out`);
  out.push(prfLine('detection', r.detection));
  out.push(`difficult no predicted negative  ${num(r.difficult_no.accuracy)}  (${r.difficult_no.correct}/${r.difficult_no.total})`);
  out.push(`easy no predicted negative       ${num(r.easy_no.accuracy)}  (${r.easy_no.correct}/${r.easy_no.total})`);
  if (verbose) {
    out.push('', `false positives: ${r.false_positives.length}`);
    for (const f of r.false_positives) out.push(`  ${f.id}  [${f.label}]  extracted ${f.types.join(', ')}${quoted(f.text)}`);
    out.push('', `false negatives: ${r.false_negatives.length}`);
    for (const f of r.false_negatives) out.push(`  ${f.id}  extracted ${f.types.join(', ') || '(nothing)'}${quoted(f.text)}`);
  }
  return out.join('\n');
}
