// The Jacobian lab at the reader's point: the seeded example, both Jacobians from the core,
// and which units can be put on a kink. Memoised on the lab's seed, its point and σ.

import { useMemo } from 'react';
import { ACTIVATION_TABLE, type Activation } from '../../core';
import { drawLabExample, kinkSlopes, labJacobians, moveToKink, type LabExample, type LabJacobians } from '../../core/layerDetail';
import { LAB_X_LIMIT } from '../../store/derivationsSlice';
import { useSectionStore } from '../layout/DeferredSection';

export interface LabView {
  example: LabExample;
  x: Float64Array;
  act: Activation;
  lab: LabJacobians;
  /** slopes on either side of σ's kink, null for a smooth σ */
  kink: ReturnType<typeof kinkSlopes>;
  /** units r that a move of one x_j within range puts on the kink */
  reachableKinks: number[];
}

export function useLab(): LabView {
  const seed = useSectionStore((s) => s.labSeed);
  const labX = useSectionStore((s) => s.labX);
  const activation = useSectionStore((s) => s.params.activation);
  const example = useMemo(() => drawLabExample(seed), [seed]);
  return useMemo(() => {
    const x = Float64Array.from(labX);
    const act = ACTIVATION_TABLE[activation];
    const kink = kinkSlopes(act);
    const lab = labJacobians(example, x, act);
    const reachableKinks = kink ? Array.from(lab.z.keys()).filter((r) => moveToKink(example, x, r, LAB_X_LIMIT) !== null) : [];
    return { example, x, act, lab, kink, reachableKinks };
  }, [example, labX, activation]);
}
