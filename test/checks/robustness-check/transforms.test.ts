import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

import { evaluateGraph } from '../../../src/checks/robustness-check/evaluate.js';
import {
  DataType,
  type Dimension,
  type GraphNode,
  type ModelGraph,
} from '../../../src/checks/robustness-check/graph.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import {
  toClassifierGraph,
  type ClassifierGraph,
  type ClassifierOptions,
} from '../../../src/checks/robustness-check/transforms.js';
import {
  floats,
  GraphBuilder,
  int64s,
  makeRng,
  randomCnn,
  randomInputs,
  randomMlp,
} from './certify-graphs.js';

const FILE = 'models/classifier.onnx';

async function runOrt(
  graph: ModelGraph,
  inputs: Float32Array,
  shape: readonly number[],
): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(writeOnnxModel(graph), { logSeverityLevel: 3 });
  const result = await session.run({
    [graph.inputs[0]!.name]: new ort.Tensor('float32', inputs, [...shape]),
  });
  return result[graph.outputs[0]!.name]!.data as Float32Array;
}

/** The transformed graph's logits from onnxruntime, checked against evaluateGraph. */
async function logitsOf(classifier: ClassifierGraph, inputs: Float32Array, n: number): Promise<Float32Array> {
  const fromOrt = await runOrt(classifier.graph, inputs, [n, ...classifier.sampleShape]);
  const fromJs = evaluateGraph(classifier.graph, inputs, n);
  expect(fromOrt.length).toBe(n * classifier.classes);
  fromJs.forEach((v, i) => expect(fromOrt[i]).toBeCloseTo(v, 4));
  return fromOrt;
}

