/** Writes a batch's names (../dictionary.ts) to PostgreSQL's shared tables, once the batch's articles are in. */
import type { ActorName, Dictionary, FacetLabel, PlaceName } from '../dictionary.ts';
import type { Queryable } from './database.ts';
import { insertColumns } from './insert.ts';
import type { Columns } from './insert.ts';

const ACTOR_COLUMNS: Columns<ActorName> = [['key', 'text'], ['id', 'text'], ['name_en', 'text'], ['name_ar', 'text']];
const PLACE_COLUMNS: Columns<PlaceName> = [
  ['key', 'text'], ['id', 'text'], ['name_en', 'text'], ['name_ar', 'text'], ['admin1_en', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['precision_min', 'int'],
];
const LABEL_COLUMNS: Columns<FacetLabel> = [['facet', 'text'], ['value', 'text'], ['label', 'text']];

export async function writeDictionary(db: Queryable, names: Dictionary): Promise<void> {
  await insertColumns(db, 'actors', ACTOR_COLUMNS, names.actors(), 'ON CONFLICT (key) DO NOTHING');
  await insertColumns(db, 'places', PLACE_COLUMNS, names.places(),
    'ON CONFLICT (key) DO UPDATE SET precision_min = least(places.precision_min, excluded.precision_min)');
  await insertColumns(db, 'facet_labels', LABEL_COLUMNS, names.labels(), 'ON CONFLICT (facet, value) DO NOTHING');
}
