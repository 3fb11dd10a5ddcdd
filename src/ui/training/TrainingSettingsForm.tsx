// The settings that define a training run besides the network itself: the task and its loss,
// the optimiser and its update rule, η, the minibatch, clipping and the length of a run.

import { useAppStore } from '../../store/store';
import { BATCH_SIZES, RUN_LENGTHS, type OptimizerChoice } from '../../store/trainingSettings';
import type { TaskName } from '../../core/training';
import { Tex } from '../equations/Tex';
import type { EquationId } from '../equations/tex';
import { ClipControl } from './ClipControl';
import { LearningRateSlider } from './LearningRateSlider';
import { SettingChoice } from './SettingChoice';
import { SettingSelect } from './SettingSelect';

const TASK_OPTIONS: readonly { value: TaskName; label: string }[] = [
  { value: 'circles', label: 'Circles' },
  { value: 'xor', label: 'XOR' },
  { value: 'spirals', label: 'Spirals' },
  { value: 'teacher', label: 'Teacher' },
];

const OPTIMIZER_OPTIONS: readonly { value: OptimizerChoice; label: string }[] = [
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'Momentum' },
  { value: 'adam', label: 'Adam' },
];

const UPDATE_RULE: Record<OptimizerChoice, EquationId> = { sgd: 'training.sgd', momentum: 'training.momentum', adam: 'training.adam' };

const BATCH_OPTIONS = BATCH_SIZES.map((value) => ({ value, label: `${value} points` }));
const LENGTH_OPTIONS = RUN_LENGTHS.map((value) => ({ value, label: `${value} steps` }));

export function TrainingSettingsForm() {
  const task = useAppStore((s) => s.trainingSettings.task);
  const optimizer = useAppStore((s) => s.trainingSettings.optimizer);
  const regression = task === 'teacher';
  return (
    <div className="training-settings">
      <SettingChoice
        setting="task"
        label="Task"
        options={TASK_OPTIONS}
        hint={
          <>
            {regression ? 'Fit a fixed random shallow network. Loss: ' : 'Two classes in the square. Loss: '}
            <Tex id={regression ? 'training.loss.mse' : 'training.loss.xent'} />
            {regression ? null : <> — chance is ln 2 ≈ 0.693.</>}
          </>
        }
      />
      <SettingChoice setting="optimizer" label="Optimiser" options={OPTIMIZER_OPTIONS} hint={<Tex id={UPDATE_RULE[optimizer]} />} />
      <LearningRateSlider />
      <SettingSelect setting="batchSize" label="Minibatch" options={BATCH_OPTIONS} />
      <ClipControl />
      <SettingSelect setting="runLength" label="Steps per run" options={LENGTH_OPTIONS} hint="Where play stops; press play again to train as long again." />
    </div>
  );
}
