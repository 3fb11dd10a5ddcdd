// The entry grid: one text field per entry, labelled "row i, column j", in reading order for
// Tab, with the arrow keys moving between cells (left and right only when the caret is at the
// edge of the text). After a check each cell says in words whether it is right, wrong, empty
// or not a number; colour only repeats it.

import { useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { CellMark } from '../../core/exercises';

interface MatrixGridProps {
  /** what the grid holds, in words ("J_g, the Jacobian"), for the group's and each cell's name */
  label: string;
  /** a test hook naming the grid */
  name: string;
  rows: number;
  cols: number;
  /** row-major text of each cell */
  values: readonly string[];
  onChange(index: number, value: string): void;
  /** row-major verdicts of the last check; null before one or after the cell was edited */
  marks: readonly (CellMark | null)[];
  /** the answer was shown: the cells are read-only */
  readOnly?: boolean;
}

export const MARK_TEXT: Record<CellMark, string> = {
  right: 'right',
  wrong: 'wrong',
  empty: 'empty',
  invalid: 'not a number',
};

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function MatrixGrid({ label, name, rows, cols, values, onChange, marks, readOnly = false }: MatrixGridProps) {
  const id = useId();
  const grid = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, i: number, j: number) => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if ((e.key === 'ArrowLeft' && !atStart) || (e.key === 'ArrowRight' && !atEnd)) return;
    const r = i + move[0];
    const c = j + move[1];
    if (r < 0 || r >= rows || c < 0 || c >= cols) return;
    e.preventDefault();
    grid.current?.querySelector<HTMLInputElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };

  return (
    <div className="ex-grid" role="group" aria-label={label} data-grid={name} ref={grid} style={{ '--ex-cols': cols } as CSSProperties}>
      {Array.from({ length: rows * cols }, (_, index) => {
        const i = Math.floor(index / cols);
        const j = index % cols;
        const mark = marks[index] ?? null;
        const markId = `${id}-${index}`;
        return (
          <div key={index} className={`ex-cell${mark ? ` ex-cell--${mark}` : ''}`}>
            <input
              className="ex-cell__input num"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              aria-label={`${label}, row ${i + 1}, column ${j + 1}`}
              aria-invalid={mark !== null && mark !== 'right' ? true : undefined}
              aria-describedby={mark ? markId : undefined}
              data-cell={`${i}-${j}`}
              value={values[index] ?? ''}
              readOnly={readOnly}
              onChange={(e) => onChange(index, e.target.value)}
              onKeyDown={(e) => onKeyDown(e, i, j)}
            />
            <span id={markId} className="ex-cell__mark" data-mark={mark ?? undefined}>
              {mark ? (mark === 'right' ? '✓ right' : `✗ ${MARK_TEXT[mark]}`) : ' '}
            </span>
          </div>
        );
      })}
    </div>
  );
}
