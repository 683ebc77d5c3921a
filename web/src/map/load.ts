import { useEffect, useState } from 'react';

type EventMapModule = typeof import('./EventMap.tsx');

let module: Promise<EventMapModule> | null = null;
let loaded: EventMapModule | null = null;

/** The map's code (MapLibre and its worker), fetched once. */
export function loadEventMap(): Promise<EventMapModule> {
  module ??= import('./EventMap.tsx').then((m) => (loaded = m));
  return module;
}

/**
 * The map component once its code is in, else null. Not `React.lazy`: Suspense holds back content
 * that has loaded for up to 300 ms (to reveal several boundaries at once), and the map would start late.
 */
export function useEventMap(): EventMapModule['EventMap'] | null {
  const [component, setComponent] = useState(() => loaded?.EventMap ?? null);
  useEffect(() => {
    if (component) return;
    let mounted = true;
    // Without its code the map stays an empty, busy panel; the rest of the page works.
    loadEventMap().then((m) => mounted && setComponent(() => m.EventMap), () => undefined);
    return () => {
      mounted = false;
    };
  }, [component]);
  return component;
}
