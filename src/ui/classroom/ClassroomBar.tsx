// The classroom toolbar in the page header: start or leave the guided tour, enter or leave
// presentation mode (also the key P), the presenter view in a second window (S), full screen
// while presenting, and the colour theme.

import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { openPresenterView } from '../../presenter/presenterWindow';
import { enterFullscreen, fullscreenAvailable, leaveFullscreen } from './fullscreen';
import { ThemeToggle } from './ThemeToggle';
import { useFullscreenState } from './useFullscreenState';
import './classroom.css';

export function ClassroomBar() {
  const inTour = useAppStore((s) => s.scene !== null);
  const present = useAppStore((s) => s.present);
  const goToScene = useAppStore((s) => s.goToScene);
  const leaveTour = useAppStore((s) => s.leaveTour);
  const setPresent = useAppStore((s) => s.setPresent);
  const addNotice = useAppStore((s) => s.addNotice);
  const fullscreen = useFullscreenState();
  const [canFullscreen] = useState(fullscreenAvailable);

  const togglePresent = () => {
    if (present) leaveFullscreen();
    setPresent(!present);
  };
  const toggleFullscreen = async () => {
    if (fullscreen) return leaveFullscreen();
    const problem = await enterFullscreen();
    if (problem) addNotice(problem);
  };

  return (
    <div className="classroom-bar" role="group" aria-label="Classroom">
      <button type="button" className="button" aria-pressed={inTour} onClick={() => (inTour ? leaveTour() : goToScene(0))}>
        {/* "Tour" on narrower screens; its name stays "Guided tour" */}
        <span className="app-header__wide-text">Guided </span>
        <span className="app-header__short-text">tour</span>
      </button>
      <button type="button" className="button" aria-pressed={present} aria-keyshortcuts="P" onClick={togglePresent}>
        Present <kbd className="classroom-bar__key">P</kbd>
      </button>
      <button
        type="button"
        className="button classroom-bar__presenter"
        aria-keyshortcuts="S"
        onClick={() => {
          const problem = openPresenterView(useAppStore);
          if (problem) addNotice(problem);
        }}
      >
        {/* "Notes" on narrower screens; its name stays "Presenter notes" */}
        <span className="app-header__wide-text">Presenter </span>
        <span className="app-header__short-text">notes</span> <kbd className="classroom-bar__key">S</kbd>
      </button>
      {present && canFullscreen ? (
        <button type="button" className="button" aria-pressed={fullscreen} onClick={() => void toggleFullscreen()}>
          Full screen
        </button>
      ) : null}
      <ThemeToggle />
    </div>
  );
}
