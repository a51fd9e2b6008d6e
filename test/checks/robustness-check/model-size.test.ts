import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { certify, MAX_SAMPLE_BOUND_VALUES } from '../../../src/checks/robustness-check/certify.js';
import { compilePlan, UnsupportedBoundError } from '../../../src/checks/robustness-check/evaluate.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import {
  checkModelSize,
  MAX_SAMPLE_VALUES,
  modelSizes,
  rowsWithinBudget,
} from '../../../src/checks/robustness-check/model-size.js';
import { readOnnxModel } from '../../../src/checks/robustness-check/onnx-read.js';
import { toClassifierGraph } from '../../../src/checks/robustness-check/transforms.js';
import { floats, GraphBuilder, int64s } from './certify-graphs.js';

const MODELS = join('test', 'fixtures', 'robustness-check', 'models');

function fixture(file: string) {
  const model = readOnnxModel(readFileSync(join(MODELS, file)), { file });
  const preprocessing =
    file === 'cnn-standardized.onnx' ? { layout: 'nhwc' as const, mean: [0.5], std: [0.25] } : undefined;
  return toClassifierGraph(model, { file, outputKind: 'auto', ...(preprocessing ? { preprocessing } : {}) });
}

/** x [N, width] -> Reshape [N, 1, width] + a constant [width, 1]: the sum is [N, width, width]. */
function broadcastModel(width: number) {
  const g = new GraphBuilder(['N', width]);
  const shaped = g.op('Reshape', ['x', g.init(int64s([-1, 1, width]))]);
  const column = g.init(floats([width, 1], new Float32Array(width)));
  const wide = g.op('Add', [shaped, column]);
  const pooled = g.op('ReduceMean', [wide], { axes: [1], keepdims: 0 });
  return g.build(pooled, ['N', width]);
}

