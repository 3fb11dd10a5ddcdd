// One line saying what the numbers on screen are: being computed, a quick preview being
// refined, or final (with how long the computation took). While a very large network is
// computed, the chart keeps the previous settings' result; the line says so and for how long.

import { useAppStore } from '../../store/store';
import { paramsKey } from '../../store/urlCodec';
import { estimateWork } from '../../worker/cost';

/** Work (multiply-adds, weight drawing included) above which a computation takes ~10 s or more. */
const LARGE_WORK = 1e10;

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function StatusLine() {
  const computing = useAppStore((s) => s.computing);
  const resultFinal = useAppStore((s) => s.resultFinal);
  const hasResult = useAppStore((s) => s.result !== null);
  const lastMs = useAppStore((s) => s.lastMs);
  const stale = useAppStore((s) => s.result !== null && s.resultParamsKey !== paramsKey(s.params));
  const large = useAppStore((s) => estimateWork(s.params, s.params.arch) > LARGE_WORK);
  let text = '';
  if (computing) text = !hasResult ? 'Computing…' : stale ? 'Computing new settings…' : resultFinal ? 'Updating…' : 'Refining…';
  if (computing && large) text += ' (a large network: up to minutes)';
  else if (hasResult && !resultFinal) text = 'Preview';
  else if (hasResult && typeof lastMs === 'number' && Number.isFinite(lastMs)) text = `Computed in ${formatDuration(lastMs)}`;
  return (
    <p className={`status-line${computing ? ' status-line--busy' : ''}`}>
      {text ? <span className="status-line__dot" aria-hidden="true" /> : null}
      {text}
    </p>
  );
}