function transform(model: ModelGraph, options: Partial<ClassifierOptions> = {}): ClassifierGraph {
  return toClassifierGraph(model, { file: FILE, outputKind: 'auto', ...options });
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

function softmaxRows(z: ArrayLike<number>, classes: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < z.length / classes; s++) {
    const row = Array.from({ length: classes }, (_, j) => z[s * classes + j]!);
    const max = Math.max(...row);
    const exps = row.map((v) => Math.exp(v - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    out.push(...exps.map((e) => e / sum));
  }
  return out;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** The graph with `extra` nodes after its output 'logits', ending in `output` of shape `shape`. */
function withTail(
  graph: ModelGraph,
  extra: GraphNode[],
  output: string,
  shape: readonly Dimension[],
): ModelGraph {
  const initializers = new Map(graph.initializers);
  // A constant 1 for tails that multiply by it (an op that is not a pass-through).
  if (extra.some((n) => n.inputs.includes('one'))) initializers.set('one', floats([], [1]));
  return {
    ...graph,
    initializers,
    nodes: [...graph.nodes, ...extra],
    outputs: [{ name: output, elemType: DataType.FLOAT, shape: [...shape] }],
  };
}

function node(
  opType: string,
  inputs: string[],
  outputs: string[],
  attributes: GraphNode['attributes'] = {},
): GraphNode {
  return { opType, domain: '', name: `${opType.toLowerCase()}_${outputs[0]}`, inputs, outputs, attributes };
}

/** The same graph with tensor `from` called `to` everywhere. */
function renameTensor(graph: ModelGraph, from: string, to: string): ModelGraph {
  const r = (name: string) => (name === from ? to : name);
  return {
    ...graph,
    inputs: graph.inputs.map((i) => ({ ...i, name: r(i.name) })),
    outputs: graph.outputs.map((o) => ({ ...o, name: r(o.name) })),
    nodes: graph.nodes.map((n) => ({ ...n, inputs: n.inputs.map(r), outputs: n.outputs.map(r) })),
  };
}

function withOpset(graph: ModelGraph, opset: number): ModelGraph {
  return { ...graph, opsets: { '': opset } };
}

const rng = makeRng(23);
const unknownClasses = randomMlp(rng, { inputSize: 4, hidden: [5], classes: 3 });
const mlp = withTail(unknownClasses, [], 'logits', ['N', 3]);
const binary = withTail(randomMlp(rng, { inputSize: 4, hidden: [5], classes: 1 }), [], 'logits', ['N', 1]);
const cnn = withTail(randomCnn(rng, { channels: 2, size: 5, classes: 3, pool: 'none' }), [], 'logits', [
  'N',
  3,
]);

describe.each([1, 3])('toClassifierGraph at batch %i', (n) => {
  const inputs = randomInputs(makeRng(n), n, 4, -1, 1);

  it.each([17, 11])('removes a Softmax at the end (opset %i) and keeps the logits', async (opset) => {
    const model = renameTensor(
      withOpset(withTail(mlp, [node('Softmax', ['logits'], ['probs'])], 'probs', ['N', 3]), opset),
      'x',
      'input.1',
    );
    const classifier = transform(model);
    expect(classifier.outputKind).toBe('probabilities');
    expect(classifier.classes).toBe(3);
    expect(classifier.sampleShape).toEqual([4]);
    expect(classifier.notes).toEqual([
      "the Softmax at the end ('softmax_probs') was removed to attack logits",
    ]);
    expect(classifier.graph.inputs).toEqual([{ name: 'x', elemType: DataType.FLOAT, shape: ['batch', 4] }]);
    expect(classifier.graph.outputs).toEqual([
      { name: 'logits', elemType: DataType.FLOAT, shape: ['batch', 3] },
    ]);
    expect(classifier.graph.opsets).toEqual({ '': opset });
    const logits = await logitsOf(classifier, inputs, n);
    const probabilities = await runOrt(model, inputs, [n, 4]);
    softmaxRows(logits, 3).forEach((p, i) => expect(p).toBeCloseTo(probabilities[i]!, 5));
    evaluateGraph(mlp, inputs, n).forEach((z, i) => expect(logits[i]).toBeCloseTo(z, 4));
  });

  it('turns a Sigmoid output into two logits [0, z]', async () => {
    const model = withTail(binary, [node('Sigmoid', ['logits'], ['p'])], 'p', ['N', 1]);
    const classifier = transform(model);
    expect(classifier.outputKind).toBe('sigmoid');
    expect(classifier.classes).toBe(2);
    expect(classifier.notes).toEqual([
      "the Sigmoid at the end ('sigmoid_p') was removed; its input z became the logits [0, z] of 2 classes",
    ]);
    const logits = await logitsOf(classifier, inputs, n);
    const p = await runOrt(model, inputs, [n, 4]);
    for (let s = 0; s < n; s++) {
      expect(logits[2 * s] === 0).toBe(true);
      expect(sigmoid(logits[2 * s + 1]! - logits[2 * s]!)).toBeCloseTo(p[s]!, 5);
    }
  });

  it('looks through Identity nodes after a Softmax or a Sigmoid', async () => {
    const probabilities = transform(
      withTail(
        mlp,
        [
          node('Softmax', ['logits'], ['probs']),
          node('Identity', ['probs'], ['id1']),
          node('Identity', ['id1'], ['out']),
        ],
        'out',
        ['N', 3],
      ),
    );
    expect(probabilities.outputKind).toBe('probabilities');
    expect(probabilities.graph.nodes.some((n) => n.opType === 'Softmax')).toBe(false);
    const expected = evaluateGraph(mlp, inputs, n);
    (await logitsOf(probabilities, inputs, n)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 4));
    const binaryKind = transform(
      withTail(binary, [node('Sigmoid', ['logits'], ['p']), node('Identity', ['p'], ['out'])], 'out', [
        'N',
        1,
      ]),
    );
    expect([binaryKind.outputKind, binaryKind.classes]).toEqual(['sigmoid', 2]);
  });

  it("declared 'probabilities' without a Softmax at the end: log(max(p, 1e-30))", async () => {
    const model = withTail(
      mlp,
      [node('Softmax', ['logits'], ['probs']), node('Mul', ['probs', 'one'], ['out'])],
      'out',
      ['N', 3],
    );
    expect(transform(model).outputKind).toBe('logits');
    const classifier = transform(model, { outputKind: 'probabilities' });
    expect(classifier.outputKind).toBe('probabilities');
    expect(classifier.notes).toEqual([
      "the model's probabilities p are attacked as logits log(max(p, 1e-30)): no Softmax at the end could be removed",
    ]);
    const logits = await logitsOf(classifier, inputs, n);
    const probabilities = await runOrt(model, inputs, [n, 4]);
    probabilities.forEach((p, i) => expect(logits[i]).toBeCloseTo(Math.log(p), 4));
    softmaxRows(logits, 3).forEach((p, i) => expect(p).toBeCloseTo(probabilities[i]!, 5));
    // Declared probabilities with a Softmax right at the end: removed as under 'auto'.
    const stripped = transform(withTail(mlp, [node('Softmax', ['logits'], ['probs'])], 'probs', ['N', 3]), {
      outputKind: 'probabilities',
    });
    expect(stripped.graph.nodes.some((n) => n.opType === 'Softmax' || n.opType === 'Log')).toBe(false);
  });

  it("declared 'sigmoid' without a Sigmoid node: [0, log(p) - log(1 - p)], at both opsets of Clip", async () => {
    for (const opset of [17, 9]) {
      const model = withOpset(
        withTail(binary, [node('Sigmoid', ['logits'], ['p']), node('Mul', ['p', 'one'], ['out'])], 'out', [
          'N',
          1,
        ]),
        opset,
      );
      const classifier = transform(model, { outputKind: 'sigmoid' });
      expect(classifier.outputKind).toBe('sigmoid');
      expect(classifier.classes).toBe(2);
      expect(classifier.notes).toEqual([
        "the model's probability p of class 1 is attacked as logits [0, log(p) - log(1 - p)], with p clamped to [1e-30, 1 - 2^-24]: no Sigmoid at the end could be removed",
      ]);
      const logits = await logitsOf(classifier, inputs, n);
      const p = await runOrt(model, inputs, [n, 4]);
      for (let s = 0; s < n; s++) {
        expect(logits[2 * s] === 0).toBe(true);
        expect(sigmoid(logits[2 * s + 1]! - logits[2 * s]!)).toBeCloseTo(p[s]!, 5);
      }
    }
  });

  it('prepends (x * scale - mean) / std per feature of a rank-2 input', async () => {
    const preprocessing = { scale: 0.5, mean: [0.1, -0.2, 0.3, 0], std: [0.5] };
    const classifier = transform(mlp, { preprocessing });
    expect(classifier.notes).toEqual([
      "the preprocessing (x * 0.5 - mean) / std is part of the graph, so budgets and gradients are in the data's own space",
    ]);
    const logits = await logitsOf(classifier, inputs, n);
    const byHand = Float32Array.from(inputs, (v, i) => (v * 0.5 - preprocessing.mean[i % 4]!) / 0.5);
    const expected = await runOrt(mlp, byHand, [n, 4]);
    expected.forEach((z, i) => expect(logits[i]).toBeCloseTo(z, 4));
  });

  it('prepends per-channel preprocessing of an NCHW image, and a Transpose for NHWC data', async () => {
    const size = 2 * 5 * 5;
    const images = randomInputs(makeRng(40 + n), n, size, 0, 255);
    const mean = [0.5, 0.25];
    const std = [0.2, 0.4];
    const byHand = (nchw: Float32Array) =>
      Float32Array.from(nchw, (v, i) => {
        const c = Math.floor(i / 25) % 2;
        return (v / 255 - mean[c]!) / std[c]!;
      });
    const nchw = transform(cnn, { preprocessing: { scale: 1 / 255, mean, std } });
    expect(nchw.sampleShape).toEqual([2, 5, 5]);
    const expected = await runOrt(cnn, byHand(images), [n, 2, 5, 5]);
    (await logitsOf(nchw, images, n)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 4));

    const nhwc = transform(cnn, { preprocessing: { scale: 1 / 255, mean, std, layout: 'nhwc' } });
    expect(nhwc.sampleShape).toEqual([5, 5, 2]);
    expect(nhwc.graph.inputs[0]!.shape).toEqual(['batch', 5, 5, 2]);
    expect(nhwc.notes[0]).toBe(
      "the data is NHWC; a Transpose to the model's NCHW was added in front of the model",
    );
    // The same images laid out as [N, H, W, C].
    const asNhwc = new Float32Array(images.length);
    for (let s = 0; s < n; s++)
      for (let c = 0; c < 2; c++)
        for (let p = 0; p < 25; p++) asNhwc[s * size + p * 2 + c] = images[s * size + c * 25 + p]!;
    (await logitsOf(nhwc, asNhwc, n)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 4));
  });
});

