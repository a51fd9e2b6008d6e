/**
 * The backward graph of a classifier: the forward graph plus the loss of each sample against its
 * one-hot label and that loss's gradient with respect to the input, all in standard ONNX ops
 * that onnxruntime's CPU provider runs, so the attacks get exact gradients at the runtime's speed.
 *
 * Reverse mode over the forward nodes: every tensor that depends on the input through
 * differentiable edges gets a gradient, summed over its consumers. Static shapes (with the batch
 * as a symbolic size) decide broadcast axes, split sizes and transposed-convolution padding; the
 * gradient graph itself keeps the batch dynamic by reshaping with runtime Shape values.
 */
import type { LossKind } from './classifier.js';
import {
  broadcastShapes,
  DataType,
  type AttributeValue,
  type GraphNode,
  type ModelGraph,
  type TensorValue,
} from './graph.js';

/** The graph has an op on the path from the input to the logits that has no backward rule here. */
export class UnsupportedGradientError extends Error {
  override readonly name = 'UnsupportedGradientError';
  constructor(
    readonly opType: string,
    message: string,
  ) {
    super(message);
  }
}

export const LABELS_INPUT = 'labels_onehot';
export const LOSS_OUTPUT = 'loss';
export const GRADIENT_OUTPUT = 'grad';

const MIN_OPSET = 13;
/** Larger than any real logit gap and still far from float32 overflow when added to a logit. */
const MASK_MAGNITUDE = 1e30;
/** Slice ends that mean "to the end of the axis" (Slice clamps them). */
const TO_END = 2 ** 62;

// ---------------------------------------------------------------------------------------------
// Static shapes

/**
 * The batch axis as a number that no real dimension equals: shape arithmetic (Shape -> Gather ->
 * Concat -> Reshape chains) then runs on plain numbers and a batch-sized dimension stays
 * recognisable.
 */
const BATCH = 1_000_003;

type Shape = readonly number[];

interface ShapeFacts {
  readonly shapes: Map<string, Shape>;
  /** Contents of small integer tensors (shape arithmetic). */
  readonly ints: Map<string, readonly number[]>;
}

const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

function attr(node: GraphNode, name: string): AttributeValue | undefined {
  return node.attributes[name];
}

function attrInt(node: GraphNode, name: string, fallback: number): number {
  const a = attr(node, name);
  return a?.kind === 'int' ? a.value : fallback;
}

function attrFloat(node: GraphNode, name: string, fallback: number): number {
  const a = attr(node, name);
  return a?.kind === 'float' || a?.kind === 'int' ? a.value : fallback;
}

function attrInts(node: GraphNode, name: string): readonly number[] | undefined {
  const a = attr(node, name);
  return a?.kind === 'ints' ? a.value : undefined;
}

function attrString(node: GraphNode, name: string, fallback: string): string {
  const a = attr(node, name);
  return a?.kind === 'string' ? a.value : fallback;
}

function tensorInts(tensor: TensorValue): number[] | undefined {
  if (tensor.data.length > 64) return undefined;
  if (tensor.dataType !== DataType.INT64 && tensor.dataType !== DataType.INT32) return undefined;
  return Array.from(tensor.data as ArrayLike<number | bigint>, (v) => Number(v));
}

const normalizeAxis = (axis: number, rank: number): number => (axis < 0 ? axis + rank : axis);

/** Per spatial axis: the explicit pads of a Conv or pool, resolving auto_pad. */
function resolvePads(
  node: GraphNode,
  spatial: Shape,
  kernel: Shape,
  strides: Shape,
  dilations: Shape,
): number[] {
  const rank = spatial.length;
  const autoPad = attrString(node, 'auto_pad', 'NOTSET');
  if (autoPad === 'VALID') return new Array<number>(2 * rank).fill(0);
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
    const pads = new Array<number>(2 * rank).fill(0);
    for (let i = 0; i < rank; i++) {
      const out = Math.ceil(spatial[i]! / strides[i]!);
      const total = Math.max(0, (out - 1) * strides[i]! + (kernel[i]! - 1) * dilations[i]! + 1 - spatial[i]!);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === 'SAME_UPPER' ? small : total - small;
      pads[i + rank] = total - pads[i]!;
    }
    return pads;
  }
  return [...(attrInts(node, 'pads') ?? new Array<number>(2 * rank).fill(0))];
}

interface WindowGeometry {
  readonly kernel: Shape;
  readonly strides: Shape;
  readonly dilations: Shape;
  /** [begin..., end...] per spatial axis. */
  readonly pads: Shape;
  readonly outSpatial: Shape;
}

/** Windows of a Conv (kernel from the weight) or a pool (kernel_shape) over an [N, C, ...] input. */
function windowGeometry(node: GraphNode, inShape: Shape, weightShape?: Shape): WindowGeometry {
  const spatial = inShape.slice(2);
  const rank = spatial.length;
  const kernel = attrInts(node, 'kernel_shape') ?? weightShape?.slice(2);
  if (!kernel || kernel.length !== rank) {
    throw new UnsupportedGradientError(
      node.opType,
      `${node.opType} node '${node.name}': unknown kernel shape`,
    );
  }
  const strides = attrInts(node, 'strides') ?? new Array<number>(rank).fill(1);
  const dilations = attrInts(node, 'dilations') ?? new Array<number>(rank).fill(1);
  const pads = resolvePads(node, spatial, kernel, strides, dilations);
  const ceil = attrInt(node, 'ceil_mode', 0) === 1;
  const outSpatial = spatial.map((size, i) => {
    const effective = (kernel[i]! - 1) * dilations[i]! + 1;
    const span = size + pads[i]! + pads[i + rank]! - effective;
    if (!ceil) return Math.floor(span / strides[i]!) + 1;
    const out = Math.ceil(span / strides[i]!) + 1;
    // onnxruntime's kernels drop a last window that would start in the end padding.
    return (out - 1) * strides[i]! >= size + pads[i]! ? out - 1 : out;
  });
  return { kernel, strides, dilations, pads, outSpatial };
}

