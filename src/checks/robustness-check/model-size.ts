/**
 * Sizes of a classifier graph's intermediate values, from a shape inference run before any tensor
 * is allocated.
 *
 * The model comes from a pull request: a few bytes of graph can ask for an activation far larger
 * than the file (a [1, 1e4] tensor broadcast against a [1e4, 1] one is 1e8 values). So the
 * inference fails closed: a value computed from the input whose shape it cannot tell refuses the
 * model, since onnxruntime would allocate whatever it turns out to be. It runs at several batch
 * sizes, because the callers size their batches by the per-sample sizes and a value that grows
 * faster than the batch (a [N, N] product of the input with itself) has no per-sample size.
 * Values computed from constants alone do not grow with the batch; they are bounded once.
 */
import { UsageError } from '../../core/errors.js';
import { broadcastShapes, DataType, type GraphNode, type ModelGraph, type TensorValue } from './graph.js';

/** The largest value, and the sum of all computed values, one sample may need. */
export const MAX_SAMPLE_VALUES = 64 * 2 ** 20;

/** Values computed from constants alone, all together: a 2 GiB model file of float32 values. */
export const MAX_CONSTANT_VALUES = 2 ** 29;

/** Small tensors keep their data, so shape arithmetic (Shape -> Gather -> Concat) folds. */
const MAX_FOLDED_VALUES = 64;

/**
 * The batch sizes the inference runs at besides 1: a value of size s at batch 1 must stay within
 * b * s at batch b. The larger one catches growth that only shows past a constant offset.
 */
const GROWTH_BATCHES = [2, 256] as const;

export interface SizedValue {
  readonly node: GraphNode;
  readonly output: string;
  readonly size: number;
}

export interface ModelSizes {
  /** Values of one sample (batch 1) of each node output computed from the input, in node order. */
  readonly values: readonly SizedValue[];
  readonly largest: number;
  readonly total: number;
  /** Node outputs computed from constants alone: computed once, whatever the batch. */
  readonly constants: readonly SizedValue[];
  readonly constantTotal: number;
}

interface Inferred {
  readonly shape: readonly number[];
  /** The values of a small tensor computed from constants or shapes. */
  readonly data?: readonly number[];
  /** Set when `data` are floating-point values (scales): shapes and axes take them only through a Cast. */
  readonly real?: boolean;
}

const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

/** Integer data of a value: what a shape, axes or repeats input may take. */
const ints = (v: Inferred | undefined): readonly number[] | undefined => (v && !v.real ? v.data : undefined);

/** Data of either kind: scales, Range bounds, OneHot depth. */
const numbers = (v: Inferred | undefined): readonly number[] | undefined => v?.data;

const withData = (shape: readonly number[], data: readonly number[] | undefined, real = false): Inferred =>
  data && data.length === product(shape) && data.every(Number.isFinite)
    ? { shape, data, ...(real ? { real } : {}) }
    : { shape };

const SAME_SHAPE = new Set([
  'Acos',
  'Asin',
  'Atan',
  'Celu',
  'Clip',
  'Cos',
  'Cosh',
  'CumSum',
  'DequantizeLinear',
  'Elu',
  'Erf',
  'Exp',
  'EyeLike',
  'Gelu',
  'HardSigmoid',
  'HardSwish',
  'Hardmax',
  'InstanceNormalization',
  'IsInf',
  'IsNaN',
  'LeakyRelu',
  'Log',
  'LogSoftmax',
  'LRN',
  'MeanVarianceNormalization',
  'Mish',
  'Not',
  'QuantizeLinear',
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
  'Trilu',
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
]);

function intAttr(node: GraphNode, name: string, fallback: number): number {
  const a = node.attributes[name];
  return a?.kind === 'int' ? a.value : fallback;
}

function intsAttr(node: GraphNode, name: string): readonly number[] | undefined {
  const a = node.attributes[name];
  return a?.kind === 'ints' ? a.value : undefined;
}

