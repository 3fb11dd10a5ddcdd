// The classroom's keyboard: P toggles presentation mode, Escape leaves it, and during the
// tour the keys a presentation clicker sends (→ ← PageDown PageUp Space) step through the
// scenes. Keys the focused control uses itself are left to it (see keyTargets.ts).

import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { classroomAction, focusKind, type FocusTarget } from './keyTargets';
import { leaveFullscreen } from './fullscreen';

export function useClassroomKeys(): void {
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
      });
      if (action === null) return;
      e.preventDefault();
      if (action === 'forward') s.stepForward();
      else if (action === 'back') s.stepBack();
      else if (action === 'present') {
        if (s.present) leaveFullscreen();
        s.setPresent(!s.present);
      } else {
        leaveFullscreen();
        s.setPresent(false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
