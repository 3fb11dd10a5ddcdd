// Export file names and the settings sentence of a caption.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../src/store/params';
import { exportFileName } from '../../../src/ui/export/fileName';
import { settingsSentence } from '../../../src/ui/export/settingsText';

describe('exportFileName', () => {
  it('names the chart and the main settings, with only safe characters', () => {
    expect(exportFileName({ ...DEFAULT_PARAMS, sigmaW: 1.41, activation: 'leaky-relu' }, 'gradient', 'png')).toBe(
      'gradient-flow-gradient-both-L50-leaky-relu-sw1.41-seed1.png',
    );
    expect(exportFileName({ ...DEFAULT_PARAMS, norm: 'pre-ln', tied: true }, 'gradient', 'csv')).toBe(
      'gradient-flow-gradient-both-L50-tanh-sw1-pre-ln-tied-seed1.csv',
    );
    expect(exportFileName(DEFAULT_PARAMS, 'a b/c', 'svg')).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('settingsSentence', () => {
  it('lists every parameter, the residual ones only when a residual network is shown', () => {
    expect(settingsSentence(DEFAULT_PARAMS)).toBe(
      'Settings: plain and residual networks, depth L = 50, width n = 64, tanh, σ_w = 1, σ_b = 0, σ_v = 1, α = 1, gaussian init, batch 16, input scale 1, probe loss, seed 1.',
    );
    const plain = settingsSentence({ ...DEFAULT_PARAMS, arch: 'plain', sigmaW: 1.41421356 });
    expect(plain).toContain('plain network, depth');
    expect(plain).toContain('σ_w = 1.4142');
    expect(plain).not.toMatch(/σ_v|α/);
  });

  it('names the normalization and weight sharing when set', () => {
    expect(settingsSentence(DEFAULT_PARAMS)).not.toMatch(/LN|BatchNorm|shared/);
    const set = settingsSentence({ ...DEFAULT_PARAMS, norm: 'post-ln', tied: true });
    expect(set).toContain('tanh, σ_w = 1, σ_b = 0, Post-LN, weights shared across layers (recurrent), σ_v = 1');
    expect(settingsSentence({ ...DEFAULT_PARAMS, norm: 'batch' })).toContain(', BatchNorm,');
  });
});
