/**
 * Certified lower bounds on robust accuracy: for each sample, a proven lower bound of the margin
 * min_{j != y} (z_y - z_j) over every input in the perturbation region. A sample counts as
 * certified only when that bound is positive and the clean input is classified correctly.
 *
 * IBP propagates interval boxes and folds the last linear layers into the margin; CROWN bounds
 * every activation's input by a backward linear bound and relaxes the activation linearly. Both
 * are sound up to float64 rounding. For affine classifiers the robust outcome has a closed form
 * (`exactAffineRobust`), the oracle the attacks are tested against.
 */
import { UsageError } from '../../core/errors.js';
import {
  backward,
  concretizeInput,
  crownIntermediate,
  type BackwardContext,
  type CrownStatistics,
  type Relaxation,
} from './crown.js';
import {
  checkInputLength,
  compilePlan,
  forwardPoint,
  isLinearOp,
  opInputs,
  UnsupportedBoundError,
  type GraphPlan,
} from './evaluate.js';
import type { ModelGraph } from './graph.js';
import {
  chunkRegion,
  intervalForward,
  minOverBallBox,
  opsNeedingBoxes,
  validateRegion,
  type Boxes,
  type ChunkRegion,
} from './interval.js';

export { evaluateGraph, UnsupportedBoundError } from './evaluate.js';

/** Box of valid inputs [lower, upper]^d intersected with the epsilon-ball around each sample. */
export interface PerturbationRegion {
  epsilon: number;
  norm: 'linf' | 'l2';
  lower: number;
  upper: number;
}

export interface CertifyResult {
  /** 1 = provably robust (and clean-correct). */
  certified: Uint8Array;
  /** Per sample: lower bound of min_{j!=y} (z_y - z_j) over the region. */
  marginLowerBounds: Float64Array;
  method: 'ibp' | 'crown';
  notes: string[];
}

export interface AffineForm {
  classes: number;
  inputSize: number;
  /** classes x inputSize. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Work per chunk of samples, in float64 values held at once. */
const CHUNK_VALUES = 4_000_000;
/**
 * The most one sample may need: a chunk holds at least one sample, so a larger need is refused
 * instead of being allocated whatever its size.
 */
export const MAX_SAMPLE_BOUND_VALUES = 8 * CHUNK_VALUES;

/**
 * Samples per chunk: IBP keeps about three values (point, lower, upper) of every tensor, CROWN
 * also a linear bound of `rows` rows, in two halves, over the largest tensor.
 */
function samplesPerChunk(plan: GraphPlan, method: 'ibp' | 'crown', rows: number): number {
  const totalValues = plan.valueSizes.reduce((a, b) => a + b, 0);
  const maxSize = Math.max(...plan.valueSizes);
  const perSample = Math.max(3 * totalValues, method === 'crown' ? 2 * rows * maxSize : 0);
  if (!(perSample <= MAX_SAMPLE_BOUND_VALUES)) {
    // The op that makes the largest tensor (the input itself when that is the largest).
    const op = plan.ops[Math.max(0, plan.valueSizes.indexOf(maxSize) - 1)];
    throw new UnsupportedBoundError(
      op?.opType ?? 'Identity',
      op?.node ?? plan.inputName,
      `the ${method.toUpperCase()} bounds need ${perSample} float64 values for one sample, more than the limit of ${MAX_SAMPLE_BOUND_VALUES}; the model is too large to certify`,
    );
  }
  return Math.max(1, Math.min(256, Math.floor(CHUNK_VALUES / perSample)));
}

function checkLabels(labels: Int32Array, n: number, classes: number): void {
  if (labels.length !== n) {
    throw new UsageError('INVALID_INPUT', `expected ${n} labels, got ${labels.length}`);
  }
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    if (!(y >= 0 && y < classes)) {
      throw new UsageError(
        'INVALID_INPUT',
        `label ${y} of sample ${i} is not a class of a ${classes}-class model`,
      );
    }
  }
}

