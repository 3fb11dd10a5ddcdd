// One exercise answered in entry grids (parts 1–5): the prompt, the grids, and three buttons.
// Check marks each cell against the core's value; Hint reveals the next step of the page's own
// derivation for this part; Show answer fills the grids in and records the item as shown.

import { useState, type ReactNode } from 'react';
import { checkGrid, type CellMark } from '../../core/exercises';
import type { GridItem } from '../../store/exercisesProgress';
import { useAppStore } from '../../store/store';
import { ExerciseHints, type Hint } from './ExerciseHints';
import { ExerciseMath } from './ExerciseMath';
import { MatrixGrid } from './MatrixGrid';
import { entryText } from './texMatrix';

/** One grid of an exercise. */
export interface GridSpec {
  /** a test hook, unique within the exercise */
  name: string;
  /** what the grid holds, in words, for screen readers and the feedback */
  label: string;
  /** the symbol beside the grid */
  tex: string;
  rows: number;
  cols: number;
  /** the core's values, row-major */
  expected: ArrayLike<number>;
  /** text the cells start with (e.g. the off-diagonal zeros) */
  initial?: readonly string[];
}

interface GridExerciseProps {
  item: GridItem;
  grids: readonly GridSpec[];
  hints: readonly Hint[];
  /** the numbers and the task */
  children: ReactNode;
}

const blank = (g: GridSpec) => Array.from({ length: g.rows * g.cols }, (_, i) => g.initial?.[i] ?? '');
const answerOf = (g: GridSpec) => Array.from(g.expected, entryText);

function position(g: GridSpec, index: number): string {
  const where = g.cols === 1 ? `entry ${index + 1}` : `row ${Math.floor(index / g.cols) + 1}, column ${(index % g.cols) + 1}`;
  return `${g.label}, ${where}`;
}

const KIND_TEXT = { wrong: 'Wrong', empty: 'Empty', invalid: 'Not a number' } as const;

/** The sentences after a check: all right, or the cells that are not, grouped by what is wrong. */
function feedbackOf(grids: readonly GridSpec[], marks: readonly (readonly CellMark[])[]): string {
  const total = grids.reduce((n, g) => n + g.rows * g.cols, 0);
  const groups = (['wrong', 'empty', 'invalid'] as const).map((kind) => {
    const cells = grids.flatMap((g, k) => marks[k].flatMap((m, i) => (m === kind ? [position(g, i)] : [])));
    return { kind, cells };
  });
  const wrong = groups.reduce((n, g) => n + g.cells.length, 0);
  if (wrong === 0) return 'All entries are right.';
  const lines = groups.filter((g) => g.cells.length > 0).map((g) => `${KIND_TEXT[g.kind]}: ${g.cells.join('; ')}.`);
  return [`${total - wrong} of ${total} entries are right.`, ...lines].join(' ');
}

export function GridExercise({ item, grids, hints, children }: GridExerciseProps) {
  const status = useAppStore((s) => s.exProgress.status[item]);
  const record = useAppStore((s) => s.recordExercise);
  const [values, setValues] = useState(() => grids.map(status === 'right' || status === 'shown' ? answerOf : blank));
  const [marks, setMarks] = useState<(CellMark | null)[][]>(() => grids.map((g) => Array(g.rows * g.cols).fill(null)));
  const [feedback, setFeedback] = useState('');

  // Progress read from storage after the first render: show the answer it records.
  const [seenStatus, setSeenStatus] = useState(status);
  if (seenStatus !== status) {
    setSeenStatus(status);
    const allRight = grids.every((g, k) => checkGrid(values[k], g.expected).every((m) => m === 'right'));
    if ((status === 'right' || status === 'shown') && !allRight) setValues(grids.map(answerOf));
  }

  const edit = (k: number, index: number, value: string) => {
    setValues((v) => v.map((cells, g) => (g === k ? cells.map((c, i) => (i === index ? value : c)) : cells)));
    setMarks((m) => m.map((cells, g) => (g === k ? cells.map((c, i) => (i === index ? null : c)) : cells)));
  };

  const check = () => {
    const next = grids.map((g, k) => checkGrid(values[k], g.expected));
    setMarks(next);
    setFeedback(feedbackOf(grids, next));
    record(item, next.every((cells) => cells.every((m) => m === 'right')) ? 'right' : 'tried');
  };

  const show = () => {
    setValues(grids.map(answerOf));
    setMarks(grids.map((g) => Array(g.rows * g.cols).fill(null)));
    setFeedback(status === 'right' ? 'The answer is filled in.' : 'The answer is filled in; this item is recorded as shown.');
    record(item, 'shown');
  };

  return (
    <>
      {children}
      <div className="ex-grids">
        {grids.map((g, k) => (
          <div key={g.name} className="ex-grids__item">
            <ExerciseMath tex={`${g.tex} =`} />
            <MatrixGrid label={g.label} name={g.name} rows={g.rows} cols={g.cols} values={values[k]} marks={marks[k]}
              readOnly={status === 'shown'} onChange={(index, value) => edit(k, index, value)} />
          </div>
        ))}
      </div>
      <div className="ex-actions">
        <button type="button" className="button button--primary" onClick={check} disabled={status === 'shown'}>
          Check
        </button>
        <button type="button" className="button" onClick={show} disabled={status === 'shown'}>
          Show answer
        </button>
      </div>
      <p className="ex-feedback" role="status" data-feedback={item}>
        {feedback}
      </p>
      <ExerciseHints item={item} hints={hints} />
    </>
  );
}
