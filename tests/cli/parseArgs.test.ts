// parseArgs: every flag in both spellings, a generated list of bad command lines, and
// a property test over random argv.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, DEFAULT_CONFIG, NORMS, NUMERIC, assertValidConfig } from '../../src/core/config';
import { ENSEMBLE, FLAGS, FLAG_NAMES, MAX_DUMP_WEIGHTS, describeAccepted, type FlagSpec } from '../../src/cli/flags';
import { parseArgs, type CliOptions } from '../../src/cli/parseArgs';

const flagEntries = Object.entries(FLAGS) as [string, FlagSpec][];
const valueFlags = flagEntries.filter(([, f]) => f.kind !== 'switch');

/** Some accepted values of a flag, edges included. */
function goodValues(flag: FlagSpec): string[] {
  switch (flag.kind) {
    case 'numeric':
    case 'ensemble': {
      const { min, max, default: d } = flag.spec;
      return [String(min), String(max), String(d)];
    }
    case 'enum':
      return [...flag.values];
    case 'path':
      return ['out.json', 'dir/with space/d.json'];
    case 'switch':
      return [];
  }
}

/** Where each flag's value lands in the parsed options. */
function read(options: CliOptions, flag: FlagSpec): unknown {
  switch (flag.kind) {
    case 'numeric':
      return options.config[flag.key];
    case 'ensemble':
      return options.ensemble;
    case 'enum':
      return flag.key === 'arch' || flag.key === 'format' ? options[flag.key] : options.config[flag.key];
    case 'path':
      return options.dump;
    case 'switch':
      return flag.key === 'tied' ? options.config.tied : options.help;
  }
}

