// What the lab says when a unit sits on σ's kink: why σ'(0) is one-sided, which side the core
// takes, and why the central difference disagrees there.

import type { LabView } from './useLab';
import { fixedMinus, subscript } from './numbers';

export function KinkNotice({ view }: { view: LabView }) {
  const { lab, kink, act } = view;
  if (!kink || lab.kinkUnits.length === 0) return null;
  const units = lab.kinkUnits.map((r) => `z${subscript(r + 1)}`).join(' and ');
  const side = kink.atKink === kink.left ? 'from the left' : 'from the right';
  const mean = (kink.left + kink.right) / 2;
  return (
    <div className="lab-kink" role="status" data-kink={lab.kinkUnits.join(',')}>
      <p>
        <strong>
          {units} = {fixedMinus(lab.z[lab.kinkUnits[0]], 3)}: on the kink.
        </strong>{' '}
        {act.label} has slope {kink.left} left of 0 and {kink.right} right of it, so σ′(0) does not exist; only the one-sided
        derivatives do. The core takes σ′(0) = {kink.atKink}, the slope {side}. The central difference steps across the kink and
        sees the average of both sides, ({kink.left} + {kink.right}) / 2 = {mean}, which is why the two Jacobians disagree
        here. Move x a little and they agree again.
      </p>
    </div>
  );
}
