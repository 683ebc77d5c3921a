import { useEffect, useRef } from 'react';
import { api } from '../api/client.ts';
import type { StoredEvent } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { labelOf, useI18n } from '../i18n/index.ts';
import { colorOf } from '../map/colors.ts';
import { Claims } from './Claims.tsx';
import { actorName, dateText, placeName } from './format.ts';
import { segments } from './highlight.ts';

const COUNT_FIELDS = ['fatalities', 'injured', 'strikes', 'sorties', 'missiles', 'targets_hit'] as const;

interface Props {
  id: string;
  onClose: () => void;
}

export function EventView({ id, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useApi(id, (signal) => api.event(id, signal));
  const text = useRef<HTMLDivElement>(null);
  const current = data?.event.id === id ? data : null;

  useEffect(() => {
    text.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [current]);

  return (
    <article className="event-view" data-testid="event-view" data-event-id={current?.event.id ?? ''}>
      <button type="button" className="link back" onClick={onClose}>{t.event.back}</button>
      {error && !current && <p className="error">{error.startsWith('404') || /not found/i.test(error) ? t.event.notFound : `${t.error}: ${error}`}</p>}
      {!current && !error && <p className="muted">{t.loading}</p>}
      {current && (
        <>
          <EventFacts event={current.event} />
          <h3>{t.event.article}</h3>
          <p className="source">
            {current.article.title && <strong dir="rtl" lang="ar">{current.article.title}</strong>}{' '}
            <span className="muted">
              {[current.article.outlet, current.article.published && `${t.event.published} ${current.article.published}`].filter(Boolean).join(' · ')}
            </span>
            {current.article.url && <> · <a href={current.article.url} rel="noreferrer noopener" target="_blank">{t.event.source}</a></>}
          </p>
          <p className="muted small">{t.event.evidence}</p>
          <div ref={text} className="article-text" dir="rtl" lang="ar" data-testid="article-text">
            {segments(current.article.text, current.event.evidence).map((s, i) =>
              s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
            )}
          </div>
        </>
      )}
    </article>
  );
}

function EventFacts({ event }: { event: StoredEvent }) {
  const i18n = useI18n();
  const { t } = i18n;
  const counts = COUNT_FIELDS.filter((f) => event.counts[f] !== null);
  return (
    <>
      <h2 className="event-title">
        <span className="swatch" style={{ background: colorOf(event.type) }} />
        {labelOf(t.types, event.type)}
      </h2>
      {event.background && <p className="muted background-note">{t.event.background}</p>}
      <dl className="facts">
        <dt>{t.event.codes}</dt>
        <dd className="codes" dir="ltr">
          {event.acled && <span>ACLED: {event.acled.join(' / ')}</span>}
          {event.plover && <span>PLOVER: {event.plover.filter(Boolean).join(' / ')}</span>}
        </dd>
        <dt>{t.event.actors}</dt>
        <dd>
          <span title={t.event.actor1}>{actorName(event.actor1, i18n)}</span>
          {event.actor1 && <code>{event.actor1.id}</code>} {t.dir === 'rtl' ? '←' : '→'}{' '}
          <span title={t.event.actor2}>{actorName(event.actor2, i18n)}</span>
          {event.actor2 && <code>{event.actor2.id}</code>}
        </dd>
        <dt>{t.event.places}</dt>
        <dd>
          <ul className="plain">
            {event.locations.map((l, i) => (
              <li key={`${l.id}-${i}`}>
                {placeName(l, i18n)}
                {l.admin1_en && l.name_en !== l.admin1_en && <span className="muted"> ({l.admin1_en})</span>}
                <span className={`precision p${l.precision}`}>{t.precision[l.precision]}</span>
              </li>
            ))}
            {event.launched_from && (
              <li>{t.event.launchedFrom}: {placeName(event.launched_from, i18n)}</li>
            )}
          </ul>
        </dd>
        <dt>{t.event.date}</dt>
        <dd>
          {dateText(event.date, i18n)}
          {event.date.start && <span className="muted"> ({t.datePrecision[event.date.precision] ?? event.date.precision})</span>}
          {event.date.text && <q dir="rtl" lang="ar">{event.date.text}</q>}
        </dd>
        {counts.length > 0 && (
          <>
            <dt>{t.event.counts}</dt>
            <dd>
              {counts.map((f) => `${event.counts[f]!.toLocaleString(i18n.lang)} ${t.counts[f]}`).join(i18n.lang === 'ar' ? '، ' : ', ')}
              {event.counts.approximate && <span className="muted"> ({t.counts['approximate']})</span>}
            </dd>
          </>
        )}
        {event.weapons.length > 0 && (
          <>
            <dt>{t.event.weapons}</dt>
            <dd>{event.weapons.map((w) => <code key={w.id}>{w.id}</code>)}</dd>
          </>
        )}
        {event.targets.length > 0 && (
          <>
            <dt>{t.event.targets}</dt>
            <dd>{[...new Set(event.targets.map((x) => labelOf(t.targets, x.kind)))].join(i18n.lang === 'ar' ? '، ' : ', ')}</dd>
          </>
        )}
      </dl>
      <Claims claims={event.claims} />
    </>
  );
}
