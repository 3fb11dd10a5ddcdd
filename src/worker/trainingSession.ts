// One training worker's state and schedule. A message only records what the page wants (a new
// run, a target step, a learning rate); the work, building the trainer included, happens in
// ticks of about SLICE_MS that yield to the event loop between them, so a pause or reset is
// read within one tick even while a run trains as fast as it can, and a burst of resets (a
// slider drag) builds only the last run. Everything the worker global provides comes in as `SessionDeps`,
// so tests drive a session with plain functions and a fake clock.

import type { NetworkConfig } from '../core';
import { createTrainer, type Trainer, type TrainerOptions } from '../core/training';
import { decodeTrainingRequest } from './trainingDecode';
import {
  reportTransferables,
  type AdvanceRequest,
  type Cadence,
  type EvaluationPoint,
  type GridSnapshot,
  type ResetRequest,
  type TaskPoints,
  type TrainingReply,
  type TrainingReport,
} from './trainingProtocol';

export interface SessionDeps {
  post(reply: TrainingReply, transfer: Transferable[]): void;
  now(): number;
  /** Calls `fn` after `ms` through a timer, so messages that arrived meanwhile are handled first. */
  later(fn: () => void, ms: number): void;
  /** The core's createTrainer; tests may wrap it. */
  createTrainer?: (config: NetworkConfig, arch: ResetRequest['arch'], options: TrainerOptions) => Trainer;
}

/** Work per tick before yielding to the message queue. */
export const SLICE_MS = 30;
/** While a run trains flat out, reports go out at most this often. */
export const REPORT_MS = 60;

interface Run {
  id: number;
  arch: ResetRequest['arch'];
  /** what the trainer is built from; built on the run's first tick, so a burst of resets builds one */
  request: ResetRequest;
  trainer: Trainer | null;
  cadence: Cadence;
  layers: number;
  step: number;
  diverged: number | null;
  until: number;
  settle: boolean;
  rate: number | null;
  /** the pace counts steps from here */
  pace: { time: number; step: number };
  /** step 0 has been measured */
  started: boolean;
  lastEval: number;
  lastGrid: number;
  lastPost: number;
  /** whether the previous report said idle */
  postedIdle: boolean;
  out: Pending;
}

/** What the next report carries. */
interface Pending {
  losses: number[];
  gradSteps: number[];
  gradNorms: number[];
  clipped: number;
  evaluations: EvaluationPoint[];
  grid: GridSnapshot | null;
  data: TaskPoints | null;
  stepTime: number;
  steps: number;
}

const emptyPending = (): Pending => ({
  losses: [], gradSteps: [], gradNorms: [], clipped: 0, evaluations: [], grid: null, data: null, stepTime: 0, steps: 0,
});

export interface TrainingSession {
  receive(data: unknown): void;
}

