/**
 * Checks of backward graphs for the gradient tests: the graph run in onnxruntime against central
 * finite differences of the loss, computed in float64 by the evaluator (or, for graphs it refuses,
 * by the float32 forward graph in onnxruntime).
 */
import * as ort from 'onnxruntime-node';
import { expect } from 'vitest';
import type { LossKind } from '../../../src/checks/robustness-check/classifier.js';
import { evaluateGraph } from '../../../src/checks/robustness-check/evaluate.js';
import { buildLossGradientGraph } from '../../../src/checks/robustness-check/gradient-graph.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import { floats, gaussian, GraphBuilder, makeRng, randomInputs, type Rng } from './certify-graphs.js';

const LOSSES: readonly LossKind[] = ['ce', 'margin'];

function sampleShapeOf(graph: ModelGraph): number[] {
  return graph.inputs[0]!.shape!.slice(1) as number[];
}

/** Per-sample loss of float64 logits, as the gradient graph defines it. */
export function lossOf(
  logits: ArrayLike<number>,
  labels: Int32Array,
  classes: number,
  loss: LossKind,
): Float64Array {
  return Float64Array.from(labels, (y, s) => {
    const row = Array.from({ length: classes }, (_, j) => logits[s * classes + j]!);
    if (loss === 'ce') {
      const max = Math.max(...row);
      return Math.log(row.reduce((sum, z) => sum + Math.exp(z - max), 0)) + max - row[y]!;
    }
    return Math.max(...row.filter((_, j) => j !== y)) - row[y]!;
  });
}

export async function runGradientGraph(
  graph: ModelGraph,
  loss: LossKind,
  inputs: Float32Array,
  labels: Int32Array,
  classes: number,
): Promise<{ logits: Float32Array; loss: Float32Array; grad: Float32Array }> {
  const n = labels.length;
  const backward = buildLossGradientGraph(graph, loss);
  const session = await ort.InferenceSession.create(writeOnnxModel(backward), { intraOpNumThreads: 1 });
  try {
    const onehot = new Float32Array(n * classes);
    labels.forEach((y, s) => (onehot[s * classes + y] = 1));
    const result = await session.run({
      x: new ort.Tensor('float32', inputs, [n, ...sampleShapeOf(graph)]),
      labels_onehot: new ort.Tensor('float32', onehot, [n, classes]),
    });
    return {
      logits: result.logits!.data as Float32Array,
      loss: result.loss!.data as Float32Array,
      grad: result.grad!.data as Float32Array,
    };
  } finally {
    await session.release();
  }
}

type Evaluate = (points: Float32Array, count: number) => Promise<Float64Array>;

const float64Reference =
  (graph: ModelGraph): Evaluate =>
  (points, count) =>
    Promise.resolve(evaluateGraph(graph, points, count));

/** The forward graph in onnxruntime, for graphs the float64 evaluator refuses. */
export function float32Reference(graph: ModelGraph): Evaluate {
  return async (points, count) => {
    const session = await ort.InferenceSession.create(writeOnnxModel(graph), { intraOpNumThreads: 1 });
    try {
      const result = await session.run({
        x: new ort.Tensor('float32', points, [count, ...sampleShapeOf(graph)]),
      });
      return Float64Array.from(result.logits!.data as Float32Array);
    } finally {
      await session.release();
    }
  };
}

/** Central differences of each sample's loss, all perturbed points in one call. */
async function finiteDifferences(
  evaluate: Evaluate,
  inputs: Float32Array,
  labels: Int32Array,
  classes: number,
  loss: LossKind,
  step: number,
): Promise<Float64Array> {
  const n = labels.length;
  const d = inputs.length / n;
  const points = new Float32Array(n * 2 * d * d);
  const denominators = new Float64Array(n * d);
  const pointLabels = new Int32Array(n * 2 * d);
  for (let s = 0; s < n; s++) {
    for (let k = 0; k < d; k++) {
      const x = inputs[s * d + k]!;
      const up = Math.fround(x + step);
      const down = Math.fround(x - step);
      denominators[s * d + k] = up - down;
      for (const [side, value] of [
        [0, up],
        [1, down],
      ] as const) {
        const row = (s * d + k) * 2 + side;
        points.set(inputs.subarray(s * d, (s + 1) * d), row * d);
        points[row * d + k] = value;
        pointLabels[row] = labels[s]!;
      }
    }
  }
  const losses = lossOf(await evaluate(points, n * 2 * d), pointLabels, classes, loss);
  return Float64Array.from(denominators, (h, i) => (losses[2 * i]! - losses[2 * i + 1]!) / h);
}

function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  relative: number,
  rows = 1,
): void {
  expect(actual.length).toBe(expected.length);
  const width = expected.length / rows;
  for (let r = 0; r < rows; r++) {
    let scale = 0;
    for (let i = r * width; i < (r + 1) * width; i++) scale = Math.max(scale, Math.abs(expected[i]!));
    for (let i = r * width; i < (r + 1) * width; i++) {
      const error = Math.abs(actual[i]! - expected[i]!);
      if (error > relative * scale + 1e-6) {
        expect.fail(`element ${i}: ${actual[i]} vs ${expected[i]} (row scale ${scale})`);
      }
    }
  }
}

export interface CheckOptions {
  n?: number;
  lower?: number;
  upper?: number;
  /** Use the float32 forward graph in onnxruntime as the reference (the evaluator refuses the graph). */
  float32?: boolean;
  seed?: number;
}

export async function checkGradient(
  graph: ModelGraph,
  classes: number,
  options: CheckOptions = {},
): Promise<void> {
  const rng = makeRng(options.seed ?? 7);
  const n = options.n ?? 3;
  const d = sampleShapeOf(graph).reduce((a, b) => a * b, 1);
  const inputs = randomInputs(rng, n, d, options.lower ?? 0, options.upper ?? 1);
  const labels = Int32Array.from({ length: n }, () => Math.floor(rng() * classes));
  const reference = options.float32 ? float32Reference(graph) : float64Reference(graph);
  const referenceLogits = await reference(inputs, n);
  for (const loss of LOSSES) {
    const result = await runGradientGraph(graph, loss, inputs, labels, classes);
    expectClose(result.logits, referenceLogits, 1e-4, n);
    expectClose(result.loss, lossOf(referenceLogits, labels, classes, loss), 1e-4);
    const expected = await finiteDifferences(
      reference,
      inputs,
      labels,
      classes,
      loss,
      options.float32 ? 1e-2 : 1e-4,
    );
    expectClose(result.grad, expected, options.float32 ? 3e-3 : 1e-3, n);
  }
}

export function bias(g: GraphBuilder, rng: Rng, k: number): string {
  return g.init(
    floats(
      [k],
      Array.from({ length: k }, () => gaussian(rng) * 0.3),
    ),
  );
}
