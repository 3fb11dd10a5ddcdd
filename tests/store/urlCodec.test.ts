// The URL codec: exact round trips for valid parameters (property-based), and decoding of
// any string, however hostile, to valid parameters with short notices.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidConfig } from '../../src/core';
import { CHOICES, cleanNumber, configOf, DEFAULT_PARAMS, UI_LIMITS, type NumericParam, type Params } from '../../src/store/params';
import { decodeHash, encodeHash } from '../../src/store/urlCodec';

/** Any number a slider or a careless caller might produce for `key`, cleaned. */
const numeric = (key: NumericParam) =>
  fc.oneof(
    fc.double({ min: UI_LIMITS[key].min, max: UI_LIMITS[key].max, noNaN: true }),
    fc.double(),
    fc.integer({ min: Math.ceil(UI_LIMITS[key].min), max: Math.min(UI_LIMITS[key].max, 2 ** 31 - 1) }),
  ).map((v) => cleanNumber(key, v));

const validParams: fc.Arbitrary<Params> = fc.record({
  arch: fc.constantFrom(...CHOICES.arch),
  depth: numeric('depth'),
  width: numeric('width'),
  activation: fc.constantFrom(...CHOICES.activation),
  sigmaW: numeric('sigmaW'),
  sigmaB: numeric('sigmaB'),
  sigmaV: numeric('sigmaV'),
  branchScale: numeric('branchScale'),
  init: fc.constantFrom(...CHOICES.init),
  batch: numeric('batch'),
  inputScale: numeric('inputScale'),
  seed: numeric('seed'),
  loss: fc.constantFrom(...CHOICES.loss),
  norm: fc.constantFrom(...CHOICES.norm),
  tied: fc.boolean(),
});

/** Parameters the page can run: in range, canonical, and accepted by the core. */
function expectValid(params: Params): void {
  expect(() => assertValidConfig(configOf(params))).not.toThrow();
  expect(Object.keys(params).sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
  expect(CHOICES.arch).toContain(params.arch);
  for (const key of Object.keys(UI_LIMITS) as NumericParam[]) {
    expect(Object.is(params[key], cleanNumber(key, params[key]))).toBe(true);
  }
}

function expectShortNotices(notices: string[]): void {
  expect(notices.length).toBeLessThanOrEqual(5);
  for (const notice of notices) {
    expect(typeof notice).toBe('string');
    expect(notice.length).toBeLessThan(200);
    expect(notice).not.toMatch(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u);
  }
}

const NASTY_VALUES = [
  'NaN', 'nan', 'Infinity', '-Infinity', '-0', '+0', '1e400', '-1e400', '1e-400', '0x10', '0b1', '1_000',
  '', ' ', '.', '-', 'e5', '1e', '1.2.3', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '%', '%zz', '%E0%A4%A', '%00', '１２', '٣', '𝟙𝟚', 'tanh\u0000', '\u202Erelu', 'RELU', ' relu ', '9'.repeat(400),
  '__proto__', 'constructor', 'toString',
];
const KEYS = ['arch', 'depth', 'width', 'act', 'sw', 'sb', 'sv', 'alpha', 'init', 'batch', 's', 'seed', 'loss', 'norm', 'tied'];

const hostileHash = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS, '__proto__', 'constructor', ''), fc.string({ unit: 'binary', maxLength: 8 })),
      fc.oneof(fc.constantFrom(...NASTY_VALUES), fc.double().map(String), fc.string({ unit: 'binary' }), fc.bigInt().map(String)),
      fc.constantFrom('=', '', '=='),
    ),
    { maxLength: 40 },
  )
  .map((pairs) => '#' + pairs.map(([k, v, eq]) => k + eq + v).join('&'));

