/**
 * The two seed articles, read as the contract's README says a careful analyst reads them, event by event.
 * The article text is read from the shared folder at run time; it is never copied into the project.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extractArticle } from '../src/extract/index.ts';
import { SHARED_DIR, dataPath } from '../src/contract/paths.ts';
import type { ArticleEvents, RasdEvent, SourceArticle } from '../src/contract/index.ts';

const SEEDS = join(SHARED_DIR, 'seeds');
const skip = existsSync(SEEDS) ? false : `shared seeds not found at ${SEEDS}: seed tests skipped`;

function readSeed(id: string, published: string | null = null): ArticleEvents {
  const [title = '', ...body] = readFileSync(join(SEEDS, `${id}.txt`), 'utf8').split('\n');
  const article: SourceArticle = { id, title, text: body.join('\n').trim(), published, url: null, outlet: null, source: id };
  return extractArticle(article);
}

function placeNames(event: RasdEvent): string[] {
  return event.locations.map((l) => l.name_ar ?? '');
}

/** The events of a type that have a place of this Arabic name. */
function at(events: RasdEvent[], type: string, nameAr: string): RasdEvent[] {
  return events.filter((e) => e.type === type && placeNames(e).includes(nameAr));
}

function one(events: RasdEvent[], what: string): RasdEvent {
  assert.ok(events.length >= 1, `no event: ${what}`);
  return events[0]!;
}

function validate(out: ArticleEvents): void {
  const ajv = new Ajv2020({ strict: false });
  const check = ajv.compile(JSON.parse(readFileSync(dataPath('contract/rasd-output.schema.json'), 'utf8')));
  assert.ok(check(out), JSON.stringify(check.errors));
  for (const e of out.events) {
    for (const span of e.evidence) assert.ok(span.start < span.end && span.end <= out.article.text.length);
  }
}

