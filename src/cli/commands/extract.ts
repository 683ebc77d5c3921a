/**
 * `rasd extract`: reads articles (files, folders, `-`), extracts their events and writes them
 * as JSONL, ACLED-style CSV or GeoJSON. A bad input is reported on stderr and the batch goes on.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { SourceArticle } from '../../contract/index.ts';
import type { Extracted } from '../../extract/batch.ts';
import { openExtractor } from '../../extract/extractor.ts';
import { countParser } from '../counts.ts';
import { inOrder } from '../in-order.ts';
import { EXPORT_FORMATS, createWriter } from '../../export/index.ts';
import type { ExportFormat } from '../../export/index.ts';
import { toIsoDate } from '../../ingest/published.ts';
import { openOutput } from '../output.ts';
import type { Output } from '../output.ts';
import { createProgress, wantsProgress } from '../progress.ts';
import type { Progress, ProgressCounts } from '../progress.ts';

interface ExtractOptions {
  format: ExportFormat;
  out?: string;
  published?: string;
  quiet?: boolean;
  acledOnly?: boolean;
  /** Worker threads extracting; 0 extracts in the main thread. */
  jobs?: number;
}

/** Articles per batch sent to the worker threads: enough that each worker's share outweighs its messages. */
const POOL_BATCH = 100;

/** Exit codes, as `rasd extract --help` documents them. */
const EXIT_OK = 0;
const EXIT_INPUTS_FAILED = 1;
const EXIT_USAGE = 2;

function parsePublished(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toIsoDate(value) : null;
  if (date === null) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return date;
}

const HELP_AFTER = `
Inputs:
  file.txt            first line the headline, then the body
  file.html, .htm     the article text of a web page (site chrome left out)
  file.jsonl, .ndjson one {id,title,text,published,url,outlet} per line, read as a stream
  feed.xml, .rss, .atom  an RSS or Atom feed: each item an article
  folder              every file of those kinds under it (sorted; hidden files skipped)
  -                   stdin (JSONL, HTML or text, told apart by its first characters)

Formats:
  jsonl    one line per article: the rasd contract (article + events)
  csv      ACLED's columns in ACLED's order, then rasd's; one row per event and location;
           event types ACLED does not code have empty ACLED type columns (--acled-only drops them)
  geojson  a FeatureCollection with one Point per event location

Errors name the input on stderr as "rasd: <input>: <problem>"; the other inputs are still read.

Exit status:
  0  every input was read and extracted
  1  some inputs failed (missing, unreadable, empty, binary, not Arabic, too large, malformed);
     the output holds the others
  2  usage error (unknown option, bad --format or --published, unwritable --out)
`;

async function run(inputs: string[], options: ExtractOptions): Promise<number> {
  // Loaded here, not at the top: `--help` and usage errors need neither the readers nor the lexicons.
  const { formatInputError, planInputs, readInputs } = await import('../../ingest/index.ts');
  let output: Output;
  try {
    output = await openOutput(options.out);
  } catch (error) {
    process.stderr.write(`rasd: ${options.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return EXIT_USAGE;
  }
  const plan = await planInputs(inputs);
  const byBytes = plan.totalBytes > 0;
  const progress: Progress = createProgress(
    wantsProgress({ quiet: options.quiet === true, inputs: plan.inputs.length, totalBytes: plan.totalBytes }),
    byBytes ? plan.totalBytes : plan.inputs.length,
    byBytes ? 'bytes' : 'inputs',
  );
  const counts: ProgressCounts = { articles: 0, events: 0, failed: 0 };
  const writer = createWriter(options.format, { acledOnly: options.acledOnly === true, timestamp: Math.floor(Date.now() / 1000) });
  const jobs = options.jobs ?? 0;
  // One article at a time in the main thread, so the output streams as before; batches for the workers.
  const batchSize = jobs === 0 ? 1 : POOL_BATCH;
  const extraction = await openExtractor(jobs, POOL_BATCH);
  const writeResults = async (articles: readonly SourceArticle[], results: readonly Extracted[]): Promise<void> => {
    for (const [i, extracted] of results.entries()) {
      if (output.closed) return;
      if (!extracted.ok) {
        counts.failed++;
        progress.log(`rasd: ${articles[i]!.source}: extraction failed: ${extracted.error}`);
        continue;
      }
      counts.articles++;
      counts.events += extracted.value.events.length;
      await output.write(writer.write(extracted.value));
    }
  };
  let batch: SourceArticle[] = [];
  // A batch is extracted while the one before it is written.
  const steps = inOrder();
  const flush = (): Promise<void> => {
    const articles = batch;
    batch = [];
    return steps.add(extraction.extract(articles), (results) => writeResults(articles, results));
  };

  try {
    await output.write(writer.start());
    const results = readInputs(plan, {
      published: options.published ?? null,
      onProgress: (p) => progress.update(byBytes ? p.bytesDone : p.inputsDone, counts),
    });
    for await (const result of results) {
      if (output.closed) break;
      if (!result.ok) {
        counts.failed++;
        progress.log(`rasd: ${formatInputError(result.error)}`);
        continue;
      }
      batch.push(result.article);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    await steps.drain();
    await output.write(writer.end());
    await output.close();
  } finally {
    progress.stop();
    await extraction.close();
  }
  if (!options.quiet) {
    process.stderr.write(`rasd: ${counts.articles} articles, ${counts.events} events${counts.failed > 0 ? `, ${counts.failed} ${counts.failed === 1 ? 'input' : 'inputs'} failed` : ''}\n`);
  }
  return counts.failed > 0 ? EXIT_INPUTS_FAILED : EXIT_OK;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract events from Arabic articles (files, folders, JSONL, feeds, - for stdin)')
    .argument('<inputs...>', 'files, folders or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that carry none', parsePublished)
    .option('--acled-only', 'csv: only event types ACLED codes')
    .option('-j, --jobs <n>', 'worker threads extracting, for a machine with cores to spare (default 0: extraction in the main thread)', countParser(0))
    .option('-q, --quiet', 'no progress bar and no summary line on stderr')
    .addHelpText('after', HELP_AFTER)
    .exitOverride((error) => {
      process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
    })
    .action(async function (this: Command, inputs: string[], options: ExtractOptions) {
      if (options.acledOnly && options.format !== 'csv') this.error('error: --acled-only applies to --format csv');
      process.exitCode = await run(inputs, options);
    });
}
