// η on a log-scale slider. A change reaches both runs as they train: the optimiser's state
// and the minibatch order carry on, so a student can raise η mid-run and watch what happens.

import { useId, type CSSProperties } from 'react';
import { useAppStore } from '../../store/store';
import { formatLearningRate } from './formatTraining';
import { LEARNING_RATES, learningRatePosition } from './learningRates';

export function LearningRateSlider() {
  const id = useId();
  const eta = useAppStore((s) => s.trainingSettings.learningRate);
  const setSetting = useAppStore((s) => s.setTrainingSetting);
  const position = learningRatePosition(eta);
  const last = LEARNING_RATES.length - 1;
  const fill = { '--fill': `${(position / last) * 100}%` } as CSSProperties;
  return (
    <div className="control">
      <div className="control__head">
        <label className="control__label" htmlFor={id}>
          Learning rate
          <span className="control__symbol" aria-hidden="true">
            {' '}η
          </span>
        </label>
        <output className="control__value num" htmlFor={id}>
          {formatLearningRate(eta)}
        </output>
      </div>
      <input
        id={id}
        className="slider"
        type="range"
        min={0}
        max={last}
        step={1}
        value={position}
        style={fill}
        aria-valuetext={`learning rate ${formatLearningRate(eta)}`}
        onChange={(e) => setSetting('learningRate', LEARNING_RATES[Number(e.currentTarget.value)])}
      />
      <p className="control__hint">Log scale. Changing η keeps training going; everything else starts afresh.</p>
    </div>
  );
}