/** Rows e_y - e_j for every j != y, per sample: samples x (classes - 1) x classes. */
function marginSpecification(
  labels: Int32Array,
  first: number,
  samples: number,
  classes: number,
): Float64Array {
  const rows = classes - 1;
  const spec = new Float64Array(samples * rows * classes);
  for (let s = 0; s < samples; s++) {
    const y = labels[first + s]!;
    for (let r = 0; r < rows; r++) {
      const j = r < y ? r : r + 1;
      const base = (s * rows + r) * classes;
      spec[base + y] = 1;
      spec[base + j] = -1;
    }
  }
  return spec;
}

/** The names of the linear ops the margin is folded through before the first nonlinear op. */
function foldedOps(plan: GraphPlan): string[] {
  const reached = new Uint8Array(plan.valueSizes.length);
  reached[plan.output] = 1;
  const names: string[] = [];
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i]!;
    if (!reached[op.output] || !isLinearOp(op)) continue;
    names.unshift(op.node);
    for (const v of opInputs(op)) reached[v] = 1;
  }
  return names;
}

function finalBounds(
  context: BackwardContext,
  spec: Float64Array,
  samples: number,
  rows: number,
): Float64Array {
  const { bias, input } = backward(context, context.plan.output, spec, 0, samples, rows);
  if (input) concretizeInput(context.region, input, bias, 0, samples, rows, true);
  return bias;
}

