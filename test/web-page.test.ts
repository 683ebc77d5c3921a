/**
 * The web page in a real browser against a real `rasd serve` holding the seed articles and the
 * dev corpus: the map, the filters, the event view with its evidence, the Arabic interface.
 * Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import type { StoredEvent } from '../src/contract/index.ts';
import { SHARED_DIR } from '../src/contract/paths.ts';
import {
  ensurePageBuilt, openBrowser, rasd, screenshot, serve, skipReason, tempDir, waitForView, type Browser, type Served,
} from './web-harness.ts';

declare global {
  interface Window {
    rasdMap?: MapLibreMap;
  }
}

interface PlaceRow { id: string; name_en: string; lat: number; lon: number; events: number }
interface EventsPage { events: StoredEvent[]; total: number }

const skip = skipReason(true);

/** Whether the map draws, at this place, an event that happened there (a pin, a cluster, a circle or a governorate). */
async function mapShowsPlace(page: Page, place: PlaceRow, eventIds: readonly string[]): Promise<{ ok: boolean; seen: string[] }> {
  return page.evaluate(async ({ place, eventIds }) => {
    const map = window.rasdMap!;
    map.jumpTo({ center: [place.lon, place.lat], zoom: 10 });
    await new Promise((resolve) => map.once('idle', resolve));
    const { x, y } = map.project([place.lon, place.lat]);
    const box: [[number, number], [number, number]] = [[x - 6, y - 6], [x + 6, y + 6]];
    const features = map.queryRenderedFeatures(box, { layers: ['event-points', 'event-areas', 'governorate-events'] });
    const seen: string[] = [];
    let ok = false;
    for (const f of features) {
      if (f.layer.id === 'governorate-events') {
        if (Number(f.state['events'] ?? 0) > 0) {
          seen.push(`governorate ${String(f.properties['admin1_en'])}`);
          ok = true;
        }
      } else if (f.properties['cluster'] === true) {
        const source = map.getSource('event-points') as unknown as { getClusterLeaves: (id: number, limit: number, offset: number) => Promise<Array<{ properties: { id: string } }>> };
        const leaves = await source.getClusterLeaves(Number(f.properties['cluster_id']), 10_000, 0);
        seen.push(...leaves.map((l) => l.properties.id));
        ok ||= leaves.some((l) => eventIds.includes(l.properties.id));
      } else {
        seen.push(String(f.properties['id']));
        ok ||= eventIds.includes(String(f.properties['id']));
      }
    }
    return { ok, seen };
  }, { place, eventIds });
}

const total = (page: Page): Promise<number> =>
  page.locator('[data-testid="event-total"]').getAttribute('data-total').then(Number);
const mapEvents = (page: Page): Promise<number> =>
  page.locator('[data-testid="map"]').getAttribute('data-map-events').then(Number);

