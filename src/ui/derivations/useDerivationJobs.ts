// Gives the derivations their two workers for as long as the section is on the page, from the
// moment the first chart is in: on a two-core machine their first jobs would otherwise compete
// with the two gradient workers for the page's first result. Off screen, a parameter change
// pauses the jobs until the section catches up (the drag has ended, or it scrolls into view),
// then they ask once for the current parameters: a drag up the page leaves both cores to the
// gradient workers.

import { useEffect } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { createLayerDetailClient, createLinearCaseClient } from '../../worker/jobs/derivationClients';
import { useSectionView } from '../layout/DeferredSection';
import { connectDerivationJobs } from './derivationJobs';

export function useDerivationJobs(): void {
  const firstChartIn = useAppStore((s) => s.result !== null);
  const view = useSectionView();
  useEffect(() => {
    if (!firstChartIn) return;
    const clients = { linearCase: createLinearCaseClient(), layerDetail: createLayerDetailClient() };
    let connected = false;
    let disconnect = () => {};
    const connect = () => {
      if (connected) return;
      // set first: connecting writes the store, which may call back here
      connected = true;
      disconnect = connectDerivationJobs(useAppStore, clients);
    };
    // as the section's view does: off screen, pause while the view holds back a change (read
    // from the store itself: the state a listener gets can predate a nested write)
    const pause = (s: AppState, prev: AppState) => {
      if (!connected || !view || view.isOnScreen() || view.getState() === useAppStore.getState()) return;
      if (s.params === prev.params && s.selectedLayer === prev.selectedLayer) return;
      connected = false;
      disconnect();
    };
    // subscribed before the jobs, so a change off screen pauses them before they request it
    const stops = view ? [useAppStore.subscribe(pause), view.subscribe(() => view.getState() === useAppStore.getState() && connect())] : [];
    connect();
    return () => {
      stops.forEach((stop) => stop());
      if (connected) disconnect();
      clients.linearCase.dispose();
      clients.layerDetail.dispose();
    };
  }, [firstChartIn, view]);
}
