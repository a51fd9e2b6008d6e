/**
 * Hand-built classifier graphs for the bounds tests: a small builder, seeded random networks, and
 * the same graphs run in onnxruntime (through `writeOnnxModel`) for cross-checks.
 */
import {
  DataType,
  type AttributeValue,
  type Dimension,
  type GraphNode,
  type ModelGraph,
  type TensorValue,
} from '../../../src/checks/robustness-check/graph.js';

export type Rng = () => number;

/** mulberry32: small, seedable, good enough for test data. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function floats(dims: readonly number[], values: ArrayLike<number>): TensorValue {
  return { dataType: DataType.FLOAT, dims: [...dims], data: Float32Array.from(values) };
}

export function int64s(values: readonly number[]): TensorValue {
  return {
    dataType: DataType.INT64,
    dims: [values.length],
    data: BigInt64Array.from(values.map((v) => BigInt(v))),
  };
}

type AttrInput =
  number | string | readonly number[] | TensorValue | { float: number } | { floats: readonly number[] };

function toAttribute(value: AttrInput): AttributeValue {
  if (typeof value === 'number') return { kind: 'int', value };
  if (typeof value === 'string') return { kind: 'string', value };
  if (Array.isArray(value)) return { kind: 'ints', value: value as readonly number[] };
  if ('float' in (value as object)) return { kind: 'float', value: (value as { float: number }).float };
  if ('floats' in (value as object))
    return { kind: 'floats', value: (value as { floats: readonly number[] }).floats };
  return { kind: 'tensor', value: value as TensorValue };
}

export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly initializers = new Map<string, TensorValue>();
  private counter = 0;

  constructor(
    readonly inputShape: readonly Dimension[],
    readonly opset = 17,
  ) {}

  init(tensor: TensorValue, name = `c${this.counter++}`): string {
    this.initializers.set(name, tensor);
    return name;
  }

  weight(dims: readonly number[], rng: Rng, scale = 1): string {
    const size = dims.reduce((a, b) => a * b, 1);
    const fanIn = size / dims[0]!;
    return this.init(
      floats(
        dims,
        Array.from({ length: size }, () => (gaussian(rng) * scale) / Math.sqrt(fanIn)),
      ),
    );
  }

  op(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttrInput> = {},
    outputCount = 1,
  ): string {
    const name = `${opType.toLowerCase()}_${this.counter++}`;
    const outputs = Array.from({ length: outputCount }, (_, i) =>
      i === 0 ? `${name}_out` : `${name}_out${i}`,
    );
    this.nodes.push({
      opType,
      domain: '',
      name,
      inputs: [...inputs],
      outputs,
      attributes: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, toAttribute(v)])),
    });
    return outputs[0]!;
  }

  build(output: string, outputShape: readonly Dimension[] = ['N', undefined]): ModelGraph {
    const nodes = [...this.nodes];
    // The graph's output is named 'logits', as the transforms name it.
    nodes.push({
      opType: 'Identity',
      domain: '',
      name: 'to_logits',
      inputs: [output],
      outputs: ['logits'],
      attributes: {},
    });
    return {
      irVersion: 8,
      opsets: { '': this.opset },
      inputs: [{ name: 'x', elemType: DataType.FLOAT, shape: [...this.inputShape] }],
      outputs: [{ name: 'logits', elemType: DataType.FLOAT, shape: [...outputShape] }],
      initializers: new Map(this.initializers),
      nodes,
    };
  }
}

export type Activation = 'Relu' | 'LeakyRelu' | 'Sigmoid' | 'Tanh' | 'Clip';

export function activation(g: GraphBuilder, kind: Activation, input: string): string {
  if (kind === 'LeakyRelu') return g.op('LeakyRelu', [input], { alpha: { float: 0.1 } });
  if (kind === 'Clip') return g.op('Clip', [input, g.init(floats([], [-0.5])), g.init(floats([], [0.7]))]);
  return g.op(kind, [input]);
}

/** An MLP with preprocessing ((x - mean) / std) as ops, as the transforms emit it. */
export function randomMlp(
  rng: Rng,
  options: {
    inputSize: number;
    hidden: readonly number[];
    classes: number;
    activation?: Activation;
    preprocess?: boolean;
  },
): ModelGraph {
  const g = new GraphBuilder(['N', options.inputSize]);
  let h = 'x';
  if (options.preprocess) {
    h = g.op('Sub', [
      h,
      g.init(
        floats(
          [options.inputSize],
          Array.from({ length: options.inputSize }, () => rng() * 0.5),
        ),
      ),
    ]);
    h = g.op('Div', [
      h,
      g.init(
        floats(
          [1, options.inputSize],
          Array.from({ length: options.inputSize }, () => 0.3 + rng()),
        ),
      ),
    ]);
  }
  let width = options.inputSize;
  for (const next of options.hidden) {
    h = g.op(
      'Gemm',
      [
        h,
        g.weight([next, width], rng),
        g.init(
          floats(
            [next],
            Array.from({ length: next }, () => gaussian(rng) * 0.3),
          ),
        ),
      ],
      {
        transB: 1,
      },
    );
    h = activation(g, options.activation ?? 'Relu', h);
    width = next;
  }
  h = g.op(
    'Gemm',
    [
      h,
      g.weight([options.classes, width], rng),
      g.init(
        floats(
          [options.classes],
          Array.from({ length: options.classes }, () => gaussian(rng) * 0.3),
        ),
      ),
    ],
    {
      transB: 1,
    },
  );
  return g.build(h);
}

