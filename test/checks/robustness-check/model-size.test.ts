import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { certify, MAX_SAMPLE_BOUND_VALUES } from '../../../src/checks/robustness-check/certify.js';
import { compilePlan, UnsupportedBoundError } from '../../../src/checks/robustness-check/evaluate.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import * as ort from 'onnxruntime-node';
import { DataType, type ModelGraph, type TensorValue } from '../../../src/checks/robustness-check/graph.js';
import {
  checkModelSize,
  MAX_CONSTANT_VALUES,
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

  it('refuses an op it cannot infer instead of skipping it', () => {
    const g = new GraphBuilder(['N', 4]);
    const unknown = g.op('NonZero', ['x']);
    const graph = g.build(g.op('Relu', [unknown]));
    expect(() => modelSizes(graph)).toThrow(
      new UsageError(
        'INVALID_INPUT',
        "the model: cannot tell how large NonZero node 'nonzero_0' makes its output; the model is not evaluated",
      ),
    );
  });

  it('passes the onnx-read fixture written by the onnx package', () => {
    const file = 'tiny.onnx';
    const bytes = readFileSync(join('test', 'fixtures', 'robustness-check', 'onnx-read', file));
    const { graph } = toClassifierGraph(readOnnxModel(bytes, { file }), { file, outputKind: 'logits' });
    const sizes = checkModelSize(graph, file);
    expect(sizes.values.length).toBeGreaterThan(0);
    expect(sizes.total).toBeLessThan(1000);
  });
});

/** A scalar int64 tensor, as the torch exporter writes Gather indices. */
const scalar = (value: number): TensorValue => ({
  dataType: DataType.INT64,
  dims: [],
  data: BigInt64Array.from([BigInt(value)]),
});

/**
 * A weight of the given dims without its values: the inference reads only dims, and a real
 * tensor past the limits would take gigabytes in a test.
 */
const hollow = (dims: readonly number[]): TensorValue => ({
  dataType: DataType.FLOAT,
  dims: [...dims],
  data: new Float32Array(0),
});