function inferNode(node: GraphNode, facts: ShapeFacts, opset: number): void {
  const shapeOf = (i: number): Shape | undefined => {
    const name = node.inputs[i];
    return name ? facts.shapes.get(name) : undefined;
  };
  const intsOf = (i: number): readonly number[] | undefined => {
    const name = node.inputs[i];
    return name ? facts.ints.get(name) : undefined;
  };
  const set = (shape: Shape | undefined, ints?: readonly number[], output = 0): void => {
    const name = node.outputs[output];
    if (!name || !shape) return;
    facts.shapes.set(name, shape);
    if (ints) facts.ints.set(name, ints);
  };
  const axesOf = (): readonly number[] | undefined => (opset >= 13 ? intsOf(1) : attrInts(node, 'axes'));
  const x = shapeOf(0);
  switch (node.opType) {
    case 'Constant': {
      const value = attr(node, 'value');
      if (value?.kind === 'tensor') return set(value.value.dims, tensorInts(value.value));
      const single = attr(node, 'value_float') ?? attr(node, 'value_int');
      if (single?.kind === 'int') return set([], [single.value]);
      if (single?.kind === 'float') return set([]);
      const list = attr(node, 'value_floats') ?? attr(node, 'value_ints');
      if (list?.kind === 'ints') return set([list.value.length], list.value);
      if (list?.kind === 'floats') return set([list.value.length]);
      return;
    }
    case 'Identity':
    case 'Cast':
    case 'Neg':
      return set(x, node.opType === 'Neg' ? intsOf(0)?.map((v) => -v) : intsOf(0));
    case 'Dropout':
    case 'Relu':
    case 'LeakyRelu':
    case 'Sigmoid':
    case 'Tanh':
    case 'Exp':
    case 'Log':
    case 'Sqrt':
    case 'Abs':
    case 'Erf':
    case 'Clip':
    case 'Softmax':
    case 'LogSoftmax':
    case 'Reciprocal':
    case 'Floor':
    case 'Ceil':
    case 'Round':
    case 'Sign':
    case 'Not':
    case 'Elu':
    case 'Selu':
    case 'HardSigmoid':
    case 'HardSwish':
    case 'Softplus':
    case 'Softsign':
    case 'BatchNormalization':
    case 'InstanceNormalization':
    case 'LayerNormalization':
    case 'LRN':
      return set(x);
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div':
    case 'Pow':
    case 'Equal':
    case 'Greater':
    case 'Less':
    case 'GreaterOrEqual':
    case 'LessOrEqual':
    case 'And':
    case 'Or':
    case 'Max':
    case 'Min':
    case 'Sum':
    case 'Mean':
    case 'Where': {
      let shape: Shape | undefined = x;
      for (let i = 1; i < node.inputs.length && shape; i++) {
        const other = shapeOf(i);
        shape = other ? broadcastShapes(shape, other) : undefined;
      }
      let ints: number[] | undefined;
      const a = intsOf(0);
      const b = intsOf(1);
      const arithmetic: Record<string, (p: number, q: number) => number> = {
        Add: (p, q) => p + q,
        Sub: (p, q) => p - q,
        Mul: (p, q) => p * q,
        Div: (p, q) => Math.trunc(p / q),
      };
      const f = arithmetic[node.opType];
      if (f && a && b && shape && shape.length <= 1) {
        const length = product(shape);
        ints = Array.from({ length }, (_, i) => f(a[a.length === 1 ? 0 : i]!, b[b.length === 1 ? 0 : i]!));
      }
      return set(shape, ints);
    }
    case 'Gemm': {
      const b = shapeOf(1);
      if (!x || !b || x.length !== 2 || b.length !== 2) return;
      const rows = attrInt(node, 'transA', 0) ? x[1]! : x[0]!;
      const cols = attrInt(node, 'transB', 0) ? b[0]! : b[1]!;
      return set([rows, cols]);
    }
    case 'MatMul': {
      const b = shapeOf(1);
      if (!x || !b) return;
      return set(matmulShape(x, b));
    }
    case 'Conv': {
      const w = shapeOf(1);
      if (!x || !w || x.length < 3) return;
      return set([x[0]!, w[0]!, ...windowGeometry(node, x, w).outSpatial]);
    }
    case 'MaxPool':
    case 'AveragePool':
    case 'LpPool': {
      if (!x || x.length < 3) return;
      const shape = [x[0]!, x[1]!, ...windowGeometry(node, x).outSpatial];
      set(shape);
      return set(shape, undefined, 1);
    }
    case 'GlobalAveragePool':
    case 'GlobalMaxPool':
      return set(x && [x[0]!, x[1]!, ...x.slice(2).map(() => 1)]);
    case 'Flatten': {
      if (!x) return;
      const axis = normalizeAxis(attrInt(node, 'axis', 1), x.length);
      return set([product(x.slice(0, axis)), product(x.slice(axis))]);
    }
    case 'Reshape': {
      const target = intsOf(1);
      if (!x || !target) return;
      const allowZero = attrInt(node, 'allowzero', 0) === 1;
      const out = target.map((d, i) => (d === 0 && !allowZero ? x[i]! : d));
      const inferred = out.indexOf(-1);
      if (inferred >= 0) out[inferred] = product(x) / product(out.filter((_, i) => i !== inferred));
      if (out.some((d) => !Number.isInteger(d) || d < 0) || product(out) !== product(x)) return;
      return set(out, intsOf(0));
    }
    case 'Transpose': {
      if (!x) return;
      const perm = attrInts(node, 'perm') ?? x.map((_, i) => x.length - 1 - i);
      return set(perm.map((p) => x[p]!));
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => shapeOf(i));
      if (!x || parts.some((p) => !p)) return;
      const axis = normalizeAxis(attrInt(node, 'axis', 0), x.length);
      const out = [...x];
      out[axis] = parts.reduce((sum, p) => sum + p![axis]!, 0);
      const values = node.inputs.map((_, i) => intsOf(i));
      const ints = x.length === 1 && values.every((v) => v) ? values.flatMap((v) => [...v!]) : undefined;
      return set(out, ints);
    }
    case 'Pad': {
      const pads = opset >= 11 ? intsOf(1) : attrInts(node, 'pads');
      if (!x || !pads) return;
      const axes =
        (opset >= 18 ? intsOf(3) : undefined)?.map((a) => normalizeAxis(a, x.length)) ?? x.map((_, i) => i);
      const out = [...x];
      axes.forEach((axis, i) => (out[axis] = out[axis]! + pads[i]! + pads[i + axes.length]!));
      return set(out);
    }
    case 'Squeeze': {
      if (!x) return;
      const axes = axesOf()?.map((a) => normalizeAxis(a, x.length));
      return set(
        x.filter((d, i) => (axes ? !axes.includes(i) : d !== 1)),
        intsOf(0),
      );
    }
    case 'Unsqueeze': {
      const axes = axesOf();
      if (!x || !axes) return;
      const rank = x.length + axes.length;
      const inserted = new Set(axes.map((a) => normalizeAxis(a, rank)));
      const out: number[] = [];
      let next = 0;
      for (let i = 0; i < rank; i++) out.push(inserted.has(i) ? 1 : x[next++]!);
      return set(out, intsOf(0));
    }
    case 'Shape': {
      if (!x) return;
      const rank = x.length;
      const clamp = (v: number) => Math.min(rank, Math.max(0, v < 0 ? v + rank : v));
      const dims = x.slice(clamp(attrInt(node, 'start', 0)), clamp(attrInt(node, 'end', rank)));
      return set([dims.length], dims);
    }
    case 'Size':
      return set(x && [], x && [product(x)]);
    case 'Gather': {
      const indices = shapeOf(1);
      if (!x || !indices) return;
      const axis = normalizeAxis(attrInt(node, 'axis', 0), x.length);
      const out = [...x.slice(0, axis), ...indices, ...x.slice(axis + 1)];
      const data = intsOf(0);
      const which = intsOf(1);
      const ints =
        data && which && x.length === 1 ? which.map((i) => data[i < 0 ? i + data.length : i]!) : undefined;
      return set(out, ints);
    }
    case 'Slice': {
      const starts = opset >= 10 ? intsOf(1) : attrInts(node, 'starts');
      const ends = opset >= 10 ? intsOf(2) : attrInts(node, 'ends');
      if (!x || !starts || !ends) return;
      const axes = ((opset >= 10 ? intsOf(3) : attrInts(node, 'axes')) ?? starts.map((_, i) => i)).map((a) =>
        normalizeAxis(a, x.length),
      );
      const steps = (opset >= 10 ? intsOf(4) : undefined) ?? starts.map(() => 1);
      const out = [...x];
      const data = intsOf(0);
      let ints: number[] | undefined;
      axes.forEach((axis, i) => {
        const size = x[axis]!;
        const step = steps[i]!;
        const clampIndex = (v: number, lo: number, hi: number) =>
          Math.min(hi, Math.max(lo, v < 0 ? v + size : v));
        const start = step > 0 ? clampIndex(starts[i]!, 0, size) : clampIndex(starts[i]!, -1, size - 1);
        const end = step > 0 ? clampIndex(ends[i]!, 0, size) : clampIndex(ends[i]!, -1, size - 1);
        out[axis] = Math.max(0, Math.ceil((end - start) / step));
        if (data && x.length === 1) {
          ints = [];
          for (let k = start; step > 0 ? k < end : k > end; k += step) ints.push(data[k]!);
        }
      });
      return set(out, ints);
    }
    case 'ConstantOfShape': {
      const dims = intsOf(0);
      const value = attr(node, 'value');
      const ints =
        dims && value?.kind === 'tensor' && product(dims) <= 64
          ? tensorInts(value.value)?.flatMap((v) => new Array<number>(product(dims)).fill(v))
          : undefined;
      return set(dims, ints);
    }
    case 'Expand': {
      const target = intsOf(1);
      return set(x && target && broadcastShapes(x, target));
    }
    case 'ArgMax':
    case 'ArgMin': {
      if (!x) return;
      const axis = normalizeAxis(attrInt(node, 'axis', 0), x.length);
      const keep = attrInt(node, 'keepdims', 1) === 1;
      return set(keep ? x.map((d, i) => (i === axis ? 1 : d)) : x.filter((_, i) => i !== axis));
    }
    default:
      return;
  }
}

