// The open spectrum view: the singular values of ∂F_L/∂F_0 for plain and residual networks
// under Gaussian and orthogonal weights, on one shared log axis, and the lesson they carry.

import { useMemo } from 'react';
import type { Arch, InitName } from '../../core';
import { useSectionStore } from '../layout/DeferredSection';
import { THEORY_ARCHS } from '../../store/theoryPlan';
import { useElementWidth } from '../chart/useElementWidth';
import { SpectrumCard } from './SpectrumCard';
import { sharedDomain } from './spectrumStats';
import { TheoryTex } from './TheoryTex';

const INITS: readonly InitName[] = ['gaussian', 'orthogonal'];

export function SpectrumView() {
  const spectrum = useSectionStore((s) => s.spectrum);
  const width = useSectionStore((s) => s.params.width);
  const depth = useSectionStore((s) => s.params.depth);
  const setParams = useSectionStore((s) => s.setParams);
  const [hostRef, hostWidth] = useElementWidth<HTMLDivElement>();
  const domain = useMemo(() => sharedDomain(spectrum.spectra.map((s) => s.log10Singular)), [spectrum.spectra]);
  const find = (arch: Arch, init: InitName) => spectrum.spectra.find((s) => s.arch === arch && s.init === init) ?? null;
  const twoColumns = hostWidth >= 600;
  const cardWidth = twoColumns ? Math.floor((hostWidth - 24) / 2) : hostWidth;

  const done = spectrum.spectra.length;
  return (
    <div className="spectrum-view">
      <p className="phase-status" aria-live="polite">
        {spectrum.status === 'error'
          ? `The spectrum could not be computed: ${spectrum.message}`
          : spectrum.status === 'done'
            ? `All ${width} singular values of the ${width} × ${width} input–output Jacobian at the first input, depth ${depth}, for each network.`
            : `Computing ${Math.min(done + 1, 4)} of 4 spectra (width ${width}, depth ${depth})…`}
      </p>
      <div ref={hostRef} className={`spectrum-view__grid${twoColumns ? ' spectrum-view__grid--two' : ''}`}>
        {hostWidth > 0
          ? INITS.flatMap((init) => THEORY_ARCHS.map((arch) => <SpectrumCard key={`${init}/${arch}`} arch={arch} init={init} spectrum={find(arch, init)} domain={domain} width={cardWidth} />))
          : null}
      </div>
      <p className="phase-view__lesson">
        The Jacobian <TheoryTex id="spectrum.jacobian" /> maps a small change of the input to the change of the output; backpropagation
        multiplies by its transpose. Its singular values say how much each direction is stretched. With orthogonal weights near
        criticality, a tanh network keeps all of them near 1 — dynamical isometry (Pennington, Schoenholz &amp; Ganguli 2017) — so every
        direction of the gradient arrives intact. Gaussian weights spread them over many powers of ten even where the average is
        right, and ReLU cannot reach isometry with either. The condition number <TheoryTex id="spectrum.condition" /> measures the spread.
      </p>
      <button type="button" className="button" onClick={() => setParams({ activation: 'tanh', sigmaW: 1, sigmaB: 0, inputScale: 0.1 })}>
        Try it: tanh at σ<sub>w</sub> = 1, σ<sub>b</sub> = 0, small inputs (s = 0.1)
      </button>
    </div>
  );
}
