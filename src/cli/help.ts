// The --help text, generated from the flag table so it always lists what the parser accepts.

import { DEFAULT_CONFIG } from '../core/config';
import { ENSEMBLE, FLAGS, describeAccepted, type FlagSpec } from './flags';
import { defaultOptions } from './parseArgs';

function defaultOf(flag: FlagSpec): string {
  const options = defaultOptions();
  switch (flag.kind) {
    case 'numeric':
      return String(DEFAULT_CONFIG[flag.key]);
    case 'ensemble':
      return String(ENSEMBLE.default);
    case 'enum':
      return String(flag.key === 'arch' || flag.key === 'format' ? options[flag.key] : DEFAULT_CONFIG[flag.key]);
    case 'path':
      return '';
    case 'switch':
      return flag.key === 'tied' ? 'off' : '';
  }
}

export function helpText(): string {
  const rows = Object.entries(FLAGS).map(([name, flag]) => {
    const value = flag.kind === 'switch' ? '' : flag.kind === 'path' ? ' FILE' : ' VALUE';
    const fallback = defaultOf(flag);
    const accepted = flag.kind === 'switch' || flag.kind === 'path' ? '' : `; ${describeAccepted(flag)}`;
    const def = fallback === '' ? '' : ` (default ${fallback})`;
    return `  ${(name + value).padEnd(22)} ${flag.help}${accepted}${def}`;
  });
  return [
    'Usage: npm run -s gradients -- [flags]',
    '',
    'Computes per-layer gradient and activation norms (log10) of a randomly initialised',
    'plain and/or residual network and prints them on stdout.',
    'Flags take a value as `--flag value` or `--flag=value`; each flag at most once.',
    '',
    ...rows,
    '',
    'Per-sample gradient: log10GradNorm of sample i at layer k is ‖∂(Σ_j L_j)/∂F_k(x_i)‖, which is',
    '‖∇_{F_k} L_i‖ unless BatchNorm couples the samples of the batch. Parameter gradients are those of',
    'the batch mean (1/B) Σ_i L_i; with --tied, layer k\'s log10GradW (GradB, GradV) is the norm of its',
    'own term in the shared matrix\'s gradient, which is the sum of those terms over k.',
    '',
    'JSON: null stands for a non-finite value. A null field listed in the layer\'s "zero"',
    'array is zero (log10 = -Infinity: dead units); any other null is not available because',
    'the forward pass overflowed (see "overflowLayer"). CSV writes -Infinity and NaN as such.',
    'Exit codes: 0 success, 1 runtime failure (e.g. the dump file cannot be written), 2 bad flags.',
    '',
  ].join('\n');
}
