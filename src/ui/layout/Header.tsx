// Page header: title, the one-line question the page answers, the compute status, the
// share toolbar (copy link, customise, export) and the classroom toolbar (tour, present, theme).
// On a phone the two toolbars fold into one Menu button beside the title.

import { useId, useState } from 'react';
import { ClassroomBar } from '../classroom/ClassroomBar';
import { ShareBar } from '../share/ShareBar';
import { StatusLine } from '../status/StatusLine';

export function Header() {
  const menuId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1 className="app-title">Gradient Flow</h1>
        <p className="app-subtitle">
          Why deep plain networks are hard to train and residual networks are not: follow the gradient back through every layer.
        </p>
      </div>
      <button
        type="button"
        className="button app-header__menu-button"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        Menu
      </button>
      <div className="app-header__side">
        <StatusLine />
        <div id={menuId} className={menuOpen ? 'app-header__tools app-header__tools--open' : 'app-header__tools'}>
          <ShareBar />
          <ClassroomBar />
        </div>
      </div>
    </header>
  );
}
