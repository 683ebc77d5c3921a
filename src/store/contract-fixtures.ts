/**
 * Small extracted articles written for the store tests (our own sentences, in the style of the
 * news), with events as the extractor would produce them. Evidence offsets are computed from the
 * text, so the fixtures stay consistent when a sentence is edited.
 */
import { EVENT_TYPES, emptyCounts } from '../contract/index.ts';
import type { ActorRef, Article, ArticleEvents, Claim, EventDate, EventType, Location, RasdEvent, Span } from '../contract/index.ts';

export function actor(id: string, name_en: string, text: string): ActorRef {
  return { id, name_en, name_ar: text, text };
}

export function place(id: string, name_en: string, name_ar: string, admin1_en: string, lat: number, lon: number, precision: 1 | 2 | 3 = 1): Location {
  return { id, name_en, name_ar, admin1_en, country: 'SY', lat, lon, precision, text: name_ar };
}

export function day(start: string | null, end: string | null = start): EventDate {
  if (!start) return { start: null, end: null, precision: 'unknown', text: null };
  return { start, end, precision: start === end ? 'day' : 'range', text: null };
}

function spanOf(text: string, sentence: string): Span {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length };
}

interface EventSpec {
  n: number;
  type: EventType;
  actor1?: ActorRef | null;
  actor2?: ActorRef | null;
  locations?: Location[];
  launched_from?: Location | null;
  date: EventDate;
  weapons?: string[];
  targets?: string[];
  claims?: Claim[];
  fatalities?: number;
  sentences: string[];
}

export function makeArticle(article: Omit<Article, 'language'>, specs: EventSpec[]): ArticleEvents {
  const full: Article = { ...article, language: 'ar' };
  const events: RasdEvent[] = specs.map((s) => ({
    id: `${article.id}:e${s.n}`,
    type: s.type,
    acled: EVENT_TYPES[s.type].acled,
    plover: EVENT_TYPES[s.type].plover,
    actor1: s.actor1 ?? null,
    actor2: s.actor2 ?? null,
    locations: s.locations ?? [],
    launched_from: s.launched_from ?? null,
    date: s.date,
    counts: { ...emptyCounts(), fatalities: s.fatalities ?? null },
    weapons: (s.weapons ?? []).map((id) => ({ id, text: id })),
    targets: (s.targets ?? []).map((kind) => ({ kind, text: kind })),
    claims: s.claims ?? [],
    evidence: s.sentences.map((sentence) => spanOf(full.text, sentence)),
    background: false,
  }));
  return { article: full, events };
}

export const RUS_MIL = actor('RUS.MIL', 'Russian armed forces', 'الطائرات الروسية');
export const ISIS = actor('ISIS', 'Islamic State', 'الدولة الإسلامية');
export const SYR_MIL = actor('SYR.MIL', 'Syrian government forces', 'قوات النظام');
export const REBELS = actor('REBELS', 'Syrian armed opposition', 'فصائل المعارضة');
export const UN = actor('UN', 'United Nations', 'الأمم المتحدة');

export const SARMIN = place('test:sarmin', 'Sarmin', 'سرمين', 'Idlib', 35.9, 36.72);
export const PALMYRA = place('test:palmyra', 'Palmyra', 'تدمر', 'Homs', 34.56, 38.27, 2);
export const JOBAR = place('test:jobar', 'Jobar', 'جوبر', 'Damascus', 33.53, 36.33);
export const RAQQA = place('test:raqqa', 'Raqqa', 'الرقة', 'Raqqa', 35.95, 39.01);
export const ALEPPO = place('test:aleppo', 'Aleppo', 'حلب', 'Aleppo', 36.2, 37.16);
export const HMEIMIM = place('test:hmeimim', 'Hmeimim air base', 'حميميم', 'Latakia', 35.41, 35.95);

const S1 = 'قصفت الطائرات الروسية مستشفى في بلدة سرمين بريف إدلب اليوم.';
const S2 = 'ونفت وزارة الدفاع الروسية أن تكون طائراتها استهدفت المستشفى.';
const S3 = 'وفي ريف حمص دمرت غارات روسية تحصينات لداعش قرب تدمر.';

