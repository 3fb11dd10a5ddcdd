// The page: header, then controls | figure | equations on wide screens, stacking on narrow ones.
// Inside an iframe (embed in the URL) only the figure and its controls. The guided tour's card
// sits above the figure; presentation mode (styles/presentation.css) keeps figure and controls.

import { lazy } from 'react';
import { useAppStore } from '../store/store';
import { MoreControlsButton } from './classroom/MoreControlsButton';
import { SceneVeil } from './classroom/SceneVeil';
import { ScenePanel } from './classroom/ScenePanel';
import { useClassroomKeys } from './classroom/useClassroomKeys';
import { useDocumentClassroom } from './classroom/useDocumentClassroom';
import { ControlsPanel } from './controls/ControlsPanel';
import { Equations } from './equations/Equations';
import { GradientFigure } from './chart/GradientFigure';
import { DeferredSection } from './layout/DeferredSection';
import { Header } from './layout/Header';
import { SmallMultiples } from './multiples/SmallMultiples';
import { EmbedLayout } from './share/EmbedLayout';
import { LazyExercises } from './exercises/LazyExercises';
import { ErrorBanner } from './status/ErrorBanner';
import { Notices } from './status/Notices';
import './styles/theme.css';
import './styles/layout.css';
import './styles/presentation.css';
import './status/status.css';

// Below the first screen: their code loads after the first chart (precached for offline use).
const DeeperViews = lazy(() => import('./theory/DeeperViews').then((m) => ({ default: m.DeeperViews })));
const Derivations = lazy(() => import('./derivations/Derivations').then((m) => ({ default: m.Derivations })));
const TrainingPanel = lazy(() => import('./training/TrainingPanel').then((m) => ({ default: m.TrainingPanel })));

export function App() {
  const embed = useAppStore((s) => s.embed);
  const embedExercise = useAppStore((s) => s.embed && s.exerciseOpen !== null);
  useDocumentClassroom();
  useClassroomKeys();
  if (embedExercise) return <LazyExercises />;
  if (embed) return <EmbedLayout />;
  return (
    <div className="app">
      <Header />
      <main className="layout">
        <div className="layout__controls">
          <ControlsPanel />
          <MoreControlsButton />
        </div>
        <div className="layout__figure">
          <Notices />
          <ErrorBanner />
          <ScenePanel />
          <SceneVeil>
            <GradientFigure />
            <SmallMultiples />
          </SceneVeil>
          <DeferredSection intrinsicHeight="400px" afterFirstChart>
            <DeeperViews />
          </DeferredSection>
        </div>
        <div className="layout__equations">
          <Equations />
        </div>
      </main>
      <DeferredSection intrinsicHeight="4000px" afterFirstChart>
        <Derivations />
      </DeferredSection>
      <DeferredSection intrinsicHeight="4000px" afterFirstChart className="ex-deferred">
        <LazyExercises />
      </DeferredSection>
      <DeferredSection intrinsicHeight="1600px" afterFirstChart>
        <TrainingPanel />
      </DeferredSection>
    </div>
  );
}
