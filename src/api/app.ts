/**
 * The HTTP API (see the API contract): a Fastify app over a `Store`. Built by a factory so tests
 * run it in-process with `inject` or on a real port. The web page is served from `web/dist/` when
 * it has been built; the API works without it.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyServerOptions } from 'fastify';
import { PROJECT_ROOT } from '../contract/paths.ts';
import { QUERY_PARAMS, PAGE_PARAMS } from '../store/filter.ts';
import type { ParamSpec } from '../store/filter.ts';
import type { Store } from '../store/types.ts';
import { API_ERRORS, ApiError } from './errors.ts';
import type { ApiErrorCode } from './errors.ts';
import { articleRoutes } from './routes/articles.ts';
import type { Extract } from './routes/articles.ts';
import { eventRoutes } from './routes/events.ts';
import { statsRoutes } from './routes/stats.ts';

export const WEB_ROOT = join(PROJECT_ROOT, 'web', 'dist');

/** Largest request body (bytes): a posted article of MAX_POSTED_TEXT Arabic characters fits. */
const BODY_LIMIT = 4 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** pino options for Fastify's logger, or false (the default) for none. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web page; defaults to web/dist. Not served when missing. */
  webRoot?: string;
  /** The extractor for POST /articles; defaults to rasd's, loaded on first use. */
  extract?: Extract;
}

const SPECS: Record<string, ParamSpec> = { ...QUERY_PARAMS, ...PAGE_PARAMS };

/** The parameter a schema validation error is about, and a message that names it. */
function validationMessage(error: FastifyError): { field: string; message: string } {
  const first = error.validation?.[0];
  const params = (first?.params ?? {}) as Record<string, unknown>;
  const field =
    (typeof params['missingProperty'] === 'string' && params['missingProperty']) ||
    (typeof params['additionalProperty'] === 'string' && params['additionalProperty']) ||
    (first?.instancePath ?? '').replace(/^\//, '').split('/')[0] ||
    'request';
  if (first?.keyword === 'additionalProperties') return { field, message: `${field} is not a known field` };
  const spec = SPECS[field];
  if (error.validationContext === 'querystring' && spec) {
    if (field === 'limit') return { field, message: `limit ${PAGE_PARAMS.limit.hint}` };
    if (first?.keyword === 'maxLength') return { field, message: `${field} must be at most ${spec.maxLength} characters` };
    return { field, message: `${field} ${spec.hint}` };
  }
  return { field, message: `${field} ${first?.message ?? 'is not valid'}` };
}

function errorReply(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  if (error.validation) {
    const { field, message } = validationMessage(error);
    return new ApiError(error.validationContext === 'body' ? 'ERR_BAD_BODY' : 'ERR_BAD_PARAMETER', message, field);
  }
  const byFastifyCode: Record<string, ApiErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'ERR_BODY_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'ERR_UNSUPPORTED_MEDIA_TYPE',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'ERR_BAD_BODY',
    FST_ERR_CTP_INVALID_JSON_BODY: 'ERR_BAD_BODY',
  };
  const code = byFastifyCode[error.code];
  if (code) return new ApiError(code, code === 'ERR_BAD_BODY' ? `body ${error.message}` : API_ERRORS[code].meaning);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new ApiError('ERR_BAD_PARAMETER', error.message);
  return new ApiError('ERR_INTERNAL');
}

async function defaultExtract(): Promise<Extract> {
  return (await import('../extract/index.ts')).extractArticle;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 300 },
    // A body field the schema does not know is an error (a typo such as "publised"), not dropped.
    ajv: { customOptions: { removeAdditional: false } },
  });
  // Responses are plain JSON: the response schemas document the API, they do not filter it.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const reply_ = errorReply(error);
    if (reply_.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(reply_.status).send(reply_.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('ERR_ROUTE_NOT_FOUND', `no endpoint ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(error.status).send(error.body());
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'rasd', version: '1', description: 'Events read from Arabic conflict news: filters, pages, counts and exports' },
      tags: [{ name: 'events' }, { name: 'articles' }, { name: 'stats' }, { name: 'exports' }],
    },
  });

  let extractor: Extract | undefined = options.extract;
  eventRoutes(app, options.store);
  articleRoutes(app, options.store, async () => (extractor ??= await defaultExtract()));
  statsRoutes(app, options.store);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? WEB_ROOT;
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false,
      // The build names each file of assets/ by a hash of its content: such a name never changes
      // meaning, so the browser keeps the file without asking again. Other files are checked each time.
      setHeaders: (res, path) => res.setHeader('cache-control', relative(webRoot, path).startsWith(`assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0'),
    });
  } else {
    app.get('/', { schema: { hide: true } }, async () => ({ name: 'rasd', openapi: '/openapi.json', web: 'not built: run the web build to get the page' }));
  }
  await app.ready();
  return app;
}