function matmulShape(a: Shape, b: Shape): Shape | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const left = a.length === 1 ? [1, a[0]!] : a;
  const right = b.length === 1 ? [b[0]!, 1] : b;
  if (left[left.length - 1] !== right[right.length - 2]) return undefined;
  const batch = broadcastShapes(left.slice(0, -2), right.slice(0, -2));
  if (!batch) return undefined;
  return [
    ...batch,
    ...(a.length === 1 ? [] : [left[left.length - 2]!]),
    ...(b.length === 1 ? [] : [right[right.length - 1]!]),
  ];
}

function inferShapes(graph: ModelGraph, opset: number): ShapeFacts {
  const facts: ShapeFacts = { shapes: new Map(), ints: new Map() };
  for (const [name, tensor] of graph.initializers) {
    facts.shapes.set(name, tensor.dims);
    const ints = tensorInts(tensor);
    if (ints) facts.ints.set(name, ints);
  }
  for (const input of graph.inputs) {
    const dims = input.shape?.map((d, i) => (i === 0 ? BATCH : d));
    if (dims && dims.every((d): d is number => typeof d === 'number')) facts.shapes.set(input.name, dims);
  }
  for (const node of graph.nodes) inferNode(node, facts, opset);
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Which tensors need a gradient

/** Ops whose outputs are integers, booleans or otherwise piecewise constant: no gradient flows. */
const NON_DIFFERENTIABLE = new Set([
  'Shape',
  'Size',
  'ArgMax',
  'ArgMin',
  'Equal',
  'Greater',
  'Less',
  'GreaterOrEqual',
  'LessOrEqual',
  'And',
  'Or',
  'Not',
  'Xor',
  'NonZero',
  'ConstantOfShape',
  'Floor',
  'Ceil',
  'Round',
  'Sign',
  'IsNaN',
  'IsInf',
  'RandomNormalLike',
  'RandomUniformLike',
]);

/** Tensors that depend on the graph input through differentiable edges. */
const FLOAT_CASTS: ReadonlySet<number> = new Set([DataType.FLOAT, DataType.DOUBLE, 10, 16]);

function isNonDifferentiable(node: GraphNode): boolean {
  if (node.opType === 'Cast') return !FLOAT_CASTS.has(attrInt(node, 'to', DataType.FLOAT));
  return NON_DIFFERENTIABLE.has(node.opType);
}

/** Ops with a backward rule in `backwardNode`. */
const BACKWARD_RULES: ReadonlySet<string> = new Set([
  'Identity',
  'Dropout',
  'Cast',
  'Flatten',
  'Reshape',
  'Squeeze',
  'Unsqueeze',
  'Neg',
  'Relu',
  'LeakyRelu',
  'Sigmoid',
  'Tanh',
  'Exp',
  'Log',
  'Sqrt',
  'Clip',
  'Softmax',
  'LogSoftmax',
  'Add',
  'Sub',
  'Mul',
  'Div',
  'Gemm',
  'MatMul',
  'Transpose',
  'Concat',
  'Pad',
  'BatchNormalization',
  'Conv',
  'MaxPool',
  'AveragePool',
  'GlobalAveragePool',
]);

function differentiableTensors(graph: ModelGraph, inputName: string): Set<string> {
  const live = new Set([inputName]);
  for (const node of graph.nodes) {
    if (isNonDifferentiable(node)) continue;
    if (!node.inputs.some((name) => name && live.has(name))) continue;
    for (const output of node.outputs) if (output) live.add(output);
  }
  return live;
}

// ---------------------------------------------------------------------------------------------
// Emitting the backward nodes

class Emitter {
  readonly nodes: GraphNode[] = [];
  readonly initializers = new Map<string, TensorValue>();
  private counter = 0;

  constructor(
    private readonly taken: ReadonlySet<string>,
    /** The opset of the backward graph (what the emitted nodes follow). */
    readonly opset: number,
    /** The opset of the forward graph (how its nodes read). */
    readonly forwardOpset: number,
    readonly shapes: ShapeFacts,
    /** Constant boolean scalars by name (Dropout's training_mode). */
    readonly trainingFlags: ReadonlyMap<string, boolean>,
  ) {}

  fresh(hint: string): string {
    let name: string;
    do name = `grad/${hint}_${this.counter++}`;
    while (this.taken.has(name));
    return name;
  }

  op(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttributeValue> = {},
    outputCount = 1,
  ): string[] {
    const base = this.fresh(opType.toLowerCase());
    const outputs = Array.from({ length: outputCount }, (_, i) => (i === 0 ? base : `${base}:${i}`));
    this.nodes.push({ opType, domain: '', name: base, inputs: [...inputs], outputs, attributes });
    return outputs;
  }

  one(opType: string, inputs: readonly string[], attributes: Record<string, AttributeValue> = {}): string {
    return this.op(opType, inputs, attributes)[0]!;
  }

  int64s(values: readonly number[], dims: readonly number[] = [values.length]): string {
    const name = this.fresh('i64');
    this.initializers.set(name, {
      dataType: DataType.INT64,
      dims: [...dims],
      data: BigInt64Array.from(values, (v) => BigInt(v)),
    });
    return name;
  }

  floats(values: readonly number[], dims: readonly number[] = [values.length]): string {
    const name = this.fresh('f32');
    this.initializers.set(name, {
      dataType: DataType.FLOAT,
      dims: [...dims],
      data: Float32Array.from(values),
    });
    return name;
  }

  private readonly scalars = new Map<number, string>();

  /** Float scalars are shared: the backward rules ask for the same 0 and 1 many times. */
  scalar(value: number): string {
    let name = this.scalars.get(value);
    if (!name) {
      name = this.floats([value], []);
      this.scalars.set(value, name);
    }
    return name;
  }

  reduceSum(input: string, axes: readonly number[], keepdims: boolean): string {
    return this.one('ReduceSum', [input, this.int64s(axes)], { keepdims: ints(keepdims ? 1 : 0) });
  }

  /** ReduceMax took its axes as an attribute until opset 18. */
  reduceMax(input: string, axes: readonly number[], keepdims: boolean): string {
    const keep = { keepdims: ints(keepdims ? 1 : 0) };
    if (this.opset >= 18) return this.one('ReduceMax', [input, this.int64s(axes)], keep);
    return this.one('ReduceMax', [input], { ...keep, axes: { kind: 'ints', value: [...axes] } });
  }

  /** `grad` reshaped to the runtime shape of `like`. */
  reshapeLike(grad: string, like: string): string {
    return this.one('Reshape', [grad, this.one('Shape', [like])]);
  }

  slice(input: string, starts: readonly number[], ends: readonly number[], axes: readonly number[]): string {
    return this.one('Slice', [input, this.int64s(starts), this.int64s(ends), this.int64s(axes)]);
  }
}

const ints = (value: number): AttributeValue => ({ kind: 'int', value });
const intList = (value: readonly number[]): AttributeValue => ({ kind: 'ints', value: [...value] });

interface BackwardContext {
  readonly emit: Emitter;
  readonly node: GraphNode;
  /** Gradient of output 0. */
  readonly grad: string;
  /** Whether input i needs a gradient. */
  readonly needs: (i: number) => boolean;
  readonly shape: (name: string) => Shape;
}

function unsupported(node: GraphNode, detail: string): UnsupportedGradientError {
  return new UnsupportedGradientError(node.opType, `${node.opType} node '${node.name}': ${detail}`);
}

/** Sums `grad` (of static shape `gradShape`) over the axes along which `target` was broadcast. */
function unbroadcast(ctx: BackwardContext, grad: string, gradShape: Shape, target: string): string {
  const targetShape = ctx.shape(target);
  const extra = gradShape.length - targetShape.length;
  const axes: number[] = [];
  for (let i = 0; i < gradShape.length; i++) {
    if (i < extra || (targetShape[i - extra] === 1 && gradShape[i] !== 1)) axes.push(i);
  }
  if (axes.length === 0 && extra === 0) return grad;
  const summed = axes.length > 0 ? ctx.emit.reduceSum(grad, axes, true) : grad;
  return ctx.emit.reshapeLike(summed, target);
}

type Contributions = (string | undefined)[];

function backwardNode(ctx: BackwardContext): Contributions {
  const { emit, node, grad, needs } = ctx;
  const input = (i: number) => node.inputs[i]!;
  const output = node.outputs[0]!;
  const onlyFirst = (value: string): Contributions => [value];
  const refuseOthers = (from: number, what: string) => {
    for (let i = from; i < node.inputs.length; i++) {
      if (needs(i)) throw unsupported(node, `${what} (input ${i}) depends on the model input`);
    }
  };
  const zero = () => emit.scalar(0);
  switch (node.opType) {
    case 'Identity':
      return onlyFirst(grad);
    case 'Dropout': {
      refuseOthers(1, 'the ratio or training mode');
      const training = node.inputs[2] ? emit.trainingFlags.get(node.inputs[2]) : undefined;
      if (training !== false && node.inputs[2]) {
        throw unsupported(node, 'training_mode is not a constant false: the output is random');
      }
      return onlyFirst(grad);
    }
    case 'Cast':
      // Only casts between float types carry a gradient (others are not differentiable).
      return onlyFirst(grad);
    case 'Flatten':
    case 'Reshape':
    case 'Squeeze':
    case 'Unsqueeze':
      refuseOthers(1, 'the target shape or axes');
      return onlyFirst(emit.reshapeLike(grad, input(0)));
    case 'Neg':
      return onlyFirst(emit.one('Neg', [grad]));
    case 'Relu':
      return onlyFirst(emit.one('Where', [emit.one('Greater', [input(0), zero()]), grad, zero()]));
    case 'LeakyRelu': {
      const leak = emit.one('Mul', [grad, emit.scalar(attrFloat(node, 'alpha', 0.01))]);
      return onlyFirst(emit.one('Where', [emit.one('Greater', [input(0), zero()]), grad, leak]));
    }
    case 'Sigmoid': {
      const slope = emit.one('Mul', [output, emit.one('Sub', [emit.scalar(1), output])]);
      return onlyFirst(emit.one('Mul', [grad, slope]));
    }
    case 'Tanh': {
      const slope = emit.one('Sub', [emit.scalar(1), emit.one('Mul', [output, output])]);
      return onlyFirst(emit.one('Mul', [grad, slope]));
    }
    case 'Exp':
      return onlyFirst(emit.one('Mul', [grad, output]));
    case 'Log':
      return onlyFirst(emit.one('Div', [grad, input(0)]));
    case 'Sqrt':
      return onlyFirst(emit.one('Div', [grad, emit.one('Mul', [output, emit.scalar(2)])]));
    case 'Clip': {
      refuseOthers(1, 'a bound');
      let mask: string | undefined;
      const bound = (i: number, compare: string) => {
        const name = node.inputs[i];
        if (!name) return;
        const inside = emit.one(compare, [input(0), name]);
        mask = mask ? emit.one('And', [mask, inside]) : inside;
      };
      bound(1, 'GreaterOrEqual');
      bound(2, 'LessOrEqual');
      return onlyFirst(mask ? emit.one('Where', [mask, grad, zero()]) : grad);
    }
    case 'Softmax': {
      const axis = attrInt(node, 'axis', -1);
      const dot = emit.reduceSum(emit.one('Mul', [grad, output]), [axis], true);
      return onlyFirst(emit.one('Mul', [output, emit.one('Sub', [grad, dot])]));
    }
    case 'LogSoftmax': {
      const axis = attrInt(node, 'axis', -1);
      const total = emit.reduceSum(grad, [axis], true);
      return onlyFirst(emit.one('Sub', [grad, emit.one('Mul', [emit.one('Exp', [output]), total])]));
    }
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div': {
      const outShape = ctx.shape(output);
      const result: Contributions = [undefined, undefined];
      const [a, b] = [input(0), input(1)];
      if (needs(0)) {
        const local =
          node.opType === 'Mul'
            ? emit.one('Mul', [grad, b])
            : node.opType === 'Div'
              ? emit.one('Div', [grad, b])
              : grad;
        result[0] = unbroadcast(ctx, local, outShape, a);
      }
      if (needs(1)) {
        let local: string;
        if (node.opType === 'Add') local = grad;
        else if (node.opType === 'Sub') local = emit.one('Neg', [grad]);
        else if (node.opType === 'Mul') local = emit.one('Mul', [grad, a]);
        else local = emit.one('Neg', [emit.one('Div', [emit.one('Mul', [grad, output]), b])]);
        result[1] = unbroadcast(ctx, local, outShape, b);
      }
      return result;
    }
    case 'Gemm':
      return backwardGemm(ctx);
    case 'MatMul':
      return backwardMatMul(ctx);
    case 'Transpose': {
      const rank = ctx.shape(input(0)).length;
      const perm = attrInts(node, 'perm') ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
      const inverse = new Array<number>(rank);
      perm.forEach((p, i) => (inverse[p] = i));
      return onlyFirst(emit.one('Transpose', [grad], { perm: intList(inverse) }));
    }
    case 'Concat': {
      const outShape = ctx.shape(output);
      const axis = normalizeAxis(attrInt(node, 'axis', 0), outShape.length);
      let offset = 0;
      return node.inputs.map((name, i) => {
        const size = ctx.shape(name)[axis]!;
        const start = offset;
        offset += size;
        return needs(i) ? emit.slice(grad, [start], [start + size], [axis]) : undefined;
      });
    }
    case 'Pad': {
      refuseOthers(1, 'the pads or the pad value');
      if (attrString(node, 'mode', 'constant') !== 'constant') {
        throw unsupported(
          node,
          `mode '${attrString(node, 'mode', '')}' has no backward rule (only 'constant')`,
        );
      }
      const rank = ctx.shape(input(0)).length;
      const pads =
        emit.forwardOpset >= 11 ? emit.shapes.ints.get(node.inputs[1] ?? '') : attrInts(node, 'pads');
      if (!pads) throw unsupported(node, 'the pads are not a constant');
      const axesInput =
        emit.forwardOpset >= 18 && node.inputs[3] ? emit.shapes.ints.get(node.inputs[3]) : undefined;
      if (emit.forwardOpset >= 18 && node.inputs[3] && !axesInput)
        throw unsupported(node, 'the axes are not a constant');
      const axes = axesInput?.map((a) => normalizeAxis(a, rank)) ?? Array.from({ length: rank }, (_, i) => i);
      if (pads.some((p) => p < 0)) throw unsupported(node, 'negative pads (cropping) have no backward rule');
      const begins = axes.map((_, i) => pads[i]!);
      const ends = axes.map((_, i) => (pads[i + axes.length]! > 0 ? -pads[i + axes.length]! : TO_END));
      return onlyFirst(emit.slice(grad, begins, ends, axes));
    }
    case 'BatchNormalization': {
      refuseOthers(1, 'a statistic');
      if (attrInt(node, 'training_mode', 0) !== 0)
        throw unsupported(node, 'training_mode = 1 is not inference');
      const rank = ctx.shape(input(0)).length;
      const epsilon = emit.scalar(attrFloat(node, 'epsilon', 1e-5));
      const factor = emit.one('Div', [input(1), emit.one('Sqrt', [emit.one('Add', [input(4), epsilon])])]);
      const perChannel = emit.one('Reshape', [
        factor,
        emit.int64s([-1, ...new Array<number>(rank - 2).fill(1)]),
      ]);
      return onlyFirst(emit.one('Mul', [grad, perChannel]));
    }
    case 'Conv':
      return backwardConv(ctx);
    case 'MaxPool':
      return backwardMaxPool(ctx);
    case 'AveragePool':
      return backwardAveragePool(ctx);
    case 'GlobalAveragePool': {
      const spatial = ctx.shape(input(0)).slice(2);
      const scaled = emit.one('Div', [grad, emit.scalar(product(spatial))]);
      return onlyFirst(emit.one('Expand', [scaled, emit.one('Shape', [input(0)])]));
    }
    default:
      throw unsupported(node, `${node.opType} has no backward rule`);
  }
}