describe('web page on the seeds and the dev corpus', { skip }, () => {
  let dir: ReturnType<typeof tempDir>;
  let server: Served;
  let browser: Browser;
  let page: Page;

  before(async () => {
    await ensurePageBuilt();
    dir = tempDir('rasd-web-');
    const db = join(dir.path, 'rasd.sqlite');
    const articles = [join(SHARED_DIR, 'seeds'), join(SHARED_DIR, 'corpus', 'dev')]
      .flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)));
    await rasd(['ingest', '--quiet', '--db', db, ...articles]);
    server = await serve(db);
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    dir?.remove();
  });

  test('the map shows the events in Palmyra, Deir ez-Zor and Sarmin', async () => {
    await page.goto(server.url);
    await waitForView(page);
    assert.ok((await total(page)) > 0, 'the list shows events');
    await screenshot(page, 'main-view');
    const { places } = await server.get<{ places: PlaceRow[] }>('/places');
    for (const name of [/^(Palmyra|Tadmur)$/i, /^(Deir ez-Zor|Dayr az-Zawr)$/i, /^Sarmin$/i]) {
      const place = places.find((p) => name.test(p.name_en));
      assert.ok(place, `the store has a place matching ${name}`);
      const { events } = await server.get<EventsPage>(`/events?place=${encodeURIComponent(place.id)}&limit=500`);
      const seen = await mapShowsPlace(page, place, events.map((e) => e.id));
      assert.ok(seen.ok, `the map draws an event of ${place.name_en} there (saw ${seen.seen.join(', ') || 'nothing'})`);
    }
  });

  test('filtering by RUS.MIL and a date range changes the list and the map', async () => {
    await page.goto(server.url);
    await waitForView(page);
    const before = { list: await total(page), map: await mapEvents(page) };
    await page.selectOption('select[name="actor"]', 'RUS.MIL');
    await page.fill('input[name="from"]', '2015-10-01');
    await page.fill('input[name="to"]', '2015-11-30');
    await page.waitForFunction(() => /actor=RUS\.MIL/.test(location.search) && /to=2015-11-30/.test(location.search));
    await waitForView(page);
    const afterFilter = { list: await total(page), map: await mapEvents(page) };
    const expected = await server.get<EventsPage>('/events?actor=RUS.MIL&from=2015-10-01&to=2015-11-30&limit=1');
    assert.equal(afterFilter.list, expected.total, 'the list counts what the API matches');
    assert.ok(afterFilter.list > 0 && afterFilter.list < before.list, `list ${before.list} → ${afterFilter.list}`);
    assert.ok(afterFilter.map > 0 && afterFilter.map < before.map, `map ${before.map} → ${afterFilter.map}`);
    const href = await page.locator('a[data-format="csv"]').getAttribute('href');
    assert.match(href ?? '', /^\/export\.csv\?.*actor=RUS\.MIL/, 'the export follows the filter');
    await page.reload();
    await waitForView(page);
    assert.equal(await total(page), afterFilter.list, 'a reload keeps the filter from the URL');
  });

  test('dragging across the timeline sets the date range', async () => {
    await page.goto(server.url);
    await waitForView(page);
    const all = await total(page);
    const box = (await page.locator('[data-testid="timeline"]').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d\d-\d\d/.test(location.search) && /to=\d{4}-\d\d-\d\d/.test(location.search));
    await waitForView(page);
    assert.ok((await total(page)) < all, 'fewer events in the brushed range');
  });

  test('the Sarmin event shows the denial and its highlighted sentence', async () => {
    const { places } = await server.get<{ places: PlaceRow[] }>('/places');
    const sarmin = places.find((p) => /^Sarmin$/i.test(p.name_en));
    assert.ok(sarmin, 'the store has Sarmin');
    const { events } = await server.get<EventsPage>(`/events?place=${encodeURIComponent(sarmin.id)}&stance=denies&limit=5`);
    const event = events[0];
    assert.ok(event, 'an event in Sarmin has a denial');
    await page.goto(`${server.url}/?event=${encodeURIComponent(event.id)}`);
    await page.waitForSelector(`[data-testid="event-view"][data-event-id="${event.id}"]`);
    const denial = page.locator('.claims-column.against .claim[data-stance="denies"]');
    assert.ok((await denial.count()) > 0, 'a denial is listed');
    assert.notEqual(
      await denial.first().evaluate((e) => getComputedStyle(e.closest('.claims-column')!).borderColor),
      await page.locator('.claims-column.for').evaluate((e) => getComputedStyle(e).borderColor),
      'denials look different',
    );
    const marks = page.locator('[data-testid="article-text"] mark');
    assert.ok((await marks.count()) > 0, 'the evidence is highlighted');
    const marked = (await marks.allTextContents()).join(' ');
    assert.ok(event.evidence_text.some((s) => marked.includes(s.trim())), 'the highlight is the evidence sentence');
    assert.equal(await page.locator('[data-testid="article-text"]').getAttribute('dir'), 'rtl');
    await waitForView(page);
    const inView = await marks.first().evaluate((mark) => {
      const panel = mark.closest('.panel')!.getBoundingClientRect();
      const r = mark.getBoundingClientRect();
      return r.bottom > panel.top && r.top < panel.bottom;
    });
    assert.ok(inView, 'the highlighted sentence is scrolled into view');
    await screenshot(page, 'event-view-evidence');
    await page.locator('.panel').evaluate((panel) => panel.scrollTo(0, 0));
    await screenshot(page, 'event-view');
  });

  test('the Arabic toggle turns the page right to left', async () => {
    await page.goto(server.url);
    await waitForView(page);
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    await page.click('button.lang');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.match(page.url(), /lang=ar/);
    assert.match(await page.locator('.top h1').innerText(), /[\u0600-\u06FF]/, 'the title is in Arabic');
    await waitForView(page);
    await screenshot(page, 'main-view-ar');
    const first = page.locator('.event-list li button').first();
    await first.click();
    await page.waitForSelector('[data-testid="event-view"] .article-text');
    await screenshot(page, 'event-view-ar');
    await page.click('button.lang');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });
});