describe('toClassifierGraph preprocessing of a channels-last model', () => {
  it('applies per-channel values to the last axis when only it has that many channels', async () => {
    // A Keras-style model: input [N, 4, 4, 3], channels last.
    const g = new GraphBuilder(['N', 4, 4, 3]);
    const flat = g.op('Flatten', ['x']);
    const model = g.build(g.op('Gemm', [flat, g.weight([2, 48], makeRng(8))], { transB: 1 }), ['N', 2]);
    const mean = [0.485, 0.456, 0.406];
    const std = [0.229, 0.224, 0.225];
    const classifier = transform(model, { preprocessing: { mean, std } });
    expect(classifier.notes[0]).toBe(
      'the model takes channels-last input: mean and std apply to its last axis (3 channels)',
    );
    expect(classifier.sampleShape).toEqual([4, 4, 3]);
    const inputs = randomInputs(makeRng(9), 2, 48);
    const byHand = Float32Array.from(inputs, (v, i) => (v - mean[i % 3]!) / std[i % 3]!);
    const expected = await runOrt(model, byHand, [2, 4, 4, 3]);
    (await logitsOf(classifier, inputs, 2)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 4));
  });
});

describe('toClassifierGraph of a model of any image size', () => {
  it("takes the data's sample shape for the symbolic axes, in the model's layout", async () => {
    const g = new GraphBuilder(['N', 2, 'H', 'W']);
    const pooled = g.op('GlobalAveragePool', ['x']);
    const flat = g.op('Flatten', [pooled]);
    const model = g.build(g.op('Gemm', [flat, g.weight([3, 2], makeRng(10))], { transB: 1 }), ['N', 3]);
    const nchw = transform(model, { dataSampleShape: [2, 5, 6] });
    expect(nchw.sampleShape).toEqual([2, 5, 6]);
    expect(nchw.notes).toContain(
      "the model's input 'x' (FLOAT [N, 2, H, W]) takes the data's size: [2, 5, 6]",
    );
    const nhwc = transform(model, { dataSampleShape: [5, 6, 2], preprocessing: { layout: 'nhwc' } });
    expect(nhwc.sampleShape).toEqual([5, 6, 2]);
    const inputs = randomInputs(makeRng(11), 2, 60);
    expect((await logitsOf(nchw, inputs, 2)).length).toBe(6);
    // A fixed axis the data contradicts is not overridden.
    expect(messageOf(() => transform(model, { dataSampleShape: [3, 5, 6] }))).toBe(
      `${FILE}: model input 'x' (FLOAT [N, 2, H, W]) cannot take the data's samples, [3, 5, 6] in the model's layout`,
    );
  });
});

