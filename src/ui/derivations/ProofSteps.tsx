// The steps of a proof revealed so far, in order, and a placeholder for the next one: a step not
// yet revealed is not in the page at all, so nobody can read ahead of the instructor. A formula
// the theorem states (one of the equations panel's) is marked as the step's result.

import type { ReactNode } from 'react';
import { isPanelEquation, type MathId } from './derivationsTex';
import { MathTex } from './MathTex';

export interface ProofStep {
  /** a stable key for the step */
  key: string;
  /** one or two sentences saying what the step does */
  text: ReactNode;
  /** its formulas, one display line each */
  math: readonly MathId[];
  /** anything shown under the formulas (live numbers) */
  extra?: ReactNode;
}

interface ProofStepsProps {
  steps: readonly ProofStep[];
  /** how many are revealed, 1..steps.length */
  shown: number;
  /** write the formulas with one W, V, b for every layer */
  tied?: boolean;
}

export function ProofSteps({ steps, shown, tied = false }: ProofStepsProps) {
  const total = steps.length;
  return (
    <>
      <ol className="proof__steps" aria-live="polite">
        {steps.slice(0, shown).map((step, i) => (
          <li key={step.key} className={`proof__step${i === shown - 1 && shown > 1 ? ' proof__step--new' : ''}`} data-step={i + 1}>
            <p className="proof__text">{step.text}</p>
            {step.math.map((id) => (
              <MathTex key={id} id={id} display tied={tied} className={isPanelEquation(id) ? 'dmath--result' : undefined} />
            ))}
            {step.extra}
          </li>
        ))}
      </ol>
      {shown < total ? (
        <p className="proof__next-placeholder" aria-hidden="true">
          What comes next? <span className="muted">Step {shown + 1} of {total}</span>
        </p>
      ) : null}
    </>
  );
}
