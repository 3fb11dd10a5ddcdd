// The three small multiples under the main chart, stacked so that their layer axes line up
// with it: forward signal, weight gradients and mean activation slope.

import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import { drawnDepth, visibleArchs } from '../chart/series';
import { useElementWidth } from '../chart/useElementWidth';
import { ActivationNormChart } from './ActivationNormChart';
import { MeanSlopeChart } from './MeanSlopeChart';
import { ParamGradChart } from './ParamGradChart';
import './multiples.css';

export function SmallMultiples() {
  const result = useAppStore((s) => s.result);
  const archChoice = useAppStore((s) => s.params.arch);
  const hoverLayer = useAppStore((s) => s.hoverLayer);
  const selectedLayer = useAppStore((s) => s.selectedLayer);
  const setHoverLayer = useAppStore((s) => s.setHoverLayer);
  const setSelectedLayer = useAppStore((s) => s.setSelectedLayer);
  const archs = useMemo(() => visibleArchs(result, archChoice), [result, archChoice]);
  const [hostRef, width] = useElementWidth<HTMLDivElement>();
  const toggleSelected = useCallback((k: number | null) => setSelectedLayer(k === selectedLayer ? null : k), [selectedLayer, setSelectedLayer]);

  const shared = {
    depth: drawnDepth(archs),
    width,
    hoverLayer,
    selectedLayer,
    onHover: setHoverLayer,
    onSelect: toggleSelected,
  };

  return (
    <section className="small-multiples" aria-labelledby="multiples-heading">
      <h2 id="multiples-heading" className="section-title">
        What happens inside each layer
      </h2>
      <div ref={hostRef} className="small-multiples__stack">
        {width > 0 && archs.length > 0 ? (
          <>
            <ActivationNormChart archs={archs} {...shared} />
            <ParamGradChart archs={archs} {...shared} />
            <MeanSlopeChart archs={archs} {...shared} />
          </>
        ) : null}
      </div>
    </section>
  );
}
