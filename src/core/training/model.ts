// The trained model: a fixed embedding of the 2-D input, the course's body of L square layers
// (plain or residual), and a trained linear read-out,
//   F_0 = s (E x + e),   F_k = body layer k (F_{k-1}),   o = R F_L + r,
// with the batch loss L = (1/B) Σ_i ℓ(o_i). Without a normalization the body's forward and
// backward passes are the core's own (forwardPlain/backpropPlain and the residual pair, exact in
// the log domain at any depth); with one they are normalizedBody.ts's. This module adds the two
// ends and hands the body ∇_{F_L}ℓ_i = Rᵀ ∂ℓ_i/∂o_i as its top gradient. Tied weights need
// nothing here: every layer's view of θ is the one shared block (parameters.ts).
//
// BatchNorm couples the samples of a batch. A training step uses the minibatch's statistics; the
// loss and accuracy of a whole set and the decision map use fixed statistics, those of the full
// training set at the current θ (evaluationStatistics), so a point's output does not depend on
// which other points are evaluated with it.

import { ACTIVATION_TABLE, type Activation } from '../activations';
import type { Arch, NetworkConfig, NormName } from '../config';
import { pow2 } from '../logscale';
import { drawNetwork, type NetworkDraw } from '../network';
import { backpropPlain, forwardPlain } from '../plain';
import { backpropResidual, forwardResidual } from '../residual';
import type { Trace } from '../trace';
import type { Dataset, Task } from './datasets';
import { labRandom } from './labStreams';
import { halfSquaredError, softmaxCrossEntropy } from './losses';
import { backpropBody, forwardBody, topOf, type BatchStatistics, type Body } from './normalizedBody';
import { parameterGradientSink } from './parameterGradients';
import type { ParameterShape, Parameters } from './parameters';

export interface Model {
  shape: ParameterShape;
  kind: Task['kind'];
  act: Activation;
  norm: NormName;
  /** α: residual branch scale (fixed, not trained) */
  alpha: number;
  /** E: n×2 row-major, fixed */
  E: Float64Array;
  /** e: n, fixed */
  e: Float64Array;
  /** the core's draw of the body without a normalization, which the passes' NetworkDraw starts from */
  draw: NetworkDraw;
}

/**
 * The model for `config` on `task`. E has entries N(0, s²) and e entries N(0, s²/4), so a point
 * of the square gives F_0 about the per-coordinate spread s² of the page's own inputs.
 */
export function createModel(config: NetworkConfig, arch: Arch, task: Pick<Task, 'kind' | 'outputs'>): Model {
  const n = config.width;
  const s = config.inputScale;
  const rng = labRandom(config.seed, 'embedding');
  return {
    shape: { arch, n, L: config.depth, c: task.outputs, tied: config.tied },
    kind: task.kind,
    act: ACTIVATION_TABLE[config.activation],
    norm: config.norm,
    alpha: config.branchScale,
    E: rng.fillNormal(new Float64Array(2 * n), s),
    e: rng.fillNormal(new Float64Array(n), s / 2),
    draw: drawNetwork({ ...config, norm: 'none', tied: false }, config.seed, 0),
  };
}

/** F_0(x_i) = E x_i + e for every point of the batch, B·n. */
export function embed(model: Model, x: Float64Array, B: number): Float64Array {
  const { n } = model.shape;
  const { E, e } = model;
  const F0 = new Float64Array(B * n);
  for (let i = 0; i < B; i++) {
    for (let j = 0; j < n; j++) F0[i * n + j] = E[2 * j] * x[2 * i] + E[2 * j + 1] * x[2 * i + 1] + e[j];
  }
  return F0;
}

