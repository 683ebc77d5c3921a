/**
 * `extractArticle`: one article in, the contract's article and events out. Pure and synchronous: the text is
 * tokenised once, cut into sentences, each sentence read into frames, and the frames become events in the
 * light of the whole story (who, when, who says so). Attacks a sentence only speaks of in passing are marked
 * as background by the sentence gate (gate.ts).
 */
import type { ArticleEvents, SourceArticle } from '../contract/index.ts';
import { tokenise, type Token } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import { findDates, findPublicationDate } from '../text/dates.ts';
import { readSentence, type Frame, type SentenceInput } from './frames.ts';
import type { ClaimMention } from './claims.ts';
import { findMentions, type Mentions } from '../lexicon/index.ts';
import { agentMarks, ownerMarks, readActors, withoutBaseWord } from './actors.ts';
import { withGroupNouns } from './group-nouns.ts';
import { learnNames, withoutRankedNames } from './names.ts';
import { buildEvents } from './events.ts';
import { mergeDuplicates } from './merge.ts';
import { assaultGate, markBackground, type GateInput } from './gate.ts';

export interface ExtractOptions {
  /** The publication date to resolve "اليوم", "أمس", weekdays against, when the article carries none. */
  published?: string | null;
}

/** Sentence spans as token ranges [first, end), skipping sentences with no word. */
function sentenceTokens(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): Array<{ first: number; end: number }> {
  const out: Array<{ first: number; end: number }> = [];
  let i = 0;
  for (const span of spans) {
    while (i < tokens.length && tokens[i]!.start < span.start) i++;
    const first = i;
    while (i < tokens.length && tokens[i]!.end <= span.end) i++;
    out.push({ first, end: i });
  }
  return out;
}

/**
 * A dateline opens many articles: "<city>، <country> (<outlet>)—", "<city> -", "<outlet> – <city>". It says
 * where the story was filed, not where anything happened; its end is where the story starts.
 */
const DATELINE = /^[^\n.!?؟"«]{0,80}?(\([^()\n]{1,30}\)\s*[-–—]+|\s[-–—]\s)/u;

/** Lines before the story that may stand before its dateline: a date line, a heading. */
const LINES_BEFORE_STORY = 1;

function storyStart(text: string): number {
  let at = 0;
  for (let k = 0; k <= LINES_BEFORE_STORY; k++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const m = DATELINE.exec(line);
    if (m !== null && m[0].split(/\s+/).length <= 8) return at + m[0].length;
    if (end < 0 || line.split(/\s+/).length >= TITLE_WORDS || /[.!?؟"»]\s*$/.test(line)) return 0;
    at = end + 1;
  }
  return 0;
}

/** Words below which a line with no closing punctuation is a heading, caption or page chrome, not a report. */
const TITLE_WORDS = 10;

/** Whether only spaces stand between `at` and the end of its line. */
function endsLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text[i] !== '\n' && /\s/.test(text[i]!)) i++;
  return i === text.length || text[i] === '\n';
}

function isTitleLine(text: string, span: { start: number; end: number }, words: number): boolean {
  const atLineEnd = endsLine(text, span.end);
  return words < TITLE_WORDS && atLineEnd && !/[.!?؟"»]$/.test(text.slice(span.start, span.end));
}

/** What a nationality or a country's name weighs against a place, in telling which country an article is about. */
const NATIONALITY_WEIGHT = 0.5;

/**
 * The countries the article speaks of, most named first: ties between same-name places go to them. Places count, and so,
 * less, do countries named as parties or nationalities ("جنود مصريين").
 */
function articleCountries(
  places: ReadonlyArray<ReadonlyArray<{ candidates: ReadonlyArray<{ country: string | null }> }>>,
  mentions: ReadonlyArray<Mentions | undefined>,
): string[] {
  const score = new Map<string, number>();
  for (const list of places) for (const p of list) for (const c of new Set(p.candidates.map((x) => x.country))) if (c !== null) score.set(c, (score.get(c) ?? 0) + 1 / p.candidates.length);
  for (const m of mentions) for (const a of m?.actor ?? []) for (const e of a.entries) if ('as' in e) score.set(e.country.iso2, (score.get(e.country.iso2) ?? 0) + NATIONALITY_WEIGHT);
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** An article as the rules read it, before the gate marks what it only speaks of in passing. */
export interface ArticleReading extends GateInput {
  published: string | null;
}

export function readArticle(article: SourceArticle, options: ExtractOptions = {}): ArticleReading {
  const text = article.text;
  const published = options.published ?? article.published ?? findPublicationDate(text);
  const tokens = tokenise(text);
  const spans = splitSentences(text);
  const start = storyStart(text);
  const lead = spans.findIndex((s) => s.start <= start && start < s.end);
  if (start > 0 && lead >= 0) spans[lead] = { start, end: spans[lead]!.end };
  const ranges = sentenceTokens(tokens, spans);
  const dates = findDates(text, tokens, published);
  // Headings, captions and page chrome are not read.
  const mentions = ranges.map((range, index) =>
    range.end <= range.first || isTitleLine(text, spans[index]!, range.end - range.first) ? undefined : withoutRankedNames(text, tokens, findMentions(tokens, range.first, range.end)),
  );
  const agentMarked = mentions.map((m) => (m === undefined ? new Set<number>() : agentMarks(tokens, m)));
  const parties = mentions.map((m, index) => (m === undefined ? [] : readActors(tokens, m.actor, agentMarked[index]!, ownerMarks(m.cue))));
  const actors = withGroupNouns(tokens, ranges, withoutBaseWord(tokens, mentions.map((m) => m?.place), parties), dates);
  const inputs = ranges.map(({ first, end }, index): SentenceInput | undefined => {
    const m = mentions[index];
    return m === undefined ? undefined : { index, span: spans[index]!, first, end, mentions: m, actors: actors[index]!, agentMarked: agentMarked[index]! };
  });
  const names = learnNames(text, tokens, inputs.filter((input) => input !== undefined));
  const frames: Frame[] = [];
  const claims: ClaimMention[][] = [];
  const places: Array<ReturnType<typeof readSentence>['places']> = [];
  inputs.forEach((input, index) => {
    if (input === undefined) {
      claims.push([]);
      places.push([]);
      return;
    }
    const reading = readSentence(text, tokens, input, dates, { names, previous: index > 0 ? { first: ranges[index - 1]!.first, claims: claims[index - 1]! } : null });
    frames.push(...reading.frames);
    claims.push(reading.claims);
    places.push(reading.places);
  });
  const events = buildEvents({ text, tokens, sentences: spans, published, outlet: article.outlet, countries: articleCountries(places, mentions) }, frames, claims);
  return { published, tokens, sentences: spans, ranges, mentions, events };
}

export function extractArticle(article: SourceArticle, options: ExtractOptions = {}): ArticleEvents {
  const reading = readArticle(article, options);
  const events = mergeDuplicates(markBackground(reading, assaultGate()));
  events.forEach((event, i) => (event.id = `${article.id}#${i + 1}`));
  return {
    article: { id: article.id, title: article.title, outlet: article.outlet, url: article.url, published: reading.published, language: 'ar', text: article.text },
    events,
  };
}