function backwardGemm(ctx: BackwardContext): Contributions {
  const { emit, node, grad, needs } = ctx;
  const [a, b, c] = [node.inputs[0]!, node.inputs[1]!, node.inputs[2]];
  const transA = attrInt(node, 'transA', 0);
  const transB = attrInt(node, 'transB', 0);
  const alpha = attrFloat(node, 'alpha', 1);
  const beta = attrFloat(node, 'beta', 1);
  const gemm = (left: string, right: string, tA: number, tB: number) =>
    emit.one('Gemm', [left, right], {
      alpha: { kind: 'float', value: alpha },
      transA: ints(tA),
      transB: ints(tB),
    });
  const result: Contributions = [undefined, undefined, undefined];
  // Y = alpha * op(A) op(B) + beta * C, with d op(A) = alpha dY op(B)^T and d op(B) = alpha op(A)^T dY.
  if (needs(0)) result[0] = transA ? gemm(b, grad, transB, 1) : gemm(grad, b, 0, transB ? 0 : 1);
  if (needs(1)) result[1] = transB ? gemm(grad, a, 1, transA) : gemm(a, grad, transA ? 0 : 1, 0);
  if (c && needs(2)) {
    const scaled = beta === 1 ? grad : emit.one('Mul', [grad, emit.scalar(beta)]);
    result[2] = unbroadcast(ctx, scaled, ctx.shape(node.outputs[0]!), c);
  }
  return result;
}