describe('encodeHash', () => {
  it('writes every parameter with readable keys, in a fixed order', () => {
    expect(encodeHash({ ...DEFAULT_PARAMS, sigmaW: 1.2, seed: 3 })).toBe(
      '#arch=both&depth=50&width=64&act=tanh&sw=1.2&sb=0&sv=1&alpha=1&init=gaussian&batch=16&s=1&seed=3&loss=probe',
    );
  });

  it('writes the normalization and weight sharing only when set', () => {
    expect(encodeHash({ ...DEFAULT_PARAMS, norm: 'pre-ln', tied: true })).toBe(
      '#arch=both&depth=50&width=64&act=tanh&sw=1&sb=0&sv=1&alpha=1&init=gaussian&batch=16&s=1&seed=1&loss=probe&norm=pre-ln&tied=1',
    );
    expect(encodeHash({ ...DEFAULT_PARAMS, norm: 'batch' })).toMatch(/&loss=probe&norm=batch$/);
    expect(encodeHash({ ...DEFAULT_PARAMS, tied: true })).toMatch(/&loss=probe&tied=1$/);
  });

  it('writes floats without float noise', () => {
    expect(encodeHash({ ...DEFAULT_PARAMS, sigmaW: 0.1 + 0.2 })).toContain('sw=0.3&');
    expect(encodeHash({ ...DEFAULT_PARAMS, inputScale: 0.001 })).toContain('s=0.001&');
  });

  it('valid parameters round-trip exactly, without notices', () => {
    fc.assert(
      fc.property(validParams, (params) => {
        const { params: decoded, notices } = decodeHash(encodeHash(params));
        expect(decoded).toEqual(params);
        expect(notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeHash', () => {
  const cases: [string, Partial<Params>, string[]][] = [
    ['', {}, []],
    ['#', {}, []],
    ['#&&&', {}, []],
    ['depth=12', { depth: 12 }, []],
    ['#depth=5000', { depth: 1000 }, ['depth=5000 is out of range; using 1000']],
    ['#depth=0', { depth: 1 }, ['depth=0 is out of range; using 1']],
    ['#depth=2.5', { depth: 3 }, ['depth=2.5 is not a whole number; using 3']],
    ['#depth=NaN', {}, ['depth=NaN is not a number; using 50']],
    ['#depth', {}, ['depth= is not a number; using 50']],
    ['#sw=Infinity', {}, ['sw=Infinity is not a number; using 1']],
    ['#sw=1e400', { sigmaW: 10 }, ['sw=1e400 is out of range; using 10']],
    ['#sw=-1e400', { sigmaW: 0.01 }, ['sw=-1e400 is out of range; using 0.01']],
    ['#sb=-0', { sigmaB: 0 }, []],
    ['#sw=1.23456789', { sigmaW: 1.23457 }, []],
    ['#width=%35%31%32', { width: 512 }, []],
    ['#depth=%E0%A4%A', {}, ['depth=%E0%A4%A is not a number; using 50']],
    ['#depth=１２', {}, ['depth=１２ is not a number; using 50']],
    ['#act=%E2%80%AEurlre%00', {}, ['act=urlre is not one of identity, relu, leaky-relu, tanh, sigmoid, gelu; using tanh']],
    ['#act=ReLU&arch=%20plain', { activation: 'relu', arch: 'plain' }, []],
    ['#act=softmax', {}, ['act=softmax is not one of identity, relu, leaky-relu, tanh, sigmoid, gelu; using tanh']],
    ['#act=<script>alert(1)</script>', {}, ['act=<script>alert(1)</scrip… is not one of identity, relu, leaky-relu, tanh, sigmoid, gelu; using tanh']],
    ['#depth=10&depth=20', { depth: 20 }, ['depth appears more than once; using the last']],
    ['#foo=1&depth=7', { depth: 7 }, ['Ignored unknown key "foo"']],
    ['#__proto__=1&constructor=2', {}, ['Ignored unknown keys "__proto__", "constructor"']],
    ['#norm=post-ln&tied=1', { norm: 'post-ln', tied: true }, []],
    ['#norm=BATCH&tied=0', { norm: 'batch' }, []],
    ['#norm=none&tied', { tied: true }, []],
    ['#norm=layer', {}, ['norm=layer is not one of none, pre-ln, post-ln, batch; using none']],
    ['#tied=maybe', {}, ['tied=maybe is not 1 or 0; using 0']],
    ['#seed=4294967296', { seed: 4294967295 }, ['seed=4294967296 is out of range; using 4294967295']],
  ];
  it.each(cases)('%j', (hash, changes, notices) => {
    const decoded = decodeHash(hash);
    expect(decoded.params).toEqual({ ...DEFAULT_PARAMS, ...changes });
    expect(decoded.notices).toEqual(notices);
  });

  it('does not pollute Object.prototype', () => {
    decodeHash('#__proto__[depth]=1&__proto__=x&constructor.prototype.x=1');
    expect(({} as Record<string, unknown>).depth).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('5000 unknown keys give one notice that counts them', () => {
    const hash = '#' + Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&') + '&depth=9';
    const { params, notices } = decodeHash(hash);
    expect(params.depth).toBe(9);
    expect(notices).toEqual(['Ignored unknown keys "k0", "k1", "k2", … (5000 in all)']);
  });

  it('every field wrong at once: notices are capped and counted', () => {
    const hash = '#' + KEYS.map((k) => `${k}=NaN`).join('&');
    const { params, notices } = decodeHash(hash);
    expect(params).toEqual(DEFAULT_PARAMS);
    expect(notices).toHaveLength(5);
    expect(notices[4]).toBe('…and 11 more problems in the link');
  });

  it('stays fast on huge and pathological input', () => {
    const start = performance.now();
    decodeHash('#depth=' + '9'.repeat(200_000) + 'x');
    decodeHash('#' + 'depth=1&'.repeat(100_000));
    decodeHash('#' + '%'.repeat(200_000));
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('any string decodes to valid parameters without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), hostileHash), (hash) => {
        const { params, notices } = decodeHash(hash);
        expectValid(params);
        expectShortNotices(notices);
      }),
      { numRuns: 1000 },
    );
  });

  it('decoded parameters are a fixed point: re-encoding gives the same, silently', () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        const once = decodeHash(hash).params;
        const twice = decodeHash(encodeHash(once));
        expect(twice.params).toEqual(once);
        expect(twice.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on non-string input either', () => {
    for (const junk of [undefined, null, 42, {}, []]) {
      expect(decodeHash(junk as unknown as string).params).toEqual(DEFAULT_PARAMS);
    }
  });
});
