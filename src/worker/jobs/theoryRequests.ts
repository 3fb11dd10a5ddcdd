// Shape checks for the theory jobs, the entries decodeRequest.ts lists for them. Parameter
// ranges (and whether every cell of a phase grid is a valid network) are the core's to check.

import type { Arch, NetworkConfig } from '../../core';
import type { PhaseAxes } from '../../core/theory';
import type { ErrorReply } from '../protocol';
import type { MeanFieldRequest, PhaseRequest, SpectrumRequest } from './theoryProtocol';

type Fields = Record<string, unknown>;

/** Phase grids beyond this many cells per axis are not what the page asks for. */
export const MAX_PHASE_AXIS = 64;

function malformed(id: number, message: string): ErrorReply {
  return { type: 'error', id, message: `malformed request: ${message}` };
}

const hasConfig = (raw: Fields) => typeof raw.config === 'object' && raw.config !== null;

/** A non-empty list of distinct architectures, or null. */
function archList(value: unknown): Arch[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 2) return null;
  if (!value.every((a) => a === 'plain' || a === 'residual')) return null;
  return new Set(value).size === value.length ? (value as Arch[]) : null;
}

function numberList(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PHASE_AXIS) return null;
  return value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (value as number[]) : null;
}

function decodeAxes(value: unknown): PhaseAxes | string {
  if (typeof value !== 'object' || value === null) return 'phase request has no axes';
  const raw = value as Fields;
  if (raw.x !== 'sigmaW') return 'axes.x must be sigmaW';
  if (raw.y !== 'sigmaB' && raw.y !== 'depth') return 'axes.y must be sigmaB or depth';
  const xs = numberList(raw.xs);
  const ys = numberList(raw.ys);
  if (!xs || !ys) return `axes.xs and axes.ys must be lists of 1 to ${MAX_PHASE_AXIS} finite numbers`;
  return { x: 'sigmaW', y: raw.y, xs, ys };
}

export function decodeMeanField(raw: Fields, id: number): MeanFieldRequest | ErrorReply {
  if (!hasConfig(raw)) return malformed(id, 'mean-field request has no config');
  const archs = archList(raw.archs);
  if (!archs) return malformed(id, 'archs must list plain and/or residual');
  return { type: 'mean-field', id, config: raw.config as NetworkConfig, archs };
}

export function decodePhase(raw: Fields, id: number): PhaseRequest | ErrorReply {
  if (!hasConfig(raw)) return malformed(id, 'phase request has no config');
  const archs = archList(raw.archs);
  if (!archs) return malformed(id, 'archs must list plain and/or residual');
  const axes = decodeAxes(raw.axes);
  if (typeof axes === 'string') return malformed(id, axes);
  return { type: 'phase', id, config: raw.config as NetworkConfig, archs, axes };
}

export function decodeSpectrum(raw: Fields, id: number): SpectrumRequest | ErrorReply {
  if (!hasConfig(raw)) return malformed(id, 'spectrum request has no config');
  const archs = archList(raw.archs);
  if (!archs) return malformed(id, 'archs must list plain and/or residual');
  return { type: 'spectrum', id, config: raw.config as NetworkConfig, archs };
}
