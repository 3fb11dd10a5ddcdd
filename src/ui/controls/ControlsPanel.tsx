// The network's knobs, in the order a reader meets them: how deep, how the weights are drawn,
// which nonlinearity, which architecture; then the less central ones. Each sits in a
// ControlGate, so a shared link can lock or hide it.

import type { ReactNode } from 'react';
import type { ActivationName } from '../../core/config';
import { useAppStore } from '../../store/store';
import { formatFixed, plural } from '../format';
import { ControlGate } from '../share/ControlGate';
import { HiddenControlsNote } from '../share/HiddenControlsNote';
import { ActivationSelect } from './ActivationSelect';
import { BranchScaleControl } from './BranchScaleControl';
import { ChoiceGroup } from './ChoiceGroup';
import { NormSelect } from './NormSelect';
import { ParamSlider } from './ParamSlider';
import { SeedControl } from './SeedControl';
import { TiedSwitch } from './TiedSwitch';
import { DEPTH_TRACK, SIGMA_B_TRACK, SIGMA_W_TRACK, WIDTH_TRACK } from '../../store/sliderTracks';
import './controls.css';

/** Where σ_w puts a plain network at the edge between vanishing and exploding, if known. */
const CRITICAL_HINT: Partial<Record<ActivationName, ReactNode>> = {
  identity: <>Critical for identity: σ<sub>w</sub> = 1.</>,
  tanh: <>Critical for tanh (with σ<sub>b</sub> = 0): σ<sub>w</sub> = 1.</>,
  relu: <>Critical for ReLU (He init): σ<sub>w</sub> = √2 ≈ 1.41.</>,
};

function WeightScaleHint() {
  const activation = useAppStore((s) => s.params.activation);
  return <>{CRITICAL_HINT[activation] ?? <>Entries of W<sub>k</sub> have standard deviation σ<sub>w</sub>/√n.</>}</>;
}

export function ControlsPanel() {
  return (
    <section className="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" className="section-title">
        Network
      </h2>
      <ControlGate control="depth">
        <ParamSlider
          param="depth"
          label="Depth"
          symbol="L"
          track={DEPTH_TRACK}
          format={(v) => String(v)}
          valueText={(v) => `depth ${plural(v, 'layer')}`}
        />
      </ControlGate>
      <ControlGate control="sigmaW">
        <ParamSlider
          param="sigmaW"
          label="Weight scale"
          symbol={<>σ<sub>w</sub></>}
          track={SIGMA_W_TRACK}
          format={(v) => formatFixed(v, 2)}
          valueText={(v) => `weight scale ${formatFixed(v, 2)}`}
          hint={<WeightScaleHint />}
        />
      </ControlGate>
      <ControlGate control="activation">
        <ActivationSelect />
      </ControlGate>
      <ControlGate control="arch">
        <ChoiceGroup
          param="arch"
          label="Architecture"
          options={[
            { value: 'plain', label: 'Plain' },
            { value: 'residual', label: 'Residual' },
            { value: 'both', label: 'Both' },
          ]}
        />
      </ControlGate>
      <ControlGate control="branchScale">
        <BranchScaleControl />
      </ControlGate>
      <ControlGate control="norm">
        <NormSelect />
      </ControlGate>
      <ControlGate control="tied">
        <TiedSwitch />
      </ControlGate>
      <ControlGate control="width">
        <ParamSlider
          param="width"
          label="Width"
          symbol="n"
          track={WIDTH_TRACK}
          format={(v) => String(v)}
          valueText={(v) => `width ${plural(v, 'unit')}`}
        />
      </ControlGate>
      <ControlGate control="sigmaB">
        <ParamSlider
          param="sigmaB"
          label="Bias scale"
          symbol={<>σ<sub>b</sub></>}
          track={SIGMA_B_TRACK}
          format={(v) => formatFixed(v, 2)}
          valueText={(v) => `bias scale ${formatFixed(v, 2)}`}
        />
      </ControlGate>
      <ControlGate control="init">
        <ChoiceGroup
          param="init"
          label="Init"
          options={[
            { value: 'gaussian', label: 'Gaussian' },
            { value: 'orthogonal', label: 'Orthogonal' },
          ]}
        />
      </ControlGate>
      <ControlGate control="seed">
        <SeedControl />
      </ControlGate>
      <HiddenControlsNote />
    </section>
  );
}
