// The tasks are what they say: seeded, inside the input square, balanced, and labelled by the
// geometry that defines them; the teacher's targets are standardised on the training set.

import { describe, expect, it } from 'vitest';
import { makeTask, TASKS } from '../../../src/core/training/datasets';
import { createSampler } from '../../../src/core/training/minibatches';

describe.each(TASKS)('%s', (name) => {
  const task = makeTask(name, 3);

  it('is reproducible and depends on the seed', () => {
    expect(Array.from(makeTask(name, 3).train.x)).toEqual(Array.from(task.train.x));
    expect(Array.from(makeTask(name, 4).train.x)).not.toEqual(Array.from(task.train.x));
    expect(Array.from(task.test.x)).not.toEqual(Array.from(task.train.x.subarray(0, task.test.x.length)));
  });

  it('has the default sizes and points inside the square [−1, 1]² (up to jitter)', () => {
    expect(task.train.size).toBe(300);
    expect(task.test.size).toBe(200);
    expect(task.train.x.every((v) => Math.abs(v) <= 1.1)).toBe(true);
  });
});

const points = (x: Float64Array) => Array.from({ length: x.length / 2 }, (_, i) => [x[2 * i], x[2 * i + 1]]);

describe('labels follow the geometry', () => {
  it('circles: class 1 inside radius 0.5, class 0 outside 0.7, half each', () => {
    const { train } = makeTask('circles', 1);
    points(train.x).forEach(([a, b], i) => {
      const r = Math.hypot(a, b);
      if (train.labels![i] === 1) expect(r).toBeLessThan(0.5);
      else expect(r).toBeGreaterThan(0.7);
    });
    expect(train.labels!.reduce((s, v) => s + v, 0)).toBe(150);
  });

  it('xor: class 1 exactly where x₁x₂ > 0', () => {
    const { train } = makeTask('xor', 1);
    points(train.x).forEach(([a, b], i) => expect(train.labels![i]).toBe(a * b > 0 ? 1 : 0));
  });

  it('spirals: every point lies near its own arm and away from the other', () => {
    const { train } = makeTask('spirals', 1);
    const distanceToArm = (p: number[], c: number) => {
      let best = Infinity;
      for (let s = 0; s <= 2000; s++) {
        const t = s / 2000;
        const r = 0.1 + 0.85 * t;
        const th = 3 * Math.PI * t + Math.PI * c;
        best = Math.min(best, Math.hypot(p[0] - r * Math.cos(th), p[1] - r * Math.sin(th)));
      }
      return best;
    };
    points(train.x).slice(0, 60).forEach((p, i) => {
      const c = train.labels![i];
      expect(distanceToArm(p, c)).toBeLessThan(distanceToArm(p, 1 - c));
    });
  });

  it('teacher: targets have mean 0 and variance 1 on the training set', () => {
    const { train, test, outputs } = makeTask('teacher', 1);
    expect(outputs).toBe(1);
    const y = Array.from(train.targets!);
    const mean = y.reduce((s, v) => s + v, 0) / y.length;
    expect(mean).toBeCloseTo(0, 12);
    expect(y.reduce((s, v) => s + (v - mean) ** 2, 0) / y.length).toBeCloseTo(1, 12);
    expect(test.targets!.length).toBe(test.size);
  });
});

describe('minibatches', () => {
  it('an epoch visits every training point once, in a seeded order', () => {
    const sampler = createSampler(9, 12, 4);
    const epoch = [sampler.next(), sampler.next(), sampler.next()].flatMap((b) => Array.from(b));
    expect([...epoch].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(epoch).not.toEqual(Array.from({ length: 12 }, (_, i) => i));
    const again = createSampler(9, 12, 4);
    expect(Array.from(again.next())).toEqual(epoch.slice(0, 4));
  });
});
