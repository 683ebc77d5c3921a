/**
 * A synthetic event store for the load-time test of the web page: many short articles of our own
 * words, each with events spread over places, types, actors and days. Deterministic.
 */
import {
  EVENT_TYPES, emptyCounts, type ArticleEvents, type EventType, type GeoPrecision, type Location, type RasdEvent,
} from '../src/contract/index.ts';

const PLACES: Array<[id: string, en: string, ar: string, admin1: string, lat: number, lon: number]> = [
  ['syn:aleppo', 'Aleppo', 'حلب', 'Aleppo', 36.2, 37.16],
  ['syn:idlib', 'Idlib', 'إدلب', 'Idlib', 35.93, 36.63],
  ['syn:homs', 'Homs', 'حمص', 'Homs', 34.73, 36.71],
  ['syn:hama', 'Hama', 'حماة', 'Hama', 35.13, 36.75],
  ['syn:raqqa', 'Raqqa', 'الرقة', 'Raqqa', 35.95, 39.01],
  ['syn:deir', 'Deir ez-Zor', 'دير الزور', 'Deir ez-Zor', 35.34, 40.14],
  ['syn:douma', 'Douma', 'دوما', 'Rif Dimashq', 33.57, 36.4],
  ['syn:daraa', 'Daraa', 'درعا', 'Daraa', 32.62, 36.1],
  ['syn:latakia', 'Latakia', 'اللاذقية', 'Latakia', 35.52, 35.79],
  ['syn:palmyra', 'Palmyra', 'تدمر', 'Homs', 34.56, 38.28],
  ['syn:manbij', 'Manbij', 'منبج', 'Aleppo', 36.53, 37.96],
  ['syn:qamishli', 'Qamishli', 'القامشلي', 'Al-Hasakah', 37.05, 41.23],
];

const ACTORS: Array<[id: string, en: string, ar: string]> = [
  ['RUS.MIL', 'Russian armed forces', 'القوات الروسية'],
  ['SYR.MIL', 'Syrian army', 'الجيش السوري'],
  ['ISIS', 'Islamic State', 'تنظيم الدولة'],
  ['USA.MIL', 'US forces', 'القوات الأمريكية'],
];

const TYPES: EventType[] = ['air_strike', 'shelling', 'armed_clash', 'missile_strike', 'drone_strike', 'statement'];

/** Our own sentence shapes; `{actor}` and `{place}` are filled in. */
const SENTENCES = [
  'قالت مصادر محلية إن {actor} قصفت مواقع قرب {place} صباح اليوم.',
  'أفاد مراسل بوقوع اشتباكات عنيفة في محيط {place} بين {actor} ومسلحين.',
  'أعلنت {actor} تدمير مستودع للذخيرة في ريف {place}.',
];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 8, 30);

function location(index: number, precision: GeoPrecision): Location {
  const [id, en, ar, admin1, lat, lon] = PLACES[index % PLACES.length]!;
  return { id, name_en: en, name_ar: ar, admin1_en: admin1, country: 'SY', lat, lon, precision, text: ar };
}

/** `events` events in articles of `perArticle` events each, over `days` days. */
export function syntheticStore(events: number, perArticle = 5, days = 400): ArticleEvents[] {
  const out: ArticleEvents[] = [];
  for (let a = 0; a * perArticle < events; a++) {
    const published = new Date(FIRST_DAY + (a % days) * DAY_MS).toISOString().slice(0, 10);
    const list: RasdEvent[] = [];
    // Each article's text is its own: the store keeps one copy of identical texts.
    let text = `نشرة رقم ${a + 1}.`;
    for (let k = 0; k < perArticle && a * perArticle + k < events; k++) {
      const n = a * perArticle + k;
      const actor = ACTORS[n % ACTORS.length]!;
      const place = location(n * 7 + a, ((n % 10) < 7 ? 1 : (n % 10) < 9 ? 2 : 3) as GeoPrecision);
      const sentence = SENTENCES[n % SENTENCES.length]!.replace('{actor}', actor[2]).replace('{place}', place.name_ar!);
      const start = text.length + (text ? 1 : 0);
      text = text ? `${text} ${sentence}` : sentence;
      const type = TYPES[n % TYPES.length]!;
      list.push({
        id: `syn-${a}-${k}`, type, acled: EVENT_TYPES[type].acled, plover: EVENT_TYPES[type].plover,
        actor1: { id: actor[0], name_en: actor[1], name_ar: actor[2], text: actor[2] }, actor2: null,
        locations: [place], launched_from: null,
        date: { start: published, end: published, precision: 'day', text: null },
        counts: { ...emptyCounts(), strikes: n % 5 === 0 ? (n % 13) + 1 : null }, weapons: [], targets: [],
        claims: [{ by: { id: actor[0], name_en: actor[1], name_ar: actor[2] }, stance: n % 11 === 0 ? 'denies' : 'asserts', text: null }],
        evidence: [{ start, end: start + sentence.length }],
        background: false,
      });
    }
    out.push({
      article: {
        id: `syn-article-${a}`, title: `خبر رقم ${a + 1}`, outlet: 'synthetic', url: null, published, language: 'ar', text,
      },
      events: list,
    });
  }
  return out;
}
