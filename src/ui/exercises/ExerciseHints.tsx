// The hints of one exercise: the page's own derivation for that part, one step per click. The
// formulas are the derivations' and the equations panel's (by id, from one TeX source).

import { useState, type ReactNode } from 'react';
import { MathTex } from '../derivations/MathTex';
import type { MathId } from '../derivations/derivationsTex';
import { ExerciseMath } from './ExerciseMath';

export interface Hint {
  text: ReactNode;
  /** formulas of the derivations, by id */
  math?: readonly MathId[];
  /** a formula of this exercise alone (its activation's slope) */
  tex?: string;
}

interface ExerciseHintsProps {
  /** a test hook */
  item: string;
  hints: readonly Hint[];
}

export function ExerciseHints({ item, hints }: ExerciseHintsProps) {
  const [shown, setShown] = useState(0);
  const more = shown < hints.length;
  return (
    <div className="ex-hints" data-hints={item}>
      {shown > 0 ? (
        <ol className="ex-hints__list">
          {hints.slice(0, shown).map((h, i) => (
            <li key={i} className="ex-hints__step">
              <p>{h.text}</p>
              {h.math?.map((id) => <MathTex key={id} id={id} display />)}
              {h.tex ? <ExerciseMath tex={h.tex} display /> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="button button--small" onClick={() => setShown(shown + 1)} disabled={!more}>
        {shown === 0 ? 'Hint' : more ? `Next hint (${shown + 1} of ${hints.length})` : 'No more hints'}
      </button>
    </div>
  );
}
