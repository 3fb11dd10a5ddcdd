// The panel's headline: what the two runs did so far, in one sentence with the live numbers.

import { useAppStore } from '../../store/store';
import { describeTraining } from './describeTraining';

export function TrainingStory() {
  const run = useAppStore((s) => s.trainingRun);
  const goal = useAppStore((s) => s.trainingGoal);
  const clipOn = useAppStore((s) => s.trainingSettings.clipOn);
  return (
    <p className="training-story" aria-live="polite">
      {describeTraining(run, { goal, clipOn })}
    </p>
  );
}
