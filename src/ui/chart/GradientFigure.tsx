// The main figure as the page shows it: takeaway, heading and legend, the gradient chart
// sized to its column, and a caption that repeats the chart's sentence with its numbers.

import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import { DataTableToggle } from '../classroom/DataTableToggle';
import { GradientTable } from '../classroom/GradientTable';
import { useFillHeight } from '../classroom/useFillHeight';
import { useSceneMorph } from '../classroom/useSceneMorph';
import { Tex } from '../equations/Tex';
import { pinnedLines } from '../pins/pinnedLines';
import { PinsBar } from '../pins/PinsBar';
import { ChartLegend } from './ChartLegend';
import { describeGradients } from './describe';
import { GradientChart } from './GradientChart';
import { drawnDepth, visibleArchs } from './series';
import { Takeaway } from './Takeaway';
import { TheoryNote } from '../theory/TheoryNote';
import { TheoryToggle } from '../theory/TheoryToggle';
import { useTheoryCurves } from '../theory/useTheoryCurves';
import { useElementWidth } from './useElementWidth';
import { useViewportHeight } from './useViewportHeight';
import './chart.css';

/** Presentation mode: just room for the 20 px tick labels and the axis title. */
const PRESENT_MARGIN = { top: 12, bottom: 60 };

export function GradientFigure() {
  const result = useAppStore((s) => s.result);
  const archChoice = useAppStore((s) => s.params.arch);
  const hoverLayer = useAppStore((s) => s.hoverLayer);
  const selectedLayer = useAppStore((s) => s.selectedLayer);
  const setHoverLayer = useAppStore((s) => s.setHoverLayer);
  const setSelectedLayer = useAppStore((s) => s.setSelectedLayer);
  const archs = useMemo(() => visibleArchs(result, archChoice), [result, archChoice]);
  const toggleSelected = useCallback((k: number | null) => setSelectedLayer(k === selectedLayer ? null : k), [selectedLayer, setSelectedLayer]);
  const pins = useAppStore((s) => s.pins);
  const pinned = useMemo(() => pinnedLines(pins), [pins]);
  const emphasis = useAppStore((s) => s.highlightSeries?.arch ?? null);
  const [hostRef, width] = useElementWidth<HTMLDivElement>();
  const viewportHeight = useViewportHeight();
  // In presentation mode the chart takes the height its stylesheet leaves it (0 otherwise).
  const present = useAppStore((s) => s.present);
  const fillHeight = useFillHeight(hostRef, present);
  // Tall enough to read, short enough that the whole chart fits under the takeaway on a 720 px projector.
  const height = fillHeight > 0 ? fillHeight : Math.round(Math.min(560, Math.max(300, Math.min(width * 0.55, viewportHeight - 360))));
  // Between scenes of the tour the curves morph; the sentences always state the result itself.
  const drawn = useSceneMorph(archs);
  const theory = useTheoryCurves(drawn);
  const sentence = describeGradients(archs);
  const samples = archs[0]?.samples;

  return (
    <figure className="main-figure">
      <Takeaway archs={archs} />
      <div className="figure-head">
        <h2 className="figure-title">
          Gradient norm <Tex id="readout.gradF" /> at each layer, relative to the top layer
        </h2>
        <ChartLegend archs={archs.map((a) => a.arch)} />
        <TheoryToggle />
      </div>
      <div ref={hostRef} className="chart-host">
        {width > 0 && drawn.length > 0 ? (
          <GradientChart
            archs={drawn}
            depth={drawnDepth(drawn)}
            width={width}
            height={height}
            hoverLayer={hoverLayer}
            selectedLayer={selectedLayer}
            onHover={setHoverLayer}
            onSelect={toggleSelected}
            label={sentence}
            pinned={pinned}
            theory={theory}
            emphasis={emphasis}
            margin={present ? PRESENT_MARGIN : undefined}
          />
        ) : (
          <div className="chart-placeholder" style={{ height }} />
        )}
      </div>
      <PinsBar />
      <TheoryNote />
      <DataTableToggle subject="the gradient chart" renderTable={() => <GradientTable archs={archs} />} />
      <figcaption>
        <p className="caption-sentence">{sentence}</p>
        <p className="caption-note">
          Lines: median over {samples ?? 'the'} inputs; bands: 10th to 90th percentile. Each curve is divided by its median at
          the top layer L, so 10⁰ means the gradient kept its size. Hover the chart, or focus it and press ← →, to read a
          layer; click or press Enter to pin it.
        </p>
      </figcaption>
    </figure>
  );
}