/** A small CNN: Conv -> BatchNormalization -> Relu -> pooling -> Conv -> Relu -> Flatten -> Gemm. */
export function randomCnn(
  rng: Rng,
  options: { channels: number; size: number; classes: number; pool: 'MaxPool' | 'AveragePool' | 'none' },
): ModelGraph {
  const { channels, size, classes } = options;
  const g = new GraphBuilder(['N', channels, size, size]);
  const c1 = 3;
  let h = g.op(
    'Conv',
    [
      'x',
      g.weight([c1, channels, 3, 3], rng),
      g.init(
        floats(
          [c1],
          Array.from({ length: c1 }, () => gaussian(rng) * 0.2),
        ),
      ),
    ],
    { pads: [1, 1, 1, 1] },
  );
  h = g.op('BatchNormalization', [
    h,
    g.init(
      floats(
        [c1],
        Array.from({ length: c1 }, () => 0.5 + rng()),
      ),
    ),
    g.init(
      floats(
        [c1],
        Array.from({ length: c1 }, () => gaussian(rng) * 0.2),
      ),
    ),
    g.init(
      floats(
        [c1],
        Array.from({ length: c1 }, () => gaussian(rng) * 0.2),
      ),
    ),
    g.init(
      floats(
        [c1],
        Array.from({ length: c1 }, () => 0.5 + rng()),
      ),
    ),
  ]);
  h = g.op('Relu', [h]);
  let spatial = size;
  if (options.pool !== 'none') {
    h = g.op(options.pool, [h], { kernel_shape: [2, 2], strides: [2, 2] });
    spatial = Math.floor(spatial / 2);
  }
  const c2 = 4;
  h = g.op('Conv', [h, g.weight([c2, c1, 2, 2], rng)], { strides: [1, 1] });
  spatial = spatial - 1;
  h = g.op('Relu', [h]);
  h = g.op('Flatten', [h], { axis: 1 });
  const flat = c2 * spatial * spatial;
  h = g.op(
    'Gemm',
    [
      h,
      g.weight([classes, flat], rng),
      g.init(
        floats(
          [classes],
          Array.from({ length: classes }, () => gaussian(rng) * 0.2),
        ),
      ),
    ],
    {
      transB: 1,
    },
  );
  return g.build(h);
}

/** A linear classifier with preprocessing, reshapes and a MatMul + Add instead of a Gemm. */
export function randomAffine(rng: Rng, options: { shape: readonly number[]; classes: number }): ModelGraph {
  const size = options.shape.reduce((a, b) => a * b, 1);
  const g = new GraphBuilder(['N', ...options.shape]);
  let h = g.op('Mul', ['x', g.init(floats([], [1.7]))]);
  h = g.op('Sub', [h, g.init(floats([], [0.4]))]);
  h = g.op('Flatten', [h], { axis: 1 });
  h = g.op('MatMul', [
    h,
    g.init(
      floats(
        [size, options.classes],
        Array.from({ length: size * options.classes }, () => gaussian(rng)),
      ),
    ),
  ]);
  h = g.op('Add', [
    h,
    g.init(
      floats(
        [options.classes],
        Array.from({ length: options.classes }, () => gaussian(rng) * 0.5),
      ),
    ),
  ]);
  return g.build(h);
}

export function randomInputs(rng: Rng, n: number, size: number, lower = 0, upper = 1): Float32Array {
  return Float32Array.from({ length: n * size }, () => lower + (upper - lower) * rng());
}

