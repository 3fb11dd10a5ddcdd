// Part 5's second item: why the residual gradient cannot vanish. The options come in the set's
// own order; the first answer is what the record keeps, and the explanation follows any answer.

import { useId, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';
import { MathTex } from '../derivations/MathTex';

const Fk = <>F<sub>k</sub></>;

const OPTIONS: readonly { text: ReactNode; right: boolean }[] = [
  { text: <>The identity term passes ∇<sub>{Fk}</sub>L down unchanged; the branch only adds W<sub>k</sub><sup>⊤</sup>D<sub>k</sub>V<sub>k</sub><sup>⊤</sup>∇<sub>{Fk}</sub>L to it, so only a branch that cancels it could make it small.</>, right: true },
  { text: <>Because σ′ is never zero, D<sub>k</sub> is invertible, so no layer can shrink the gradient.</>, right: false },
  { text: <>Because the weights W<sub>k</sub> and V<sub>k</sub> are orthogonal, every layer keeps the gradient’s norm.</>, right: false },
  { text: 'Because the loss gradient at the top layer has norm 1, every layer below has norm 1 too.', right: false },
];

interface WhyChoiceProps {
  /** the order to list OPTIONS in */
  order: readonly number[];
}

export function WhyChoice({ order }: WhyChoiceProps) {
  const name = useId();
  const status = useAppStore((s) => s.exProgress.status.why);
  const record = useAppStore((s) => s.recordExercise);
  const [picked, setPicked] = useState<number | null>(null);
  const [answered, setAnswered] = useState<number | null>(null);
  const done = answered !== null || status === 'right' || status === 'wrong';

  const answer = () => {
    if (picked === null) return;
    setAnswered(picked);
    record('why', OPTIONS[picked].right ? 'right' : 'wrong');
  };

  return (
    <fieldset className="ex-choice" data-choice="why">
      <legend className="ex-choice__legend">Why can ∇<sub>F<sub>k−1</sub></sub>L of a residual block not vanish, however small the branch’s Jacobian is?</legend>
      {order.map((i) => (
        <label key={i} className="ex-choice__option">
          <input type="radio" name={name} value={i} checked={picked === i} onChange={() => setPicked(i)} />
          <span>{OPTIONS[i].text}</span>
        </label>
      ))}
      <div className="ex-actions">
        <button type="button" className="button button--primary" onClick={answer} disabled={picked === null}>
          Answer
        </button>
      </div>
      <div role="status" className="ex-feedback">
        {answered !== null ? <p>{OPTIONS[answered].right ? 'Right.' : 'Not this one.'}</p> : null}
        {done ? (
          <div className="ex-choice__explanation">
            <p>
              The block’s backward step is the identity plus the branch: whatever W<sub>k</sub><sup>⊤</sup>D<sub>k</sub>V<sub>k</sub><sup>⊤</sup> does, ∇<sub>F<sub>k</sub></sub>L itself is carried down. Only a branch that nearly cancels it can shrink it, and the triangle inequality bounds how much:
            </p>
            <MathTex id="residual.proof.bound" display />
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