/** Idlib and Homs, 2016-03-10: a hospital strike (alleged, denied) and strikes near Palmyra. */
export const STRIKES = makeArticle(
  {
    id: 'fx-strikes',
    title: 'غارات على ريف إدلب ونفي روسي',
    outlet: 'Desert Wire',
    url: 'https://example.org/news/strikes',
    published: '2016-03-10',
    text: `${S1} ${S2} ${S3}`,
  },
  [
    {
      n: 1,
      type: 'air_strike',
      actor1: RUS_MIL,
      locations: [SARMIN],
      date: day('2016-03-10'),
      weapons: ['warplane'],
      targets: ['hospital'],
      fatalities: 7,
      claims: [
        { by: { id: 'LOCAL.MED', name_en: 'Local media' }, stance: 'alleges', text: null },
        { by: { id: 'RUS.MIL', name_en: 'Russian armed forces' }, stance: 'denies', text: 'ونفت وزارة الدفاع الروسية' },
      ],
      sentences: [S1, S2],
    },
    {
      n: 2,
      type: 'air_strike',
      actor1: RUS_MIL,
      actor2: ISIS,
      locations: [PALMYRA],
      launched_from: HMEIMIM,
      date: day('2016-03-08', '2016-03-10'),
      weapons: ['su-25'],
      targets: ['fortification'],
      claims: [{ by: { id: 'RUS.MIL', name_en: 'Russian armed forces' }, stance: 'asserts', text: null }],
      sentences: [S3],
    },
  ],
);

const S4 = 'اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر شرق دمشق.';
const S5 = 'وتبنت الدولة الاسلامية تفجيرا انتحاريا في الرقة.';

/** Damascus and Raqqa, 2017-07-01: a clash (dated) and a suicide bombing told without a date. */
export const CLASHES = makeArticle(
  {
    id: 'fx-clashes',
    title: 'اشتباكات في جوبر',
    outlet: 'Levant Daily',
    url: 'https://example.org/news/clashes',
    published: '2017-07-01',
    text: `${S4} ${S5}`,
  },
  [
    {
      n: 1,
      type: 'armed_clash',
      actor1: SYR_MIL,
      actor2: REBELS,
      locations: [JOBAR],
      date: day('2017-07-01'),
      claims: [{ by: { id: 'Levant Daily', name_en: 'Levant Daily' }, stance: 'reports', text: null }],
      sentences: [S4],
    },
    {
      n: 2,
      type: 'suicide_bombing',
      actor1: ISIS,
      locations: [RAQQA],
      date: day(null),
      claims: [{ by: { id: 'ISIS', name_en: 'Islamic State' }, stance: 'asserts', text: null }],
      sentences: [S5],
    },
  ],
);

const S6 = 'دعت الأمم المتحدة إلى وقف القتال في حلب والسماح بدخول المساعدات.';

/** No publication date, no outlet: an appeal with an unknown date. */
export const APPEAL = makeArticle(
  { id: 'fx-appeal', title: null, outlet: null, url: null, published: null, text: S6 },
  [{ n: 1, type: 'appeal', actor1: UN, locations: [ALEPPO], date: day(null), sentences: [S6] }],
);

export const FIXTURES: readonly ArticleEvents[] = [STRIKES, CLASHES, APPEAL];

/** `count` articles with one shelling event each on consecutive days from 2019-01-01, for paging. */
export function dailyArticles(count: number, prefix = 'fx-day'): ArticleEvents[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    const sentence = `سقطت قذائف على حي في حلب صباح اليوم رقم ${i + 1}.`;
    return makeArticle(
      { id: `${prefix}-${i + 1}`, title: null, outlet: 'Paging Post', url: null, published: date, text: sentence },
      [{ n: 1, type: 'shelling', actor1: SYR_MIL, locations: [ALEPPO], date: day(date), sentences: [sentence] }],
    );
  });
}
