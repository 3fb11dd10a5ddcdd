// A short sample of an architecture's line (colour and dash), for legends and tables.

import type { Arch } from '../../core/config';

interface LineSwatchProps {
  arch: Arch;
  /** width in pixels */
  width?: number;
}

export function LineSwatch({ arch, width = 34 }: LineSwatchProps) {
  return (
    <svg className="line-swatch" width={width} height={12} aria-hidden="true" focusable="false">
      <line className={`series-line series--${arch}`} x1={1} x2={width - 1} y1={6} y2={6} />
    </svg>
  );
}
