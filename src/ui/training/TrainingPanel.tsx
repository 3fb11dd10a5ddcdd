// The training section: the page's plain and residual networks trained side by side on one
// small task, in two workers, with presets, controls, settings and three live figures. It
// owns the connection to the training workers, which start once the reader reaches it.

import { useAppStore } from '../../store/store';
import { NetworkSummary } from './NetworkSummary';
import { TrainingControls } from './TrainingControls';
import { TrainingError } from './TrainingError';
import { TrainingPresets } from './TrainingPresets';
import { TrainingSettingsForm } from './TrainingSettingsForm';
import { TrainingStory } from './TrainingStory';
import { TrainingViews } from './TrainingViews';
import { useSeenOnce } from './useSeenOnce';
import { useTrainingConnection } from './useTrainingConnection';
import './training.css';

export function TrainingPanel() {
  useTrainingConnection();
  const activate = useAppStore((s) => s.activateTraining);
  const ref = useSeenOnce<HTMLElement>(activate);
  return (
    <section ref={ref} className="training" aria-labelledby="training-heading">
      <header className="training__head">
        <h2 id="training-heading" className="training__title">
          Does the gradient reach the early layers? Train both networks and see
        </h2>
        <NetworkSummary />
      </header>
      <TrainingPresets />
      <TrainingStory />
      <TrainingControls />
      <TrainingError />
      <div className="training__body">
        <div className="training__settings">
          <TrainingSettingsForm />
        </div>
        <TrainingViews />
      </div>
    </section>
  );
}
