/** Counts for the filter menus, the map and the timeline, and what the store holds. */
import type { FastifyInstance } from 'fastify';
import { EVENT_TYPES } from '../../contract/index.ts';
import type { Store } from '../../store/types.ts';
import { eventFilter } from '../params.ts';
import { FILTER_QUERY, RESPONSES } from '../schemas.ts';

export function statsRoutes(app: FastifyInstance, store: Store): void {
  const route = (url: string, summary: string, response: object, handler: (query: unknown) => Promise<unknown>): void => {
    app.get(url, {
      schema: { summary, tags: ['stats'], querystring: FILTER_QUERY, response: { 200: response, 400: RESPONSES.error } },
      handler: async (request) => handler(request.query),
    });
  };
  route('/actors', 'Actors of the matching events (as actor1 or actor2), most events first', RESPONSES.actors, async (q) => ({
    actors: await store.countActors(eventFilter(q)),
  }));
  route('/places', 'Places of the matching events, most events first', RESPONSES.places, async (q) => ({
    places: await store.countPlaces(eventFilter(q)),
  }));
  route('/stats/daily', 'Matching events per start date', RESPONSES.daily, async (q) => ({ days: await store.countDays(eventFilter(q)) }));
  route('/stats/admin1', 'Matching events per admin1 (governorate)', RESPONSES.admin1, async (q) => ({
    admin1: await store.countAdmin1(eventFilter(q)),
  }));
  route('/stats/actors', 'Matching events per actor', RESPONSES.statsActors, async (q) => ({
    actors: (await store.countActors(eventFilter(q))).map((a) => ({ id: a.id, count: a.events })),
  }));
  route('/stats/types', 'Matching events per event type', RESPONSES.types, async (q) => ({ types: await store.countTypes(eventFilter(q)) }));

  app.get('/meta', {
    schema: { summary: 'Event types, actors, admin1, weapons, target kinds, outlets, date range and counts', tags: ['stats'], response: { 200: RESPONSES.meta } },
    handler: async () => {
      const meta = await store.meta();
      return { event_types: EVENT_TYPES, ...meta };
    },
  });

  app.get('/health', {
    schema: { summary: 'Liveness', tags: ['stats'], response: { 200: RESPONSES.health } },
    handler: async () => ({ ok: true }),
  });
}
