// LayerNorm's factor in the bound at the selected layer, in the live network's numbers:
// ‖J_LN‖₂ = 1/s for the first input, as the layer-detail job computed it, and (plain) the
// layer's whole factor (1/s)·‖W_kᵀD_k‖₂.

import type { Arch } from '../../core';
import { Log10Number } from '../Log10Number';
import { fixedMinus } from './numbers';
import { useLayerNumbers } from './useLayerNumbers';

/** A factor printed plainly near 1 and as a power of ten far from it. */
export function Factor({ log10 }: { log10: number }) {
  return Math.abs(log10) < 2 ? <>{fixedMinus(10 ** log10, 3)}</> : <Log10Number log10={log10} digits={3} />;
}

export function LnSentence({ arch }: { arch: Arch }) {
  const numbers = useLayerNumbers(arch);
  if (numbers?.lnGain == null) return null;
  const { k, lnGain, jacobian } = numbers;
  return (
    <p className="live-sentence" data-sentence="ln">
      At layer {k}, for the first input, ‖J<sub>LN</sub>‖<sub>2</sub> = 1/s ={' '}
      <strong className="num" data-ln-gain={lnGain}>
        <Factor log10={lnGain} />
      </strong>
      : {lnGain < 0 ? 'LN shrinks the gradient it passes down here' : 'LN amplifies the gradient it passes down here'}
      {arch === 'plain' && jacobian !== null ? (
        <>
          ; with ‖W<sub>k</sub>
          <sup>⊤</sup>D<sub>k</sub>‖<sub>2</sub> = <Factor log10={jacobian} />, this layer’s factor in the bound is{' '}
          <strong className="num">
            <Factor log10={lnGain + jacobian} />
          </strong>
        </>
      ) : null}
      .
    </p>
  );
}
