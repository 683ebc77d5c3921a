import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { INPUT_ERROR_CODES, MAX_FILE_BYTES, planInputs, readInputs } from './index.ts';
import type { InputResult, ReadOptions, ReadProgress } from './index.ts';

const BODY = 'استهدفت غارات جوية مواقع لمسلحين في محيط البلدة صباح اليوم، وقال مصدر ميداني إن أربعة قتلوا.';

async function read(paths: string[], options: ReadOptions = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of readInputs(paths, options)) out.push(result);
  return out;
}

function summary(results: InputResult[], root: string): string[] {
  const short = (s: string) => s.replace(root, '~');
  return results.map((r) => (r.ok ? `ok ${r.article.id} ${short(r.article.source)}` : `${r.error.code} ${short(r.error.input)}`));
}

describe('readInputs', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
    mkdirSync(join(root, 'batch', 'sub'), { recursive: true });
    mkdirSync(join(root, 'batch', '.hidden'));
    writeFileSync(join(root, 'batch', 'b.txt'), `عنوان الخبر\r\n\r\n${BODY}\r\n`);
    writeFileSync(join(root, 'batch', 'a.txt'), `\n\n${BODY}`);
    writeFileSync(join(root, 'batch', 'notes.md'), BODY);
    writeFileSync(join(root, 'batch', '.secret.txt'), BODY);
    writeFileSync(join(root, 'batch', '.hidden', 'c.txt'), BODY);
    writeFileSync(join(root, 'batch', 'sub', 'empty.txt'), ' \n\n ');
    writeFileSync(join(root, 'batch', 'sub', 'english.txt'), 'Headline\n\nThe army said on Monday that it had taken the town after heavy fighting.');
    writeFileSync(join(root, 'batch', 'sub', 'nul.txt'), Buffer.from([0xd8, 0xa7, 0x00, 0x41]));
    writeFileSync(join(root, 'batch', 'sub', 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'));
    writeFileSync(join(root, 'page.html'), `<html><head><title>عنوان الصفحة</title></head><body><article><p>${BODY}</p></article></body></html>`);
    writeFileSync(join(root, 'nothing.html'), '<html><head><title>x</title></head><body><nav>الرئيسية</nav></body></html>');
    writeFileSync(join(root, 'not-a-feed.xml'), '<?xml version="1.0"?><note><to>أحد</to></note>');
    writeFileSync(join(root, 'empty-feed.rss'), '<rss version="2.0"><channel><title>قناة</title></channel></rss>');
    writeFileSync(join(root, 'feed.atom'), `<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><entry><title>أ</title><summary>${BODY}</summary></entry><entry><title>ب</title><summary>Only English here, sadly.</summary></entry></feed>`);
    writeFileSync(join(root, 'dump.jsonl'), `${JSON.stringify({ id: 'j1', text: BODY, published: '2016-08-17' })}\nnot json\n${JSON.stringify({ text: BODY })}\n`);
    writeFileSync(join(root, 'no-extension'), `{"id":"s1","text":"${BODY}"}\n`);
    writeFileSync(join(root, 'big.txt'), '');
    truncateSync(join(root, 'big.txt'), MAX_FILE_BYTES + 1);
    symlinkSync('loop', join(root, 'loop'));
    mkdirSync(join(root, 'empty-folder'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a folder: recursive, sorted, supported extensions only, hidden entries skipped; each bad file named', async () => {
    assert.deepEqual(summary(await read([join(root, 'batch')]), root), [
      'ok a ~/batch/a.txt',
      'ok b ~/batch/b.txt',
      'EMPTY ~/batch/sub/empty.txt',
      'NOT_ARABIC ~/batch/sub/english.txt',
      'BINARY ~/batch/sub/latin1.txt',
      'BINARY ~/batch/sub/nul.txt',
    ]);
  });

  test('txt: headline, body with LF line ends, publication date from the option', async () => {
    const [a, b] = await read([join(root, 'batch', 'a.txt'), join(root, 'batch', 'b.txt')], { published: '2015-11-02' });
    assert.ok(a?.ok && b?.ok);
    assert.deepEqual(b.article, { id: 'b', title: 'عنوان الخبر', text: BODY, published: '2015-11-02', url: null, outlet: null, source: join(root, 'batch', 'b.txt') });
    assert.equal(a.article.title, null);
  });

  test('every error code but BAD_JSONL_LINE (jsonl.test.ts) from real files', async () => {
    const results = await read(
      ['missing.txt', 'loop', 'big.txt', 'nothing.html', 'not-a-feed.xml', 'empty-feed.rss', 'empty-folder'].map((p) => join(root, p)),
    );
    assert.deepEqual(summary(results, root), [
      'NOT_FOUND ~/missing.txt',
      'UNREADABLE ~/loop',
      'TOO_LARGE ~/big.txt',
      'BAD_HTML ~/nothing.html',
      'BAD_FEED ~/not-a-feed.xml',
      'EMPTY ~/empty-feed.rss',
      'EMPTY ~/empty-folder',
    ]);
    for (const result of results) {
      assert.ok(!result.ok);
      assert.ok(result.error.message.startsWith(INPUT_ERROR_CODES[result.error.code]), result.error.message);
    }
  });

  test('html, feed items, JSONL lines and an extensionless file told by its content', async () => {
    const results = await read(['page.html', 'feed.atom', 'dump.jsonl', 'no-extension'].map((p) => join(root, p)), { published: '2020-01-01' });
    assert.deepEqual(summary(results, root), [
      'ok page ~/page.html',
      'ok feed#1 ~/feed.atom#1',
      'NOT_ARABIC ~/feed.atom#2',
      'ok j1 ~/dump.jsonl:1',
      'BAD_JSONL_LINE ~/dump.jsonl:2',
      'ok dump.jsonl:3 ~/dump.jsonl:3',
      'ok s1 ~/no-extension:1',
    ]);
    const [page, item, , j1, , j3] = results;
    assert.ok(page?.ok && item?.ok && j1?.ok && j3?.ok);
    assert.equal(page.article.text, BODY);
    assert.equal(item.article.outlet, 'موقع');
    // A date the input carries wins over the option; the option fills in where there is none.
    assert.equal(j1.article.published, '2016-08-17');
    assert.equal(j3.article.published, '2020-01-01');
  });

  test('stdin: JSONL, HTML and text told apart by their first characters', async () => {
    const stdin = (text: string) => Readable.from([Buffer.from(text)]);
    const jsonl = await read(['-'], { stdin: stdin(`${JSON.stringify({ id: 'x', text: BODY })}\n${JSON.stringify({ text: BODY })}\n`) });
    assert.deepEqual(summary(jsonl, root), ['ok x -:1', 'ok stdin:2 -:2']);
    const html = await read(['-'], { stdin: stdin(`<!doctype html><html><body><p>${BODY}</p></body></html>`) });
    assert.deepEqual(summary(html, root), ['ok stdin -']);
    const txt = await read(['-'], { stdin: stdin(`عنوان\n\n${BODY}`) });
    assert.ok(txt[0]?.ok);
    assert.equal(txt[0].article.title, 'عنوان');
    assert.deepEqual(summary(await read(['-'], { stdin: stdin('') }), root), ['EMPTY -']);
    assert.deepEqual(summary(await read(['-'], { stdin: Readable.from([Buffer.from([1, 0, 2])]) }), root), ['BINARY -']);
  });

  test('progress reaches every planned input and byte', async () => {
    const plan = await planInputs([join(root, 'batch'), join(root, 'dump.jsonl')]);
    const seen: ReadProgress[] = [];
    for await (const _ of readInputs(plan, { onProgress: (p) => seen.push({ ...p }) })) {
      // consumed
    }
    const last = seen.at(-1);
    assert.deepEqual(last, { inputsDone: plan.inputs.length, inputsTotal: plan.inputs.length, bytesDone: plan.totalBytes, bytesTotal: plan.totalBytes });
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i]!.bytesDone >= seen[i - 1]!.bytesDone);
  });
});