describe('toClassifierGraph preprocessing of a rank-3 input', () => {
  it('broadcasts per-channel values as [1, C, 1]', async () => {
    const g = new GraphBuilder(['N', 2, 3]);
    const flat = g.op('Flatten', ['x']);
    const model = g.build(g.op('Gemm', [flat, g.weight([2, 6], makeRng(6))], { transB: 1 }), ['N', 2]);
    const classifier = transform(model, { preprocessing: { mean: [1, -1], std: [2, 4] } });
    expect(classifier.graph.initializers.get('mlsec_mean_1')!.dims).toEqual([1, 2, 1]);
    const inputs = randomInputs(makeRng(7), 3, 6);
    const byHand = Float32Array.from(inputs, (v, i) =>
      Math.floor(i / 3) % 2 === 0 ? (v - 1) / 2 : (v + 1) / 4,
    );
    const expected = await runOrt(model, byHand, [3, 2, 3]);
    (await logitsOf(classifier, inputs, 3)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 5));
  });
});

describe('toClassifierGraph output kinds without a change', () => {
  it('removes a LogSoftmax at the end (same margins) and takes declared logits as they are', async () => {
    const model = withTail(
      mlp,
      [node('LogSoftmax', ['logits'], ['logp'], { axis: { kind: 'int', value: 1 } })],
      'logp',
      ['N', 3],
    );
    const classifier = transform(model);
    expect(classifier.outputKind).toBe('logits');
    expect(classifier.notes).toEqual([
      "the LogSoftmax at the end ('logsoftmax_logp') was removed: its input has the same margins between classes",
    ]);
    const inputs = randomInputs(makeRng(12), 3, 4);
    const logits = await runOrt(classifier.graph, inputs, [3, 4]);
    expect(Array.from(logits)).toEqual(Array.from(await runOrt(mlp, inputs, [3, 4])));
    const logProbabilities = await runOrt(model, inputs, [3, 4]);
    for (let s = 0; s < 3; s++)
      for (let j = 1; j < 3; j++)
        expect(logits[s * 3 + j]! - logits[s * 3]!).toBeCloseTo(
          logProbabilities[s * 3 + j]! - logProbabilities[s * 3]!,
          5,
        );

    const declared = transform(mlp, { outputKind: 'logits' });
    expect(declared).toMatchObject({ outputKind: 'logits', classes: 3, notes: [], sampleShape: [4] });
    expect(declared.graph.nodes.length).toBe(mlp.nodes.length);
  });

  it('reads one output column without a Sigmoid as the logit of class 1', async () => {
    const classifier = transform(binary);
    expect(classifier).toMatchObject({ outputKind: 'logits', classes: 2 });
    expect(classifier.notes).toEqual([
      "the model's one output column is read as the logit z of class 1: logits [0, z] of 2 classes",
    ]);
    const inputs = randomInputs(makeRng(13), 3, 4);
    const logits = await runOrt(classifier.graph, inputs, [3, 4]);
    const z = await runOrt(binary, inputs, [3, 4]);
    expect(Array.from(logits)).toEqual(
      [0, z[0]!, 0, z[1]!, 0, z[2]!].map((v) => (v === 0 ? expect.anything() : v)),
    );
    for (let s = 0; s < 3; s++) expect(Math.abs(logits[2 * s]!)).toBe(0);
  });
});

