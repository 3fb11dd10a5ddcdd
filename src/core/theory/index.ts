// Public entry of the mean-field theory: Gaussian expectations, the variance and gradient
// recursions, fixed points, the order-to-chaos line and the phase diagram. Plain functions over
// numbers and typed arrays, for the theory overlay, the phase diagram and the spectrum views.

export { gaussianExpectation, normalExpectation, normalExpectations, gaussLegendre, DEFAULT_REL_TOL, type VectorIntegrand } from './gaussian';
export { momentsAt, lnSecondMoment, derivativeMoment } from './momentTable';
export { momentsByQuadrature, secondMomentSlopeAtZero, activationOf, type Moments } from './moments';
export { meanFieldPrediction, type MeanFieldTrajectory } from './meanField';
export { varianceMap, fixedPoint, chiAt, depthScale } from './fixedPoint';
export { criticalLine, type CriticalLineOptions } from './criticalLine';
export {
  phaseGrid, theoryGrid, cellOrder, cellConfig,
  type PhaseAxes, type PhaseCell, type PhaseOrder, type PhaseGridOptions,
} from './phaseDiagram';
export {
  batchNormRate, batchNormPrediction, MIN_BATCH as BATCH_NORM_MIN_BATCH,
  type BatchNormRate, type BatchNormPrediction,
} from './batchNormRate';
