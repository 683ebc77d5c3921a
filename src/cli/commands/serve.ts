/** `rasd serve`: the HTTP API and the web page over a store made by `rasd ingest`. */
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { buildApp } from '../../api/app.ts';
import { displayLocation, openStore, resolveLocation } from '../../store/index.ts';
import { DEFAULT_DB } from './ingest.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  quiet?: boolean;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number 0..65535');
  return port;
}

/** Serves the store at `db` until SIGINT/SIGTERM; resolves with the URL once listening. */
export async function serve(options: ServeOptions): Promise<string> {
  const store = await openStore(options.db);
  const app = await buildApp({ store, logger: options.quiet ? false : { level: 'info' } });
  const address = await app.listen({ port: options.port, host: options.host });
  const stop = async (): Promise<void> => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return address;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) and the web page')
    .option('--db <file|url>', 'the SQLite file (created empty when missing) or postgres:// URL made by rasd ingest', DEFAULT_DB)
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .option('-q, --quiet', 'no request log')
    .action(async (options: ServeOptions) => {
      const url = await serve({ ...options, db: resolveLocation(options.db) });
      process.stderr.write(`rasd: serving ${displayLocation(options.db)} at ${url}\n`);
    });
}
