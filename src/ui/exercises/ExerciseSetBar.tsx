// Which exercise set is on screen: its number, a button for new numbers (not in a locked set)
// and the link an instructor hands out, which fixes the set for the student.

import { useState } from 'react';
import { exerciseSeedOf, MAX_EXERCISE_SEED } from '../../store/exercisesSlice';
import { useAppStore } from '../../store/store';
import { copyText } from '../share/copyText';

/** A fresh seed for "New numbers": any set is as good as another, so the browser's generator will do. */
function randomSeed(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0] % (MAX_EXERCISE_SEED + 1);
}

/** The page's address with the hash replaced by a link to set `seed`, locked. */
function lockedLink(seed: number): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#ex=${seed}&exlock=1`;
}

export function ExerciseSetBar() {
  const seed = useAppStore(exerciseSeedOf);
  const locked = useAppStore((s) => s.exLocked);
  const setExSeed = useAppStore((s) => s.setExSeed);
  const [copied, setCopied] = useState('');
  const copy = async () => setCopied((await copyText(lockedLink(seed))) ? 'Link copied.' : `Copying was refused: the link is ${lockedLink(seed)}`);
  return (
    <div className="ex-set">
      <p className="ex-set__seed">
        Exercise set <strong className="num" data-ex-seed={seed}>{seed}</strong>
        {locked ? <span className="ex-set__lock"> — fixed by your link, so everyone checking it sees your numbers</span> : null}
      </p>
      {locked ? null : (
        <div className="ex-set__actions">
          <button type="button" className="button button--small" onClick={() => setExSeed(randomSeed())}>
            New numbers
          </button>
          <button type="button" className="button button--small" onClick={() => void copy()}>
            Copy a student link to this set
          </button>
          <span role="status" className="ex-set__copied">{copied}</span>
        </div>
      )}
    </div>
  );
}