describe('toClassifierGraph with a fixed batch', () => {
  /** x [1, 2, 3] -> Reshape [1, 6] -> Gemm -> [1, 3]. */
  function fixedBatchModel(shape: string, allowZero?: number, opset = 17): ModelGraph {
    const g = new GraphBuilder([1, 2, 3], opset);
    const target = g.init(shape === 'constant' ? int64s([1, 6]) : int64s([-1, 6]));
    const flat = g.op('Reshape', ['x', target], allowZero === undefined ? {} : { allowzero: allowZero });
    const out = g.op('Gemm', [flat, g.weight([3, 6], makeRng(3))], { transB: 1 });
    return g.build(out, [1, 3]);
  }

  it('rewrites the Reshape shapes that repeat it and takes a batch of 3', async () => {
    const model = fixedBatchModel('constant');
    const classifier = transform(model);
    expect(classifier.notes).toEqual([
      'the model fixes the batch size to 1; the batch axis was made dynamic and 1 Reshape shape that repeated it now copies it',
    ]);
    expect(classifier.graph.inputs[0]!.shape).toEqual(['batch', 2, 3]);
    expect(classifier.graph.outputs[0]!.shape).toEqual(['batch', 3]);
    const inputs = randomInputs(makeRng(8), 3, 6);
    const logits = await logitsOf(classifier, inputs, 3);
    for (let s = 0; s < 3; s++) {
      const one = await runOrt(model, inputs.slice(s * 6, s * 6 + 6), [1, 2, 3]);
      one.forEach((z, j) => expect(logits[s * 3 + j]).toBeCloseTo(z, 5));
    }
    // The model's own shape constant is left as it was.
    expect(Array.from(model.initializers.values()).find((t) => t.dataType === DataType.INT64)!.data).toEqual(
      BigInt64Array.of(1n, 6n),
    );
    expect(transform(fixedBatchModel('dynamic')).notes).toEqual([
      'the model fixes the batch size to 1; the batch axis was made dynamic',
    ]);
  });

  it('rewrites a Reshape with allowzero=1 whose shape has no 0 (allowzero changes only what a 0 means)', async () => {
    const classifier = transform(fixedBatchModel('constant', 1));
    const reshape = classifier.graph.nodes.find((n) => n.opType === 'Reshape')!;
    expect(reshape.attributes['allowzero']).toBeUndefined();
    const inputs = randomInputs(makeRng(14), 3, 6);
    expect((await runOrt(classifier.graph, inputs, [3, 2, 3])).length).toBe(9);
    const g = new GraphBuilder([1, 4]);
    const shape = g.op('Concat', [g.init(int64s([1])), g.init(int64s([4]))], { axis: 0 });
    const flat = g.op('Reshape', ['x', shape]);
    const model = g.build(g.op('Gemm', [flat, g.weight([2, 4], makeRng(4))], { transB: 1 }), [1, 2]);
    expect(messageOf(() => transform(model))).toBe(
      `${FILE}: the model fixes the batch size to 1 and cannot take a batch of 3 (Reshape node 'reshape_3': cannot reshape [3, 4] to [1, 4]); re-export the model with a dynamic batch axis`,
    );
  });
});

