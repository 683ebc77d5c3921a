/** The whole state of a view lives in the query string, so a view can be shared and reloaded. */

export const FILTER_KEYS = ['type', 'actor', 'admin1', 'weapon', 'target', 'stance', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export type Lang = 'en' | 'ar';

export interface ViewState {
  filters: Filters;
  lang: Lang;
  /** The event open in the event view. */
  event: string | null;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { filters, lang: params.get('lang') === 'ar' ? 'ar' : 'en', event: params.get('event') || null };
}

export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value) params.set(key, value);
  }
  if (view.lang !== 'en') params.set('lang', view.lang);
  if (view.event) params.set('event', view.event);
  return params.toString();
}

/** The API query string of a filter, without the keys in `omit`, plus `extra` (paging, limits). */
export function apiQuery(filters: Filters, extra: Record<string, string> = {}, omit: readonly FilterKey[] = []): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value && !omit.includes(key)) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
