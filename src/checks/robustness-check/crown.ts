/**
 * Backward linear bounds over a compiled plan (CROWN, Zhang et al. 2018; the form auto_LiRPA
 * calls "backward" mode): a lower bound of A·t for a tensor t is pushed back through the ops that
 * compute t until it is a linear function of the input, then minimised over the region.
 *
 * The same walk serves both methods. In 'interval' mode a nonlinear op is not relaxed: the walk
 * stops there and minimises over that op's interval box. Started at the logits with C = e_y - e_j,
 * that is IBP with the last linear layers folded into the margin. In 'crown' mode every nonlinear
 * op is replaced by linear lower and upper bounds valid on its input box, so the walk reaches the
 * input. Every relaxation below is sound for any slope chosen: the offsets are the exact extremes
 * of f(t) - k·t over the box, so a heuristic slope only costs tightness.
 */
import {
  isLinearOp,
  matmulRows,
  UnsupportedBoundError,
  type ConvOp,
  type DenseOp,
  type GraphPlan,
  type PlanOp,
  type UnaryFunction,
} from './evaluate.js';
import { intervalForward, minOverBallBox, sigmoid, type Boxes, type ChunkRegion } from './interval.js';

/** Linear bounds of each nonlinear op, for the chunk's samples. */
export interface Relaxation {
  /** Elementwise ops: kl·x + bl <= f(x) <= ku·x + bu, per sample and element. */
  readonly lowerSlope?: Float64Array;
  readonly lowerOffset?: Float64Array;
  readonly upperSlope?: Float64Array;
  readonly upperOffset?: Float64Array;
  /** MaxPool: the input (index in the sample) the lower bound follows, and the constant upper bound. */
  readonly follow?: Int32Array;
  readonly ceiling?: Float64Array;
  /** MaxPool: 1 where one input provably is the maximum (the output equals it). */
  readonly exact?: Uint8Array;
}

export interface BackwardContext {
  readonly plan: GraphPlan;
  readonly region: ChunkRegion;
  readonly boxes: Boxes;
  readonly mode: 'interval' | 'crown';
  /** By op index; needed in 'crown' mode for every nonlinear op the walk meets. */
  readonly relaxations: (Relaxation | undefined)[];
}

/**
 * Lower bounds of rows·t for `samples` samples starting at chunk sample `first`, `rows` rows
 * each: coefficients is samples x rows x size(t). Returns the bias part (everything except the
 * input term) and the input coefficients, samples x rows x inputSize (undefined when the walk
 * never reached the input).
 */
export function backward(
  context: BackwardContext,
  start: number,
  coefficients: Float64Array,
  first: number,
  samples: number,
  rows: number,
): { bias: Float64Array; input: Float64Array | undefined } {
  const { plan } = context;
  const pending: (Float64Array | undefined)[] = new Array(plan.valueSizes.length);
  pending[start] = coefficients;
  const bias = new Float64Array(samples * rows);
  const accumulator = (v: number): Float64Array => {
    let a = pending[v];
    if (!a) {
      a = new Float64Array(samples * rows * plan.valueSizes[v]!);
      pending[v] = a;
    }
    return a;
  };
  for (let i = start - 1; i >= 0; i--) {
    const op = plan.ops[i]!;
    const a = pending[op.output];
    if (!a) continue;
    pending[op.output] = undefined;
    if (!isLinearOp(op) && context.mode === 'interval') {
      concretizeAtBox(context, op.output, a, bias, first, samples, rows);
      continue;
    }
    backwardOp(context, i, op, a, pending, accumulator, bias, first, samples, rows);
  }
  return { bias, input: pending[0] };
}

/** min over the box [lo, hi] (from `boxBase`) of the row of `a` at `base`, dotted with t. */
function boxMinimum(
  a: Float64Array,
  base: number,
  lo: Float64Array,
  hi: Float64Array,
  boxBase: number,
  size: number,
): number {
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const c = a[base + k]!;
    if (c > 0) sum += c * lo[boxBase + k]!;
    else if (c < 0) sum += c * hi[boxBase + k]!;
  }
  return sum;
}

