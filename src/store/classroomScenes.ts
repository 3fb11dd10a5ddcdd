// The guided tour: the course exercise told as a sequence of scenes, one row each. A scene is a
// configuration, two or three sentences, a question for the class and its answer. Text is
// plain with two small marks the scene panel renders: `_x` or `_{…}` for a subscript, and
// `{plain}`, `{residual}`, `{plain.verdict}`, `{residual.verdict}` for live numbers from the
// result on screen. `checks` state what the core must find for the text to be true;
// tests/store/classroomScenes.test.ts runs every scene through the core and holds them to it.

import type { Arch } from '../core/config';
import { cleanParam, DEFAULT_PARAMS, type ParamKey, type Params } from './params';

/** log10 of (median gradient norm at layer 0) / (median at the top layer L). */
export interface SceneCheck {
  arch: Arch;
  /** the range the ratio must fall in, as log10 */
  log10: readonly [number, number];
  /** parameters changed from the scene's setup for this check (a number quoted in the text) */
  with?: Partial<Params>;
}

export interface Scene {
  /** stable name, for tests and readers of the code */
  id: string;
  title: string;
  /** the configuration, over the page's defaults */
  setup: Partial<Params>;
  /** two or three sentences that set the scene */
  story: string;
  /** asked before the answer is revealed: predict, then look */
  question: string;
  answer: string;
  checks: readonly SceneCheck[];
}

