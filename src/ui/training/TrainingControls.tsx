// Play / pause, one step, reset, the pace, and where the run stands: a step counter, a
// progress bar towards the end of this run, and what the workers are doing.

import { useAppStore } from '../../store/store';
import { commonStep, liveRuns } from '../../store/trainingSlice';
import { SPEEDS } from '../../store/trainingSettings';
import { formatMeasuredSpeed, formatSpeed } from './formatTraining';
import { PlayIcon } from './PlayIcon';
import { SettingSelect } from './SettingSelect';

const SPEED_OPTIONS = SPEEDS.map((value) => ({ value, label: formatSpeed(value) }));

export function TrainingControls() {
  const playing = useAppStore((s) => s.trainingPlaying);
  const run = useAppStore((s) => s.trainingRun);
  const goal = useAppStore((s) => s.trainingGoal);
  const play = useAppStore((s) => s.playTraining);
  const pause = useAppStore((s) => s.pauseTraining);
  const step = useAppStore((s) => s.stepTraining);
  const reset = useAppStore((s) => s.resetTraining);

  const at = commonStep(run);
  const stopped = run.blocked !== null || liveRuns(run).length === 0;
  const working = playing || liveRuns(run).some((r) => !r.idle);
  const slowest = Math.max(...liveRuns(run).map((r) => r.stepMs ?? 0));
  const status = run.blocked
    ? 'This network is too large to train here.'
    : liveRuns(run).length === 0
      ? 'Both runs stopped.'
      : playing
        ? `Training… ${formatMeasuredSpeed(slowest || null)}`
        : working
          ? 'Finishing the step…'
          : at >= goal
            ? `Done: ${goal} steps. Play trains further.`
            : at > 0
              ? 'Paused.'
              : 'Ready.';

  return (
    <div className="training-controls">
      <div className="training-controls__buttons" role="group" aria-label="Run">
        <button
          type="button"
          className="button training-button training-button--primary"
          onClick={playing ? pause : play}
          disabled={stopped}
        >
          <PlayIcon playing={playing} />
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button training-button" onClick={step} disabled={stopped || playing}>
          Step
        </button>
        <button type="button" className="button training-button" onClick={reset}>
          Reset
        </button>
      </div>
      <div className="training-progress">
        <div className="training-progress__count">
          Step <strong className="num">{at}</strong> <span className="muted">of {goal}</span>
        </div>
        <div
          className="training-progress__bar"
          role="progressbar"
          aria-label="Training progress"
          aria-valuemin={0}
          aria-valuemax={goal}
          aria-valuenow={Math.min(at, goal)}
          aria-valuetext={`step ${at} of ${goal}`}
        >
          <div className="training-progress__fill" style={{ width: `${Math.min(100, (100 * at) / Math.max(1, goal))}%` }} />
        </div>
        <p className="training-progress__status" aria-live="polite">
          {status}
        </p>
      </div>
      <SettingSelect setting="stepsPerSecond" label="Speed" options={SPEED_OPTIONS} />
    </div>
  );
}
