// Part 6, "predict, then drag": what a change of the gradient's size from the top layer to
// layer 0 is called. A factor beyond ten either way is a decade lost or gained, and that is
// where the page's own verdicts start to say "vanishes" or "explodes".

/** What happens to the gradient between the top layer and layer 0. */
export const GROWTHS = ['vanish', 'keep', 'explode'] as const;
export type Growth = (typeof GROWTHS)[number];

/** |log10 ratio| up to this counts as keeping its size. */
export const KEEP_DECADES = 1;

/** The growth a ratio ‖∇_{F_0}L‖ / ‖∇_{F_L}L‖ = 10^log10Ratio shows. */
export function classifyGrowth(log10Ratio: number): Growth {
  if (log10Ratio < -KEEP_DECADES) return 'vanish';
  if (log10Ratio > KEEP_DECADES) return 'explode';
  return 'keep';
}

/** The decade a ratio falls in, as a student would say it: 10^-4.6 is "about 10^-5". */
export function nearestDecade(log10Ratio: number): number {
  return Math.round(log10Ratio) || 0;
}
