import { useCallback, useSyncExternalStore } from 'react';
import { parseView, serialiseView, type ViewState } from './view.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = (): string => window.location.search;

/**
 * The view state read from the URL, and a setter that writes it back: a new history entry for
 * a change an analyst may want to go back from (opening an event, changing a filter).
 */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const view = parseView(search);
  const update = useCallback((patch: Partial<ViewState>) => {
    const next = serialiseView({ ...parseView(window.location.search), ...patch });
    const url = `${window.location.pathname}${next ? `?${next}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [view, update];
}