export function createTrainingSession(deps: SessionDeps): TrainingSession {
  const make = deps.createTrainer ?? createTrainer;
  let run: Run | null = null;
  let scheduled = false;

  const fail = (message: string, failed: Run | null) => {
    deps.post({ type: 'error', runId: failed?.id ?? run?.id ?? -1, arch: failed?.arch ?? run?.arch ?? null, message }, []);
  };

  const schedule = (ms: number) => {
    if (scheduled) return;
    scheduled = true;
    deps.later(tick, ms);
  };

  function reset(request: ResetRequest): void {
    const now = deps.now();
    run = {
      id: request.id, arch: request.arch, request, trainer: null, cadence: request.cadence, layers: request.config.depth + 1,
      step: 0, diverged: null, until: 0, settle: true, rate: null, pace: { time: now, step: 0 },
      started: false, lastEval: -1, lastGrid: -1, lastPost: -Infinity, postedIdle: false, out: emptyPending(),
    };
    schedule(0);
  }

  function advance(request: AdvanceRequest): void {
    if (!run) return;
    run.until = request.until;
    run.settle = request.settle;
    run.rate = request.stepsPerSecond;
    run.pace = { time: deps.now(), step: run.step };
    schedule(0);
  }

  function setLearningRate(learningRate: number): void {
    if (!run) return;
    if (run.trainer) run.trainer.setLearningRate(learningRate);
    else run.request = { ...run.request, options: { ...run.request.options, learningRate } };
  }

  function evaluate(r: Run): void {
    r.out.evaluations.push({ step: r.step, ...trainerOf(r).evaluate() });
    r.lastEval = r.step;
  }

  function grid(r: Run): void {
    r.out.grid = { step: r.step, res: r.cadence.gridRes, values: trainerOf(r).decisionGrid(r.cadence.gridRes) };
    r.lastGrid = r.step;
  }

  function trainerOf(r: Run): Trainer {
    if (!r.trainer) throw new Error('the run has no trainer yet');
    return r.trainer;
  }

  function start(r: Run): void {
    const { config, arch, options } = r.request;
    const trainer = make(config, arch, options);
    r.trainer = trainer;
    const { train, kind } = trainer.task;
    const y = train.labels ? Float64Array.from(train.labels) : Float64Array.from(train.targets ?? []);
    r.out.data = { task: trainer.task.name, kind, x: train.x.slice(), y };
    r.out.gradSteps.push(0);
    r.out.gradNorms.push(...trainer.gradNorms());
    evaluate(r);
    grid(r);
    r.started = true;
  }

  function stepOnce(r: Run): void {
    const t0 = deps.now();
    const report = trainerOf(r).step();
    r.out.stepTime += deps.now() - t0;
    r.out.steps += 1;
    if (report.diverged) {
      r.diverged = report.diverged.step;
      // the gradient that blew up, when its backward pass ran
      if (!report.layerGradNorms.some(Number.isNaN)) {
        r.out.gradSteps.push(report.diverged.step);
        r.out.gradNorms.push(...report.layerGradNorms);
      }
      return;
    }
    r.step = report.step;
    r.out.losses.push(report.loss);
    r.out.gradSteps.push(report.step);
    r.out.gradNorms.push(...report.layerGradNorms);
    if (report.clipped) r.out.clipped += 1;
    if (r.step % r.cadence.evalEvery === 0) evaluate(r);
    if (r.step % r.cadence.gridEvery === 0) grid(r);
  }

  /** Steps the pace allows by `now` (Infinity when unpaced); a run that fell far behind restarts its pace. */
  function allowedSteps(r: Run, now: number): number {
    if (r.rate === null) return Infinity;
    const due = r.pace.step + Math.floor(((now - r.pace.time) * r.rate) / 1000);
    if (due - r.step > Math.max(2, r.rate * 0.25)) {
      r.pace = { time: now, step: r.step };
      return r.step + 1;
    }
    return due;
  }

  /** ms until the pace allows the next step. */
  function waitForPace(r: Run, now: number): number {
    if (r.rate === null) return 0;
    const next = r.pace.time + ((r.step + 1 - r.pace.step) * 1000) / r.rate;
    return Math.max(0, next - now);
  }

  function post(r: Run, idle: boolean): void {
    const { out } = r;
    const report: TrainingReport = {
      type: 'report',
      runId: r.id,
      arch: r.arch,
      step: r.step,
      losses: Float64Array.from(out.losses),
      gradSteps: Int32Array.from(out.gradSteps),
      gradNorms: Float64Array.from(out.gradNorms),
      clipped: out.clipped,
      evaluations: out.evaluations,
      grid: out.grid,
      diverged: r.diverged,
      idle,
      stepMs: out.steps > 0 ? out.stepTime / out.steps : null,
      ...(out.data ? { data: out.data } : {}),
    };
    r.out = emptyPending();
    r.lastPost = deps.now();
    r.postedIdle = idle;
    deps.post(report, reportTransferables(report));
  }

  function tick(): void {
    scheduled = false;
    const r = run;
    if (!r) return;
    try {
      const begin = deps.now();
      if (!r.started) start(r);
      const canStep = () => r.diverged === null && r.step < r.until;
      while (canStep() && deps.now() - begin < SLICE_MS) {
        if (r.step >= allowedSteps(r, deps.now())) break;
        stepOnce(r);
      }
      const idle = !canStep();
      // a run that stops (at its target, or for good after diverging) is measured where it stands
      if (idle && (r.settle || r.diverged !== null)) {
        if (r.lastEval !== r.step) evaluate(r);
        if (r.lastGrid !== r.step) grid(r);
      }
      const now = deps.now();
      const wait = idle ? 0 : waitForPace(r, now);
      const fresh = r.out.steps > 0 || r.out.evaluations.length > 0 || r.out.grid !== null || r.out.data !== null;
      if ((idle && (fresh || !r.postedIdle)) || (fresh && (wait > 0 || now - r.lastPost >= REPORT_MS))) post(r, idle);
      if (!idle) schedule(wait);
    } catch (error) {
      run = null;
      fail(errorMessage(error), r);
    }
  }

  return {
    receive(data) {
      const request = decodeTrainingRequest(data);
      try {
        switch (request.type) {
          case 'malformed':
            fail(request.message, null);
            return;
          case 'reset':
            reset(request);
            return;
          case 'advance':
            advance(request);
            return;
          case 'learning-rate':
            setLearningRate(request.learningRate);
            return;
        }
      } catch (error) {
        fail(errorMessage(error), null);
      }
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
