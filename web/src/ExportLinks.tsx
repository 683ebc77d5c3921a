import { useI18n } from './i18n/index.ts';

const FORMATS = ['csv', 'geojson', 'jsonl'] as const;

/** Downloads of everything the current filter matches, written by the server's exporters. */
export function ExportLinks({ query }: { query: string }) {
  const { t } = useI18n();
  return (
    <nav className="exports" aria-label={t.exports.label}>
      <span>{t.exports.label}</span>
      {FORMATS.map((f) => (
        <a key={f} href={`/export.${f}${query ? `?${query}` : ''}`} download data-format={f}>
          {t.exports[f]}
        </a>
      ))}
    </nav>
  );
}
