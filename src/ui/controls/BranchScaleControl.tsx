// The residual branch scale α: a slider plus presets 1, 1/√L (keeps the sum of L branches
// bounded as depth grows) and 0 (every block is the identity).

import { useAppStore } from '../../store/store';
import { formatFixed } from '../format';
import { ParamSlider } from './ParamSlider';
import { BRANCH_SCALE_TRACK } from '../../store/sliderTracks';

/** α printed with enough digits to tell 1/√1000 = 0.032 from 0. */
function formatAlpha(alpha: number): string {
  return formatFixed(alpha, alpha > 0 && alpha < 0.1 ? 3 : 2);
}

export function BranchScaleControl() {
  const depth = useAppStore((s) => s.params.depth);
  const alpha = useAppStore((s) => s.params.branchScale);
  const arch = useAppStore((s) => s.params.arch);
  const setParam = useAppStore((s) => s.setParam);
  const presets = [
    { text: '1', value: 1, name: 'Branch scale 1' },
    { text: '1/√L', value: 1 / Math.sqrt(depth), name: `Branch scale 1/√L = ${formatAlpha(1 / Math.sqrt(depth))}` },
    { text: '0', value: 0, name: 'Branch scale 0' },
  ];
  return (
    <ParamSlider
      param="branchScale"
      label="Branch scale"
      symbol="α"
      track={BRANCH_SCALE_TRACK}
      format={formatAlpha}
      valueText={(v) => `branch scale ${formatAlpha(v)}`}
      hint={
        arch === 'plain' ? (
          'Only the residual network has a branch: show it to see α act.'
        ) : (
          <>
            F<sub>k</sub> = F<sub>k−1</sub> + α · branch. With α = 1/√L the branches add up to a bounded change.
          </>
        )
      }
    >
      <div className="presets" role="group" aria-label="Branch scale presets">
        {presets.map((p) => (
          <button
            key={p.text}
            type="button"
            className="button button--small"
            aria-label={p.name}
            aria-pressed={Math.abs(alpha - p.value) <= 1e-5 * Math.max(1, p.value)}
            onClick={() => setParam('branchScale', p.value)}
          >
            {p.text}
          </button>
        ))}
      </div>
    </ParamSlider>
  );
}
