/**
 * Interval bound propagation over a compiled plan, and the minimum of a linear function over the
 * perturbation region (ball ∩ box), which both IBP and CROWN end with.
 */
import { UsageError } from '../../core/errors.js';
import {
  averagePoolKernel,
  concatKernel,
  convKernel,
  denseKernel,
  gatherKernel,
  isLinearOp,
  maxPoolKernel,
  opInputs,
  UnsupportedBoundError,
  type GraphPlan,
  type PlanOp,
  type UnaryFunction,
} from './evaluate.js';

export type Norm = 'linf' | 'l2';

/** The perturbation region of a chunk of samples, resolved per coordinate. */
export interface ChunkRegion {
  readonly samples: number;
  readonly norm: Norm;
  readonly epsilon: number;
  /** The clean inputs, samples x inputSize. */
  readonly center: Float64Array;
  /** [max(lower, x - eps), min(upper, x + eps)]: the box that contains ball ∩ [lower, upper]^d. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export interface RegionBox {
  readonly epsilon: number;
  readonly norm: Norm;
  readonly lower: number;
  readonly upper: number;
}

export function validateRegion(region: RegionBox): void {
  const { epsilon, norm, lower, upper } = region;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new UsageError('INVALID_CONFIG', `epsilon must be a finite number >= 0, got ${epsilon}`);
  }
  if (norm !== 'linf' && norm !== 'l2') {
    throw new UsageError('INVALID_CONFIG', `norm must be 'linf' or 'l2', got '${String(norm)}'`);
  }
  if (Number.isNaN(lower) || Number.isNaN(upper) || !(lower <= upper)) {
    throw new UsageError('INVALID_CONFIG', `the input range [${lower}, ${upper}] is empty or not a number`);
  }
}

/**
 * The chunk's region. A clean input outside [lower, upper] would make the region miss the point
 * the label was measured at (or be empty): that is bad evaluation data, and it is refused.
 */
export function chunkRegion(
  inputs: Float32Array,
  first: number,
  samples: number,
  inputSize: number,
  region: RegionBox,
): ChunkRegion {
  const size = samples * inputSize;
  const center = new Float64Array(size);
  const lo = new Float64Array(size);
  const hi = new Float64Array(size);
  const { epsilon, lower, upper } = region;
  const offset = first * inputSize;
  for (let i = 0; i < size; i++) {
    const x = inputs[offset + i]!;
    if (!(x >= lower && x <= upper)) {
      const sample = first + Math.floor(i / inputSize);
      throw new UsageError(
        'INVALID_INPUT',
        `sample ${sample}, feature ${i % inputSize}: value ${x} is outside the declared input range [${lower}, ${upper}]`,
      );
    }
    center[i] = x;
    lo[i] = Math.max(lower, x - epsilon);
    hi[i] = Math.min(upper, x + epsilon);
  }
  return { samples, norm: region.norm, epsilon, center, lo, hi };
}

/**
 * min c·δ over { δ : dl <= δ <= du, ||δ||_2 <= eps } (dl <= 0 <= du), bracketed: `lower` is a
 * proven lower bound (the Lagrangian dual at the best multiplier tried), `upper` the value at a
 * feasible point. The minimiser is δ(μ) = clip(-μc, dl, du) with ||δ(μ)|| = eps (or the box corner
 * when that is inside the ball); μ is found by bisection, and every μ tried gives a valid dual
 * bound, so stopping early is never unsound.
 */
export function minOverBallBox(
  c: Float64Array,
  offset: number,
  length: number,
  dl: Float64Array,
  du: Float64Array,
  boxOffset: number,
  epsilon: number,
  iterations: number,
): { lower: number; upper: number } {
  let cornerValue = 0;
  let cornerNorm2 = 0;
  let cNorm2 = 0;
  let muHigh = 0;
  for (let i = 0; i < length; i++) {
    const ci = c[offset + i]!;
    if (ci === 0) continue;
    const d = ci > 0 ? dl[boxOffset + i]! : du[boxOffset + i]!;
    cornerValue += ci * d;
    cornerNorm2 += d * d;
    cNorm2 += ci * ci;
    muHigh = Math.max(muHigh, -d / ci);
  }
  const eps2 = epsilon * epsilon;
  if (cornerNorm2 <= eps2) return { lower: cornerValue, upper: cornerValue };
  // Both are sound lower bounds: the minimum over the box alone, and over the ball alone.
  let lower = Math.max(cornerValue, -epsilon * Math.sqrt(cNorm2));
  let upper = 0;
  let muLow = 0;
  for (let it = 0; it < iterations; it++) {
    const mu = 0.5 * (muLow + muHigh);
    if (!(mu > muLow && mu < muHigh)) break;
    let value = 0;
    let norm2 = 0;
    for (let i = 0; i < length; i++) {
      const ci = c[offset + i]!;
      if (ci === 0) continue;
      let d = -mu * ci;
      const l = dl[boxOffset + i]!;
      const u = du[boxOffset + i]!;
      if (d < l) d = l;
      else if (d > u) d = u;
      value += ci * d;
      norm2 += d * d;
    }
    // Weak duality at multiplier 1/mu: min over the box of c·δ + (||δ||² - eps²) / (2 mu).
    const dual = value + (norm2 - eps2) / (2 * mu);
    if (dual > lower) lower = dual;
    if (norm2 <= eps2) {
      muLow = mu;
      if (value < upper) upper = value;
    } else {
      muHigh = mu;
    }
  }
  return { lower: Math.min(lower, upper), upper };
}

/** Whether each op's output box is needed: nonlinear ops and everything they depend on. */
export function opsNeedingBoxes(plan: GraphPlan): Uint8Array {
  const needed = new Uint8Array(plan.ops.length);
  const neededValue = new Uint8Array(plan.valueSizes.length);
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i]!;
    if (isLinearOp(op) && !neededValue[op.output]) continue;
    needed[i] = 1;
    neededValue[op.output] = 1;
    for (const v of opInputs(op)) neededValue[v] = 1;
  }
  return needed;
}