function expectError(argv: string[], ...mustName: string[]): string {
  const result = parseArgs(argv);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(argv)}`);
  expect(result.message.startsWith('error: ')).toBe(true);
  expect(result.message).not.toContain('\n');
  for (const s of mustName) expect(result.message).toContain(s);
  return result.message;
}

describe('parseArgs accepts', () => {
  it('no flags: the core defaults, both archs, one network, JSON', () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      options: { config: DEFAULT_CONFIG, arch: 'both', ensemble: 1, format: 'json', dump: null, help: false },
    });
  });

  it.each(valueFlags)('%s in both spellings', (name, flag) => {
    for (const raw of goodValues(flag)) {
      for (const argv of [[name, raw], [`${name}=${raw}`]]) {
        const result = parseArgs(argv);
        if (!result.ok) throw new Error(`${JSON.stringify(argv)}: ${result.message}`);
        const expected = flag.kind === 'numeric' || flag.kind === 'ensemble' ? Number(raw) : raw;
        expect(read(result.options, flag)).toBe(expected);
      }
    }
  });

  it('every flag at once', () => {
    const argv = ['--arch', 'residual', '--depth', '7', '--width=9', '--activation', 'gelu', '--sigma-w', '1.5',
      '--sigma-b=0.1', '--sigma-v', '0.5', '--branch-scale', '0.25', '--init', 'orthogonal', '--batch', '3',
      '--input-scale', '2e-1', '--seed', '42', '--loss', 'mse', '--norm', 'post-ln', '--tied', '--ensemble', '1', '--format', 'csv',
      '--dump', 'd.json'];
    expect(parseArgs(argv)).toEqual({
      ok: true,
      options: {
        config: { depth: 7, width: 9, activation: 'gelu', sigmaW: 1.5, sigmaB: 0.1, sigmaV: 0.5, branchScale: 0.25,
          init: 'orthogonal', batch: 3, inputScale: 0.2, seed: 42, loss: 'mse', norm: 'post-ln', tied: true },
        arch: 'residual', ensemble: 1, format: 'csv', dump: 'd.json', help: false,
      },
    });
  });

  it('integers written as 1e3 or 50.0, negative zero as zero', () => {
    const r = parseArgs(['--depth', '1e3', '--width', '50.0', '--sigma-b', '-0']);
    expect(r.ok && [r.options.config.depth, r.options.config.width, Object.is(r.options.config.sigmaB, 0)]).toEqual([1000, 50, true]);
  });

  it('--tied is a switch: on when given, off by default, and it takes no value', () => {
    const on = parseArgs(['--tied', '--depth', '5']);
    expect(on.ok && [on.options.config.tied, on.options.config.depth]).toEqual([true, 5]);
    const off = parseArgs(['--depth', '5']);
    expect(off.ok && off.options.config.tied).toBe(false);
    expect(expectError(['--tied=yes'])).toBe('error: --tied takes no value (present or absent), got "yes"');
    expectError(['--tied', '--tied'], '--tied', 'more than once');
    // a word after --tied is not its value but a stray argument
    expectError(['--tied', 'true'], '"true"');
  });

  it('--norm names its four settings when it rejects a value', () => {
    expect(expectError(['--norm', 'layer'])).toBe('error: --norm must be one of none, pre-ln, post-ln, batch, got "layer"');
    expect(expectError(['--norm'])).toBe('error: --norm needs a value: one of none, pre-ln, post-ln, batch');
  });

  it('--help wins over anything else on the line', () => {
    for (const argv of [['--help'], ['-h'], ['--depth', 'abc', '--help'], ['junk', '--help']]) {
      const r = parseArgs(argv);
      expect(r.ok && r.options.help).toBe(true);
    }
  });
});

/** Values no numeric flag accepts, plus ones outside its particular range. */
function badNumbers(flag: Extract<FlagSpec, { kind: 'numeric' | 'ensemble' }>): string[] {
  const { min, max, integer } = flag.spec;
  const bad = ['abc', 'NaN', 'Infinity', '-Infinity', '', ' 1', '1 ', '0x10', '1,5', '1e', '--', '-1e9', '1e12',
    String(min - 1), String(max + 1), String(max * 10 + 1)];
  if (integer) bad.push(String(min + 0.5), '2.5');
  return bad;
}

/** Every bad invocation we can think of, generated per flag: [argv, text the message must contain]. */
function badInvocations(): [string[], string][] {
  const cases: [string[], string][] = [];
  for (const [name, flag] of valueFlags) {
    const good = goodValues(flag)[0];
    cases.push([[name], name], [[name, '--depth', '5'], name], [['--seed', '1', name], name]);
    cases.push([[name, good, name, good], name], [[`${name}=${good}`, name, good], name]);
    if (flag.kind === 'numeric' || flag.kind === 'ensemble') {
      for (const raw of badNumbers(flag)) {
        // '--' as a separate token reads as a missing value; as `=--` it is a bad value.
        if (raw !== '--') cases.push([[name, raw], name]);
        cases.push([[`${name}=${raw}`], name]);
      }
    } else if (flag.kind === 'enum') {
      for (const raw of ['foo', '', flag.values[0].toUpperCase(), ` ${flag.values[0]}`, `${flag.values[0]},${flag.values[1]}`]) {
        cases.push([[name, raw], name], [[`${name}=${raw}`], name]);
      }
    } else {
      cases.push([[name, ''], name], [[`${name}=`], name]);
    }
  }
  for (const unknown of ['--depht', '--Depth', '--sigmaW', '--sigma_w', '--sigma', '--x', '-d', '-5', '--constructor', '--__proto__']) {
    cases.push([[unknown, '1'], unknown], [[`${unknown}=1`], unknown]);
  }
  for (const junk of ['abc', '5', '-', '--', 'tanh', '--depth=5=6']) cases.push([['--depth', '5', junk], junk.split('=')[0]]);
  cases.push([['--help=yes'], '--help'], [['--tied=1'], '--tied'], [['--tied='], '--tied'], [['--tied', '--tied'], '--tied']);
  return cases;
}

describe('parseArgs rejects', () => {
  const cases = badInvocations();

  it('at least 200 generated bad invocations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map(([argv, flag]) => [JSON.stringify(argv), argv, flag] as const))('%s', (_label, argv, flag) => {
    expectError(argv, flag);
  });

  it('value errors say what is accepted and quote what was given', () => {
    expect(expectError(['--depth', 'abc'])).toBe('error: --depth must be an integer in [1, 10000], got "abc"');
    expect(expectError(['--sigma-w=0'])).toBe(`error: --sigma-w must be a number in [${NUMERIC.sigmaW.min}, ${NUMERIC.sigmaW.max}], got "0"`);
    expect(expectError(['--ensemble', '0'])).toBe(`error: --ensemble must be an integer in [${ENSEMBLE.min}, ${ENSEMBLE.max}], got "0"`);
    expect(expectError(['--activation', 'swish'])).toBe(`error: --activation must be one of ${ACTIVATIONS.join(', ')}, got "swish"`);
    expect(expectError(['--depth'])).toBe('error: --depth needs a value: an integer in [1, 10000]');
  });

  it('--dump with an ensemble, or too large to hold, names --dump', () => {
    expectError(['--dump', 'd.json', '--ensemble', '2'], '--dump', '--ensemble 1');
    expectError(['--depth', '10000', '--width', '512', '--dump', 'd.json'], '--dump', String(MAX_DUMP_WEIGHTS));
    expect(parseArgs(['--depth', '1000', '--width', '64', '--dump', 'd.json']).ok).toBe(true);
  });

  it('a value with a newline stays on one line', () => {
    expect(expectError(['--depth', '5\n6'])).toContain('"5\\n6"');
  });
});

describe('parseArgs on random argv', () => {
  const valueish = fc.oneof(
    fc.string(),
    fc.double().map(String),
    fc.integer({ min: -10, max: 20000 }).map(String),
    fc.constantFrom(...ACTIVATIONS, ...NORMS, 'plain', 'residual', 'both', 'csv', 'json', 'mse', 'probe', 'orthogonal', 'Infinity', ''),
  );
  const token = fc.oneof(
    fc.constantFrom(...FLAG_NAMES.filter((f) => f !== '--help')),
    valueish,
    fc.tuple(fc.constantFrom(...FLAG_NAMES.filter((f) => f !== '--help')), valueish).map(([f, v]) => `${f}=${v}`),
    fc.string().map((s) => `--${s}`),
  );

  it('never throws; ok means a valid config, an error names a flag or the bad token', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        const result = parseArgs(argv);
        if (result.ok) {
          assertValidConfig(result.options.config);
          const { ensemble } = result.options;
          expect(Number.isInteger(ensemble) && ensemble >= ENSEMBLE.min && ensemble <= ENSEMBLE.max).toBe(true);
          return;
        }
        expect(result.message.startsWith('error: ')).toBe(true);
        expect(result.message).not.toMatch(/[\n\r]/);
        const namesFlag = FLAG_NAMES.some((f) => result.message.startsWith(`error: ${f} `));
        const quotesToken = argv.some((t) => [t, t.split('=')[0]].some((part) => result.message.includes(JSON.stringify(part))));
        expect(namesFlag || quotesToken).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('valid options survive a round trip through argv', () => {
    const numeric = Object.fromEntries(
      Object.entries(NUMERIC).map(([key, s]) => [key, s.integer ? fc.integer({ min: s.min, max: s.max }) : fc.double({ min: s.min, max: s.max, noNaN: true })]),
    );
    fc.assert(
      fc.property(fc.record(numeric), fc.integer({ min: ENSEMBLE.min, max: ENSEMBLE.max }), fc.boolean(), (values, ensemble, useEquals) => {
        const argv: string[] = [];
        for (const [name, flag] of flagEntries) {
          if (flag.kind !== 'numeric') continue;
          const v = String(values[flag.key]);
          argv.push(...(useEquals ? [`${name}=${v}`] : [name, v]));
        }
        argv.push('--ensemble', String(ensemble));
        const result = parseArgs(argv);
        if (!result.ok) throw new Error(result.message);
        for (const key of Object.keys(NUMERIC)) expect(result.options.config[key as keyof typeof NUMERIC]).toBe(values[key] === 0 ? 0 : values[key]);
        expect(result.options.ensemble).toBe(ensemble);
      }),
    );
  });

  it('describes every flag the table holds', () => {
    for (const [, flag] of flagEntries) expect(describeAccepted(flag).length).toBeGreaterThan(0);
  });
});
