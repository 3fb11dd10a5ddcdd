// The results slice: the gradients on screen and the state of the computation behind them.
// The result can belong to older parameters than the current ones (while a newer request
// is computed); resultParamsKey says which, so a chart can mark it as out of date.

import type { GradientResult } from '../core';
import type { SliceCreator } from './store';

/** A result as it arrives from the worker, with the parameters it was computed for. */
export interface ShownResult {
  result: GradientResult;
  /** false for the one-input preview of a large job */
  final: boolean;
  /** computation time of this stage */
  ms: number;
  /** paramsKey of the parameters it was computed for */
  paramsKey: string;
}

export interface ResultsSlice {
  result: GradientResult | null;
  resultFinal: boolean;
  /** a request is still being computed */
  computing: boolean;
  /** why the last request failed; cleared by the next result */
  error: string | null;
  lastMs: number | null;
  /** paramsKey of the parameters `result` belongs to ('' before the first result) */
  resultParamsKey: string;
  /** Shows a result; `computing` defaults to "the result is only a preview". */
  setResult(shown: ShownResult, computing?: boolean): void;
  setError(message: string | null, computing?: boolean): void;
  setComputing(computing: boolean): void;
}

export const createResultsSlice: SliceCreator<ResultsSlice> = (set) => ({
  result: null,
  resultFinal: false,
  computing: false,
  error: null,
  lastMs: null,
  resultParamsKey: '',
  setResult: (shown, computing = !shown.final) =>
    set({
      result: shown.result,
      resultFinal: shown.final,
      lastMs: shown.ms,
      resultParamsKey: shown.paramsKey,
      error: null,
      computing,
    }),
  setError: (message, computing = false) => set({ error: message, computing }),
  setComputing: (computing) => set({ computing }),
});
