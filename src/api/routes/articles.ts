/** Articles: pages, one article with its events, and posting a new article to extract and store. */
import type { FastifyInstance } from 'fastify';
import type { ArticleEvents, SourceArticle } from '../../contract/index.ts';
import { checkArticleText, cleanText } from '../../ingest/text-checks.ts';
import { isIsoDate } from '../../store/days.ts';
import { contentHash } from '../../store/hash.ts';
import type { Store } from '../../store/types.ts';
import { ApiError } from '../errors.ts';
import { articleFilter, page } from '../params.ts';
import { ARTICLES_QUERY, ID_PARAMS, POST_ARTICLE_BODY, RESPONSES } from '../schemas.ts';

export type Extract = (article: SourceArticle, options: { published?: string | null }) => ArticleEvents;

interface PostedArticle {
  id?: string;
  title?: string | null;
  text: string;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

/** Id of a posted article that has none: stable for the same text. */
function postedId(text: string): string {
  return `posted-${contentHash(text).slice(0, 16)}`;
}

export function articleRoutes(app: FastifyInstance, store: Store, extract: () => Promise<Extract>): void {
  app.get('/articles', {
    schema: { summary: 'Articles matching q, outlet, from, to (publication date), newest first', tags: ['articles'], querystring: ARTICLES_QUERY, response: { 200: RESPONSES.articles, 400: RESPONSES.error } },
    handler: async (request) => store.listArticles(articleFilter(request.query), page(request.query)),
  });

  app.get('/articles/:id', {
    schema: { summary: 'One article with its full text and its events', tags: ['articles'], params: ID_PARAMS, response: { 200: RESPONSES.article, 400: RESPONSES.error, 404: RESPONSES.error } },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const found = await store.getArticle(id);
      if (!found) throw new ApiError('ERR_ARTICLE_NOT_FOUND', `no article has id ${JSON.stringify(id)}`, 'id');
      return found;
    },
  });

  app.post('/articles', {
    schema: {
      summary: 'Extract the events of a posted article and store them (the same text or URL again is not stored twice)',
      tags: ['articles'],
      body: POST_ARTICLE_BODY,
      response: { 200: RESPONSES.posted, 201: RESPONSES.posted, 400: RESPONSES.error, 409: RESPONSES.error, 413: RESPONSES.error, 415: RESPONSES.error, 422: RESPONSES.error },
    },
    handler: async (request, reply) => {
      const body = request.body as PostedArticle;
      const text = cleanText(body.text);
      const published = body.published ?? null;
      if (published !== null && !isIsoDate(published)) throw new ApiError('ERR_BAD_BODY', `published is not a calendar date: ${published}`, 'published');
      const problem = checkArticleText(text, 'text');
      if (problem) throw new ApiError('ERR_NOT_ARABIC', `text ${problem.message}`, 'text');
      const url = body.url ?? null;
      const [existing] = await store.findDuplicates([{ text, url }]);
      if (existing) {
        const stored = await store.getArticle(existing);
        return reply.code(200).send({ article_id: existing, events: stored?.events.length ?? 0, created: false });
      }
      const article: SourceArticle = {
        id: body.id ?? postedId(text),
        title: body.title ?? null,
        text,
        published,
        url,
        outlet: body.outlet ?? null,
        source: 'POST /articles',
      };
      const [result] = await store.putArticles([(await extract())(article, { published })]);
      if (!result || result.status === 'failed') throw new ApiError('ERR_ID_CONFLICT', result?.error, 'id');
      if (result.status === 'duplicate') return reply.code(200).send({ article_id: result.article_id, events: result.events, created: false });
      return reply.code(201).send({ article_id: result.article_id, events: result.events, created: true, replaced: result.status === 'replaced' });
    },
  });
}
