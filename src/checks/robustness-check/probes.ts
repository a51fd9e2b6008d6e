/**
 * Model input validation: what the model as served does with inputs a caller should never send
 * (NaN, infinities, huge values, the wrong shape). A model that answers garbage with NaN scores,
 * or with a confident class, fails open: whoever serves it must validate inputs first. Each probe
 * is one call of the original graph (before preprocessing and logits transforms), with the batch
 * size the model declares (1 when it is dynamic), every row the same.
 */
import type { OnnxRuntime } from '../../core/check.js';
import { UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import type { ModelGraph } from './graph.js';
import { writeOnnxModel } from './onnx-write.js';

export type ProbeOutcome = 'finite' | 'non-finite' | 'rejected' | 'not-run';

/** Values one probe call may compute, over the whole batch. */
const PROBE_VALUES = 256 * 2 ** 20;

export interface ProbeResult {
  readonly probe: string;
  readonly outcome: ProbeOutcome;
  /** The runtime's error for a rejected probe, printable and short. */
  readonly detail?: string;
}

interface Probe {
  readonly name: string;
  /** A probe of the shape, which the checked sizes do not cover: run only when the model declares its input's rank. */
  readonly reshapes?: boolean;
  /** The sample shape fed (the model's own, unless the probe is about shape). */
  readonly shape: (sample: readonly number[]) => readonly number[];
  readonly fill: (values: Float32Array) => void;
}

const PROBES: readonly Probe[] = [
  { name: 'NaN in one value', shape: (s) => s, fill: (v) => (v[0] = Number.NaN) },
  { name: '+Infinity in one value', shape: (s) => s, fill: (v) => (v[0] = Number.POSITIVE_INFINITY) },
  { name: '-Infinity in one value', shape: (s) => s, fill: (v) => (v[0] = Number.NEGATIVE_INFINITY) },
  { name: 'every value 1e6', shape: (s) => s, fill: (v) => v.fill(1e6) },
  { name: 'every value -1e6', shape: (s) => s, fill: (v) => v.fill(-1e6) },
  { name: 'every value 1e30', shape: (s) => s, fill: (v) => v.fill(1e30) },
  {
    name: 'one value too few (last axis)',
    reshapes: true,
    shape: (s) => [...s.slice(0, -1), Math.max(0, s[s.length - 1]! - 1)],
    fill: () => undefined,
  },
  {
    name: 'flattened (wrong rank)',
    reshapes: true,
    shape: (s) => (s.length > 1 ? [s.reduce((a, b) => a * b, 1)] : [s[0]!, 1]),
    fill: () => undefined,
  },
];

function isNonFinite(data: unknown): boolean {
  if (!(data instanceof Float32Array || data instanceof Float64Array)) return false;
  for (const value of data) if (!Number.isFinite(value)) return true;
  return false;
}

/**
 * Runs every probe. `sampleShape` is the model's own input shape without the batch dimension
 * (from the graph, with any symbolic dimension filled in from the evaluation data).
 */
export async function probeInputValidation(
  ort: OnnxRuntime,
  model: ModelGraph,
  sampleShape: readonly number[],
  threads: number,
  /** Values the model computes per sample (model-size.ts), to keep a fixed batch within memory. */
  valuesPerSample: number,
  /** The output the classifier uses: the only one fetched, so no other branch of the model runs. */
  outputName: string,
): Promise<ProbeResult[]> {
  // A model with a fixed batch refuses any other: probing it with batch 1 would test nothing.
  const declared = model.inputs[0]?.shape?.[0];
  const batch = typeof declared === 'number' && declared >= 1 ? declared : 1;
  if (batch * Math.max(1, valuesPerSample) > PROBE_VALUES) {
    return PROBES.map((probe) => ({
      probe: probe.name,
      outcome: 'not-run' as const,
      detail: `the model's fixed batch of ${batch} is too large to probe`,
    }));
  }
  const session = await ort.InferenceSession.create(writeOnnxModel(model), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  const inputName = session.inputNames[0]!;
  const results: ProbeResult[] = [];
  try {
    for (const probe of PROBES) {
      if (probe.reshapes && model.inputs[0]?.shape === undefined) {
        results.push({ probe: probe.name, outcome: 'not-run', detail: 'the model declares no input shape' });
        continue;
      }
      const shape = probe.shape(sampleShape);
      const row = new Float32Array(shape.reduce((a, b) => a * b, 1));
      probe.fill(row);
      const values = new Float32Array(row.length * batch);
      for (let r = 0; r < batch; r++) values.set(row, r * row.length);
      try {
        const outputs = await session.run(
          { [inputName]: new ort.Tensor('float32', values, [batch, ...shape]) },
          [outputName],
        );
        const nonFinite = Object.values(outputs).some((tensor) => isNonFinite(tensor.data));
        results.push({ probe: probe.name, outcome: nonFinite ? 'non-finite' : 'finite' });
      } catch (error) {
        // onnxruntime's first line says what it refused; the rest is its stack.
        const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
        const message = printable(firstLine).slice(0, 160);
        results.push({ probe: probe.name, outcome: 'rejected', detail: message });
      }
    }
  } finally {
    await session.release();
  }
  return results;
}

/** Value probes must be answered with finite outputs or refused; shape probes must be refused or finite. */
export function failedProbes(results: readonly ProbeResult[]): ProbeResult[] {
  return results.filter((result) => result.outcome === 'non-finite');
}

/**
 * Declared probabilities are read as log p: a model that returns logits instead would be clamped
 * into nonsense without a word. Its outputs on the evaluation data must be probabilities: each in
 * [0, 1], and a row of class probabilities summing to 1.
 */
export async function checkDeclaredProbabilities(
  ort: OnnxRuntime,
  served: { graph: ModelGraph; kind: 'probabilities' | 'sigmoid' },
  inputs: Float32Array,
  n: number,
  sampleShape: readonly number[],
  options: { threads: number; file: string },
): Promise<void> {
  const session = await ort.InferenceSession.create(writeOnnxModel(served.graph), {
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  const size = sampleShape.reduce((a, b) => a * b, 1);
  let outside = 0;
  let unnormalised = 0;
  try {
    for (let first = 0; first < n; first += PROBABILITY_ROWS) {
      const rows = Math.min(PROBABILITY_ROWS, n - first);
      const feed = new ort.Tensor('float32', inputs.subarray(first * size, (first + rows) * size), [
        rows,
        ...sampleShape,
      ]);
      const output = (await session.run({ [session.inputNames[0]!]: feed }))[session.outputNames[0]!]!;
      const values = output.data as Float32Array;
      const columns = values.length / rows;
      for (let r = 0; r < rows; r++) {
        let sum = 0;
        let bad = false;
        for (let c = 0; c < columns; c++) {
          const p = values[r * columns + c]!;
          if (!(p >= -1e-6 && p <= 1 + 1e-6)) bad = true;
          sum += p;
        }
        if (bad) outside += 1;
        else if (served.kind === 'probabilities' && Math.abs(sum - 1) > 1e-3) unnormalised += 1;
      }
    }
  } finally {
    await session.release();
  }
  if (outside > 0 || unnormalised > 0) {
    const what =
      outside > 0
        ? `returns values outside [0, 1] for ${outside} of ${n} samples`
        : `returns rows that do not sum to 1 for ${unnormalised} of ${n} samples`;
    throw new UsageError(
      'INVALID_INPUT',
      `${options.file}: output-kind is ${served.kind}, but the model ${what}: they are not probabilities; if it returns logits, set output-kind to logits (or auto)`,
    );
  }
}

const PROBABILITY_ROWS = 256;
