/** Events: pages, one event, map points and the streamed exports. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { MEDIA_TYPES, createWriter } from '../../export/index.ts';
import type { ExportFormat } from '../../export/index.ts';
import type { EventFilter, Store } from '../../store/types.ts';
import { ApiError } from '../errors.ts';
import { encodeMapPoints } from '../mapPoints.ts';
import { eventFilter, page } from '../params.ts';
import { EVENTS_QUERY, FILTER_QUERY, ID_PARAMS, RESPONSES } from '../schemas.ts';

/** Events drawn on the map at most (the newest): more points than a browser draws smoothly. */
export const MAP_LIMIT = 20_000;

const errors = { 400: RESPONSES.error };

/** The export as text chunks, pulled by the response stream as the client reads (no buffering). */
async function* exportChunks(store: Store, filter: EventFilter, format: ExportFormat): AsyncGenerator<string> {
  const writer = createWriter(format, { timestamp: Math.floor(Date.now() / 1000) });
  yield writer.start();
  for await (const line of store.streamArticleEvents(filter)) {
    const text = writer.write(line);
    if (text !== '') yield text;
  }
  yield writer.end();
}

export function eventRoutes(app: FastifyInstance, store: Store): void {
  app.get('/events', {
    schema: { summary: 'Events matching the filters, newest first, by pages', tags: ['events'], querystring: EVENTS_QUERY, response: { 200: RESPONSES.events, ...errors } },
    handler: async (request) => store.listEvents(eventFilter(request.query), page(request.query)),
  });

  app.get('/events/:id', {
    schema: { summary: 'One event with its full article (evidence spans are offsets into article.text)', tags: ['events'], params: ID_PARAMS, response: { 200: RESPONSES.event, 404: RESPONSES.error, ...errors } },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const found = await store.getEvent(id);
      if (!found) throw new ApiError('ERR_EVENT_NOT_FOUND', `no event has id ${JSON.stringify(id)}`, 'id');
      return found;
    },
  });

  app.get('/map', {
    schema: {
      summary: `Map points of the newest ${MAP_LIMIT} matching events: one per event location, as columns`,
      tags: ['events'],
      querystring: FILTER_QUERY,
      response: { 200: RESPONSES.map, ...errors },
    },
    handler: async (request) => {
      const { points, truncated } = await store.listPoints(eventFilter(request.query), MAP_LIMIT);
      return encodeMapPoints(points, truncated);
    },
  });

  const exports: Array<[string, ExportFormat, string]> = [
    ['/export.csv', 'csv', "CSV in ACLED's columns, then rasd's: one row per event and location"],
    ['/export.geojson', 'geojson', 'GeoJSON FeatureCollection: one Point per event location'],
    ['/export.jsonl', 'jsonl', 'JSONL: one contract line per article, holding its matching events'],
  ];
  for (const [url, format, summary] of exports) {
    app.get(url, {
      schema: { summary: `${summary} (streamed)`, tags: ['exports'], querystring: FILTER_QUERY, produces: [MEDIA_TYPES[format].split(';')[0]!], response: errors },
      handler: async (request, reply) => {
        const filter = eventFilter(request.query);
        reply.header('content-type', MEDIA_TYPES[format]);
        reply.header('content-disposition', `attachment; filename="rasd-events.${format}"`);
        return reply.send(Readable.from(exportChunks(store, filter, format)));
      },
    });
  }
}
