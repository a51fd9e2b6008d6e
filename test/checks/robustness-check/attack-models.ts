/**
 * Small pure-JS classifiers for the attack tests: affine (exact gradients, the oracle's model), a
 * tiny ReLU MLP, a quantised model whose gradient is zero everywhere, a label-only wrapper and a
 * wrapper that records every forward query.
 */
import type { AffineForm } from '../../../src/checks/robustness-check/certify.js';
import type { Classifier, LossGradient, LossKind } from '../../../src/checks/robustness-check/classifier.js';
import { gaussian, type Rng } from './certify-graphs.js';

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** d loss / d logits for one sample: softmax - onehot (ce) or e_j* - e_y (margin). */
function logitGradient(z: Float64Array, y: number, loss: LossKind, out: Float64Array): void {
  const c = z.length;
  out.fill(0);
  if (loss === 'ce') {
    let max = -Infinity;
    for (let j = 0; j < c; j++) max = Math.max(max, z[j]!);
    let sum = 0;
    for (let j = 0; j < c; j++) sum += Math.exp(z[j]! - max);
    for (let j = 0; j < c; j++) out[j] = Math.fround(Math.exp(z[j]! - max) / sum) - (j === y ? 1 : 0);
  } else {
    let best = -1;
    for (let j = 0; j < c; j++) if (j !== y && (best < 0 || z[j]! > z[best]!)) best = j;
    out[best] = 1;
    out[y] = -1;
  }
}

/** logits = W·x + b, evaluated in float64, with exact gradients. */
export class AffineClassifier implements Classifier {
  readonly inputSize: number;
  readonly classes: number;
  readonly gradients = 'exact' as const;
  constructor(
    readonly form: AffineForm,
    readonly sampleShape: readonly number[] = [form.inputSize],
  ) {
    this.inputSize = form.inputSize;
    this.classes = form.classes;
    if (product(sampleShape) !== form.inputSize) throw new Error('shape does not match the form');
  }

  logitsOf(inputs: Float32Array, n: number): Float64Array {
    const { classes: c, inputSize: d, weights, bias } = this.form;
    const out = new Float64Array(n * c);
    for (let s = 0; s < n; s++) {
      for (let j = 0; j < c; j++) {
        let z = bias[j]!;
        for (let k = 0; k < d; k++) z += weights[j * d + k]! * inputs[s * d + k]!;
        out[s * c + j] = z;
      }
    }
    return out;
  }

  logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    return Promise.resolve(Float32Array.from(this.logitsOf(inputs, n)));
  }

  lossGradient(inputs: Float32Array, labels: Int32Array, n: number, loss: LossKind): Promise<LossGradient> {
    const { classes: c, inputSize: d, weights } = this.form;
    const z = this.logitsOf(inputs, n);
    const gradient = new Float32Array(n * d);
    const dz = new Float64Array(c);
    for (let s = 0; s < n; s++) {
      logitGradient(z.subarray(s * c, (s + 1) * c), labels[s]!, loss, dz);
      for (let k = 0; k < d; k++) {
        let g = 0;
        for (let j = 0; j < c; j++) g += dz[j]! * weights[j * d + k]!;
        gradient[s * d + k] = g;
      }
    }
    return Promise.resolve({ logits: Float32Array.from(z), gradient });
  }
}

export function randomForm(rng: Rng, inputSize: number, classes: number, scale = 1): AffineForm {
  return {
    classes,
    inputSize,
    weights: Float64Array.from({ length: classes * inputSize }, () => gaussian(rng) * scale),
    bias: Float64Array.from({ length: classes }, () => gaussian(rng) * 0.5),
  };
}

/** x -> W2·relu(W1·x + b1) + b2 with exact gradients. */
export class MlpClassifier implements Classifier {
  readonly sampleShape: readonly number[];
  readonly gradients = 'exact' as const;
  private readonly w1: Float64Array;
  private readonly b1: Float64Array;
  private readonly w2: Float64Array;
  private readonly b2: Float64Array;
  constructor(
    rng: Rng,
    readonly inputSize: number,
    readonly hidden: number,
    readonly classes: number,
  ) {
    this.sampleShape = [inputSize];
    this.w1 = Float64Array.from(
      { length: hidden * inputSize },
      () => (gaussian(rng) / Math.sqrt(inputSize)) * 2,
    );
    this.b1 = Float64Array.from({ length: hidden }, () => gaussian(rng) * 0.3);
    this.w2 = Float64Array.from({ length: classes * hidden }, () => (gaussian(rng) / Math.sqrt(hidden)) * 2);
    this.b2 = Float64Array.from({ length: classes }, () => gaussian(rng) * 0.3);
  }

