let module: Promise<typeof import('./EventMap.tsx')> | null = null;

/** The map's code (MapLibre and its worker), fetched once. */
export function loadEventMap(): Promise<typeof import('./EventMap.tsx')> {
  module ??= import('./EventMap.tsx');
  return module;
}