/** bias[q] += min over the tensor's box of a_q·t. */
function concretizeAtBox(
  context: BackwardContext,
  v: number,
  a: Float64Array,
  bias: Float64Array,
  first: number,
  samples: number,
  rows: number,
): void {
  const lo = context.boxes.lo[v];
  const hi = context.boxes.hi[v];
  if (!lo || !hi) throw new Error(`no interval for tensor ${v}`);
  const size = context.plan.valueSizes[v]!;
  for (let s = 0; s < samples; s++) {
    const boxBase = (first + s) * size;
    for (let r = 0; r < rows; r++) {
      const q = s * rows + r;
      bias[q]! += boxMinimum(a, q * size, lo, hi, boxBase, size);
    }
  }
}

function backwardOp(
  context: BackwardContext,
  opIndex: number,
  op: PlanOp,
  a: Float64Array,
  pending: (Float64Array | undefined)[],
  accumulator: (v: number) => Float64Array,
  bias: Float64Array,
  first: number,
  samples: number,
  rows: number,
): void {
  const { plan } = context;
  const outSize = plan.valueSizes[op.output]!;
  const totalRows = samples * rows;
  switch (op.kind) {
    case 'permute': {
      const inSize = plan.valueSizes[op.input]!;
      const target = accumulator(op.input);
      const { map } = op;
      for (let q = 0; q < totalRows; q++) {
        for (let o = 0; o < outSize; o++) target[q * inSize + map[o]!]! += a[q * outSize + o]!;
      }
      return;
    }
    case 'scaleShift': {
      const inSize = plan.valueSizes[op.input]!;
      const target = accumulator(op.input);
      const { map, scale, shift } = op;
      for (let q = 0; q < totalRows; q++) {
        let sum = 0;
        for (let o = 0; o < outSize; o++) {
          const c = a[q * outSize + o]!;
          if (c === 0) continue;
          target[q * inSize + (map ? map[o]! : o)]! += c * scale[o]!;
          sum += c * shift[o]!;
        }
        bias[q]! += sum;
      }
      return;
    }
    case 'dense':
      denseBackward(op, a, pending, op.input, samples * rows, bias);
      return;
    case 'conv':
      if (density(a) >= 0.25) convBackwardDense(op, a, accumulator(op.input), bias, totalRows);
      else convBackward(op, a, accumulator(op.input), bias, totalRows);
      return;
    case 'pool': {
      const inSize = plan.valueSizes[op.input]!;
      const target = accumulator(op.input);
      const { channels, inSpatial, outSpatial, windowStart, windowIndex, divisor } = op;
      if (op.mode === 'average') {
        for (let q = 0; q < totalRows; q++) {
          for (let ch = 0; ch < channels; ch++) {
            for (let p = 0; p < outSpatial; p++) {
              const c = a[q * outSize + ch * outSpatial + p]!;
              if (c === 0) continue;
              const share = c / divisor[p]!;
              const base = q * inSize + ch * inSpatial;
              for (let w = windowStart[p]!; w < windowStart[p + 1]!; w++)
                target[base + windowIndex[w]!]! += share;
            }
          }
        }
        return;
      }
      const relaxation = requireRelaxation(context, opIndex, op);
      const follow = relaxation.follow!;
      const ceiling = relaxation.ceiling!;
      const exact = relaxation.exact!;
      for (let s = 0; s < samples; s++) {
        const base = (first + s) * outSize;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o]!;
            if (c === 0) continue;
            if (c > 0 || exact[base + o]) target[q * inSize + follow[base + o]!]! += c;
            else bias[q]! += c * ceiling[base + o]!;
          }
        }
      }
      return;
    }
    case 'binary': {
      const leftSize = plan.valueSizes[op.left]!;
      const rightSize = plan.valueSizes[op.right]!;
      const left = accumulator(op.left);
      const right = accumulator(op.right);
      const { leftMap, rightMap } = op;
      if (op.operation !== 'mul') {
        const sign = op.operation === 'add' ? 1 : -1;
        for (let q = 0; q < totalRows; q++) {
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o]!;
            if (c === 0) continue;
            left[q * leftSize + (leftMap ? leftMap[o]! : o)]! += c;
            right[q * rightSize + (rightMap ? rightMap[o]! : o)]! += sign * c;
          }
        }
        return;
      }
      // McCormick: (x - lx)(y - ly) >= 0 gives the lower plane, (x - lx)(y - uy) <= 0 the upper.
      const { lo, hi } = context.boxes;
      const lx = lo[op.left]!;
      const ly = lo[op.right]!;
      const uy = hi[op.right]!;
      for (let s = 0; s < samples; s++) {
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          let sum = 0;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o]!;
            if (c === 0) continue;
            const i = leftMap ? leftMap[o]! : o;
            const j = rightMap ? rightMap[o]! : o;
            const xl = lx[(first + s) * leftSize + i]!;
            const yBound = c > 0 ? ly[(first + s) * rightSize + j]! : uy[(first + s) * rightSize + j]!;
            left[q * leftSize + i]! += c * yBound;
            right[q * rightSize + j]! += c * xl;
            sum -= c * xl * yBound;
          }
          bias[q]! += sum;
        }
      }
      return;
    }
    case 'concat':
      op.inputs.forEach((v, i) => {
        const inSize = plan.valueSizes[v]!;
        const target = accumulator(v);
        const placement = op.placements[i]!;
        for (let q = 0; q < totalRows; q++) {
          for (let k = 0; k < inSize; k++) target[q * inSize + k]! += a[q * outSize + placement[k]!]!;
        }
      });
      return;
    case 'unary': {
      const relaxation = requireRelaxation(context, opIndex, op);
      const kl = relaxation.lowerSlope!;
      const bl = relaxation.lowerOffset!;
      const ku = relaxation.upperSlope!;
      const bu = relaxation.upperOffset!;
      const target = accumulator(op.input);
      for (let s = 0; s < samples; s++) {
        const base = (first + s) * outSize;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          let sum = 0;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o]!;
            if (c > 0) {
              target[q * outSize + o]! += c * kl[base + o]!;
              sum += c * bl[base + o]!;
            } else if (c < 0) {
              target[q * outSize + o]! += c * ku[base + o]!;
              sum += c * bu[base + o]!;
            }
          }
          bias[q]! += sum;
        }
      }
      return;
    }
    case 'softmax':
      throw UnsupportedBoundError.softmax(op);
  }
}

