import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type { OnnxRuntime } from '../../../src/core/check.js';
import type { LossKind } from '../../../src/checks/robustness-check/classifier.js';
import { evaluateGraph } from '../../../src/checks/robustness-check/evaluate.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import {
  CALL_VALUES,
  createOnnxClassifier,
  sampleLoss,
} from '../../../src/checks/robustness-check/runtime.js';
import {
  floats,
  gaussian,
  GraphBuilder,
  int64s,
  makeRng,
  randomCnn,
  randomInputs,
  randomMlp,
} from './certify-graphs.js';

const INPUT_SIZE = 12;
const CLASSES = 4;
const SCALE = 1.7;

/** A linear classifier z = (SCALE x - 0.4) W + b, optionally read through Abs (no backward rule). */
function linearModel(seed: number, throughAbs: boolean): { graph: ModelGraph; weight: Float32Array } {
  const rng = makeRng(seed);
  const weight = Float32Array.from({ length: INPUT_SIZE * CLASSES }, () => gaussian(rng));
  const g = new GraphBuilder(['N', 3, 4]);
  let h = throughAbs ? g.op('Abs', ['x']) : 'x';
  h = g.op('Mul', [h, g.init(floats([], [SCALE]))]);
  h = g.op('Sub', [h, g.init(floats([], [0.4]))]);
  h = g.op('Flatten', [h], { axis: 1 });
  h = g.op('MatMul', [h, g.init(floats([INPUT_SIZE, CLASSES], weight))]);
  h = g.op('Add', [h, g.init(floats([CLASSES], [0.3, -0.2, 0.1, 0]))]);
  return { graph: g.build(h), weight };
}

