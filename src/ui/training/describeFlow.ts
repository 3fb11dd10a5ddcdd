// The gradient chart's sentence: at the step shown, how much of the gradient at the top layer
// reaches layer 0 in each network, so the number behind "vanishing" is on the page.

import { formatLog10 } from '../format';

/** One network's log10 gradient norms per layer (k = 0..L) at one step, or null if none yet. */
export interface FlowRow {
  name: 'plain' | 'residual';
  values: ArrayLike<number> | null;
}

/** "9.6×10⁻⁶ of" or "4.8 times" the top layer's gradient, from log10 norms per layer. */
function relative(values: ArrayLike<number>): string | null {
  const top = values[values.length - 1];
  const bottom = values[0];
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return null;
  const d = bottom - top;
  return d < 0 ? `${formatLog10(d)} of` : `${formatLog10(d)} times`;
}

export function describeFlow(step: number, rows: readonly FlowRow[]): string {
  const parts = rows.flatMap((row) => {
    const r = row.values && row.values.length > 1 ? relative(row.values) : null;
    return r === null ? [] : [{ name: row.name, r, top: row.values!.length - 1 }];
  });
  if (parts.length === 0) return `Gradient norm per layer: no measurement at step ${step} yet.`;
  const when = step === 0 ? 'Before training' : `At step ${step}`;
  const [first, second] = parts;
  const head = `${when} the gradient at layer 0 is ${first.r} the gradient at layer ${first.top} in the ${first.name} network`;
  return second ? `${head}, and ${second.r} it in the ${second.name} network.` : `${head}.`;
}