/**
 * A_in = A_out · W. Sparse coefficients (the one-hot rows that start an intermediate bound) are
 * scattered row by row; dense ones go through the blocked matrix product with W^T.
 */
function denseBackward(
  op: DenseOp,
  a: Float64Array,
  pending: (Float64Array | undefined)[],
  input: number,
  totalRows: number,
  bias: Float64Array,
): void {
  const { inner, outer, weight } = op;
  const blocks = totalRows * op.rows;
  if (op.bias) {
    const opBias = op.bias;
    for (let b = 0; b < blocks; b++) {
      let sum = 0;
      for (let m = 0; m < outer; m++) sum += a[b * outer + m]! * opBias[m]!;
      bias[Math.floor(b / op.rows)]! += sum;
    }
  }
  const existing = pending[input];
  if (density(a) >= 0.25) {
    const product = new Float64Array(blocks * inner);
    matmulRows(blocks, outer, inner, op.transposedWeight, undefined, a, product);
    if (existing) for (let i = 0; i < product.length; i++) existing[i]! += product[i]!;
    else pending[input] = product;
    return;
  }
  const target = existing ?? new Float64Array(blocks * inner);
  pending[input] = target;
  for (let b = 0; b < blocks; b++) {
    const inBase = b * inner;
    for (let m = 0; m < outer; m++) {
      const c = a[b * outer + m]!;
      if (c === 0) continue;
      const wBase = m * inner;
      for (let k = 0; k < inner; k++) target[inBase + k]! += c * weight[wBase + k]!;
    }
  }
}

