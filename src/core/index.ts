// Public entry of the compute core: plain math, importable from Node, a Worker and Vitest.

export * from './config';
export type * from './result';
export { computeGradients, type ComputeOptions } from './gradients';
export { buildNetwork, type Network } from './network';
export { WeightCache } from './weights';
export { ACTIVATION_TABLE, type Activation } from './activations';
export { drawNetwork, type NetworkDraw } from './network';
export { jacobianADB, applyASigmaB, centralDifferenceJacobian, inputOutputJacobian, type Matrix, type ScaledJacobian } from './jacobian';
export { linearCaseNorms, tiedSpectrum, type LinearCaseNorms, type TiedSpectrum } from './linearCase';
export { log2SpectralRadius } from './spectralRadius';
export { layerNorm, layerNormJacobian, NORM_EPS } from './norm/layerNorm';
export { singularValues, spectralNorm } from './svd';
export { runPlain, forwardPlain, backpropPlain } from './plain';
export { runResidual, forwardResidual, backpropResidual } from './residual';
export type { Trace, ParameterGradientSink, BackpropOptions } from './trace';
