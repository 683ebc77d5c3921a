import type { MapPoint } from '../api/types.ts';
import { labelOf, useI18n } from '../i18n/index.ts';
import { colorOf } from './colors.ts';

const SHOWN = 6;

/** The most frequent event types on the map, with their colours, and how area events look. */
export function Legend({ points, countryWide }: { points: MapPoint[] | null; countryWide: number }) {
  const { t, lang } = useI18n();
  const counts = new Map<string, number>();
  for (const p of points ?? []) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
  if (top.length === 0) return null;
  return (
    <div className="legend">
      <ul>
        {top.map(([type]) => (
          <li key={type}>
            <span className="swatch" style={{ background: colorOf(type) }} />
            {labelOf(t.types, type)}
          </li>
        ))}
        <li>
          <span className="swatch area" />
          {t.map.area}
        </li>
      </ul>
      {countryWide > 0 && <p className="muted" data-testid="country-wide">{t.map.countryWide(countryWide.toLocaleString(lang))}</p>}
    </div>
  );
}
