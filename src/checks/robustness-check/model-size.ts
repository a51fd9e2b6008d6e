/**
 * Per-sample sizes of a classifier graph's intermediate values, from a shape inference at batch 1.
 *
 * The model comes from a pull request: a few bytes of graph can ask for an activation far larger
 * than the file (a [1, 1e4] tensor broadcast against a [1e4, 1] one is 1e8 values). The sizes
 * are known before any tensor is allocated, so such a model is refused up front, and the callers
 * that batch samples size their batches by them. Ops this inference does not know leave their
 * outputs unknown (and the values computed from them); they are skipped, not guessed.
 */
import { UsageError } from '../../core/errors.js';
import { broadcastShapes, type GraphNode, type ModelGraph, type TensorValue } from './graph.js';

/** The largest value, and the sum of all computed values, one sample may need. */
export const MAX_SAMPLE_VALUES = 64 * 2 ** 20;

/** Integer tensors up to this size keep their data, so shape arithmetic (Shape -> Gather -> Concat) folds. */
const MAX_FOLDED_VALUES = 64;

export interface ModelSizes {
  /** Values of one sample (batch 1) of each node output whose shape is known, in node order. */
  readonly values: readonly { readonly node: GraphNode; readonly output: string; readonly size: number }[];
  readonly largest: number;
  readonly total: number;
}

interface Inferred {
  readonly shape: readonly number[];
  /** The values of a small integer tensor computed from constants or shapes. */
  readonly data?: readonly number[];
}

const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

const SAME_SHAPE = new Set([
  'Abs',
  'Acos',
  'Asin',
  'Atan',
  'BatchNormalization',
  'Ceil',
  'Celu',
  'Clip',
  'Cos',
  'Cosh',
  'Dropout',
  'Elu',
  'Erf',
  'Exp',
  'Floor',
  'Gelu',
  'HardSigmoid',
  'HardSwish',
  'Hardmax',
  'Identity',
  'InstanceNormalization',
  'IsInf',
  'IsNaN',
  'LayerNormalization',
  'LeakyRelu',
  'Log',
  'LogSoftmax',
  'LRN',
  'MeanVarianceNormalization',
  'Mish',
  'Neg',
  'Not',
  'Reciprocal',
  'Relu',
  'Round',
  'Selu',
  'Shrink',
  'Sigmoid',
  'Sign',
  'Sin',
  'Sinh',
  'Softmax',
  'Softplus',
  'Softsign',
  'Sqrt',
  'Tan',
  'Tanh',
  'ThresholdedRelu',
  'CumSum',
]);

const BROADCAST = new Set([
  'Add',
  'And',
  'BitShift',
  'Div',
  'Equal',
  'Greater',
  'GreaterOrEqual',
  'Less',
  'LessOrEqual',
  'Max',
  'Mean',
  'Min',
  'Mod',
  'Mul',
  'Or',
  'Pow',
  'PRelu',
  'Sub',
  'Sum',
  'Where',
  'Xor',
]);

const REDUCE = new Set([
  'ReduceL1',
  'ReduceL2',
  'ReduceLogSum',
  'ReduceLogSumExp',
  'ReduceMax',
  'ReduceMean',
  'ReduceMin',
  'ReduceProd',
  'ReduceSum',
  'ReduceSumSquare',
  'ArgMax',
  'ArgMin',
]);

function intAttr(node: GraphNode, name: string, fallback: number): number {
  const a = node.attributes[name];
  return a?.kind === 'int' ? a.value : fallback;
}

function intsAttr(node: GraphNode, name: string): readonly number[] | undefined {
  const a = node.attributes[name];
  return a?.kind === 'ints' ? a.value : undefined;
}

function fromTensor(tensor: TensorValue): Inferred {
  const shape = [...tensor.dims];
  const integer = !(tensor.data instanceof Float32Array || tensor.data instanceof Float64Array);
  if (!integer || tensor.data.length > MAX_FOLDED_VALUES) return { shape };
  return { shape, data: Array.from(tensor.data as ArrayLike<number | bigint>, Number) };
}

const isDimension = (d: number): boolean => Number.isInteger(d) && d >= 0;

