// The presenter's notes for each scene of the guided tour, keyed by scene id: what to ask the
// class, what to expect from it, and the number to point at on the wall. Same marks as the
// scenes' text (classroomScenes.ts): `{plain}`, `{residual}` and `.verdict` are the live
// numbers of the result on screen. Any other number a note quotes is one its scene's own text
// states, which the scene's checks hold to the core (tests/store/sceneNotes.test.ts).
// A scene without notes shows its question and answer in the presenter view instead.

import type { ParamKey } from './params';

export interface SceneNotes {
  /** the control the scene asks the class to move: shown beside the chart when presenting */
  move: ParamKey;
  /** what to ask the class before revealing the chart */
  ask: string;
  /** the answers to expect, and what the chart then shows */
  expect: string;
  /** the number (or place on the curve) to point at once the chart is out */
  point: string;
}

export const SCENE_NOTES: Readonly<Record<string, SceneNotes>> = {
  'linear-explodes': {
    move: 'sigmaW',
    ask: 'Show of hands, then ask for a power of ten: does a 10 % stretch per layer matter after 100 layers?',
    expect: 'Many guess "a bit larger". The chart shows the gradient at layer 0 {plain} times its size at the top: it {plain.verdict}.',
    point: 'Point at layer 0, {plain}, next to 1.1¹⁰⁰ ≈ 1.4×10⁴ worked out on the board.',
  },
  'linear-vanishes': {
    move: 'sigmaW',
    ask: 'Same network with σ_w = 0.9: is the loss symmetric to the last scene?',
    expect: 'Expect "the same power of ten". It lands near 0.9¹⁰⁰ ≈ 2.7×10⁻⁵: {plain}, it {plain.verdict}.',
    point: 'Point at layer 0, {plain}, then back at the straight line on the log axis: exponential in depth.',
  },
  'tanh-vanishes': {
    move: 'depth',
    ask: 'tanh′ is at most 1 and σ_w = 0.5: how many powers of ten are lost over 50 layers?',
    expect: 'About fifteen: 0.5⁵⁰ ≈ 9×10⁻¹⁶. The chart shows {plain}; it {plain.verdict}.',
    point: 'Point at layer 0, {plain}: the first layers get no learning signal at all.',
  },
  'relu-vanishes': {
    move: 'sigmaW',
    ask: 'ReLU switches about half the units off. With σ_w = 1, what is left after 50 layers?',
    expect: 'A factor 1/√2 per layer on the norm, (1/√2)⁵⁰ ≈ 3×10⁻⁸; the chart shows {plain}, it {plain.verdict}.',
    point: 'Point at layer 0, {plain}, and at the slope: half a power of ten every few layers.',
  },
  'he-init': {
    move: 'sigmaW',
    ask: 'He initialisation, σ_w = √2 ≈ 1.41: does the gradient keep its size now?',
    expect: 'Yes, roughly: {plain} at layer 0; it {plain.verdict}. The wiggles are chance, not a trend.',
    point: 'Point at the 10⁰ line and at the band around it; press Re-roll if someone asks about luck.',
  },
  'residual-rescues': {
    move: 'arch',
    ask: 'Same tanh network as scene 3, now with skip connections: how much reaches layer 0?',
    expect: 'Plain still {plain}; residual {residual}: the identity term passes the gradient down unchanged.',
    point: 'Point at the two curves at layer 0: plain {plain} against residual {residual}.',
  },
  'residual-explodes': {
    move: 'depth',
    ask: 'Make it 500 residual blocks with α = 1: is the skip connection enough?',
    expect: 'Most say yes. It is not: {residual} at layer 0; it {residual.verdict}.',
    point: 'Point at layer 0, {residual}: 500 factors a little above 1 compound.',
  },
  'branch-scale': {
    move: 'branchScale',
    ask: 'Scale every branch by α = 1/√L ≈ 0.045: what is left at layer 0?',
    expect: 'The gradient stays level: {residual} at layer 0; it {residual.verdict}, with a narrow band.',
    point: 'Point at the flat curve on the 10⁰ line, then press 1/√L at another depth to show it holds.',
  },
  'finite-width': {
    move: 'width',
    ask: 'σ_w = 1 is critical for a linear network. After 500 layers, is the gradient still 10⁰?',
    expect: 'Expect "exactly 1". It is {plain}: random stretches compound below 1.',
    point: 'Point at layer 0, {plain}; then move Width up and watch it climb towards 10⁰.',
  },
  orthogonal: {
    move: 'depth',
    ask: 'Orthogonal weights only rotate vectors: what is the gradient at layer 0 now?',
    expect: 'Exactly level: {plain}; it {plain.verdict}, at any depth.',
    point: 'Point at the perfectly flat line on 10⁰ and the band of zero width.',
  },
  'orthogonal-tanh': {
    move: 'init',
    ask: 'Keep orthogonal weights, put tanh back, 500 layers: better than the 2×10⁻³ of Gaussian weights?',
    expect: 'Yes: {plain} of the top, more than ten times as much, with a far narrower band.',
    point: 'Point at layer 0, {plain}; switch Init to Gaussian to show the 2×10⁻³ beside it.',
  },
  'post-ln-vs-pre-ln': {
    move: 'norm',
    ask: 'LayerNorm after every sum keeps each F_k at unit size: does the gradient reach layer 0 of 500 blocks intact?',
    expect: 'Many say yes, since nothing blows up forward. It is {residual}: J_LN sits on the skip path too. Switch to Pre-LN and the skip path is the identity again.',
    point: 'Point at layer 0, {residual}; then choose Pre-LN and point at the curve rising above 10⁰.',
  },
  'batchnorm-explodes': {
    move: 'sigmaW',
    ask: 'He-initialised ReLU layers keep the gradient level. What does BatchNorm before σ do over 50 layers?',
    expect: 'Most expect BatchNorm to help. Layer 0 gets {plain}: it {plain.verdict}, about 1.2× per layer, whatever σ_w.',
    point: 'Point at layer 0, {plain}; drag Weight scale to show the curve does not move.',
  },
  'recurrent-vanishes': {
    move: 'tied',
    ask: 'One W and b shared by all 100 steps: does the gradient at step 0 fare better than with a W_k per layer?',
    expect: 'It does not: {plain} of the last step; it {plain.verdict}, as the plain network with its own W_k does.',
    point: 'Point at step 0, {plain}; switch off Share weights to show the untied curve beside it.',
  },
};
