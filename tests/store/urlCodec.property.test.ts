// The URL codec under adversarial input, field by field. urlCodec.test.ts checks that any
// whole string decodes to valid parameters; this file checks what the reader is told: every
// value that was changed is named in a notice, every value kept as written is kept silently,
// and the store ends up holding exactly what the codec decoded.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHOICES, cleanNumber, DEFAULT_PARAMS, UI_LIMITS, type NumericParam, type Params } from '../../src/store/params';
import { createAppStore } from '../../src/store/store';
import { decodeHash, encodeHash } from '../../src/store/urlCodec';

/** URL key of each numeric parameter (the codec's table, written out independently). */
const NUMERIC_KEYS: Record<NumericParam, string> = {
  depth: 'depth', width: 'width', sigmaW: 'sw', sigmaB: 'sb', sigmaV: 'sv', branchScale: 'alpha', batch: 'batch', inputScale: 's', seed: 'seed',
};
const NUMERIC_PARAMS = Object.keys(NUMERIC_KEYS) as NumericParam[];
const CHOICE_KEYS = { arch: 'arch', activation: 'act', init: 'init', loss: 'loss', norm: 'norm' } as const;

/** Numbers as people and programs write them: signs, exponents, leading zeros, trailing dots. */
const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ min: -2e3, max: 2e3, noNaN: true }).map((v) => v.toExponential(3)),
  fc.integer({ min: -5000, max: 5000 }).map((v) => (v >= 0 ? `+${v}` : String(v))),
  fc.integer({ min: 0, max: 2000 }).map((v) => `00${v}.`),
  fc.constantFrom('-0', '+0', '0.0', '-0e5', '1e308', '1e309', '-1e309', '5e-324', '1e-400', '4294967295', '4294967296', '.5', '2.', '1E1'),
);

/** Text that is no number: words, script, other digit systems, stray escapes, very long runs. */
const notNumberText = fc.oneof(
  fc.constantFrom(
    'NaN', 'Infinity', '-Infinity', 'inf', '', ' ', '0x1f', '1_0', '1,5', '--1', '+-1', '1e', 'e1', '..1', '٣', '１２', '𝟙',
    '<script>alert(1)</script>', 'javascript:alert(1)', '${1+1}', '{{7*7}}', '%', '%zz', '%00', '\u202E12', '\u00001', '1'.repeat(40),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s)),
);