function backwardMatMul(ctx: BackwardContext): Contributions {
  const { emit, node, grad, needs } = ctx;
  const [a, b] = [node.inputs[0]!, node.inputs[1]!];
  const shapeA = ctx.shape(a);
  const shapeB = ctx.shape(b);
  const outShape = ctx.shape(node.outputs[0]!);
  if (shapeA.length < 2) throw unsupported(node, 'a 1-D left operand has no backward rule');
  const swapLast = (rank: number) => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
  const result: Contributions = [undefined, undefined];
  if (shapeB.length === 1) {
    // Y[..., n] = sum_k A[..., n, k] B[k]: both gradients are products with dY[..., n, 1].
    const column = emit.one('Unsqueeze', [grad, emit.int64s([-1])]);
    const gradShape = [...outShape, shapeB[0]!];
    if (needs(0)) result[0] = unbroadcast(ctx, emit.one('Mul', [column, b]), gradShape, a);
    if (needs(1)) result[1] = unbroadcast(ctx, emit.one('Mul', [column, a]), gradShape, b);
    return result;
  }
  const batch = outShape.slice(0, -2);
  const [n, k] = shapeA.slice(-2) as [number, number];
  const m = shapeB[shapeB.length - 1]!;
  if (needs(0)) {
    const bT = emit.one('Transpose', [b], { perm: intList(swapLast(shapeB.length)) });
    result[0] = unbroadcast(ctx, emit.one('MatMul', [grad, bT]), [...batch, n, k], a);
  }
  if (needs(1)) {
    const aT = emit.one('Transpose', [a], { perm: intList(swapLast(shapeA.length)) });
    result[1] = unbroadcast(ctx, emit.one('MatMul', [aT, grad]), [...batch, k, m], b);
  }
  return result;
}