describe('seed 000: Russian strikes near Palmyra (published 2015-11-02 in its dateline)', { skip }, () => {
  const out = skip ? null! : readSeed('000_5ab4817fc7c1eeb1');
  const events = skip ? [] : out.events;

  it('finds the publication date in the dateline and validates against the contract', () => {
    assert.equal(out.article.published, '2015-11-02');
    validate(out);
  });

  it('air strike by RUS.MIL on ISIS near Palmyra today: fort and anti-aircraft guns, asserted by Russia', () => {
    const e = one(at(events, 'air_strike', 'تدمر').filter((x) => x.date.start === '2015-11-02' && x.date.end === '2015-11-02'), 'Palmyra today');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'ISIS');
    const palmyra = e.locations.find((l) => l.name_ar === 'تدمر')!;
    assert.equal(palmyra.admin1_en, 'Homs');
    assert.equal(palmyra.precision, 2);
    assert.deepEqual(e.targets.map((t) => t.kind).sort(), ['air_defence', 'fortification']);
    assert.ok(e.claims.some((c) => c.by.id === 'RUS.MIL' && c.stance === 'asserts'));
  });

  it('237 strikes in 131 sorties over two days across six governorates: one event, six places', () => {
    const e = one(events.filter((x) => x.counts.strikes === 237), '237 strikes');
    assert.equal(e.type, 'air_strike');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.counts.sorties, 131);
    assert.deepEqual(e.locations.map((l) => l.admin1_en).sort(), ['Aleppo', 'Hama', 'Homs', 'Latakia', 'Raqqa', 'Rif Dimashq']);
    for (const l of e.locations) assert.ok(l.precision >= 2, `${l.name_en} precision ${l.precision}`);
    assert.deepEqual([e.date.start, e.date.end, e.date.precision], ['2015-10-31', '2015-11-02', 'range']);
    assert.ok(e.claims.some((c) => c.by.id === 'RUS.MIL' && c.stance === 'asserts'));
  });

  it('Harasta (Rif Dimashq): artillery ammunition depot of ISIS, guided bomb', () => {
    const e = one(at(events, 'air_strike', 'حرستا'), 'Harasta');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'ISIS');
    const harasta = e.locations.find((l) => l.name_ar === 'حرستا')!;
    assert.equal(harasta.admin1_en, 'Rif Dimashq');
    assert.equal(harasta.precision, 1);
    assert.ok(e.weapons.some((w) => w.id === 'guided-bomb'));
    assert.ok(e.targets.some((t) => t.kind === 'ammunition_depot'));
  });

  it('outskirts of Aleppo: Su-34 bombers destroy a training camp and an ammunition depot', () => {
    const e = one(events.filter((x) => x.weapons.some((w) => w.id === 'su-34')), 'Su-34');
    assert.equal(e.type, 'air_strike');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.deepEqual(e.locations.map((l) => [l.admin1_en, l.precision]), [['Aleppo', 2]]);
    assert.ok(e.targets.some((t) => t.kind === 'training_camp'));
    assert.ok(e.targets.some((t) => t.kind === 'ammunition_depot'));
  });

  it('Palmyra area (Homs countryside): Su-25 on ISIS fortifications and ZU-23 positions', () => {
    const e = one(events.filter((x) => x.weapons.some((w) => w.id === 'su-25') && placeNames(x).includes('تدمر')), 'Su-25 Palmyra');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'ISIS');
    assert.ok(e.weapons.some((w) => w.id === 'zu-23-2'));
    assert.ok(e.targets.some((t) => t.kind === 'fortification'));
    assert.equal(e.locations.find((l) => l.name_ar === 'تدمر')!.precision, 2);
  });

  it('Salma in the Latakia countryside: NUSRA command centre and communications point', () => {
    const e = one(at(events, 'air_strike', 'سلمى'), 'Salma');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'NUSRA');
    const salma = e.locations.find((l) => l.name_ar === 'سلمى')!;
    assert.equal(salma.admin1_en, 'Latakia');
    assert.equal(salma.precision, 1);
    assert.ok(e.targets.some((t) => t.kind === 'command_center'));
  });

  it('Kafr Nabuda (Hama countryside): Su-25 on militants, armoured vehicles and an ammunition depot', () => {
    const e = one(at(events, 'air_strike', 'كفر نبودة'), 'Kafr Nabuda');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'MILITANTS');
    assert.ok(e.weapons.some((w) => w.id === 'su-25'));
    assert.equal(e.locations[0]!.admin1_en, 'Hama');
    assert.equal(e.locations[0]!.precision, 1);
    assert.ok(e.targets.some((t) => t.kind === 'vehicles'));
    assert.ok(e.targets.some((t) => t.kind === 'ammunition_depot'));
  });

  it('the Sarmin hospital: alleged by Western media (12 killed, about 30 injured), denied by RUS.MIL', () => {
    const e = one(at(events, 'air_strike', 'سرمين'), 'Sarmin');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.locations.find((l) => l.name_ar === 'سرمين')!.admin1_en, 'Idlib');
    assert.ok(e.targets.some((t) => t.kind === 'hospital'));
    assert.ok(e.claims.some((c) => c.by.id === 'RUS.MIL' && c.stance === 'denies'), JSON.stringify(e.claims));
    assert.ok(e.claims.some((c) => c.by.id === 'WEST.MED' && c.stance === 'alleges'), JSON.stringify(e.claims));
    assert.equal(e.counts.fatalities, 12);
    assert.equal(e.counts.injured, 30);
    assert.equal(e.counts.approximate, true);
    assert.equal(e.date.precision, 'unknown');
  });

  it('the further hospital strikes in al-Khader and al-Latamneh: alleged by Western media, denied by RUS.MIL, undated', () => {
    const e = one(at(events, 'air_strike', 'اللطامنة').filter((x) => x.claims.some((c) => c.stance === 'denies')), 'al-Latamneh');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.ok(e.locations.some((l) => l.name_ar === 'الخضر' || l.name_en === 'Khidr'), JSON.stringify(e.locations.map((l) => l.name_en)));
    assert.deepEqual(e.claims.map((c) => `${c.by.id} ${c.stance}`).sort(), ['RUS.MIL denies', 'WEST.MED alleges']);
    assert.equal(e.date.precision, 'unknown');
  });

  it('al-Qaeda appeal to unite against the West and Russia', () => {
    const e = one(events.filter((x) => x.type === 'appeal' && x.actor1?.id === 'AQ'), 'AQ appeal');
    assert.ok(e.evidence.length >= 1);
  });
});

