// With shared weights the linear network's product is (Wᵀ)^L: its size per layer tends to the
// spectral radius ρ(W), which can sit well below the spectral norm ‖W‖₂ that bounds an untied
// product. Both numbers come from the linear-case job (the core's tiedSpectrum).

import type { TiedSpectrum } from '../../core';
import { MathTex } from './MathTex';
import { fixedMinus } from './numbers';

interface TiedRatesProps {
  /** ρ(W) and ‖W‖₂ of the shared matrix, or null while not computed */
  spectrum: TiedSpectrum | null;
}

export function TiedRates({ spectrum }: TiedRatesProps) {
  return (
    <div className="tied-rates" data-testid="tied-rates">
      <p className="derivations__prose">
        With weights shared across layers, every W<sub>k</sub> is the same W: the network is a recurrent network unrolled over
        L time steps, and the product of the backward pass, ∏ W<sup>⊤</sup>D<sub>k</sub>, has one W in every factor. For
        σ the identity it is a power of one matrix, whose size per step is set by the spectral radius, not the spectral norm:
      </p>
      <MathTex id="linear.tied" display />
      {spectrum ? (
        <p className="derivations__prose tied-rates__numbers">
          For the page’s W: ρ(W) ={' '}
          <strong className="num" data-tied-radius={spectrum.log10SpectralRadius}>
            {fixedMinus(10 ** spectrum.log10SpectralRadius, 3)}
          </strong>{' '}
          beside ‖W‖<sub>2</sub> ={' '}
          <strong className="num" data-tied-norm={spectrum.log10SpectralNorm}>
            {fixedMinus(10 ** spectrum.log10SpectralNorm, 3)}
          </strong>
          .{' '}
          {spectrum.log10SpectralRadius < 0
            ? 'With ρ(W) < 1 the gradient vanishes over the time steps, as in a plain network, even where ‖W‖₂ > 1 would allow growth.'
            : 'With ρ(W) ≥ 1 the gradient does not vanish over the time steps: it keeps its size or grows.'}
        </p>
      ) : null}
    </div>
  );
}
