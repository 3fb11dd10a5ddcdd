// The open phase diagram: its mode, what was measured and how, the plain and residual maps side
// by side with their key, and what to read from them. Picking a cell moves the sliders there.

import { useId, type ReactNode } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import { PHASE_MODES, type PhaseMode } from '../../store/theoryPlan';
import { useElementWidth } from '../chart/useElementWidth';
import { PhaseHeatmap } from './PhaseHeatmap';
import { PhaseLegend } from './PhaseLegend';
import { PhaseStatus } from './PhaseStatus';
import { TheoryTex } from './TheoryTex';

const MODE_LABELS: Record<PhaseMode, ReactNode> = {
  sigmaB: (
    <>
      σ<sub>w</sub> × σ<sub>b</sub>, at your depth
    </>
  ),
  depth: (
    <>
      σ<sub>w</sub> × depth, at your σ<sub>b</sub>
    </>
  ),
};

interface PhaseViewProps {
  mode: PhaseMode;
}

export function PhaseView({ mode }: PhaseViewProps) {
  const name = useId();
  const setMode = useSectionStore((s) => s.setPhaseMode);
  const setParams = useSectionStore((s) => s.setParams);
  const phase = useSectionStore((s) => s.phase);
  const sigmaW = useSectionStore((s) => s.params.sigmaW);
  const y = useSectionStore((s) => (mode === 'sigmaB' ? s.params.sigmaB : s.params.depth));
  const [hostRef, width] = useElementWidth<HTMLDivElement>();
  const sideBySide = width >= 640;
  const mapWidth = sideBySide ? Math.floor((width - 24) / 2) : width;
  const axes = phase.axes;

  const pick = (ix: number, iy: number) => {
    if (!axes) return;
    setParams(mode === 'sigmaB' ? { sigmaW: axes.xs[ix], sigmaB: axes.ys[iy] } : { sigmaW: axes.xs[ix], depth: axes.ys[iy] });
  };

  return (
    <div className="phase-view">
      <fieldset className="phase-view__modes">
        <legend className="visually-hidden">Axes of the phase diagram</legend>
        {PHASE_MODES.map((m) => (
          <label key={m} className="phase-view__mode">
            <input type="radio" name={name} value={m} checked={mode === m} onChange={() => setMode(m)} />
            <span>{MODE_LABELS[m]}</span>
          </label>
        ))}
      </fieldset>
      <PhaseStatus mode={mode} />
      <div ref={hostRef} className={`phase-view__maps${sideBySide ? ' phase-view__maps--side' : ''}`}>
        {width > 0 && axes ? (
          <>
            <PhaseHeatmap title="Plain network" axes={axes} grid={phase.grids.plain} line={phase.line} current={{ x: sigmaW, y }} width={mapWidth} onPick={pick} />
            <PhaseHeatmap title="Residual network" axes={axes} grid={phase.grids.residual} line={null} current={{ x: sigmaW, y }} width={mapWidth} onPick={pick} />
          </>
        ) : null}
      </div>
      <PhaseLegend showLine={phase.line !== null} />
      <p className="phase-view__lesson">
        Each cell is one network, coloured by <TheoryTex id="phase.ratio" />: how much of the gradient reaches the input. In the plain
        network it vanishes on the blue side and explodes on the red side of the dashed line, where mean-field theory puts the edge
        between order and chaos, <TheoryTex id="meanfield.critical" />. The residual network has no such edge: every block adds to
        the gradient, so it can only grow, and slowly.{' '}
        {mode === 'depth'
          ? 'Read up a column to see how deep each setting stays within the outlined band; only near the critical line does a plain network stay trainable at hundreds of layers.'
          : 'The outlined cells keep the gradient within a factor of 100: the settings a network of this depth can be trained at.'}{' '}
        Click a cell, or focus a map and use the arrow keys and Enter, to move the sliders there.
      </p>
    </div>
  );
}
