import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadPlaces } from './gazetteer.ts';
import { normalise } from '../text/normalise.ts';

describe('parts of countries', () => {
  const parts = loadPlaces().filter((p) => p.kind === 'part');
  const names = new Set(parts.flatMap((p) => p.names_ar.map((n) => normalise(n))));

  // "جنوب شرقي أفغانستان": the compound direction is read first, and would leave the single part's
  // name ("شرقي أفغانستان") without its first word, so every east or west part needs its diagonals.
  it('every part named by east or west has its diagonal parts', () => {
    for (const part of parts) {
      const m = /^(شرق|غرب)\s+(.+)$/.exec(part.name_ar);
      if (m === null) continue;
      for (const north of ['شمال', 'جنوب']) {
        const diagonal = normalise(`${north} ${m[1]} ${m[2]}`);
        assert.ok(names.has(diagonal), `${part.name_en}: no part named "${diagonal}"`);
      }
    }
  });

  it('each has a country and a place on the map', () => {
    for (const part of parts) {
      assert.match(part.country ?? '', /^[A-Z]{2}$/, part.name_en);
      assert.ok(Number.isFinite(part.lat) && Number.isFinite(part.lon), part.name_en);
    }
  });
});

describe('the gazetteer', () => {
  // Events, facets and the map refer to places by id: two places with one id would be one place on the map.
  it('gives every place an id of its own', () => {
    const seen = new Map<string, string>();
    for (const place of loadPlaces()) {
      assert.ok(!seen.has(place.id), `${place.id}: ${seen.get(place.id)} and ${place.name_en}`);
      seen.set(place.id, place.name_en);
    }
  });
});
