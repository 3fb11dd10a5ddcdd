// Writes a network's weights, inputs and loss target as JSON, so that anyone can recompute
// the CLI's numbers with their own code. Streamed in ~1 MB chunks: at depth 1000 × width 64
// the text is ~80 MB, and building it as one string would double the memory for nothing.

import { closeSync, openSync, writeSync } from 'node:fs';
import { buildNetwork, type Network, type WeightCache } from '../core';
import type { CliOptions } from './parseArgs';

const CHUNK = 1 << 20;

/** Collects text and hands it to the file descriptor whenever a chunk is full. */
class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length > 0) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }
}

/** Numbers as JSON: shortest round-trip decimal, so the reader gets the same float64 back. */
const vector = (v: Float64Array): string => `[${Array.from(v).join(',')}]`;

/** An n×n row-major matrix scaled by `scale`, as n rows: M[i][j] = scale · flat[i*n + j]. */
function writeMatrix(out: ChunkedWriter, flat: Float64Array, n: number, scale: number): void {
  out.write('[');
  for (let i = 0; i < n; i++) {
    const row = flat.subarray(i * n, (i + 1) * n);
    out.write(`${i > 0 ? ',' : ''}${vector(scale === 1 ? row : row.map((w) => scale * w))}`);
  }
  out.write(']');
}

function writeList<T>(out: ChunkedWriter, name: string, items: readonly T[], each: (item: T) => void): void {
  out.write(`,\n"${name}": [\n`);
  items.forEach((item, index) => {
    if (index > 0) out.write(',\n');
    each(item);
  });
  out.write('\n]');
}

/** The equations the dumped arrays plug into, so the file explains itself. */
const MODEL =
  'F_0 = x_i; z_k = W_k F_{k-1} + b_k; plain: F_k = σ(z_k); residual: F_k = F_{k-1} + V_k σ(z_k) ' +
  '(α already folded into V_k); loss probe: L_i = u·F_L, mse: L_i = ½‖F_L − y_i‖²; k = 1..L. ' +
  'config.norm: pre-ln z_k = W_k LN(F_{k-1}) + b_k; post-ln F_k = LN(σ(z_k)) (plain), ' +
  'F_k = LN(F_{k-1} + V_k σ(z_k)) (residual); batch: σ(BN(z_k)) with BN over the batch per feature; ' +
  'LN(v) = (v − mean v)/sqrt(var v + 1e-5) over the n features, BN the same over the B samples ' +
  '(population variance, no gain or shift). config.tied: W, b, V are the same at every k (listed L times).';

/**
 * Dump shape: { config, W: L×n×n (W[k-1][i][j]), b: L×n, V?: L×n×n with α folded in,
 * x: B×n, u: n | y: B×n }; config carries norm and tied, and a tied network's matrices are
 * written at every layer, so a reader needs no rule beyond the model string. With --arch both, one dump serves both networks: they share
 * W, b, x and u by construction (V has its own random stream), and only the residual uses V.
 */
export function writeDump(path: string, options: CliOptions, cache: WeightCache): void {
  const { config, arch } = options;
  // The residual network holds everything the plain one does, plus V.
  const net: Network = buildNetwork(config, arch === 'plain' ? 'plain' : 'residual', cache);
  const fd = openSync(path, 'w');
  try {
    const out = new ChunkedWriter(fd);
    out.write(`{\n"model": ${JSON.stringify(MODEL)},\n"config": ${JSON.stringify({ ...config, arch })}`);
    writeList(out, 'W', net.W, (W) => writeMatrix(out, W, net.n, 1));
    writeList(out, 'b', net.b, (b) => out.write(vector(b)));
    if (net.V) writeList(out, 'V', net.V, (V) => writeMatrix(out, V, net.n, config.branchScale));
    writeList(out, 'x', net.x, (x) => out.write(vector(x)));
    if (net.u) out.write(`,\n"u": ${vector(net.u)}`);
    if (net.y) writeList(out, 'y', net.y, (y) => out.write(vector(y)));
    out.write('\n}\n');
    out.flush();
  } finally {
    closeSync(fd);
  }
}
