// The parameter-gradient sink hands out the factors of ∇W_k, ∇b_k and ∇V_k; the matrices
// assembled from them must equal finite differences entry by entry (training relies on this).

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type NetworkConfig } from '../../src/core/config';
import { buildNetwork, drawNetwork } from '../../src/core/network';
import { backpropPlain, forwardPlain } from '../../src/core/plain';
import { backpropResidual, forwardResidual } from '../../src/core/residual';
import type { ParameterGradientSink } from '../../src/core/trace';
import { fdGradient, refBatchLoss, refFromNetwork } from './reference';

function assemble(n: number, B: number, alpha: number) {
  const W = new Map<number, Float64Array>();
  const b = new Map<number, Float64Array>();
  const V = new Map<number, Float64Array>();
  const outer = (a: Float64Array, ea: Float64Array, c: Float64Array, ec: Float64Array, s: number) => {
    const M = new Float64Array(n * n);
    for (let i = 0; i < B; i++) {
      const w = (s / B) * 2 ** (ea[i] + ec[i]);
      for (let r = 0; r < n; r++) for (let q = 0; q < n; q++) M[r * n + q] += w * a[i * n + r] * c[i * n + q];
    }
    return M;
  };
  const sink: ParameterGradientSink = {
    layer(k, delta, eD, F, eF) {
      W.set(k, outer(delta, eD, F, eF, 1));
      const g = new Float64Array(n);
      for (let i = 0; i < B; i++) for (let r = 0; r < n; r++) g[r] += (2 ** eD[i] * delta[i * n + r]) / B;
      b.set(k, g);
    },
    branch(k, g, eg, s, es) {
      V.set(k, outer(g, eg, s, es, alpha));
    },
  };
  return { W, b, V, sink };
}

describe.each(['plain', 'residual'] as const)('%s sink', (arch) => {
  it('assembled ∇W_k, ∇b_k, ∇V_k equal finite differences entrywise', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 3, depth: 3, batch: 2, sigmaB: 0.5, branchScale: 0.6, loss: 'mse' };
    const net = drawNetwork(config, config.seed, config.batch);
    const got = assemble(3, 2, config.branchScale);
    if (arch === 'plain') backpropPlain(net, forwardPlain(net), { sink: got.sink });
    else backpropResidual(net, forwardResidual(net), { sink: got.sink });
    const ref = refFromNetwork(buildNetwork(config, arch), arch, config.activation, config.branchScale, config.loss);
    for (let k = 1; k <= 3; k++) {
      const fdW = ref.W[k - 1].flatMap((row) => fdGradient(row, () => refBatchLoss(ref)));
      fdW.forEach((v, i) => expect(got.W.get(k)![i]).toBeCloseTo(v, 8));
      fdGradient(ref.b[k - 1], () => refBatchLoss(ref)).forEach((v, i) => expect(got.b.get(k)![i]).toBeCloseTo(v, 8));
      if (arch === 'residual') {
        const fdV = ref.V[k - 1].flatMap((row) => fdGradient(row, () => refBatchLoss(ref)));
        fdV.forEach((v, i) => expect(got.V.get(k)![i]).toBeCloseTo(v, 8));
      }
    }
  });

  it('a given top gradient replaces the configured loss', () => {
    const config: NetworkConfig = { ...DEFAULT_CONFIG, width: 4, depth: 2, batch: 1 };
    const net = drawNetwork(config, config.seed, 1);
    const run = arch === 'plain' ? (o = {}) => backpropPlain(net, forwardPlain(net), o) : (o = {}) => backpropResidual(net, forwardResidual(net), o);
    const probe = run();
    const doubled = run({ topGradient: net.loss.kind === 'probe' ? net.loss.u.map((v) => 2 * v) : undefined });
    expect(doubled.logGradF[0]).toBeCloseTo(probe.logGradF[0] + Math.log10(2), 12);
  });
});
