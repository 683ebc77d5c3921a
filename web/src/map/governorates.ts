import type { FeatureCollection } from 'geojson';

export interface GovernorateNames {
  name_en: string;
  name_ar: string;
}

let names: Promise<Map<string, GovernorateNames>> | null = null;

/** English and Arabic names of each governorate (`admin1_en`), from the bundled boundaries. */
export function governorateNames(): Promise<Map<string, GovernorateNames>> {
  names ??= fetch('/boundaries/governorates.geojson')
    .then((r) => r.json() as Promise<FeatureCollection>)
    .then((c) => new Map(c.features.map((f) => {
      const p = f.properties ?? {};
      return [String(p['admin1_en']), { name_en: String(p['name_en']), name_ar: String(p['name_ar']) }];
    })));
  return names;
}
