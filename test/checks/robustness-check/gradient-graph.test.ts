import { describe, expect, it } from 'vitest';
import {
  buildLossGradientGraph,
  UnsupportedGradientError,
} from '../../../src/checks/robustness-check/gradient-graph.js';
import {
  floats,
  GraphBuilder,
  int64s,
  makeRng,
  randomAffine,
  randomCnn,
  randomMaxPoolNet,
  randomMixed,
  randomMlp,
  randomProductNet,
  type Activation,
} from './certify-graphs.js';
import { bias, checkGradient, float32Reference, runGradientGraph } from './gradient-check.js';

describe('buildLossGradientGraph on random classifiers', () => {
  const activations: readonly Activation[] = ['Relu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Clip'];
  for (const activation of activations) {
    it(`matches finite differences on an MLP with ${activation}`, async () => {
      const graph = randomMlp(makeRng(11), {
        inputSize: 5,
        hidden: [7, 6],
        classes: 4,
        activation,
        preprocess: true,
      });
      await checkGradient(graph, 4);
    });
  }

  for (const pool of ['MaxPool', 'AveragePool', 'none'] as const) {
    it(`matches finite differences on a CNN with ${pool}`, async () => {
      const graph = randomCnn(makeRng(3), { channels: 2, size: 6, classes: 3, pool });
      await checkGradient(graph, 3, { n: 2 });
    });
  }

  it('matches finite differences on an affine model with reshapes and MatMul', async () => {
    await checkGradient(randomAffine(makeRng(5), { shape: [2, 3, 2], classes: 4 }), 4);
  });

  it('matches finite differences on the mixed graph (residual, product, Concat, Transpose, Exp, Log)', async () => {
    await checkGradient(randomMixed(makeRng(9), { inputSize: 5, classes: 3 }), 3);
  });

  it('matches finite differences with overlapping, padded MaxPool windows', async () => {
    await checkGradient(randomMaxPoolNet(makeRng(13), 3), 3);
  });

  it('matches finite differences on a product of two computed tensors', async () => {
    await checkGradient(randomProductNet(makeRng(17), 4, 3), 3);
  });
});

