// What the lab says when a unit sits on σ's kink: why σ'(0) is one-sided, which slope D took
// here, and why the central difference disagrees there.

import type { LabView } from './useLab';
import { fixedMinus, subscript } from './numbers';

export function KinkNotice({ view }: { view: LabView }) {
  const { lab, kink, act } = view;
  if (!kink || lab.kinkUnits.length === 0) return null;
  const r = lab.kinkUnits[0];
  const z = `z${subscript(r + 1)}`;
  const d = `D${subscript(r + 1)}${subscript(r + 1)}`;
  const mean = (kink.left + kink.right) / 2;
  const side = lab.z[r] > 0 ? 'right' : lab.z[r] < 0 ? 'left' : kink.atKink === kink.left ? 'left' : 'right';
  return (
    <div className="lab-kink" role="status" data-kink={lab.kinkUnits.join(',')}>
      <p>
        <strong>
          {z} = {fixedMinus(lab.z[r], 3)}: on the kink.
        </strong>{' '}
        {act.label} has slope {kink.left} left of 0 and {kink.right} right of it, so σ′(0) does not exist; only the one-sided
        derivatives do. D takes the slope from the {side}, {d} = {lab.D[r]}
        {lab.z[r] === 0 ? ` (the core’s σ′(0))` : ` (${z} is ${lab.z[r] > 0 ? 'a hair above' : 'a hair below'} 0 in floating point)`}.
        The central difference steps across the kink and sees the average of both sides, ({kink.left} + {kink.right}) / 2 ={' '}
        {mean}, which is why the two Jacobians disagree here. Move x a little and they agree again.
      </p>
    </div>
  );
}