export const SCENES: readonly Scene[] = [
  {
    id: 'linear-explodes',
    title: 'Ten per cent too large',
    setup: { arch: 'plain', activation: 'identity', depth: 100, sigmaW: 1.1 },
    story:
      'Start with the simplest deep network: 100 linear layers, no activation at all. Backprop multiplies the gradient by W_kᵀ once per layer, and σ_w = 1.1 makes each W_k stretch vectors by about 10 %.',
    question: 'Compared with the top layer, how large is the gradient when it reaches layer 0?',
    answer:
      'At layer 0 it is {plain} times its size at the top: it {plain.verdict}. Ten per cent per layer compounds, 1.1¹⁰⁰ ≈ 1.4×10⁴. One draw lands near it, on average a little below, because each random layer stretches by a slightly different amount.',
    checks: [{ arch: 'plain', log10: [3, 4.6] }],
  },
  {
    id: 'linear-vanishes',
    title: 'Ten per cent too small',
    setup: { arch: 'plain', activation: 'identity', depth: 100, sigmaW: 0.9 },
    story: 'The same network with σ_w = 0.9: now every layer shrinks the gradient by about 10 %.',
    question: 'Does it shrink as fast as it grew: what power of ten is left at layer 0?',
    answer:
      'At layer 0 it is {plain} times its size at the top: it {plain.verdict}, like 0.9¹⁰⁰ ≈ 2.7×10⁻⁵. Depth turns a small error in the weight scale into an exponential one, in both directions.',
    checks: [{ arch: 'plain', log10: [-5.6, -4.2] }],
  },
  {
    id: 'tanh-vanishes',
    title: 'tanh with small weights',
    setup: { arch: 'plain', activation: 'tanh', depth: 50, sigmaW: 0.5 },
    story:
      'A real nonlinearity: 50 tanh layers at σ_w = 0.5. The slope tanh′ is at most 1, and the small weights shrink the signal towards 0, where tanh′ ≈ 1.',
    question: 'What power of ten reaches layer 0?',
    answer:
      'At layer 0 the gradient is {plain} times its size at the top: it {plain.verdict}. Each layer multiplies it by about σ_w = 0.5, and 0.5⁵⁰ ≈ 9×10⁻¹⁶: the first layers of this network cannot learn.',
    checks: [{ arch: 'plain', log10: [-16.5, -14.5] }],
  },
  {
    id: 'relu-vanishes',
    title: 'ReLU switches half off',
    setup: { arch: 'plain', activation: 'relu', depth: 50, sigmaW: 1 },
    story:
      'ReLU passes positive inputs and zeroes the rest, so about half the units of each layer are off and their rows of the Jacobian are zero. Weights at σ_w = 1 do not make up for it.',
    question: 'After 50 ReLU layers, how much of the gradient is left?',
    answer:
      'At layer 0 it is {plain} times its size at the top: it {plain.verdict}. Each layer keeps about half of the squared norm, a factor 1/√2 on the norm, and (1/√2)⁵⁰ ≈ 3×10⁻⁸.',
    checks: [{ arch: 'plain', log10: [-8.6, -6.9] }],
  },
  {
    id: 'he-init',
    title: 'He initialisation',
    setup: { arch: 'plain', activation: 'relu', depth: 50, sigmaW: Math.SQRT2 },
    story:
      'He et al. (2015) double the variance of the weights to pay for the half that ReLU switches off: σ_w = √2 ≈ 1.41. Same network, same 50 layers.',
    question: 'Does the gradient keep its size now?',
    answer:
      'At layer 0 it is {plain} times its size at the top: it {plain.verdict}. What is left is small beside scene 4: chance (Re-roll draws another network) and a slight loss at finite width.',
    checks: [{ arch: 'plain', log10: [-1, 0.5] }],
  },
  {
    id: 'residual-rescues',
    title: 'A skip connection',
    setup: { arch: 'both', activation: 'tanh', depth: 50, sigmaW: 0.5, branchScale: 1 },
    story:
      'Back to the tanh network of scene 3, beside a residual network with the same weights, whose blocks add their branch to their input: F_k = F_{k−1} + α V_k σ(z_k).',
    question: 'How much gradient reaches layer 0 of the residual network?',
    answer:
      'Plain: {plain} times the top. Residual: {residual} times. In ∇_{F_{k−1}}L = ∇_{F_k}L + α W_kᵀ D_k V_kᵀ ∇_{F_k}L the first term passes the gradient down unchanged, whatever the branch does. It even grows a little: hold that thought.',
    checks: [
      { arch: 'plain', log10: [-16.5, -14.5] },
      { arch: 'residual', log10: [0.5, 1.5] },
    ],
  },
  {
    id: 'residual-explodes',
    title: '500 residual blocks',
    setup: { arch: 'residual', activation: 'tanh', depth: 500, sigmaW: 1, branchScale: 1 },
    story:
      'Make the residual network 500 blocks deep, every branch at full strength α = 1. Backprop multiplies by I + α W_kᵀ D_k V_kᵀ at each block: the identity plus a random matrix.',
    question: 'Is the skip connection enough to keep the gradient level at depth 500?',
    answer:
      'No: at layer 0 it is {residual} times its size at the top; it {residual.verdict}. Each factor stretches the gradient by a little more than 1 on average, and 500 of them compound.',
    checks: [{ arch: 'residual', log10: [4, 6.5] }],
  },
  {
    id: 'branch-scale',
    title: 'Scale the branch by 1/√L',
    setup: { arch: 'residual', activation: 'tanh', depth: 500, sigmaW: 1, branchScale: 1 / Math.sqrt(500) },
    story:
      'Now scale every branch by α = 1/√L ≈ 0.045. Each block changes the gradient only a little, and 500 small random changes add up like a random walk.',
    question: 'How large is the gradient at layer 0 now?',
    answer:
      'At layer 0 it is {residual} times its size at the top: it {residual.verdict}, and the band over inputs is narrow. The 1/√L button under Branch scale does the same at any depth you pick.',
    checks: [
      { arch: 'residual', log10: [-0.3, 0.3] },
      { arch: 'residual', log10: [-0.3, 0.3], with: { depth: 1000, branchScale: 1 / Math.sqrt(1000) } },
      { arch: 'residual', log10: [-0.3, 0.3], with: { depth: 20, branchScale: 1 / Math.sqrt(20) } },
    ],
  },
  {
    id: 'finite-width',
    title: 'Critical is not exact',
    setup: { arch: 'plain', activation: 'identity', depth: 500, sigmaW: 1, init: 'gaussian' },
    story:
      'σ_w = 1 is the critical weight scale of a linear network: on average each W_kᵀ keeps a gradient’s size. But a random 64×64 matrix stretches some directions and squeezes others.',
    question: 'After 500 layers, is the gradient at layer 0 as large as at the top?',
    answer:
      'No: it is {plain} times its size at the top. The random stretches compound, and their typical product falls below 1 even though their average is 1. Wider layers fluctuate less: try the Width slider.',
    checks: [
      { arch: 'plain', log10: [-3.5, -1] },
      { arch: 'plain', log10: [-1, 0], with: { width: 256 } },
    ],
  },
  {
    id: 'orthogonal',
    title: 'Orthogonal weights',
    setup: { arch: 'plain', activation: 'identity', depth: 500, sigmaW: 1, init: 'orthogonal' },
    story:
      'Draw each W_k as a random orthogonal matrix instead: it rotates vectors but never stretches them. Every singular value of the Jacobian product is then exactly 1, which is called dynamical isometry.',
    question: 'What is the gradient at layer 0 now?',
    answer:
      'It is {plain} times its size at the top: it {plain.verdict}, at any depth. An orthogonal matrix keeps every norm, so the linear network is exactly level.',
    checks: [
      { arch: 'plain', log10: [-1e-9, 1e-9] },
      { arch: 'plain', log10: [-1e-9, 1e-9], with: { depth: 37 } },
    ],
  },
  {
    id: 'orthogonal-tanh',
    title: 'Orthogonal weights and tanh',
    setup: { arch: 'plain', activation: 'tanh', depth: 500, sigmaW: 1, init: 'orthogonal' },
    story:
      'Keep the orthogonal weights and put tanh back, 500 layers deep. With Gaussian weights this network passes only about 2×10⁻³ of the gradient down to layer 0.',
    question: 'Will orthogonal weights do better?',
    answer:
      'Yes: {plain} of the top, more than ten times as much, with a far narrower band. tanh′ < 1 still costs something, but the random stretching is gone. Switch Init to Gaussian to compare.',
    checks: [
      { arch: 'plain', log10: [-2, -1] },
      { arch: 'plain', log10: [-3.2, -2.2], with: { init: 'gaussian' } },
    ],
  },
  {
    id: 'post-ln-vs-pre-ln',
    title: 'Where LayerNorm sits',
    setup: { arch: 'residual', activation: 'relu', depth: 500, sigmaW: 1, branchScale: 1, norm: 'post-ln' },
    story:
      'A 500-block ReLU residual stack with LayerNorm after each sum, F_k = LN(F_{k−1} + branch), as in the first Transformers (Post-LN). LN keeps every F_k at unit scale, so the forward pass cannot blow up.',
    question: 'Does the gradient reach layer 0 intact?',
    answer:
      'No: it is {residual}, a hundredth or less. J_LN multiplies the skip path too. Choose Pre-LN, LN inside the branch: the skip path stays the identity and layer 0 gets some 15 to 25 times the top.',
    checks: [
      { arch: 'residual', log10: [-3, -1.7] },
      { arch: 'residual', log10: [1.1, 1.45], with: { norm: 'pre-ln' } },
    ],
  },
  {
    id: 'batchnorm-explodes',
    title: 'BatchNorm at initialization',
    setup: { arch: 'plain', activation: 'relu', depth: 50, sigmaW: Math.SQRT2, norm: 'batch' },
    story:
      'He-initialised ReLU layers keep the gradient level (scene 5). Now normalize every z_k over the batch before σ, with BatchNorm, as the usual recipe does.',
    question: 'What does BatchNorm do to the gradient 50 layers down, at initialization?',
    answer:
      'At layer 0 it is {plain}: it {plain.verdict}, about 1.2× per layer, as Yang et al. (2019) predict. No weight scale helps: BN divides it out, and σ_w = 0.5 or 2 gives the same.',
    checks: [
      { arch: 'plain', log10: [3.8, 4.8] },
      { arch: 'plain', log10: [3.8, 4.8], with: { sigmaW: 0.5 } },
      { arch: 'plain', log10: [3.8, 4.8], with: { sigmaW: 2 } },
      { arch: 'plain', log10: [-1, 0.5], with: { norm: 'none' } },
    ],
  },
  {
    id: 'recurrent-vanishes',
    title: 'A recurrent network',
    setup: { arch: 'plain', activation: 'tanh', depth: 100, sigmaW: 0.9, tied: true },
    story:
      'Share one W and b across all layers: the plain network becomes a recurrent network unrolled over 100 time steps, its input at step 0. Backprop through time multiplies by WᵀD_k at every step.',
    question: 'Does sharing the weights change the fate of the gradient at step 0?',
    answer:
      'No: it is {plain} of the last step’s: it {plain.verdict}, as in the plain network with its own W_k (about 10⁻⁵ there). This is the vanishing gradient of RNNs.',
    checks: [
      { arch: 'plain', log10: [-5.6, -4.4] },
      { arch: 'plain', log10: [-5.6, -4.4], with: { tied: false } },
    ],
  },
];

/** Each scene's parameters, built once and frozen (selectors ask for them on every change). */
const paramsByScene = new Map<number, Readonly<Params>>();

/**
 * The full parameters of scene `index`: its setup over the defaults (seed included), cleaned
 * as the store and the URL clean them, so √2 is the 1.41421 a link carries. The same frozen
 * object every time, so its paramsKey is computed once.
 */
export function sceneParams(index: number): Params {
  let params = paramsByScene.get(index);
  if (params === undefined) {
    params = Object.freeze(buildSceneParams(index));
    paramsByScene.set(index, params);
  }
  return params;
}

function buildSceneParams(index: number): Params {
  const params: Params = { ...DEFAULT_PARAMS };
  for (const [key, value] of Object.entries(SCENES[index].setup) as [ParamKey, unknown][]) {
    const clean = cleanParam(key, value);
    if (clean !== undefined) (params as Record<ParamKey, unknown>)[key] = clean;
  }
  return params;
}
