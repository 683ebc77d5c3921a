/**
 * `rasd eval`: scores the extractor against gold annotations of an article folder, or against
 * sentences judged for a PLOVER event type.
 */
import { existsSync, statSync } from 'node:fs';
import { evaluateCorpus, evaluateGsr } from '../../eval/evaluate.ts';
import { formatCorpusEvaluation, formatGsrReport } from '../../eval/format.ts';
import type { Command } from 'commander';
import type { CorpusEvaluation } from '../../eval/evaluate.ts';
import type { GsrReport } from '../../eval/gsr.ts';

interface EvalOptions {
  articles?: string;
  gold?: string;
  index?: string;
  gsr?: string;
  verbose?: boolean;
  json?: boolean;
}

const HELP = `
Matching (--articles): a predicted event pairs with a gold event of a compatible type (the same,
or one family of data/eval/type-families.json) that shares a place (same English or Arabic name,
or the same governorate when both are at precision 2 or 3) or actor1, and whose date overlaps
(or both are unknown). Pairs are one to one, as many as possible, then the best agreeing.
Fields are scored on the pairs: place = the gold's first place among the predicted ones at the
same precision; stance = every gold stance predicted, nothing else but 'reports'.

Sentences (--gsr): positive when an extracted event has the row's PLOVER type and is not marked
background (told in passing); "yes" rows are positives, "easy no" and "difficult no" negatives,
"ambiguous" rows are left out. The attack gate that marks background was trained on the shared
gsr-dev sentences: on them, read its cross-validated figures in data/model/assault-gate.json.
`;

/** Without --verbose the JSON leaves out the listings behind the figures. */
function corpusJson(evaluation: CorpusEvaluation, verbose: boolean): object {
  if (verbose) return evaluation;
  const { misses: _m, extras: _e, mismatches: _x, ...figures } = evaluation.report;
  return { ...evaluation, report: figures };
}

function gsrJson(report: GsrReport, verbose: boolean): object {
  if (verbose) return report;
  const { false_positives: _fp, false_negatives: _fn, ...figures } = report;
  return figures;
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold events (--articles, --gold) or judged sentences (--gsr)')
    .option('--articles <dir>', 'folder of .txt articles (with index.jsonl for ids and dates)')
    .option('--gold <dir>', 'folder of <id>.gold.json files')
    .option('--index <file>', 'index.jsonl to use instead of the one in the articles folder')
    .option('--gsr <file>', 'CSV of judged sentences (id,event_type,label,accept,reject,total,text)')
    .option('--verbose', 'list misses, extras and field mismatches (false positives/negatives for --gsr)')
    .option('--json', 'print one JSON object')
    .addHelpText('after', HELP)
    .action(async function (this: Command, options: EvalOptions) {
      const verbose = options.verbose === true;
      if (options.gsr !== undefined) {
        if (options.articles !== undefined || options.gold !== undefined) this.error('use either --gsr or --articles with --gold');
        if (!existsSync(options.gsr)) this.error(`no such file: ${options.gsr}`);
      } else {
        if (options.articles === undefined || options.gold === undefined) this.error('give --articles DIR and --gold DIR, or --gsr FILE');
        for (const dir of [options.articles, options.gold]) if (!isDir(dir)) this.error(`not a folder: ${dir}`);
        if (options.index !== undefined && !existsSync(options.index)) this.error(`no such file: ${options.index}`);
      }
      // Loaded only now so that `rasd --help` and usage errors do not build the lexicons.
      const { extractArticle } = await import('../../extract/index.ts');

      if (options.gsr !== undefined) {
        const result = evaluateGsr(options.gsr, extractArticle);
        if (!result.ok) {
          process.stderr.write(`rasd eval: ${options.gsr}: ${result.error.code}: ${result.error.message}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(
          (options.json
            ? JSON.stringify({ file: options.gsr, ...gsrJson(result.report, verbose) })
            : formatGsrReport(options.gsr, result.report, verbose)) + '\n',
        );
        return;
      }
      const evaluation = evaluateCorpus(
        { articlesDir: options.articles!, goldDir: options.gold!, ...(options.index === undefined ? {} : { indexFile: options.index }) },
        extractArticle,
      );
      for (const e of evaluation.errors) process.stderr.write(`rasd eval: ${e.file}: ${e.code}: ${e.message}\n`);
      if (evaluation.report.articles === 0) {
        process.stderr.write(`rasd eval: no article of ${options.articles} has a gold file in ${options.gold}\n`);
      }
      if (evaluation.errors.length > 0 || evaluation.report.articles === 0) process.exitCode = 1;
      process.stdout.write(
        (options.json ? JSON.stringify(corpusJson(evaluation, verbose)) : formatCorpusEvaluation(evaluation, verbose)) + '\n',
      );
    });
}
