// One (architecture, initialisation) spectrum: its histogram and the numbers that sum it up,
// large enough to read from the back of a room.

import type { Arch, InitName } from '../../core';
import { Log10Number } from '../Log10Number';
import { formatLog10 } from '../format';
import { SpectrumHistogram } from './SpectrumHistogram';
import { spectrumStats } from './spectrumStats';
import type { Spectrum } from '../../worker/jobs/theoryProtocol';

interface SpectrumCardProps {
  arch: Arch;
  init: InitName;
  /** null while it is being computed */
  spectrum: Spectrum | null;
  domain: [number, number];
  width: number;
}

const ARCH_NAMES: Record<Arch, string> = { plain: 'Plain', residual: 'Residual' };
const INIT_NAMES: Record<InitName, string> = { gaussian: 'Gaussian', orthogonal: 'orthogonal' };

export function SpectrumCard({ arch, init, spectrum, domain, width }: SpectrumCardProps) {
  const title = `${ARCH_NAMES[arch]}, ${INIT_NAMES[init]} weights`;
  if (!spectrum) {
    return (
      <figure className="spectrum-card spectrum-card--pending">
        <figcaption className="spectrum-card__title">{title}</figcaption>
        <p className="muted">Computing…</p>
      </figure>
    );
  }
  if (spectrum.error !== null) {
    return (
      <figure className="spectrum-card">
        <figcaption className="spectrum-card__title">{title}</figcaption>
        <p className="spectrum-card__error">Not available: {spectrum.error}.</p>
      </figure>
    );
  }
  const stats = spectrumStats(spectrum.log10Singular);
  const n = spectrum.log10Singular.length;
  const condition = stats.zeros > 0 ? `infinite (${stats.zeros} of ${n} are exactly 0)` : formatLog10(stats.log10Condition);
  const label = `${title}: ${n} singular values from ${formatLog10(stats.log10Smallest)} to ${formatLog10(stats.log10Largest)}, condition number ${condition}`;
  return (
    <figure className="spectrum-card">
      <figcaption className="spectrum-card__title">{title}</figcaption>
      <SpectrumHistogram arch={arch} log10Singular={spectrum.log10Singular} domain={domain} width={width} label={label} />
      <dl className="spectrum-card__stats">
        <div>
          <dt>largest s</dt>
          <dd className="num">
            <Log10Number log10={stats.log10Largest} />
          </dd>
        </div>
        <div>
          <dt>condition number κ</dt>
          <dd className="num">{stats.zeros > 0 ? '∞' : <Log10Number log10={stats.log10Condition} />}</dd>
        </div>
        {stats.zeros > 0 ? <p className="spectrum-card__zeros">{stats.zeros} of {n} singular values are exactly 0: dead units.</p> : null}
      </dl>
    </figure>
  );
}
