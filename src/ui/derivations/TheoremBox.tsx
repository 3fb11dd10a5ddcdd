// A theorem's equations, each followed by its terms evaluated at the selected layer k of the
// live network. When the page does not compute this architecture, it says so and offers both.

import type { Arch } from '../../core';
import { useSectionStore } from '../layout/DeferredSection';
import type { TheoremLine } from './derivationVariant';
import { MathTex } from './MathTex';
import { TermList } from './terms';
import { useControlOpen } from './useControlOpen';
import { useDerivationLayer, useLayerNumbers } from './useLayerNumbers';
import './theorem.css';

interface TheoremBoxProps {
  arch: Arch;
  title: string;
  lines: readonly TheoremLine[];
  /** one W, V, b for every layer */
  tied?: boolean;
  /** BatchNorm: no layer has a Jacobian of one input, so no spectral norm is quoted */
  batch?: boolean;
}

export function TheoremBox({ arch, title, lines, tied = false, batch = false }: TheoremBoxProps) {
  const k = useDerivationLayer();
  const numbers = useLayerNumbers(arch);
  const pending = useSectionStore((s) => s.layerDetail.status === 'computing');
  const failure = useSectionStore((s) => (s.layerDetail.status === 'error' ? s.layerDetail.message : null));
  const setParam = useSectionStore((s) => s.setParam);
  const computed = useSectionStore((s) => s.params.arch === 'both' || s.params.arch === arch);
  const archOpen = useControlOpen('arch');
  return (
    <div className={`theorem theorem--${arch}`} data-theorem={arch}>
      <p className="theorem__title">
        <strong>{title}</strong>
        <span className="theorem__layer">
          numbers at layer k = <span className="num" data-theorem-layer>{k}</span>
        </span>
      </p>
      <ul className="theorem__lines">
        {lines.map((line) => (
          <li key={line.id} className="theorem__line">
            <MathTex id={line.id} display tied={tied} />
            {numbers ? <TermList numbers={numbers} quantities={line.terms} pending={pending} tied={tied} /> : null}
          </li>
        ))}
      </ul>
      {numbers && failure ? (
        <p className="theorem__note theorem__note--missing" role="status">
          The spectral norm could not be computed: {failure}.
        </p>
      ) : null}
      {numbers ? (
        <p className="theorem__note">
          Gradient norms: median over the batch. Parameter gradients: of the batch-mean loss
          {tied ? ' (layer k’s term of the shared parameter’s gradient)' : ''}.{' '}
          {batch
            ? 'No spectral norm: BatchNorm couples the inputs of a batch, so a layer has no Jacobian of one input alone.'
            : 'Spectral norm: at the first input x₁, by power iteration.'}{' '}
          Point at a number to find it on the chart.
        </p>
      ) : computed ? (
        <p className="theorem__note">Computing the numbers…</p>
      ) : (
        <p className="theorem__note theorem__note--missing">
          The page is not computing the {arch} network at the moment, so there are no numbers for it.{' '}
          {archOpen ? (
            <button type="button" className="button button--small" onClick={() => setParam('arch', 'both')}>
              Show both networks
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