/** min_{j != y} (z_y - z_j) per sample. */
export function margins(logits: Float64Array, labels: Int32Array, classes: number): Float64Array {
  return Float64Array.from(labels, (y, s) => {
    let m = Infinity;
    for (let j = 0; j < classes; j++)
      if (j !== y) m = Math.min(m, logits[s * classes + y]! - logits[s * classes + j]!);
    return m;
  });
}

/**
 * A graph that exercises the less common bound rules: a residual Add and a Sub of computed
 * tensors, a product of two computed tensors, Concat, Transpose, LeakyRelu with alpha > 1 and
 * < 0, Clip, Exp and Log (of a strictly positive tensor).
 */
export function randomMixed(rng: Rng, options: { inputSize: number; classes: number }): ModelGraph {
  const d = options.inputSize;
  const g = new GraphBuilder(['N', d]);
  const bias = (k: number) =>
    g.init(
      floats(
        [k],
        Array.from({ length: k }, () => gaussian(rng) * 0.3),
      ),
    );
  const gemm = (input: string, inSize: number, outSize: number) =>
    g.op('Gemm', [input, g.weight([outSize, inSize], rng), bias(outSize)], { transB: 1 });
  const h1 = gemm('x', d, 6);
  const a = g.op('Relu', [h1]);
  const b = g.op('Sigmoid', [gemm('x', d, 6)]);
  const product = g.op('Mul', [a, b]);
  const residual = g.op('Add', [product, h1]);
  const steep = g.op('LeakyRelu', [gemm(residual, 6, 4)], { alpha: { float: 1.5 } });
  const folded = g.op('LeakyRelu', [gemm(residual, 6, 4)], { alpha: { float: -0.3 } });
  const clipped = g.op('Clip', [
    g.op('Sub', [steep, folded]),
    g.init(floats([], [-0.4])),
    g.init(floats([], [0.9])),
  ]);
  const logged = g.op('Log', [
    g.op('Add', [g.op('Exp', [g.op('Tanh', [gemm(residual, 6, 3)])]), g.init(floats([], [0.1]))]),
  ]);
  const joined = g.op('Concat', [clipped, folded, logged], { axis: 1 });
  const turned = g.op('Flatten', [
    g.op('Transpose', [g.op('Reshape', [joined, g.init(int64s([0, 11, 1]))])], { perm: [0, 2, 1] }),
  ]);
  return g.build(gemm(turned, 11, options.classes));
}

export interface RegionLike {
  epsilon: number;
  norm: 'linf' | 'l2';
  lower: number;
  upper: number;
}

/** The float32 nearest v that lies in [lo, hi] (lo <= hi, both reachable by float32 values). */
function float32Within(v: number, lo: number, hi: number): number {
  const step = (f: number, up: boolean) => {
    const bits = new Float32Array([f]);
    const view = new Int32Array(bits.buffer);
    view[0]! += f >= 0 === up ? 1 : -1;
    if (f === 0) return up ? 1e-45 : -1e-45;
    return bits[0]!;
  };
  let f = Math.fround(v);
  while (f < lo) f = step(f, true);
  while (f > hi) f = step(f, false);
  return f;
}

/** Points of ball ∩ box around x: box corners and uniform points (L∞), sphere and interior points clipped to the box (L2). */
export function regionPoints(
  rng: Rng,
  x: ArrayLike<number>,
  region: RegionLike,
  count: number,
): Float32Array {
  const d = x.length;
  const out = new Float32Array(count * d);
  for (let p = 0; p < count; p++) {
    if (region.norm === 'linf') {
      const corner = p % 2 === 0;
      for (let k = 0; k < d; k++) {
        const lo = Math.max(region.lower, x[k]! - region.epsilon);
        const hi = Math.min(region.upper, x[k]! + region.epsilon);
        out[p * d + k] = float32Within(corner ? (rng() < 0.5 ? lo : hi) : lo + (hi - lo) * rng(), lo, hi);
      }
    } else {
      const direction = Array.from({ length: d }, () => gaussian(rng));
      const norm = Math.hypot(...direction) || 1;
      // Just inside the sphere, so that float32 rounding keeps the point in the ball.
      const radius = region.epsilon * (p % 2 === 0 ? 1 - 1e-4 : rng() ** (1 / d));
      let norm2 = 0;
      for (let k = 0; k < d; k++) {
        // Clipping to the box moves a point towards x (which is inside it), so it stays in the ball.
        const v = Math.min(region.upper, Math.max(region.lower, x[k]! + (radius * direction[k]!) / norm));
        out[p * d + k] = float32Within(v, region.lower, region.upper);
        norm2 += (out[p * d + k]! - x[k]!) ** 2;
      }
      if (norm2 > region.epsilon ** 2) out.set(Float32Array.from(x), p * d);
    }
  }
  return out;
}

