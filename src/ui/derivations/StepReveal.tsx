// A derivation shown one step at a time, so an instructor can ask "what comes next?" before
// revealing it. The buttons, or the arrow keys while the proof has focus, move through the
// steps; how far each proof is revealed lives in the store. Buttons at an end are aria-disabled rather than disabled, so keyboard focus stays on them.

import { useId, type KeyboardEvent } from 'react';
import type { ProofId } from '../../store/derivationsSlice';
import { useSectionStore } from '../layout/DeferredSection';
import { ProofSteps, type ProofStep } from './ProofSteps';
import './proof.css';

interface StepRevealProps {
  proof: ProofId;
  /** short name of the derivation, used in its accessible name */
  title: string;
  steps: readonly ProofStep[];
  /** write the formulas with one W, V, b for every layer */
  tied?: boolean;
}

/** Keys that move through the steps while the proof has focus (clickers send Page keys). */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function StepReveal({ proof, title, steps, tied = false }: StepRevealProps) {
  const hintId = useId();
  const stored = useSectionStore((s) => s.proofSteps[proof] ?? 1);
  const setProofStep = useSectionStore((s) => s.setProofStep);
  const total = steps.length;
  const shown = Math.min(stored, total);
  const go = (n: number) => setProofStep(proof, Math.min(total, Math.max(1, n)));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const onButton = e.target instanceof HTMLButtonElement;
    if (NEXT_KEYS.has(e.key) || (e.key === ' ' && !onButton)) go(shown + 1);
    else if (BACK_KEYS.has(e.key)) go(shown - 1);
    else if (e.key === 'Home') go(1);
    else if (e.key === 'End') go(total);
    else return;
    e.preventDefault();
  };

  return (
    <div
      className="proof"
      role="group"
      tabIndex={0}
      aria-label={`${title}: step ${shown} of ${total} shown`}
      aria-describedby={hintId}
      data-proof={proof}
      onKeyDown={onKeyDown}
    >
      <ProofSteps steps={steps} shown={shown} tied={tied} />
      <div className="proof__controls">
        <button type="button" className="button button--small" onClick={() => go(shown + 1)} aria-disabled={shown >= total}>
          Next step
        </button>
        <button type="button" className="button button--small" onClick={() => go(shown - 1)} aria-disabled={shown <= 1}>
          Back
        </button>
        {shown < total ? (
          <button type="button" className="button button--small button--quiet" onClick={() => go(total)}>
            Show all
          </button>
        ) : (
          <button type="button" className="button button--small button--quiet" onClick={() => go(1)}>
            Start over
          </button>
        )}
        <span className="proof__count num" aria-hidden="true">
          {shown} / {total}
        </span>
        <span id={hintId} className="proof__hint">
          Keys: → next, ← back
        </span>
      </div>
    </div>
  );
}