function requireRelaxation(context: BackwardContext, opIndex: number, op: PlanOp): Relaxation {
  const relaxation = context.relaxations[opIndex];
  if (!relaxation) throw new Error(`no relaxation for ${op.opType} node '${op.node}'`);
  return relaxation;
}

function density(a: Float64Array): number {
  let nonzero = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) nonzero++;
  return a.length === 0 ? 0 : nonzero / a.length;
}

/**
 * The transpose of a convolution for dense coefficients: per row and group, the patch
 * coefficients (positions x patch entries) are one matrix product with the weights, then added
 * back onto the input positions each patch entry came from (col2im).
 */
function convBackwardDense(
  op: ConvOp,
  a: Float64Array,
  target: Float64Array,
  bias: Float64Array,
  totalRows: number,
): void {
  const { outC, group, patchIndex, patchSize, transposedWeight } = op;
  const outPlane = op.outH * op.outW;
  const perGroupOut = outC / group;
  const inSize = op.inC * op.inH * op.inW;
  const groupStride = (op.inC / group) * op.inH * op.inW;
  const outSize = outC * outPlane;
  const transposed = new Float64Array(outPlane * perGroupOut);
  const patches = new Float64Array(outPlane * patchSize);
  const weightBlock = perGroupOut * patchSize;
  for (let q = 0; q < totalRows; q++) {
    if (op.bias) {
      let sum = 0;
      for (let m = 0; m < outC; m++) {
        let plane = 0;
        for (let p = 0; p < outPlane; p++) plane += a[q * outSize + m * outPlane + p]!;
        sum += plane * op.bias[m]!;
      }
      bias[q]! += sum;
    }
    for (let g = 0; g < group; g++) {
      const aBase = q * outSize + g * perGroupOut * outPlane;
      for (let mg = 0; mg < perGroupOut; mg++) {
        for (let p = 0; p < outPlane; p++) transposed[p * perGroupOut + mg] = a[aBase + mg * outPlane + p]!;
      }
      matmulRows(
        outPlane,
        perGroupOut,
        patchSize,
        transposedWeight.subarray(g * weightBlock, (g + 1) * weightBlock),
        undefined,
        transposed,
        patches,
      );
      const base = q * inSize + g * groupStride;
      for (let i = 0; i < patches.length; i++) {
        const index = patchIndex[i]!;
        if (index >= 0) target[base + index]! += patches[i]!;
      }
    }
  }
}

/** The transpose of a convolution, scattering from each nonzero output coefficient. */
function convBackward(
  op: ConvOp,
  a: Float64Array,
  target: Float64Array,
  bias: Float64Array,
  totalRows: number,
): void {
  const {
    inC,
    inH,
    inW,
    outC,
    outH,
    outW,
    kH,
    kW,
    strideH,
    strideW,
    padTop,
    padLeft,
    dilationH,
    dilationW,
    weight,
  } = op;
  const perGroupIn = inC / op.group;
  const perGroupOut = outC / op.group;
  const inSize = inC * inH * inW;
  const outPlane = outH * outW;
  const outSize = outC * outPlane;
  for (let q = 0; q < totalRows; q++) {
    const inBase = q * inSize;
    let sum = 0;
    for (let m = 0; m < outC; m++) {
      const g = Math.floor(m / perGroupOut);
      const planeBase = q * outSize + m * outPlane;
      for (let oh = 0; oh < outH; oh++) {
        for (let ow = 0; ow < outW; ow++) {
          const c = a[planeBase + oh * outW + ow]!;
          if (c === 0) continue;
          if (op.bias) sum += c * op.bias[m]!;
          const ih0 = oh * strideH - padTop;
          const iw0 = ow * strideW - padLeft;
          for (let cg = 0; cg < perGroupIn; cg++) {
            const channelBase = inBase + (g * perGroupIn + cg) * inH * inW;
            const wBase = (m * perGroupIn + cg) * kH * kW;
            for (let kh = 0; kh < kH; kh++) {
              const ih = ih0 + kh * dilationH;
              if (ih < 0 || ih >= inH) continue;
              const rowBase = channelBase + ih * inW;
              for (let kw = 0; kw < kW; kw++) {
                const iw = iw0 + kw * dilationW;
                if (iw < 0 || iw >= inW) continue;
                target[rowBase + iw]! += c * weight[wBase + kh * kW + kw]!;
              }
            }
          }
        }
      }
    }
    bias[q]! += sum;
  }
}

