/**
 * The reader and the classifier transforms on the models torch exported
 * (scripts/fixtures/robustness-check/make_models.py): each model, read and turned into its
 * classifier graph (with the manifest's preprocessing and output kind), gets exactly the number of
 * test samples right that python counted, in onnxruntime and in the pure-JS evaluator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

import { parseNpy } from '../../../src/checks/robustness-check/data.js';
import { evaluateGraph, UnsupportedBoundError } from '../../../src/checks/robustness-check/evaluate.js';
import { readOnnxModel } from '../../../src/checks/robustness-check/onnx-read.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import { toClassifierGraph } from '../../../src/checks/robustness-check/transforms.js';

const FIXTURES = join('test', 'fixtures', 'robustness-check');

interface ModelEntry {
  file: string;
  inputShape: (number | string)[];
  output: 'logits' | 'probabilities' | 'sigmoid';
  classes: number;
  inputs: string;
  labels: string;
  n: number;
  correct: number;
  layout?: 'nhwc';
  mean?: number[];
  std?: number[];
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')) as {
  models: Record<string, ModelEntry>;
};

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}

function argmax(logits: ArrayLike<number>, classes: number, sample: number): number {
  let best = 0;
  for (let k = 1; k < classes; k++) {
    if (logits[sample * classes + k]! > logits[sample * classes + best]!) best = k;
  }
  return best;
}

describe.each(Object.entries(manifest.models))('%s read and made a classifier', (name, entry) => {
  it('gets the test samples right that python counted, in onnxruntime and evaluateGraph', async () => {
    const model = readOnnxModel(bytesOf(entry.file), { file: entry.file });
    const classifier = toClassifierGraph(model, {
      file: entry.file,
      outputKind: 'auto',
      ...(entry.layout
        ? { preprocessing: { layout: entry.layout, mean: entry.mean!, std: entry.std! } }
        : {}),
    });
    expect(classifier.outputKind).toBe(entry.output);
    expect(classifier.classes).toBe(entry.classes);
    if (typeof entry.inputShape[0] === 'number') {
      expect(classifier.notes.some((note) => note.startsWith('the model fixes the batch size to'))).toBe(
        true,
      );
    }

    const data = await parseNpy(bytesOf(entry.inputs), entry.inputs);
    const labels = Int32Array.from((await parseNpy(bytesOf(entry.labels), entry.labels)).values);
    const n = entry.n;
    const inputs = Float32Array.from(data.values.subarray(0, n * (data.values.length / data.shape[0]!)));
    expect(data.shape.slice(1)).toEqual(classifier.sampleShape);

    const session = await ort.InferenceSession.create(writeOnnxModel(classifier.graph), {
      intraOpNumThreads: 1,
      logSeverityLevel: 3,
    });
    const result = await session.run({
      x: new ort.Tensor('float32', inputs, [n, ...classifier.sampleShape]),
    });
    await session.release();
    const logits = result['logits']!.data as Float32Array;
    let correct = 0;
    for (let s = 0; s < n; s++) if (argmax(logits, classifier.classes, s) === labels[s]) correct++;
    expect(correct).toBe(entry.correct);

    let reference: Float64Array | undefined;
    try {
      reference = evaluateGraph(classifier.graph, inputs, n);
    } catch (error) {
      // Erf (the GELU model) has no pure-JS kernel; onnxruntime above covers it.
      if (!(error instanceof UnsupportedBoundError)) throw error;
      expect(name).toBe('gelu-mlp.onnx');
    }
    if (reference) reference.forEach((v, i) => expect(logits[i]).toBeCloseTo(v, 3));
  });
});
