import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { EventsPage, StoredEvent } from '../api/types.ts';
import { labelOf, useI18n } from '../i18n/index.ts';
import { colorOf } from '../map/colors.ts';
import { actorName, dateText, placeName } from './format.ts';

const EXCERPT_CHARS = 160;

interface Props {
  first: EventsPage | null;
  /** The API query of the list (filters, limit), to fetch further pages. */
  query: string;
  selected: string | null;
  onOpen: (id: string) => void;
}

export function EventList({ first, query, selected, onOpen }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [more, setMore] = useState<{ events: StoredEvent[]; cursor: string | null }>({ events: [], cursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore({ events: [], cursor: first?.next_cursor ?? null }), [first]);

  if (!first) return <p className="muted">{t.loading}</p>;
  const events = [...first.events, ...more.events];
  const exact = first.total_exact !== false;
  const loadMore = async () => {
    if (!more.cursor) return;
    setLoadingMore(true);
    try {
      const page = await api.events(`${query}&cursor=${encodeURIComponent(more.cursor)}`);
      setMore((m) => ({ events: [...m.events, ...page.events], cursor: page.next_cursor }));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="event-list" aria-label={t.events(first.total, exact)}>
      <h2 className="count" data-testid="event-total" data-total={first.total} data-total-exact={String(exact)}>
        {t.events(first.total, exact)}
      </h2>
      {events.length === 0 && <p className="muted">{t.list.empty}</p>}
      <ol>
        {events.map((e) => {
          const excerpt = e.evidence_text[0] ?? '';
          return (
            <li key={e.id} className={e.id === selected ? 'selected' : undefined}>
              <button type="button" onClick={() => onOpen(e.id)} data-event-id={e.id}>
                <span className="line1">
                  <span className="swatch" style={{ background: colorOf(e.type) }} />
                  <strong>{labelOf(t.types, e.type)}</strong>
                  <span className="date">{dateText(e.date, i18n)}</span>
                </span>
                <span className="actors">
                  {actorName(e.actor1, i18n)} <span aria-hidden="true">{t.dir === 'rtl' ? '←' : '→'}</span> {actorName(e.actor2, i18n)}
                </span>
                {e.locations.length > 0 && (
                  <span className="places">{e.locations.map((l) => placeName(l, i18n)).join(i18n.lang === 'ar' ? '، ' : ', ')}</span>
                )}
                {excerpt && (
                  <span className="excerpt" dir="rtl" lang="ar">
                    {excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}…` : excerpt}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {more.cursor && (
        <button type="button" className="more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t.loading : t.list.more}
        </button>
      )}
    </section>
  );
}