describe('checkModelSize', () => {
  it.each(readdirSync(MODELS).filter((f) => f.endsWith('.onnx')))(
    '%s passes, with the sizes the plan compiles to where it compiles',
    (file) => {
      const { graph } = fixture(file);
      const sizes = checkModelSize(graph, file);
      expect(sizes.largest).toBeGreaterThan(0);
      expect(sizes.largest).toBeLessThanOrEqual(sizes.total);
      let plan;
      try {
        plan = compilePlan(graph, 1);
      } catch {
        return;
      }
      // Every value the plan computes per sample has the inferred size of some node output.
      const inferred = new Set(sizes.values.map((v) => v.size));
      for (const size of plan.valueSizes.slice(1)) expect(inferred.has(size)).toBe(true);
      expect(sizes.largest).toBe(Math.max(...plan.valueSizes.slice(1), ...sizes.values.map((v) => v.size)));
    },
  );

  it('refuses a crafted model file that broadcasts [1, 1e4] against [1e4, 1], naming the node and the size', () => {
    const file = 'crafted.onnx';
    const model = readOnnxModel(writeOnnxModel(broadcastModel(10_000)), { file });
    const { graph } = toClassifierGraph(model, { file, outputKind: 'logits' });
    let error: unknown;
    try {
      checkModelSize(graph, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('INVALID_INPUT');
    expect((error as UsageError).message).toBe(
      "crafted.onnx: Add node 'add_3' makes 'add_3_out' of 100000000 values per sample, more than the limit of 67108864 values per sample; the model is too large to evaluate",
    );
  });

  it('keeps the plan from allocating the broadcast when it is compiled on its own', () => {
    expect(() => compilePlan(broadcastModel(10_000), 1)).toThrow(UnsupportedBoundError);
    expect(() => compilePlan(broadcastModel(10_000), 1)).toThrow(
      new UnsupportedBoundError(
        'Add',
        'add_3',
        'its output would hold 100000000 values per sample, more than the limit of 67108864; the model is too large to evaluate',
      ),
    );
  });

  it('refuses a model whose values together exceed the limit though each fits', () => {
    const g = new GraphBuilder(['N', 4]);
    const shaped = g.op('Reshape', ['x', g.init(int64s([-1, 1, 4]))]);
    let wide = g.op('Add', [shaped, g.init(floats([2 ** 22, 1], new Float32Array(2 ** 22)))]);
    for (let i = 0; i < 4; i++) wide = g.op('Relu', [wide]);
    const graph = g.build(g.op('ReduceMean', [wide], { axes: [1], keepdims: 0 }), ['N', 4]);
    expect(() => checkModelSize(graph, 'deep.onnx')).toThrow(
      `deep.onnx: the intermediate values of the model hold ${5 * 2 ** 24 + 3 * 4} values per sample, more than the limit of ${MAX_SAMPLE_VALUES} values per sample; the model is too large to evaluate`,
    );
  });

  it('follows shape arithmetic (Shape -> Gather -> Concat -> Reshape) and Expand', () => {
    const g = new GraphBuilder(['N', 6]);
    const shape = g.op('Shape', ['x']);
    const batch = g.op('Gather', [shape, g.init(int64s([0]))], { axis: 0 });
    const target = g.op('Concat', [batch, g.init(int64s([2, 3]))], { axis: 0 });
    const reshaped = g.op('Reshape', ['x', target]);
    const expanded = g.op('Expand', [
      g.op('Unsqueeze', [reshaped, g.init(int64s([1]))]),
      g.init(int64s([1, 5, 2, 3])),
    ]);
    const graph = g.build(g.op('Flatten', [expanded]), ['N', 30]);
    const sizes = modelSizes(graph);
    expect(sizes.values.map((v) => [v.node.opType, v.size])).toEqual([
      ['Shape', 2],
      ['Gather', 1],
      ['Concat', 3],
      ['Reshape', 6],
      ['Unsqueeze', 6],
      ['Expand', 30],
      ['Flatten', 30],
      ['Identity', 30],
    ]);
  });

  it('follows Split, Conv padding and Transpose', () => {
    const g = new GraphBuilder(['N', 2, 5, 5]);
    const first = g.op('Split', ['x'], { axis: 1 }, 2);
    const conv = g.op('Conv', [first, g.init(floats([3, 1, 3, 3], new Float32Array(27)))], {
      pads: [2, 2, 2, 2],
      strides: [2, 2],
    });
    const graph = g.build(g.op('Transpose', [conv], { perm: [0, 2, 3, 1] }));
    expect(modelSizes(graph).values.map((v) => [v.node.opType, v.output, v.size])).toEqual([
      ['Split', 'split_0_out', 25],
      ['Split', 'split_0_out1', 25],
      ['Conv', 'conv_2_out', 3 * 4 * 4],
      ['Transpose', 'transpose_3_out', 48],
      ['Identity', 'logits', 48],
    ]);
  });

  it('skips ops it cannot infer instead of guessing', () => {
    const g = new GraphBuilder(['N', 4]);
    const unknown = g.op('NonZero', ['x']);
    const graph = g.build(g.op('Relu', [unknown]));
    expect(modelSizes(graph)).toEqual({ values: [], largest: 0, total: 0 });
  });
});

describe('rowsWithinBudget', () => {
  it('keeps the batch size as an upper bound and runs at least one row', () => {
    expect(rowsWithinBudget(100, 256, 32 * 2 ** 20)).toBe(256);
    expect(rowsWithinBudget(2 ** 20, 256, 32 * 2 ** 20)).toBe(32);
    expect(rowsWithinBudget(64 * 2 ** 20, 256, 32 * 2 ** 20)).toBe(1);
    expect(rowsWithinBudget(0, 7, 32 * 2 ** 20)).toBe(7);
  });
});

describe('certify chunks', () => {
  /** x [N, 1, 1, 1] through a 1x1 Conv padded by 2000 on each side: one [1, 4001, 4001] value per sample. */
  function paddedConv() {
    const g = new GraphBuilder(['N', 1, 1, 1]);
    const conv = g.op('Conv', ['x', g.init(floats([1, 1, 1, 1], [1]))], { pads: [2000, 2000, 2000, 2000] });
    const pooled = g.op('Flatten', [g.op('GlobalAveragePool', [conv])]);
    return g.build(g.op('MatMul', [pooled, g.init(floats([1, 2], [1, -1]))]), ['N', 2]);
  }

  it('refuses a sample whose bounds alone exceed the limit instead of allocating them', () => {
    const graph = paddedConv();
    expect(checkModelSize(graph, 'padded.onnx').largest).toBe(4001 * 4001);
    const perSample = 3 * compilePlan(graph, 1).valueSizes.reduce((a, b) => a + b, 0);
    expect(perSample).toBeGreaterThan(MAX_SAMPLE_BOUND_VALUES);
    const region = { epsilon: 0.1, norm: 'linf' as const, lower: 0, upper: 1 };
    const call = () => certify(graph, new Float32Array([0.5]), new Int32Array([0]), 1, region, 'ibp');
    expect(call).toThrow(UnsupportedBoundError);
    expect(call).toThrow(
      `Conv node 'conv_1': the IBP bounds need ${perSample} float64 values for one sample, more than the limit of ${MAX_SAMPLE_BOUND_VALUES}; the model is too large to certify`,
    );
  });
});