function floatsAttr(node: GraphNode, name: string): readonly number[] | undefined {
  const a = node.attributes[name];
  return a?.kind === 'floats' ? a.value : undefined;
}

function fromTensor(tensor: TensorValue): Inferred {
  const shape = [...tensor.dims];
  if (tensor.data.length > MAX_FOLDED_VALUES) return { shape };
  const real = tensor.data instanceof Float32Array || tensor.data instanceof Float64Array;
  return withData(shape, Array.from(tensor.data as ArrayLike<number | bigint>, Number), real);
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

function padsAndStrides(node: GraphNode, rank: number) {
  return {
    strides: intsAttr(node, 'strides') ?? new Array<number>(rank).fill(1),
    dilations: intsAttr(node, 'dilations') ?? new Array<number>(rank).fill(1),
    pads: intsAttr(node, 'pads') ?? new Array<number>(2 * rank).fill(0),
    mode: node.attributes['auto_pad']?.kind === 'string' ? node.attributes['auto_pad'].value : 'NOTSET',
  };
}

/** Spatial output sizes of a convolution or pooling window; undefined when an attribute is odd. */
function windowOutput(
  node: GraphNode,
  spatial: readonly number[],
  kernel: readonly number[],
  ceil: boolean,
): number[] | undefined {
  const rank = spatial.length;
  const { strides, dilations, pads, mode } = padsAndStrides(node, rank);
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

/** Spatial output sizes of a transposed convolution (the ONNX formula), or undefined. */
function transposedOutput(
  node: GraphNode,
  spatial: readonly number[],
  kernel: readonly number[],
): number[] | undefined {
  const rank = spatial.length;
  const explicit = intsAttr(node, 'output_shape');
  if (explicit) return explicit.length === rank ? [...explicit] : undefined;
  const { strides, dilations, pads, mode } = padsAndStrides(node, rank);
  const outputPadding = intsAttr(node, 'output_padding') ?? new Array<number>(rank).fill(0);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const stride = strides[i] ?? 1;
    const dilation = dilations[i] ?? 1;
    if (!(stride >= 1) || !(dilation >= 1)) return undefined;
    if (mode === 'SAME_UPPER' || mode === 'SAME_LOWER') {
      out.push(spatial[i]! * stride);
      continue;
    }
    const padding = mode === 'VALID' ? 0 : (pads[i] ?? 0) + (pads[i + rank] ?? 0);
    const span = dilation * (kernel[i]! - 1) + 1;
    out.push(stride * (spatial[i]! - 1) + (outputPadding[i] ?? 0) + span - padding);
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

const FOLDED_BINARY: Readonly<Record<string, (l: number, r: number, real: boolean) => number>> = {
  Add: (l, r) => l + r,
  Sub: (l, r) => l - r,
  Mul: (l, r) => l * r,
  Div: (l, r, real) => (r === 0 ? NaN : real ? l / r : Math.trunc(l / r)),
  Max: (l, r) => Math.max(l, r),
  Min: (l, r) => Math.min(l, r),
  Equal: (l, r) => (l === r ? 1 : 0),
};

const FOLDED_UNARY: Readonly<Record<string, (v: number) => number>> = {
  Abs: Math.abs,
  Neg: (v) => -v,
  Floor: Math.floor,
  Ceil: Math.ceil,
};

/**
 * Element-wise arithmetic on small tensors, when every operand keeps its data: integer shape
 * arithmetic, and the float scale arithmetic exporters write for Upsample (Cast, Mul, Floor).
 */
function foldElementwise(op: string, operands: readonly Inferred[], shape: readonly number[]): Inferred {
  const n = product(shape);
  const data = operands.map((v) => v.data);
  if (n > MAX_FOLDED_VALUES || data.some((d) => !d || (d.length !== 1 && d.length !== n))) return { shape };
  const at = (d: readonly number[] | undefined, i: number) => d![d!.length === 1 ? 0 : i]!;
  const values = op === 'Where' ? operands.slice(1) : operands;
  const real = values.some((v) => v.real);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (op === 'Where') {
      out.push(at(data[0], i) !== 0 ? at(data[1], i) : at(data[2], i));
      continue;
    }
    const fold = FOLDED_BINARY[op]!;
    out.push(data.slice(1).reduce((acc: number, d) => fold(acc, at(d, i), real), at(data[0], i)));
  }
  return withData(shape, out, real && op !== 'Equal');
}

/** Resize and Upsample output: the input's dimensions scaled, or set, by constant inputs. */
function resized(node: GraphNode, opset: number, input: (i: number) => Inferred | undefined) {
  const x = input(0);
  if (!x) return undefined;
  const rank = x.shape.length;
  const policy = node.attributes['keep_aspect_ratio_policy'];
  if (policy && !(policy.kind === 'string' && policy.value === 'stretch')) return undefined;
  const axes = (intsAttr(node, 'axes') ?? x.shape.map((_, i) => i)).map((a) => normalize(a, rank));
  if (axes.some((a) => a === undefined)) return undefined;
  const scalesIndex = node.opType === 'Upsample' || opset < 11 ? 1 : 2;
  const given = (i: number) => node.inputs[i] !== undefined && node.inputs[i] !== '';
  const sizes = node.opType === 'Resize' && opset >= 11 && given(3) ? ints(input(3)) : undefined;
  const scales = given(scalesIndex) ? numbers(input(scalesIndex)) : floatsAttr(node, 'scales');
  const shape = [...x.shape];
  const factors = sizes ?? scales;
  if (!factors || factors.length !== axes.length) return undefined;
  axes.forEach((axis, k) => {
    shape[axis!] = sizes ? sizes[k]! : Math.floor(x.shape[axis!]! * scales![k]!);
  });
  return shape;
}

/** The shapes of one node's outputs (undefined entries where it cannot tell). */
function inferNode(
  node: GraphNode,
  opset: number,
  input: (i: number) => Inferred | undefined,
): (Inferred | undefined)[] {
  const x = input(0);
  const op = node.opType;
  if (node.domain !== '' && node.domain !== 'ai.onnx') return [];
  if (SAME_SHAPE.has(op)) return x ? [{ shape: x.shape }] : [];
  if (BROADCAST.has(op)) {
    const operands = node.inputs.map((_, i) => input(i));
    if (operands.length === 0 || operands.some((v) => v === undefined)) return [];
    const known = operands as Inferred[];
    const shape = broadcastAll(known.map((v) => v.shape));
    if (!shape) return [];
    return [op in FOLDED_BINARY || op === 'Where' ? foldElementwise(op, known, shape) : { shape }];
  }
  if (REDUCE.has(op)) {
    if (!x) return [];
    const rank = x.shape.length;
    const axesGiven = node.inputs[1] !== undefined && node.inputs[1] !== '';
    const axes = axesGiven ? ints(input(1)) : intsAttr(node, 'axes');
    // An axes input whose values are not folded could be any axes: no guess at which.
    if (axesGiven && !axes) return [];
    const keep = intAttr(node, 'keepdims', 1) === 1;
    if (!axes && intAttr(node, 'noop_with_empty_axes', 0) === 1) return [{ shape: x.shape }];
    const reduced = (axes ?? x.shape.map((_, i) => i)).map((a) => normalize(a, rank));
    if (reduced.some((a) => a === undefined)) return [];
    return [{ shape: x.shape.flatMap((d, i) => (!reduced.includes(i) ? [d] : keep ? [1] : [])) }];
  }
  switch (op) {
    case 'ArgMax':
    case 'ArgMin': {
      if (!x) return [];
      const axis = normalize(intAttr(node, 'axis', 0), x.shape.length);
      if (axis === undefined) return [];
      const keep = intAttr(node, 'keepdims', 1) === 1;
      return [{ shape: x.shape.flatMap((d, i) => (i !== axis ? [d] : keep ? [1] : [])) }];
    }
    case 'Identity':
      return x ? [x] : [];
    case 'Abs':
    case 'Neg':
    case 'Floor':
    case 'Ceil':
      return x ? [withData(x.shape, x.data?.map(FOLDED_UNARY[op]!), x.real)] : [];
    case 'Dropout':
      // The mask, when asked for, has the input's shape.
      return x ? node.outputs.map(() => ({ shape: x.shape })) : [];
    case 'BatchNormalization':
      // Training-mode outputs (running mean and variance) have one value per channel.
      return x
        ? [{ shape: x.shape }, ...node.outputs.slice(1).map(() => ({ shape: [x.shape[1] ?? 1] }))]
        : [];
    case 'LayerNormalization': {
      if (!x) return [];
      const axis = normalize(intAttr(node, 'axis', -1), x.shape.length);
      if (axis === undefined) return [];
      const statistics = { shape: x.shape.map((d, i) => (i < axis ? d : 1)) };
      return [{ shape: x.shape }, statistics, statistics];
    }
    case 'Constant': {
      const value = node.attributes['value'];
      if (value?.kind === 'tensor') return [fromTensor(value.value)];
      const intValues = node.attributes['value_ints'];
      if (intValues?.kind === 'ints') return [withData([intValues.value.length], intValues.value)];
      const int = node.attributes['value_int'];
      if (int?.kind === 'int') return [withData([], [int.value])];
      const floatValues = node.attributes['value_floats'];
      if (floatValues?.kind === 'floats')
        return [withData([floatValues.value.length], floatValues.value, true)];
      const float = node.attributes['value_float'];
      if (float?.kind === 'float') return [withData([], [float.value], true)];
      return [];
    }
    case 'Cast': {
      if (!x) return [];
      const to = intAttr(node, 'to', DataType.FLOAT);
      if (to === DataType.BOOL)
        return [
          withData(
            x.shape,
            x.data?.map((v) => (v !== 0 ? 1 : 0)),
          ),
        ];
      if (to === DataType.FLOAT || to === DataType.DOUBLE) return [withData(x.shape, x.data, true)];
      return [withData(x.shape, x.data?.map(Math.trunc))];
    }
    case 'Shape': {
      if (!x) return [];
      const rank = x.shape.length;
      const start = normalize(Math.max(-rank, Math.min(rank - 1, intAttr(node, 'start', 0))), rank) ?? 0;
      const endAttr = intAttr(node, 'end', rank);
      const end = Math.max(0, Math.min(rank, endAttr < 0 ? endAttr + rank : endAttr));
      const dims = x.shape.slice(start, end);
      return [withData([dims.length], dims)];
    }
    case 'Size':
      return x ? [withData([], [product(x.shape)])] : [];
    case 'ConstantOfShape': {
      const dims = ints(x);
      if (!dims || !dims.every(isDimension)) return [];
      const value = node.attributes['value'];
      const fill = value?.kind === 'tensor' ? fromTensor(value.value) : { shape: [1], data: [0], real: true };
      const size = product(dims);
      const data =
        fill.data?.length === 1 && size <= MAX_FOLDED_VALUES
          ? new Array<number>(size).fill(fill.data[0]!)
          : undefined;
      return [withData(dims, data, fill.real)];
    }
    case 'Gather': {
      const indices = input(1);
      if (!x || !indices) return [];
      const axis = normalize(intAttr(node, 'axis', 0), x.shape.length);
      if (axis === undefined) return [];
      const shape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
      const positions = ints(indices);
      if (x.data && positions && x.shape.length === 1) {
        const data = positions.map((i) => x.data![i < 0 ? i + x.data!.length : i]);
        if (data.every((d) => d !== undefined)) return [withData(shape, data as number[], x.real)];
      }
      return [{ shape }];
    }
    case 'Unsqueeze':
    case 'Squeeze': {
      if (!x) return [];
      const axesGiven = node.inputs[1] !== undefined && node.inputs[1] !== '';
      const axes = axesGiven ? ints(input(1)) : intsAttr(node, 'axes');
      if (axesGiven && !axes) return [];
      let shape: number[];
      if (op === 'Squeeze') {
        const rank = x.shape.length;
        const drop = axes
          ? axes.map((a) => normalize(a, rank))
          : x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
        if (drop.some((a) => a === undefined)) return [];
        shape = x.shape.filter((_, i) => !drop.includes(i));
      } else {
        if (!axes) return [];
        const rank = x.shape.length + axes.length;
        const added = axes.map((a) => normalize(a, rank));
        if (added.some((a) => a === undefined)) return [];
        shape = [];
        let next = 0;
        for (let i = 0; i < rank; i++) shape.push(added.includes(i) ? 1 : (x.shape[next++] ?? 1));
      }
      return [withData(shape, x.data, x.real)];
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => input(i));
      if (parts.some((p) => p === undefined) || parts.length === 0) return [];
      const known = parts as Inferred[];
      const first = known[0]!.shape;
      const axis = normalize(intAttr(node, 'axis', 0), first.length);
      if (axis === undefined) return [];
      const shape = [...first];
      shape[axis] = known.reduce((sum, p) => sum + (p.shape[axis] ?? 0), 0);
      const data =
        known.every((p) => p.data) && first.length === 1 ? known.flatMap((p) => p.data!) : undefined;
      return [
        withData(
          shape,
          data,
          known.some((p) => p.real),
        ),
      ];
    }
    case 'Reshape': {
      const target = ints(input(1)) ?? intsAttr(node, 'shape');
      if (!x || !target) return [];
      const shape = reshape(x.shape, target, intAttr(node, 'allowzero', 0) === 1);
      return shape ? [withData(shape, x.data, x.real)] : [];
    }
    case 'Flatten': {
      if (!x) return [];
      const rank = x.shape.length;
      const axis = intAttr(node, 'axis', 1);
      const split = axis < 0 ? axis + rank : axis;
      if (!(split >= 0 && split <= rank)) return [];
      return [{ shape: [product(x.shape.slice(0, split)), product(x.shape.slice(split))] }];
    }
    case 'Transpose': {
      if (!x) return [];
      const perm = intsAttr(node, 'perm') ?? x.shape.map((_, i) => x.shape.length - 1 - i);
      if (perm.length !== x.shape.length) return [];
      return [{ shape: perm.map((p) => x.shape[p] ?? 1) }];
    }
    case 'Expand': {
      const target = ints(input(1));
      if (!x || !target) return [];
      const shape = broadcastShapes(x.shape, target);
      return shape ? [{ shape }] : [];
    }
    case 'Tile': {
      const repeats = ints(input(1));
      if (!x || !repeats || repeats.length !== x.shape.length) return [];
      return [{ shape: x.shape.map((d, i) => d * repeats[i]!) }];
    }
    case 'Pad': {
      const padsGiven = node.inputs[1] !== undefined && node.inputs[1] !== '';
      const pads = padsGiven ? ints(input(1)) : intsAttr(node, 'pads');
      if (!x || !pads) return [];
      const rank = x.shape.length;
      const axesGiven = node.inputs[3] !== undefined && node.inputs[3] !== '';
      const axes = axesGiven ? ints(input(3)) : x.shape.map((_, i) => i);
      if (!axes || pads.length !== 2 * axes.length) return [];
      const shape = [...x.shape];
      for (let k = 0; k < axes.length; k++) {
        const axis = normalize(axes[k]!, rank);
        if (axis === undefined) return [];
        shape[axis] = shape[axis]! + pads[k]! + pads[k + axes.length]!;
      }
      return [{ shape }];
    }
    case 'Slice': {
      const given = (i: number) => node.inputs[i] !== undefined && node.inputs[i] !== '';
      const fromInput = opset >= 10;
      const starts = fromInput ? ints(input(1)) : intsAttr(node, 'starts');
      const ends = fromInput ? ints(input(2)) : intsAttr(node, 'ends');
      if (!x || !starts || !ends || starts.length !== ends.length) return [];
      const axes =
        fromInput && given(3) ? ints(input(3)) : (intsAttr(node, 'axes') ?? starts.map((_, i) => i));
      const steps = fromInput && given(4) ? ints(input(4)) : starts.map(() => 1);
      if (!axes || !steps) return [];
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
      return [withData(shape, data, x.real)];
    }
    case 'Split': {
      if (!x) return [];
      const axis = normalize(intAttr(node, 'axis', 0), x.shape.length);
      if (axis === undefined) return [];
      const length = x.shape[axis]!;
      const count = node.outputs.length;
      const splitGiven = node.inputs[1] !== undefined && node.inputs[1] !== '';
      const parts = splitGiven
        ? ints(input(1))
        : (intsAttr(node, 'split') ??
          Array.from({ length: count }, (_, i) => {
            const part = Math.ceil(length / count);
            return Math.max(0, Math.min(part, length - i * part));
          }));
      if (!parts || parts.length !== count) return [];
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
    case 'ConvTranspose': {
      const w = input(1);
      if (!x || !w || x.shape.length < 3 || w.shape.length !== x.shape.length) return [];
      const spatial = transposedOutput(node, x.shape.slice(2), w.shape.slice(2));
      const channels = w.shape[1]! * intAttr(node, 'group', 1);
      return spatial ? [{ shape: [x.shape[0]!, channels, ...spatial] }] : [];
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
    case 'DepthToSpace':
    case 'SpaceToDepth': {
      const block = intAttr(node, 'blocksize', 0);
      if (!x || x.shape.length !== 4 || !(block >= 1)) return [];
      const [n, c, h, w] = x.shape as [number, number, number, number];
      const area = block * block;
      return [
        {
          shape:
            op === 'DepthToSpace' ? [n, c / area, h * block, w * block] : [n, c * area, h / block, w / block],
        },
      ];
    }
    case 'Resize':
    case 'Upsample': {
      const shape = resized(node, opset, input);
      return shape ? [{ shape }] : [];
    }
    case 'Range': {
      const [start, limit, delta] = [0, 1, 2].map((i) => numbers(input(i))?.[0]);
      if (start === undefined || limit === undefined || delta === undefined || delta === 0) return [];
      const count = Math.max(0, Math.ceil((limit - start) / delta));
      const real = [0, 1, 2].some((i) => input(i)!.real);
      const data =
        count <= MAX_FOLDED_VALUES ? Array.from({ length: count }, (_, i) => start + i * delta) : undefined;
      return [withData([count], data, real)];
    }
    case 'OneHot': {
      const indices = input(0);
      const depth = numbers(input(1))?.[0];
      if (!indices || depth === undefined) return [];
      const rank = indices.shape.length + 1;
      const axis = normalize(intAttr(node, 'axis', -1), rank);
      if (axis === undefined) return [];
      const shape = [...indices.shape];
      shape.splice(axis, 0, Math.trunc(depth));
      return [{ shape }];
    }
    default:
      // Loop, Scan and If run subgraphs, random ops draw tensors of any shape: never inferred.
      return [];
  }
}

interface Inference {
  readonly values: ReadonlyMap<string, Inferred>;
  /** The first node output that inference could not tell, with its node. */
  readonly unknown?: { readonly node: GraphNode };
}

/** Shapes of every node output with the input's batch axis set to `batch`. */
function infer(graph: ModelGraph, batch: number): Inference {
  const known = new Map<string, Inferred>();
  for (const [name, tensor] of graph.initializers) known.set(name, fromTensor(tensor));
  for (const info of graph.inputs) {
    const shape = info.shape?.map((d, i) => (i === 0 ? batch : d));
    if (shape?.every((d): d is number => typeof d === 'number' && isDimension(d))) {
      known.set(info.name, { shape });
    }
  }
  const opset = graph.opsets[''] ?? graph.opsets['ai.onnx'] ?? 1;
  for (const node of graph.nodes) {
    const outputs = inferNode(node, opset, (i) => {
      const name = node.inputs[i];
      return name === undefined || name === '' ? undefined : known.get(name);
    });
    for (let i = 0; i < node.outputs.length; i++) {
      const name = node.outputs[i]!;
      if (name === '') continue;
      const value = outputs[i];
      if (!value || !value.shape.every(isDimension)) return { values: known, unknown: { node } };
      known.set(name, value);
    }
  }
  return { values: known };
}

/** Node outputs computed, directly or not, from a graph input. */
function inputDependent(graph: ModelGraph): Set<string> {
  const dependent = new Set(graph.inputs.map((info) => info.name));
  for (const node of graph.nodes) {
    if (node.inputs.some((name) => dependent.has(name))) {
      for (const name of node.outputs) if (name !== '') dependent.add(name);
    }
  }
  return dependent;
}

function notEvaluated(file: string, what: string): UsageError {
  return new UsageError('INVALID_INPUT', `${file}: ${what}; the model is not evaluated`);
}

const cannotTell = (file: string, node: GraphNode): UsageError =>
  notEvaluated(file, `cannot tell how large ${node.opType} node '${node.name}' makes its output`);

/**
 * The per-sample (batch 1) sizes of the values the graph computes from its input, and the sizes
 * of those it computes from constants alone. Refuses (UsageError naming `file`) a graph with a
 * value whose shape the inference cannot tell, or one computed from the input that grows faster
 * than the batch.
 */
export function modelSizes(graph: ModelGraph, file = 'the model'): ModelSizes {
  const base = infer(graph, 1);
  if (base.unknown) throw cannotTell(file, base.unknown.node);
  const dependent = inputDependent(graph);
  const grown = GROWTH_BATCHES.map((batch) => ({ batch, inference: infer(graph, batch) }));
  const values: SizedValue[] = [];
  const constants: SizedValue[] = [];
  let largest = 0;
  let total = 0;
  let constantTotal = 0;
  for (const node of graph.nodes) {
    for (const output of node.outputs) {
      if (output === '') continue;
      const size = product(base.values.get(output)!.shape);
      if (!dependent.has(output)) {
        constants.push({ node, output, size });
        constantTotal += size;
        continue;
      }
      for (const { batch, inference } of grown) {
        const at = inference.values.get(output);
        if (!at) throw cannotTell(file, inference.unknown?.node ?? node);
        const sizeAt = product(at.shape);
        if (sizeAt > batch * size) {
          throw notEvaluated(
            file,
            `${node.opType} node '${node.name}' makes '${output}' grow faster than the batch (${size} values at a batch of 1, ${sizeAt} at a batch of ${batch})`,
          );
        }
      }
      values.push({ node, output, size });
      largest = Math.max(largest, size);
      total += size;
    }
  }
  return { values, largest, total, constants, constantTotal };
}

function tooLarge(file: string, what: string): UsageError {
  return new UsageError(
    'INVALID_INPUT',
    `${file}: ${what}, more than the limit of ${MAX_SAMPLE_VALUES} values per sample; the model is too large to evaluate`,
  );
}

/**
 * Refuses a classifier graph whose largest intermediate value, or all of them together, would
 * hold more than MAX_SAMPLE_VALUES values for one sample, or whose values computed from constants
 * alone would together hold more than MAX_CONSTANT_VALUES. Returns the sizes for batching.
 */
export function checkModelSize(graph: ModelGraph, file: string): ModelSizes {
  const sizes = modelSizes(graph, file);
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
  if (!(sizes.constantTotal <= MAX_CONSTANT_VALUES)) {
    throw new UsageError(
      'INVALID_INPUT',
      `${file}: the values the model computes from its constants hold ${sizes.constantTotal} values, more than the limit of ${MAX_CONSTANT_VALUES}; the model is too large to evaluate`,
    );
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