/** MaxPool straight on the input (overlapping windows, padding), then a linear layer. */
export function randomMaxPoolNet(rng: Rng, classes: number): ModelGraph {
  const g = new GraphBuilder(['N', 1, 4, 4]);
  const pooled = g.op('MaxPool', ['x'], { kernel_shape: [2, 2], strides: [1, 1], pads: [0, 0, 1, 1] });
  const flat = g.op('Flatten', [pooled]);
  return g.build(g.op('Gemm', [flat, g.weight([classes, 16], rng, 3)], { transB: 1 }));
}

/** The product of two affine images of the input (of either sign), then a linear layer. */
export function randomProductNet(rng: Rng, inputSize: number, classes: number): ModelGraph {
  const g = new GraphBuilder(['N', inputSize]);
  const bias = (k: number) =>
    g.init(
      floats(
        [k],
        Array.from({ length: k }, () => gaussian(rng) * 0.3),
      ),
    );
  const a = g.op('Gemm', ['x', g.weight([4, inputSize], rng, 2), bias(4)], { transB: 1 });
  const b = g.op('Gemm', ['x', g.weight([4, inputSize], rng, 2), bias(4)], { transB: 1 });
  const product = g.op('Mul', [a, b]);
  return g.build(g.op('Gemm', [product, g.weight([classes, 4], rng, 2)], { transB: 1 }));
}

/**
 * The smallest margin found by projected descent with finite-difference gradients from each
 * start point (signed steps under L∞, normalised under L2): a cheap attack that finds the
 * corners sampling misses.
 */
export function descendMargin(
  evaluate: (points: Float32Array, count: number) => Float64Array,
  x: ArrayLike<number>,
  label: number,
  classes: number,
  region: RegionLike,
  starts: Float32Array,
  steps = 15,
): number {
  const d = x.length;
  const startCount = starts.length / d;
  const project = (v: Float64Array) => {
    const out = new Float32Array(d);
    let shrink = 1 - 1e-4;
    // float32 rounding can step out of a small ball: shrink towards x until the rounded point is in.
    for (let attempt = 0; attempt < 60; attempt++, shrink *= 0.7) {
      let scale = 1;
      if (region.norm === 'l2') {
        let norm2 = 0;
        for (let k = 0; k < d; k++) norm2 += (v[k]! - x[k]!) ** 2;
        scale = norm2 > (region.epsilon * shrink) ** 2 ? (region.epsilon * shrink) / Math.sqrt(norm2) : 1;
      }
      let rounded2 = 0;
      for (let k = 0; k < d; k++) {
        const lo = Math.max(region.lower, region.norm === 'linf' ? x[k]! - region.epsilon : -Infinity);
        const hi = Math.min(region.upper, region.norm === 'linf' ? x[k]! + region.epsilon : Infinity);
        out[k] = float32Within(Math.min(hi, Math.max(lo, x[k]! + (v[k]! - x[k]!) * scale)), lo, hi);
        rounded2 += (out[k]! - x[k]!) ** 2;
      }
      if (region.norm === 'linf' || rounded2 <= region.epsilon ** 2) return out;
    }
    return Float32Array.from(x);
  };
  const margin = (logits: Float64Array, p: number) => {
    let m = Infinity;
    for (let j = 0; j < classes; j++)
      if (j !== label) m = Math.min(m, logits[p * classes + label]! - logits[p * classes + j]!);
    return m;
  };
  let best = Infinity;
  const h = 1e-3;
  for (let s = 0; s < startCount; s++) {
    let point = Float64Array.from(starts.subarray(s * d, (s + 1) * d));
    for (let step = 0; step <= steps; step++) {
      const batch = new Float32Array((d + 1) * d);
      const current = project(point);
      for (let p = 0; p <= d; p++) {
        batch.set(current, p * d);
        if (p > 0) batch[p * d + p - 1]! += h;
      }
      const logits = evaluate(batch, d + 1);
      const m0 = margin(logits, 0);
      best = Math.min(best, m0);
      if (step === steps) break;
      const gradient = Float64Array.from({ length: d }, (_, k) => (margin(logits, k + 1) - m0) / h);
      const gnorm = Math.hypot(...gradient) || 1;
      const size = region.epsilon / 4;
      point = Float64Array.from(current, (v, k) =>
        region.norm === 'linf' ? v - size * Math.sign(gradient[k]!) : v - (size * gradient[k]!) / gnorm,
      );
    }
  }
  return best;
}
