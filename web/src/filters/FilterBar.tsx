import { useEffect, useState, type FormEvent } from 'react';
import type { Meta } from '../api/types.ts';
import { toOptions, type Option } from '../api/options.ts';
import { labelOf, useI18n } from '../i18n/index.ts';
import { governorateNames, type GovernorateNames } from '../map/governorates.ts';
import type { FilterKey, Filters } from '../state/view.ts';

const STANCES = ['asserts', 'alleges', 'reports', 'denies'] as const;

interface Props {
  meta: Meta | null;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function FilterBar({ meta, filters, onChange }: Props) {
  const { t, name } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [governorates, setGovernorates] = useState<Map<string, GovernorateNames>>(new Map());
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => void governorateNames().then(setGovernorates, () => undefined), []);

  const set = (key: FilterKey, value: string) => onChange({ ...filters, [key]: value || undefined });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set('q', q.trim());
  };

  const select = (key: FilterKey, options: Option[], label: (o: Option) => string) => (
    <label className="filter">
      <span>{t.filters[key]}</span>
      <select name={key} value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t.filters.any}</option>
        {/* A value from a shared link that this database does not list still shows. */}
        {filters[key] && !options.some((o) => o.value === filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{label(o)}</option>
        ))}
      </select>
    </label>
  );

  const types = Object.keys(meta?.event_types ?? {}).map((value) => ({ value, en: null, ar: null }));
  const governorateLabel = (o: Option) => {
    const g = governorates.get(o.value);
    return name(o.en ?? g?.name_en ?? o.value, o.ar ?? g?.name_ar);
  };
  return (
    <form className="filters" onSubmit={submit} role="search">
      <label className="filter search">
        <span>{t.filters.q}</span>
        <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} onBlur={() => (q.trim() || undefined) !== filters.q && set('q', q.trim())} />
      </label>
      {select('type', types, (o) => labelOf(t.types, o.value))}
      {select('actor', toOptions(meta?.actors), (o) => `${name(o.en, o.ar) || o.value} (${o.value})`)}
      {select('admin1', toOptions(meta?.admin1), governorateLabel)}
      {select('weapon', toOptions(meta?.weapons), (o) => name(o.en, o.ar) || o.value)}
      {select('target', toOptions(meta?.target_kinds), (o) => name(o.en, o.ar) || labelOf(t.targets, o.value))}
      {select('stance', STANCES.map((value) => ({ value, en: null, ar: null })), (o) => t.stance[o.value as (typeof STANCES)[number]])}
      <label className="filter date">
        <span>{t.filters.from}</span>
        <input type="date" name="from" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="filter date">
        <span>{t.filters.to}</span>
        <input type="date" name="to" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <button type="submit" className="visually-hidden">{t.filters.search}</button>
      {Object.keys(filters).length > 0 && (
        <button type="button" className="link clear" onClick={() => onChange({})}>{t.filters.clear}</button>
      )}
    </form>
  );
}
