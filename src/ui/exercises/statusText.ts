// Words for each item's result, shared by the student's checklist and the instructor's check.

import type { ItemStatus } from '../../store/exercisesProgress';

export const STATUS_TEXT: Record<ItemStatus, string> = {
  todo: 'not done',
  tried: 'tried, not yet right',
  right: 'right',
  wrong: 'first answer wrong',
  shown: 'answer shown',
};

/** A symbol that repeats the words for the eye; the words are always there too. */
export const STATUS_SYMBOL: Record<ItemStatus, string> = {
  todo: '○',
  tried: '◐',
  right: '✓',
  wrong: '✗',
  shown: '◉',
};