export function certify(
  graph: ModelGraph,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  region: PerturbationRegion,
  method: 'ibp' | 'crown',
): CertifyResult {
  validateRegion(region);
  if (method !== 'ibp' && method !== 'crown') {
    throw new UsageError(
      'INVALID_CONFIG',
      `certify method must be 'ibp' or 'crown', got '${String(method)}'`,
    );
  }
  const plan = compilePlan(graph, n);
  checkInputLength(plan, inputs, n);
  const classes = plan.classes;
  if (classes < 2) {
    throw new UsageError(
      'INVALID_INPUT',
      `the graph's output has ${classes} value per sample; certification needs logits of 2 or more classes`,
    );
  }
  checkLabels(labels, n, classes);
  const softmax = plan.ops.find((op) => op.kind === 'softmax');
  if (softmax) {
    throw new UnsupportedBoundError(
      softmax.opType,
      softmax.node,
      'the bounds do not support Softmax: certify the logits',
    );
  }

  const rows = classes - 1;
  const needed = opsNeedingBoxes(plan);
  const chunk = samplesPerChunk(plan, method, rows);

  const certified = new Uint8Array(n);
  const marginLowerBounds = new Float64Array(n);
  const statistics: CrownStatistics = {
    refinedTensors: new Set(),
    refinedNeurons: 0,
    exactTensors: new Set(),
  };
  let unboundedSamples = 0;
  let crownTighter = 0;

  for (let first = 0; first < n; first += chunk) {
    const samples = Math.min(chunk, n - first);
    const chunkBox: ChunkRegion = chunkRegion(inputs, first, samples, plan.inputSize, region);
    const points = forwardPoint(plan, chunkBox.center, samples);
    const logits = points[plan.output]!;
    const spec = marginSpecification(labels, first, samples, classes);
    let rowBounds: Float64Array;
    let boxes: Boxes;
    if (method === 'ibp') {
      boxes = intervalForward(plan, chunkBox, points, needed);
      rowBounds = finalBounds(
        { plan, region: chunkBox, boxes, mode: 'interval', relaxations: [] },
        spec,
        samples,
        rows,
      );
    } else {
      const intermediate = crownIntermediate(plan, chunkBox, points, needed, statistics);
      boxes = intermediate.boxes;
      const relaxations: (Relaxation | undefined)[] = intermediate.relaxations;
      const crownRows = finalBounds(
        { plan, region: chunkBox, boxes, mode: 'crown', relaxations },
        spec,
        samples,
        rows,
      );
      // IBP over the tightened boxes is also sound; per class the better bound is kept.
      const intervalRows = finalBounds(
        { plan, region: chunkBox, boxes, mode: 'interval', relaxations },
        spec,
        samples,
        rows,
      );
      rowBounds = new Float64Array(crownRows.length);
      for (let s = 0; s < samples; s++) {
        let crownMin = Infinity;
        let intervalMin = Infinity;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          rowBounds[q] = Math.max(crownRows[q]!, intervalRows[q]!);
          crownMin = Math.min(crownMin, crownRows[q]!);
          intervalMin = Math.min(intervalMin, intervalRows[q]!);
        }
        if (crownMin > intervalMin) crownTighter++;
      }
    }
    for (let s = 0; s < samples; s++) {
      const y = labels[first + s]!;
      let clean = Infinity;
      let bound = Infinity;
      for (let r = 0; r < rows; r++) {
        const j = r < y ? r : r + 1;
        clean = Math.min(clean, logits[s * classes + y]! - logits[s * classes + j]!);
        bound = Math.min(bound, rowBounds[s * rows + r]!);
      }
      if (boxes.unbounded[s]) unboundedSamples++;
      // The clean input lies in the region, so its margin also bounds the minimum; a NaN margin
      // (the model returns NaN) certifies nothing.
      const lowerBound =
        boxes.unbounded[s] || Number.isNaN(bound) || Number.isNaN(clean) ? -Infinity : Math.min(bound, clean);
      marginLowerBounds[first + s] = lowerBound;
      certified[first + s] = clean > 0 && lowerBound > 0 ? 1 : 0;
    }
  }

  const notes: string[] = [];
  const folded = foldedOps(plan);
  const reachesInput = foldedReachesInput(plan);
  if (method === 'ibp') {
    notes.push(
      reachesInput
        ? 'IBP: the graph is affine, so the margin was bounded exactly over the region'
        : `IBP: interval bounds, with the margin folded through the last linear ops (${folded.join(', ') || 'none'})`,
    );
  } else {
    notes.push(
      `CROWN: backward linear bounds; intermediate bounds by CROWN for ${statistics.refinedTensors.size} tensor(s) ` +
        `(${statistics.refinedNeurons} neuron bounds over all samples, unstable neurons only for piecewise-linear activations), ` +
        `by IBP for ${statistics.exactTensors.size} tensor(s) that are one linear layer from the input, where IBP is already as tight`,
    );
    notes.push(
      `CROWN: each class margin takes the better of the CROWN and the folded-IBP bound; CROWN was tighter on ${crownTighter} of ${n} samples`,
    );
    const maxPools = plan.ops.filter((op) => op.kind === 'pool' && op.mode === 'max').map((op) => op.node);
    if (maxPools.length > 0) {
      notes.push(
        `CROWN: MaxPool (${maxPools.join(', ')}) relaxed by its input with the largest lower bound (below) and the largest upper bound (above)`,
      );
    }
    const smooth = plan.ops
      .filter((op) => op.kind === 'unary' && breakpointFree(op.fn.kind))
      .map((op) => `${op.opType} ${op.node}`);
    if (smooth.length > 0)
      notes.push(
        `CROWN: ${smooth.join(', ')} relaxed by lines of the chord's slope through the function's extremes`,
      );
    const products = plan.ops
      .filter((op) => op.kind === 'binary' && op.operation === 'mul')
      .map((op) => op.node);
    if (products.length > 0)
      notes.push(`CROWN: products of computed tensors (${products.join(', ')}) relaxed by McCormick planes`);
  }
  if (region.norm === 'l2') {
    const radii = plan.ops
      .filter((op) => plan.l2Radius[op.output] && needed[plan.ops.indexOf(op)])
      .map((op) => op.node);
    notes.push(
      (radii.length > 0
        ? `L2: first linear layer(s) (${radii.join(', ')}) bounded by each neuron's exact radius over the ball, intersected with the box; later layers by intervals`
        : 'L2: intervals start from the box that encloses ball ∩ range') +
        (method === 'crown'
          ? '; backward bounds minimised over ball ∩ box by dual bisection (final margins) or the better of ball and box alone (intermediate bounds)'
          : ''),
    );
  }
  if (unboundedSamples > 0) {
    notes.push(
      `${unboundedSamples} sample(s) have unbounded intermediate values (Log of a non-positive bound or Exp overflow): margin bound -Infinity`,
    );
  }
  return { certified, marginLowerBounds, method, notes };
}

function breakpointFree(kind: string): boolean {
  return kind === 'sigmoid' || kind === 'tanh' || kind === 'exp' || kind === 'log';
}

/** Whether the folded margin walk reaches the input without meeting a nonlinear op. */
function foldedReachesInput(plan: GraphPlan): boolean {
  return plan.ops.every((op) => isLinearOp(op));
}

