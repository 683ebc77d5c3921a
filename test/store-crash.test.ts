/**
 * A `rasd ingest` killed with SIGKILL in the middle of a large ingest leaves a database that opens,
 * passes `PRAGMA integrity_check`, holds every article of every batch it reported committed, and
 * holds no half-stored article. Running the same ingest again then completes it.
 *
 * The input is a JSONL file of a few thousand short articles made at run time from the dev corpus
 * (each copy with its own id and text), written to a temp folder: nothing is copied into the project.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../src/contract/paths.ts';
import { corpusArticles, corpusSkip } from './corpus-store.ts';

const COPIES = 2000;
/** Short articles: the first sentences of each corpus article, so extraction stays quick. */
const ARTICLE_CHARS = 400;
/** Commits to see before the kill: the ingest is well under way, far from done. */
const COMMITS_BEFORE_KILL = 3;
const MAIN = join(PROJECT_ROOT, 'src', 'cli', 'main.ts');

interface CommitLine {
  committed: string[];
  counts: { created: number };
}

function runIngest(input: string, db: string, onCommit?: (commits: readonly CommitLine[], kill: () => void) => void): Promise<{ code: number | null; signal: string | null; commits: CommitLine[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', input, '--db', db, '--quiet', '--commit-log'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const commits: CommitLine[] = [];
    createInterface({ input: child.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as CommitLine;
      commits.push(line);
      onCommit?.(commits, () => child.kill('SIGKILL'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, commits }));
  });
}

describe('ingest killed mid-way', { skip: corpusSkip }, () => {
  let dir: string;
  let input: string;
  let db: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rasd-crash-'));
    input = join(dir, 'articles.jsonl');
    db = join(dir, 'rasd.sqlite');
    const base = corpusArticles();
    const lines: string[] = [];
    for (let i = 0; i < COPIES; i++) {
      const a = base[i % base.length]!;
      const text = `${a.text.slice(0, ARTICLE_CHARS)} (${i})`;
      lines.push(JSON.stringify({ id: `copy-${i}`, title: a.title, text, published: a.published ?? '2016-01-01', url: null, outlet: a.outlet }));
    }
    writeFileSync(input, lines.join('\n') + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every committed batch, whole, in a sound file, and a second run completes it', async () => {
    const killed = await runIngest(input, db, (commits, kill) => {
      if (commits.length >= COMMITS_BEFORE_KILL) kill();
    });
    assert.equal(killed.signal, 'SIGKILL', 'the ingest was killed before it finished');
    const reported = killed.commits.flatMap((c) => c.committed);
    assert.ok(reported.length >= 2 * 200, `committed ${reported.length} articles before the kill`);

    const sqlite = new Database(db);
    try {
      assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(sqlite.pragma('foreign_key_check'), []);
      const stored = new Set((sqlite.prepare('SELECT id FROM articles').all() as Array<{ id: string }>).map((r) => r.id));
      for (const id of reported) assert.ok(stored.has(id), `committed article ${id} is in the file`);
      assert.ok(stored.size < COPIES, 'the kill came before the end');
      // No half-stored article: each has its full-text row, each event its evidence.
      const fts = sqlite.prepare('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_fts f WHERE f.rowid = a.seq)').get() as { n: number };
      assert.equal(fts.n, 0);
      const bare = sqlite.prepare('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM evidence v WHERE v.event_seq = e.seq)').get() as { n: number };
      assert.equal(bare.n, 0);
      const facets = sqlite.prepare("SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_facets f WHERE f.facet = 'type' AND f.value = e.type AND f.day = e.day AND f.event_seq = e.seq)").get() as { n: number };
      assert.equal(facets.n, 0);
    } finally {
      sqlite.close();
    }

    const resumed = await runIngest(input, db);
    assert.equal(resumed.code, 0);
    const check = new Database(db, { readonly: true });
    try {
      assert.equal((check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, COPIES);
      assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      check.close();
    }
  });
});
