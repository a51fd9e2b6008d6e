/**
 * The Classifier the attacks run against: onnxruntime sessions over the classifier graph and its
 * backward graphs. When the graph has an op without a backward rule, gradients are estimated with
 * SPSA from batched forward calls instead, and the classifier says so.
 */
import type { OnnxRuntime } from '../../core/check.js';
import { errorMessage, UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import type { Classifier, LossGradient, LossKind } from './classifier.js';
import {
  buildLossGradientGraph,
  GRADIENT_OUTPUT,
  LABELS_INPUT,
  UnsupportedGradientError,
} from './gradient-graph.js';
import type { ModelGraph } from './graph.js';
import { modelSizes, rowsWithinBudget } from './model-size.js';
import { writeOnnxModel } from './onnx-write.js';

/**
 * `gradients` is 'exact' while the backward graphs work. It turns to 'estimated' (and
 * `gradientNote` says why) when the graph has an op without a backward rule, known at creation,
 * or when onnxruntime refuses a backward graph, known when that loss is first asked for.
 */
export interface OnnxClassifier extends Classifier {
  /** Sample rows evaluated so far (every perturbed point of an SPSA estimate counts). */
  readonly queries: number;
  /**
   * Rows per forward call: the batch size, or fewer when one sample's intermediate values are
   * so large that a full batch would exceed CALL_VALUES (at least one).
   */
  readonly rowsPerCall: number;
  release(): Promise<void>;
}

export interface OnnxClassifierOptions {
  /** Rows per onnxruntime call at most. */
  readonly batchSize: number;
  readonly threads: number;
  /** Seeds the SPSA directions. */
  readonly seed: number;
  /** Directions per SPSA estimate (default 32). */
  readonly spsaSamples?: number;
}

export const DEFAULT_SPSA_SAMPLES = 32;
/** Values all intermediates of one onnxruntime call may hold, estimated from the per-sample sizes. */
export const CALL_VALUES = 32 * 2 ** 20;
/** A backward graph keeps the forward values for the backward pass and adds their gradients. */
const BACKWARD_FACTOR = 2;
/** SPSA step, relative to the sample's largest absolute value (at least 1). */
const SPSA_STEP = 1e-3;

type Session = Awaited<ReturnType<OnnxRuntime['InferenceSession']['create']>>;

/** Per-sample loss of one row of logits: the definitions the backward graph uses. */
export function sampleLoss(
  logits: ArrayLike<number>,
  offset: number,
  classes: number,
  label: number,
  loss: LossKind,
): number {
  const trueLogit = logits[offset + label]!;
  if (loss === 'ce') {
    let max = -Infinity;
    for (let j = 0; j < classes; j++) max = Math.max(max, logits[offset + j]!);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[offset + j]! - max);
    return Math.log(sum) + max - trueLogit;
  }
  let other = -Infinity;
  for (let j = 0; j < classes; j++) if (j !== label) other = Math.max(other, logits[offset + j]!);
  return other - trueLogit;
}

/** mulberry32: small and seedable, so that estimates repeat for a seed. */
function makeRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError('INVALID_CONFIG', `${what} must be a positive integer, got ${value}`);
  }
}

class RuntimeClassifier implements OnnxClassifier {
  readonly inputSize: number;
  private rows = 0;
  private readonly gradientSessions = new Map<LossKind, Promise<Session>>();
  private fallbackNote: string | undefined;
  private calls = 0;
  private released = false;

  constructor(
    private readonly ort: OnnxRuntime,
    private readonly graph: ModelGraph,
    private readonly forward: Session,
    readonly sampleShape: readonly number[],
    readonly classes: number,
    private readonly options: Required<OnnxClassifierOptions>,
    readonly rowsPerCall: number,
    private readonly gradientRowsPerCall: number,
    private readonly backwardGraphs: ReadonlyMap<LossKind, ModelGraph> | undefined,
    unsupportedNote: string | undefined,
  ) {
    this.inputSize = sampleShape.reduce((a, b) => a * b, 1);
    this.fallbackNote = unsupportedNote;
  }

  get queries(): number {
    return this.rows;
  }

  get gradients(): 'exact' | 'estimated' {
    return this.fallbackNote === undefined ? 'exact' : 'estimated';
  }

  get gradientNote(): string | undefined {
    return this.fallbackNote;
  }

  private get inputName(): string {
    return this.graph.inputs[0]!.name;
  }

  private get outputName(): string {
    return this.graph.outputs[0]!.name;
  }

  private checkBatch(inputs: Float32Array, n: number): void {
    if (this.released) throw new Error('the classifier was released');
    if (!Number.isInteger(n) || n < 0 || inputs.length !== n * this.inputSize) {
      throw new Error(`expected ${n} samples of ${this.inputSize} values, got ${inputs.length} values`);
    }
  }

  private tensor(data: Float32Array, dims: readonly number[]) {
    return new this.ort.Tensor('float32', data, [...dims]);
  }

