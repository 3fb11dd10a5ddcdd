// The presenter view's top bar: whether the projected screen is linked, the timer, and the
// clicker's actions as buttons (previous, next, blank the wall).

import { useAppStore } from '../../store/store';
import { SceneNav } from '../classroom/SceneNav';
import { ThemeToggle } from '../classroom/ThemeToggle';
import { PresenterTimer } from './PresenterTimer';

export function PresenterBar() {
  const linked = useAppStore((s) => s.linkedWindows.includes('projector'));
  const blank = useAppStore((s) => s.blank);
  const setBlank = useAppStore((s) => s.setBlank);
  return (
    <header className="presenter-bar">
      <h1 className="presenter-bar__title">Presenter view</h1>
      <p className={linked ? 'presenter-bar__link' : 'presenter-bar__link presenter-bar__link--off'} role="status">
        {linked ? 'Projected screen linked' : 'Projected screen not open: press S in the page to link one'}
      </p>
      <PresenterTimer />
      <button type="button" className="button" aria-pressed={blank} aria-keyshortcuts="B" onClick={() => setBlank(!blank)}>
        Blank screen <kbd className="classroom-bar__key">B</kbd>
      </button>
      <ThemeToggle />
      <SceneNav />
    </header>
  );
}
