// The page's colours, read from its stylesheets: every palette (light, dark and the two
// high-contrast ones of presentation mode) keeps text readable (WCAG contrast, 7:1 when high
// contrast), and keeps the plain and residual series apart from each other and from the
// background for readers with colour-vision deficiency: the colours are passed through the
// Machado, Oliveira & Fernandes (2009) simulation of protanopia, deuteranopia and
// tritanopia (severity 1) and compared by CIEDE2000 colour difference in CIE Lab.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rgb = [number, number, number];
type Palette = Record<string, string>;

/** The custom properties declared in the block `selector { … }` of a stylesheet. */
function declarations(file: string, selector: string): Palette {
  const css = readFileSync(new URL(`../../src/ui/styles/${file}`, import.meta.url), 'utf8');
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`${file} has no block ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const LIGHT = declarations('theme.css', ':root');
const DARK = declarations('theme.css', ":root[data-scheme='dark']");
const HC_LIGHT = declarations('presentation.css', ":root[data-contrast='more']");
const HC_DARK = declarations('presentation.css', ":root[data-scheme='dark'][data-contrast='more']");

/** The cascade: later blocks win, as their selectors are more specific or come later. */
const PALETTES: Record<string, { colours: Palette; minTextContrast: number }> = {
  light: { colours: LIGHT, minTextContrast: 4.5 },
  dark: { colours: { ...LIGHT, ...DARK }, minTextContrast: 4.5 },
  'high-contrast light': { colours: { ...LIGHT, ...HC_LIGHT }, minTextContrast: 7 },
  'high-contrast dark': { colours: { ...LIGHT, ...DARK, ...HC_LIGHT, ...HC_DARK }, minTextContrast: 7 },
};

function hex(colour: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) throw new Error(`not a #rrggbb colour: ${colour}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (colour: string): Rgb => hex(colour).map(toLinear) as Rgb;

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado et al. 2009, severity 1.0, applied to linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, matrix: number[][]): Rgb {
  return matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
}

/** CIE Lab (D65) of a linear sRGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000([L1, a1, b1]: Rgb, [L2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) dhp = Math.abs(h2p - h1p) <= 180 ? h2p - h1p : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lbp = (L1 + L2) / 2;
  const Cbp = (C1p + C2p) / 2;
  let hbp = h1p + h2p;
  if (C1p * C2p !== 0) hbp = Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  const T = 1 - 0.17 * Math.cos((hbp - 30) * rad) + 0.24 * Math.cos(2 * hbp * rad) + 0.32 * Math.cos((3 * hbp + 6) * rad) - 0.2 * Math.cos((4 * hbp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
  const Cbp7 = Cbp ** 7;
  const RC = 2 * Math.sqrt(Cbp7 / (Cbp7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
  const SC = 1 + 0.045 * Cbp;
  const SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** ΔE2000 between two palette colours as a reader with `vision` sees them. */
function seenDifference(a: string, b: string, vision: string): number {
  const see = (c: string) => lab(vision === 'typical' ? linear(c) : simulate(linear(c), CVD[vision]));
  return deltaE2000(see(a), see(b));
}

/** Plain vs residual must stay clearly apart; each line must stand out from the page. */
const MIN_SERIES_DELTA_E = 35;
const MIN_BACKGROUND_DELTA_E = 30;

describe('colour maths', () => {
  it('matches published values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // Sharma, Wu & Dalal (2005), test pairs 1 and 17
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(lab(linear('#ffffff'))[0]).toBeCloseTo(100, 3);
    // a simulation keeps greys grey
    for (const matrix of Object.values(CVD)) {
      const [r, g, b] = simulate(linear('#808080'), matrix);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(2e-3);
    }
  });
});

describe.each(Object.entries(PALETTES))('%s palette', (_name, { colours, minTextContrast }) => {
  const c = (name: string) => colours[`--${name}`];

  it.each(['text', 'text-muted', 'plain-text', 'residual-text', 'error-text'])(`--%s on the page and on panels is at least ${minTextContrast}:1`, (name) => {
    expect(contrast(c(name), c('bg'))).toBeGreaterThanOrEqual(minTextContrast);
    expect(contrast(c(name), c('surface'))).toBeGreaterThanOrEqual(minTextContrast);
  });

  it('error text on its banner and focus ring on panels are readable', () => {
    expect(contrast(c('error-text'), c('error-bg'))).toBeGreaterThanOrEqual(minTextContrast);
    expect(contrast(c('focus'), c('surface'))).toBeGreaterThanOrEqual(3);
  });

  it('each series line has at least 3:1 against the panel (WCAG non-text contrast)', () => {
    expect(contrast(c('plain'), c('surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(c('residual'), c('surface'))).toBeGreaterThanOrEqual(3);
  });

  it.each(['typical', 'protanopia', 'deuteranopia', 'tritanopia'])('under %s vision, plain, residual and the panel stay apart', (vision) => {
    expect(seenDifference(c('plain'), c('residual'), vision)).toBeGreaterThanOrEqual(MIN_SERIES_DELTA_E);
    expect(seenDifference(c('plain-text'), c('residual-text'), vision)).toBeGreaterThanOrEqual(MIN_SERIES_DELTA_E);
    for (const series of ['plain', 'residual']) {
      expect(seenDifference(c(series), c('surface'), vision), series).toBeGreaterThanOrEqual(MIN_BACKGROUND_DELTA_E);
      expect(seenDifference(c(series), c('bg'), vision), series).toBeGreaterThanOrEqual(MIN_BACKGROUND_DELTA_E);
    }
  });
});

describe('the high-contrast palettes', () => {
  it('define the same colours as each other, so neither leaks into the other', () => {
    expect(Object.keys(HC_DARK).sort()).toEqual(Object.keys(HC_LIGHT).sort());
  });
});
