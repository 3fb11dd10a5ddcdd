// What a student has done with one exercise set: each item's result and part 6's prediction
// with its outcome. The checklist, the completion code and the browser's storage all read
// this one shape.

import { GROWTHS, type Growth } from '../core/exercises';

/** Items answered in an entry grid: parts 1–5. */
export const GRID_ITEMS = ['affine', 'activation', 'chain', 'plain', 'residual'] as const;
export type GridItem = (typeof GRID_ITEMS)[number];

/** Every item of a set, in the order of the sheet; `why` is part 5's multiple-choice item. */
export const ITEMS = [...GRID_ITEMS, 'why', 'predict'] as const;
export type ItemId = (typeof ITEMS)[number];

/** How each item is named in the checklist and the completion code. */
export const ITEM_LABELS: Record<ItemId, { code: string; title: string }> = {
  affine: { code: '1', title: 'Jacobian of Ax + b' },
  activation: { code: '2', title: 'Jacobian of σ componentwise' },
  chain: { code: '3', title: 'Jacobian of Aσ(Bx + b)' },
  plain: { code: '4', title: 'Backward step, plain layer' },
  residual: { code: '5', title: 'Backward step, residual block' },
  why: { code: '5b', title: 'Why the residual gradient cannot vanish' },
  predict: { code: '6', title: 'Predict, then drag' },
};

/**
 * todo: not attempted; tried: checked with a wrong or missing entry; right: every entry
 * right (or, for the choice, the first answer right); wrong: the choice's first answer was
 * wrong; shown: the answer was revealed before it was right.
 */
export const STATUSES = ['todo', 'tried', 'right', 'wrong', 'shown'] as const;
export type ItemStatus = (typeof STATUSES)[number];

/** Part 6: what the student said before the reveal, and what the core found. */
export interface Prediction {
  said: Growth;
  /** the power of ten the student named, if any */
  decade: number | null;
  /** index of the scene the prediction is about */
  scene: number;
  /** the outcome once the chart has answered: its growth and log10 of the ratio */
  saw: { growth: Growth; log10: number } | null;
}

export interface Progress {
  status: Partial<Record<Exclude<ItemId, 'predict'>, ItemStatus>>;
  prediction: Prediction | null;
}

export const EMPTY_PROGRESS: Progress = { status: {}, prediction: null };

/** The status an item moves to after a check; right and shown are final. */
export function nextStatus(current: ItemStatus | undefined, outcome: 'right' | 'tried' | 'wrong' | 'shown'): ItemStatus {
  if (current === 'right' || current === 'shown') return current;
  if (current === 'wrong' && outcome === 'right') return 'wrong';
  return outcome;
}

/** The status part 6 shows in the checklist. */
export function predictionStatus(p: Prediction | null): 'todo' | 'predicted' | 'done' {
  if (p === null) return 'todo';
  return p.saw === null ? 'predicted' : 'done';
}

export const isGrowth = (text: unknown): text is Growth => typeof text === 'string' && (GROWTHS as readonly string[]).includes(text);
export const isStatus = (text: unknown): text is ItemStatus => typeof text === 'string' && (STATUSES as readonly string[]).includes(text);
