// The classroom's keyboard: P toggles presentation mode, Escape leaves it, S opens the
// presenter view, and while presenting B blanks the screen, F toggles full screen and C shows
// every control. During the tour the keys a presentation clicker sends (→ ← PageDown PageUp
// Space) step through the scenes, in the projected window and the presenter view alike. Keys
// the focused control uses itself are left to it (see keyTargets.ts).

import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { classroomAction, focusKind, type FocusTarget } from './keyTargets';
import { openPresenterView } from '../../presenter/presenterWindow';
import { enterFullscreen, isFullscreen, leaveFullscreen } from './fullscreen';

async function toggleFullscreen(report: (message: string) => void) {
  if (isFullscreen()) return leaveFullscreen();
  const problem = await enterFullscreen();
  if (problem) report(problem);
}

/** `presenterView`: this window is the presenter view, which has no presentation mode. */
export function useClassroomKeys(presenterView = false): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = useAppStore.getState();
      if (s.embed) return;
      const action = classroomAction({
        key: e.key,
        shift: e.shiftKey,
        modifier: e.ctrlKey || e.altKey || e.metaKey,
        focus: focusKind(e.target instanceof Element ? (e.target as FocusTarget) : null),
        inTour: s.scene !== null,
        present: s.present,
        presenterView,
        moreControls: s.moreControls,
      });
      if (action === null) return;
      e.preventDefault();
      if (action === 'forward') s.stepForward();
      else if (action === 'back') s.stepBack();
      else if (action === 'blank') s.setBlank(!s.blank);
      else if (action === 'fullscreen') void toggleFullscreen(s.addNotice);
      else if (action === 'more-controls') s.setMoreControls(!s.moreControls);
      else if (action === 'presenter') {
        const problem = openPresenterView(useAppStore);
        if (problem) s.addNotice(problem);
      } else if (action === 'present') {
        if (s.present) leaveFullscreen();
        s.setPresent(!s.present);
      } else {
        leaveFullscreen();
        s.setPresent(false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenterView]);
}