  async logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    this.checkBatch(inputs, n);
    const batchSize = this.rowsPerCall;
    if (n > 0 && n <= batchSize) {
      const result = await this.forward.run({
        [this.inputName]: this.tensor(inputs, [n, ...this.sampleShape]),
      });
      this.rows += n;
      return result[this.outputName]!.data as Float32Array;
    }
    const out = new Float32Array(n * this.classes);
    for (let start = 0; start < n; start += batchSize) {
      const rows = Math.min(batchSize, n - start);
      const view = inputs.subarray(start * this.inputSize, (start + rows) * this.inputSize);
      const result = await this.forward.run({
        [this.inputName]: this.tensor(view, [rows, ...this.sampleShape]),
      });
      out.set(result[this.outputName]!.data as Float32Array, start * this.classes);
      this.rows += rows;
    }
    return out;
  }

  async lossGradient(
    inputs: Float32Array,
    labels: Int32Array,
    n: number,
    loss: LossKind,
  ): Promise<LossGradient> {
    this.checkBatch(inputs, n);
    if (labels.length !== n) throw new Error(`expected ${n} labels, got ${labels.length}`);
    for (const y of labels) {
      if (!Number.isInteger(y) || y < 0 || y >= this.classes) {
        throw new Error(`a label is outside 0..${this.classes - 1}`);
      }
    }
    const call = this.calls++;
    const session = this.fallbackNote === undefined ? await this.gradientSession(loss) : undefined;
    if (!session) return this.estimate(inputs, labels, n, loss, call);
    const batchSize = this.gradientRowsPerCall;
    const runChunk = async (start: number, rows: number) => {
      const onehot = new Float32Array(rows * this.classes);
      for (let r = 0; r < rows; r++) onehot[r * this.classes + labels[start + r]!] = 1;
      const view = inputs.subarray(start * this.inputSize, (start + rows) * this.inputSize);
      const result = await session.run(
        {
          [this.inputName]: this.tensor(view, [rows, ...this.sampleShape]),
          [LABELS_INPUT]: this.tensor(onehot, [rows, this.classes]),
        },
        [this.outputName, GRADIENT_OUTPUT],
      );
      this.rows += rows;
      return {
        logits: result[this.outputName]!.data as Float32Array,
        gradient: result[GRADIENT_OUTPUT]!.data as Float32Array,
      };
    };
    if (n > 0 && n <= batchSize) return runChunk(0, n);
    const logits = new Float32Array(n * this.classes);
    const gradient = new Float32Array(n * this.inputSize);
    for (let start = 0; start < n; start += batchSize) {
      const chunk = await runChunk(start, Math.min(batchSize, n - start));
      logits.set(chunk.logits, start * this.classes);
      gradient.set(chunk.gradient, start * this.inputSize);
    }
    return { logits, gradient };
  }

  /** The loss's gradient session, or undefined (and SPSA from now on) when it does not load. */
  private async gradientSession(loss: LossKind): Promise<Session | undefined> {
    const backward = this.backwardGraphs?.get(loss);
    if (!backward) return undefined;
    let pending = this.gradientSessions.get(loss);
    if (!pending) {
      pending = this.ort.InferenceSession.create(
        writeOnnxModel(backward),
        sessionOptions(this.options.threads),
      );
      this.gradientSessions.set(loss, pending);
    }
    try {
      return await pending;
    } catch {
      this.gradientSessions.delete(loss);
      this.fallbackNote ??= `onnxruntime could not load the backward graph; ${spsaNote(this.options.spsaSamples)}`;
      return undefined;
    }
  }

  /**
   * SPSA: for each sample, central differences of the loss along random +-1 directions, averaged.
   * The rows of several samples (the point itself and its 2 x spsaSamples perturbations) share
   * forward calls; each call draws its directions from a generator of its own, so an estimate
   * depends only on the seed and the order in which the calls were made.
   */
  private async estimate(
    inputs: Float32Array,
    labels: Int32Array,
    n: number,
    loss: LossKind,
    call: number,
  ): Promise<LossGradient> {
    const d = this.inputSize;
    const directions = this.options.spsaSamples;
    const rowsPerSample = 2 * directions + 1;
    const samplesPerGroup = Math.max(1, Math.floor(this.rowsPerCall / rowsPerSample));
    const rng = makeRng((Math.imul(this.options.seed, 0x9e3779b1) ^ Math.imul(call + 1, 0x85ebca6b)) >>> 0);
    const logits = new Float32Array(n * this.classes);
    const gradient = new Float32Array(n * d);
    for (let first = 0; first < n; first += samplesPerGroup) {
      const count = Math.min(samplesPerGroup, n - first);
      const points = new Float32Array(count * rowsPerSample * d);
      const steps = new Float64Array(count);
      const signs = new Int8Array(count * directions * d);
      for (let s = 0; s < count; s++) {
        const x = inputs.subarray((first + s) * d, (first + s + 1) * d);
        let largest = 1;
        for (const v of x) largest = Math.max(largest, Math.abs(v));
        const step = SPSA_STEP * largest;
        steps[s] = step;
        const base = s * rowsPerSample * d;
        points.set(x, base);
        for (let q = 0; q < directions; q++) {
          const up = base + (1 + 2 * q) * d;
          const down = up + d;
          const offset = (s * directions + q) * d;
          for (let i = 0; i < d; i++) {
            const sign = rng() < 0.5 ? -1 : 1;
            signs[offset + i] = sign;
            points[up + i] = x[i]! + step * sign;
            points[down + i] = x[i]! - step * sign;
          }
        }
      }
      const rowLogits = await this.logits(points, count * rowsPerSample);
      for (let s = 0; s < count; s++) {
        const sample = first + s;
        const label = labels[sample]!;
        const rowOffset = (row: number) => (s * rowsPerSample + row) * this.classes;
        logits.set(rowLogits.subarray(rowOffset(0), rowOffset(0) + this.classes), sample * this.classes);
        const out = gradient.subarray(sample * d, (sample + 1) * d);
        for (let q = 0; q < directions; q++) {
          const lossUp = sampleLoss(rowLogits, rowOffset(1 + 2 * q), this.classes, label, loss);
          const lossDown = sampleLoss(rowLogits, rowOffset(2 + 2 * q), this.classes, label, loss);
          const slope = (lossUp - lossDown) / (2 * steps[s]!) / directions;
          const offset = (s * directions + q) * d;
          for (let i = 0; i < d; i++) out[i]! += slope * signs[offset + i]!;
        }
      }
    }
    return { logits, gradient };
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const sessions: Promise<Session>[] = [...this.gradientSessions.values()];
    this.gradientSessions.clear();
    await this.forward.release();
    for (const pending of sessions) {
      const session = await pending.catch(() => undefined);
      await session?.release();
    }
  }
}

