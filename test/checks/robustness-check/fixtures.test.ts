/**
 * The committed robustness-check fixtures (scripts/fixtures/robustness-check/make_models.py) are
 * what MANIFEST.json says: every file has its recorded sha256, every model loads in
 * onnxruntime-node and reaches the clean accuracy that python measured, and the numbers other
 * tests rely on (exact robust accuracy of the affine models, membership AUCs) hold here too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { exactAffineRobust, type AffineForm } from '../../../src/checks/robustness-check/certify.js';
import {
  parseCsv,
  parseNpy,
  parseNpz,
  type NumericArray,
} from '../../../src/checks/robustness-check/data.js';
import { lossThresholdAttack } from '../../../src/checks/robustness-check/statistics.js';

const FIXTURES = join('test', 'fixtures', 'robustness-check');

interface RobustCount {
  robust: number;
  robustAccuracy: number;
}

interface ModelEntry {
  file: string;
  sha256: string;
  inputShape: (number | string)[];
  output: 'logits' | 'probabilities' | 'sigmoid';
  classes: number;
  opTypes: string[];
  inputs: string;
  labels: string;
  n: number;
  correct: number;
  cleanAccuracy: number;
  layout?: 'nhwc';
  mean?: number[];
  std?: number[];
  exactRobustAccuracy?: Record<string, RobustCount>;
  pgdRobustAccuracy: RobustCount & { eps: number; brokenSamples: number[] };
  membershipAuc?: number;
}

interface Manifest {
  data: Record<string, { shape?: number[]; dtype?: string }>;
  membership: { train: [string, string]; holdout: [string, string] };
  models: Record<string, ModelEntry>;
  files: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')) as Manifest;

const MODEL_NAMES = [
  'linear.onnx',
  'logistic-binary.onnx',
  'mlp.onnx',
  'mlp-softmax.onnx',
  'mlp-weakened.onnx',
  'cnn.onnx',
  'cnn-bn.onnx',
  'cnn-standardized.onnx',
  'gelu-mlp.onnx',
  'overfit.onnx',
  'fixed-batch.onnx',
];

function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}

async function npy(file: string): Promise<NumericArray> {
  return parseNpy(fixtureBytes(file), file);
}

function model(name: string): ModelEntry {
  const entry = manifest.models[name];
  if (!entry) throw new Error(`MANIFEST.json has no model ${name}`);
  return entry;
}

async function session(entry: ModelEntry): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(fixtureBytes(entry.file), { intraOpNumThreads: 1 });
}

/** Runs the model on n samples of `sampleShape`, batch by batch when its batch dimension is fixed. */
async function run(
  entry: ModelEntry,
  inputs: Float32Array,
  n: number,
  sampleShape: readonly number[],
): Promise<Float32Array> {
  const runtime = await session(entry);
  const inputName = runtime.inputNames[0]!;
  const outputName = runtime.outputNames[0]!;
  const sampleSize = sampleShape.reduce((product, dim) => product * dim, 1);
  const batch = typeof entry.inputShape[0] === 'number' ? entry.inputShape[0] : n;
  const outputs: Float32Array[] = [];
  for (let first = 0; first < n; first += batch) {
    const count = Math.min(batch, n - first);
    const slice = inputs.subarray(first * sampleSize, (first + count) * sampleSize);
    const result = await runtime.run({
      [inputName]: new ort.Tensor('float32', slice, [count, ...sampleShape]),
    });
    outputs.push(result[outputName]!.data as Float32Array);
  }
  await runtime.release();
  const all = new Float32Array(outputs.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of outputs) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** The model's own input: NHWC data turned into standardised NCHW where the manifest says so. */
function modelInput(entry: ModelEntry, data: NumericArray): { values: Float32Array; sampleShape: number[] } {
  const [n, ...sampleShape] = data.shape as [number, ...number[]];
  if (entry.layout !== 'nhwc') return { values: Float32Array.from(data.values), sampleShape };
  const [height, width, channels] = sampleShape as [number, number, number];
  const mean = entry.mean!;
  const std = entry.std!;
  const values = new Float32Array(data.values.length);
  for (let s = 0; s < n; s++) {
    for (let h = 0; h < height; h++) {
      for (let w = 0; w < width; w++) {
        for (let c = 0; c < channels; c++) {
          const from = ((s * height + h) * width + w) * channels + c;
          const to = ((s * channels + c) * height + h) * width + w;
          values[to] = (data.values[from]! - mean[c]!) / std[c]!;
        }
      }
    }
  }
  return { values, sampleShape: [channels, height, width] };
}

function predictions(entry: ModelEntry, output: Float32Array, n: number): Int32Array {
  const predicted = new Int32Array(n);
  if (entry.output === 'sigmoid') {
    for (let s = 0; s < n; s++) predicted[s] = output[s]! > 0.5 ? 1 : 0;
    return predicted;
  }
  const classes = output.length / n;
  for (let s = 0; s < n; s++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (output[s * classes + k]! > output[s * classes + best]!) best = k;
    predicted[s] = best;
  }
  return predicted;
}

function labelsOf(array: NumericArray): Int32Array {
  return Int32Array.from(array.values);
}

/**
 * W and b of an affine model read back through onnxruntime: b at the zero input, column k at the
 * unit vector e_k. `toLogits` turns an output into the pre-activation value (logit of a sigmoid).
 */
async function probeAffine(
  entry: ModelEntry,
  inputSize: number,
  classes: number,
  toLogits: (output: Float32Array) => Float64Array,
): Promise<AffineForm> {
  const probes = new Float32Array((inputSize + 1) * inputSize);
  for (let k = 0; k < inputSize; k++) probes[(k + 1) * inputSize + k] = 1;
  const logits = toLogits(await run(entry, probes, inputSize + 1, [inputSize]));
  const bias = Float64Array.from(logits.subarray(0, classes));
  const weights = new Float64Array(classes * inputSize);
  for (let k = 0; k < inputSize; k++) {
    for (let j = 0; j < classes; j++) {
      weights[j * inputSize + k] = logits[(k + 1) * classes + j]! - bias[j]!;
    }
  }
  return { classes, inputSize, weights, bias };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('robustness-check fixtures', () => {
  it('lists every file under models/ and data/, each with its sha256', () => {
    const onDisk = ['data', 'models'].flatMap((folder) =>
      readdirSync(join(FIXTURES, folder)).map((name) => `${folder}/${name}`),
    );
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk.sort());
    for (const [file, digest] of Object.entries(manifest.files)) {
      expect(sha256(fixtureBytes(file)), file).toBe(digest);
    }
  });

  it('describes every model the tests use, with the sha256 of its file', () => {
    expect(Object.keys(manifest.models).sort()).toEqual([...MODEL_NAMES].sort());
    for (const name of MODEL_NAMES) {
      const entry = model(name);
      expect(entry.file).toBe(`models/${name}`);
      expect(entry.sha256).toBe(manifest.files[entry.file]);
      expect(entry.cleanAccuracy).toBe(entry.correct / entry.n);
    }
  });

  it('stores the data as the manifest says', async () => {
    for (const [file, description] of Object.entries(manifest.data)) {
      if (!file.endsWith('.npy')) continue;
      const array = await npy(file);
      expect(array.shape, file).toEqual(description.shape);
      expect(array.integral, file).toBe(description.dtype === 'int64');
      if (!array.integral) {
        expect(
          array.values.every((value) => value >= 0 && value <= 1),
          file,
        ).toBe(true);
      }
    }
    const x = await npy('data/test-x.npy');
    const images = await npy('data/test-x-images.npy');
    const nhwc = await npy('data/test-x-nhwc.npy');
    // One channel: NCHW, NHWC and flat hold the same values in the same order.
    expect(images.values).toEqual(x.values);
    expect(nhwc.values).toEqual(x.values);
    const y = await npy('data/test-y.npy');
    const binary = await npy('data/test-y-binary.npy');
    expect(Array.from(binary.values)).toEqual(Array.from(y.values, (label) => (label >= 5 ? 1 : 0)));
  });

  it('holds the same test samples in test.npz and the first 100 in test.csv', async () => {
    const x = await npy('data/test-x.npy');
    const y = await npy('data/test-y.npy');
    const arrays = await parseNpz(fixtureBytes('data/test.npz'), 'data/test.npz');
    expect([...arrays.keys()].sort()).toEqual(['x', 'y']);
    expect(arrays.get('x')!.values).toEqual(x.values);
    expect(arrays.get('x')!.shape).toEqual([300, 64]);
    expect(arrays.get('y')!.values).toEqual(y.values);
    expect(arrays.get('y')!.integral).toBe(true);
    const table = parseCsv(readFileSync(join(FIXTURES, 'data/test.csv'), 'utf8'), 'data/test.csv', 'label');
    const header = readFileSync(join(FIXTURES, 'data/test.csv'), 'utf8').split('\n')[0];
    expect(header).toBe([...Array.from({ length: 64 }, (_, k) => `f${k}`), 'label'].join(','));
    expect(table.inputs.shape).toEqual([100, 64]);
    expect(table.inputs.values).toEqual(x.values.subarray(0, 6400));
    expect(table.labels.values).toEqual(y.values.subarray(0, 100));
    expect(table.labels.integral).toBe(true);
  });

  it.each(MODEL_NAMES)('%s loads and reaches its recorded clean accuracy', async (name) => {
    const entry = model(name);
    const runtime = await session(entry);
    const metadata = runtime.inputMetadata[0]!;
    expect(metadata.isTensor).toBe(true);
    if (metadata.isTensor) expect(metadata.shape).toEqual(entry.inputShape);
    await runtime.release();

    const data = await npy(entry.inputs);
    const labels = labelsOf(await npy(entry.labels));
    const n = data.shape[0]!;
    expect(n).toBe(entry.n);
    const { values, sampleShape } = modelInput(entry, data);
    const output = await run(entry, values, n, sampleShape);
    const width = entry.output === 'sigmoid' ? 1 : entry.classes;
    expect(output.length).toBe(n * width);
    if (entry.output === 'probabilities') {
      for (let s = 0; s < n; s++) {
        const total = output.subarray(s * width, (s + 1) * width).reduce((sum, p) => sum + p, 0);
        expect(total).toBeCloseTo(1, 5);
      }
    }
    const predicted = predictions(entry, output, n);
    const misclassified = Array.from(labels).flatMap((label, s) => (predicted[s] === label ? [] : [s]));
    expect(n - misclassified.length).toBe(entry.correct);
    // The attack starts at the clean input, so it breaks at least what is already wrong.
    const broken = new Set(entry.pgdRobustAccuracy.brokenSamples);
    expect(misclassified.filter((s) => !broken.has(s))).toEqual([]);
    expect(entry.pgdRobustAccuracy.robust).toBe(n - broken.size);
  });

  it('keeps the ops each model is meant to exercise', () => {
    expect(model('cnn-bn.onnx').opTypes).toEqual(
      expect.arrayContaining(['BatchNormalization', 'AveragePool', 'GlobalAveragePool']),
    );
    expect(model('cnn.onnx').opTypes).toEqual(
      expect.arrayContaining(['Conv', 'Relu', 'MaxPool', 'Flatten', 'Gemm']),
    );
    expect(model('gelu-mlp.onnx').opTypes).toContain('Erf');
    expect(model('fixed-batch.onnx').opTypes).toContain('Reshape');
    expect(model('fixed-batch.onnx').inputShape).toEqual([1, 64]);
    expect(model('mlp-softmax.onnx').opTypes).toContain('Softmax');
    expect(model('linear.onnx').opTypes).toEqual(['Gemm']);
  });

  it('mlp-softmax.onnx computes the softmax of mlp.onnx', async () => {
    const data = await npy('data/test-x.npy');
    const values = Float32Array.from(data.values);
    const logits = await run(model('mlp.onnx'), values, 300, [64]);
    const probabilities = await run(model('mlp-softmax.onnx'), values, 300, [64]);
    for (let s = 0; s < 300; s++) {
      const row = logits.subarray(s * 10, (s + 1) * 10);
      const top = Math.max(...row);
      const total = row.reduce((sum, z) => sum + Math.exp(z - top), 0);
      for (let k = 0; k < 10; k++) {
        expect(probabilities[s * 10 + k]).toBeCloseTo(Math.exp(row[k]! - top) / total, 5);
      }
    }
  });

  it('records the exact robust accuracy of linear.onnx and of the 2-class form of logistic-binary.onnx', async () => {
    const x = await npy('data/test-x.npy');
    const inputs = Float32Array.from(x.values);
    const cases: { name: string; form: AffineForm; labels: Int32Array }[] = [
      {
        name: 'linear.onnx',
        form: await probeAffine(model('linear.onnx'), 64, 10, (output) => Float64Array.from(output)),
        labels: labelsOf(await npy('data/test-y.npy')),
      },
      {
        name: 'logistic-binary.onnx',
        // [0, z] with z = logit(p): the sigmoid output as two classes.
        form: await probeAffine(model('logistic-binary.onnx'), 64, 2, (output) =>
          Float64Array.from(Array.from(output).flatMap((p) => [0, Math.log(p / (1 - p))])),
        ),
        labels: labelsOf(await npy('data/test-y-binary.npy')),
      },
    ];
    for (const { name, form, labels } of cases) {
      const recorded = model(name).exactRobustAccuracy!;
      expect(Object.keys(recorded)).toEqual(['0.02', '0.05', '0.1']);
      for (const [eps, { robust, robustAccuracy }] of Object.entries(recorded)) {
        const region = { epsilon: Number(eps), norm: 'linf' as const, lower: 0, upper: 1 };
        const flags = exactAffineRobust(form, inputs, labels, 300, region);
        const count = flags.reduce((total, flag) => total + flag, 0);
        expect(count, `${name} at eps ${eps}`).toBe(robust);
        expect(robustAccuracy).toBe(robust / 300);
        if (Number(eps) === model(name).pgdRobustAccuracy.eps) {
          // PGD is exact on an affine model: it breaks precisely the samples that are not robust.
          const notRobust = Array.from(flags).flatMap((flag, s) => (flag ? [] : [s]));
          expect(model(name).pgdRobustAccuracy.brokenSamples).toEqual(notRobust);
        }
      }
    }
  });

  it('records a weakened MLP at least 10 points less robust than mlp.onnx at similar clean accuracy', () => {
    const strong = model('mlp.onnx');
    const weak = model('mlp-weakened.onnx');
    expect(strong.pgdRobustAccuracy.eps).toBe(0.05);
    expect(weak.pgdRobustAccuracy.eps).toBe(0.05);
    expect(
      strong.pgdRobustAccuracy.robustAccuracy - weak.pgdRobustAccuracy.robustAccuracy,
    ).toBeGreaterThanOrEqual(0.1);
    expect(Math.abs(strong.cleanAccuracy - weak.cleanAccuracy)).toBeLessThanOrEqual(0.02);
  });

  it('reproduces the membership AUCs: overfit.onnx leaks, mlp.onnx does not', async () => {
    const [trainX, trainY] = manifest.membership.train;
    const [holdoutX, holdoutY] = manifest.membership.holdout;
    const losses = async (entry: ModelEntry, xFile: string, yFile: string): Promise<Float64Array> => {
      const x = await npy(xFile);
      const y = labelsOf(await npy(yFile));
      const n = x.shape[0]!;
      const logits = await run(entry, Float32Array.from(x.values), n, [64]);
      return Float64Array.from(y, (label, s) => {
        const row = Array.from(logits.subarray(s * 10, (s + 1) * 10));
        const top = Math.max(...row);
        const logSum = Math.log(row.reduce((sum, z) => sum + Math.exp(z - top), 0));
        return -(row[label]! - top - logSum);
      });
    };
    const aucs: Record<string, number> = {};
    for (const name of ['overfit.onnx', 'mlp.onnx']) {
      const entry = model(name);
      const scores = lossThresholdAttack(
        await losses(entry, trainX, trainY),
        await losses(entry, holdoutX, holdoutY),
      );
      expect(scores.members).toBe(200);
      expect(scores.nonMembers).toBe(200);
      expect(scores.auc).toBeCloseTo(entry.membershipAuc!, 3);
      aucs[name] = scores.auc;
    }
    expect(aucs['overfit.onnx']).toBeGreaterThan(0.6);
    expect(aucs['mlp.onnx']).toBeLessThan(0.6);
  });
});
