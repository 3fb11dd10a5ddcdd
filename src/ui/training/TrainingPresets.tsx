// One-click setups that make the lesson unmissable. Applying one sets the page's own
// parameters (depth, width, activation, σ_w, α …) through the store, so the gradient chart at
// the top shows the same networks, and says what to look for while the page still matches it.

import type { ReactNode } from 'react';
import { useSectionStore } from '../layout/DeferredSection';
import type { PresetName } from '../../core/training';
import { presetMatches } from './presetMatch';

interface PresetView {
  name: PresetName;
  label: ReactNode;
  /** what to look for, said in full */
  look: ReactNode;
}

const PRESETS: readonly PresetView[] = [
  {
    name: 'deepTanh',
    label: <>Depth 32, tanh, σ<sub>w</sub> = 1</>,
    look: (
      <>
        The plain network’s loss stays near chance (ln 2 ≈ 0.69) while the residual network, with α = 1/√32, fits the
        circles. Drag the step slider under the gradient chart: as the plain network trains, the gradient reaching its
        layer 0 falls far below the gradient at the top, while the residual network’s skip connections keep it as large.
      </>
    ),
  },
  {
    name: 'vanishing',
    label: <>Vanishing: σ<sub>w</sub> = 0.5</>,
    look: (
      <>
        The plain network’s gradient at layer 0 is some ten orders of magnitude below its gradient at the top, so its
        early layers cannot learn and its loss stays at chance; the residual network keeps the gradient and learns.
      </>
    ),
  },
  {
    name: 'exploding',
    label: <>Exploding: σ<sub>w</sub> = 2.5</>,
    look: (
      <>
        The plain network’s gradient starts hundreds to thousands of times larger at layer 0 than at the top; as its
        units saturate it flips to vanishing (drag the step slider under the gradient chart) and its loss ends near
        chance. The residual network learns.
      </>
    ),
  },
  {
    name: 'diverging',
    label: <>Diverging: linear, σ<sub>w</sub> = 4</>,
    look: (
      <>
        Plain SGD on linear networks with σ<sub>w</sub> = 4 blows up within a few steps: look for the “diverged” marks
        on the loss chart. Then tick “Clip the gradient” (c = 1) and press play again: the same networks now stay
        finite and their loss falls.
      </>
    ),
  },
  {
    name: 'preLN',
    label: <>Pre-LN, Adam η = 0.002</>,
    look: (
      <>
        Depth 48, ReLU, LayerNorm inside each residual branch: the residual network fits the spirals within 300 steps,
        and the gradient reaching its layer 0 stays ten to forty times the gradient at the top. The plain network, with
        LayerNorm before each layer, stalls at chance. Then press Post-LN: the same networks, data and η.
      </>
    ),
  },
  {
    name: 'postLN',
    label: <>Post-LN, same η</>,
    look: (
      <>
        LayerNorm moved after each residual sum, nothing else changed: the residual network now stays at chance (ln 2 ≈
        0.69), and the gradient reaching its layer 0 falls hundreds to tens of thousands of times below the gradient at
        the top (drag the step slider under the gradient chart). This is why Transformers moved LayerNorm inside the
        branch. Lower η tenfold, to 0.0002, and the Post-LN network does learn, slowly.
      </>
    ),
  },
];

export function TrainingPresets() {
  const params = useSectionStore((s) => s.params);
  const settings = useSectionStore((s) => s.trainingSettings);
  const applyPreset = useSectionStore((s) => s.applyTrainingPreset);
  const current = PRESETS.find((p) => presetMatches(p.name, params, settings));
  return (
    <div className="training-presets">
      <div className="training-presets__row" role="group" aria-label="Presets">
        <span className="training-presets__label">Try:</span>
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="button button--small training-preset"
            aria-pressed={current?.name === p.name}
            onClick={() => applyPreset(p.name)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <p className="training-presets__look">
        {current ? (
          <>
            <strong>What to look for.</strong> {current.look}
          </>
        ) : (
          <>Training the networks set by the controls at the top. Pick a preset above for a setup where the lesson is plain to see.</>
        )}
      </p>
    </div>
  );
}
