/**
 * `rasd start` (what `npm start` runs) as a user meets it: it ingests the project's examples into
 * a SQLite file, serves them, prints the URL, and the API answers there. A second start finds the
 * examples already stored.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES_DIR } from '../src/cli/commands/start.ts';
import { PROJECT_ROOT } from '../src/contract/paths.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'cli', 'main.ts');

/** Starts `rasd start` on a free port; resolves with the URL it prints and its stderr so far. */
function start(db: string): Promise<{ url: string; stderr: string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start', '--db', db, '--port', '0'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`rasd start exited (${code}) before serving: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /open (http:\/\/\S+)/.exec(line)?.[1];
      if (!url) return;
      child.removeAllListeners('exit');
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      resolve({ url, stderr, stop: () => (child.kill('SIGTERM'), exited) });
    });
  });
}

describe('rasd start', { skip: existsSync(EXAMPLES_DIR) ? false : `no examples folder at ${EXAMPLES_DIR}` }, () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'rasd-start-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the examples, serves them and prints the URL; a second start stores nothing twice', async () => {
    const db = join(dir, 'rasd.sqlite');
    const first = await start(db);
    try {
      assert.match(first.stderr, /[1-9]\d* articles stored/);
      assert.deepEqual(await (await fetch(`${first.url}/health`)).json(), { ok: true });
      const meta = (await (await fetch(`${first.url}/meta`)).json()) as { counts: { articles: number; events: number } };
      assert.ok(meta.counts.articles >= 1 && meta.counts.events >= 1, JSON.stringify(meta.counts));
      const page = (await (await fetch(`${first.url}/events?limit=5`)).json()) as { events: unknown[] };
      assert.ok(page.events.length >= 1);
    } finally {
      assert.equal(await first.stop(), 0);
    }
    const second = await start(db);
    try {
      assert.match(second.stderr, /0 articles stored, 0 events, \d+ already stored/);
    } finally {
      await second.stop();
    }
  });
});
