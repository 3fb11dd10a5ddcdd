// The exercises' math: seeded numbers for each part, the expected answers from the core's
// Jacobians, how a typed entry is read and checked, and part 6's verdicts. No UI.

export * from './draw';
export * from './answers';
export * from './entry';
export * from './prediction';
