// Stepping buttons of the tour. The forward button keeps its place (and focus) while its
// label goes from "Reveal the answer" to "Next scene", so a reader can press it repeatedly.
// Presentation mode shows only the arrows; the words stay for screen readers.

import { SCENES } from '../../store/classroomScenes';
import { useAppStore } from '../../store/store';

export function SceneNav() {
  const scene = useAppStore((s) => s.scene) ?? 0;
  const revealed = useAppStore((s) => s.sceneRevealed);
  const stepForward = useAppStore((s) => s.stepForward);
  const stepBack = useAppStore((s) => s.stepBack);
  const leaveTour = useAppStore((s) => s.leaveTour);
  const atStart = scene === 0;
  const atEnd = scene === SCENES.length - 1 && revealed;

  return (
    <div className="scene-nav">
      <button type="button" className="button" aria-disabled={atStart} onClick={() => (atStart ? undefined : stepBack())}>
        <span aria-hidden="true">←</span>
        <span className="scene-nav__words"> Previous scene</span>
      </button>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={atEnd}
        aria-keyshortcuts="ArrowRight PageDown Space"
        onClick={() => (atEnd ? undefined : stepForward())}
      >
        <span className="scene-nav__words">{atEnd ? 'End of the tour' : revealed ? 'Next scene ' : 'Reveal the answer '}</span>
        {atEnd ? null : <span aria-hidden="true">→</span>}
      </button>
      <button type="button" className="button scene-nav__leave" onClick={leaveTour}>
        Leave the tour
      </button>
      <p className="scene-nav__keys">
        Keys: <kbd>→</kbd> <kbd>Space</kbd> or <kbd>PgDn</kbd> forward, <kbd>←</kbd> or <kbd>PgUp</kbd> back.
      </p>
    </div>
  );
}
