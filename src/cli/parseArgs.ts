// Turns argv into validated options, or into the one-line message the CLI prints on a bad
// invocation. Pure (no process, no I/O) so every bad input can be unit-tested directly.

import { DEFAULT_CONFIG, type ArchChoice, type NetworkConfig } from '../core/config';
import { ENSEMBLE, FLAGS, MAX_DUMP_WEIGHTS, FLAG_NAMES, describeAccepted, type FlagSpec, type Format } from './flags';

/** Everything one CLI run needs. */
export interface CliOptions {
  config: NetworkConfig;
  arch: ArchChoice;
  ensemble: number;
  format: Format;
  /** path to write the network dump to, or null for no dump */
  dump: string | null;
  /** --help was given: print usage and ignore everything else */
  help: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; message: string };

/** Plain decimal notation only: rejects '', whitespace, hex, 'Infinity' and 'NaN' that Number() would accept. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** JSON quoting keeps a value with a newline or control character on one line of stderr. */
const quote = (s: string): string => JSON.stringify(s);

const fail = (message: string): ParseResult => ({ ok: false, message: `error: ${message}` });

export function defaultOptions(): CliOptions {
  return { config: { ...DEFAULT_CONFIG }, arch: 'both', ensemble: ENSEMBLE.default, format: 'json', dump: null, help: false };
}

/**
 * Parse `--flag value` and `--flag=value` tokens. Each flag may appear once; a token that is
 * neither a known flag nor the value of the flag before it is an error. `--help` anywhere
 * wins, as in most command-line tools, so a broken command line can still ask for help.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const options = defaultOptions();
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, options: { ...options, help: true } };

  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('-') || token === '-' || token === '--') {
      return fail(`unexpected argument ${quote(token)}: every value follows its flag, e.g. --depth 50 (see --help)`);
    }
    const eq = token.indexOf('=');
    const name = eq >= 0 ? token.slice(0, eq) : token;
    const flag = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined;
    if (!flag) return fail(`unknown flag ${quote(name)}; accepted flags: ${FLAG_NAMES.join(', ')}`);
    if (seen.has(name)) return fail(`${name} given more than once; give it once, as ${describeAccepted(flag)}`);
    seen.add(name);

    if (flag.kind === 'switch') {
      if (eq >= 0) return fail(`${name} takes ${describeAccepted(flag)}, got ${quote(token.slice(eq + 1))}`);
      setSwitch(options, flag.key);
      continue;
    }
    let raw: string;
    if (eq >= 0) {
      raw = token.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      // A following flag is never taken as a value, so `--depth --width 8` reports the missing depth.
      if (next === undefined || next.startsWith('--')) return fail(`${name} needs a value: ${describeAccepted(flag)}`);
      raw = next;
      i++;
    }
    const message = applyFlag(options, name, flag, raw);
    if (message !== null) return fail(message);
  }
  const conflict = checkDump(options);
  return conflict === null ? { ok: true, options } : fail(conflict);
}

/** --dump writes one network, and all of it at once: reject what it cannot write faithfully. */
function checkDump(options: CliOptions): string | null {
  if (options.dump === null) return null;
  if (options.ensemble !== 1) {
    return `--dump writes one network, so it needs --ensemble 1, got ${options.ensemble}; ensemble member e is the network of --seed seed+e`;
  }
  const { depth, width } = options.config;
  const weights = depth * width * width * (options.arch === 'plain' ? 1 : 2);
  if (weights > MAX_DUMP_WEIGHTS) {
    return `--dump accepts at most ${MAX_DUMP_WEIGHTS} weights (depth × width² per matrix set), got ${weights}; lower --depth or --width`;
  }
  return null;
}

/** Validate one value and store it; returns the error text, or null when the value was accepted. */
function applyFlag(options: CliOptions, name: string, flag: FlagSpec, raw: string): string | null {
  const rejected = `${name} must be ${describeAccepted(flag)}, got ${quote(raw)}`;
  switch (flag.kind) {
    case 'numeric':
    case 'ensemble': {
      const value = parseNumber(raw);
      const { min, max, integer } = flag.spec;
      if (value === null || value < min || value > max || (integer && !Number.isInteger(value))) return rejected;
      if (flag.kind === 'ensemble') options.ensemble = value;
      else options.config[flag.key] = value;
      return null;
    }
    case 'enum':
      if (!flag.values.includes(raw)) return rejected;
      setEnum(options, flag.key, raw);
      return null;
    case 'path':
      if (raw === '') return `${name} must be ${describeAccepted(flag)}, got ""`;
      options.dump = raw;
      return null;
    case 'switch':
      return `${name} takes ${describeAccepted(flag)}, got ${quote(raw)}`;
  }
}

function setSwitch(options: CliOptions, key: Extract<FlagSpec, { kind: 'switch' }>['key']): void {
  if (key === 'tied') options.config.tied = true;
  else options.help = true;
}

function parseNumber(raw: string): number | null {
  if (!DECIMAL.test(raw)) return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return Object.is(value, -0) ? 0 : value;
}

/** The value was checked against the same tables that define these unions, so the casts hold. */
function setEnum(options: CliOptions, key: Extract<FlagSpec, { kind: 'enum' }>['key'], raw: string): void {
  switch (key) {
    case 'arch':
      options.arch = raw as CliOptions['arch'];
      return;
    case 'format':
      options.format = raw as CliOptions['format'];
      return;
    case 'activation':
      options.config.activation = raw as NetworkConfig['activation'];
      return;
    case 'init':
      options.config.init = raw as NetworkConfig['init'];
      return;
    case 'loss':
      options.config.loss = raw as NetworkConfig['loss'];
      return;
    case 'norm':
      options.config.norm = raw as NetworkConfig['norm'];
      return;
  }
}
