/**
 * `rasd start` (what `npm start` runs): ingests the project's example articles into a local
 * SQLite file and serves it, so the first command shows something real. Ingesting again is cheap:
 * articles already stored are skipped.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT } from '../../contract/paths.ts';
import { runIngest, summary } from './ingest.ts';
import { DEFAULT_HOST, DEFAULT_PORT, parsePort, serve } from './serve.ts';

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');
const DEFAULT_START_DB = join(PROJECT_ROOT, 'rasd.sqlite');

interface StartOptions {
  db: string;
  examples: string;
  port: number;
  host: string;
}

export function register(program: Command): void {
  program
    .command('start')
    .description('ingest the example articles and serve them (what npm start runs)')
    .option('--db <file>', 'the SQLite file', DEFAULT_START_DB)
    .option('--examples <folder>', 'the articles to ingest', EXAMPLES_DIR)
    .option('--port <port>', 'port to listen on', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .action(async (options: StartOptions) => {
      const db = resolve(options.db);
      if (existsSync(options.examples)) {
        const counts = await runIngest([options.examples], { db, quiet: false });
        process.stderr.write(`rasd: ${summary(counts)} into ${db}\n`);
      } else {
        process.stderr.write(`rasd: no examples folder at ${options.examples}; serving ${db} as it is\n`);
      }
      const url = await serve({ db, port: options.port, host: options.host, quiet: true });
      process.stdout.write(`rasd is running: open ${url.replace('127.0.0.1', 'localhost')}\n`);
    });
}
