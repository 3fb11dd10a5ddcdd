// The linear case's three numbers as the worker computed them for the page's W_k, each with its
// rate per layer (the L-th root), so their exponential growth in depth reads off directly. With
// shared weights, ρ(W)^L joins them: the rate (Wᵀ)^L tends to, below the bound ‖W‖₂^L.

import type { LinearCaseValue } from '../../worker/protocol';
import type { JobState } from '../../store/derivationsSlice';
import { MISSING } from '../format';
import { Log10Number } from '../Log10Number';
import type { DerivationTexId } from './derivationsTex';
import { MathTex } from './MathTex';
import { fixedMinus } from './numbers';

interface Row {
  id: DerivationTexId;
  label: string;
  pick: (n: LinearCaseValue) => number;
}

const ROWS: readonly Row[] = [
  { id: 'linear.productNorm', label: 'spectral norm of the product W_L⋯W_1', pick: (n) => n.log10ProductNorm },
  { id: 'linear.normProduct', label: 'product of the spectral norms ‖W_k‖₂', pick: (n) => n.log10NormProduct },
  { id: 'linear.sigmaPower', label: 'σ_w to the power L', pick: (n) => n.log10SigmaWPower },
];

const TIED_ROW: Row = {
  id: 'linear.tiedRadius',
  label: 'spectral radius of the shared W, to the power L',
  pick: (n) => (n.tied ? n.tied.log10SpectralRadius * n.log10LayerNorms.length : NaN),
};

interface LinearCaseTableProps {
  /** the newest answer, possibly for older parameters */
  norms: LinearCaseValue | null;
  /** the answer belongs to the current parameters */
  current: boolean;
  status: JobState<LinearCaseValue>['status'];
  message: string | null;
}

export function LinearCaseTable({ norms, current, status, message }: LinearCaseTableProps) {
  const shown = norms !== null && (current || status === 'computing');
  const depth = norms?.log10LayerNorms.length ?? 1;
  const rows = norms?.tied ? [...ROWS, TIED_ROW] : ROWS;
  return (
    <div className={`linear-table${shown && !current ? ' linear-table--stale' : ''}`} aria-busy={status === 'computing'}>
      <table className="linear-table__table">
        <thead>
          <tr>
            <td />
            <th scope="col">value</th>
            <th scope="col">per layer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const v = shown ? row.pick(norms) : NaN;
            return (
              <tr key={row.id} data-linear={row.id}>
                <th scope="row">
                  <MathTex id={row.id} decorative />
                  <span className="visually-hidden">{row.label}</span>
                </th>
                <td className="num" data-value>
                  {shown ? <Log10Number log10={v} digits={3} /> : MISSING}
                </td>
                <td className="num">{shown ? fixedMinus(10 ** (v / depth), 3) : MISSING}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="linear-table__status" role="status">
        {status === 'computing' ? (
          <>
            Computing W<sub>L</sub>⋯W<sub>1</sub> for these parameters…
          </>
        ) : status === 'error' ? (
          `Could not compute the linear case: ${message ?? 'unknown error'}.`
        ) : null}
      </p>
    </div>
  );
}