export interface Boxes {
  readonly lo: (Float64Array | undefined)[];
  readonly hi: (Float64Array | undefined)[];
  /** Samples whose bounds became infinite (Log of a non-positive bound, Exp overflow). */
  readonly unbounded: Uint8Array;
}

/**
 * Interval bounds of every needed tensor. `points` are the tensors at the clean inputs (the L2
 * radius of a first linear layer is centred on them); `afterOp` may tighten an op's output box
 * (CROWN) before later ops read it.
 */
export function intervalForward(
  plan: GraphPlan,
  region: ChunkRegion,
  points: readonly Float64Array[],
  needed: Uint8Array,
  afterOp?: (opIndex: number, boxes: Boxes) => void,
): Boxes {
  const samples = region.samples;
  const boxes: Boxes = {
    lo: [region.lo],
    hi: [region.hi],
    unbounded: new Uint8Array(samples),
  };
  const { lo: los, hi: his } = boxes;
  for (let i = 0; i < plan.ops.length; i++) {
    const op = plan.ops[i]!;
    if (!needed[i]) {
      los.push(undefined);
      his.push(undefined);
      continue;
    }
    const size = plan.valueSizes[op.output]!;
    const lo = new Float64Array(samples * size);
    const hi = new Float64Array(samples * size);
    intervalOp(plan, op, boxes, lo, hi, samples);
    if (region.norm === 'l2' && (op.kind === 'dense' || op.kind === 'conv')) {
      const radius = plan.l2Radius[op.output];
      if (radius) intersectBall(points[op.output]!, radius, region.epsilon, lo, hi, size, samples);
    }
    if (op.kind === 'unary' && (op.fn.kind === 'exp' || op.fn.kind === 'log')) {
      markUnbounded(lo, hi, size, samples, boxes.unbounded);
    }
    los.push(lo);
    his.push(hi);
    afterOp?.(i, boxes);
  }
  return boxes;
}

