/**
 * Backward graphs of convolutions and pools over a grid of sizes, kernels, strides, dilations and
 * pads: the transposed convolutions and scatters must land every gradient on its input position.
 */
import { describe, it } from 'vitest';
import { GraphBuilder, makeRng } from './certify-graphs.js';
import { checkGradient, float32Reference } from './gradient-check.js';

const PADS: readonly (readonly number[])[] = [
  [0, 0, 0, 0],
  [1, 0, 0, 2],
  [1, 1, 1, 1],
];

/** A linear read-out of `head`, sized from what onnxruntime computes for it. */
async function withReadout(g: GraphBuilder, head: string, sampleSize: number, seed: number) {
  const flat = g.op('Flatten', [head]);
  const width = (await float32Reference(g.build(flat))(new Float32Array(sampleSize), 1)).length;
  return g.build(g.op('Gemm', [flat, g.weight([3, width], makeRng(seed), 3)], { transB: 1 }));
}

describe('Conv backward over a grid of geometries', () => {
  let index = 0;
  for (const size of [5, 6, 7, 8])
    for (const kernel of [1, 2, 3])
      for (const stride of [1, 2, 3])
        for (const dilation of [1, 2])
          for (const pads of PADS) {
            if ((kernel - 1) * dilation + 1 > size + pads[0]! + pads[2]!) continue;
            const seed = index++;
            const group = seed % 2 === 0 ? 2 : 1;
            it(`size ${size}, kernel ${kernel}, stride ${stride}, dilation ${dilation}, pads [${pads}], group ${group}`, async () => {
              const g = new GraphBuilder(['N', 2, size, size]);
              const conv = g.op('Conv', ['x', g.weight([2, 2 / group, kernel, kernel], makeRng(seed))], {
                strides: [stride, stride],
                dilations: [dilation, dilation],
                pads,
                group,
              });
              await checkGradient(await withReadout(g, conv, 2 * size * size, seed + 1000), 3, { n: 1 });
            });
          }
});

describe('pool backward over a grid of geometries', () => {
  let index = 0;
  for (const op of ['AveragePool', 'MaxPool'] as const)
    for (const size of [5, 6, 7])
      for (const kernel of [1, 2, 3])
        for (const stride of [1, 2, 3])
          for (const ceil of [0, 1])
            for (const countPads of op === 'AveragePool' ? [0, 1] : [0])
              for (const pads of PADS) {
                if (pads.some((p) => p >= kernel)) continue;
                // Where ceil_mode drops a last window, onnxruntime's kernels and its shape
                // inference disagree and the forward graph itself does not load.
                const dropped = [0, 1].some((axis) => {
                  const span = size + pads[axis]! + pads[axis + 2]! - kernel;
                  return ceil === 1 && Math.ceil(span / stride) * stride >= size + pads[axis]!;
                });
                if (dropped) continue;
                const seed = index++;
                it(`${op} size ${size}, kernel ${kernel}, stride ${stride}, ceil ${ceil}, count pads ${countPads}, pads [${pads}]`, async () => {
                  const g = new GraphBuilder(['N', 2, size, size]);
                  const attributes: Record<string, number | readonly number[]> = {
                    kernel_shape: [kernel, kernel],
                    strides: [stride, stride],
                    pads,
                    ceil_mode: ceil,
                  };
                  if (op === 'AveragePool') attributes.count_include_pad = countPads;
                  const pooled = g.op(op, ['x'], attributes);
                  await checkGradient(await withReadout(g, pooled, 2 * size * size, seed), 3, { n: 1, seed });
                });
              }
});
