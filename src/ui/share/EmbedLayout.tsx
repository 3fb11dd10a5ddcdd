// The page inside another page's iframe (?embed=1 or #embed=1): the main figure and the
// controls the link leaves visible, under a one-line bar that links back to the full page with
// the same settings (target=_top, so it replaces the course page rather than the frame).

import { SHARE_CONTROLS } from '../../store/shareSlice';
import { useAppStore } from '../../store/store';
import { GradientFigure } from '../chart/GradientFigure';
import { ControlsPanel } from '../controls/ControlsPanel';
import { ErrorBanner } from '../status/ErrorBanner';
import { Notices } from '../status/Notices';
import { StatusLine } from '../status/StatusLine';
import { pageLink } from './shareLinks';
import './share.css';

export function EmbedLayout() {
  const fullPage = useAppStore((s) => pageLink(window.location, s));
  const allHidden = useAppStore((s) => s.hidden.length === SHARE_CONTROLS.length);
  return (
    <div className="embed">
      <header className="embed__bar">
        <p className="embed__title">Gradient Flow</p>
        <StatusLine />
        <a className="embed__full" href={fullPage} target="_top">
          Open the full page<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      <main className={`embed__body${allHidden ? ' embed__body--figure-only' : ''}`}>
        {allHidden ? null : (
          <div className="embed__controls">
            <ControlsPanel />
          </div>
        )}
        <div className="embed__figure">
          <Notices />
          <ErrorBanner />
          <GradientFigure />
        </div>
      </main>
    </div>
  );
}
