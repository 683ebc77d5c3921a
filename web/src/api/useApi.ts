import { useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  /** The key `data` was loaded for: equal to the current key once it is up to date. */
  key: string | null;
}

/**
 * Runs `load` whenever `key` changes, aborting the previous request; keeps showing the last data
 * while the next loads so the page does not flicker.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: key !== null, key: null });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false, key: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false, key }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` says when it means something new.
  }, [key]);
  return state;
}
