// The guided tour's card above the chart: where we are, the scene's sentences and its
// question, then (once revealed) the answer with live numbers; buttons to step, and a way
// back to the scene's setup when the reader has changed it. Keys: see useClassroomKeys.

import { useId } from 'react';
import { SCENES, sceneParams } from '../../store/classroomScenes';
import { useAppStore } from '../../store/store';
import { paramsKey } from '../../store/urlCodec';
import { SceneNav } from './SceneNav';
import { SceneText } from './SceneText';

export function ScenePanel() {
  const headingId = useId();
  const scene = useAppStore((s) => s.scene);
  const revealed = useAppStore((s) => s.sceneRevealed);
  const changed = useAppStore((s) => s.scene !== null && paramsKey(s.params) !== paramsKey(sceneParams(s.scene)));
  const goToScene = useAppStore((s) => s.goToScene);
  if (scene === null) return null;
  const { title, story, question, answer } = SCENES[scene];

  return (
    <section className={revealed ? 'scene-panel scene-panel--revealed' : 'scene-panel'} aria-labelledby={headingId}>
      <p className="scene-panel__progress">
        Scene {scene + 1} of {SCENES.length}
      </p>
      <h2 id={headingId} className="scene-panel__title">
        {title}
      </h2>
      <p className="scene-panel__story">
        <SceneText text={story} />
      </p>
      <p className="scene-panel__question">
        <span className="scene-panel__ask">Ask the class: </span>
        <SceneText text={question} />
      </p>
      <div className="scene-panel__answer" aria-live="polite">
        {revealed ? (
          <p>
            <SceneText text={answer} />
          </p>
        ) : null}
      </div>
      {changed ? (
        <p className="scene-panel__changed">
          The controls no longer show this scene’s setup, so its numbers describe your network.{' '}
          <button type="button" className="button button--small" onClick={() => goToScene(scene, revealed)}>
            Back to the scene’s setup
          </button>
        </p>
      ) : null}
      <SceneNav />
    </section>
  );
}
