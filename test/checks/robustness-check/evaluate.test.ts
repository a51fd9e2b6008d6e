import fc from 'fast-check';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { evaluateGraph, UnsupportedBoundError } from '../../../src/checks/robustness-check/evaluate.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import {
  floats,
  gaussian,
  GraphBuilder,
  int64s,
  makeRng,
  randomCnn,
  randomMlp,
  randomInputs,
  type Rng,
} from './certify-graphs.js';

async function runOrt(
  graph: ModelGraph,
  inputs: Float32Array,
  dims: readonly number[],
): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(writeOnnxModel(graph), { intraOpNumThreads: 1 });
  try {
    const result = await session.run({ x: new ort.Tensor('float32', inputs, [...dims]) });
    return result['logits']!.data as Float32Array;
  } finally {
    await session.release();
  }
}

async function expectMatchesOrt(
  graph: ModelGraph,
  inputs: Float32Array,
  dims: readonly number[],
): Promise<void> {
  const expected = await runOrt(graph, inputs, dims);
  const actual = evaluateGraph(graph, inputs, dims[0]!);
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const tolerance = 2e-5 * (1 + Math.abs(expected[i]!));
    if (!(Math.abs(actual[i]! - expected[i]!) <= tolerance)) {
      throw new Error(`element ${i}: evaluateGraph ${actual[i]} vs onnxruntime ${expected[i]}`);
    }
  }
}

function values(rng: Rng, length: number, scale = 1): number[] {
  return Array.from({ length }, () => gaussian(rng) * scale);
}

/** One graph per case: x -> the op(s) -> 'logits', checked against onnxruntime on random inputs. */
interface OpCase {
  name: string;
  sample: readonly number[];
  opset?: number;
  build: (g: GraphBuilder, rng: Rng) => string;
  /** Inputs in (0, 1] for Log. */
  positive?: boolean;
}