function sessionOptions(threads: number) {
  return {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential' as const,
    graphOptimizationLevel: 'all' as const,
  };
}

function spsaNote(samples: number): string {
  return `gradients are estimated with SPSA (${samples} samples)`;
}

/**
 * A classifier over onnxruntime: one forward session now, a backward session per loss when the
 * loss is first asked for. `model.graph` is a classifier graph (input [batch, ...sampleShape],
 * output [batch, classes]).
 */
export async function createOnnxClassifier(
  ort: OnnxRuntime,
  model: { graph: ModelGraph; sampleShape: readonly number[]; classes: number },
  options: OnnxClassifierOptions,
): Promise<OnnxClassifier> {
  checkPositiveInteger(options.batchSize, 'the batch size');
  checkPositiveInteger(options.threads, 'the thread count');
  const spsaSamples = options.spsaSamples ?? DEFAULT_SPSA_SAMPLES;
  checkPositiveInteger(spsaSamples, 'the number of SPSA samples');
  if (model.graph.inputs.length !== 1 || model.graph.outputs.length !== 1) {
    throw new Error('the classifier graph must have one input and one output');
  }
  const declared = model.graph.inputs[0]!.shape?.slice(1);
  if (
    declared &&
    (declared.length !== model.sampleShape.length ||
      declared.some((d, i) => typeof d === 'number' && d !== model.sampleShape[i]))
  ) {
    throw new Error(`the sample shape [${model.sampleShape.join(', ')}] does not match the graph's input`);
  }
  const { total } = modelSizes(model.graph);
  const rowsPerCall = rowsWithinBudget(total, options.batchSize, CALL_VALUES);
  const gradientRowsPerCall = rowsWithinBudget(BACKWARD_FACTOR * total, options.batchSize, CALL_VALUES);
  let backwardGraphs: Map<LossKind, ModelGraph> | undefined;
  let unsupportedNote: string | undefined;
  try {
    backwardGraphs = new Map(
      (['ce', 'margin'] as const).map((loss) => [loss, buildLossGradientGraph(model.graph, loss)]),
    );
  } catch (error) {
    if (!(error instanceof UnsupportedGradientError)) throw error;
    unsupportedNote = `${error.message}; ${spsaNote(spsaSamples)}`;
  }
  let forward: Session;
  try {
    forward = await ort.InferenceSession.create(writeOnnxModel(model.graph), sessionOptions(options.threads));
  } catch (error) {
    // onnxruntime's own words say what is wrong (an IR version it does not know, an op, a type).
    const reason = printable(errorMessage(error).split('\n')[0]!.trim()).slice(0, 300);
    throw new UsageError(
      'INVALID_INPUT',
      `onnxruntime could not load the classifier graph built from the model: ${reason}`,
      { cause: error },
    );
  }
  return new RuntimeClassifier(
    ort,
    model.graph,
    forward,
    [...model.sampleShape],
    model.classes,
    { ...options, spsaSamples },
    rowsPerCall,
    gradientRowsPerCall,
    backwardGraphs,
    unsupportedNote,
  );
}
