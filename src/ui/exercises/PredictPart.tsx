// Part 6, "predict, then drag": the student says what will happen to layer 0's gradient in one
// of the tour's scenes before its answer is revealed, then opens the scene; the outcome is read
// from the live core result (see store/exercisePrediction.ts) and recorded beside the prediction.

import { useId, useMemo, useState } from 'react';
import { GROWTHS, nearestDecade, type Growth } from '../../core/exercises';
import { SCENES } from '../../store/classroomScenes';
import { predictionSceneOf } from '../../store/exercisePrediction';
import { exerciseSeedOf } from '../../store/exercisesSlice';
import { useAppStore } from '../../store/store';
import { SceneText } from '../classroom/SceneText';
import { Log10Number } from '../Log10Number';

export const GROWTH_TEXT: Record<Growth, string> = {
  vanish: 'vanish (shrink by more than ten times)',
  keep: 'keep its size (within a factor of ten)',
  explode: 'explode (grow by more than ten times)',
};

function scrollToChart() {
  document.querySelector('.layout__figure')?.scrollIntoView({ block: 'start' });
}

export function PredictPart() {
  const name = useId();
  const decadeId = useId();
  const seed = useAppStore(exerciseSeedOf);
  const scene = useMemo(() => predictionSceneOf(seed), [seed]);
  const prediction = useAppStore((s) => s.exProgress.prediction);
  const recordPrediction = useAppStore((s) => s.recordPrediction);
  const goToScene = useAppStore((s) => s.goToScene);
  const [said, setSaid] = useState<Growth | null>(null);
  const [decade, setDecade] = useState('');
  const decadeValue = decade.trim() === '' ? null : Number(decade.trim().replace('−', '-'));
  const decadeOk = decadeValue === null || (Number.isInteger(decadeValue) && Math.abs(decadeValue) <= 999);
  const { title, story, question } = SCENES[scene];

  const commit = () => {
    if (said === null || !decadeOk) return;
    recordPrediction(said, decadeValue, scene);
    goToScene(scene);
    scrollToChart();
  };

  if (prediction !== null && prediction.scene === scene) {
    const { saw } = prediction;
    return (
      <div className="ex-predict" data-predict={saw ? 'done' : 'pending'}>
        <p>
          <strong>{title}.</strong> You said layer 0’s gradient would {GROWTH_TEXT[prediction.said].split(' (')[0]}
          {prediction.decade === null ? '' : <>, about <Log10Number log10={prediction.decade} /> of the top</>}.
        </p>
        {saw === null ? (
          <>
            <p>Now reveal the scene’s answer above the chart: the chart will answer, and the result is recorded here.</p>
            <button type="button" className="button" onClick={() => { goToScene(scene); scrollToChart(); }}>
              Go to the scene
            </button>
          </>
        ) : (
          <div role="status">
            <p>
              The chart: layer 0’s gradient is <Log10Number log10={saw.log10} /> of the top, so it {saw.growth === 'keep' ? 'keeps its size' : `${saw.growth}s`}.{' '}
              {saw.growth === prediction.said ? 'Your prediction was right' : 'Your prediction was not right'}
              {prediction.decade === null ? '.' : `, and your power of ten was ${Math.abs(prediction.decade - nearestDecade(saw.log10)) <= 1 ? 'within one decade' : `off by ${Math.abs(prediction.decade - nearestDecade(saw.log10))} decades`}.`}
            </p>
            <p>Now drag σ<sub>w</sub> or the depth and watch the gradient at layer 0 follow.</p>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="ex-predict" data-predict="open">
      <p><strong>{title}.</strong> <SceneText text={story} /></p>
      <p><SceneText text={question} /></p>
      <fieldset className="ex-choice">
        <legend className="ex-choice__legend">Before you look: layer 0’s gradient will…</legend>
        {GROWTHS.map((g) => (
          <label key={g} className="ex-choice__option">
            <input type="radio" name={name} value={g} checked={said === g} onChange={() => setSaid(g)} />
            <span>{GROWTH_TEXT[g]}</span>
          </label>
        ))}
      </fieldset>
      <p className="ex-predict__decade">
        <label htmlFor={decadeId}>About 10 to the power (optional, a whole number)</label>{' '}
        <input id={decadeId} className="ex-cell__input num" type="text" inputMode="numeric" value={decade}
          aria-invalid={decadeOk ? undefined : true} onChange={(e) => setDecade(e.target.value)} />
        {decadeOk ? null : <span className="ex-cell__mark" data-mark="invalid">✗ not a whole number</span>}
      </p>
      <button type="button" className="button button--primary" onClick={commit} disabled={said === null || !decadeOk}>
        Record my prediction and open the scene
      </button>
    </div>
  );
}
