// Live numbers for one layer under the equations: the hovered layer, else the pinned one,
// else layer 1 (the first with weights). Values are absolute, not relative to the top layer
// as in the main chart.

import { useMemo, type ReactNode } from 'react';
import type { ArchResult } from '../../core/result';
import { useAppStore } from '../../store/store';
import { drawnDepth, visibleArchs } from '../chart/series';
import { LineSwatch } from '../chart/LineSwatch';
import { formatFixed, MISSING } from '../format';
import { Log10Number } from '../Log10Number';
import { EQUATIONS, type EquationId } from './tex';
import { Tex } from './Tex';

const ROWS: readonly { id: EquationId; value: (a: ArchResult, k: number) => ReactNode }[] = [
  { id: 'readout.gradF', value: (a, k) => <Log10Number log10={a.gradF.p50[k]} /> },
  { id: 'readout.normF', value: (a, k) => <Log10Number log10={a.normF.p50[k]} /> },
  { id: 'readout.gradW', value: (a, k) => (k >= 1 ? <Log10Number log10={a.gradW[k - 1]} /> : MISSING) },
  { id: 'readout.meanD', value: (a, k) => (k >= 1 ? formatFixed(a.meanD[k - 1], 2) : MISSING) },
];

export function LayerReadout() {
  const result = useAppStore((s) => s.result);
  const archChoice = useAppStore((s) => s.params.arch);
  const hoverLayer = useAppStore((s) => s.hoverLayer);
  const selectedLayer = useAppStore((s) => s.selectedLayer);
  const archs = useMemo(() => visibleArchs(result, archChoice), [result, archChoice]);
  if (archs.length === 0) return null;
  const depth = drawnDepth(archs);
  const k = Math.min(depth, hoverLayer ?? selectedLayer ?? 1);
  const why = hoverLayer !== null ? 'hovered' : selectedLayer !== null ? 'pinned' : 'hover the chart to pick another';

  return (
    <section className="readout" aria-labelledby="readout-heading">
      <h3 id="readout-heading" className="readout__title">
        At layer <span className="num">{k}</span> <span className="muted readout__why">({why})</span>
      </h3>
      <table className="readout__table">
        <thead>
          <tr>
            <td />
            {archs.map((a) => (
              <th key={a.arch} scope="col">
                <LineSwatch arch={a.arch} width={22} /> {a.arch}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Tex id={row.id} decorative />
                <span className="visually-hidden">{EQUATIONS[row.id].note}</span>
              </th>
              {archs.map((a) => (
                <td key={a.arch} className="num">
                  {row.value(a, k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {k === 0 ? <p className="readout__note">Layer 0 is the input: no weights or activation of its own.</p> : null}
    </section>
  );
}
