/**
 * `rasd extract` end to end: the CLI as a user runs it, on the seed articles (read from the
 * shared folder at run time) and on a batch with bad inputs of every common kind.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ArticleEvents } from '../src/contract/index.ts';
import { PROJECT_ROOT, SHARED_DIR, dataPath } from '../src/contract/paths.ts';
import { ACLED_COLUMNS } from '../src/export/index.ts';
import { corpusArticles, corpusSkip } from './corpus-store.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `rasd extract ...args` (asynchronously, so that tests can run side by side). */
function rasd(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'extract', ...args], { cwd: PROJECT_ROOT });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')));

/** The JSONL lines of a run, each checked against the contract schema and its own offsets. */
function contractLines(stdout: string): ArticleEvents[] {
  const lines = stdout.split('\n').filter((line) => line !== '');
  return lines.map((line) => {
    const parsed = JSON.parse(line) as ArticleEvents;
    assert.ok(validate(parsed), `${parsed.article?.id}: ${JSON.stringify(validate.errors)}`);
    for (const event of parsed.events) {
      for (const span of event.evidence) {
        assert.ok(span.start >= 0 && span.start < span.end && span.end <= parsed.article.text.length, `${event.id}: evidence inside the text`);
      }
    }
    return parsed;
  });
}

const SEEDS = join(SHARED_DIR, 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const noSeeds = seedFiles.length === 2 ? false : `the seed articles are not at ${SEEDS}: set RASD_SHARED to the shared folder`;

describe('rasd extract on the seeds', { skip: noSeeds, concurrency: true }, () => {
  const seeds = () => seedFiles.map((f) => join(SEEDS, f));

  test('jsonl: one valid contract line per seed, with events, exit 0', async () => {
    const run = await rasd([...seeds(), '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = contractLines(run.stdout);
    assert.deepEqual(lines.map((l) => l.article.id), seedFiles.map((f) => f.replace(/\.txt$/, '')));
    for (const line of lines) assert.ok(line.events.length > 0, `${line.article.id} has events`);
  });

  test('--published sets the date of an article that carries none', async () => {
    const run = await rasd([seeds()[1]!, '--published', '2016-08-17', '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(contractLines(run.stdout)[0]!.article.published, '2016-08-17');
  });

  test('csv: ACLED header, a row per event and location; geojson: a parseable FeatureCollection', async () => {
    const csv = await rasd([...seeds(), '--format', 'csv', '--quiet']);
    assert.equal(csv.status, 0, csv.stderr);
    const [header, ...rows] = csv.stdout.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    assert.deepEqual(header!.split(',').slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
    assert.ok(rows.length > 0);
    const geojson = await rasd([...seeds(), '--format', 'geojson', '--quiet']);
    assert.equal(geojson.status, 0, geojson.stderr);
    const collection = JSON.parse(geojson.stdout) as { type: string; features: Array<{ geometry: { type: string } }> };
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.length > 0);
    assert.ok(collection.features.every((f) => f.geometry.type === 'Point'));
  });
});

// Own sentences in the style of the news, for inputs that must extract.
const GOOD = [
  'غارات على ريف حلب\n\nشنت طائرات حربية غارات على بلدة في ريف حلب الشمالي صباح اليوم، ما أدى إلى مقتل أربعة مدنيين وإصابة آخرين.\n',
  'اشتباكات في درعا\n\nاندلعت اشتباكات عنيفة بين فصائل مسلحة وقوات النظام في مدينة درعا، وقال مصدر محلي إن ستة مقاتلين قتلوا.\n',
];

describe('rasd extract on a batch with bad inputs', { concurrency: true }, () => {
  let root = '';
  let batch = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
    batch = join(root, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a-good.txt'), GOOD[0]!);
    writeFileSync(join(batch, 'b-empty.txt'), '');
    writeFileSync(join(batch, 'c-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    writeFileSync(join(batch, 'd-english.txt'), 'Fighting near the city\n\nSix fighters were killed in clashes near the city on Monday, a local source said.\n');
    writeFileSync(join(batch, 'e-good.txt'), GOOD[1]!);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('each bad input is named on stderr, the good ones are extracted, exit 1', async () => {
    const run = await rasd([batch, join(root, 'missing.txt'), '--quiet']);
    assert.equal(run.status, 1);
    const errors = run.stderr.split('\n').filter((l) => l !== '');
    assert.deepEqual(errors.map((l) => l.slice(0, l.indexOf(': ', 'rasd: '.length))), [
      `rasd: ${join(batch, 'b-empty.txt')}`,
      `rasd: ${join(batch, 'c-binary.txt')}`,
      `rasd: ${join(batch, 'd-english.txt')}`,
      `rasd: ${join(root, 'missing.txt')}`,
    ]);
    assert.match(errors[0]!, /empty/);
    assert.match(errors[1]!, /not UTF-8/);
    assert.match(errors[2]!, /not Arabic/);
    assert.match(errors[3]!, /no such file/);
    assert.deepEqual(contractLines(run.stdout).map((l) => l.article.id), ['a-good', 'e-good']);
  });

  test('a summary line unless --quiet; --out writes the file and leaves stdout empty', async () => {
    const out = join(root, 'out.jsonl');
    const run = await rasd([join(batch, 'a-good.txt'), join(batch, 'e-good.txt'), '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^rasd: 2 articles, \d+ events\n$/);
    assert.equal(contractLines(readFileSync(out, 'utf8')).length, 2);
  });

  test('stdin: JSONL lines, a bad one named by its line number', async () => {
    const jsonl = [
      JSON.stringify({ id: 'n1', title: 'خبر', text: GOOD[0]!.split('\n\n')[1], published: '2016-05-01', outlet: 'موقع' }),
      '{"id": "n2", "text": ',
      JSON.stringify({ id: 'n3', text: GOOD[1]!.split('\n\n')[1] }),
    ].join('\n');
    const run = await rasd(['-', '--quiet'], jsonl);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^rasd: -:2: is not a valid JSONL article/);
    const lines = contractLines(run.stdout);
    assert.deepEqual(lines.map((l) => [l.article.id, l.article.published, l.article.outlet]), [
      ['n1', '2016-05-01', 'موقع'],
      ['n3', null, null],
    ]);
  });
});

describe('rasd extract usage', { concurrency: true }, () => {
  for (const args of [[], ['x.txt', '--format', 'xml'], ['x.txt', '--published', '17/08/2016'], ['x.txt', '--acled-only']]) {
    test(`usage error, exit 2: rasd extract ${args.join(' ')}`, async () => {
      const run = await rasd(args);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /error/i);
    });
  }

  test('--help documents formats and exit codes', async () => {
    const run = await rasd(['--help']);
    assert.equal(run.status, 0);
    for (const words of ['--format', '--published', '--quiet', 'geojson', 'Exit status', '1  some inputs failed']) {
      assert.ok(run.stdout.includes(words), words);
    }
  });
});

describe('rasd extract --jobs', { skip: corpusSkip }, () => {
  let root = '';
  let input = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rasd-jobs-'));
    input = join(root, 'articles.jsonl');
    // Enough copies of the corpus for more than one batch of the workers.
    const lines = [0, 1, 2, 3].flatMap((copy) => corpusArticles().map((a) => JSON.stringify({ id: `${a.id}~${copy}`, title: a.title, text: a.text, published: a.published, url: null, outlet: a.outlet })));
    writeFileSync(input, lines.join('\n') + '\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('worker threads write what the main thread writes, in the input order', async () => {
    const [here, pooled] = await Promise.all([rasd([input, '--quiet']), rasd([input, '--quiet', '--jobs', '2'])]);
    assert.equal(pooled.status, 0, pooled.stderr);
    assert.equal(pooled.stdout, here.stdout);
    assert.equal(contractLines(pooled.stdout).length, 4 * corpusArticles().length);
  });

  test('a count of threads that is not a whole number is a usage error', async () => {
    const run = await rasd([input, '--jobs', 'two']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--jobs/);
  });
});
