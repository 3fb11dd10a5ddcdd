// The presenter view: a second window of the page on the laptop, linked to the projected screen
// (src/presenter). It holds the same store and computes the same results; it shows what the
// wall does not: the scene's notes, what comes next, a timer, and every control.

import { useLayoutEffect } from 'react';
import { useAppStore } from '../../store/store';
import { useClassroomKeys } from '../classroom/useClassroomKeys';
import { useDocumentClassroom } from '../classroom/useDocumentClassroom';
import { GradientFigure } from '../chart/GradientFigure';
import { ControlsPanel } from '../controls/ControlsPanel';
import { ErrorBanner } from '../status/ErrorBanner';
import { Notices } from '../status/Notices';
import { NextScene } from './NextScene';
import { PresenterBar } from './PresenterBar';
import { SceneNotesCard } from './SceneNotesCard';
import '../styles/theme.css';
import '../styles/layout.css';
import '../classroom/classroom.css';
import '../status/status.css';
import './presenter.css';

export function PresenterApp() {
  const setPresent = useAppStore((s) => s.setPresent);
  // This window is never the projected one: presentation mode is the other window's.
  useLayoutEffect(() => setPresent(false), [setPresent]);
  useDocumentClassroom(true);
  useClassroomKeys(true);
  return (
    <div className="presenter">
      <PresenterBar />
      <main className="presenter__main">
        <div className="presenter__notes">
          <Notices />
          <ErrorBanner />
          <SceneNotesCard />
          <NextScene />
        </div>
        <div className="presenter__figure">
          <GradientFigure />
        </div>
        <div className="presenter__controls">
          <ControlsPanel />
        </div>
      </main>
    </div>
  );
}
