// The plain network's verdict in numbers: how far the median gradient fell (or grew) over the
// depth, the average factor per layer, and the selected layer's ‖W_kᵀD_k‖₂.

import { useSectionStore } from '../layout/DeferredSection';
import { Log10Number } from '../Log10Number';
import { depthSummary } from './depthSummary';
import { fixedMinus } from './numbers';
import { useLayerNumbers } from './useLayerNumbers';

export function PlainSentence() {
  const plain = useSectionStore((s) => s.result?.plain ?? null);
  const activation = useSectionStore((s) => s.result?.config.activation);
  const sigmaW = useSectionStore((s) => s.result?.config.sigmaW);
  const numbers = useLayerNumbers('plain');
  const summary = depthSummary(plain);
  if (!summary || sigmaW === undefined) return null;
  const { depth, top, bottom, perLayer } = summary;
  return (
    <p className="live-sentence live-sentence--plain" data-sentence="plain">
      In the plain network above ({activation}, σ<sub>w</sub> = {fixedMinus(sigmaW, 2)}, L = {depth}) the median gradient
      norm goes from <Log10Number log10={top} digits={3} /> at layer {depth} to <Log10Number log10={bottom} digits={3} /> at layer
      0
      {perLayer === null ? (
        <>: some units are dead, so the product is exactly 0.</>
      ) : (
        <>
          : on average a factor of <strong>{perLayer < 0.01 || perLayer >= 100 ? <Log10Number log10={Math.log10(perLayer)} /> : fixedMinus(perLayer, 3)}</strong>{' '}
          per layer, {perLayer < 1 ? 'so it vanishes' : 'so it grows'} like that factor to the power L.
        </>
      )}
      {numbers?.jacobian != null ? (
        <>
          {' '}
          At layer {numbers.k}, ‖W<sub>k</sub>
          <sup>⊤</sup>D<sub>k</sub>‖<sub>2</sub> = <Log10Number log10={numbers.jacobian} digits={3} /> for the first input: the most that
          one layer can stretch a gradient.
        </>
      ) : null}
    </p>
  );
}
