import type { Claim } from '../../../src/contract/index.ts';
import { useI18n } from '../i18n/index.ts';

/** Who says the event happened, beside who denies it. */
export function Claims({ claims }: { claims: Claim[] }) {
  const { t, name } = useI18n();
  const column = (title: string, list: Claim[], className: string) => (
    <div className={`claims-column ${className}`}>
      <h4>{title}</h4>
      {list.length === 0 && <p className="muted">{t.event.noClaims}</p>}
      <ul className="plain">
        {list.map((c, i) => (
          <li key={i} className={`claim ${c.stance}`} data-stance={c.stance}>
            <span className="stance">{t.stance[c.stance]}</span> <strong>{name(c.by.name_en, c.by.name_ar) || c.by.id}</strong>
            {c.text && <q dir="rtl" lang="ar">{c.text}</q>}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <section className="claims">
      <h3>{t.event.claims}</h3>
      <div className="claims-columns">
        {column(t.event.supporting, claims.filter((c) => c.stance !== 'denies'), 'for')}
        {column(t.event.denying, claims.filter((c) => c.stance === 'denies'), 'against')}
      </div>
    </section>
  );
}
