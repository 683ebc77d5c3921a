import maplibregl from 'maplibre-gl';

/**
 * The script of MapLibre's worker: a small one that imports MapLibre's worker bundle (at
 * `bundleUrl`) as a module. The browser keeps the compiled code of an imported module for the
 * next load, but compiles a worker's own script again on every load: over 100 ms of a core
 * before the worker can cut a tile. Messages that come while the bundle loads are held back
 * from it, then handed to it in order.
 */
function workerScript(bundleUrl: string): string {
  return `
let held = [];
self.addEventListener('message', (event) => {
  if (!held) return;
  held.push(event.data);
  event.stopImmediatePropagation();
});
import(${JSON.stringify(new URL(bundleUrl, location.href).href)}).then(() => {
  const data = held;
  held = null;
  for (const message of data) self.dispatchEvent(new MessageEvent('message', { data: message }));
});`;
}

/** Starts MapLibre's workers, from its worker bundle at `bundleUrl`, before any map needs them. */
export function prewarmWorkers(bundleUrl: string): void {
  maplibregl.setWorkerUrl(URL.createObjectURL(new Blob([workerScript(bundleUrl)], { type: 'text/javascript' })));
  maplibregl.prewarm();
}
