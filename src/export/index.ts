/**
 * Output formats shared by the CLI and the API. A writer turns one article's result at a
 * time into text (`start`, then `write` per article, then `end`), so output streams in
 * bounded memory however many articles pass through.
 */
import type { ArticleEvents } from '../contract/index.ts';
import { csvHeader, csvLines } from './csv.ts';
import type { CsvOptions } from './csv.ts';
import { GEOJSON_FOOTER, GEOJSON_HEADER, geojsonFeatures } from './geojson.ts';
import { jsonlLine } from './jsonl.ts';

export { ACLED_COLUMNS } from './acled.ts';
export { CSV_COLUMNS, RASD_COLUMNS, csvRows } from './csv.ts';
export type { CsvOptions } from './csv.ts';
export { eventFeatures } from './geojson.ts';
export type { PointFeature } from './geojson.ts';
export { jsonlLine } from './jsonl.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportWriter {
  /** Text before the first article. */
  start(): string;
  /** Text for one article ('' when it adds nothing, e.g. no located events in GeoJSON). */
  write(result: ArticleEvents): string;
  /** Text after the last article. */
  end(): string;
}

export type ExportOptions = CsvOptions;

export function createWriter(format: ExportFormat, options: ExportOptions = {}): ExportWriter {
  switch (format) {
    case 'jsonl':
      return { start: () => '', write: jsonlLine, end: () => '' };
    case 'csv':
      return { start: csvHeader, write: (result) => csvLines(result, options), end: () => '' };
    case 'geojson': {
      let first = true;
      return {
        start: () => GEOJSON_HEADER,
        write: (result) => {
          const text = geojsonFeatures(result, first);
          if (text !== '') first = false;
          return text;
        },
        end: () => GEOJSON_FOOTER,
      };
    }
  }
}
