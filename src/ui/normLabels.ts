// How the page names each normalization, in controls, captions and pin labels.

import type { NormName } from '../core';

export const NORM_LABELS: Record<NormName, string> = {
  none: 'no normalization',
  'pre-ln': 'Pre-LN',
  'post-ln': 'Post-LN',
  batch: 'BatchNorm',
};

/** The options of the Normalization control. */
export const NORM_OPTION_LABELS: Record<NormName, string> = {
  none: 'None',
  'pre-ln': 'Pre-LN',
  'post-ln': 'Post-LN',
  batch: 'BatchNorm',
};
