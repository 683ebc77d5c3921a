/**
 * `rasd ingest` and `rasd search` as a user runs them, on seed 000 read from the shared folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../src/contract/paths.ts';
import { SEEDS_DIR, SEED_000_PUBLISHED, corpusSkip } from './corpus-store.ts';
import { freePort } from './free-port.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'cli', 'main.ts');

function rasd(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rasd ingest and rasd search', { skip: corpusSkip }, () => {
  let dir: string;
  let db: string;
  const seed = join(SEEDS_DIR, '000_5ab4817fc7c1eeb1.txt');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
    db = join(dir, 'events.sqlite');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests, reports bad inputs by name and exits 1, and stores nothing twice', () => {
    const missing = join(dir, 'missing.txt');
    const first = rasd('ingest', seed, missing, '--db', db, '--published', SEED_000_PUBLISHED);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stderr, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file`));
    assert.match(first.stderr, /1 articles stored, \d+ events/);
    const again = rasd('ingest', seed, '--db', db, '--published', SEED_000_PUBLISHED);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 articles stored, 0 events, 1 already stored/);
    const bad = rasd('ingest', seed, '--db', db, '--published', '2015-02-30');
    assert.equal(bad.code, 2);
  });

  it('searches with full text and filters, as a table or JSON', () => {
    const table = rasd('search', 'تدمر', '--db', db, '--type', 'air_strike', '--actor', 'RUS.MIL');
    assert.equal(table.code, 0, table.stderr);
    const rows = table.stdout.trimEnd().split('\n');
    assert.ok(rows.length >= 1);
    for (const row of rows) assert.match(row, /^(\d{4}-\d{2}-\d{2}\S*|undated)\s+air_strike\s+\S+ → \S+/);
    assert.ok(rows.some((r) => r.includes('Palmyra')), table.stdout);
    assert.match(table.stderr, /\d+ of \d+ events/);

    const json = rasd('search', '--db', db, '--admin1', 'Idlib', '--stance', 'denies', '--json');
    assert.equal(json.code, 0, json.stderr);
    const page = JSON.parse(json.stdout);
    assert.ok(page.events.length >= 1);
    assert.ok(page.events.every((e: any) => e.claims.some((c: any) => c.stance === 'denies')));

    const none = rasd('search', 'كلمةلاتوجد', '--db', db);
    assert.equal(none.code, 1);
    const badDate = rasd('search', '--db', db, '--from', '2015-02-30');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /--from is not a calendar date/);
    const noDb = rasd('search', 'تدمر', '--db', join(dir, 'none.sqlite'));
    assert.equal(noDb.code, 2);
    assert.match(noDb.stderr, /no such database/);
  });
});

describe('a PostgreSQL database that cannot be reached', () => {
  it('ends every command that opens it with one line naming it, password hidden, and exit status 2', async () => {
    const url = `postgres://rasd:secret@127.0.0.1:${await freePort()}/rasd`;
    const seed = join(SEEDS_DIR, '000_5ab4817fc7c1eeb1.txt');
    for (const args of [['search', 'x'], ['serve', '--port', '0'], ['ingest', seed], ['ingest', '--queue', seed], ['worker']]) {
      const r = rasd(...args, '--db', url);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^rasd: cannot open the database postgres:\/\/rasd:\*\*\*@127\.0\.0\.1:\d+\/rasd: .*ECONNREFUSED.*\n$/, args.join(' '));
      assert.doesNotMatch(r.stderr, /secret/);
    }
  });
});
