// The presenter's clock: time since the presenter view opened, which the presenter can pause
// and reset. It counts wall-clock time, so a tab in the background does not lose seconds.

import { useEffect, useState } from 'react';

/** m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function PresenterTimer() {
  // elapsed before the current run, and when the current run started (null while paused)
  const [banked, setBanked] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, []);
  const elapsed = banked + (since === null ? 0 : now - since);
  const toggle = () => {
    if (since === null) setSince(Date.now());
    else {
      setBanked(elapsed);
      setSince(null);
    }
  };
  const reset = () => {
    setBanked(0);
    setSince(since === null ? null : Date.now());
    setNow(Date.now());
  };
  return (
    <div className="presenter-timer" role="group" aria-label="Timer">
      <span className="presenter-timer__time num" role="timer" aria-label="Time elapsed">
        {formatElapsed(elapsed)}
      </span>
      <button type="button" className="button button--small" onClick={toggle}>
        {since === null ? 'Resume' : 'Pause'}
      </button>
      <button type="button" className="button button--small" onClick={reset}>
        Reset
      </button>
    </div>
  );
}
