import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoldDir, parseGold } from './gold.ts';

const EVENT = {
  type: 'shelling',
  actor1: 'SYR.MIL',
  actor2: null,
  places: [{ name_en: 'Douma', name_ar: 'دوما', admin1_en: 'Rif Dimashq', country: 'SY', precision: 1 }],
  date: { start: '2018-03-03', end: '2018-03-03', precision: 'day' },
  counts: { fatalities: 4, injured: null, strikes: null, sorties: null, missiles: null, approximate: false },
  weapons: ['mortar'],
  targets: [],
  claims: [{ by: 'SOHR', stance: 'reports' }],
  quote: 'قذائف على دوما',
};

describe('parseGold', () => {
  it('reads an annotated article', () => {
    const result = parseGold(JSON.stringify({ id: 'dev-900', published: '2018-03-04', events: [EVENT] }), 'x.gold.json');
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.gold.id, 'dev-900');
    const e = result.gold.events[0]!;
    assert.deepEqual([e.type, e.actor1, e.fatalities, e.places[0]!.precision, e.claims[0]!.stance], ['shelling', 'SYR.MIL', 4, 1, 'reports']);
  });

  it('reads an unknown publication date and an empty article', () => {
    const result = parseGold('{"id": "dev-901", "published": null, "events": []}', 'y');
    assert.deepEqual(result, { ok: true, gold: { id: 'dev-901', published: null, events: [] } });
  });

  const broken: Array<[string, unknown, RegExp]> = [
    ['an unknown type', { ...EVENT, type: 'skirmish' }, /events\[0\]\.type: unknown event type/],
    ['an unknown stance', { ...EVENT, claims: [{ by: 'X', stance: 'hints' }] }, /events\[0\]\.claims\[0\]\.stance/],
    ['a bad date', { ...EVENT, date: { start: '03/03/2018', end: null, precision: 'day' } }, /events\[0\]\.date\.start: expected YYYY-MM-DD/],
    ['a bad precision', { ...EVENT, places: [{ ...EVENT.places[0], precision: 4 }] }, /events\[0\]\.places\[0\]\.precision/],
    ['a fractional count', { ...EVENT, counts: { fatalities: 2.5 } }, /events\[0\]\.counts\.fatalities/],
  ];
  for (const [name, event, message] of broken) {
    it(`names the field of ${name}`, () => {
      const result = parseGold(JSON.stringify({ id: 'd', published: null, events: [event] }), 'd.gold.json');
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, 'ERR_GOLD_FIELD');
      assert.match(result.error.message, message);
    });
  }

  it('reports JSON that does not parse', () => {
    const result = parseGold('{"id": ', 'z.gold.json');
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual([result.error.code, result.error.file], ['ERR_GOLD_JSON', 'z.gold.json']);
  });
});

it('loadGoldDir reads every gold file and reports the broken ones', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-gold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ id: 'a', published: null, events: [EVENT] }));
  writeFileSync(join(dir, 'b.gold.json'), '[]');
  writeFileSync(join(dir, 'notes.json'), '{}');
  const set = loadGoldDir(dir);
  assert.deepEqual([...set.articles.keys()], ['a']);
  assert.deepEqual(set.errors.map((e) => e.code), ['ERR_GOLD_FIELD']);
});
