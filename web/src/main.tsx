import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetch, viewRequests } from './api/requests.ts';
import { loadEventMap } from './map/load.ts';
import { parseView } from './state/view.ts';
import './styles.css';

prefetch(viewRequests(parseView(window.location.search).filters));
void loadEventMap();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