function normalize(axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  return Number.isInteger(a) && a >= 0 && a < rank ? a : undefined;
}

/** Broadcast shapes, or undefined when they do not broadcast (onnxruntime then refuses the model). */
function broadcastAll(shapes: readonly (readonly number[])[]): number[] | undefined {
  let out: number[] | undefined = [];
  for (const s of shapes) out = out && broadcastShapes(out, s);
  return out;
}

/** Spatial output sizes of a convolution or pooling window; undefined when an attribute is odd. */
function windowOutput(
  node: GraphNode,
  spatial: readonly number[],
  kernel: readonly number[],
  ceil: boolean,
): number[] | undefined {
  const rank = spatial.length;
  const strides = intsAttr(node, 'strides') ?? new Array<number>(rank).fill(1);
  const dilations = intsAttr(node, 'dilations') ?? new Array<number>(rank).fill(1);
  const pads = intsAttr(node, 'pads') ?? new Array<number>(2 * rank).fill(0);
  const autoPad = node.attributes['auto_pad'];
  const mode = autoPad?.kind === 'string' ? autoPad.value : 'NOTSET';
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const stride = strides[i] ?? 1;
    const dilation = dilations[i] ?? 1;
    if (!(stride >= 1) || !(dilation >= 1)) return undefined;
    if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
      out.push(Math.ceil(spatial[i]! / stride));
      continue;
    }
    const padded = spatial[i]! + (mode === 'VALID' ? 0 : (pads[i] ?? 0) + (pads[i + rank] ?? 0));
    const span = dilation * (kernel[i]! - 1) + 1;
    const steps = (padded - span) / stride;
    out.push(Math.max(0, (ceil ? Math.ceil(steps) : Math.floor(steps)) + 1));
  }
  return out;
}

function reshape(
  input: readonly number[],
  target: readonly number[],
  allowZero: boolean,
): number[] | undefined {
  const out = target.map((d, i) => (d === 0 && !allowZero ? input[i] : d));
  if (out.some((d) => d === undefined)) return undefined;
  const resolved = out as number[];
  const inferred = resolved.indexOf(-1);
  if (inferred >= 0) {
    const known = product(resolved.filter((_, i) => i !== inferred));
    if (known === 0) return undefined;
    resolved[inferred] = product(input) / known;
  }
  return resolved.every(isDimension) ? resolved : undefined;
}

function foldArithmetic(
  op: string,
  a: Inferred,
  b: Inferred,
  shape: readonly number[],
): number[] | undefined {
  if (!a.data || !b.data || product(shape) > MAX_FOLDED_VALUES) return undefined;
  if (a.data.length !== 1 && b.data.length !== 1 && a.data.length !== b.data.length) return undefined;
  const n = product(shape);
  const at = (d: readonly number[], i: number) => d[d.length === 1 ? 0 : i]!;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = at(a.data, i);
    const r = at(b.data, i);
    out.push(op === 'Add' ? l + r : op === 'Sub' ? l - r : op === 'Mul' ? l * r : Math.trunc(l / r));
  }
  return out;
}

