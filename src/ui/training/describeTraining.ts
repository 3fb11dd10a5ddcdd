// The sentence above the training charts, written from the live numbers: how far each
// network's training loss fell at the latest step both were evaluated at, their held-out
// accuracy, and where a run diverged. The same sentence names the loss chart for screen readers.

import type { EvaluationPoint } from '../../worker/trainingProtocol';
import type { ArchRun } from '../../store/trainingRun';
import type { TrainingRunState } from '../../store/trainingSlice';
import { formatPercent, lossChange } from './formatTraining';

interface DescribeOptions {
  /** steps one press of play trains */
  goal: number;
  clipOn: boolean;
}

const evaluationAt = (run: ArchRun, step: number): EvaluationPoint | undefined => run.evaluations.find((e) => e.step === step);

/** The largest step evaluated in both runs (0 when only the start is). */
export function commonEvaluatedStep(a: ArchRun, b: ArchRun): number {
  const mine = new Set(a.evaluations.map((e) => e.step));
  return b.evaluations.reduce((best, e) => (mine.has(e.step) && e.step > best ? e.step : best), 0);
}

function change(run: ArchRun, step: number): string {
  const start = evaluationAt(run, 0);
  const end = evaluationAt(run, step);
  return start && end ? lossChange(start.trainLoss, end.trainLoss) : 'is being measured';
}

function accuracies(run: TrainingRunState, step: number): string {
  const plain = evaluationAt(run.plain, step)?.testAccuracy;
  const residual = evaluationAt(run.residual, step)?.testAccuracy;
  if (plain === undefined || residual === undefined || plain === null || residual === null) return '';
  return ` Held-out accuracy: plain ${formatPercent(plain)}, residual ${formatPercent(residual)} (chance 50\u00a0%).`;
}

const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

export function describeTraining(run: TrainingRunState, { goal, clipOn }: DescribeOptions): string {
  if (run.blocked) return run.blocked;
  const { plain, residual } = run;
  const rescue = (them: string) =>
    clipOn ? ' Clipping was on: try a smaller learning rate or a smaller clip norm.' : ` Turn on gradient clipping to rescue ${them}.`;
  if (plain.diverged !== null && residual.diverged !== null) {
    return `Both networks diverged (plain at step ${plain.diverged}, residual at step ${residual.diverged}) and stopped.${rescue('them')}`;
  }
  for (const [name, gone, other, otherName] of [
    ['plain', plain, residual, 'residual'],
    ['residual', residual, plain, 'plain'],
  ] as const) {
    if (gone.diverged === null) continue;
    const last = other.evaluations.at(-1)?.step ?? 0;
    const after = last > 0 ? ` After ${steps(last)} the ${otherName} network's training loss ${change(other, last)}.` : '';
    return `The ${name} network diverged at step ${gone.diverged}: its loss blew up, so it stopped.${after}${rescue('it')}`;
  }
  const step = commonEvaluatedStep(plain, residual);
  if (step === 0) {
    const start = evaluationAt(plain, 0) && evaluationAt(residual, 0) ? ` Both start from the page's weights (step 0).` : '';
    return `Press play to train both networks for ${steps(goal)} on the same minibatches.${start}`;
  }
  return (
    `After ${steps(step)} the plain network's training loss ${change(plain, step)}; ` +
    `the residual network's ${change(residual, step)}.${accuracies(run, step)}`
  );
}
