import { mapPoints } from './mapPoints.ts';
import type { DailyCount, EventDetail, EventsPage, MapPoints, Meta } from './types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(response.status, body?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);

export const api = {
  meta: (signal?: AbortSignal) => getJson<Meta>('/meta', signal),
  events: (query: string, signal?: AbortSignal) => getJson<EventsPage>(withQuery('/events', query), signal),
  event: (id: string, signal?: AbortSignal) => getJson<EventDetail>(`/events/${encodeURIComponent(id)}`, signal),
  daily: (query: string, signal?: AbortSignal) =>
    getJson<{ days: DailyCount[] }>(withQuery('/stats/daily', query), signal).then((r) => r.days),
  mapPoints: (query: string, signal?: AbortSignal) => getJson<MapPoints>(withQuery('/map', query), signal).then(mapPoints),
};