/**
 * Pads and output_padding of a ConvTranspose that maps the window grid back onto an input of
 * `spatial` size: output = stride (out - 1) + effective kernel - padBegin - padEnd + outputPadding.
 */
function transposedPadding(
  spatial: Shape,
  geometry: WindowGeometry,
): { pads: number[]; outputPadding: number[] } {
  const rank = spatial.length;
  const pads = [...geometry.pads];
  const outputPadding = new Array<number>(rank).fill(0);
  for (let i = 0; i < rank; i++) {
    const effective = (geometry.kernel[i]! - 1) * geometry.dilations[i]! + 1;
    const full = geometry.strides[i]! * (geometry.outSpatial[i]! - 1) + effective;
    const missing = spatial[i]! - (full - pads[i]! - pads[i + rank]!);
    // A window grid that overhangs the padded input (ceil mode) is cropped with more end padding.
    if (missing >= 0) outputPadding[i] = missing;
    else pads[i + rank] = pads[i + rank]! - missing;
  }
  return { pads, outputPadding };
}

function convTranspose(
  emit: Emitter,
  grad: string,
  weight: string,
  geometry: WindowGeometry,
  spatial: Shape,
  group: number,
): string {
  const { pads, outputPadding } = transposedPadding(spatial, geometry);
  return emit.one('ConvTranspose', [grad, weight], {
    kernel_shape: intList(geometry.kernel),
    strides: intList(geometry.strides),
    dilations: intList(geometry.dilations),
    pads: intList(pads),
    output_padding: intList(outputPadding),
    group: ints(group),
  });
}

