// The exercises in the URL: `ex=SEED` names a student's exercise set, `exercise=3` opens one
// exercise, `exlock=1` fixes the set so the student cannot draw other numbers. Each is written
// only when set.

import { EXERCISE_COUNT, MAX_EXERCISE_SEED } from '../exercisesSlice';
import type { Field } from './field';

/** An exercise seed: a whole number in [0, 2³²); anything else gives the default set. */
export function exerciseSeedField(key: string): Field<number | null | undefined> {
  return {
    key,
    parse(raw) {
      const text = raw.trim();
      if (text === '' || text === 'none') return { value: null };
      if (!/^\d{1,10}$/.test(text) || Number(text) > MAX_EXERCISE_SEED) return { value: null, problem: `is not an exercise seed (a whole number up to ${MAX_EXERCISE_SEED})` };
      return { value: Number(text) };
    },
    format: (value) => (value === null || value === undefined ? '' : String(value)),
  };
}

/** One exercise, numbered 1..6 as the sheet's parts. */
export function exerciseNumberField(key: string): Field<number | null | undefined> {
  return {
    key,
    parse(raw) {
      const text = raw.trim();
      if (text === '' || text === 'none' || text === '0') return { value: null };
      if (!/^\d{1,6}$/.test(text)) return { value: null, problem: `is not an exercise number (1–${EXERCISE_COUNT})` };
      const n = Number(text);
      return n > EXERCISE_COUNT ? { value: EXERCISE_COUNT, problem: `is out of range (1–${EXERCISE_COUNT})` } : { value: n };
    },
    format: (value) => (value === null || value === undefined ? '' : String(value)),
  };
}
