// The loss chart's data as log10 points: each network's minibatch losses, its evaluated
// training and held-out losses, where it diverged, and the vertical range that holds them all.
// Non-finite losses (an overflow) never become points.

import type { Arch } from '../../core';
import type { ArchRun } from '../../store/trainingRun';
import { log10Domain, log10MinorTicks, log10Ticks, type Log10Domain } from '../chart/log10Scale';

/** One line of the loss chart: steps and log10 of the loss at each. */
export interface LossLine {
  steps: number[];
  log10: number[];
}

export interface ArchLossSeries {
  arch: Arch;
  minibatch: LossLine;
  train: LossLine;
  test: LossLine;
  /** where the run stopped, at the last loss it had; null while it trains */
  diverged: { step: number; log10: number | null } | null;
}

function line(steps: readonly number[], losses: readonly number[]): LossLine {
  const out: LossLine = { steps: [], log10: [] };
  for (let i = 0; i < steps.length; i++) {
    const v = losses[i];
    if (!(Number.isFinite(v) && v > 0)) continue;
    out.steps.push(steps[i]);
    out.log10.push(Math.log10(v));
  }
  return out;
}

export function lossSeries(arch: Arch, run: ArchRun): ArchLossSeries {
  const minibatch = line(run.losses.steps, run.losses.values);
  const evalSteps = run.evaluations.map((e) => e.step);
  const train = line(evalSteps, run.evaluations.map((e) => e.trainLoss));
  const test = line(evalSteps, run.evaluations.map((e) => e.testLoss));
  let diverged: ArchLossSeries['diverged'] = null;
  if (run.diverged !== null) {
    // the end of the curve: the newest evaluation, or a later minibatch loss
    const ends = [train, minibatch].map((l) => ({ step: l.steps.at(-1) ?? -1, v: l.log10.at(-1) ?? null }));
    const last = ends[1].step > ends[0].step ? ends[1] : ends[0];
    diverged = { step: run.diverged, log10: last.v };
  }
  return { arch, minibatch, train, test, diverged };
}

/** log10(ln 2): the loss of a classifier that says 50 % everywhere. */
export const CHANCE_LOG10 = Math.log10(Math.LN2);

/** A vertical range holding every point (and chance, for classification), at least one decade tall. */
export function lossDomain(series: readonly ArchLossSeries[], classification: boolean): Log10Domain {
  const lines = series.flatMap((s) => [s.minibatch.log10, s.train.log10, s.test.log10]);
  return log10Domain(lines, classification ? [CHANCE_LOG10] : [], 1);
}

/**
 * Labelled ticks of the loss axis and unlabelled grid lines. A short axis (under three powers
 * of ten) labels 1, 2 and 5 times each power instead, so it never shows a single label.
 */
export function lossTicks(domain: Log10Domain, count: number): { major: number[]; minor: number[] } {
  const major = log10Ticks(domain, count);
  if (major.length >= 3) return { major, minor: log10MinorTicks(domain) };
  const all: number[] = [];
  for (let n = Math.floor(domain.lo); n <= Math.ceil(domain.hi); n++) {
    for (const m of [1, 2, 5]) {
      const t = n + Math.log10(m);
      if (t >= domain.lo && t <= domain.hi) all.push(t);
    }
  }
  return { major: all, minor: [] };
}