describe('buildLossGradientGraph backward rules', () => {
  it('Gemm with transA, alpha and beta', async () => {
    const rng = makeRng(21);
    const g = new GraphBuilder(['N', 4]);
    const transposed = g.op('Transpose', ['x'], { perm: [1, 0] });
    const h = g.op('Gemm', [transposed, g.weight([4, 5], rng), bias(g, rng, 5)], {
      transA: 1,
      alpha: { float: 0.7 },
      beta: { float: 1.3 },
    });
    const out = g.op('Gemm', [h, g.weight([3, 5], rng), g.init(floats([1, 3], [0.1, -0.2, 0.3]))], {
      transB: 1,
      alpha: { float: -1.2 },
      beta: { float: 0.5 },
    });
    await checkGradient(g.build(out), 3, { float32: true });
  });

  it('Gemm with the input as B (transB) and a computed C', async () => {
    const rng = makeRng(22);
    const g = new GraphBuilder(['N', 4]);
    const h = g.op('Gemm', ['x', g.weight([4, 3], rng)]);
    // C depends on the input too: its gradient goes through beta.
    const out = g.op('Add', [
      g.op('Gemm', [g.init(floats([3, 3], [1, 0.2, 0, 0, 1, -0.3, 0.5, 0, 1])), h, g.op('Transpose', [h])], {
        transB: 1,
        beta: { float: 0.4 },
      }),
      g.init(floats([], [0])),
    ]);
    // [3, 3] x [N, 3]^T is [3, N]: transpose back to [N, 3].
    await checkGradient(g.build(g.op('Transpose', [out], { perm: [1, 0] })), 3, { float32: true });
  });

  it('batched MatMul [N, r, k] x [k, m] and a product of two computed matrices', async () => {
    const rng = makeRng(23);
    const g = new GraphBuilder(['N', 3, 4]);
    const h = g.op('MatMul', ['x', g.weight([4, 2], rng)]);
    const right = g.op('Tanh', [g.op('MatMul', ['x', g.weight([4, 3], rng)])]);
    // [N, 2, 3] x [N, 3, 3]^T-ish: h^T [N, 2, 3] times right [N, 3, 3].
    const product = g.op('MatMul', [g.op('Transpose', [h], { perm: [0, 2, 1] }), right]);
    const flat = g.op('Flatten', [product]);
    await checkGradient(g.build(g.op('Gemm', [flat, g.weight([3, 6], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  it('MatMul with a 1-D right operand and the evaluator agreeing on 2-D MatMul', async () => {
    const rng = makeRng(24);
    const g = new GraphBuilder(['N', 3, 4]);
    const v = g.op('MatMul', ['x', g.init(floats([4], [0.5, -1, 0.25, 2]))]);
    const out = g.op('MatMul', [v, g.weight([3, 3], rng)]);
    await checkGradient(g.build(out), 3);
  });

  it('broadcasting Add, Sub, Mul and Div between computed tensors', async () => {
    const rng = makeRng(25);
    const g = new GraphBuilder(['N', 6]);
    const wide = g.op('Reshape', [
      g.op('Gemm', ['x', g.weight([8, 6], rng), bias(g, rng, 8)], { transB: 1 }),
      g.init(int64s([-1, 2, 4])),
    ]);
    const row = g.op('Reshape', [
      g.op('Gemm', ['x', g.weight([4, 6], rng)], { transB: 1 }),
      g.init(int64s([-1, 1, 4])),
    ]);
    const column = g.op('Reshape', [
      g.op('Gemm', ['x', g.weight([2, 6], rng)], { transB: 1 }),
      g.init(int64s([-1, 2, 1])),
    ]);
    const positive = g.op('Add', [g.op('Sigmoid', [column]), g.init(floats([], [0.5]))]);
    const sum = g.op('Add', [wide, row]);
    const difference = g.op('Sub', [column, sum]);
    const scaled = g.op('Mul', [difference, g.op('Tanh', [row])]);
    const divided = g.op('Div', [scaled, positive]);
    const constantSide = g.op('Div', [
      g.init(floats([4], [1, 2, 3, 4])),
      g.op('Add', [positive, g.init(floats([], [1]))]),
    ]);
    const joined = g.op('Add', [divided, constantSide]);
    const flat = g.op('Flatten', [joined]);
    await checkGradient(g.build(g.op('Gemm', [flat, g.weight([3, 8], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  it('broadcasting arithmetic with constants (the evaluator checks it in float64)', async () => {
    const rng = makeRng(26);
    const g = new GraphBuilder(['N', 2, 3]);
    let h = g.op('Mul', ['x', g.init(floats([2, 1], [0.5, -2]))]);
    h = g.op('Sub', [g.init(floats([3], [1, 2, 3])), h]);
    h = g.op('Div', [h, g.init(floats([1, 3], [2, 4, -5]))]);
    h = g.op('Add', [h, g.init(floats([1, 1, 3], [0.1, 0.2, 0.3]))]);
    const flat = g.op('Flatten', [h]);
    await checkGradient(g.build(g.op('Gemm', [flat, g.weight([4, 6], rng)], { transB: 1 })), 4);
  });

  it('Softmax and LogSoftmax inside the network', async () => {
    const rng = makeRng(27);
    const g = new GraphBuilder(['N', 5]);
    const h = g.op(
      'Softmax',
      [g.op('Gemm', ['x', g.weight([6, 5], rng, 3), bias(g, rng, 6)], { transB: 1 })],
      { axis: -1 },
    );
    const out = g.op('Gemm', [h, g.weight([3, 6], rng, 4)], { transB: 1 });
    await checkGradient(g.build(out), 3);
    const f = new GraphBuilder(['N', 5]);
    const logSoftmax = f.op('LogSoftmax', [f.op('Gemm', ['x', f.weight([4, 5], rng, 3)], { transB: 1 })], {
      axis: 1,
    });
    await checkGradient(f.build(f.op('Gemm', [logSoftmax, f.weight([3, 4], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  type Attributes = Record<string, number | string | readonly number[]>;
  const convCases: {
    name: string;
    size: number;
    attrs: Attributes;
    inC: number;
    outC: number;
    group: number;
    k: number;
  }[] = [
    {
      name: 'strides and pads',
      size: 7,
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1] },
      inC: 2,
      outC: 3,
      group: 1,
      k: 3,
    },
    {
      name: 'odd size, stride 2, no pads',
      size: 8,
      attrs: { strides: [2, 2] },
      inC: 2,
      outC: 2,
      group: 1,
      k: 3,
    },
    {
      name: 'stride 3 with uneven pads',
      size: 9,
      attrs: { strides: [3, 2], pads: [0, 1, 2, 0] },
      inC: 1,
      outC: 2,
      group: 1,
      k: 2,
    },
    {
      name: 'dilations',
      size: 7,
      attrs: { dilations: [2, 2], pads: [1, 0, 0, 1] },
      inC: 2,
      outC: 2,
      group: 1,
      k: 3,
    },
    { name: 'groups', size: 6, attrs: { group: 2, strides: [2, 1] }, inC: 4, outC: 6, group: 2, k: 3 },
    {
      name: 'auto_pad SAME_UPPER with stride 2',
      size: 5,
      attrs: { auto_pad: 'SAME_UPPER', strides: [2, 2] },
      inC: 1,
      outC: 2,
      group: 1,
      k: 2,
    },
  ];
  for (const c of convCases) {
    it(`Conv with ${c.name}`, async () => {
      const rng = makeRng(31);
      const g = new GraphBuilder(['N', c.inC, c.size, c.size]);
      const conv = g.op(
        'Conv',
        ['x', g.weight([c.outC, c.inC / c.group, c.k, c.k], rng), bias(g, rng, c.outC)],
        {
          ...c.attrs,
          ...(c.group > 1 ? { group: c.group } : {}),
        },
      );
      const flat = g.op('Flatten', [conv]);
      const probe = await float32Reference(g.build(flat))(new Float32Array(c.inC * c.size * c.size), 1);
      const out = g.op('Gemm', [flat, g.weight([3, probe.length], rng)], { transB: 1 });
      const graph = g.build(out);
      // The evaluator has no auto_pad; the float32 runtime is the reference there.
      await checkGradient(graph, 3, { n: 2, float32: 'auto_pad' in c.attrs });
    });
  }

  it('1-D Conv', async () => {
    const rng = makeRng(32);
    const g = new GraphBuilder(['N', 2, 9]);
    const conv = g.op('Conv', ['x', g.weight([3, 2, 3], rng)], { strides: [2], pads: [1, 0] });
    const flat = g.op('Flatten', [conv]);
    await checkGradient(g.build(g.op('Gemm', [flat, g.weight([3, 12], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  it('AveragePool with pads, count_include_pad and ceil_mode, and GlobalAveragePool', async () => {
    const rng = makeRng(33);
    const cases: Record<string, number | readonly number[]>[] = [
      { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] },
      { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1], count_include_pad: 1 },
      { kernel_shape: [2, 3], strides: [2, 2], ceil_mode: 1 },
    ];
    for (const attrs of cases) {
      const g = new GraphBuilder(['N', 2, 7, 7]);
      const pooled = g.op('AveragePool', ['x'], attrs);
      const flat = g.op('Flatten', [pooled]);
      const probe = await float32Reference(g.build(flat))(new Float32Array(2 * 49), 1);
      const global = g.op('Flatten', [g.op('GlobalAveragePool', [g.op('Relu', ['x'])])]);
      const joined = g.op('Concat', [flat, global], { axis: 1 });
      const out = g.op('Gemm', [joined, g.weight([3, probe.length + 2], rng)], { transB: 1 });
      await checkGradient(g.build(out), 3, { n: 2, float32: 'ceil_mode' in attrs, lower: 0.05 });
    }
  });

  it('MaxPool with strides, pads and non-overlapping windows at opset 13', async () => {
    const rng = makeRng(34);
    const g = new GraphBuilder(['N', 2, 5, 5], 13);
    const pooled = g.op('MaxPool', ['x'], { kernel_shape: [2, 2], strides: [2, 2], pads: [0, 0, 1, 1] });
    const flat = g.op('Flatten', [pooled]);
    await checkGradient(g.build(g.op('Gemm', [flat, g.weight([3, 18], rng)], { transB: 1 })), 3);
  });

  it('raises opset 13 to 16 for overlapping MaxPool windows', async () => {
    const rng = makeRng(34);
    const g = new GraphBuilder(['N', 1, 4, 4], 13);
    const pooled = g.op('MaxPool', ['x'], { kernel_shape: [3, 3], strides: [1, 1], pads: [1, 1, 1, 1] });
    const graph = g.build(
      g.op('Gemm', [g.op('Flatten', [pooled]), g.weight([3, 16], rng, 3)], { transB: 1 }),
    );
    expect(buildLossGradientGraph(graph, 'ce').opsets).toEqual({ '': 16 });
    await checkGradient(graph, 3);
  });

  it('BatchNormalization on [N, C] (the CNNs have it on [N, C, H, W])', async () => {
    const rng = makeRng(35);
    const g = new GraphBuilder(['N', 3]);
    const stats = (values: number[]) => g.init(floats([3], values));
    const normalized = g.op(
      'BatchNormalization',
      ['x', stats([1.5, -0.5, 2]), stats([0.1, 0.2, -0.3]), stats([0.4, 0.5, 0.6]), stats([0.3, 2, 0.7])],
      { epsilon: { float: 1e-3 } },
    );
    await checkGradient(g.build(g.op('Gemm', [normalized, g.weight([3, 3], rng)], { transB: 1 })), 3);
  });

  it('Concat, Transpose, Reshape, Squeeze, Unsqueeze, Pad, Identity and Dropout', async () => {
    const rng = makeRng(36);
    const g = new GraphBuilder(['N', 2, 3]);
    const turned = g.op('Transpose', ['x'], { perm: [0, 2, 1] });
    const padded = g.op('Pad', [turned, g.init(int64s([0, 1, 0, 0, 2, 1])), g.init(floats([], [0.5]))]);
    const unsqueezed = g.op('Unsqueeze', [padded, g.init(int64s([1]))]);
    const squeezed = g.op('Squeeze', [unsqueezed, g.init(int64s([1]))]);
    const copied = g.op('Dropout', [g.op('Identity', [squeezed])]);
    const reshaped = g.op('Reshape', [copied, g.init(int64s([0, -1]))]);
    const joined = g.op('Concat', [reshaped, g.op('Flatten', ['x']), g.op('Tanh', [reshaped])], { axis: 1 });
    const width = 18 + 6 + 18;
    await checkGradient(g.build(g.op('Gemm', [joined, g.weight([3, width], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  it('reads shapes computed with Shape, Gather and Concat', async () => {
    const rng = makeRng(37);
    const g = new GraphBuilder(['N', 2, 3]);
    const batch = g.op('Gather', [g.op('Shape', ['x']), g.init(int64s([0]))], { axis: 0 });
    const target = g.op('Concat', [batch, g.init(int64s([-1]))], { axis: 0 });
    const flat = g.op('Reshape', ['x', target]);
    const h = g.op('Add', [flat, g.op('Relu', [flat])]);
    await checkGradient(g.build(g.op('Gemm', [h, g.weight([3, 6], rng)], { transB: 1 })), 3);
  });

  it('Neg, Sqrt, Exp and Log', async () => {
    const rng = makeRng(48);
    const g = new GraphBuilder(['N', 4]);
    const h = g.op('Gemm', ['x', g.weight([4, 4], rng), bias(g, rng, 4)], { transB: 1 });
    const positive = g.op('Add', [g.op('Sigmoid', [h]), g.init(floats([], [0.2]))]);
    const root = g.op('Sqrt', [positive]);
    const logged = g.op('Log', [g.op('Exp', [g.op('Neg', [root])])]);
    const joined = g.op('Concat', [logged, g.op('Neg', [h])], { axis: 1 });
    await checkGradient(g.build(g.op('Gemm', [joined, g.weight([3, 8], rng)], { transB: 1 })), 3, {
      float32: true,
    });
  });

  it('accumulates the gradient of a tensor used several times', async () => {
    const rng = makeRng(38);
    const g = new GraphBuilder(['N', 4]);
    const h = g.op('Gemm', ['x', g.weight([4, 4], rng), bias(g, rng, 4)], { transB: 1 });
    const a = g.op('Mul', [h, h]);
    const b = g.op('Add', [g.op('Sigmoid', [h]), a]);
    const c = g.op('Sub', [b, 'x']);
    await checkGradient(g.build(g.op('Gemm', [c, g.weight([3, 4], rng)], { transB: 1 })), 3);
  });

  it('handles tied logits in the margin loss (one of the tied classes)', async () => {
    const g = new GraphBuilder(['N', 2]);
    // Logits (x0, x0, x1): classes 0 and 1 always tie.
    const out = g.op('MatMul', ['x', g.init(floats([2, 3], [1, 1, 0, 0, 0, 1]))]);
    const graph = g.build(out);
    const result = await runGradientGraph(graph, 'margin', Float32Array.of(2, 0.5), Int32Array.of(2), 3);
    // max_{j != 2} z_j - z_2 = x0 - x1: the gradient through one of the tied maxima.
    expect(Array.from(result.grad)).toEqual([1, -1]);
    expect(Array.from(result.loss)).toEqual([1.5]);
  });

  it('names the op without a backward rule', () => {
    const rng = makeRng(39);
    const g = new GraphBuilder(['N', 3]);
    const h = g.op('Erf', [g.op('Gemm', ['x', g.weight([3, 3], rng)], { transB: 1 })]);
    const graph = g.build(g.op('Gemm', [h, g.weight([2, 3], rng)], { transB: 1 }));
    const attempt = () => buildLossGradientGraph(graph, 'ce');
    expect(attempt).toThrow(UnsupportedGradientError);
    expect(attempt).toThrow(/Erf node 'erf_\d+': Erf has no backward rule/);
    try {
      attempt();
    } catch (error) {
      expect((error as UnsupportedGradientError).opType).toBe('Erf');
    }
  });

  it('refuses ops of other domains on the path', () => {
    const rng = makeRng(47);
    const g = new GraphBuilder(['N', 3]);
    const h = g.op('Gemm', ['x', g.weight([2, 3], rng)], { transB: 1 });
    const graph = g.build(h);
    const custom = {
      ...graph,
      nodes: graph.nodes.map((node) => (node.opType === 'Gemm' ? { ...node, domain: 'com.example' } : node)),
    };
    expect(() => buildLossGradientGraph(custom, 'ce')).toThrow(
      /^Gemm node 'gemm_\d+': ops of domain 'com.example' have no backward rule$/,
    );
  });

  it('needs no backward rule off the path from the input', async () => {
    const rng = makeRng(40);
    const g = new GraphBuilder(['N', 3]);
    const scale = g.op('Erf', [g.init(floats([3], [0.5, 1, 1.5]))]);
    const h = g.op('Mul', ['x', scale]);
    const graph = g.build(g.op('Gemm', [h, g.weight([2, 3], rng)], { transB: 1 }));
    await checkGradient(graph, 2, { float32: true });
  });

  for (const opset of [13, 18, 21]) {
    it(`works at opset ${opset} (axes as inputs or attributes)`, async () => {
      const rng = makeRng(43);
      const g = new GraphBuilder(['N', 1, 5, 5], opset);
      let h = g.op('Conv', ['x', g.weight([2, 1, 2, 2], rng)], { pads: [1, 1, 0, 0] });
      h = g.op('MaxPool', [h], { kernel_shape: [2, 2], strides: [2, 2] });
      h = g.op('Unsqueeze', [g.op('Flatten', [h]), g.init(int64s([2]))]);
      h = g.op('Squeeze', [h, g.init(int64s([2]))]);
      h = g.op('Clip', [h, g.init(floats([], [-0.8])), g.init(floats([], [0.9]))]);
      const out = g.op('Softmax', [g.op('Gemm', [h, g.weight([3, 8], rng, 3)], { transB: 1 })], { axis: 1 });
      // Seed 8: inputs whose pooling windows have no near-ties for the finite differences.
      await checkGradient(g.build(out), 3, { seed: 8 });
    });
  }

  it('passes gradients through a float Cast and Dropout with a constant false training mode', async () => {
    const rng = makeRng(44);
    const g = new GraphBuilder(['N', 3]);
    const flag = g.init({ dataType: 9, dims: [], data: Int32Array.of(0) });
    const h = g.op('Dropout', [
      g.op('Cast', [g.op('Tanh', ['x'])], { to: 1 }),
      g.init(floats([], [0.5])),
      flag,
    ]);
    await checkGradient(g.build(g.op('Gemm', [h, g.weight([2, 3], rng)], { transB: 1 })), 2, {
      float32: true,
    });
    const t = new GraphBuilder(['N', 3]);
    const on = t.init({ dataType: 9, dims: [], data: Int32Array.of(1) });
    const random = t.op('Dropout', ['x', t.init(floats([], [0.5])), on]);
    const training = t.build(t.op('Gemm', [random, t.weight([2, 3], rng)], { transB: 1 }));
    expect(() => buildLossGradientGraph(training, 'ce')).toThrow(/training_mode is not a constant false/);
  });

  it('names the first op without a rule even when later rules need its shapes', () => {
    const g = new GraphBuilder(['N', 4]);
    const odd = g.op('Abs', [g.op('Mish', ['x'])]);
    const h = g.op('Add', [
      g.op('Reshape', [odd, g.init(int64s([-1, 2, 2]))]),
      g.init(floats([2, 1], [1, 2])),
    ]);
    const graph = g.build(g.op('Flatten', [h]));
    expect(() => buildLossGradientGraph(graph, 'margin')).toThrow(
      /^Mish node 'mish_\d+': Mish has no backward rule$/,
    );
  });

  it('passes no gradient through casts to integers', async () => {
    const rng = makeRng(46);
    const g = new GraphBuilder(['N', 3]);
    const steps = g.op('Cast', [g.op('Cast', [g.op('Mul', ['x', g.init(floats([], [3]))])], { to: 7 })], {
      to: 1,
    });
    const h = g.op('Add', [g.op('Mul', ['x', g.init(floats([], [2]))]), steps]);
    const graph = g.build(g.op('Gemm', [h, g.weight([2, 3], rng)], { transB: 1 }));
    const inputs = Float32Array.of(0.1, 0.5, 0.9);
    const result = await runGradientGraph(graph, 'margin', inputs, Int32Array.of(0), 2);
    const weight = graph.initializers.get(graph.nodes.at(-2)!.inputs[1]!)!.data as Float32Array;
    // d/dx of (z_1 - z_0) with z = (2x + round-down steps) W^T: only the 2x part counts.
    const expected = [0, 1, 2].map((i) => 2 * (weight[3 + i]! - weight[i]!));
    result.grad.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('refuses opsets before 13', () => {
    const rng = makeRng(41);
    const g = new GraphBuilder(['N', 3], 12);
    const graph = g.build(g.op('Gemm', ['x', g.weight([2, 3], rng)], { transB: 1 }));
    expect(() => buildLossGradientGraph(graph, 'margin')).toThrow(/opset 12 is older than 13/);
  });

  it('keeps the forward graph and declares the new inputs and outputs', () => {
    const graph = randomMlp(makeRng(42), { inputSize: 3, hidden: [4], classes: 2 });
    const backward = buildLossGradientGraph(graph, 'ce');
    expect(backward.inputs.map((i) => i.name)).toEqual(['x', 'labels_onehot']);
    expect(backward.outputs.map((o) => o.name)).toEqual(['logits', 'loss', 'grad']);
    expect(backward.nodes.slice(0, graph.nodes.length)).toEqual(graph.nodes);
    expect(graph.nodes.length).toBeLessThan(backward.nodes.length);
  });
});