  private forward(inputs: Float32Array, s: number, h: Float64Array, z: Float64Array): void {
    const { inputSize: d, hidden, classes } = this;
    for (let i = 0; i < hidden; i++) {
      let v = this.b1[i]!;
      for (let k = 0; k < d; k++) v += this.w1[i * d + k]! * inputs[s * d + k]!;
      h[i] = v;
    }
    for (let j = 0; j < classes; j++) {
      let v = this.b2[j]!;
      for (let i = 0; i < hidden; i++) v += this.w2[j * hidden + i]! * Math.max(0, h[i]!);
      z[j] = v;
    }
  }

  logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    const out = new Float32Array(n * this.classes);
    const h = new Float64Array(this.hidden);
    const z = new Float64Array(this.classes);
    for (let s = 0; s < n; s++) {
      this.forward(inputs, s, h, z);
      out.set(z, s * this.classes);
    }
    return Promise.resolve(out);
  }

  lossGradient(inputs: Float32Array, labels: Int32Array, n: number, loss: LossKind): Promise<LossGradient> {
    const { inputSize: d, hidden, classes } = this;
    const logits = new Float32Array(n * classes);
    const gradient = new Float32Array(n * d);
    const h = new Float64Array(hidden);
    const z = new Float64Array(classes);
    const dz = new Float64Array(classes);
    const dh = new Float64Array(hidden);
    for (let s = 0; s < n; s++) {
      this.forward(inputs, s, h, z);
      logits.set(z, s * classes);
      logitGradient(z, labels[s]!, loss, dz);
      for (let i = 0; i < hidden; i++) {
        let v = 0;
        if (h[i]! > 0) for (let j = 0; j < classes; j++) v += dz[j]! * this.w2[j * hidden + i]!;
        dh[i] = v;
      }
      for (let k = 0; k < d; k++) {
        let v = 0;
        for (let i = 0; i < hidden; i++) v += dh[i]! * this.w1[i * d + k]!;
        gradient[s * d + k] = v;
      }
    }
    return Promise.resolve({ logits, gradient });
  }
}

/**
 * An affine model of the input rounded to a grid of `step`: the true input gradient is zero
 * almost everywhere, the classic masked-gradient defence, yet a perturbation of one grid step
 * moves the logits as much as it would move the affine model's.
 */
export class QuantisedClassifier implements Classifier {
  readonly gradients = 'exact' as const;
  readonly inputSize: number;
  readonly classes: number;
  constructor(
    readonly inner: AffineClassifier,
    readonly step: number,
  ) {
    this.inputSize = inner.inputSize;
    this.classes = inner.classes;
  }

  get sampleShape(): readonly number[] {
    return this.inner.sampleShape;
  }

  private quantise(inputs: Float32Array): Float32Array {
    return inputs.map((v) => Math.round(v / this.step) * this.step);
  }

  logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    return this.inner.logits(this.quantise(inputs), n);
  }

  async lossGradient(inputs: Float32Array, _labels: Int32Array, n: number): Promise<LossGradient> {
    const logits = await this.logits(inputs, n);
    return { logits, gradient: new Float32Array(n * this.inputSize) };
  }
}

/** Only the predicted label: one-hot logits and no gradients. */
export class LabelOnlyClassifier implements Classifier {
  readonly gradients = 'none' as const;
  readonly inputSize: number;
  readonly classes: number;
  readonly sampleShape: readonly number[];
  constructor(readonly inner: Classifier) {
    this.inputSize = inner.inputSize;
    this.classes = inner.classes;
    this.sampleShape = inner.sampleShape;
  }

  async logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    const z = await this.inner.logits(inputs, n);
    const c = this.classes;
    const out = new Float32Array(n * c);
    for (let s = 0; s < n; s++) {
      let best = 0;
      for (let j = 1; j < c; j++) if (z[s * c + j]! > z[s * c + best]!) best = j;
      out[s * c + best] = 1;
    }
    return out;
  }

  lossGradient(): Promise<LossGradient> {
    throw new Error('a label-only model has no gradients');
  }
}

/** Records a copy of every point sent through `logits` (forward passes only). */
export class RecordingClassifier implements Classifier {
  readonly forwardPoints: Float32Array[] = [];
  forwardQueries = 0;
  gradientQueries = 0;
  constructor(readonly inner: Classifier) {}
  get sampleShape(): readonly number[] {
    return this.inner.sampleShape;
  }
  get inputSize(): number {
    return this.inner.inputSize;
  }
  get classes(): number {
    return this.inner.classes;
  }
  get gradients(): Classifier['gradients'] {
    return this.inner.gradients;
  }
  logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    this.forwardQueries += n;
    const d = this.inner.inputSize;
    for (let s = 0; s < n; s++) this.forwardPoints.push(inputs.slice(s * d, (s + 1) * d));
    return this.inner.logits(inputs, n);
  }
  lossGradient(inputs: Float32Array, labels: Int32Array, n: number, loss: LossKind): Promise<LossGradient> {
    this.gradientQueries += n;
    return this.inner.lossGradient(inputs, labels, n, loss);
  }
}
