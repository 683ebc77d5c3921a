import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetch, viewRequests } from './api/requests.ts';
import { governorateNames } from './map/governorates.ts';
import { loadEventMap } from './map/load.ts';
import { parseView } from './state/view.ts';
import './styles.css';

prefetch(viewRequests(parseView(window.location.search).filters));
// The map is made once it knows which governorates have polygons (and the events): ask now.
governorateNames().catch(() => undefined);
// The map is the last part of the first view to be drawn: its code (and MapLibre's worker)
// loads while the data is on its way, so the map is made as soon as its events are in.
loadEventMap().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