function backwardConv(ctx: BackwardContext): Contributions {
  const { emit, node, grad, needs } = ctx;
  if (needs(1) || needs(2))
    throw unsupported(node, 'a weight or bias that depends on the model input has no backward rule');
  const x = node.inputs[0]!;
  const inShape = ctx.shape(x);
  const geometry = windowGeometry(node, inShape, ctx.shape(node.inputs[1]!));
  const group = attrInt(node, 'group', 1);
  // The Conv weight [C_out, C_in / group, k...] is exactly the ConvTranspose weight of the adjoint.
  return [convTranspose(emit, grad, node.inputs[1]!, geometry, inShape.slice(2), group)];
}

/** Whether a pool's windows share inputs (then their gradients must add up where they meet). */
function hasOverlappingWindows(node: GraphNode): boolean {
  const kernel = attrInts(node, 'kernel_shape') ?? [];
  const strides = attrInts(node, 'strides');
  const dilations = attrInts(node, 'dilations');
  return kernel.some((k, i) => (k - 1) * (dilations?.[i] ?? 1) + 1 > (strides?.[i] ?? 1));
}

function backwardMaxPool(ctx: BackwardContext): Contributions {
  const { emit, node, grad } = ctx;
  const x = node.inputs[0]!;
  // buildLossGradientGraph raises the opset to 16 for this (ScatterElements with reduction).
  const overlapping = hasOverlappingWindows(node);
  const attributes = { ...node.attributes, storage_order: ints(0) };
  // The Indices output flattens the whole input tensor (batch and channel included).
  const indices = emit.op('MaxPool', [x], attributes, 2)[1]!;
  const flat = emit.int64s([-1]);
  const size = emit.one('Reshape', [emit.one('Size', [x]), emit.int64s([1])]);
  const zeros = emit.one('ConstantOfShape', [size], {
    value: { kind: 'tensor', value: { dataType: DataType.FLOAT, dims: [1], data: Float32Array.of(0) } },
  });
  const scatterAttributes: Record<string, AttributeValue> = { axis: ints(0) };
  if (overlapping) scatterAttributes.reduction = { kind: 'string', value: 'add' };
  const scattered = emit.one(
    'ScatterElements',
    [zeros, emit.one('Reshape', [indices, flat]), emit.one('Reshape', [grad, flat])],
    scatterAttributes,
  );
  return [emit.reshapeLike(scattered, x)];
}

function backwardAveragePool(ctx: BackwardContext): Contributions {
  const { emit, node, grad } = ctx;
  const x = node.inputs[0]!;
  const inShape = ctx.shape(x);
  const geometry = windowGeometry(node, inShape);
  if (geometry.dilations.some((d) => d !== 1))
    throw unsupported(node, 'dilated average pooling has no backward rule');
  const spatial = inShape.slice(2);
  const rank = spatial.length;
  const channels = inShape[1]!;
  const countPads = attrInt(node, 'count_include_pad', 0) === 1;
  // Each window's divisor, as onnxruntime counts it: the window clipped to the padded input, or
  // to the input itself when padding does not count.
  const perAxis = spatial.map((size, i) =>
    Array.from({ length: geometry.outSpatial[i]! }, (_, o) => {
      const start = o * geometry.strides[i]! - geometry.pads[i]!;
      const end = Math.min(start + geometry.kernel[i]!, size + geometry.pads[i + rank]!);
      return countPads ? end - start : Math.min(end, size) - Math.max(start, 0);
    }),
  );
  const divisors: number[] = [];
  const visit = (axis: number, acc: number) => {
    if (axis === rank) return void divisors.push(acc);
    for (const count of perAxis[axis]!) visit(axis + 1, acc * count);
  };
  visit(0, 1);
  const scaled = emit.one('Div', [grad, emit.floats(divisors, geometry.outSpatial)]);
  const kernelSize = product(geometry.kernel);
  const ones = emit.floats(new Array<number>(channels * kernelSize).fill(1), [
    channels,
    1,
    ...geometry.kernel,
  ]);
  return [convTranspose(emit, scaled, ones, geometry, spatial, channels)];
}

// ---------------------------------------------------------------------------------------------
// The loss and the whole graph

/** Per-sample loss and its gradient with respect to the logits. */
function emitLoss(
  emit: Emitter,
  logits: string,
  labels: string,
  loss: LossKind,
): { loss: string; grad: string } {
  const trueLogit = emit.reduceSum(emit.one('Mul', [logits, labels]), [1], false);
  if (loss === 'ce') {
    // log-sum-exp after subtracting the row maximum, so that large logits do not overflow.
    const shifted = emit.one('Sub', [logits, emit.reduceMax(logits, [1], true)]);
    const lse = emit.one('Log', [emit.reduceSum(emit.one('Exp', [shifted]), [1], false)]);
    const shiftedTrue = emit.reduceSum(emit.one('Mul', [shifted, labels]), [1], false);
    const value = emit.one('Sub', [lse, shiftedTrue]);
    const grad = emit.one('Sub', [emit.one('Softmax', [logits], { axis: ints(-1) }), labels]);
    return { loss: value, grad };
  }
  const masked = emit.one('Sub', [logits, emit.one('Mul', [labels, emit.scalar(MASK_MAGNITUDE)])]);
  const other = emit.reduceMax(masked, [1], false);
  const value = emit.one('Sub', [other, trueLogit]);
  // The gradient through the max is the one-hot of one maximising class (ArgMax picks the first).
  const best = emit.one('ArgMax', [masked], { axis: ints(1), keepdims: ints(1) });
  const zeros = emit.one('Mul', [labels, emit.scalar(0)]);
  const ones = emit.one('ConstantOfShape', [emit.one('Shape', [best])], {
    value: { kind: 'tensor', value: { dataType: DataType.FLOAT, dims: [1], data: Float32Array.of(1) } },
  });
  const oneHot = emit.one('ScatterElements', [zeros, best, ones], { axis: ints(1) });
  return { loss: value, grad: emit.one('Sub', [oneHot, labels]) };
}

/**
 * Names the first op, from the input on, that lies on a path to the logits and has no backward
 * rule, before any rule runs (a later rule would otherwise fail on the shapes it cannot know).
 */
