// Numbers the training panel prints: losses, percentages, how a loss changed, speeds. Every
// helper returns readable text for any input: never "NaN", "Infinity" or "undefined".

import { formatLog10, MISSING } from '../format';

/** A loss to three significant digits: 0.690, 0.0521, 3.2×10⁻⁵, 1234; "overflow" when it left the float range. */
export function formatLoss(loss: number): string {
  if (Number.isNaN(loss)) return MISSING;
  if (loss === Infinity) return 'overflow';
  if (loss <= 0) return '0';
  if (loss >= 1e3 && loss < 1e6) return String(Math.round(loss));
  if (loss >= 1e-3 && loss < 1e3) return loss.toPrecision(3);
  return formatLog10(Math.log10(loss), 2);
}

/** A fraction as a percentage: 0.512 → "51 %", 0.9962 → "99.6 %", 0.0004 → "0.04 %" (a no-break space before %, so it never wraps alone). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return MISSING;
  const sign = fraction < 0 ? '−' : '';
  // a loss that grew a million-fold: 3.2×10⁸ %
  if (Math.abs(fraction) >= 1e4) return `${sign}${formatLog10(Math.log10(Math.abs(fraction)) + 2)}\u00a0%`;
  const p = Math.abs(fraction) * 100;
  if (p === 0) return '0\u00a0%';
  if (p < 0.1) return `${sign}${Number(p.toPrecision(1))}\u00a0%`;
  if (p < 10 || (p > 99 && p < 100)) return `${sign}${Number(p.toFixed(1))}\u00a0%`;
  return `${sign}${Math.round(p)}\u00a0%`;
}

/** "fell 99.6 % (0.70 → 0.0027)", "rose 4 % (…)", "barely moved (…)" for a loss going from `start` to `end`. */
export function lossChange(start: number, end: number): string {
  const span = `(${formatLoss(start)} → ${formatLoss(end)})`;
  if (!(Number.isFinite(start) && Number.isFinite(end)) || start <= 0) return `went ${span}`;
  const removed = (start - end) / start;
  if (Math.abs(removed) < 0.005) return `barely moved ${span}`;
  return removed > 0 ? `fell ${formatPercent(removed)} ${span}` : `rose ${formatPercent(-removed)} ${span}`;
}

/** "50 steps/s", "1 step/s", "as fast as possible". */
export function formatSpeed(stepsPerSecond: number | null): string {
  if (stepsPerSecond === null) return 'as fast as possible';
  return `${stepsPerSecond} ${stepsPerSecond === 1 ? 'step' : 'steps'}/s`;
}

/** Measured speed from ms per step: "≈ 48 steps/s", "≈ 0.6 steps/s"; "" before anything was measured. */
export function formatMeasuredSpeed(stepMs: number | null): string {
  if (stepMs === null || !(stepMs > 0) || !Number.isFinite(stepMs)) return '';
  const rate = 1000 / stepMs;
  if (!Number.isFinite(rate)) return '';
  return `≈ ${rate >= 10 ? Math.round(rate) : Number(rate.toPrecision(2))} steps/s`;
}

/** η as written on the page: 0.02, 3, 1×10⁻⁴. */
export function formatLearningRate(eta: number): string {
  if (!Number.isFinite(eta) || eta <= 0) return MISSING;
  if (eta >= 1e-3 && eta < 1e4) return String(Number(eta.toPrecision(3)));
  return formatLog10(Math.log10(eta), 2);
}
