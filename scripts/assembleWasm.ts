// The WebAssembly text of the core's kernels, assembled with wabt (a development dependency).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

export const KERNELS_WAT = fileURLToPath(new URL('../src/core/wasm/kernels.wat', import.meta.url));

export async function assembleKernels(): Promise<Uint8Array> {
  const api = await wabt();
  const module = api.parseWat('kernels.wat', readFileSync(KERNELS_WAT, 'utf8'), { simd: true });
  try {
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}