describe('numeric fields', () => {
  it.each(NUMERIC_PARAMS)('%s: a number is cleaned like a slider value, and any change is named', (param) => {
    const key = NUMERIC_KEYS[param];
    const spec = UI_LIMITS[param];
    fc.assert(
      fc.property(numberText, (text) => {
        const { params, notices } = decodeHash(`#${key}=${encodeURIComponent(text)}`);
        const parsed = Number(text);
        expect(Object.is(params[param], cleanNumber(param, parsed))).toBe(true);
        expect(params[param]).toBeGreaterThanOrEqual(spec.min);
        expect(params[param]).toBeLessThanOrEqual(spec.max);
        expect({ ...params, [param]: DEFAULT_PARAMS[param] }).toEqual(DEFAULT_PARAMS);
        const inRange = parsed >= spec.min && parsed <= spec.max && (!spec.integer || Number.isInteger(parsed));
        if (inRange) expect(notices).toEqual([]);
        else {
          expect(notices).toHaveLength(1);
          expect(notices[0].startsWith(`${key}=`)).toBe(true);
          expect(notices[0]).toMatch(/; using \S+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(NUMERIC_PARAMS)('%s: text that is no number keeps the default and says so', (param) => {
    const key = NUMERIC_KEYS[param];
    fc.assert(
      fc.property(notNumberText, (text) => {
        const { params, notices } = decodeHash(`#${key}=${encodeURIComponent(text)}`);
        expect(params).toEqual(DEFAULT_PARAMS);
        expect(notices).toEqual([expect.stringMatching(new RegExp(`^${key}=.* is not a number; using ${DEFAULT_PARAMS[param]}$`, 's'))]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('choice fields', () => {
  const choiceParams = Object.keys(CHOICE_KEYS) as (keyof typeof CHOICE_KEYS)[];

  it.each(choiceParams)('%s: any spelling of a choice is accepted; anything else is named', (param) => {
    const key = CHOICE_KEYS[param];
    const choices = CHOICES[param] as readonly string[];
    const spelling = fc.tuple(fc.constantFrom(...choices), fc.boolean(), fc.constantFrom('', ' ', '  ')).map(([c, upper, pad]) => `${pad}${upper ? c.toUpperCase() : c}${pad}`);
    fc.assert(
      fc.property(fc.oneof(spelling, fc.string({ unit: 'grapheme', maxLength: 12 }), notNumberText), (text) => {
        const { params, notices } = decodeHash(`#${key}=${encodeURIComponent(text)}`);
        const meant = text.trim().toLowerCase();
        if (choices.includes(meant)) {
          expect(params[param]).toBe(meant);
          expect(notices).toEqual([]);
        } else {
          expect(params[param]).toBe(DEFAULT_PARAMS[param]);
          expect(notices).toHaveLength(1);
          expect(notices[0]).toMatch(new RegExp(`^${key}=.* is not one of ${choices.join(', ')}; using ${DEFAULT_PARAMS[param]}$`, 's'));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A hash mixing valid fields, bad fields and unknown keys, with the parameters it should give. */
const mixedHash = fc
  .record({
    good: fc.subarray(NUMERIC_PARAMS),
    bad: fc.subarray(NUMERIC_PARAMS, { maxLength: 3 }),
    values: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: NUMERIC_PARAMS.length, maxLength: NUMERIC_PARAMS.length }),
    unknownCount: fc.integer({ min: 0, max: 3000 }),
  })
  .map(({ good, bad, values, unknownCount }) => {
    const expected: Params = { ...DEFAULT_PARAMS };
    const parts: string[] = [];
    for (let i = 0; i < unknownCount; i++) parts.push(`unknown${i}=<b>${i}</b>`);
    good.forEach((param) => {
      const spec = UI_LIMITS[param];
      const v = cleanNumber(param, spec.min + values[NUMERIC_PARAMS.indexOf(param)] * (Math.min(spec.max, 1e4) - spec.min));
      parts.push(`${NUMERIC_KEYS[param]}=${v}`);
      expected[param] = v;
    });
    const badOnly = bad.filter((param) => !good.includes(param));
    for (const param of badOnly) parts.push(`${NUMERIC_KEYS[param]}=NaN`);
    return { hash: '#' + parts.join('&'), expected, badKeys: badOnly.map((p) => NUMERIC_KEYS[p]), unknownCount };
  });

describe('whole links', () => {
  it('valid fields survive thousands of unknown keys, and each bad field is named', () => {
    fc.assert(
      fc.property(mixedHash, ({ hash, expected, badKeys, unknownCount }) => {
        const { params, notices } = decodeHash(hash);
        expect(params).toEqual(expected);
        for (const key of badKeys) expect(notices.some((n) => n.startsWith(`${key}=NaN is not a number`))).toBe(true);
        const unknownNotice = notices.filter((n) => n.startsWith('Ignored unknown'));
        expect(unknownNotice).toHaveLength(unknownCount > 0 ? 1 : 0);
        if (unknownCount > 3) expect(unknownNotice[0]).toContain(`(${unknownCount} in all)`);
        expect(notices.length).toBe(badKeys.length + (unknownCount > 0 ? 1 : 0));
      }),
      { numRuns: 60 },
    );
  });

  it('the store holds exactly what the codec decoded, for any string', () => {
    const anyHash = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.tuple(fc.constantFrom(...Object.values(NUMERIC_KEYS), ...Object.values(CHOICE_KEYS)), fc.oneof(numberText, notNumberText)), { maxLength: 20 })
        .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(anyHash, (hash) => {
        const store = createAppStore();
        const { params, notices } = decodeHash(hash);
        store.getState().setParams(params);
        for (const n of notices) store.getState().addNotice(n);
        expect(store.getState().params).toEqual(params);
        const again = decodeHash(encodeHash(store.getState().params));
        expect([again.params, again.notices]).toEqual([params, []]);
        for (const n of store.getState().notices) expect(n.length).toBeLessThan(200);
      }),
      { numRuns: 300 },
    );
  });

  it('a link longer than any browser sends decodes in well under a second', () => {
    const hash = '#' + Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `depth=${'9'.repeat(50)}` : `k${i}=%E2%80%AE<script>`)).join('&');
    const start = performance.now();
    const { params, notices } = decodeHash(hash);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(params.depth).toBe(DEFAULT_PARAMS.depth);
    expect(notices.length).toBeLessThanOrEqual(5);
  });
});