const CASES: OpCase[] = [
  {
    name: 'Gemm transB alpha beta with a [1, M] C',
    sample: [5],
    build: (g, r) =>
      g.op('Gemm', ['x', g.init(floats([3, 5], values(r, 15))), g.init(floats([1, 3], values(r, 3)))], {
        transB: 1,
        alpha: { float: 0.7 },
        beta: { float: -1.3 },
      }),
  },
  {
    name: 'Gemm without transB and a scalar C',
    sample: [4],
    build: (g, r) => g.op('Gemm', ['x', g.init(floats([4, 3], values(r, 12))), g.init(floats([], [0.25]))]),
  },
  {
    name: 'Gemm without C',
    sample: [4],
    build: (g, r) => g.op('Gemm', ['x', g.init(floats([4, 2], values(r, 8)))]),
  },
  {
    name: 'MatMul on a rank-3 input',
    sample: [3, 4],
    build: (g, r) => g.op('Flatten', [g.op('MatMul', ['x', g.init(floats([4, 2], values(r, 8)))])]),
  },
  {
    name: 'MatMul by a vector',
    sample: [2, 4],
    build: (g, r) => g.op('MatMul', ['x', g.init(floats([4], values(r, 4)))]),
  },
  {
    name: 'Add, Sub, Mul, Div by broadcast constants',
    sample: [2, 3],
    build: (g, r) =>
      g.op('Flatten', [
        g.op('Div', [
          g.op('Mul', [
            g.op('Sub', [
              g.op('Add', ['x', g.init(floats([3], values(r, 3)))]),
              g.init(floats([2, 1], values(r, 2))),
            ]),
            g.init(floats([1, 2, 3], values(r, 6))),
          ]),
          g.init(floats([], [1.9])),
        ]),
      ]),
  },
  {
    name: 'constant minus input, constant times input',
    sample: [3],
    build: (g, r) =>
      g.op('Mul', [g.init(floats([3], values(r, 3))), g.op('Sub', [g.init(floats([], [0.5])), 'x'])]),
  },
  {
    name: 'a constant broadcast up the input ([N,1] + [4])',
    sample: [1],
    build: (g, r) => g.op('Add', ['x', g.init(floats([4], values(r, 4)))]),
  },
  {
    name: 'Add, Sub, Mul of two computed tensors with broadcasting',
    sample: [2, 3],
    build: (g) => {
      const a = g.op('Relu', ['x']);
      const b = g.op('Tanh', ['x']);
      const col = g.op('Transpose', [g.op('Sigmoid', [g.op('Reshape', ['x', g.init(int64s([0, 6, 1]))])])], {
        perm: [0, 2, 1],
      });
      const product = g.op('Mul', [
        g.op('Sub', [g.op('Add', [a, b]), b]),
        g.op('Reshape', [col, g.init(int64s([-1, 2, 3]))]),
      ]);
      return g.op('Flatten', [
        g.op('Mul', [product, g.op('Reshape', [g.op('Sigmoid', [a]), g.init(int64s([0, 2, 3]))])]),
      ]);
    },
  },
  {
    name: 'Relu, LeakyRelu, Sigmoid, Tanh, Exp',
    sample: [6],
    build: (g) =>
      g.op('Exp', [
        g.op('Tanh', [
          g.op('Sigmoid', [
            g.op('LeakyRelu', [g.op('Relu', [g.op('Sub', ['x', g.init(floats([], [0.5]))])])], {
              alpha: { float: 0.2 },
            }),
          ]),
        ]),
      ]),
  },
  {
    name: 'LeakyRelu with the default alpha on negative inputs',
    sample: [4],
    build: (g) => g.op('LeakyRelu', [g.op('Sub', ['x', g.init(floats([], [2]))])]),
  },
  { name: 'Log', sample: [5], positive: true, build: (g) => g.op('Log', ['x']) },
  {
    name: 'Clip with min and max inputs (opset 13)',
    sample: [6],
    build: (g) => g.op('Clip', ['x', g.init(floats([], [0.2])), g.init(floats([], [0.6]))]),
  },
  {
    name: 'Clip with only max',
    sample: [6],
    build: (g) => g.op('Clip', ['x', '', g.init(floats([], [0.4]))]),
  },
  {
    name: 'Clip with attributes (opset 10)',
    sample: [6],
    opset: 10,
    build: (g) => g.op('Clip', ['x'], { min: { float: 0.3 }, max: { float: 0.5 } }),
  },
  {
    name: 'Identity, Dropout with a mask output',
    sample: [3],
    build: (g) => g.op('Identity', [g.op('Dropout', ['x'], {}, 2)]),
  },
  { name: 'Flatten of a 4-D tensor', sample: [2, 2, 3], build: (g) => g.op('Flatten', ['x']) },
  {
    name: 'Reshape with 0 and -1',
    sample: [2, 6],
    build: (g) =>
      g.op('Reshape', [g.op('Reshape', ['x', g.init(int64s([0, 3, -1]))]), g.init(int64s([-1, 12]))]),
  },
  {
    name: 'Transpose then Flatten',
    sample: [2, 3, 4],
    build: (g) => g.op('Flatten', [g.op('Transpose', ['x'], { perm: [0, 3, 1, 2] })]),
  },
  {
    name: 'Unsqueeze and Squeeze with axes inputs (opset 13)',
    sample: [4],
    build: (g) =>
      g.op('Squeeze', [g.op('Unsqueeze', ['x', g.init(int64s([1, -1]))]), g.init(int64s([3, 1]))]),
  },
  {
    name: 'Unsqueeze and Squeeze with axes attributes (opset 11)',
    sample: [4],
    opset: 11,
    build: (g) => g.op('Squeeze', [g.op('Unsqueeze', ['x'], { axes: [2] })], { axes: [-1] }),
  },
  { name: 'Squeeze without axes', sample: [1, 4, 1], build: (g) => g.op('Squeeze', ['x']) },
  {
    name: 'Concat of computed tensors',
    sample: [2, 3],
    build: (g) =>
      g.op('Flatten', [g.op('Concat', ['x', g.op('Relu', ['x']), g.op('Sigmoid', ['x'])], { axis: -1 })]),
  },
  {
    name: 'BatchNormalization on [N, C]',
    sample: [3],
    build: (g, r) =>
      g.op(
        'BatchNormalization',
        ['x', ...[0, 1, 2, 3].map((i) => g.init(floats([3], i === 3 ? [0.5, 1, 2] : values(r, 3))))],
        { epsilon: { float: 1e-3 } },
      ),
  },
  {
    name: 'BatchNormalization on [N, C, H, W]',
    sample: [2, 3, 3],
    build: (g, r) =>
      g.op('Flatten', [
        g.op('BatchNormalization', [
          'x',
          ...[0, 1, 2, 3].map((i) => g.init(floats([2], i === 3 ? [0.7, 1.3] : values(r, 2)))),
        ]),
      ]),
  },
  {
    name: 'Conv 1-D with pads and stride',
    sample: [2, 9],
    build: (g, r) =>
      g.op('Flatten', [
        g.op('Conv', ['x', g.init(floats([3, 2, 3], values(r, 18))), g.init(floats([3], values(r, 3)))], {
          pads: [2, 1],
          strides: [2],
        }),
      ]),
  },
  {
    name: 'Conv grouped, strided, SAME_LOWER',
    sample: [4, 7, 6],
    build: (g, r) =>
      g.op('Flatten', [
        g.op('Conv', ['x', g.init(floats([6, 2, 3, 2], values(r, 72)))], {
          group: 2,
          auto_pad: 'SAME_LOWER',
          strides: [2, 3],
        }),
      ]),
  },
  {
    name: 'Conv grouped, dilated, with explicit pads',
    sample: [4, 7, 6],
    build: (g, r) =>
      g.op('Flatten', [
        g.op('Conv', ['x', g.init(floats([6, 2, 3, 2], values(r, 72)))], {
          group: 2,
          dilations: [2, 1],
          pads: [2, 0, 1, 1],
          strides: [2, 3],
        }),
      ]),
  },
  {
    name: 'GlobalAveragePool',
    sample: [3, 4, 5],
    build: (g) => g.op('Flatten', [g.op('GlobalAveragePool', ['x'])]),
  },
  {
    name: 'MaxPool with pads, ceil_mode and dilations',
    sample: [2, 7, 7],
    build: (g) =>
      g.op('Flatten', [
        g.op('MaxPool', [g.op('Sub', ['x', g.init(floats([], [0.5]))])], {
          kernel_shape: [3, 2],
          pads: [1, 0, 1, 1],
          strides: [2, 2],
          ceil_mode: 1,
          dilations: [1, 2],
        }),
      ]),
  },
  {
    name: 'AveragePool counting padding, ceil_mode',
    sample: [2, 6, 5],
    build: (g) =>
      g.op('Flatten', [
        g.op('AveragePool', ['x'], {
          kernel_shape: [3, 3],
          pads: [1, 1, 1, 1],
          strides: [2, 2],
          ceil_mode: 1,
          count_include_pad: 1,
        }),
      ]),
  },
  {
    name: 'AveragePool without padding in the count',
    sample: [1, 5, 5],
    build: (g) =>
      g.op('Flatten', [
        g.op('AveragePool', ['x'], { kernel_shape: [2, 3], pads: [1, 1, 0, 1], strides: [1, 2] }),
      ]),
  },
  {
    name: 'Softmax over the last axis (opset 13)',
    sample: [2, 3],
    build: (g) => g.op('Flatten', [g.op('Softmax', ['x'], { axis: -1 })]),
  },
  {
    name: 'Softmax with the opset 11 default axis (flattened)',
    sample: [2, 3],
    opset: 11,
    build: (g) => g.op('Flatten', [g.op('Softmax', ['x'])]),
  },
  {
    name: 'Shape -> Gather -> Unsqueeze -> Concat -> Reshape (view(x.size(0), -1))',
    sample: [2, 3, 2],
    build: (g) => {
      const batch = g.op('Gather', [g.op('Shape', ['x']), g.init({ ...int64s([0]), dims: [] })], { axis: 0 });
      const shape = g.op('Concat', [g.op('Unsqueeze', [batch, g.init(int64s([0]))]), g.init(int64s([-1]))], {
        axis: 0,
      });
      return g.op('Reshape', ['x', g.op('Cast', [shape], { to: 7 })]);
    },
  },
];

