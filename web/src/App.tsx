import { useEffect, useMemo } from 'react';
import { load, viewRequests } from './api/requests.ts';
import { useApi } from './api/useApi.ts';
import { EventList } from './events/EventList.tsx';
import { EventView } from './events/EventView.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { FilterBar } from './filters/FilterBar.tsx';
import { I18nContext, makeI18n } from './i18n/index.ts';
import { useEventMap } from './map/load.ts';
import type { Filters } from './state/view.ts';
import { useView } from './state/useView.ts';
import { Timeline } from './timeline/Timeline.tsx';

export function App() {
  const [view, update] = useView();
  const { filters, lang, event } = view;
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = t.dir;
    document.title = `${t.title} · ${t.subtitle}`;
  }, [lang, t]);

  const requests = viewRequests(filters);
  const meta = useApi(requests.meta.key, (signal) => load(requests.meta, signal));
  const list = useApi(requests.list.key, (signal) => load(requests.list, signal));
  const points = useApi(requests.points.key, (signal) => load(requests.points, signal));
  const daily = useApi(requests.daily.key, (signal) => load(requests.daily, signal));
  // True once list, map data and timeline all show the current filter (the map marks its own drawing).
  const current = list.key === requests.list.key && points.key === requests.points.key && daily.key === requests.daily.key;
  const listShown = list.key === requests.list.key;
  const EventMap = useEventMap();
  useEffect(() => {
    if (listShown && performance.getEntriesByName('rasd:list-shown').length === 0) performance.mark('rasd:list-shown');
  }, [listShown]);
  const timelineShown = daily.key === requests.daily.key;
  useEffect(() => {
    if (timelineShown && performance.getEntriesByName('rasd:timeline-shown').length === 0) performance.mark('rasd:timeline-shown');
  }, [timelineShown]);

  const setFilters = (next: Filters) => update({ filters: next });
  const open = (id: string | null) => update({ event: id });
  const error = meta.error ?? list.error ?? points.error ?? daily.error;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" data-current={current ? 'true' : 'false'}>
        <header className="top">
          <h1>
            {t.title} <small>{t.subtitle}</small>
          </h1>
          <ExportLinks query={requests.points.query} />
          <button type="button" className="lang" lang={lang === 'ar' ? 'en' : 'ar'} onClick={() => update({ lang: lang === 'ar' ? 'en' : 'ar' })}>
            {t.switchLanguage}
          </button>
        </header>
        <FilterBar meta={meta.data} filters={filters} onChange={setFilters} />
        {error && <p className="error banner">{t.error}: {error}</p>}
        <main className="main">
          {EventMap ? (
            <EventMap
              points={points.data} selected={event} onOpen={open}
              onGovernorate={(admin1) => setFilters({ ...filters, admin1 })}
            />
          ) : (
            <section className="map" aria-busy="true" />
          )}
          <aside className="panel">
            {event ? (
              <EventView id={event} onClose={() => open(null)} />
            ) : (
              <EventList first={list.data} query={requests.list.query} selected={event} onOpen={open} />
            )}
          </aside>
        </main>
        <Timeline
          days={daily.data} from={filters.from} to={filters.to}
          onRange={(from, to) => setFilters({ ...filters, from: from ?? undefined, to: to ?? undefined })}
        />
      </div>
    </I18nContext.Provider>
  );
}
