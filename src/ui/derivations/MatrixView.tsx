// A small matrix or column vector printed with its numbers between brackets, as a real table
// so a screen reader can walk it. Used by the Jacobian lab for A, B, b, x, z, D and J.

import type { MathId } from './derivationsTex';
import { MathTex } from './MathTex';
import { fixedMinus } from './numbers';

interface MatrixViewProps {
  /** the symbol above the brackets */
  label: MathId;
  /** what it is, in words: the table's caption */
  caption: string;
  rows: number;
  cols: number;
  /** row-major entries; with `diagonal`, only the diagonal (length rows) */
  data: ArrayLike<number>;
  decimals: number;
  /** `data` is the diagonal of a square matrix; off-diagonal zeros are drawn faint */
  diagonal?: boolean;
  /** rows to mark (a unit on a kink) */
  markedRows?: readonly number[];
  /** a test hook naming the matrix */
  name: string;
}

export function MatrixView({ label, caption, rows, cols, data, decimals, diagonal = false, markedRows = [], name }: MatrixViewProps) {
  const entry = (i: number, j: number) => (diagonal ? (i === j ? data[i] : null) : data[i * cols + j]);
  return (
    <figure className="matrix" data-matrix={name}>
      <MathTex id={label} decorative />
      <div className="matrix__brackets">
        <table className="matrix__table num">
          <caption className="visually-hidden">{caption}</caption>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i} className={markedRows.includes(i) ? 'matrix__row--marked' : undefined}>
                {Array.from({ length: cols }, (_, j) => {
                  const v = entry(i, j);
                  return (
                    <td key={j} className={v === null ? 'matrix__zero' : undefined}>
                      {v === null ? '0' : fixedMinus(v, decimals)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
