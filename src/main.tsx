// Entry point: connects the one store to the compute worker and the URL, mounts the page (or,
// with ?presenter=<session>, the presenter view linked to a projected page), and (in a build)
// registers the service worker that keeps it working offline.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { joinSession, presenterSession } from './presenter/presenterWindow';
import { App } from './ui/App';
import { PresenterApp } from './ui/presenter/PresenterApp';
import { useAppStore } from './store/store';
import { connectStore } from './store/sync';
import { connectTheory } from './store/theorySync';
import { createComputeWorker } from './worker/client';
import { PairedGradientClient } from './worker/pairedClient';
import { createMeanFieldClient, createPhaseClient, createSpectrumClient } from './worker/jobs/theoryClients';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The plain and the residual network each on a worker of its own: the two cores share the work.
const client = new PairedGradientClient(createComputeWorker);
// Settings seen before are shown again from a cache; while the workers idle, the next positions
// of the slider being moved are computed into it, so a drag finds its next step already there.
connectStore(useAppStore, client, window, {
  frame: (f) => requestAnimationFrame(f),
  lookAhead: { cacheBytes: 16 * 2 ** 20, cacheEntries: 128, ahead: 8 },
});
// The theory views' jobs, each on a worker of its own (started on first use).
connectTheory(useAppStore, { meanField: createMeanFieldClient(), phase: createPhaseClient(), spectrum: createSpectrumClient() });

// The browser tests inject worker faults and read the store through this handle.
(globalThis as { gradientFlow?: unknown }).gradientFlow = { store: useAppStore, client };

registerServiceWorker();

// A presenter view (?presenter=<session>) joins the projected window's session at once.
const session = presenterSession(window.location.search);
if (session !== null) joinSession(useAppStore, session, 'presenter');

createRoot(root).render(
  <StrictMode>
    {session !== null ? <PresenterApp /> : <App />}
  </StrictMode>,
);