describe('evaluateGraph against onnxruntime', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const rng = makeRng(7);
      const g = new GraphBuilder(['N', ...testCase.sample], testCase.opset ?? 17);
      const graph = g.build(testCase.build(g, rng));
      const n = 3;
      const size = testCase.sample.reduce((a, b) => a * b, 1);
      const inputs = randomInputs(rng, n, size, testCase.positive ? 0.05 : -1, testCase.positive ? 1 : 2);
      await expectMatchesOrt(graph, inputs, [n, ...testCase.sample]);
    });
  }

  it('matches on random MLPs and CNNs', async () => {
    const rng = makeRng(11);
    const mlp = randomMlp(rng, {
      inputSize: 12,
      hidden: [9, 7],
      classes: 4,
      activation: 'Tanh',
      preprocess: true,
    });
    await expectMatchesOrt(mlp, randomInputs(rng, 5, 12), [5, 12]);
    for (const pool of ['MaxPool', 'AveragePool', 'none'] as const) {
      const cnn = randomCnn(rng, { channels: 2, size: 6, classes: 3, pool });
      await expectMatchesOrt(cnn, randomInputs(rng, 4, 72), [4, 2, 6, 6]);
    }
  });

  it('matches random convolution geometry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          group: fc.constantFrom(1, 2),
          h: fc.integer({ min: 3, max: 8 }),
          w: fc.integer({ min: 3, max: 8 }),
          kh: fc.integer({ min: 1, max: 3 }),
          kw: fc.integer({ min: 1, max: 3 }),
          sh: fc.integer({ min: 1, max: 3 }),
          sw: fc.integer({ min: 1, max: 3 }),
          dh: fc.integer({ min: 1, max: 2 }),
          dw: fc.integer({ min: 1, max: 2 }),
          pads: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
          autoPad: fc.constantFrom('NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'),
          bias: fc.boolean(),
        }),
        async (p) => {
          const rng = makeRng(p.seed);
          const inC = 2 * p.group;
          const outC = 2 * p.group;
          // onnxruntime refuses dilations with SAME_UPPER / SAME_LOWER.
          const same = p.autoPad.startsWith('SAME');
          const [dh, dw] = same ? [1, 1] : [p.dh, p.dw];
          const spanH = (p.kh - 1) * dh + 1;
          const spanW = (p.kw - 1) * dw + 1;
          const [top, left, bottom, right] = p.autoPad === 'NOTSET' ? p.pads : [0, 0, 0, 0];
          if (!same && (p.h + top + bottom < spanH || p.w + left + right < spanW)) return;
          const g = new GraphBuilder(['N', inC, p.h, p.w]);
          const inputs = [
            'x',
            g.init(
              floats([outC, inC / p.group, p.kh, p.kw], values(rng, (outC * inC * p.kh * p.kw) / p.group)),
            ),
          ];
          if (p.bias) inputs.push(g.init(floats([outC], values(rng, outC))));
          const attributes: Record<string, number | string | number[]> = {
            group: p.group,
            strides: [p.sh, p.sw],
            dilations: [dh, dw],
            auto_pad: p.autoPad,
          };
          if (p.autoPad === 'NOTSET') attributes['pads'] = [...p.pads];
          const graph = g.build(g.op('Flatten', [g.op('Conv', inputs, attributes)]));
          await expectMatchesOrt(graph, randomInputs(rng, 2, inC * p.h * p.w, -1, 1), [2, inC, p.h, p.w]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('matches random pooling geometry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          mode: fc.constantFrom('MaxPool', 'AveragePool'),
          h: fc.integer({ min: 2, max: 7 }),
          w: fc.integer({ min: 2, max: 7 }),
          kh: fc.integer({ min: 1, max: 3 }),
          kw: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 3 }),
          pad: fc.nat(1),
          ceil: fc.nat(1),
          includePad: fc.nat(1),
        }),
        async (p) => {
          if (p.pad >= p.kh || p.pad >= p.kw || p.h + 2 * p.pad < p.kh || p.w + 2 * p.pad < p.kw) return;
          const rng = makeRng(p.seed);
          const g = new GraphBuilder(['N', 2, p.h, p.w]);
          const attributes: Record<string, number | number[]> = {
            kernel_shape: [p.kh, p.kw],
            strides: [p.s, p.s],
            pads: [p.pad, p.pad, p.pad, p.pad],
            ceil_mode: p.ceil,
          };
          if (p.mode === 'AveragePool') attributes['count_include_pad'] = p.includePad;
          const graph = g.build(g.op('Flatten', [g.op(p.mode, ['x'], attributes)]));
          await expectMatchesOrt(graph, randomInputs(rng, 2, 2 * p.h * p.w, -1, 1), [2, 2, p.h, p.w]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('evaluateGraph refusals', () => {
  it('names the op and the node of an unsupported op', () => {
    const g = new GraphBuilder(['N', 4]);
    const graph = g.build(g.op('Relu', [g.op('Erf', ['x'])]));
    let caught: unknown;
    try {
      evaluateGraph(graph, new Float32Array(4), 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnsupportedBoundError);
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UnsupportedBoundError).opType).toBe('Erf');
    expect((caught as UnsupportedBoundError).nodeName).toBe('erf_0');
    expect((caught as Error).message).toContain("Erf node 'erf_0'");
  });

  it('refuses a Reshape that folds the batch into a feature axis', () => {
    const g = new GraphBuilder(['N', 4]);
    const graph = g.build(g.op('Reshape', ['x', g.init(int64s([2, -1]))]));
    expect(() => evaluateGraph(graph, new Float32Array(12), 3)).toThrow(/does not keep the batch \(3\)/);
  });

  it('refuses a Transpose that moves the batch axis', () => {
    const g = new GraphBuilder(['N', 4]);
    const graph = g.build(g.op('Transpose', ['x']));
    expect(() => evaluateGraph(graph, new Float32Array(8), 2)).toThrow(UnsupportedBoundError);
  });

  it('refuses division by a computed tensor and a product with a computed weight', () => {
    const g = new GraphBuilder(['N', 4]);
    const graph = g.build(g.op('Div', ['x', g.op('Relu', ['x'])]));
    expect(() => evaluateGraph(graph, new Float32Array(4), 1)).toThrow(/division by a tensor/);
    const h = new GraphBuilder(['N', 4]);
    const product = h.build(h.op('MatMul', ['x', h.op('Reshape', ['x', h.init(int64s([4, 1]))])]));
    expect(() => evaluateGraph(product, new Float32Array(4), 1)).toThrow(UnsupportedBoundError);
  });

  it('refuses a model input without a fixed sample shape and inputs of the wrong length', () => {
    const g = new GraphBuilder(['N', 'features']);
    const graph = g.build(g.op('Relu', ['x']));
    expect(() => evaluateGraph(graph, new Float32Array(4), 1)).toThrow(
      /needs a fixed shape after the batch axis/,
    );
    const h = new GraphBuilder(['N', 4]);
    expect(() => evaluateGraph(h.build(h.op('Relu', ['x'])), new Float32Array(7), 2)).toThrow(
      /expected 2 samples of 4 values/,
    );
  });

  it('refuses use of a MaxPool Indices output', () => {
    const g = new GraphBuilder(['N', 1, 4, 4]);
    g.op('MaxPool', ['x'], { kernel_shape: [2, 2] }, 2);
    const graph = g.build('maxpool_0_out1');
    expect(() => evaluateGraph(graph, new Float32Array(16), 1)).toThrow(/Indices output is not supported/);
  });
});
