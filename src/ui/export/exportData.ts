// The numbers behind the charts, in exactly the shape the command line writes them (its own
// formatters, reused): a download and `npm run gradients -- --format json` can be diffed.

import type { GradientResult } from '../../core/result';
import { formatCsv } from '../../cli/formatCsv';
import { formatJson } from '../../cli/formatJson';
import type { Params } from '../../store/params';

/** The result restricted to the architectures `params` asks for, as the CLI's --arch would be. */
export function shownResult(result: GradientResult, params: Params): GradientResult {
  return {
    config: result.config,
    plain: params.arch === 'residual' ? null : result.plain,
    residual: params.arch === 'plain' ? null : result.residual,
  };
}

/** The page computes one network per setting: the CLI's --ensemble 1. */
const ENSEMBLE = 1;

export function resultJson(result: GradientResult, params: Params): string {
  return formatJson(shownResult(result, params), { arch: params.arch, ensemble: ENSEMBLE });
}

export function resultCsv(result: GradientResult, params: Params): string {
  return formatCsv(shownResult(result, params));
}
