// Page header: title, the one-line question the page answers, the compute status, the
// share toolbar (copy link, customise, export) and the classroom toolbar (tour, present, theme).

import { ClassroomBar } from '../classroom/ClassroomBar';
import { ShareBar } from '../share/ShareBar';
import { StatusLine } from '../status/StatusLine';

export function Header() {
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1 className="app-title">Gradient Flow</h1>
        <p className="app-subtitle">
          Why deep plain networks are hard to train and residual networks are not: follow the gradient back through every layer.
        </p>
      </div>
      <div className="app-header__side">
        <StatusLine />
        <ShareBar />
        <ClassroomBar />
      </div>
    </header>
  );
}
