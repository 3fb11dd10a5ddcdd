// The same plain forward and backward pass in TensorFlow.js on its WebAssembly SIMD backend,
// one thread (float32, as that backend computes): per layer Z = W F, F = tanh Z forward, and
// G = Wᵀ (D ⊙ G) backward: the 4·B·n²·L multiply-adds the core's bench counts, for a side-by-side
// figure measured in the same run on the same machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

const require = createRequire(import.meta.url);

let ready: Promise<boolean> | null = null;

/** Starts the single-threaded SIMD backend; false (with a reason printed) where it cannot run. */
export function startTfjs(): Promise<boolean> {
  ready ??= (async () => {
    try {
      const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '');
      setWasmPaths({
        'tfjs-backend-wasm.wasm': join(dist, 'tfjs-backend-wasm.wasm'),
        'tfjs-backend-wasm-simd.wasm': join(dist, 'tfjs-backend-wasm-simd.wasm'),
        'tfjs-backend-wasm-threaded-simd.wasm': join(dist, 'tfjs-backend-wasm-threaded-simd.wasm'),
      });
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      return (await tf.setBackend('wasm')) && tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
    } catch (error) {
      console.error(`TensorFlow.js reference unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  })();
  return ready;
}

/** One plain forward + backward pass in TF.js; `layers` holds W_1..W_L as n×n tensors. */
export function tfjsPlainPass(layers: tf.Tensor2D[], x: tf.Tensor2D): void {
  tf.tidy(() => {
    const slopes: tf.Tensor2D[] = [];
    let F = x; // n × B, samples in columns
    for (const W of layers) {
      const Z = tf.matMul(W, F);
      F = tf.tanh(Z) as tf.Tensor2D;
      slopes.push(tf.sub(1, tf.square(F)) as tf.Tensor2D);
    }
    let G: tf.Tensor2D = tf.onesLike(F);
    for (let k = layers.length - 1; k >= 0; k--) G = tf.matMul(layers[k], tf.mul(slopes[k], G), true, false);
    G.dataSync();
  });
}

/** Builds the layers and inputs for one size, scaled as the core scales them. */
export function tfjsNetwork(n: number, L: number, B: number): { layers: tf.Tensor2D[]; x: tf.Tensor2D; dispose(): void } {
  const layers = Array.from({ length: L }, (_, k) => tf.randomNormal([n, n], 0, 1 / Math.sqrt(n), 'float32', k + 1) as tf.Tensor2D);
  const x = tf.randomNormal([n, B], 0, 1, 'float32', 0x5eed) as tf.Tensor2D;
  return { layers, x, dispose: () => tf.dispose([...layers, x]) };
}