describe('seed 003: Russian bombers from Hamadan (no date in the text)', { skip }, () => {
  const undated = skip ? null! : readSeed('003_9ed919f208d4bf89');
  const dated = skip ? null! : readSeed('003_9ed919f208d4bf89', '2016-08-17');

  it('validates against the contract; without a publication date no relative date is invented', () => {
    validate(undated);
    assert.equal(undated.article.published, null);
    for (const e of undated.events) {
      if (e.date.text === null || !/20\d\d/.test(e.date.text)) assert.equal(e.date.precision, 'unknown', `${e.type} ${e.date.text}`);
    }
  });

  it('Su-34 from Hamadan strike ISIS in Deir ez-Zor: about 150 killed, asserted by the Russian MoD', () => {
    const e = one(undated.events.filter((x) => x.counts.fatalities === 150), '150 killed');
    assert.equal(e.type, 'air_strike');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'ISIS');
    assert.equal(e.counts.approximate, true);
    assert.ok(e.locations.some((l) => l.name_ar === 'دير الزور' && l.admin1_en === 'Deir ez-Zor'));
    assert.ok(e.weapons.some((w) => w.id === 'su-34'));
    assert.ok(e.targets.some((t) => t.kind === 'command_center'));
    assert.ok(e.claims.some((c) => c.by.id === 'RUS.MIL' && c.stance === 'asserts'));
  });

  it('Tu-22M3 from Hamadan: first series of strikes on Aleppo, Deir ez-Zor and Idlib countryside "yesterday"', () => {
    const find = (out: ArticleEvents) => one(out.events.filter((x) => x.weapons.some((w) => w.id === 'tu-22m3')), 'Tu-22M3');
    const e = find(undated);
    assert.equal(e.type, 'air_strike');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.launched_from?.name_en.includes('Hamadan'), true);
    assert.deepEqual(e.locations.map((l) => l.admin1_en).sort(), ['Aleppo', 'Deir ez-Zor', 'Idlib']);
    assert.equal(e.date.precision, 'unknown');
    const withDate = find(dated);
    assert.deepEqual([withDate.date.start, withDate.date.precision], ['2016-08-16', 'day']);
  });

  it('bombers on ISIS and NUSRA in Aleppo, Deir ez-Zor and Idlib: depots, a training camp, command points', () => {
    const e = one(undated.events.filter((x) => x.type === 'air_strike' && x.targets.some((t) => t.kind === 'training_camp')), 'depots and camp');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.deepEqual(e.locations.map((l) => l.admin1_en).sort(), ['Aleppo', 'Deir ez-Zor', 'Idlib']);
    assert.ok(e.targets.some((t) => t.kind === 'ammunition_depot'));
    assert.ok(e.targets.some((t) => t.kind === 'command_center'));
  });

  it('26 Kalibr missiles from the Caspian Sea on 2015-10-07: 11 targets hit', () => {
    const e = one(undated.events.filter((x) => x.counts.missiles === 26), '26 missiles');
    assert.equal(e.type, 'missile_strike');
    assert.equal(e.actor1?.id, 'RUS.MIL');
    assert.equal(e.actor2?.id, 'ISIS');
    assert.equal(e.counts.targets_hit, 11);
    assert.ok(e.weapons.some((w) => w.id === 'kalibr'));
    assert.deepEqual([e.date.start, e.date.end, e.date.precision], ['2015-10-07', '2015-10-07', 'day']);
    assert.equal(e.launched_from?.name_en, 'Caspian Sea');
  });

  it('diplomacy: the US calls the Iranian base regrettable, Kerry and Lavrov call, Russia asks Iraq and Iran', () => {
    assert.ok(undated.events.some((x) => x.type === 'accuse' && x.actor1?.id === 'USA.GOV'), 'accuse by USA.GOV');
    const call = one(undated.events.filter((x) => x.type === 'consult' && x.actor1?.id === 'USA.GOV'), 'Kerry-Lavrov call');
    assert.equal(call.actor2?.id, 'RUS.GOV');
    const ask = one(undated.events.filter((x) => x.type === 'request'), 'request');
    assert.equal(ask.actor1?.id, 'RUS.GOV');
    assert.equal(ask.actor2?.id, 'IRQ.GOV');
    assert.ok(undated.events.some((x) => x.type === 'military_exercise' && x.actor1?.id === 'RUS.MIL'), 'Caspian exercise');
  });
});
