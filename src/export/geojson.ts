/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Point Feature per event location, written
 * piece by piece so a run of any size is never held whole. Events without a location have no
 * place on a map and give no feature. Properties are flat scalars, so any GIS reads them.
 */
import type { ArticleEvents, Location, RasdEvent } from '../contract/index.ts';
import { claimsSummary, evidenceText } from './evidence.ts';

export type FeatureProperties = Record<string, string | number | boolean | null>;

export interface PointFeature {
  type: 'Feature';
  /** `${event id}-${location rank}`. */
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: FeatureProperties;
}

function properties(result: ArticleEvents, event: RasdEvent, location: Location, rank: number): FeatureProperties {
  const { article } = result;
  return {
    event_id: event.id,
    type: event.type,
    acled_event_type: event.acled?.[0] ?? null,
    acled_sub_event_type: event.acled?.[1] ?? null,
    plover_type: event.plover?.[0] ?? null,
    plover_mode: event.plover?.[1] ?? null,
    actor1_id: event.actor1?.id ?? null,
    actor1_name: event.actor1?.name_en ?? null,
    actor2_id: event.actor2?.id ?? null,
    actor2_name: event.actor2?.name_en ?? null,
    location_id: location.id,
    location_name: location.name_en,
    location_name_ar: location.name_ar,
    admin1: location.admin1_en,
    country: location.country ?? null,
    geo_precision: location.precision,
    location_text: location.text,
    location_rank: rank,
    location_count: event.locations.length,
    date_start: event.date.start,
    date_end: event.date.end,
    date_precision: event.date.precision,
    fatalities: event.counts.fatalities,
    injured: event.counts.injured,
    strikes: event.counts.strikes,
    sorties: event.counts.sorties,
    missiles: event.counts.missiles,
    targets_hit: event.counts.targets_hit,
    counts_approximate: event.counts.approximate,
    weapons: event.weapons.map((w) => w.id).join('; '),
    targets: event.targets.map((t) => t.kind).join('; '),
    claims: claimsSummary(event),
    article_id: article.id,
    article_title: article.title,
    article_url: article.url,
    outlet: article.outlet,
    published: article.published,
    evidence: evidenceText(article, event),
  };
}

/** The Point features of one article: one per event location. */
export function eventFeatures(result: ArticleEvents): PointFeature[] {
  const features: PointFeature[] = [];
  for (const event of result.events) {
    event.locations.forEach((location, i) => {
      features.push({
        type: 'Feature',
        id: `${event.id}-${i + 1}`,
        geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
        properties: properties(result, event, location, i + 1),
      });
    });
  }
  return features;
}

export const GEOJSON_HEADER = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_FOOTER = '\n]}\n';

/** The features of one article as text, each on its own line; `first` says whether one was written before. */
export function geojsonFeatures(result: ArticleEvents, first: boolean): string {
  const features = eventFeatures(result).map((f) => JSON.stringify(f));
  if (features.length === 0) return '';
  return (first ? '' : ',\n') + features.join(',\n');
}
