// The learning-rate slider's track: η at 1, 2 and 5 times each power of ten from 10⁻⁴ to 10,
// so equal slider moves multiply η by about the same factor.

import { LEARNING_RATE_RANGE } from '../../store/trainingSettings';

export const LEARNING_RATES: readonly number[] = (() => {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(LEARNING_RATE_RANGE.min)); e < Math.round(Math.log10(LEARNING_RATE_RANGE.max)); e++) {
    for (const m of [1, 2, 5]) out.push(Number((m * 10 ** e).toPrecision(1)));
  }
  out.push(LEARNING_RATE_RANGE.max);
  return out;
})();

/** The track position whose η is nearest `eta` on a log scale. */
export function learningRatePosition(eta: number): number {
  let best = 0;
  for (let i = 1; i < LEARNING_RATES.length; i++) {
    if (Math.abs(Math.log(LEARNING_RATES[i] / eta)) < Math.abs(Math.log(LEARNING_RATES[best] / eta))) best = i;
  }
  return best;
}
