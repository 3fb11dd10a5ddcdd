// Gives the derivations their two workers for as long as the section is on the page, from the
// moment the first chart is in: on a two-core machine their first jobs would otherwise compete
// with the two gradient workers for the page's first result.

import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { createLayerDetailClient, createLinearCaseClient } from '../../worker/jobs/derivationClients';
import { connectDerivationJobs } from './derivationJobs';

export function useDerivationJobs(): void {
  const firstChartIn = useAppStore((s) => s.result !== null);
  useEffect(() => {
    if (!firstChartIn) return;
    const clients = { linearCase: createLinearCaseClient(), layerDetail: createLayerDetailClient() };
    const disconnect = connectDerivationJobs(useAppStore, clients);
    return () => {
      disconnect();
      clients.linearCase.dispose();
      clients.layerDetail.dispose();
    };
  }, [firstChartIn]);
}
