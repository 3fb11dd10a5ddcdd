// Hides the figures while a scene's question is open, so the class predicts before it sees the
// curves. They stay laid out (and keep measuring their size) but are hidden and inert; a short
// note takes their place. (The equations' layer readout is hidden by data-veiled on <html>.)

import type { ReactNode } from 'react';
import { useAppStore } from '../../store/store';

interface SceneVeilProps {
  /** the figures to hide */
  children: ReactNode;
}

export function SceneVeil({ children }: SceneVeilProps) {
  const veiled = useAppStore((s) => s.scene !== null && !s.sceneRevealed);
  const revealAnswer = useAppStore((s) => s.revealAnswer);
  return (
    <div className={veiled ? 'scene-veil scene-veil--on' : 'scene-veil'}>
      <div className="scene-veil__content" inert={veiled} aria-hidden={veiled || undefined}>
        {children}
      </div>
      {veiled ? (
        <div className="scene-veil__cover">
          <p className="scene-veil__text">Predict first: the chart appears with the answer.</p>
          <button type="button" className="button button--primary" onClick={revealAnswer}>
            Reveal the answer
          </button>
        </div>
      ) : null}
    </div>
  );
}