/** The body as the core's NetworkDraw: trained matrices at true scale, so every σ is 1. */
function bodyNetwork(model: Model, p: Parameters, F0: Float64Array, B: number): NetworkDraw {
  const { n, L } = model.shape;
  return {
    ...model.draw,
    n, L, B,
    act: model.act,
    sigmaW: 1,
    sigmaB: 1,
    sigmaV: 1,
    alpha: model.alpha,
    W: (k) => p.W[k - 1],
    V: (k) => p.V[k - 1],
    Wop: (k) => p.W[k - 1],
    Vop: (k) => p.V[k - 1],
    b: (k) => p.b[k - 1],
    x: F0,
    // the trainer always passes its own top gradient, so the core's loss is never used
    loss: { kind: 'probe', u: new Float64Array(n) },
  };
}

/** F_L(x_i) at true scale, B·n; entries may be ±Infinity if the body blew up. */
function topActivations(trace: Trace, n: number, L: number, B: number): Float64Array {
  const h = new Float64Array(B * n);
  for (let i = 0; i < B; i++) {
    const c = pow2(trace.eF[L * B + i]);
    const off = (L * B + i) * n;
    for (let j = 0; j < n; j++) h[i * n + j] = trace.F[off + j] * c;
  }
  return h;
}

/** o_i = R h_i + r, B·c. */
function readout(p: Parameters, h: Float64Array, n: number, c: number, B: number): Float64Array {
  const o = new Float64Array(B * c);
  for (let i = 0; i < B; i++) {
    for (let a = 0; a < c; a++) {
      let s = p.r[a];
      for (let j = 0; j < n; j++) s += p.R[a * n + j] * h[i * n + j];
      o[i * c + a] = s;
    }
  }
  return o;
}

/** ℓ_i for every sample, summed, with ∂ℓ_i/∂o_i written to `dO` if given. */
function sampleLosses(model: Model, o: Float64Array, batch: Dataset, dO?: Float64Array): number {
  const { c } = model.shape;
  let sum = 0;
  for (let i = 0; i < batch.size; i++) {
    sum += model.kind === 'classification'
      ? softmaxCrossEntropy(o, i * c, c, batch.labels![i], dO)
      : halfSquaredError(o, i * c, c, batch.targets!, dO);
  }
  return sum;
}

export interface ForwardResult {
  /** L = (1/B) Σ ℓ_i; Infinity if the forward pass left the float range (never NaN) */
  loss: number;
  /** o_i, B·c (null when the loss is not finite) */
  outputs: Float64Array | null;
  /** after a backward pass, log10 ‖∂(Σ_j ℓ_j)/∂F_k(x_i)‖ at index k·B + i, k = 0..L; else null */
  logGradF: Float64Array | null;
}

/** The body as normalizedBody.ts takes it (a model with a normalization). */
function normalizedBody(model: Model): Body | null {
  if (model.norm === 'none') return null;
  const { arch, n, L } = model.shape;
  return { arch, norm: model.norm, act: model.act, alpha: model.alpha, n, L };
}

/**
 * The statistics BatchNorm uses when the model is measured rather than trained: those of the
 * full training set `train` at θ, layer by layer ('batch' when the model has no BatchNorm).
 */
export function evaluationStatistics(model: Model, p: Parameters, train: Dataset): BatchStatistics {
  const body = normalizedBody(model);
  if (body === null || body.norm !== 'batch') return 'batch';
  return forwardBody(body, p, embed(model, train.x, train.size), train.size, 'batch', false).stats;
}

/** ∇_R L, ∇_r L into `grad`, and ∇_{F_L}ℓ_i = Rᵀ ∂ℓ_i/∂o_i returned. */
function readoutBackward(p: Parameters, grad: Parameters, h: Float64Array, dO: Float64Array, n: number, c: number, B: number): Float64Array {
  const top = new Float64Array(B * n);
  for (let i = 0; i < B; i++) {
    for (let a = 0; a < c; a++) {
      const d = dO[i * c + a];
      grad.r[a] += d / B;
      for (let j = 0; j < n; j++) {
        grad.R[a * n + j] += (d / B) * h[i * n + j];
        top[i * n + j] += p.R[a * n + j] * d;
      }
    }
  }
  return top;
}

