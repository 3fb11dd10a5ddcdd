// Shape checks for the derivation jobs, the entries decodeRequest.ts lists for them. Ranges
// (and whether layer k exists in the network) are the core's to check and name.

import { ARCHS, type ArchChoice, type NetworkConfig } from '../../core';
import type { ErrorReply, LayerDetailRequest, LinearCaseRequest } from '../protocol';

type Fields = Record<string, unknown>;

function malformed(id: number, message: string): ErrorReply {
  return { type: 'error', id, message: `malformed request: ${message}` };
}

const hasConfig = (raw: Fields) => typeof raw.config === 'object' && raw.config !== null;

export function decodeLinearCase(raw: Fields, id: number): LinearCaseRequest | ErrorReply {
  if (!hasConfig(raw)) return malformed(id, 'linear-case request has no config');
  return { type: 'linear-case', id, config: raw.config as NetworkConfig };
}

export function decodeLayerDetail(raw: Fields, id: number): LayerDetailRequest | ErrorReply {
  if (!hasConfig(raw)) return malformed(id, 'layer-detail request has no config');
  if (!(ARCHS as readonly unknown[]).includes(raw.arch)) return malformed(id, `arch must be one of ${ARCHS.join(', ')}`);
  if (!Number.isInteger(raw.layer) || (raw.layer as number) < 1) return malformed(id, 'layer must be a positive integer');
  return { type: 'layer-detail', id, config: raw.config as NetworkConfig, arch: raw.arch as ArchChoice, layer: raw.layer as number };
}
