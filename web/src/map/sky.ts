import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre draws the style's sky over the whole canvas on every frame, even when, as here, the
 * style has none and the sky is transparent. Without a GPU (SwiftShader) that quad costs tens of
 * milliseconds a frame, and its shader program one more to compile on the first.
 */
export function skipTransparentSky(map: MapLibreMap): void {
  const painter = map.painter;
  painter.drawFunctions = { ...painter.drawFunctions, sky: () => undefined };
}
