// The three small multiples under the main chart, stacked so that their layer axes line up
// with it: forward signal, weight gradients and mean activation slope. A new result reaches
// them at a lower priority than the main chart (useDeferredValue): while a slider is dragged
// the main chart is drawn first, and these follow when the browser has time.

import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import { drawnDepth, visibleArchs } from '../chart/series';
import { useElementWidth } from '../chart/useElementWidth';
import { ActivationNormChart } from './ActivationNormChart';
import { MeanSlopeChart } from './MeanSlopeChart';
import { ParamGradChart } from './ParamGradChart';
import './multiples.css';

const ActivationNorm = memo(ActivationNormChart);
const ParamGrad = memo(ParamGradChart);
const MeanSlope = memo(MeanSlopeChart);

export function SmallMultiples() {
  const result = useDeferredValue(useAppStore((s) => s.result));
  const archChoice = useAppStore((s) => s.params.arch);
  const hoverLayer = useAppStore((s) => s.hoverLayer);
  const selectedLayer = useAppStore((s) => s.selectedLayer);
  const setHoverLayer = useAppStore((s) => s.setHoverLayer);
  const setSelectedLayer = useAppStore((s) => s.setSelectedLayer);
  const archs = useMemo(() => visibleArchs(result, archChoice), [result, archChoice]);
  const [hostRef, width] = useElementWidth<HTMLDivElement>();

  const onSelect = useCallback((k: number | null) => setSelectedLayer(k === selectedLayer ? null : k), [setSelectedLayer, selectedLayer]);
  const shared = { depth: drawnDepth(archs), width, hoverLayer, selectedLayer, onHover: setHoverLayer, onSelect };

  return (
    <section className="small-multiples" aria-labelledby="multiples-heading">
      <h2 id="multiples-heading" className="section-title">
        What happens inside each layer
      </h2>
      <div ref={hostRef} className="small-multiples__stack">
        {width > 0 && archs.length > 0 ? (
          <>
            <ActivationNorm archs={archs} {...shared} />
            <ParamGrad archs={archs} {...shared} />
            <MeanSlope archs={archs} {...shared} />
          </>
        ) : null}
      </div>
    </section>
  );
}