/** The exact input gradient of the linear model's loss. */
function linearGradient(
  weight: Float32Array,
  logits: Float32Array,
  labels: Int32Array,
  loss: LossKind,
): Float64Array {
  const n = labels.length;
  const out = new Float64Array(n * INPUT_SIZE);
  for (let s = 0; s < n; s++) {
    const z = Array.from(logits.subarray(s * CLASSES, (s + 1) * CLASSES));
    const y = labels[s]!;
    const dz = new Float64Array(CLASSES);
    if (loss === 'ce') {
      const max = Math.max(...z);
      const total = z.reduce((sum, v) => sum + Math.exp(v - max), 0);
      z.forEach((v, j) => (dz[j] = Math.exp(v - max) / total - (j === y ? 1 : 0)));
    } else {
      let best = -1;
      z.forEach((v, j) => {
        if (j !== y && (best < 0 || v > z[best]!)) best = j;
      });
      dz[best] = 1;
      dz[y] = -1;
    }
    for (let i = 0; i < INPUT_SIZE; i++) {
      let sum = 0;
      for (let j = 0; j < CLASSES; j++) sum += weight[i * CLASSES + j]! * dz[j]!;
      out[s * INPUT_SIZE + i] = SCALE * sum;
    }
  }
  return out;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

/** onnxruntime with its session creation and release counted (and optionally failing). */
function countingRuntime(failAfter = Infinity) {
  const log = { created: 0, released: 0, options: [] as unknown[] };
  const runtime = {
    ...ort,
    InferenceSession: {
      create: async (bytes: Uint8Array, options: unknown) => {
        log.options.push(options);
        if (log.created >= failAfter) throw new Error('simulated load failure');
        const session = await ort.InferenceSession.create(
          bytes,
          options as ort.InferenceSession.SessionOptions,
        );
        log.created++;
        const release = session.release.bind(session);
        return Object.assign(session, {
          release: async () => {
            log.released++;
            await release();
          },
        });
      },
    },
  } as unknown as OnnxRuntime;
  return { runtime, log };
}

const options = { batchSize: 3, threads: 1, seed: 5 };

describe('createOnnxClassifier', () => {
  it('splits calls into batches and counts the rows', async () => {
    const graph = randomMlp(makeRng(1), { inputSize: 5, hidden: [6], classes: 3, activation: 'Tanh' });
    const classifier = await createOnnxClassifier(ort, { graph, sampleShape: [5], classes: 3 }, options);
    try {
      expect(classifier.inputSize).toBe(5);
      expect(classifier.gradients).toBe('exact');
      expect(classifier.gradientNote).toBeUndefined();
      const inputs = randomInputs(makeRng(2), 7, 5);
      const logits = await classifier.logits(inputs, 7);
      const expected = evaluateGraph(graph, inputs, 7);
      expect(logits).toHaveLength(21);
      logits.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
      expect(classifier.queries).toBe(7);
      expect(await classifier.logits(new Float32Array(0), 0)).toHaveLength(0);
      await expect(classifier.logits(inputs, 6)).rejects.toThrow(/expected 6 samples of 5 values/);
    } finally {
      await classifier.release();
    }
  });

  it('gives exact gradients in batches, a session per loss created when first used', async () => {
    const { graph, weight } = linearModel(3, false);
    const { runtime, log } = countingRuntime();
    const classifier = await createOnnxClassifier(
      runtime,
      { graph, sampleShape: [3, 4], classes: CLASSES },
      options,
    );
    expect(log.created).toBe(1);
    expect(log.options[0]).toEqual({
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    const n = 5;
    const inputs = randomInputs(makeRng(4), n, INPUT_SIZE);
    const labels = Int32Array.of(0, 1, 2, 3, 1);
    for (const loss of ['ce', 'margin', 'ce'] as const) {
      const result = await classifier.lossGradient(inputs, labels, n, loss);
      const reference = evaluateGraph(graph, inputs, n);
      result.logits.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 5));
      const expected = linearGradient(weight, result.logits, labels, loss);
      result.gradient.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 4));
    }
    expect(log.created).toBe(3);
    expect(classifier.queries).toBe(3 * n);
    await expect(classifier.lossGradient(inputs, Int32Array.of(0, 1, 2, 3, 4), n, 'ce')).rejects.toThrow(
      /label is outside 0..3/,
    );
    await classifier.release();
    expect(log.released).toBe(3);
    await classifier.release();
    expect(log.released).toBe(3);
    await expect(classifier.logits(inputs, n)).rejects.toThrow(/released/);
  });

  it('gives the same exact gradients of a CNN in one call or in batches', async () => {
    const graph = randomCnn(makeRng(14), { channels: 2, size: 6, classes: 3, pool: 'MaxPool' });
    const model = { graph, sampleShape: [2, 6, 6], classes: 3 };
    const n = 5;
    const inputs = randomInputs(makeRng(15), n, 72);
    const labels = Int32Array.of(0, 1, 2, 0, 1);
    const results = [];
    for (const batchSize of [2, 8]) {
      const classifier = await createOnnxClassifier(ort, model, { ...options, batchSize });
      try {
        results.push(await classifier.lossGradient(inputs, labels, n, 'margin'));
        expect(classifier.queries).toBe(n);
      } finally {
        await classifier.release();
      }
    }
    const [batched, whole] = results;
    expect(batched!.gradient).toHaveLength(n * 72);
    expect(whole!.gradient).toHaveLength(n * 72);
    batched!.gradient.forEach((v, i) => expect(v).toBeCloseTo(whole!.gradient[i]!, 5));
    batched!.logits.forEach((v, i) => expect(v).toBeCloseTo(whole!.logits[i]!, 5));
    expect(whole!.gradient.some((v) => v !== 0)).toBe(true);
  });

  it('estimates gradients with SPSA when an op has no backward rule', async () => {
    const { graph, weight } = linearModel(6, true);
    const model = { graph, sampleShape: [3, 4], classes: CLASSES };
    const classifier = await createOnnxClassifier(ort, model, { ...options, batchSize: 50 });
    try {
      expect(classifier.gradients).toBe('estimated');
      expect(classifier.gradientNote).toMatch(
        /^Abs node 'abs_\d+': Abs has no backward rule; gradients are estimated with SPSA \(32 samples\)$/,
      );
      const n = 4;
      // Positive inputs: Abs is the identity there, so the model is linear.
      const inputs = randomInputs(makeRng(7), n, INPUT_SIZE, 0.1, 1);
      const labels = Int32Array.of(3, 2, 1, 0);
      for (const loss of ['ce', 'margin'] as const) {
        const result = await classifier.lossGradient(inputs, labels, n, loss);
        const reference = evaluateGraph(linearModel(6, false).graph, inputs, n);
        result.logits.forEach((v, i) => expect(v).toBeCloseTo(reference[i]!, 5));
        const exact = linearGradient(weight, result.logits, labels, loss);
        for (let s = 0; s < n; s++) {
          const row = (a: ArrayLike<number>) =>
            Array.from({ length: INPUT_SIZE }, (_, i) => a[s * INPUT_SIZE + i]!);
          expect(cosine(row(result.gradient), row(exact))).toBeGreaterThan(0.5);
        }
      }
      expect(classifier.queries).toBe(2 * n * (2 * 32 + 1));
    } finally {
      await classifier.release();
    }
  });

  it('repeats SPSA estimates for a seed and the same calls', async () => {
    const { graph } = linearModel(8, true);
    const model = { graph, sampleShape: [3, 4], classes: CLASSES };
    const inputs = randomInputs(makeRng(9), 3, INPUT_SIZE, 0.1, 1);
    const labels = Int32Array.of(0, 1, 2);
    const run = async (seed: number) => {
      const classifier = await createOnnxClassifier(ort, model, { ...options, seed, spsaSamples: 4 });
      try {
        const first = await classifier.lossGradient(inputs, labels, 3, 'margin');
        const second = await classifier.lossGradient(inputs, labels, 3, 'margin');
        expect(classifier.queries).toBe(2 * 3 * 9);
        expect(classifier.gradientNote).toMatch(/SPSA \(4 samples\)/);
        return [first.gradient, second.gradient];
      } finally {
        await classifier.release();
      }
    };
    const [a1, a2] = await run(1);
    const [b1, b2] = await run(1);
    const [c1] = await run(2);
    expect(b1).toEqual(a1);
    expect(b2).toEqual(a2);
    expect(a2).not.toEqual(a1);
    expect(c1).not.toEqual(a1);
  });

  it('falls back to SPSA when the backward graph does not load', async () => {
    const { graph, weight } = linearModel(10, false);
    const { runtime, log } = countingRuntime(1);
    const classifier = await createOnnxClassifier(
      runtime,
      { graph, sampleShape: [3, 4], classes: CLASSES },
      { ...options, spsaSamples: 64 },
    );
    try {
      expect(classifier.gradients).toBe('exact');
      const inputs = randomInputs(makeRng(11), 2, INPUT_SIZE);
      const labels = Int32Array.of(1, 2);
      const result = await classifier.lossGradient(inputs, labels, 2, 'ce');
      expect(classifier.gradients).toBe('estimated');
      expect(classifier.gradientNote).toBe(
        'onnxruntime could not load the backward graph; gradients are estimated with SPSA (64 samples)',
      );
      const exact = linearGradient(weight, result.logits, labels, 'ce');
      expect(cosine(result.gradient.subarray(0, INPUT_SIZE), exact.subarray(0, INPUT_SIZE))).toBeGreaterThan(
        0.5,
      );
      expect(log.created).toBe(1);
    } finally {
      await classifier.release();
    }
    expect(log.released).toBe(1);
  });

  it('estimates gradients of models older than opset 13', async () => {
    const rng = makeRng(12);
    const g = new GraphBuilder(['N', 3], 12);
    const graph = g.build(g.op('Gemm', ['x', g.weight([2, 3], rng)], { transB: 1 }));
    const classifier = await createOnnxClassifier(ort, { graph, sampleShape: [3], classes: 2 }, options);
    try {
      expect(classifier.gradients).toBe('estimated');
      expect(classifier.gradientNote).toMatch(/opset 12 is older than 13.*SPSA \(32 samples\)/);
    } finally {
      await classifier.release();
    }
  });

  it('refuses a batch size that is not a positive integer', async () => {
    const { graph } = linearModel(13, false);
    await expect(
      createOnnxClassifier(
        ort,
        { graph, sampleShape: [3, 4], classes: CLASSES },
        { ...options, batchSize: 0 },
      ),
    ).rejects.toThrow(/the batch size must be a positive integer/);
  });
});

