// Download names that say what is inside, so a folder of exported slides stays sorted:
// gradient-flow-gradient-both-L50-tanh-sw1-seed1.png.

import type { Params } from '../../store/params';

export function exportFileName(params: Params, what: string, extension: string): string {
  const parts = [
    'gradient-flow', what, params.arch, `L${params.depth}`, params.activation, `sw${params.sigmaW}`,
    ...(params.norm === 'none' ? [] : [params.norm]),
    ...(params.tied ? ['tied'] : []),
    `seed${params.seed}`,
  ];
  return `${parts.join('-').replace(/[^A-Za-z0-9.-]+/g, '_')}.${extension}`;
}
