// Every preset tells the story it promises (one seed each; the lesson test covers three).

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Arch } from '../../../src/core/config';
import { TRAINING_PRESETS } from '../../../src/core/training/presets';
import { createTrainer } from '../../../src/core/training/trainer';

function trained(name: 'vanishing' | 'exploding', arch: Arch) {
  const preset = TRAINING_PRESETS[name];
  const trainer = createTrainer({ ...DEFAULT_CONFIG, ...preset.config, seed: 2 }, arch, { ...preset.options, seed: 2 });
  const start = trainer.evaluate().trainLoss;
  const gradients = trainer.gradNorms();
  for (let s = 0; s < preset.steps; s++) trainer.step();
  return { start, end: trainer.evaluate().trainLoss, spread: gradients[0] - gradients[gradients.length - 1] };
}

describe.each(['vanishing', 'exploding'] as const)('%s preset', (name) => {
  it('plain ends near chance, residual learns; the plain gradient spread at the start has the promised sign', () => {
    const plain = trained(name, 'plain');
    const residual = trained(name, 'residual');
    // chance is ln 2 ≈ 0.69; observed on seeds 1–7: plain ≥ 0.60, residual ≤ 0.15
    expect(plain.end).toBeGreaterThan(0.55);
    expect(residual.end).toBeLessThan(0.2 * residual.start);
    expect(residual.end).toBeLessThan(plain.end / 3);
    expect(Math.sign(plain.spread)).toBe(name === 'vanishing' ? -1 : 1);
    expect(Math.abs(plain.spread)).toBeGreaterThan(2);
    expect(Math.abs(residual.spread)).toBeLessThan(1);
  }, 30_000);
});

describe('diverging preset', () => {
  it('diverges as given and trains with clip 1', () => {
    const preset = TRAINING_PRESETS.diverging;
    const config = { ...DEFAULT_CONFIG, ...preset.config };
    const bare = createTrainer(config, 'plain', { ...preset.options, seed: 1 });
    let report = bare.step();
    for (let s = 1; s < 10; s++) report = bare.step();
    expect(report.diverged).not.toBeNull();
    const clipped = createTrainer(config, 'plain', { ...preset.options, clip: 1, seed: 1 });
    const start = clipped.evaluate().trainLoss;
    for (let s = 0; s < preset.steps; s++) report = clipped.step();
    expect(report.diverged).toBeNull();
    expect(clipped.evaluate().trainLoss).toBeLessThan(1e-2 * start);
  }, 30_000);
});

describe('Pre-LN and Post-LN presets: the same networks, η and data, only the normalization moved', () => {
  function run(name: 'preLN' | 'postLN', arch: Arch) {
    const preset = TRAINING_PRESETS[name];
    const trainer = createTrainer({ ...DEFAULT_CONFIG, ...preset.config, seed: 2 }, arch, { ...preset.options, seed: 2 });
    let report = trainer.step();
    for (let s = 1; s < preset.steps; s++) report = trainer.step();
    const gradients = trainer.gradNorms();
    return { ...trainer.evaluate(), diverged: report.diverged, spread: gradients[0] - gradients[gradients.length - 1] };
  }

  it('the Pre-LN residual net fits the spirals where the Post-LN one stays at chance', () => {
    const pre = run('preLN', 'residual');
    const post = run('postLN', 'residual');
    // observed at step 300 on seeds 1–5: Pre-LN loss ≤ 0.077 and ≥ 97 % of the training set,
    // Post-LN loss 0.693–0.698 and 50 %
    expect(pre.diverged).toBeNull();
    expect(pre.trainLoss).toBeLessThan(0.15);
    expect(pre.trainAccuracy).toBeGreaterThan(0.9);
    expect(post.trainLoss).toBeGreaterThan(0.6);
    expect(post.trainAccuracy).toBeLessThan(0.6);
    // log10 of layer 0's gradient over the top's at step 300, seeds 1–5: Pre-LN 1.10 to 1.64, Post-LN −4.6 to −2.45
    expect(pre.spread).toBeGreaterThan(0.5);
    expect(post.spread).toBeLessThan(-2);
  }, 60_000);

  it('the plain net with Pre-LN stalls at chance', () => {
    expect(run('preLN', 'plain').trainLoss).toBeGreaterThan(0.6);
  }, 30_000);

  it('at a tenth of the preset’s η the Post-LN residual net does learn', () => {
    const preset = TRAINING_PRESETS.postLN;
    const trainer = createTrainer({ ...DEFAULT_CONFIG, ...preset.config, seed: 2 }, 'residual', { ...preset.options, learningRate: 0.0002, seed: 2 });
    for (let s = 0; s < preset.steps; s++) trainer.step();
    // seeds 1–5: loss 0.15–0.49, 74–95 % of the training set
    expect(trainer.evaluate().trainLoss).toBeLessThan(0.5);
  }, 30_000);
});
