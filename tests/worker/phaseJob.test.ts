// The phase-diagram job through the worker's real message handler: cells arrive coarse to fine
// in batches and match the core's own grid, the order-to-chaos line comes with them, and a
// newer request stops an older one between batches so no stale cell is posted after it.

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, WeightCache, type NetworkConfig } from '../../src/core';
import { cellOrder, criticalLine, phaseGrid, type PhaseAxes } from '../../src/core/theory';
import { createRequestHandler, type HandlerDeps } from '../../src/worker/handleRequest';
import { isFinalReply, type WorkerReply } from '../../src/worker/protocol';
import { PHASE_BATCH_MS } from '../../src/worker/jobs/theoryJobs';
import type { PhaseCellsReply, PhaseLineReply } from '../../src/worker/jobs/theoryProtocol';

const CONFIG: NetworkConfig = { ...DEFAULT_CONFIG, depth: 6, width: 8, batch: 4 };
const AXES: PhaseAxes = { x: 'sigmaW', y: 'sigmaB', xs: [0.5, 0.8, 1.1, 1.4, 1.7, 2.0], ys: [0, 0.3, 0.6, 0.9, 1.2] };

/**
 * A handler whose clock moves one batch length per reading, so every step of the job posts,
 * and whose sleep is a real timer, so a test can send a message while a job waits.
 */
