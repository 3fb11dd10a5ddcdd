// Gives the derivations their two workers for as long as the section is on the page.

import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { createLayerDetailClient, createLinearCaseClient } from '../../worker/jobs/derivationClients';
import { connectDerivationJobs } from './derivationJobs';

export function useDerivationJobs(): void {
  useEffect(() => {
    const clients = { linearCase: createLinearCaseClient(), layerDetail: createLayerDetailClient() };
    const disconnect = connectDerivationJobs(useAppStore, clients);
    return () => {
      disconnect();
      clients.linearCase.dispose();
      clients.layerDetail.dispose();
    };
  }, []);
}