/**
 * min over the region of a_q·x for input coefficients `input` (samples x rows x inputSize), added
 * to `bias`. L∞: exact over the box. L2 with `exact`: the ball ∩ box minimum by dual bisection;
 * otherwise the better of the ball-only (a·x0 - eps·||a||) and box-only minima.
 */
export function concretizeInput(
  region: ChunkRegion,
  input: Float64Array,
  bias: Float64Array,
  first: number,
  samples: number,
  rows: number,
  exact: boolean,
): void {
  const size = input.length / (samples * rows);
  const { lo, hi, center, epsilon } = region;
  let dl: Float64Array | undefined;
  let du: Float64Array | undefined;
  if (region.norm === 'l2') {
    dl = new Float64Array(size);
    du = new Float64Array(size);
  }
  for (let s = 0; s < samples; s++) {
    const boxBase = (first + s) * size;
    if (dl && du) {
      for (let k = 0; k < size; k++) {
        dl[k] = lo[boxBase + k]! - center[boxBase + k]!;
        du[k] = hi[boxBase + k]! - center[boxBase + k]!;
      }
    }
    for (let r = 0; r < rows; r++) {
      const q = s * rows + r;
      const base = q * size;
      if (!dl || !du) {
        bias[q]! += boxMinimum(input, base, lo, hi, boxBase, size);
        continue;
      }
      let atCenter = 0;
      for (let k = 0; k < size; k++) atCenter += input[base + k]! * center[boxBase + k]!;
      bias[q]! += atCenter + minOverBallBox(input, base, size, dl, du, 0, epsilon, exact ? 40 : 0).lower;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Relaxations

/** Breakpoints of a piecewise-linear function; the relaxation is exact away from them. */
export function breakpoints(fn: UnaryFunction): readonly number[] | undefined {
  switch (fn.kind) {
    case 'relu':
    case 'leakyRelu':
      return [0];
    case 'clip':
      return [fn.min, fn.max];
    default:
      return undefined;
  }
}

const SMOOTH_SLACK = 1e-12;

/** Linear bounds of f on each [l, u] (written at the same index into the four arrays). */
export function relaxUnary(
  fn: UnaryFunction,
  lo: Float64Array,
  hi: Float64Array,
): {
  lowerSlope: Float64Array;
  lowerOffset: Float64Array;
  upperSlope: Float64Array;
  upperOffset: Float64Array;
} {
  const n = lo.length;
  const lowerSlope = new Float64Array(n);
  const lowerOffset = new Float64Array(n);
  const upperSlope = new Float64Array(n);
  const upperOffset = new Float64Array(n);
  const f = scalar(fn);
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const u = hi[i]!;
    let kl: number;
    let ku: number;
    if (fn.kind === 'relu' || fn.kind === 'leakyRelu') {
      const alpha = fn.kind === 'relu' ? 0 : fn.alpha;
      if (u <= 0) {
        kl = ku = alpha;
      } else if (l >= 0) {
        kl = ku = 1;
      } else {
        const chord = (u - alpha * l) / (u - l);
        // The adaptive slope of CROWN: follow the side of the kink that covers more of [l, u].
        const adaptive = u >= -l ? 1 : alpha;
        if (alpha <= 1) {
          ku = chord;
          kl = adaptive;
        } else {
          kl = chord;
          ku = adaptive;
        }
      }
    } else if (fn.kind === 'clip') {
      const { min, max } = fn;
      if (u <= min || l >= max) {
        kl = ku = 0;
      } else if (l >= min && u <= max) {
        kl = ku = 1;
      } else {
        const chord = u > l ? (f(u) - f(l)) / (u - l) : 0;
        if (l < min && u <= max) {
          ku = chord;
          kl = u - min >= min - l ? 1 : 0;
        } else if (l >= min && u > max) {
          kl = chord;
          ku = max - l >= u - max ? 1 : 0;
        } else {
          kl = ku = chord;
        }
      }
    } else {
      const chord =
        u - l > 1e-9 * (1 + Math.abs(l) + Math.abs(u))
          ? (f(u) - f(l)) / (u - l)
          : derivative(fn, 0.5 * (l + u));
      kl = ku = Number.isFinite(chord) ? chord : 0;
    }
    const [minimum, maximum] = extremesOfDifference(fn, f, l, u, kl, ku);
    lowerSlope[i] = kl;
    upperSlope[i] = ku;
    if (breakpoints(fn)) {
      lowerOffset[i] = minimum;
      upperOffset[i] = maximum;
    } else {
      const slack =
        SMOOTH_SLACK * (1 + Math.abs(f(l)) + Math.abs(f(u)) + Math.abs(kl) * (Math.abs(l) + Math.abs(u)));
      lowerOffset[i] = minimum - slack;
      upperOffset[i] = maximum + slack;
    }
  }
  return { lowerSlope, lowerOffset, upperSlope, upperOffset };
}

function scalar(fn: UnaryFunction): (v: number) => number {
  switch (fn.kind) {
    case 'relu':
      return (v) => (v > 0 ? v : 0);
    case 'leakyRelu':
      return (v) => (v >= 0 ? v : fn.alpha * v);
    case 'clip':
      return (v) => (v < fn.min ? fn.min : v > fn.max ? fn.max : v);
    case 'sigmoid':
      return sigmoid;
    case 'tanh':
      return Math.tanh;
    case 'exp':
      return Math.exp;
    case 'log':
      return Math.log;
  }
}

function derivative(fn: UnaryFunction, v: number): number {
  switch (fn.kind) {
    case 'sigmoid': {
      const s = sigmoid(v);
      return s * (1 - s);
    }
    case 'tanh': {
      const t = Math.tanh(v);
      return 1 - t * t;
    }
    case 'exp':
      return Math.exp(v);
    case 'log':
      return 1 / v;
    default:
      return 0;
  }
}

/** Where f'(t) = k: the only interior candidates for the extremes of f(t) - k·t. */
function criticalPoints(fn: UnaryFunction, k: number): number[] {
  switch (fn.kind) {
    case 'relu':
    case 'leakyRelu':
      return [0];
    case 'clip':
      return [fn.min, fn.max];
    case 'sigmoid': {
      const disc = 1 - 4 * k;
      if (!(disc >= 0)) return [0];
      const root = Math.sqrt(disc);
      return [(1 + root) / 2, (1 - root) / 2].filter((s) => s > 0 && s < 1).map((s) => Math.log(s / (1 - s)));
    }
    case 'tanh': {
      if (!(k <= 1)) return [0];
      const t = Math.sqrt(Math.max(0, 1 - k));
      return t < 1 ? [Math.atanh(t), -Math.atanh(t)] : [];
    }
    case 'exp':
      return k > 0 ? [Math.log(k)] : [];
    case 'log':
      return k > 0 ? [1 / k] : [];
  }
}

/** [min of f(t) - kl·t, max of f(t) - ku·t] over t in [l, u]. */
function extremesOfDifference(
  fn: UnaryFunction,
  f: (v: number) => number,
  l: number,
  u: number,
  kl: number,
  ku: number,
): [number, number] {
  let minimum = Math.min(f(l) - kl * l, f(u) - kl * u);
  let maximum = Math.max(f(l) - ku * l, f(u) - ku * u);
  for (const t of criticalPoints(fn, kl)) {
    if (t > l && t < u) minimum = Math.min(minimum, f(t) - kl * t);
  }
  for (const t of criticalPoints(fn, ku)) {
    if (t > l && t < u) maximum = Math.max(maximum, f(t) - ku * t);
  }
  return [minimum, maximum];
}

/**
 * MaxPool: the output is at least the input with the largest lower bound and at most the largest
 * upper bound; when that input's lower bound reaches every other input's upper bound, it is the
 * output exactly.
 */
export function relaxMaxPool(
  op: Extract<PlanOp, { kind: 'pool' }>,
  lo: Float64Array,
  hi: Float64Array,
  samples: number,
): Relaxation {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex } = op;
  const outSize = channels * outSpatial;
  const inSize = channels * inSpatial;
  const follow = new Int32Array(samples * outSize);
  const ceiling = new Float64Array(samples * outSize);
  const exact = new Uint8Array(samples * outSize);
  for (let s = 0; s < samples; s++) {
    for (let ch = 0; ch < channels; ch++) {
      const inBase = s * inSize + ch * inSpatial;
      for (let p = 0; p < outSpatial; p++) {
        let best = -1;
        let bestLower = -Infinity;
        for (let w = windowStart[p]!; w < windowStart[p + 1]!; w++) {
          const j = windowIndex[w]!;
          if (best < 0 || lo[inBase + j]! > bestLower) {
            best = j;
            bestLower = lo[inBase + j]!;
          }
        }
        let top = -Infinity;
        let otherTop = -Infinity;
        for (let w = windowStart[p]!; w < windowStart[p + 1]!; w++) {
          const j = windowIndex[w]!;
          const u = hi[inBase + j]!;
          top = Math.max(top, u);
          if (j !== best) otherTop = Math.max(otherTop, u);
        }
        const o = s * outSize + ch * outSpatial + p;
        follow[o] = ch * inSpatial + best;
        ceiling[o] = top;
        exact[o] = bestLower >= otherTop ? 1 : 0;
      }
    }
  }
  return { follow, ceiling, exact };
}

// ---------------------------------------------------------------------------------------------
// CROWN over a chunk

export interface CrownStatistics {
  /** Tensors whose intervals CROWN tightened, and how many neuron bounds it computed. */
  refinedTensors: Set<number>;
  refinedNeurons: number;
  /** Tensors whose IBP interval was kept because it is already exact (an affine image of the box). */
  exactTensors: Set<number>;
}

/** Which tensors' intervals the relaxations read, and which neurons of them matter. */
export function boundTargets(plan: GraphPlan): Map<number, readonly number[] | 'all'> {
  const targets = new Map<number, readonly number[] | 'all'>();
  const add = (v: number, points: readonly number[] | undefined) => {
    const previous = targets.get(v);
    if (previous === 'all' || points === undefined) targets.set(v, 'all');
    else targets.set(v, [...(previous ?? []), ...points]);
  };
  for (const op of plan.ops) {
    if (op.kind === 'unary') add(op.input, breakpoints(op.fn));
    else if (op.kind === 'pool' && op.mode === 'max') add(op.input, undefined);
    else if (op.kind === 'binary' && op.operation === 'mul') {
      add(op.left, undefined);
      add(op.right, undefined);
    }
  }
  return targets;
}

/**
 * Tensors whose IBP interval is already the tightest a backward bound could give: elementwise
 * images of the input, and of one linear layer applied to such an image (exact under L∞; under L2
 * they carry the ball radius, which is what the cheap concretization of CROWN would give too).
 */
export function intervalExactTensors(plan: GraphPlan): Uint8Array {
  const exact = new Uint8Array(plan.valueSizes.length);
  exact[0] = 1;
  for (const op of plan.ops) {
    if (op.kind === 'permute' || op.kind === 'scaleShift') exact[op.output] = exact[op.input]!;
    else if (op.kind === 'concat') exact[op.output] = op.inputs.every((v) => exact[v]) ? 1 : 0;
    else if (op.kind === 'dense' || op.kind === 'conv') exact[op.output] = plan.inputScale[op.input] ? 1 : 0;
  }
  return exact;
}

const ROW_BUDGET = 4_000_000;

/**
 * The CROWN bounds of the chunk: intervals first from IBP, then, in topological order, every
 * tensor a relaxation depends on is tightened by a backward bound (only its neurons whose
 * interval straddles a breakpoint, for piecewise-linear activations) before the relaxation is
 * built from it. Returns the relaxations and the tightened boxes.
 */
export function crownIntermediate(
  plan: GraphPlan,
  region: ChunkRegion,
  points: readonly Float64Array[],
  needed: Uint8Array,
  statistics: CrownStatistics,
): { boxes: Boxes; relaxations: (Relaxation | undefined)[] } {
  const targets = boundTargets(plan);
  const exactTensors = intervalExactTensors(plan);
  const relaxations: (Relaxation | undefined)[] = new Array(plan.ops.length);
  const samples = region.samples;
  const maxSize = Math.max(...plan.valueSizes);
  const boxes = intervalForward(plan, region, points, needed, (opIndex, current) => {
    const op = plan.ops[opIndex]!;
    // The op's own relaxation first: tightening its output walks back through it.
    const lo = (u: number) => current.lo[u]!;
    const hi = (u: number) => current.hi[u]!;
    if (op.kind === 'unary') relaxations[opIndex] = relaxUnary(op.fn, lo(op.input), hi(op.input));
    else if (op.kind === 'pool' && op.mode === 'max') {
      relaxations[opIndex] = relaxMaxPool(op, lo(op.input), hi(op.input), samples);
    }
    const v = op.output;
    const target = targets.get(v);
    if (target !== undefined) {
      if (exactTensors[v]) statistics.exactTensors.add(v);
      else refineTensor(plan, region, current, relaxations, v, target, samples, maxSize, statistics);
    }
  });
  return { boxes, relaxations };
}

function refineTensor(
  plan: GraphPlan,
  region: ChunkRegion,
  boxes: Boxes,
  relaxations: (Relaxation | undefined)[],
  v: number,
  target: readonly number[] | 'all',
  samples: number,
  maxSize: number,
  statistics: CrownStatistics,
): void {
  const lo = boxes.lo[v]!;
  const hi = boxes.hi[v]!;
  const size = plan.valueSizes[v]!;
  const context: BackwardContext = { plan, region, boxes, mode: 'crown', relaxations };
  const neuronsPerPass = Math.max(1, Math.floor(ROW_BUDGET / (2 * maxSize)));
  for (let s = 0; s < samples; s++) {
    if (boxes.unbounded[s]) continue;
    const base = s * size;
    const neurons: number[] = [];
    for (let k = 0; k < size; k++) {
      const l = lo[base + k]!;
      const u = hi[base + k]!;
      if (target === 'all' ? l < u : target.some((b) => l < b && b < u)) neurons.push(k);
    }
    for (let startIndex = 0; startIndex < neurons.length; startIndex += neuronsPerPass) {
      const batch = neurons.slice(startIndex, startIndex + neuronsPerPass);
      const rows = 2 * batch.length;
      const spec = new Float64Array(rows * size);
      batch.forEach((k, i) => {
        spec[2 * i * size + k] = 1;
        spec[(2 * i + 1) * size + k] = -1;
      });
      const { bias, input } = backward(context, v, spec, s, 1, rows);
      if (input) concretizeInput(region, input, bias, s, 1, rows, false);
      batch.forEach((k, i) => {
        const lower = Math.max(lo[base + k]!, bias[2 * i]!);
        const upper = Math.min(hi[base + k]!, -bias[2 * i + 1]!);
        // Rounding can cross a bound that is already tight; keep the interval well formed.
        lo[base + k] = Math.min(lower, upper);
        hi[base + k] = Math.max(lower, upper);
      });
      statistics.refinedNeurons += batch.length;
    }
  }
  statistics.refinedTensors.add(v);
}