/** The shapes of one node's outputs (undefined entries where it cannot tell). */
function inferNode(node: GraphNode, input: (i: number) => Inferred | undefined): (Inferred | undefined)[] {
  const x = input(0);
  const op = node.opType;
  if (SAME_SHAPE.has(op)) return x ? [{ shape: x.shape }] : [];
  if (BROADCAST.has(op)) {
    const operands = node.inputs.map((_, i) => input(i));
    if (operands.some((v) => v === undefined)) return [];
    const shape = broadcastAll(operands.map((v) => v!.shape));
    if (!shape) return [];
    const data =
      operands.length === 2 && ['Add', 'Sub', 'Mul', 'Div'].includes(op)
        ? foldArithmetic(op, operands[0]!, operands[1]!, shape)
        : undefined;
    return [data ? { shape, data } : { shape }];
  }
  if (REDUCE.has(op)) {
    if (!x) return [];
    const axesInput = op !== 'ArgMax' && op !== 'ArgMin' ? input(1) : undefined;
    const single = node.attributes['axis'];
    const axes =
      axesInput?.data ?? intsAttr(node, 'axes') ?? (single?.kind === 'int' ? [single.value] : undefined);
    const keep = intAttr(node, 'keepdims', 1) === 1;
    const reduced = new Set((axes ?? x.shape.map((_, i) => i)).map((a) => normalize(a, x.shape.length)));
    const shape: number[] = [];
    x.shape.forEach((d, i) => {
      if (!reduced.has(i)) shape.push(d);
      else if (keep) shape.push(1);
    });
    return [{ shape }];
  }
  switch (op) {
    case 'Constant': {
      const value = node.attributes['value'];
      if (value?.kind === 'tensor') return [fromTensor(value.value)];
      const ints = node.attributes['value_ints'];
      if (ints?.kind === 'ints') return [{ shape: [ints.value.length], data: ints.value }];
      const int = node.attributes['value_int'];
      if (int?.kind === 'int') return [{ shape: [], data: [int.value] }];
      return [];
    }
    case 'Cast':
      return x ? [x] : [];
    case 'Shape': {
      if (!x) return [];
      const rank = x.shape.length;
      const start = normalize(Math.max(-rank, Math.min(rank - 1, intAttr(node, 'start', 0))), rank) ?? 0;
      const endAttr = intAttr(node, 'end', rank);
      const end = Math.max(0, Math.min(rank, endAttr < 0 ? endAttr + rank : endAttr));
      const dims = x.shape.slice(start, end);
      return [{ shape: [dims.length], data: dims }];
    }
    case 'Size':
      return x ? [{ shape: [], data: [product(x.shape)] }] : [];
    case 'ConstantOfShape': {
      const dims = x?.data;
      if (!dims || !dims.every(isDimension)) return [];
      return [{ shape: dims }];
    }
    case 'Gather': {
      const indices = input(1);
      if (!x || !indices) return [];
      const axis = normalize(intAttr(node, 'axis', 0), x.shape.length);
      if (axis === undefined) return [];
      const shape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
      if (x.data && indices.data && x.shape.length === 1) {
        const data = indices.data.map((i) => x.data![i < 0 ? i + x.data!.length : i]);
        if (data.every((d) => d !== undefined)) return [{ shape, data: data as number[] }];
      }
      return [{ shape }];
    }
    case 'Unsqueeze':
    case 'Squeeze': {
      if (!x) return [];
      const axes = input(1)?.data ?? intsAttr(node, 'axes');
      if (op === 'Squeeze') {
        const rank = x.shape.length;
        const drop = new Set(
          axes ? axes.map((a) => normalize(a, rank)) : x.shape.flatMap((d, i) => (d === 1 ? [i] : [])),
        );
        return [{ shape: x.shape.filter((_, i) => !drop.has(i)), ...(x.data ? { data: x.data } : {}) }];
      }
      if (!axes) return [];
      const rank = x.shape.length + axes.length;
      const added = new Set(axes.map((a) => normalize(a, rank)));
      const shape: number[] = [];
      let next = 0;
      for (let i = 0; i < rank; i++) shape.push(added.has(i) ? 1 : (x.shape[next++] ?? 1));
      return [{ shape, ...(x.data ? { data: x.data } : {}) }];
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => input(i));
      if (parts.some((p) => p === undefined) || parts.length === 0) return [];
      const first = parts[0]!.shape;
      const axis = normalize(intAttr(node, 'axis', 0), first.length);
      if (axis === undefined) return [];
      const shape = [...first];
      shape[axis] = parts.reduce((sum, p) => sum + (p!.shape[axis] ?? 0), 0);
      const data =
        parts.every((p) => p!.data) && first.length === 1 ? parts.flatMap((p) => p!.data!) : undefined;
      return [data ? { shape, data } : { shape }];
    }
    case 'Reshape': {
      const target = input(1)?.data ?? intsAttr(node, 'shape');
      if (!x || !target) return [];
      const shape = reshape(x.shape, target, intAttr(node, 'allowzero', 0) === 1);
      return shape ? [{ shape, ...(x.data ? { data: x.data } : {}) }] : [];
    }
    case 'Flatten': {
      if (!x) return [];
      const rank = x.shape.length;
      const axis = intAttr(node, 'axis', 1);
      const split = axis < 0 ? axis + rank : axis;
      return [{ shape: [product(x.shape.slice(0, split)), product(x.shape.slice(split))] }];
    }
    case 'Transpose': {
      if (!x) return [];
      const perm = intsAttr(node, 'perm') ?? x.shape.map((_, i) => x.shape.length - 1 - i);
      return [{ shape: perm.map((p) => x.shape[p] ?? 1) }];
    }
    case 'Expand': {
      const target = input(1)?.data;
      if (!x || !target) return [];
      const shape = broadcastShapes(x.shape, target);
      return shape ? [{ shape }] : [];
    }
    case 'Tile': {
      const repeats = input(1)?.data;
      if (!x || !repeats || repeats.length !== x.shape.length) return [];
      return [{ shape: x.shape.map((d, i) => d * repeats[i]!) }];
    }
    case 'Pad': {
      const pads = input(1)?.data ?? intsAttr(node, 'pads');
      if (!x || !pads) return [];
      const rank = x.shape.length;
      const axes = input(3)?.data ?? x.shape.map((_, i) => i);
      const shape = [...x.shape];
      axes.forEach((a, k) => {
        const axis = normalize(a, rank);
        if (axis !== undefined) shape[axis] = shape[axis]! + pads[k]! + pads[k + axes.length]!;
      });
      return [{ shape }];
    }
    case 'Slice': {
      const starts = input(1)?.data ?? intsAttr(node, 'starts');
      const ends = input(2)?.data ?? intsAttr(node, 'ends');
      if (!x || !starts || !ends) return [];
      const axes = input(3)?.data ?? intsAttr(node, 'axes') ?? starts.map((_, i) => i);
      const steps = input(4)?.data ?? starts.map(() => 1);
      const shape = [...x.shape];
      const begins: number[] = [];
      for (let k = 0; k < starts.length; k++) {
        const axis = normalize(axes[k] ?? k, shape.length);
        const step = steps[k] ?? 1;
        if (axis === undefined || step === 0) return [];
        const d = x.shape[axis]!;
        const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v < 0 ? v + d : v));
        const start = step > 0 ? clamp(starts[k]!, 0, d) : clamp(starts[k]!, -1, d - 1);
        const end = step > 0 ? clamp(ends[k]!, 0, d) : clamp(ends[k]!, -1, d - 1);
        begins.push(start);
        shape[axis] = Math.max(0, Math.ceil((end - start) / step));
      }
      const data =
        x.data && x.shape.length === 1 && starts.length === 1 && (steps[0] ?? 1) === 1
          ? x.data.slice(begins[0], begins[0]! + shape[0]!)
          : undefined;
      return [data ? { shape, data } : { shape }];
    }
    case 'Split': {
      if (!x) return [];
      const axis = normalize(intAttr(node, 'axis', 0), x.shape.length);
      if (axis === undefined) return [];
      const length = x.shape[axis]!;
      const count = node.outputs.length;
      const parts =
        input(1)?.data ??
        intsAttr(node, 'split') ??
        Array.from({ length: count }, (_, i) => {
          const part = Math.ceil(length / count);
          return Math.max(0, Math.min(part, length - i * part));
        });
      return parts.map((part) => ({ shape: x.shape.map((d, i) => (i === axis ? part : d)) }));
    }
    case 'MatMul': {
      const w = input(1);
      if (!x || !w || x.shape.length === 0 || w.shape.length === 0) return [];
      const a = x.shape.length === 1 ? [1, x.shape[0]!] : x.shape;
      const b = w.shape.length === 1 ? [w.shape[0]!, 1] : w.shape;
      const batch = broadcastShapes(a.slice(0, -2), b.slice(0, -2));
      if (!batch) return [];
      const shape = [...batch];
      if (x.shape.length > 1) shape.push(a[a.length - 2]!);
      if (w.shape.length > 1) shape.push(b[b.length - 1]!);
      return [{ shape }];
    }
    case 'Gemm': {
      const w = input(1);
      if (!x || !w || x.shape.length !== 2 || w.shape.length !== 2) return [];
      const rows = intAttr(node, 'transA', 0) ? x.shape[1]! : x.shape[0]!;
      const columns = intAttr(node, 'transB', 0) ? w.shape[0]! : w.shape[1]!;
      return [{ shape: [rows, columns] }];
    }
    case 'Conv':
    case 'ConvInteger': {
      const w = input(1);
      if (!x || !w || x.shape.length < 3 || w.shape.length !== x.shape.length) return [];
      const spatial = windowOutput(node, x.shape.slice(2), w.shape.slice(2), false);
      return spatial ? [{ shape: [x.shape[0]!, w.shape[0]!, ...spatial] }] : [];
    }
    case 'MaxPool':
    case 'AveragePool':
    case 'LpPool': {
      const kernel = intsAttr(node, 'kernel_shape');
      if (!x || !kernel || x.shape.length !== kernel.length + 2) return [];
      const spatial = windowOutput(node, x.shape.slice(2), kernel, intAttr(node, 'ceil_mode', 0) === 1);
      if (!spatial) return [];
      const shape = [x.shape[0]!, x.shape[1]!, ...spatial];
      return [{ shape }, { shape }];
    }
    case 'GlobalAveragePool':
    case 'GlobalMaxPool':
    case 'GlobalLpPool':
      return x ? [{ shape: x.shape.map((d, i) => (i < 2 ? d : 1)) }] : [];
    case 'Resize':
    case 'Upsample': {
      if (!x) return [];
      const sizes = op === 'Resize' ? input(3)?.data : undefined;
      if (sizes && sizes.length === x.shape.length) return [{ shape: sizes }];
      return [];
    }
    default:
      return [];
  }
}

