// The exercises' views as markup: every cell of an entry grid is named "row i, column j" and says
// its verdict in words; the prompts print the set's own numbers; the checklist and the
// completion code read the store.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { drawExerciseSet } from '../../../src/core/exercises';
import { PREDICT_SCENES } from '../../../src/store/exercisePrediction';
import { Checklist } from '../../../src/ui/exercises/Checklist';
import { CompletionCode } from '../../../src/ui/exercises/CompletionCode';
import { ActivationPart, AffinePart } from '../../../src/ui/exercises/JacobianParts';
import { MatrixGrid } from '../../../src/ui/exercises/MatrixGrid';
import { texMatrix, texNumber } from '../../../src/ui/exercises/texMatrix';

describe('MatrixGrid', () => {
  const html = renderToStaticMarkup(
    <MatrixGrid label="J" name="J" rows={2} cols={3} values={['1', 'x', '', '2', '3', '4']} marks={['right', 'invalid', 'empty', 'wrong', null, null]} onChange={() => {}} />,
  );

  it('names every cell by row and column', () => {
    for (let i = 1; i <= 2; i++) for (let j = 1; j <= 3; j++) expect(html).toContain(`aria-label="J, row ${i}, column ${j}"`);
    expect(html.match(/<input/g)).toHaveLength(6);
  });

  it('says each verdict in words and marks the cells that are not right as invalid', () => {
    expect(html).toContain('✓ right');
    expect(html).toContain('✗ wrong');
    expect(html).toContain('✗ empty');
    expect(html).toContain('✗ not a number');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(3);
  });
});

describe('the prompts', () => {
  const set = drawExerciseSet(4711, PREDICT_SCENES.length);

  it('print the set’s own matrix and a grid of its shape', () => {
    const html = renderToStaticMarkup(<AffinePart set={set} />);
    expect(html.match(/<input/g)).toHaveLength(set.affine.A.rows * 3);
    expect(html).toContain('Hint');
    expect(html).toContain('Show answer');
    expect(texMatrix(set.affine.A)).toContain(texNumber(set.affine.A.data[0]));
  });

  it('start part 2 with zeros off the diagonal and the diagonal empty', () => {
    const html = renderToStaticMarkup(<ActivationPart set={set} />);
    const values = [...html.matchAll(/<input[^>]*value="([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual(['', '0', '0', '0', '', '0', '0', '0', '']);
  });
});

describe('progress views', () => {
  // Server rendering reads the store's initial state: a fresh page, nothing done yet.
  it('list every item as not done, and the code holds the default set', () => {
    const list = renderToStaticMarkup(<Checklist />);
    expect(list.match(/data-item=/g)).toHaveLength(7);
    expect(list.match(/not done/g)).toHaveLength(7);
    expect(list).toContain('5b. Why the residual gradient cannot vanish');
    const code = renderToStaticMarkup(<CompletionCode />);
    expect(code).toContain('GF-EX1 seed=1 1=todo 2=todo 3=todo 4=todo 5=todo 5b=todo 6=todo');
  });
});