const NO_BOXES: Boxes = { lo: [], hi: [], unbounded: new Uint8Array(0) };

/** The exact affine map of a graph with no nonlinearity (Gemm/MatMul/Add/Flatten/... only), else undefined. */
export function affineForm(graph: ModelGraph): AffineForm | undefined {
  const plan = compilePlan(graph, 1);
  if (!plan.ops.every((op) => isLinearOp(op))) return undefined;
  const classes = plan.classes;
  const spec = new Float64Array(classes * classes);
  for (let j = 0; j < classes; j++) spec[j * classes + j] = 1;
  const region: ChunkRegion = {
    samples: 1,
    norm: 'linf',
    epsilon: 0,
    center: new Float64Array(plan.inputSize),
    lo: new Float64Array(plan.inputSize),
    hi: new Float64Array(plan.inputSize),
  };
  const { bias, input } = backward(
    { plan, region, boxes: NO_BOXES, mode: 'interval', relaxations: [] },
    plan.output,
    spec,
    0,
    1,
    classes,
  );
  return {
    classes,
    inputSize: plan.inputSize,
    weights: input ?? new Float64Array(classes * plan.inputSize),
    bias,
  };
}

/**
 * Exact robust accuracy outcome per sample for an affine classifier: 1 iff no x' in ball ∩ box
 * flips the label (and clean-correct). Per class j the minimum of (w_y - w_j)·x' + (b_y - b_j) is
 * closed-form under L∞ (each coordinate at the end of its interval that lowers it) and, under L2,
 * at δ = clip(-μc, l, u) with μ chosen by bisection so that ||δ||_2 = eps (the KKT point).
 */
export function exactAffineRobust(
  form: AffineForm,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  region: PerturbationRegion,
): Uint8Array {
  validateRegion(region);
  const { classes, inputSize: d, weights, bias } = form;
  if (weights.length !== classes * d || bias.length !== classes) {
    throw new UsageError(
      'INVALID_INPUT',
      `the affine form's weights (${weights.length}) or bias (${bias.length}) do not match ${classes} x ${d}`,
    );
  }
  if (inputs.length !== n * d) {
    throw new UsageError(
      'INVALID_INPUT',
      `expected ${n} samples of ${d} values, got ${inputs.length} values`,
    );
  }
  checkLabels(labels, n, classes);
  const robust = new Uint8Array(n);
  const c = new Float64Array(d);
  const dl = new Float64Array(d);
  const du = new Float64Array(d);
  const chunk = Math.max(1, Math.floor(CHUNK_VALUES / (3 * d)));
  for (let first = 0; first < n; first += chunk) {
    const samples = Math.min(chunk, n - first);
    const box = chunkRegion(inputs, first, samples, d, region);
    for (let s = 0; s < samples; s++) {
      const y = labels[first + s]!;
      const base = s * d;
      for (let k = 0; k < d; k++) {
        dl[k] = box.lo[base + k]! - box.center[base + k]!;
        du[k] = box.hi[base + k]! - box.center[base + k]!;
      }
      let isRobust = true;
      for (let j = 0; j < classes && isRobust; j++) {
        if (j === y) continue;
        let atCenter = bias[y]! - bias[j]!;
        for (let k = 0; k < d; k++) {
          c[k] = weights[y * d + k]! - weights[j * d + k]!;
          atCenter += c[k]! * box.center[base + k]!;
        }
        if (!(atCenter > 0)) {
          isRobust = false;
          break;
        }
        let worst: number;
        if (region.norm === 'linf') {
          worst = atCenter;
          for (let k = 0; k < d; k++) worst += c[k]! > 0 ? c[k]! * dl[k]! : c[k]! * du[k]!;
        } else {
          const { lower, upper } = minOverBallBox(c, 0, d, dl, du, 0, region.epsilon, 200);
          // lower <= min <= upper, within rounding of each other; a sign between them is decided by the middle.
          if (atCenter + lower > 0) worst = atCenter + lower;
          else if (atCenter + upper <= 0) worst = atCenter + upper;
          else worst = atCenter + 0.5 * (lower + upper);
        }
        if (!(worst > 0)) isRobust = false;
      }
      robust[first + s] = isRobust ? 1 : 0;
    }
  }
  return robust;
}
