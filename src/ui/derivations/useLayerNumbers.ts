// The selected layer's numbers for one architecture, from the store: the batch result and the
// layer-detail answer, the latter only when it belongs to the current network and layer.

import { useMemo } from 'react';
import type { Arch } from '../../core';
import { useSectionStore } from '../layout/DeferredSection';
import { derivationLayer, layerDetailKey } from './derivationJobs';
import { layerNumbers, type LayerNumbers } from './layerNumbers';

/** The layer k the derivations show. */
export function useDerivationLayer(): number {
  const selectedLayer = useSectionStore((s) => s.selectedLayer);
  const depth = useSectionStore((s) => s.params.depth);
  return derivationLayer(selectedLayer, depth);
}

export function useLayerNumbers(arch: Arch): LayerNumbers | null {
  const k = useDerivationLayer();
  const result = useSectionStore((s) => s.result);
  const params = useSectionStore((s) => s.params);
  const job = useSectionStore((s) => s.layerDetail);
  const detail = job.value && job.valueKey === layerDetailKey(params, k) ? job.value : null;
  return useMemo(() => layerNumbers(result, arch, k, detail), [result, arch, k, detail]);
}