/** The loss from F_L, with ∂ℓ_i/∂o_i in `dO` when a backward pass follows. */
function headLoss(model: Model, p: Parameters, h: Float64Array, batch: Dataset, dO?: Float64Array): { loss: number; outputs: Float64Array | null } {
  const { n, c } = model.shape;
  const o = readout(p, h, n, c, batch.size);
  const loss = sampleLosses(model, o, batch, dO) / batch.size;
  // NaN can only come from ∞ − ∞ in an overflowed F_L: report it as the overflow it is
  return Number.isFinite(loss) ? { loss, outputs: o } : { loss: Infinity, outputs: null };
}

const OVERFLOW: ForwardResult = { loss: Infinity, outputs: null, logGradF: null };

/**
 * L on `batch`, and with `grad` (zeroed, same layout as p) the whole gradient ∇_θ L:
 *   ∂ℓ_i/∂o_i from the loss,  ∇_R L = (1/B) Σ_i (∂ℓ_i/∂o_i) F_L(x_i)ᵀ,  ∇_r L = (1/B) Σ_i ∂ℓ_i/∂o_i,
 *   ∇_{F_L}ℓ_i = Rᵀ ∂ℓ_i/∂o_i, then the backward pass through the body.
 * `stats`: BatchNorm's statistics, the minibatch's own (training) or fixed ones (evaluation,
 * forward only).
 */
export function lossAndGradient(model: Model, p: Parameters, batch: Dataset, grad?: Parameters, stats: BatchStatistics = 'batch'): ForwardResult {
  const { n, c } = model.shape;
  const B = batch.size;
  const F0 = embed(model, batch.x, B);
  const dO = grad ? new Float64Array(B * c) : undefined;
  const body = normalizedBody(model);
  if (body !== null) {
    const pass = forwardBody(body, p, F0, B, grad ? 'batch' : stats, grad !== undefined);
    if (!pass.finite) return OVERFLOW;
    const h = topOf(pass, body);
    const { loss, outputs } = headLoss(model, p, h, batch, dO);
    if (!grad || !dO || outputs === null) return { loss, outputs, logGradF: null };
    const top = readoutBackward(p, grad, h, dO, n, c, B);
    return { loss, outputs, logGradF: backpropBody(body, p, grad, pass, top) };
  }
  const { arch, L } = model.shape;
  const net = bodyNetwork(model, p, F0, B);
  const trace = arch === 'plain' ? forwardPlain(net) : forwardResidual(net);
  if (trace.overflowLayer !== null) return OVERFLOW;
  const h = topActivations(trace, n, L, B);
  const { loss, outputs } = headLoss(model, p, h, batch, dO);
  if (!grad || !dO || outputs === null) return { loss, outputs, logGradF: null };
  const top = readoutBackward(p, grad, h, dO, n, c, B);
  const options = { topGradient: top, sink: parameterGradientSink(grad, n, B, model.alpha) };
  if (arch === 'plain') backpropPlain(net, trace, options);
  else backpropResidual(net, trace, options);
  return { loss, outputs, logGradF: trace.logGradF };
}

/**
 * Per layer k = 0..L, log10 of the root-mean-square over samples of ‖∇_{F_k}ℓ_i‖, from a
 * backward pass's logGradF. Summed in the log domain so that 10^{−300} gradients still register.
 */
export function layerGradientNorms(logGradF: Float64Array, L: number, B: number): Float64Array {
  const out = new Float64Array(L + 1);
  for (let k = 0; k <= L; k++) {
    let m = -Infinity;
    for (let i = 0; i < B; i++) m = Math.max(m, logGradF[k * B + i]);
    if (!Number.isFinite(m)) {
      out[k] = m;
      continue;
    }
    let s = 0;
    for (let i = 0; i < B; i++) s += Math.pow(10, 2 * (logGradF[k * B + i] - m));
    out[k] = m + 0.5 * Math.log10(s / B);
  }
  return out;
}
