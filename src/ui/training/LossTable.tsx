// The loss chart's numbers as a table: one row per evaluated step, each network's training and
// held-out loss (and held-out accuracy for a classifier). Styled and scrolled like the page's
// layer tables.

import { useId } from 'react';
import type { Arch } from '../../core';
import type { EvaluationPoint } from '../../worker/trainingProtocol';
import type { TrainingRunState } from '../../store/trainingSlice';
import { MISSING } from '../format';
import { formatLoss, formatPercent } from './formatTraining';

interface LossTableProps {
  run: TrainingRunState;
  classification: boolean;
}

const ARCHS: readonly Arch[] = ['plain', 'residual'];
const NAMES: Record<Arch, string> = { plain: 'Plain', residual: 'Residual' };

export function LossTable({ run, classification }: LossTableProps) {
  const captionId = useId();
  const byStep = ARCHS.map((arch) => new Map<number, EvaluationPoint>(run[arch].evaluations.map((e) => [e.step, e])));
  const steps = [...new Set(byStep.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const cells = (e: EvaluationPoint | undefined) => [
    e ? formatLoss(e.trainLoss) : MISSING,
    e ? formatLoss(e.testLoss) : MISSING,
    ...(classification ? [e && e.testAccuracy !== null ? formatPercent(e.testAccuracy) : MISSING] : []),
  ];
  const headers = ['training loss', 'held-out loss', ...(classification ? ['held-out accuracy'] : [])];
  return (
    <div className="layer-table" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table>
        <caption id={captionId}>Loss at each evaluated step</caption>
        <thead>
          <tr>
            <th scope="col">step</th>
            {ARCHS.flatMap((arch) => headers.map((h) => <th key={`${arch}${h}`} scope="col">{`${NAMES[arch]} ${h}`}</th>))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step}>
              <th scope="row" className="num">
                {step}
              </th>
              {byStep.flatMap((m, i) =>
                cells(m.get(step)).map((text, j) => (
                  <td key={`${i}-${j}`} className="num">
                    {text}
                  </td>
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