/** The per-sample (batch 1) sizes of the graph's computed values, as far as their shapes are known. */
export function modelSizes(graph: ModelGraph): ModelSizes {
  const known = new Map<string, Inferred>();
  for (const [name, tensor] of graph.initializers) known.set(name, fromTensor(tensor));
  for (const info of graph.inputs) {
    const shape = info.shape?.map((d, i) => (typeof d === 'number' ? d : i === 0 ? 1 : undefined));
    if (shape && shape.every((d): d is number => d !== undefined && isDimension(d))) {
      known.set(info.name, { shape: shape.map((d, i) => (i === 0 ? 1 : d)) });
    }
  }
  const values: { node: GraphNode; output: string; size: number }[] = [];
  let largest = 0;
  let total = 0;
  for (const node of graph.nodes) {
    const outputs = inferNode(node, (i) => {
      const name = node.inputs[i];
      return name === undefined || name === '' ? undefined : known.get(name);
    });
    node.outputs.forEach((name, i) => {
      const value = outputs[i];
      if (name === '' || !value || !value.shape.every(isDimension)) return;
      known.set(name, value);
      const size = product(value.shape);
      values.push({ node, output: name, size });
      largest = Math.max(largest, size);
      total += size;
    });
  }
  return { values, largest, total };
}

