// Entry point: connects the one store to the compute worker and the URL, mounts the page, and
// (in a build) registers the service worker that keeps it working offline.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { App } from './ui/App';
import { useAppStore } from './store/store';
import { connectStore } from './store/sync';
import { GradientClient, createComputeWorker } from './worker/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = new GradientClient(createComputeWorker);
connectStore(useAppStore, client, window);

// The browser tests inject worker faults and read the store through this handle.
(globalThis as { gradientFlow?: unknown }).gradientFlow = { store: useAppStore, client };

registerServiceWorker();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
