// The name the controls panel gives each control a link can lock or hide, for the lock
// notes, the customise panel and the hidden-controls note to say the same words.

import type { ShareControl } from '../../store/shareSlice';

export const CONTROL_NAMES: Record<ShareControl, string> = {
  depth: 'Depth',
  sigmaW: 'Weight scale',
  activation: 'Activation',
  arch: 'Architecture',
  branchScale: 'Branch scale',
  norm: 'Normalization',
  tied: 'Shared weights',
  width: 'Width',
  sigmaB: 'Bias scale',
  init: 'Init',
  seed: 'Seed',
};
