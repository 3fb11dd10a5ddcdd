// A pin's number in a small disc on its faded curve, so a curve can be matched to its legend
// entry without relying on colour.

import type { Arch } from '../../core/config';

interface PinTagProps {
  tag: number;
  arch: Arch;
  /** centre in pixels */
  cx: number;
  cy: number;
}

export function PinTag({ tag, arch, cx, cy }: PinTagProps) {
  return (
    <g className={`pin-tag series--${arch}`} transform={`translate(${cx} ${cy})`}>
      <circle className="pin-tag__disc" r={11} />
      <text className="pin-tag__text" textAnchor="middle" dominantBaseline="central">
        {tag}
      </text>
    </g>
  );
}