function tooLarge(file: string, what: string): UsageError {
  return new UsageError(
    'INVALID_INPUT',
    `${file}: ${what}, more than the limit of ${MAX_SAMPLE_VALUES} values per sample; the model is too large to evaluate`,
  );
}

/**
 * Refuses a classifier graph whose largest intermediate value, or all of them together, would
 * hold more than MAX_SAMPLE_VALUES values for one sample. Returns the sizes for batching.
 */
export function checkModelSize(graph: ModelGraph, file: string): ModelSizes {
  const sizes = modelSizes(graph);
  for (const { node, output, size } of sizes.values) {
    if (!(size <= MAX_SAMPLE_VALUES)) {
      throw tooLarge(
        file,
        `${node.opType} node '${node.name}' makes '${output}' of ${size} values per sample`,
      );
    }
  }
  if (!(sizes.total <= MAX_SAMPLE_VALUES)) {
    throw tooLarge(file, `the intermediate values of the model hold ${sizes.total} values per sample`);
  }
  return sizes;
}

/**
 * Rows per call so that all intermediate values of a call hold at most `budget` values (at least
 * one row): `batchSize` is an upper bound, not a multiplier of an activation of any size.
 */
export function rowsWithinBudget(perSampleValues: number, batchSize: number, budget: number): number {
  if (!(perSampleValues > 0)) return batchSize;
  return Math.max(1, Math.min(batchSize, Math.floor(budget / perSampleValues)));
}