describe('toClassifierGraph graph hygiene', () => {
  it('renames clashing tensors, drops other outputs and keeps the model unchanged', async () => {
    // The model calls its input 'data', an inner tensor 'logits' and its output 'x'.
    const model = renameTensor(renameTensor(renameTensor(mlp, 'logits', 'x_out'), 'x', 'data'), 'x_out', 'x');
    const inner = model.nodes[model.nodes.length - 2]!.outputs[0]!;
    const clashing = renameTensor(model, inner, 'logits');
    const withLabel: ModelGraph = {
      ...clashing,
      nodes: [...clashing.nodes, node('ArgMax', ['x'], ['label'], { axis: { kind: 'int', value: 1 } })],
      outputs: [...clashing.outputs, { name: 'label', elemType: DataType.INT64, shape: ['N', 1] }],
    };
    const before = structuredClone(withLabel);
    const classifier = transform(withLabel);
    expect(withLabel).toEqual(before);
    expect(classifier.notes).toEqual(["the model's output 'x' is used; its other outputs ('label') are not"]);
    expect(classifier.graph.nodes.some((n) => n.opType === 'ArgMax')).toBe(false);
    const inputs = randomInputs(makeRng(9), 2, 4);
    const expected = evaluateGraph(mlp, inputs, 2);
    (await logitsOf(classifier, inputs, 2)).forEach((z, i) => expect(z).toBeCloseTo(expected[i]!, 4));
  });

  it('gives an output that is a constant or the input itself its name', () => {
    const identity: ModelGraph = {
      irVersion: 8,
      opsets: { '': 17 },
      inputs: [{ name: 'in', elemType: DataType.FLOAT, shape: ['N', 3] }],
      outputs: [{ name: 'in', elemType: DataType.FLOAT, shape: ['N', 3] }],
      initializers: new Map(),
      nodes: [],
    };
    const classifier = transform(identity);
    expect(classifier.graph.nodes.map((n) => [n.opType, n.inputs, n.outputs])).toEqual([
      ['Identity', ['x'], ['logits']],
    ]);
    expect(Array.from(evaluateGraph(classifier.graph, Float32Array.of(1, 2, 3), 1))).toEqual([1, 2, 3]);
  });
});

