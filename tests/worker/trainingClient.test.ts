// The page's side of the training workers: one worker per architecture made on demand,
// replies from replaced runs dropped, crashes reported and recovered by the next reset.

import { describe, expect, it, vi } from 'vitest';
import type { Arch } from '../../src/core';
import { TrainingClient } from '../../src/worker/trainingClient';
import { isTrainingReply, reportTransferables } from '../../src/worker/trainingProtocol';
import { CADENCE, FakeTrainingWorker, OPTIONS, report, SMALL } from './trainingFakes';

function setup() {
  const workers: FakeTrainingWorker[] = [];
  const client = new TrainingClient((arch: Arch) => {
    const worker = new FakeTrainingWorker(arch);
    workers.push(worker);
    return worker;
  });
  const reports = vi.fn();
  const errors = vi.fn();
  client.listen({ report: reports, error: errors });
  const live = (arch: Arch) => workers.filter((w) => w.arch === arch && !w.terminated);
  return { client, workers, reports, errors, live };
}

describe('TrainingClient', () => {
  it('starts no worker until a run is reset, then one per architecture', () => {
    const { client, workers } = setup();
    client.advance('plain', 10, null, true);
    client.setLearningRate('plain', 0.1);
    expect(workers).toHaveLength(0);
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    client.reset('residual', SMALL, OPTIONS, CADENCE);
    expect(workers.map((w) => w.arch)).toEqual(['plain', 'residual']);
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    expect(workers).toHaveLength(2);
    expect(workers[0].posted.map((r) => r.type)).toEqual(['reset', 'reset']);
  });

  it('sends advance and learning-rate with increasing ids', () => {
    const { client, workers } = setup();
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    client.advance('plain', 10, 20, true);
    client.setLearningRate('plain', 0.1);
    expect(workers[0].posted).toEqual([
      { type: 'reset', id: 1, arch: 'plain', config: SMALL, options: OPTIONS, cadence: CADENCE },
      { type: 'advance', id: 2, until: 10, stepsPerSecond: 20, settle: true },
      { type: 'learning-rate', id: 3, learningRate: 0.1 },
    ]);
  });

  it('passes on reports of the current run and drops those of a replaced one', () => {
    const { client, workers, reports } = setup();
    const first = client.reset('plain', SMALL, OPTIONS, CADENCE);
    const second = client.reset('plain', SMALL, OPTIONS, CADENCE);
    workers[0].reply(report(first, 'plain', 5));
    workers[0].reply(report(second, 'plain', 0));
    expect(reports.mock.calls.map(([r]) => r.runId)).toEqual([second]);
  });

  it('reports a malformed reply and an error of the current run', () => {
    const { client, workers, errors } = setup();
    const id = client.reset('residual', SMALL, OPTIONS, CADENCE);
    workers[0].reply({ nonsense: true });
    workers[0].reply({ type: 'error', runId: id - 1, arch: 'residual', message: 'stale' });
    workers[0].reply({ type: 'error', runId: id, arch: 'residual', message: 'depth must be …' });
    expect(errors.mock.calls).toEqual([
      ['The residual training worker sent a malformed reply.', 'residual'],
      ['depth must be …', 'residual'],
    ]);
  });

  it('a crash terminates the worker, says so, and the next reset starts a new one', () => {
    const { client, workers, errors, live } = setup();
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    workers[0].crash('out of memory');
    expect(workers[0].terminated).toBe(true);
    expect(errors).toHaveBeenCalledWith('The plain training worker crashed (out of memory). Press Reset to train again.', 'plain');
    client.advance('plain', 5, null, true);
    expect(live('plain')).toHaveLength(0);
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    expect(live('plain')).toHaveLength(1);
  });

  it('dispose terminates both workers and sends nothing more', () => {
    const { client, workers } = setup();
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    client.reset('residual', SMALL, OPTIONS, CADENCE);
    client.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
    client.reset('plain', SMALL, OPTIONS, CADENCE);
    expect(workers).toHaveLength(2);
  });
});

describe('protocol helpers', () => {
  it('recognises replies by type and run id', () => {
    expect(isTrainingReply(report(1, 'plain', 0))).toBe(true);
    expect(isTrainingReply({ type: 'error', runId: -1, arch: null, message: 'x' })).toBe(true);
    expect(isTrainingReply({ type: 'report' })).toBe(false);
    expect(isTrainingReply(null)).toBe(false);
  });

  it('lists each buffer of a report once for transfer', () => {
    const shared = new Float64Array(4);
    const r = report(1, 'plain', 2, { losses: shared.subarray(0, 2), gradNorms: shared.subarray(2) });
    expect(reportTransferables(r)).toHaveLength(2);
  });
});
