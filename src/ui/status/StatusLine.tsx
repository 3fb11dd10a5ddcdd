// One line saying what the numbers on screen are: being computed, a quick preview being
// refined, or final (with how long the computation took).

import { useAppStore } from '../../store/store';

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function StatusLine() {
  const computing = useAppStore((s) => s.computing);
  const resultFinal = useAppStore((s) => s.resultFinal);
  const hasResult = useAppStore((s) => s.result !== null);
  const lastMs = useAppStore((s) => s.lastMs);
  let text = '';
  if (computing) text = !hasResult ? 'Computing…' : resultFinal ? 'Updating…' : 'Refining…';
  else if (hasResult && !resultFinal) text = 'Preview';
  else if (hasResult && typeof lastMs === 'number' && Number.isFinite(lastMs)) text = `Computed in ${formatDuration(lastMs)}`;
  return (
    <p className={`status-line${computing ? ' status-line--busy' : ''}`}>
      {text ? <span className="status-line__dot" aria-hidden="true" /> : null}
      {text}
    </p>
  );
}
