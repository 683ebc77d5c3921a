/**
 * `rasd search`: the API's filters on the command line, over a store made by `rasd ingest`.
 * Prints a table (date, type, actor1 → actor2, places, evidence) or the page as JSON.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { StoredEvent } from '../../contract/index.ts';
import { parseEventFilter, parsePage } from '../../store/filter.ts';
import { isPostgresUrl, openStore } from '../../store/index.ts';
import { DEFAULT_DB } from './ingest.ts';

const EXIT_OK = 0;
const EXIT_NO_MATCH = 1;
const EXIT_USAGE = 2;
const DEFAULT_SEARCH_LIMIT = 20;
const EXCERPT_CHARS = 90;

interface SearchOptions {
  db: string;
  json?: boolean;
  limit?: string;
  sort?: string;
  [filter: string]: string | boolean | undefined;
}

const FILTER_OPTIONS: Array<[flag: string, name: string, help: string]> = [
  ['--type <types>', 'type', 'event types, comma-separated'],
  ['--actor <id>', 'actor', 'actor id, as actor1 or actor2 (e.g. RUS.MIL)'],
  ['--actor1 <id>', 'actor1', 'actor id of the initiator'],
  ['--actor2 <id>', 'actor2', 'actor id of the target'],
  ['--place <id>', 'place', 'gazetteer place id'],
  ['--admin1 <name>', 'admin1', 'governorate (e.g. Idlib)'],
  ['--bbox <box>', 'bbox', 'minLon,minLat,maxLon,maxLat'],
  ['--from <date>', 'from', 'events overlapping from this date (YYYY-MM-DD)'],
  ['--to <date>', 'to', 'events overlapping up to this date (YYYY-MM-DD)'],
  ['--weapon <id>', 'weapon', 'weapon id (e.g. su-34)'],
  ['--target <kind>', 'target', 'target kind (e.g. hospital)'],
  ['--stance <stance>', 'stance', 'a claim has this stance: asserts, denies, alleges, reports'],
  ['--outlet <name>', 'outlet', "the article's outlet"],
  ['--article <id>', 'article', 'article id'],
];

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function dateOf(e: StoredEvent): string {
  const { start, end } = e.date;
  if (!start) return 'undated';
  return end && end !== start ? `${start}..${end}` : start;
}

/** One event per line: date, type, actor1 → actor2, places, then the evidence excerpt. */
export function formatTable(events: readonly StoredEvent[]): string {
  const rows = events.map((e) => [
    dateOf(e),
    e.type,
    `${e.actor1?.id ?? '?'} → ${e.actor2?.id ?? '?'}`,
    e.locations.map((l) => l.name_en).join(', ') || '-',
    clip(e.evidence_text[0] ?? '', EXCERPT_CHARS),
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 0));
  return rows.map((r) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n');
}

async function run(query: string | undefined, options: SearchOptions): Promise<number> {
  if (!isPostgresUrl(options.db) && !existsSync(options.db)) {
    process.stderr.write(`rasd: ${options.db}: no such database (make one with rasd ingest)\n`);
    return EXIT_USAGE;
  }
  const params: Record<string, string | undefined> = { q: query, limit: options.limit ?? String(DEFAULT_SEARCH_LIMIT), sort: options.sort };
  for (const [, name] of FILTER_OPTIONS) params[name] = options[name] as string | undefined;
  const filter = parseEventFilter(params);
  const page = parsePage(params);
  if (!filter.ok || !page.ok) {
    const bad = !filter.ok ? filter.error : !page.ok ? page.error : null;
    // The parsers name API parameters; say the option instead.
    const flag = bad!.field === 'q' ? 'the query' : `--${bad!.field}`;
    process.stderr.write(`rasd: ${bad!.message.replace(bad!.field, flag)}\n`);
    return EXIT_USAGE;
  }
  const store = await openStore(options.db);
  try {
    const result = await store.listEvents(filter.value, page.value);
    if (options.json) {
      process.stdout.write(JSON.stringify(result) + '\n');
    } else {
      if (result.events.length > 0) process.stdout.write(formatTable(result.events) + '\n');
      const shown = result.events.length;
      const total = result.total_exact ? String(result.total) : `more than ${result.total}`;
      process.stderr.write(`rasd: ${shown} of ${total} events${shown < result.total ? ' (--limit for more)' : ''}\n`);
    }
    return result.events.length > 0 ? EXIT_OK : EXIT_NO_MATCH;
  } finally {
    await store.close();
  }
}

export function register(program: Command): void {
  const command = program
    .command('search')
    .description('search the stored events: full text and filters, newest first')
    .argument('[query]', 'words to find in the articles (Arabic or English; "a phrase", prefix*)')
    .option('--db <file|url>', 'the SQLite file or postgres:// URL made by rasd ingest', DEFAULT_DB);
  for (const [flag, , help] of FILTER_OPTIONS) command.option(flag, help);
  command
    .option('--limit <n>', `events to show, 1..500 (default ${DEFAULT_SEARCH_LIMIT})`)
    .option('--sort <order>', 'date (oldest first) or -date (newest first, default)')
    .option('--json', 'print the page as JSON: {events, next_cursor, total, total_exact}')
    .addHelpText('after', '\nExit status: 0 events found, 1 none found, 2 usage error.\n')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE))
    .action(async (query: string | undefined, options: SearchOptions) => {
      process.exitCode = await run(query, options);
    });
}
