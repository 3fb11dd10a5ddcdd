// The current scene as the presenter needs it: where we are, what to ask, what to expect and
// the number to point at (live numbers from the result on screen), and whether the class sees
// the answer yet. Outside the tour: a button to start it.

import { SCENES } from '../../store/classroomScenes';
import { SCENE_NOTES } from '../../store/sceneNotes';
import { useAppStore } from '../../store/store';
import { SceneText } from '../classroom/SceneText';

export function SceneNotesCard() {
  const scene = useAppStore((s) => s.scene);
  const revealed = useAppStore((s) => s.sceneRevealed);
  const goToScene = useAppStore((s) => s.goToScene);
  if (scene === null) {
    return (
      <section className="presenter-notes" aria-label="Scene notes">
        <p>The guided tour is not running; the class sees the explorable as you set it.</p>
        <button type="button" className="button button--primary" onClick={() => goToScene(0)}>
          Start the guided tour
        </button>
      </section>
    );
  }
  const current = SCENES[scene];
  const notes = SCENE_NOTES[current.id];
  return (
    <section className="presenter-notes" aria-labelledby="presenter-scene-title">
      <p className="presenter-notes__progress">
        Scene <span className="num">{scene + 1}</span> of {SCENES.length} · {revealed ? 'answer shown' : 'chart hidden: the class predicts'}
      </p>
      <h2 id="presenter-scene-title" className="presenter-notes__title">
        {current.title}
      </h2>
      <dl className="presenter-notes__list">
        <dt>Ask</dt>
        <dd>
          <SceneText text={notes?.ask ?? current.question} />
        </dd>
        <dt>Expect</dt>
        <dd>
          <SceneText text={notes?.expect ?? current.answer} />
        </dd>
        {notes ? (
          <>
            <dt>Point at</dt>
            <dd>
              <SceneText text={notes.point} />
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