function intersectBall(
  center: Float64Array,
  radius: Float64Array,
  epsilon: number,
  lo: Float64Array,
  hi: Float64Array,
  size: number,
  samples: number,
): void {
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < size; k++) {
      const index = s * size + k;
      const r = epsilon * radius[k]!;
      const c = center[index]!;
      if (c - r > lo[index]!) lo[index] = c - r;
      if (c + r < hi[index]!) hi[index] = c + r;
    }
  }
}

/** Infinite bounds would turn into NaN downstream; such samples are marked and zeroed. */
function markUnbounded(
  lo: Float64Array,
  hi: Float64Array,
  size: number,
  samples: number,
  unbounded: Uint8Array,
): void {
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < size; k++) {
      const index = s * size + k;
      if (!Number.isFinite(lo[index]!) || !Number.isFinite(hi[index]!)) {
        unbounded[s] = 1;
        lo.fill(0, s * size, (s + 1) * size);
        hi.fill(0, s * size, (s + 1) * size);
        break;
      }
    }
  }
}

function intervalOp(
  plan: GraphPlan,
  op: PlanOp,
  boxes: Boxes,
  lo: Float64Array,
  hi: Float64Array,
  samples: number,
): void {
  const inputBox = (v: number): [Float64Array, Float64Array] => {
    const l = boxes.lo[v];
    const h = boxes.hi[v];
    if (!l || !h) throw new Error(`interval of tensor ${v} was not computed before op ${op.node}`);
    return [l, h];
  };
  const size = plan.valueSizes[op.output]!;
  switch (op.kind) {
    case 'permute': {
      const [l, h] = inputBox(op.input);
      gatherKernel(op.map, l, lo, plan.valueSizes[op.input]!, samples);
      gatherKernel(op.map, h, hi, plan.valueSizes[op.input]!, samples);
      return;
    }
    case 'scaleShift': {
      const [l, h] = inputBox(op.input);
      const inSize = plan.valueSizes[op.input]!;
      const { map, scale, shift } = op;
      for (let s = 0; s < samples; s++) {
        for (let o = 0; o < size; o++) {
          const j = s * inSize + (map ? map[o]! : o);
          const a = l[j]! * scale[o]! + shift[o]!;
          const b = h[j]! * scale[o]! + shift[o]!;
          const index = s * size + o;
          if (a <= b) {
            lo[index] = a;
            hi[index] = b;
          } else {
            lo[index] = b;
            hi[index] = a;
          }
        }
      }
      return;
    }
    case 'dense':
    case 'conv': {
      const [l, h] = inputBox(op.input);
      const center = new Float64Array(l.length);
      const radius = new Float64Array(l.length);
      for (let i = 0; i < l.length; i++) {
        center[i] = 0.5 * (l[i]! + h[i]!);
        radius[i] = 0.5 * (h[i]! - l[i]!);
      }
      // Center-radius form: W·center + b -/+ |W|·radius, two passes of the point kernel.
      if (op.kind === 'dense') {
        denseKernel(op, op.weight, op.bias, center, lo, samples);
        denseKernel(op, op.absWeight, undefined, radius, hi, samples);
      } else {
        convKernel(op, op.weight, op.bias, center, lo, samples);
        convKernel(op, op.absWeight, undefined, radius, hi, samples);
      }
      for (let i = 0; i < lo.length; i++) {
        const mid = lo[i]!;
        const spread = hi[i]!;
        lo[i] = mid - spread;
        hi[i] = mid + spread;
      }
      return;
    }
    case 'pool': {
      const [l, h] = inputBox(op.input);
      const kernel = op.mode === 'average' ? averagePoolKernel : maxPoolKernel;
      kernel(op, l, lo, samples);
      kernel(op, h, hi, samples);
      return;
    }
    case 'binary': {
      const [la, ha] = inputBox(op.left);
      const [lb, hb] = inputBox(op.right);
      const leftSize = plan.valueSizes[op.left]!;
      const rightSize = plan.valueSizes[op.right]!;
      const { leftMap, rightMap, operation } = op;
      for (let s = 0; s < samples; s++) {
        for (let o = 0; o < size; o++) {
          const i = s * leftSize + (leftMap ? leftMap[o]! : o);
          const j = s * rightSize + (rightMap ? rightMap[o]! : o);
          const index = s * size + o;
          if (operation === 'add') {
            lo[index] = la[i]! + lb[j]!;
            hi[index] = ha[i]! + hb[j]!;
          } else if (operation === 'sub') {
            lo[index] = la[i]! - hb[j]!;
            hi[index] = ha[i]! - lb[j]!;
          } else {
            const p1 = la[i]! * lb[j]!;
            const p2 = la[i]! * hb[j]!;
            const p3 = ha[i]! * lb[j]!;
            const p4 = ha[i]! * hb[j]!;
            lo[index] = Math.min(p1, p2, p3, p4);
            hi[index] = Math.max(p1, p2, p3, p4);
          }
        }
      }
      return;
    }
    case 'concat': {
      const sizes = op.inputs.map((v) => plan.valueSizes[v]!);
      concatKernel(
        op,
        op.inputs.map((v) => inputBox(v)[0]),
        sizes,
        lo,
        size,
        samples,
      );
      concatKernel(
        op,
        op.inputs.map((v) => inputBox(v)[1]),
        sizes,
        hi,
        size,
        samples,
      );
      return;
    }
    case 'unary': {
      const [l, h] = inputBox(op.input);
      unaryInterval(op.fn, l, h, lo, hi);
      return;
    }
    case 'softmax':
      throw UnsupportedBoundError.softmax(op);
  }
}

