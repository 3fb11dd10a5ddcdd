// Checks that a message is a well-formed request before the worker acts on it. Anything else
// becomes the error reply that says what is wrong, so a bad message never throws in the worker.
// Parameter ranges are not checked here: the core's assertValidConfig names the bad field.

import { ARCHS, type ArchChoice, type NetworkConfig } from '../core';
import { CRASH_MODES, type CrashMode, type ErrorReply, type RequestOf, type RequestType, type WorkerRequest } from './protocol';
import { decodeLayerDetail, decodeLinearCase } from './jobs/derivationRequests';
import { decodeMeanField, decodePhase, decodeSpectrum } from './jobs/theoryRequests';

type Fields = Record<string, unknown>;

/** The longest list of settings the worker computes ahead in one request. */
export const MAX_AHEAD = 64;

/** One shape check per request type; the compiler asks for a new one with each new type. */
const DECODERS: { [T in RequestType]: (raw: Fields, id: number) => RequestOf<T> | ErrorReply } = {
  gradients: (raw, id) => {
    if (typeof raw.config !== 'object' || raw.config === null) return malformed(id, 'gradients request has no config');
    if (!(ARCHS as readonly unknown[]).includes(raw.arch)) return malformed(id, `arch must be one of ${ARCHS.join(', ')}`);
    const request: RequestOf<'gradients'> = { type: 'gradients', id, config: raw.config as NetworkConfig, arch: raw.arch as ArchChoice };
    if (raw.samples === undefined) return request;
    if (!Number.isInteger(raw.samples) || (raw.samples as number) < 1) return malformed(id, 'samples must be a positive integer');
    return { ...request, samples: raw.samples as number };
  },
  'gradients-ahead': (raw, id) => {
    if (!Array.isArray(raw.configs) || raw.configs.length > MAX_AHEAD) return malformed(id, `configs must be a list of at most ${MAX_AHEAD}`);
    if (!raw.configs.every((c) => typeof c === 'object' && c !== null)) return malformed(id, 'every entry of configs must be a config');
    if (!(ARCHS as readonly unknown[]).includes(raw.arch)) return malformed(id, `arch must be one of ${ARCHS.join(', ')}`);
    return { type: 'gradients-ahead', id, configs: raw.configs as NetworkConfig[], arch: raw.arch as ArchChoice };
  },
  'crash-test': (raw, id) => {
    if (!(CRASH_MODES as readonly unknown[]).includes(raw.mode)) return malformed(id, `mode must be one of ${CRASH_MODES.join(', ')}`);
    return { type: 'crash-test', id, mode: raw.mode as CrashMode };
  },
  'linear-case': decodeLinearCase,
  'layer-detail': decodeLayerDetail,
  'mean-field': decodeMeanField,
  phase: decodePhase,
  spectrum: decodeSpectrum,
};

/** The request if `data` is one, otherwise the error reply that says why not. */
export function decodeRequest(data: unknown): WorkerRequest | ErrorReply {
  if (typeof data !== 'object' || data === null) return malformed(-1, 'request is not an object');
  const raw = data as Fields;
  if (typeof raw.id !== 'number' || !Number.isFinite(raw.id)) return malformed(-1, 'request has no numeric id');
  const { id, type } = raw;
  if (typeof type !== 'string' || !Object.hasOwn(DECODERS, type)) return malformed(id, `unknown request type ${String(type)}`);
  return DECODERS[type as RequestType](raw, id);
}

function malformed(id: number, message: string): ErrorReply {
  return { type: 'error', id, message: `malformed request: ${message}` };
}