function refuseOpsWithoutRule(graph: ModelGraph, differentiable: ReadonlySet<string>, logits: string): void {
  const needed = new Set([logits]);
  const onPath: GraphNode[] = [];
  for (let index = graph.nodes.length - 1; index >= 0; index--) {
    const node = graph.nodes[index]!;
    if (!node.outputs.some((name) => name && needed.has(name))) continue;
    for (const name of node.inputs) if (name) needed.add(name);
    if (isNonDifferentiable(node) || !node.inputs.some((name) => name && differentiable.has(name))) continue;
    onPath.push(node);
  }
  for (const node of onPath.reverse()) {
    if (node.domain !== '' && node.domain !== 'ai.onnx') {
      throw unsupported(node, `ops of domain '${node.domain}' have no backward rule`);
    }
    if (!BACKWARD_RULES.has(node.opType)) throw unsupported(node, `${node.opType} has no backward rule`);
  }
}

/**
 * The classifier graph (input 'x' [batch, ...], output 'logits' [batch, classes]) extended with
 * input 'labels_onehot' [batch, classes] and outputs 'loss' [batch] and 'grad' (the shape of x):
 * the gradient of each sample's loss with respect to that sample's input.
 */
export function buildLossGradientGraph(graph: ModelGraph, loss: LossKind): ModelGraph {
  if (graph.inputs.length !== 1 || graph.outputs.length !== 1) {
    throw new Error('the gradient graph needs a classifier graph with one input and one output');
  }
  const inputName = graph.inputs[0]!.name;
  const logitsName = graph.outputs[0]!.name;
  const opset = graph.opsets[''] ?? graph.opsets['ai.onnx'];
  if (opset === undefined || opset < MIN_OPSET) {
    throw new UnsupportedGradientError(
      'opset',
      `the model's ONNX opset ${opset ?? '(none)'} is older than ${MIN_OPSET}, which the backward graph needs`,
    );
  }
  const facts = inferShapes(graph, opset);
  const taken = new Set<string>([
    inputName,
    LABELS_INPUT,
    LOSS_OUTPUT,
    GRADIENT_OUTPUT,
    ...graph.initializers.keys(),
  ]);
  for (const node of graph.nodes)
    for (const name of [...node.inputs, ...node.outputs, node.name]) taken.add(name);
  const flags = new Map<string, boolean>();
  for (const [name, tensor] of graph.initializers) {
    if (tensor.dataType === DataType.BOOL && tensor.data.length === 1) flags.set(name, tensor.data[0] !== 0);
  }
  for (const node of graph.nodes) {
    const value = attr(node, 'value');
    if (node.opType === 'Constant' && value?.kind === 'tensor' && value.value.dataType === DataType.BOOL) {
      if (value.value.data.length === 1) flags.set(node.outputs[0]!, value.value.data[0] !== 0);
    }
  }
  // Overlapping MaxPool windows scatter-add their gradients, which ScatterElements does from
  // opset 16; no op between 13 and 16 changed its meaning for a float inference graph.
  const writeOpset =
    opset < 16 && graph.nodes.some((node) => node.opType === 'MaxPool' && hasOverlappingWindows(node))
      ? 16
      : opset;
  const emit = new Emitter(taken, writeOpset, opset, facts, flags);
  const differentiable = differentiableTensors(graph, inputName);
  if (!differentiable.has(logitsName)) {
    throw new Error(`graph output '${logitsName}' does not depend on input '${inputName}'`);
  }

  refuseOpsWithoutRule(graph, differentiable, logitsName);

  const seed = emitLoss(emit, logitsName, LABELS_INPUT, loss);
  const pending = new Map<string, string[]>([[logitsName, [seed.grad]]]);
  const gradientOf = (name: string): string | undefined => {
    const parts = pending.get(name);
    if (!parts || parts.length === 0) return undefined;
    return parts.length === 1 ? parts[0]! : emit.one('Sum', parts);
  };
  const shape =
    (node: GraphNode) =>
    (name: string): Shape => {
      const known = facts.shapes.get(name);
      if (!known) throw unsupported(node, `the shape of '${name}' could not be inferred`);
      return known;
    };

  for (let index = graph.nodes.length - 1; index >= 0; index--) {
    const node = graph.nodes[index]!;
    const outputsWithGradient = node.outputs.filter((name) => name && pending.has(name));
    if (outputsWithGradient.length === 0) continue;
    if (node.outputs.slice(1).some((name) => name && pending.has(name) && differentiable.has(name))) {
      throw unsupported(node, 'a gradient through an output other than the first has no backward rule');
    }
    const grad = gradientOf(node.outputs[0]!);
    if (!grad) continue;
    const contributions = backwardNode({
      emit,
      node,
      grad,
      needs: (i) => {
        const name = node.inputs[i];
        return name !== undefined && name !== '' && differentiable.has(name);
      },
      shape: shape(node),
    });
    contributions.forEach((contribution, i) => {
      const name = node.inputs[i];
      if (!contribution || !name || !differentiable.has(name)) return;
      const list = pending.get(name) ?? [];
      list.push(contribution);
      pending.set(name, list);
    });
  }

  const inputGradient = gradientOf(inputName) ?? emit.one('Mul', [inputName, emit.scalar(0)]);
  emit.nodes.push(
    {
      opType: 'Identity',
      domain: '',
      name: emit.fresh('loss'),
      inputs: [seed.loss],
      outputs: [LOSS_OUTPUT],
      attributes: {},
    },
    {
      opType: 'Identity',
      domain: '',
      name: emit.fresh('grad'),
      inputs: [inputGradient],
      outputs: [GRADIENT_OUTPUT],
      attributes: {},
    },
  );
  const input = graph.inputs[0]!;
  const batchDim = input.shape?.[0] ?? 'N';
  const opsetKey = '' in graph.opsets ? '' : 'ai.onnx';
  return {
    ...graph,
    opsets: { ...graph.opsets, [opsetKey]: writeOpset },
    inputs: [
      input,
      { name: LABELS_INPUT, elemType: DataType.FLOAT, shape: [batchDim, graph.outputs[0]!.shape?.[1]] },
    ],
    outputs: [
      graph.outputs[0]!,
      { name: LOSS_OUTPUT, elemType: DataType.FLOAT, shape: [batchDim] },
      { name: GRADIENT_OUTPUT, elemType: DataType.FLOAT, shape: input.shape },
    ],
    initializers: new Map([...graph.initializers, ...emit.initializers]),
    nodes: [...graph.nodes, ...emit.nodes],
  };
}
