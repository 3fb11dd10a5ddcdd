// A part of the page that follows the results only while it is on screen. Its components
// read the store through useSectionStore: on screen that is the store itself; off screen the
// state they last took, brought up to date when the section scrolls into view or when the
// changes stop (a slider drag has ended). The element gets `content-visibility: auto` so the
// browser skips its style, layout and paint while it is off screen. With `afterFirstChart`
// (and React.lazy children) the section's code loads once the first chart is in.

import { createContext, startTransition, Suspense, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { createDeferredView, type DeferredView } from './deferredView';
import { useOnScreen } from './useOnScreen';
import './deferred.css';

const SectionView = createContext<DeferredView | null>(null);

interface DeferredSectionProps {
  children: ReactNode;
  /** a height to reserve while the section is skipped, e.g. '1600px' (its last size is kept once drawn) */
  intrinsicHeight?: string;
  className?: string;
  /**
   * Render the children only once the first chart is in (or the first request failed): with
   * React.lazy children their code then loads after the first chart, not before it.
   */
  afterFirstChart?: boolean;
}

export function DeferredSection({ children, intrinsicHeight = '1000px', className, afterFirstChart = false }: DeferredSectionProps) {
  const [view] = useState(() => createDeferredView(useAppStore));
  const firstChartIn = useFirstChartPainted();
  const placeholder = <div className="deferred-section__placeholder" style={{ height: intrinsicHeight }} />;
  const shown = afterFirstChart && !firstChartIn ? placeholder : <Suspense fallback={placeholder}>{children}</Suspense>;
  const [ref, onScreen] = useOnScreen<HTMLDivElement>();
  useEffect(() => view.setOnScreen(onScreen), [view, onScreen]);
  useEffect(() => () => view.dispose(), [view]);
  return (
    <div ref={ref} className={className ? `deferred-section ${className}` : 'deferred-section'} style={{ containIntrinsicSize: `auto ${intrinsicHeight}` }}>
      <SectionView.Provider value={view}>{shown}</SectionView.Provider>
    </div>
  );
}

/** True from the frame after the first result (or the first error) was drawn. */
function useFirstChartPainted(): boolean {
  const answered = useAppStore((s) => s.result !== null || s.error !== null);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!answered || painted) return;
    // requestAnimationFrame runs before that frame's paint; the timeout after it
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A transition: the sections' first render (KaTeX, tables) yields to a slider dragged meanwhile.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [answered, painted]);
  return painted;
}

const subscribeToStore = (listener: () => void) => useAppStore.subscribe(listener);

/**
 * The store as the enclosing DeferredSection shows it (the store itself outside one). The
 * selector must return a part of the state or a primitive, as with useAppStore.
 */
export function useSectionStore<T>(selector: (s: AppState) => T): T {
  const view = useContext(SectionView);
  const subscribe = view ? view.subscribe : subscribeToStore;
  const read = () => selector(view ? view.getState() : useAppStore.getState());
  return useSyncExternalStore(subscribe, read, read);
}

/** The enclosing DeferredSection's view of the store (null outside one), for effects that follow it. */
export function useSectionView(): DeferredView | null {
  return useContext(SectionView);
}
