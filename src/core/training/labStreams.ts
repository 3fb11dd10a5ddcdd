// The training lab draws all of its randomness from the core's 'lab' stream; this table gives
// each use its own index, so the data, the teacher, the embedding, the read-out and the
// minibatch order are independent streams and adding one never shifts another.

import { Random } from '../random';

/** Indices into the 'lab' stream. Kept far from 0 so other users of 'lab' can take small ones. */
const LAB_INDEX = {
  trainSet: 0x7100,
  testSet: 0x7101,
  teacher: 0x7102,
  embedding: 0x7103,
  readout: 0x7104,
  minibatch: 0x7105,
} as const;

export type LabUse = keyof typeof LAB_INDEX;

/** The generator for one use of the lab's randomness under `seed`. */
export function labRandom(seed: number, use: LabUse): Random {
  return new Random(seed, 'lab', LAB_INDEX[use]);
}