/** Image of each interval under a scalar function (all are monotone except LeakyRelu with alpha < 0). */
export function unaryInterval(
  fn: UnaryFunction,
  l: Float64Array,
  h: Float64Array,
  lo: Float64Array,
  hi: Float64Array,
): void {
  const n = l.length;
  switch (fn.kind) {
    case 'relu':
      for (let i = 0; i < n; i++) {
        lo[i] = l[i]! > 0 ? l[i]! : 0;
        hi[i] = h[i]! > 0 ? h[i]! : 0;
      }
      return;
    case 'leakyRelu': {
      const a = fn.alpha;
      const f = (v: number) => (v >= 0 ? v : a * v);
      for (let i = 0; i < n; i++) {
        const fl = f(l[i]!);
        const fh = f(h[i]!);
        if (a >= 0) {
          lo[i] = fl;
          hi[i] = fh;
        } else {
          // Decreasing below 0, increasing above: the minimum is at 0 when 0 is inside.
          lo[i] = l[i]! < 0 && h[i]! > 0 ? 0 : Math.min(fl, fh);
          hi[i] = Math.max(fl, fh);
        }
      }
      return;
    }
    case 'clip':
      for (let i = 0; i < n; i++) {
        lo[i] = Math.min(fn.max, Math.max(fn.min, l[i]!));
        hi[i] = Math.min(fn.max, Math.max(fn.min, h[i]!));
      }
      return;
    case 'sigmoid':
      for (let i = 0; i < n; i++) {
        lo[i] = sigmoid(l[i]!);
        hi[i] = sigmoid(h[i]!);
      }
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) {
        lo[i] = Math.tanh(l[i]!);
        hi[i] = Math.tanh(h[i]!);
      }
      return;
    case 'exp':
      for (let i = 0; i < n; i++) {
        lo[i] = Math.exp(l[i]!);
        hi[i] = Math.exp(h[i]!);
      }
      return;
    case 'log':
      for (let i = 0; i < n; i++) {
        lo[i] = l[i]! > 0 ? Math.log(l[i]!) : -Infinity;
        hi[i] = h[i]! > 0 ? Math.log(h[i]!) : -Infinity;
      }
      return;
  }
}

export function sigmoid(v: number): number {
  return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
}