describe('sampleLoss', () => {
  it('is cross-entropy and the margin to the best other class', () => {
    const logits = Float32Array.of(9, 1, 2, 3, 1000, 0, 999);
    expect(sampleLoss(logits, 0, 3, 0, 'ce')).toBeCloseTo(
      Math.log(Math.exp(0) + Math.exp(-8) + Math.exp(-7)),
      12,
    );
    expect(sampleLoss(logits, 0, 3, 1, 'margin')).toBe(8);
    expect(sampleLoss(logits, 4, 3, 2, 'ce')).toBeCloseTo(
      Math.log(1 + Math.exp(-1) + Math.exp(-1000)) + 1,
      12,
    );
    expect(sampleLoss(logits, 4, 3, 2, 'margin')).toBe(1);
  });
});

describe('rows per call', () => {
  const WIDE = 2 ** 18;
  const offsets = Float32Array.from({ length: WIDE }, (_, k) => ((k % 7) - 3) / 4);

  /** x [N, 4] + a [2^18, 1] column, through Relu and a mean over the column: 2^21 values per sample twice. */
  function wideModel() {
    const g = new GraphBuilder(['N', 4]);
    const shaped = g.op('Reshape', ['x', g.init(int64s([-1, 1, 4]))]);
    const wide = g.op('Relu', [g.op('Add', [shaped, g.init(floats([WIDE, 1], offsets))])]);
    const graph = g.build(g.op('ReduceMean', [wide], { axes: [1], keepdims: 0 }), ['N', 4]);
    return { graph, sampleShape: [4], classes: 4 };
  }

  /** onnxruntime whose sessions record the rows of every call. */
  function rowLoggingRuntime() {
    const rows: number[] = [];
    const runtime = {
      ...ort,
      InferenceSession: {
        create: async (bytes: Uint8Array, options: unknown) => {
          const session = await ort.InferenceSession.create(
            bytes,
            options as ort.InferenceSession.SessionOptions,
          );
          const run = session.run.bind(session);
          return Object.assign(session, {
            run: async (feeds: Record<string, ort.Tensor>, ...rest: unknown[]) => {
              rows.push(feeds['x']!.dims[0]!);
              return (run as (...args: unknown[]) => Promise<ort.InferenceSession.ReturnType>)(
                feeds,
                ...rest,
              );
            },
          });
        },
      },
    } as unknown as OnnxRuntime;
    return { runtime, rows };
  }

  it('takes fewer rows than the batch size when a sample is large, with the same results', async () => {
    const n = 40;
    const inputs = randomInputs(makeRng(21), n, 4);
    const perSample = 4 + 2 * 4 * WIDE + 4 + 4;
    const expectedRows = Math.floor(CALL_VALUES / perSample);
    expect(expectedRows).toBe(15);
    const runs = [];
    for (const batchSize of [256, expectedRows, 4]) {
      const { runtime, rows } = rowLoggingRuntime();
      const classifier = await createOnnxClassifier(runtime, wideModel(), { ...options, batchSize });
      try {
        expect(classifier.rowsPerCall).toBe(Math.min(batchSize, expectedRows));
        const logits = await classifier.logits(inputs, n);
        runs.push({ logits, callRows: rows });
      } finally {
        await classifier.release();
      }
    }
    const [unbounded, exact, small] = runs;
    expect(unbounded!.callRows).toEqual([15, 15, 10]);
    expect(small!.callRows).toEqual(Array.from({ length: 10 }, () => 4));
    expect(unbounded!.logits).toEqual(exact!.logits);
    for (let s = 0; s < n; s++) {
      for (let j = 0; j < 4; j++) {
        let sum = 0;
        for (let r = 0; r < 7; r++) {
          const count = Math.ceil((WIDE - r) / 7);
          sum += count * Math.max(0, inputs[s * 4 + j]! + (r - 3) / 4);
        }
        const mean = sum / WIDE;
        // onnxruntime sums the 2^18 values in float32.
        expect(unbounded!.logits[s * 4 + j]).toBeCloseTo(mean, 2);
        expect(small!.logits[s * 4 + j]).toBeCloseTo(unbounded!.logits[s * 4 + j]!, 5);
      }
    }
  });
});
