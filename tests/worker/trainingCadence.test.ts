// The cost model that decides what the page trains and how often a run measures itself.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core';
import { TRAINING_PRESETS } from '../../src/core/training';
import { cadenceFor, MAX_TRAINING_WORK, niceStepCount, untrainableReason } from '../../src/worker/trainingCadence';

describe('training cadence', () => {
  it('the lesson preset evaluates and redraws its map every 20 steps on a 24×24 grid', () => {
    const config = { ...DEFAULT_CONFIG, ...TRAINING_PRESETS.deepTanh.config };
    expect(cadenceFor(config, 16)).toEqual({ evalEvery: 20, gridEvery: 20, gridRes: 24 });
  });

  it('a larger network gets a coarser grid, never below 16', () => {
    expect(cadenceFor({ depth: 50, width: 64 }, 16).gridRes).toBe(18);
    expect(cadenceFor({ depth: 120, width: 64 }, 16).gridRes).toBe(16);
  });

  it('a larger minibatch makes each step dearer, so measuring is relatively cheaper', () => {
    expect(cadenceFor({ depth: 32, width: 16 }, 128).evalEvery).toBe(5);
  });

  it('steps land on round numbers', () => {
    expect([0.3, 3, 15.6, 21, 240, 1e6].map(niceStepCount)).toEqual([1, 5, 20, 25, 250, 1000]);
  });

  it('refuses only networks past depth × width² = MAX_TRAINING_WORK, saying how large they are', () => {
    expect(untrainableReason({ depth: 122, width: 64 })).toBeNull();
    expect(MAX_TRAINING_WORK).toBe(500_000);
    expect(untrainableReason({ depth: 1000, width: 512 })).toBe(
      'Training here is limited to depth × width² ≤ 500,000 so the page stays responsive; this network has 1,000 × 512² = 262,144,000. Lower the depth or the width to train it.',
    );
  });
});
