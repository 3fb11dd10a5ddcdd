// The numbers behind a layer chart as an HTML table: one row per layer k, one column per
// plotted series. It scrolls inside its own box (a deep network has 1001 rows), which is
// focusable so the keyboard can scroll it too.

import { useId, type ReactNode } from 'react';

export interface LayerColumn {
  /** unique within the table */
  id: string;
  header: ReactNode;
  /** value per layer, starting at layer `firstLayer` */
  values: ArrayLike<number>;
  firstLayer: number;
  /** prints one value (never NaN or Infinity: see format.ts) */
  format: (value: number) => ReactNode;
}

interface LayerTableProps {
  caption: ReactNode;
  /** layers 0..depth get a row; a column without a value at a layer shows a dash */
  depth: number;
  columns: readonly LayerColumn[];
}

export function LayerTable({ caption, depth, columns }: LayerTableProps) {
  const captionId = useId();
  const layers = Array.from({ length: depth + 1 }, (_, k) => k);
  return (
    <div className="layer-table" tabIndex={0} role="region" aria-labelledby={captionId} data-owns-arrows="">
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">layer k</th>
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layers.map((k) => (
            <tr key={k}>
              <th scope="row" className="num">
                {k}
              </th>
              {columns.map((c) => {
                const i = k - c.firstLayer;
                return (
                  <td key={c.id} className="num">
                    {i >= 0 && i < c.values.length ? c.format(c.values[i]) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
