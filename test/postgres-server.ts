/**
 * A throwaway PostgreSQL server for the tests: its own data folder and socket folder in a temp
 * folder, a free port on 127.0.0.1, trust authentication, stopped and deleted at the end. As
 * root (CI), the server runs as the `postgres` user, since initdb refuses to run as root.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Client } from 'pg';

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The folder holding initdb and pg_ctl: the newest Debian install, or what pg_config names. */
function findBinaries(): string | null {
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT).filter((v) => existsSync(join(DEBIAN_ROOT, v, 'bin', 'initdb')));
    const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
    if (newest) return join(DEBIAN_ROOT, newest, 'bin');
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return existsSync(join(dir, 'initdb')) ? dir : null;
  } catch {
    return null;
  }
}

const BIN = findBinaries();
const AS_ROOT = process.getuid?.() === 0;

/** A `describe` skip reason when no PostgreSQL server can be started here, else false. */
export const postgresSkip: string | false = BIN
  ? false
  : 'no PostgreSQL binaries (apt-get install postgresql): PostgreSQL tests skipped';

export interface PostgresServer {
  /** URL of the server's `postgres` database. */
  url: string;
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  stop(): Promise<void>;
}

/** Runs a server binary, as the postgres user when this process is root. */
function run(binary: string, args: string[]): void {
  const path = join(BIN!, binary);
  const [command, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function admin<T>(url: string, body: (client: Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  if (!BIN) throw new Error(postgresSkip as string);
  const dir = mkdtempSync(join(tmpdir(), 'rasd-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(data);
  mkdirSync(socket);
  if (AS_ROOT) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const d of [dir, data, socket]) chownSync(d, uid, gid);
  }
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  // fsync off: a test server is thrown away, durability buys nothing and costs seconds.
  const options = `-p ${port} -k ${socket} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let next = 0;
  return {
    url,
    createDatabase: async () => {
      const name = `rasd_test_${++next}`;
      await admin(url, (c) => c.query(`CREATE DATABASE ${name}`));
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    dropDatabase: async (dbUrl) => {
      const name = new URL(dbUrl).pathname.slice(1);
      await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
    stop: async () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
