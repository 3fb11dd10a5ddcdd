// The Exercises section: the course sheet's six parts to do, each checked at once against the
// core, with the student's progress, a completion code to hand in and a box where the
// instructor checks one. Self-contained, loaded lazily (LazyExercises.tsx): it owns its hooks.
// In embed mode with `exercise=N` it is the whole page, showing exercise N alone.

import { useMemo, type ReactNode } from 'react';
import { drawExerciseSet } from '../../core/exercises';
import { PREDICT_SCENES } from '../../store/exercisePrediction';
import { EXERCISE_COUNT, exerciseSeedOf } from '../../store/exercisesSlice';
import { useAppStore } from '../../store/store';
import { PlainStepPart, ResidualStepPart } from './BackwardParts';
import { CheckCode } from './CheckCode';
import { Checklist } from './Checklist';
import { CompletionCode } from './CompletionCode';
import { ExerciseSetBar } from './ExerciseSetBar';
import { ActivationPart, AffinePart, ChainPart } from './JacobianParts';
import { PredictPart } from './PredictPart';
import { useExerciseLink } from './useExerciseLink';
import { useExercisesStorage } from './useExercisesStorage';
import './exercises.css';

const TITLES = [
  'The Jacobian of an affine map',
  'The Jacobian of a componentwise activation',
  'One layer, by the chain rule',
  'One backward step of a plain layer',
  'One backward step of a residual block',
  'Predict, then drag',
] as const;

function ExerciseCard({ n, open, children }: { n: number; open: boolean; children: ReactNode }) {
  const openExercise = useAppStore((s) => s.openExercise);
  return (
    <li id={`exercise-${n}`} className={`ex-card${open ? ' ex-card--open' : ''}`} data-exercise={n} aria-labelledby={`exercise-${n}-title`}>
      <h3 id={`exercise-${n}-title`} className="ex-card__title">
        <span className="ex-card__number">{n}.</span> {TITLES[n - 1]}
      </h3>
      {open ? null : (
        <button type="button" className="button button--small ex-card__focus" onClick={() => openExercise(n)}>
          Focus on this exercise<span className="visually-hidden"> ({n})</span>
        </button>
      )}
      {children}
    </li>
  );
}

export default function ExercisesSection() {
  useExercisesStorage();
  useExerciseLink();
  const seed = useAppStore(exerciseSeedOf);
  const open = useAppStore((s) => s.exerciseOpen);
  const embed = useAppStore((s) => s.embed);
  const notice = useAppStore((s) => s.exStorageNotice);
  const dismiss = useAppStore((s) => s.dismissExStorageNotice);
  const openExercise = useAppStore((s) => s.openExercise);
  const set = useMemo(() => drawExerciseSet(seed, PREDICT_SCENES.length), [seed]);
  const parts: ReactNode[] = [
    <AffinePart key={`1-${seed}`} set={set} />,
    <ActivationPart key={`2-${seed}`} set={set} />,
    <ChainPart key={`3-${seed}`} set={set} />,
    <PlainStepPart key={`4-${seed}`} set={set} />,
    <ResidualStepPart key={`5-${seed}`} set={set} />,
    <PredictPart key={`6-${seed}`} />,
  ];
  const shown = embed && open !== null ? [open] : Array.from({ length: EXERCISE_COUNT }, (_, i) => i + 1);

  return (
    <section className={`ex-section${embed ? ' ex-section--embed' : ''}`} aria-labelledby="exercises-heading" data-ex-seed={seed}>
      <header className="ex-section__header">
        <h2 id="exercises-heading" className="section-title">Exercises</h2>
        <p className="ex-section__lead">
          The sheet’s six parts, with your own numbers. Type decimals or fractions such as −3/4; an entry within 1 % (or 0.001) of the exact value counts as right.
        </p>
        <ExerciseSetBar />
        {notice ? (
          <p className="ex-notice" role="alert">
            {notice}{' '}
            <button type="button" className="button button--small" onClick={dismiss}>Dismiss</button>
          </p>
        ) : null}
        {open !== null && !embed ? (
          <button type="button" className="button button--small ex-section__all" onClick={() => openExercise(null)}>
            Show every exercise
          </button>
        ) : null}
      </header>
      <div className="ex-section__body">
        <ol className="ex-section__list">
          {shown.map((n) => (
            <ExerciseCard key={n} n={n} open={open === n}>
              {parts[n - 1]}
            </ExerciseCard>
          ))}
        </ol>
        <aside className="ex-section__side" aria-label="Progress and completion code">
          <h3 className="ex-side__title">Your progress</h3>
          <Checklist />
          <CompletionCode />
          <h3 className="ex-side__title">For instructors</h3>
          <CheckCode />
        </aside>
      </div>
    </section>
  );
}