function refusal(graph: ModelGraph, file = 'crafted.onnx'): string {
  try {
    checkModelSize(graph, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('INVALID_INPUT');
    return (error as UsageError).message;
  }
  throw new Error('the model was not refused');
}

const tooLarge = (what: string) =>
  `crafted.onnx: ${what}, more than the limit of ${MAX_SAMPLE_VALUES} values per sample; the model is too large to evaluate`;
const unknown = (op: string, node: string) =>
  `crafted.onnx: cannot tell how large ${op} node '${node}' makes its output; the model is not evaluated`;

describe('typical exporter output', () => {
  /**
   * What the torch legacy exporter writes for a small residual CNN: Conv, BatchNormalization,
   * Pad, MaxPool, a residual Add, GlobalAveragePool, Flatten as Shape -> Gather -> Unsqueeze ->
   * Concat -> Reshape with Constant nodes, Gemm, LayerNormalization, Gelu as Erf, Dropout.
   */
  function exported() {
    const g = new GraphBuilder(['N', 3, 8, 8]);
    const constant = (value: TensorValue) => g.op('Constant', [], { value });
    const conv = g.op('Conv', ['x', g.init(floats([4, 3, 3, 3], new Float32Array(108)))], {
      pads: [1, 1, 1, 1],
    });
    const channel = () => g.init(floats([4], [1, 1, 1, 1]));
    const bn = g.op('BatchNormalization', [conv, channel(), channel(), channel(), channel()]);
    const relu = g.op('Relu', [bn]);
    const padded = g.op('Pad', [relu, constant(int64s([0, 0, 1, 1, 0, 0, 1, 1])), constant(floats([], [0]))]);
    const pooled = g.op('MaxPool', [padded], { kernel_shape: [2, 2], strides: [2, 2] });
    const residual = g.op('Add', [pooled, g.op('Relu', [pooled])]);
    const gap = g.op('GlobalAveragePool', [residual]);
    const batch = g.op('Gather', [g.op('Shape', [gap]), constant(scalar(0))], { axis: 0 });
    const target = g.op(
      'Concat',
      [g.op('Unsqueeze', [batch, constant(int64s([0]))]), constant(int64s([-1]))],
      {
        axis: 0,
      },
    );
    const flat = g.op('Reshape', [gap, target]);
    const dense = g.op(
      'Gemm',
      [flat, g.init(floats([6, 4], new Float32Array(24))), g.init(floats([6], new Float32Array(6)))],
      {
        transB: 1,
      },
    );
    const norm = g.op(
      'LayerNormalization',
      [dense, g.init(floats([6], new Float32Array(6))), g.init(floats([6], new Float32Array(6)))],
      {
        axis: -1,
      },
    );
    const erf = g.op('Erf', [g.op('Div', [norm, constant(floats([], [Math.SQRT2]))])]);
    const gelu = g.op('Mul', [
      g.op('Mul', [norm, g.op('Add', [erf, constant(floats([], [1]))])]),
      constant(floats([], [0.5])),
    ]);
    const dropped = g.op('Dropout', [gelu, constant(floats([], [0.1]))]);
    return g.build(g.op('MatMul', [dropped, g.init(floats([6, 3], new Float32Array(18)))]), ['N', 3]);
  }

  it('passes, counting per sample only what the input computes and the constants once', () => {
    const sizes = checkModelSize(exported(), 'exported.onnx');
    expect(sizes.values.map((v) => [v.node.opType, v.size])).toEqual([
      ['Conv', 256],
      ['BatchNormalization', 256],
      ['Relu', 256],
      ['Pad', 400],
      ['MaxPool', 100],
      ['Relu', 100],
      ['Add', 100],
      ['GlobalAveragePool', 4],
      ['Shape', 4],
      ['Gather', 1],
      ['Unsqueeze', 1],
      ['Concat', 2],
      ['Reshape', 4],
      ['Gemm', 6],
      ['LayerNormalization', 6],
      ['Div', 6],
      ['Erf', 6],
      ['Add', 6],
      ['Mul', 6],
      ['Mul', 6],
      ['Dropout', 6],
      ['MatMul', 3],
      ['Identity', 3],
    ]);
    expect(sizes.total).toBe(sizes.values.reduce((sum, v) => sum + v.size, 0));
    expect(sizes.constants.map((v) => [v.node.opType, v.size])).toEqual([
      ['Constant', 8],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
      ['Constant', 1],
    ]);
    expect(sizes.constantTotal).toBe(16);
  });

  it('is a graph onnxruntime runs, to the output shape inferred', async () => {
    const graph = exported();
    const session = await ort.InferenceSession.create(writeOnnxModel(graph), { logSeverityLevel: 3 });
    const batch = 5;
    const result = await session.run({
      x: new ort.Tensor('float32', new Float32Array(batch * 192), [batch, 3, 8, 8]),
    });
    expect(result['logits']!.dims).toEqual([batch, 3]);
    await session.release();
  });

  it('infers Resize and Upsample by constant scales or sizes, ConvTranspose, Range and OneHot', () => {
    const g = new GraphBuilder(['N', 2, 4, 4]);
    const scaled = g.op('Resize', ['x', '', g.init(floats([4], [1, 1, 2, 1.5]))], { mode: 'nearest' });
    const sized = g.op('Resize', [scaled, '', '', g.init(int64s([1, 2, 3, 5]))], { mode: 'nearest' });
    const transposed = g.op('ConvTranspose', [sized, g.init(floats([2, 3, 2, 2], new Float32Array(24)))], {
      strides: [2, 2],
    });
    const range = g.op('Range', [g.init(scalar(0)), g.init(scalar(7)), g.init(scalar(2))]);
    const hot = g.op('OneHot', [range, g.init(scalar(5)), g.init(floats([2], [0, 1]))]);
    const mixed = g.op('Add', [
      g.op('ReduceMean', [transposed], { axes: [1, 2, 3], keepdims: 0 }),
      g.op('ReduceSum', [hot]),
    ]);
    const graph = g.build(mixed, ['N']);
    const sizes = modelSizes(graph);
    expect(sizes.values.map((v) => [v.node.opType, v.size])).toEqual([
      ['Resize', 2 * 8 * 6],
      ['Resize', 2 * 3 * 5],
      ['ConvTranspose', 3 * 6 * 10],
      ['ReduceMean', 1],
      ['Add', 1],
      ['Identity', 1],
    ]);
    expect(sizes.constants.map((v) => [v.node.opType, v.size])).toEqual([
      ['Range', 4],
      ['OneHot', 20],
      ['ReduceSum', 1],
    ]);
    const old = new GraphBuilder(['N', 1, 3, 3], 9);
    const up = old.op('Upsample', ['x', old.init(floats([4], [1, 1, 2, 3]))], { mode: 'nearest' });
    expect(modelSizes(old.build(up, ['N', 1, 6, 9])).largest).toBe(54);
  });

  it('follows the Upsample size arithmetic the torch exporter writes (Shape, Slice, Cast, Mul, Floor, Concat)', async () => {
    const g = new GraphBuilder(['N', 1, 3, 3], 13);
    const shape = g.op('Shape', ['x']);
    const slice = (from: number, to: number) =>
      g.op('Slice', [shape, g.init(int64s([from])), g.init(int64s([to])), g.init(int64s([0]))]);
    const spatial = g.op('Mul', [
      g.op('Cast', [slice(2, 4)], { to: DataType.FLOAT }),
      g.init(floats([], [2])),
    ]);
    const sizes = g.op(
      'Concat',
      [slice(0, 2), g.op('Cast', [g.op('Floor', [spatial])], { to: DataType.INT64 })],
      {
        axis: 0,
      },
    );
    const empty = g.init(floats([0], []));
    const bySize = g.op('Resize', ['x', empty, empty, sizes], { mode: 'nearest' });
    const scales = g.op('Concat', [g.init(floats([2], [1, 1])), g.init(floats([2], [2, 2]))], { axis: 0 });
    const byScale = g.op('Resize', [bySize, empty, scales], { mode: 'nearest' });
    const graph = g.build(g.op('Flatten', [byScale]), ['N', 144]);
    const resizes = modelSizes(graph).values.filter((v) => v.node.opType === 'Resize');
    expect(resizes.map((v) => v.size)).toEqual([36, 144]);
    const session = await ort.InferenceSession.create(writeOnnxModel(graph), { logSeverityLevel: 3 });
    const result = await session.run({ x: new ort.Tensor('float32', new Float32Array(2 * 9), [2, 1, 3, 3]) });
    expect(result['logits']!.dims).toEqual([2, 144]);
    await session.release();
  });
});

describe('fails closed', () => {
  /** x [N, 4] -> mean [N, 1, 1] expanded to `target`, then reduced back: what the review ran. */
  function expanded(wrap: (g: GraphBuilder, target: string) => string) {
    const g = new GraphBuilder(['N', 4]);
    const target = wrap(g, g.init(int64s([1, 10_000, 10_000])));
    const mean = g.op('ReduceMean', ['x'], { axes: [1], keepdims: 1 });
    const big = g.op('Expand', [g.op('Reshape', [mean, g.init(int64s([-1, 1, 1]))]), target]);
    const back = g.op('ReduceMean', [big], { axes: [1, 2], keepdims: 1 });
    return g.build(g.op('Add', ['x', g.op('Reshape', [back, g.init(int64s([-1, 1]))])]), ['N', 4]);
  }

  it.each([
    ['Identity', (g: GraphBuilder, t: string) => g.op('Identity', [t])],
    ['Abs', (g: GraphBuilder, t: string) => g.op('Abs', [t])],
    ['Max', (g: GraphBuilder, t: string) => g.op('Max', [t, g.init(int64s([1, 1, 1]))])],
    ['Min', (g: GraphBuilder, t: string) => g.op('Min', [t, g.init(int64s([5, 10_000, 20_000]))])],
    ['Cast', (g: GraphBuilder, t: string) => g.op('Cast', [t], { to: DataType.INT64 })],
    ['Mul', (g: GraphBuilder, t: string) => g.op('Mul', [t, g.init(int64s([1]))])],
    [
      'float arithmetic (Cast, Mul, Floor, Cast)',
      (g: GraphBuilder, t: string) =>
        g.op(
          'Cast',
          [
            g.op('Floor', [
              g.op('Mul', [g.op('Cast', [t], { to: DataType.FLOAT }), g.init(floats([], [1.5]))]),
            ]),
          ],
          { to: DataType.INT64 },
        ),
    ],
  ])('follows a shape constant through %s to the Expand it sizes', (how, wrap) => {
    // 1.5 times [1, 1e4, 1e4] for the float arithmetic.
    const size = how.startsWith('float') ? 15_000 * 15_000 : 10_000 * 10_000;
    const graph = expanded(wrap);
    const expand = graph.nodes.find((n) => n.opType === 'Expand')!;
    expect(refusal(graph)).toBe(
      tooLarge(`Expand node '${expand.name}' makes '${expand.outputs[0]}' of ${size} values per sample`),
    );
  });

  it.each([
    [
      'arithmetic on a value the input computes',
      (g: GraphBuilder, t: string) =>
        g.op('Add', [
          t,
          g.op('Cast', [g.op('ArgMax', ['x'], { axis: 1, keepdims: 0 })], { to: DataType.INT64 }),
        ]),
      'Expand',
    ],
    ['NonZero', (g: GraphBuilder, t: string) => g.op('NonZero', [t]), 'NonZero'],
  ])('refuses an Expand sized behind %s, naming the node', (_, wrap, op) => {
    const graph = expanded(wrap);
    expect(refusal(graph)).toBe(unknown(op, graph.nodes.find((n) => n.opType === op)!.name));
  });

  it.each([
    ['Loop', (g: GraphBuilder) => g.op('Loop', [g.init(scalar(3)), '', 'x'])],
    [
      'If',
      (g: GraphBuilder) =>
        g.op('If', [g.op('Cast', [g.op('ReduceMax', ['x'], { keepdims: 0 })], { to: DataType.BOOL })]),
    ],
    ['Scan', (g: GraphBuilder) => g.op('Scan', ['x'], { num_scan_inputs: 1 })],
    ['RandomNormalLike', (g: GraphBuilder) => g.op('RandomNormalLike', ['x'])],
    ['RandomNormal', (g: GraphBuilder) => g.op('Add', ['x', g.op('RandomNormal', [], { shape: [1, 4] })])],
    [
      'Resize',
      (g: GraphBuilder) =>
        g.op('Resize', [
          'x',
          '',
          g.op('Concat', [g.op('ReduceMax', ['x'], { axes: [1], keepdims: 0 }), g.init(floats([1], [1]))], {
            axis: 0,
          }),
        ]),
    ],
    [
      'ReduceSum',
      (g: GraphBuilder) =>
        g.op('ReduceSum', [
          'x',
          g.op('Cast', [g.op('ArgMax', ['x'], { keepdims: 0 })], { to: DataType.INT64 }),
        ]),
    ],
  ])('refuses %s, whose output it cannot size', (op, build) => {
    const g = new GraphBuilder(['N', 4]);
    const graph = g.build(build(g), ['N', 4]);
    const node = graph.nodes.find((n) => n.opType === op)!;
    expect(refusal(graph)).toBe(unknown(op, node.name));
  });

  it('sizes a Reduce whose axes are folded instead of guessing all axes', () => {
    const g = new GraphBuilder(['N', 10_000], 18);
    const axes = g.op('Identity', [g.init(int64s([0]))]);
    const summed = g.op('ReduceSum', ['x', axes], { keepdims: 1 });
    const outer = g.op('MatMul', [g.op('Transpose', [summed], { perm: [1, 0] }), summed]);
    const graph = g.build(g.op('ReduceSum', [outer, g.init(int64s([0]))], { keepdims: 1 }), ['N', 10_000]);
    expect(refusal(graph)).toBe(
      tooLarge("MatMul node 'matmul_4' makes 'matmul_4_out' of 100000000 values per sample"),
    );
  });

  it('refuses a Resize by constant scales past the limit', () => {
    const g = new GraphBuilder(['N', 1, 28, 28]);
    const r = g.op('Resize', ['x', '', g.init(floats([4], [1, 1, 1000, 1000]))], { mode: 'nearest' });
    const graph = g.build(g.op('ReduceMean', [r], { axes: [2, 3], keepdims: 0 }), ['N', 1]);
    expect(refusal(graph)).toBe(
      tooLarge("Resize node 'resize_1' makes 'resize_1_out' of 784000000 values per sample"),
    );
  });

  it('refuses values that grow faster than the batch: [N, N, N, N] from the shape', () => {
    const g = new GraphBuilder(['N', 4]);
    const batch = g.op('Gather', [g.op('Shape', ['x']), g.init(int64s([0]))], { axis: 0 });
    const filled = g.op('ConstantOfShape', [g.op('Concat', [batch, batch, batch, batch], { axis: 0 })]);
    const graph = g.build(g.op('ReduceMean', [filled], { axes: [1, 2, 3], keepdims: 0 }), ['N', 1]);
    expect(refusal(graph)).toBe(
      "crafted.onnx: ConstantOfShape node 'constantofshape_4' makes 'constantofshape_4_out' grow faster than the batch (1 values at a batch of 1, 16 at a batch of 2); the model is not evaluated",
    );
  });

  it('refuses values that grow faster than the batch: MatMul(x, x^T)', () => {
    const g = new GraphBuilder(['N', 4]);
    const gram = g.op('MatMul', ['x', g.op('Transpose', ['x'], { perm: [1, 0] })]);
    const graph = g.build(g.op('ReduceMean', [gram], { axes: [1], keepdims: 1 }), ['N', 1]);
    expect(refusal(graph)).toBe(
      "crafted.onnx: MatMul node 'matmul_1' makes 'matmul_1_out' grow faster than the batch (1 values at a batch of 1, 4 at a batch of 2); the model is not evaluated",
    );
  });

  it('refuses growth that only shows at a larger batch: [N + 10, N + 10]', () => {
    const g = new GraphBuilder(['N', 4]);
    const batch = g.op('Gather', [g.op('Shape', ['x']), g.init(int64s([0]))], { axis: 0 });
    const side = g.op('Add', [batch, g.init(int64s([10]))]);
    const filled = g.op('ConstantOfShape', [g.op('Concat', [side, side], { axis: 0 })]);
    const graph = g.build(g.op('ReduceMean', [filled], { axes: [0, 1], keepdims: 0 }), ['N', 1]);
    expect(refusal(graph)).toBe(
      "crafted.onnx: ConstantOfShape node 'constantofshape_6' makes 'constantofshape_6_out' grow faster than the batch (121 values at a batch of 1, 70756 at a batch of 256); the model is not evaluated",
    );
  });

  it('counts values computed from weights alone once, not per sample', () => {
    const g = new GraphBuilder(['N', 4]);
    const weight = g.op('Cast', [g.init(hollow([4, 2 ** 24 + 8]))], { to: DataType.FLOAT });
    const y = g.op('MatMul', ['x', weight]);
    const graph = g.build(g.op('ReduceMean', [y], { axes: [1], keepdims: 1 }), ['N', 1]);
    const sizes = checkModelSize(graph, 'weights.onnx');
    expect(sizes.values.map((v) => [v.node.opType, v.size])).toEqual([
      ['MatMul', 2 ** 24 + 8],
      ['ReduceMean', 1],
      ['Identity', 1],
    ]);
    expect(sizes.constants.map((v) => [v.node.opType, v.size])).toEqual([['Cast', 4 * (2 ** 24 + 8)]]);
  });

  it('sizes batches by the per-sample values, not by a transposed weight', () => {
    const g = new GraphBuilder(['N', 1000]);
    const weight = g.op('Transpose', [g.init(hollow([10_000, 1000]))], { perm: [1, 0] });
    const graph = g.build(g.op('MatMul', ['x', weight]), ['N', 10_000]);
    const { total, constantTotal } = checkModelSize(graph, 'transposed.onnx');
    expect([total, constantTotal]).toEqual([20_000, 10_000_000]);
    expect(rowsWithinBudget(total, 256, 32 * 2 ** 20)).toBe(256);
  });

  it('refuses values computed from constants alone past the model limit', () => {
    const g = new GraphBuilder(['N', 4]);
    const tiled = g.op('Tile', [g.init(hollow([4, 1])), g.init(int64s([1, 2 ** 28]))]);
    const graph = g.build(g.op('Add', ['x', g.op('ReduceSum', [tiled], { keepdims: 0 })]), ['N', 4]);
    expect(refusal(graph)).toBe(
      `crafted.onnx: the values the model computes from its constants hold ${2 ** 30 + 1} values, more than the limit of ${MAX_CONSTANT_VALUES}; the model is too large to evaluate`,
    );
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
