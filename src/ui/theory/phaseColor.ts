// The phase diagram's colours: a diverging scale centred on 10⁰ (blue: the gradient vanishes
// on its way down, white: it keeps its size, red: it explodes), ColorBrewer's RdBu, which stays
// readable under the common colour-vision deficiencies. Beyond 10^±PHASE_LIMIT it saturates.

import { scaleLinear } from 'd3-scale';

/** Decades at which the colour saturates. */
export const PHASE_LIMIT = 6;
/** The band a network stays trainable in: |log10 ratio| ≤ this. */
export const TRAINABLE_DECADES = 2;

/** RdBu, 9 classes, blue (vanishing) to red (exploding). */
const RD_BU = ['#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#f7f7f7', '#fddbc7', '#f4a582', '#d6604d', '#b2182b'];

const scale = scaleLinear<string>()
  .domain(RD_BU.map((_, i) => -PHASE_LIMIT + (2 * PHASE_LIMIT * i) / (RD_BU.length - 1)))
  .range(RD_BU)
  .clamp(true);

/** Colour of a cell whose value is the log10 ratio; −Infinity (exactly zero) is the deepest blue. */
export function phaseColor(log10Ratio: number): string {
  if (log10Ratio === -Infinity) return RD_BU[0];
  if (log10Ratio === Infinity) return RD_BU[RD_BU.length - 1];
  return scale(log10Ratio);
}

/** Colour stops for the legend's gradient, offset 0..1 from −PHASE_LIMIT to +PHASE_LIMIT. */
export const PHASE_STOPS: readonly { offset: number; color: string }[] = RD_BU.map((color, i) => ({ offset: i / (RD_BU.length - 1), color }));

/** Legend ticks in decades. */
export const PHASE_TICKS: readonly number[] = [-6, -4, -2, 0, 2, 4, 6];

/** A few words for a value: how the gradient fares from the top layer down to the input. */
export function phaseVerdict(log10Ratio: number): string {
  if (Number.isNaN(log10Ratio)) return 'the forward pass overflowed';
  if (log10Ratio === -Infinity) return 'the gradient is exactly zero';
  if (log10Ratio < -TRAINABLE_DECADES) return 'vanishing';
  if (log10Ratio > TRAINABLE_DECADES) return 'exploding';
  return `within 10^±${TRAINABLE_DECADES}`;
}