describe('toClassifierGraph errors', () => {
  const base = unknownClasses;
  const input = (shape: Dimension[] | undefined, elemType: number = DataType.FLOAT) => ({
    ...base,
    inputs: [{ name: 'x', elemType, shape }],
  });
  const cases: [string, () => unknown, string][] = [
    [
      'two inputs',
      () =>
        transform({
          ...base,
          inputs: [...base.inputs, { name: 'mask', elemType: DataType.INT64, shape: ['N'] }],
        }),
      "the model must have exactly one input (a FLOAT tensor [batch, ...]), found 2: 'x' (FLOAT [N, 4]), 'mask' (INT64 [N])",
    ],
    [
      'no input',
      () => transform({ ...base, inputs: [] }),
      'the model must have exactly one input (a FLOAT tensor [batch, ...]), found 0',
    ],
    [
      'an INT64 input',
      () => transform(input(['N', 4], DataType.INT64)),
      "model input 'x' (INT64 [N, 4]) is not a FLOAT tensor",
    ],
    [
      'a rank-1 input',
      () => transform(input(['N'])),
      "model input 'x' (FLOAT [N]) needs a batch axis and a sample shape: [batch, ...]",
    ],
    [
      'an input without a shape',
      () => transform(input(undefined)),
      "model input 'x' (FLOAT without a shape) needs a batch axis and a sample shape: [batch, ...]",
    ],
    [
      'a symbolic sample axis',
      () => transform(input(['N', 'features'])),
      "model input 'x' (FLOAT [N, features]) must have a fixed size on every axis after the batch",
    ],
    [
      'a missing named output',
      () => transform(base, { outputName: 'probs' }),
      "the model has no output 'probs'; its outputs are 'logits' (FLOAT [N, ?])",
    ],
    [
      'a named output of unknown classes',
      () => transform(base, { outputName: 'logits' }),
      "model output 'logits' (FLOAT [N, ?]) is not a FLOAT tensor [batch, classes]",
    ],
    [
      'no output [batch, classes]',
      () => transform(base),
      "the model has no FLOAT output [batch, classes]; its outputs are 'logits' (FLOAT [N, ?])",
    ],
    [
      "'probabilities' on one column",
      () => transform(binary, { outputKind: 'probabilities' }),
      "model output 'logits' (FLOAT [N, 1]) has one column, so it cannot be probabilities of classes; if it is the logit of class 1, set the output kind to 'logits', and if it is its probability, to 'sigmoid'",
    ],
    [
      'a Softmax over one column',
      () => transform(withTail(binary, [node('Softmax', ['logits'], ['p'])], 'p', ['N', 1])),
      "model output 'p' (FLOAT [N, 1]) has one column, so it cannot be a softmax over classes; if it is the logit of class 1, set the output kind to 'logits', and if it is its probability, to 'sigmoid'",
    ],
    [
      'a named output that is not FLOAT',
      () =>
        transform(
          {
            ...mlp,
            nodes: [...mlp.nodes, node('ArgMax', ['logits'], ['label'])],
            outputs: [...mlp.outputs, { name: 'label', elemType: DataType.INT64, shape: ['N', 1] }],
          },
          { outputName: 'label' },
        ),
      "model output 'label' (INT64 [N, 1]) is not a FLOAT tensor [batch, classes]",
    ],
    [
      'a batch axis of size 0',
      () => transform(input([0, 4])),
      "model input 'x' (FLOAT [0, 4]) has a batch axis of size 0",
    ],
    [
      "'sigmoid' on three columns",
      () => transform(mlp, { outputKind: 'sigmoid' }),
      "output kind 'sigmoid' needs an output [batch, 1], found 'logits' (FLOAT [N, 3])",
    ],
    [
      'a Softmax over the batch',
      () =>
        transform(
          withTail(mlp, [node('Softmax', ['logits'], ['p'], { axis: { kind: 'int', value: 0 } })], 'p', [
            'N',
            3,
          ]),
        ),
      "the Softmax 'softmax_p' that produces 'p' normalises axis 0, not the classes (axis 1)",
    ],
    [
      'a mean of the wrong length',
      () => transform(cnn, { preprocessing: { mean: [0.1, 0.2, 0.3] } }),
      "preprocessing mean has 3 values, but the model input 'x' (FLOAT [N, 2, 5, 5]) has 2 channels: give 1 value or 2",
    ],
    [
      'a std of the wrong length on features',
      () => transform(mlp, { preprocessing: { std: [1, 2] } }),
      "preprocessing std has 2 values, but the model input 'x' (FLOAT [N, 4]) has 4 features: give 1 value or 4",
    ],
    [
      'a zero std',
      () => transform(cnn, { preprocessing: { std: [0.1, 0] } }),
      'preprocessing std must be positive',
    ],
    [
      'a NaN mean',
      () => transform(cnn, { preprocessing: { mean: [Number.NaN] } }),
      'preprocessing mean must be finite numbers',
    ],
    [
      'a zero scale',
      () => transform(cnn, { preprocessing: { scale: 0 } }),
      'preprocessing scale must be a finite, non-zero number',
    ],
    [
      'nhwc on a rank-2 input',
      () => transform(mlp, { preprocessing: { layout: 'nhwc' } }),
      "layout 'nhwc' needs a 4-D model input [batch, C, H, W], found 'x' (FLOAT [N, 4]); use layout 'nchw' for data already in the model's layout",
    ],
    [
      'an opset too old for the added ops',
      () => transform(withOpset(mlp, 6), { preprocessing: { scale: 2 } }),
      "the model's opset 6 is older than 7, which the Mul that mlsec adds needs; re-export the model with opset 7 or later",
    ],
  ];
  it.each(cases)('%s', (_, run, message) => {
    expect(messageOf(run)).toBe(`${FILE}: ${message}`);
  });

  it('throws UsageErrors with code INVALID_INPUT', () => {
    try {
      transform({ ...base, inputs: [] });
    } catch (error) {
      expect((error as { code?: string }).code).toBe('INVALID_INPUT');
      expect((error as Error).name).toBe('UsageError');
    }
    expect.assertions(2);
  });
});

describe('toClassifierGraph on a model with floats()-built constants', () => {
  it('keeps the initializers the logits need and no others', () => {
    const g = new GraphBuilder(['N', 2]);
    g.init(floats([1], [7]), 'unused');
    const out = g.op('Gemm', ['x', g.init(floats([2, 2], [1, 0, 0, 1]))], { transB: 1 });
    const classifier = transform(g.build(out, ['N', 2]));
    expect([...classifier.graph.initializers.keys()]).toEqual(['c0']);
  });
});