function setup() {
  const replies: WorkerReply[] = [];
  let clock = 0;
  const deps: HandlerDeps = {
    post: (reply) => replies.push(reply),
    compute: () => {
      throw new Error('not used by the phase job');
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => (clock += PHASE_BATCH_MS),
    close: () => undefined,
    hang: () => undefined,
  };
  return { handle: createRequestHandler(deps), replies };
}

const cellsOf = (replies: WorkerReply[], id: number) =>
  replies.filter((r): r is PhaseCellsReply => r.type === 'phase-cells' && r.id === id).flatMap((r) => r.cells);

describe('phase job', () => {
  it('posts every cell of both grids once, coarse to fine, equal to the core’s grid, then done', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'phase', id: 1, config: CONFIG, archs: ['plain', 'residual'], axes: AXES });
    const errors = replies.filter((r) => r.type === 'error');
    expect(errors).toEqual([]);
    const batches = replies.filter((r): r is PhaseCellsReply => r.type === 'phase-cells');
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.slice(0, -1).every((b) => !b.done)).toBe(true);
    expect(batches[batches.length - 1].done).toBe(true);
    expect(isFinalReply(batches[batches.length - 1])).toBe(true);
    const order = cellOrder(AXES.xs.length, AXES.ys.length);
    for (const arch of ['plain', 'residual'] as const) {
      const got = cellsOf(replies, 1).filter((c) => c.arch === arch);
      expect(got.map((c) => [c.ix, c.iy])).toEqual(order);
      const expected = [...phaseGrid(CONFIG, arch, AXES, 'coarse-to-fine', { cache: new WeightCache() })];
      expect(got.map((c) => c.value)).toEqual(expected.map((c) => c.value));
    }
  });

  it('posts the plain network’s order-to-chaos line over the σ_b axis (σ_w = 1 at σ_b = 0 for tanh)', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'phase', id: 3, config: CONFIG, archs: ['plain'], axes: AXES });
    const line = replies.find((r): r is PhaseLineReply => r.type === 'phase-line');
    expect(line).toBeDefined();
    expect(isFinalReply(line!)).toBe(false);
    expect(line!.sigmaBs).toEqual(AXES.ys);
    expect(line!.sigmaWs[0]).toBe(1);
    const expected = criticalLine('tanh', AXES.ys, { sigmaWMin: 0.5, sigmaWMax: 2, q0: 1 });
    line!.sigmaWs.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
    for (let i = 1; i < line!.sigmaWs.length; i++) expect(line!.sigmaWs[i]).toBeGreaterThan(line!.sigmaWs[i - 1]);
  });

  it('on a depth axis, the line is the single crossing at the current σ_b; a residual-only job posts none', async () => {
    const depthAxes: PhaseAxes = { x: 'sigmaW', y: 'depth', xs: [0.5, 1, 1.5], ys: [1, 4, 9] };
    const { handle, replies } = setup();
    await handle({ type: 'phase', id: 4, config: CONFIG, archs: ['plain'], axes: depthAxes });
    const line = replies.find((r): r is PhaseLineReply => r.type === 'phase-line');
    expect(line?.sigmaBs).toEqual([CONFIG.sigmaB]);
    const expected = [...phaseGrid(CONFIG, 'plain', depthAxes, 'coarse-to-fine', { cache: new WeightCache() })];
    expect(cellsOf(replies, 4).map((c) => c.value)).toEqual(expected.map((c) => c.value));
    await handle({ type: 'phase', id: 5, config: CONFIG, archs: ['residual'], axes: depthAxes });
    expect(replies.filter((r) => r.type === 'phase-line' && r.id === 5)).toEqual([]);
  });

  it('a superseded job stops posting cells: nothing of it arrives after the newer request', async () => {
    const { handle, replies } = setup();
    const first = handle({ type: 'phase', id: 1, config: CONFIG, archs: ['plain', 'residual'], axes: AXES });
    // let the first job post a few batches, then supersede it while it waits between two
    while (cellsOf(replies, 1).length < 6) await new Promise((resolve) => setTimeout(resolve, 0));
    const postedBefore = replies.length;
    const second = handle({ type: 'phase', id: 2, config: { ...CONFIG, sigmaB: 0.1 }, archs: ['plain'], axes: AXES });
    await Promise.all([first, second]);
    const after = replies.slice(postedBefore);
    expect(after.filter((r) => r.id === 1)).toEqual([]);
    expect(replies.some((r) => r.id === 1 && r.type === 'phase-cells' && r.done)).toBe(false);
    expect(cellsOf(replies, 1).length).toBeLessThan(2 * AXES.xs.length * AXES.ys.length);
    expect(cellsOf(replies, 2)).toHaveLength(AXES.xs.length * AXES.ys.length);
    expect(after.at(-1)).toMatchObject({ type: 'phase-cells', id: 2, done: true });
  });

  it('of a burst of requests only the newest runs', async () => {
    const { handle, replies } = setup();
    const jobs = [1, 2, 3, 4].map((id) => handle({ type: 'phase', id, config: { ...CONFIG, seed: id }, archs: ['plain'], axes: AXES }));
    await Promise.all(jobs);
    expect(new Set(replies.map((r) => r.id))).toEqual(new Set([4]));
  });

  it('rejects malformed axes and invalid cells with an error naming the problem', async () => {
    const { handle, replies } = setup();
    await handle({ type: 'phase', id: 7, config: CONFIG, archs: ['plain'], axes: { ...AXES, y: 'width' } });
    await handle({ type: 'phase', id: 8, config: CONFIG, archs: ['dense'], axes: AXES });
    await handle({ type: 'phase', id: 9, config: CONFIG, archs: ['plain'], axes: { ...AXES, xs: [1, Number.NaN] } });
    await handle({ type: 'phase', id: 10, config: CONFIG, archs: ['plain'], axes: { ...AXES, xs: [1, 20] } });
    expect(replies.map((r) => r.type)).toEqual(['error', 'error', 'error', 'error']);
    expect(replies[0]).toMatchObject({ id: 7, message: expect.stringMatching(/axes\.y/) });
    expect(replies[1]).toMatchObject({ id: 8, message: expect.stringMatching(/archs/) });
    expect(replies[2]).toMatchObject({ id: 9, message: expect.stringMatching(/finite/) });
    expect(replies[3]).toMatchObject({ id: 10, message: expect.stringMatching(/sigmaW/) });
  });
});
