/**
 * A classifier graph compiled into a per-sample plan, and its float64 forward pass.
 *
 * The bounds (`interval.ts`, `crown.ts`) and the reference evaluator share this plan: it resolves
 * every ONNX detail (broadcasting, attribute defaults that changed between opsets, shape
 * arithmetic that exporters emit as Shape/Gather/Concat chains) once, so each pass only walks a
 * short list of typed-array kernels. Every tensor that depends on the input keeps the batch as
 * its leading axis and is stored as n contiguous samples; an op that would mix samples (a Reshape
 * that merges the batch, a Transpose that moves it) is refused rather than evaluated wrongly.
 */
import { UsageError } from '../../core/errors.js';
import {
  broadcastShapes,
  DataType,
  type AttributeValue,
  type GraphNode,
  type ModelGraph,
  type TensorValue,
} from './graph.js';
import { MAX_SAMPLE_VALUES } from './model-size.js';

/** An op the pure-JS evaluator or the bounds cannot handle, or an attribute value they refuse. */
export class UnsupportedBoundError extends UsageError {
  constructor(
    readonly opType: string,
    readonly nodeName: string,
    detail?: string,
  ) {
    super(
      'NOT_IMPLEMENTED',
      `${opType} node '${nodeName}': ${detail ?? `the op ${opType} is not supported by the robustness bounds`}`,
    );
  }

  /** The evaluator runs a Softmax; the bounds need the logits before it (the transforms remove a final one). */
  static softmax(op: { readonly opType: string; readonly node: string }): UnsupportedBoundError {
    return new UnsupportedBoundError(
      op.opType,
      op.node,
      'the bounds do not support Softmax: certify the logits',
    );
  }
}

export type UnaryFunction =
  | { readonly kind: 'relu' }
  | { readonly kind: 'leakyRelu'; readonly alpha: number }
  | { readonly kind: 'sigmoid' }
  | { readonly kind: 'tanh' }
  | { readonly kind: 'exp' }
  | { readonly kind: 'log' }
  | { readonly kind: 'clip'; readonly min: number; readonly max: number };

interface OpBase {
  /** The ONNX node this op came from, for errors and notes. */
  readonly node: string;
  readonly opType: string;
  readonly output: number;
}

/** out[o] = in[map[o]] (Transpose). */
export interface PermuteOp extends OpBase {
  readonly kind: 'permute';
  readonly input: number;
  readonly map: Int32Array;
}

/** out[o] = in[map ? map[o] : o] * scale[o] + shift[o] (arithmetic with constants, BatchNormalization). */
export interface ScaleShiftOp extends OpBase {
  readonly kind: 'scaleShift';
  readonly input: number;
  readonly map: Int32Array | undefined;
  readonly scale: Float64Array;
  readonly shift: Float64Array;
}

/** Per sample, a [rows, inner] input times the transpose of weight [outer, inner], plus bias [outer]. */
export interface DenseOp extends OpBase {
  readonly kind: 'dense';
  readonly input: number;
  readonly rows: number;
  readonly inner: number;
  readonly outer: number;
  readonly weight: Float64Array;
  readonly absWeight: Float64Array;
  /** [inner, outer]: the backward pass reads the weight by columns. */
  readonly transposedWeight: Float64Array;
  readonly bias: Float64Array | undefined;
}

/** A 2-D convolution (a 1-D one has inH = outH = kH = 1). */
export interface ConvOp extends OpBase {
  readonly kind: 'conv';
  readonly input: number;
  readonly inC: number;
  readonly inH: number;
  readonly inW: number;
  readonly outC: number;
  readonly outH: number;
  readonly outW: number;
  readonly kH: number;
  readonly kW: number;
  readonly strideH: number;
  readonly strideW: number;
  readonly padTop: number;
  readonly padLeft: number;
  readonly dilationH: number;
  readonly dilationW: number;
  readonly group: number;
  /** [outC, inC / group, kH, kW]. */
  readonly weight: Float64Array;
  readonly absWeight: Float64Array;
  readonly bias: Float64Array | undefined;
  /** inC / group * kH * kW: the length of one patch (one output's receptive field in its group). */
  readonly patchSize: number;
  /**
   * outH * outW x patchSize: for each output position and patch entry (channel in group, kh, kw),
   * the input's offset from its group's first channel, or -1 where the patch covers padding.
   */
  readonly patchIndex: Int32Array;
  /** Per group, its weights as [patchSize, outC / group], for the backward pass. */
  readonly transposedWeight: Float64Array;
}

/**
 * Pooling over windows of the spatial positions, the same windows in every channel: window p is
 * windowIndex[windowStart[p] .. windowStart[p + 1]) (spatial offsets of real, unpadded inputs).
 */
export interface PoolOp extends OpBase {
  readonly kind: 'pool';
  readonly mode: 'average' | 'max';
  readonly input: number;
  readonly channels: number;
  readonly inSpatial: number;
  readonly outSpatial: number;
  readonly windowStart: Int32Array;
  readonly windowIndex: Int32Array;
  /** Average pooling: what each window's sum is divided by. */
  readonly divisor: Float64Array;
}

/** Elementwise arithmetic of two computed tensors, broadcast by index maps. */
export interface BinaryOp extends OpBase {
  readonly kind: 'binary';
  readonly operation: 'add' | 'sub' | 'mul';
  readonly left: number;
  readonly right: number;
  readonly leftMap: Int32Array | undefined;
  readonly rightMap: Int32Array | undefined;
}

/** out[placement[i][k]] = inputs[i][k]. */
export interface ConcatOp extends OpBase {
  readonly kind: 'concat';
  readonly inputs: readonly number[];
  readonly placements: readonly Int32Array[];
}

export interface UnaryOp extends OpBase {
  readonly kind: 'unary';
  readonly input: number;
  readonly fn: UnaryFunction;
}

/** Softmax over axisLength entries spaced `inner` apart, in `outer` blocks per sample. */
export interface SoftmaxOp extends OpBase {
  readonly kind: 'softmax';
  readonly input: number;
  readonly outer: number;
  readonly axisLength: number;
  readonly inner: number;
}

export type PlanOp =
  PermuteOp | ScaleShiftOp | DenseOp | ConvOp | PoolOp | BinaryOp | ConcatOp | UnaryOp | SoftmaxOp;

export interface GraphPlan {
  readonly inputName: string;
  /** One sample's input shape (without the batch) and its size. */
  readonly sampleShape: readonly number[];
  readonly inputSize: number;
  /** Size of one sample's output: the number of classes. */
  readonly classes: number;
  /** Size of one sample of each computed tensor; tensor 0 is the input. */
  readonly valueSizes: readonly number[];
  /** In topological order; op i writes tensor i + 1 (so the producer of tensor v is ops[v - 1]). */
  readonly ops: readonly PlanOp[];
  readonly output: number;
  /**
   * For tensors whose elements are each (scale * one input element + a constant), distinct input
   * elements for distinct entries: the scales. The L2 bounds use it to give the first linear
   * layer its exact per-neuron radius over the ball.
   */
  readonly inputScale: readonly (Float64Array | undefined)[];
  /**
   * For outputs of a linear layer applied to such a tensor: ||row_j * scale||_2 per output, the
   * output's exact half-width over an L2 ball of radius 1 around the input.
   */
  readonly l2Radius: readonly (Float64Array | undefined)[];
}

/** Ops whose output is an affine function of their inputs. */
export function isLinearOp(op: PlanOp): boolean {
  switch (op.kind) {
    case 'unary':
    case 'softmax':
      return false;
    case 'pool':
      return op.mode === 'average';
    case 'binary':
      return op.operation !== 'mul';
    default:
      return true;
  }
}

export function opInputs(op: PlanOp): readonly number[] {
  switch (op.kind) {
    case 'binary':
      return [op.left, op.right];
    case 'concat':
      return op.inputs;
    default:
      return [op.input];
  }
}

// ---------------------------------------------------------------------------------------------
// Compilation

interface ConstTensor {
  readonly dims: readonly number[];
  readonly data: Float64Array;
  readonly integer: boolean;
}

type Value =
  | { readonly kind: 'const'; readonly tensor: ConstTensor }
  | { readonly kind: 'var'; readonly id: number; readonly shape: readonly number[] }
  | { readonly kind: 'unavailable'; readonly producer: GraphNode; readonly why: string };

const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

function constFromTensor(tensor: TensorValue): ConstTensor {
  const data = new Float64Array(tensor.data.length);
  if (tensor.data instanceof BigInt64Array) {
    for (let i = 0; i < data.length; i++) data[i] = Number(tensor.data[i]!);
  } else {
    data.set(tensor.data);
  }
  const integer = tensor.dataType !== DataType.FLOAT && tensor.dataType !== DataType.DOUBLE;
  return { dims: [...tensor.dims], data, integer };
}

function stridesOf(dims: readonly number[]): number[] {
  const strides = new Array<number>(dims.length).fill(1);
  for (let i = dims.length - 2; i >= 0; i--) strides[i] = strides[i + 1]! * dims[i + 1]!;
  return strides;
}

/**
 * Refuses, before anything is allocated, a table the plan would keep per sample that is larger
 * than a crafted model should be able to ask for (`checkModelSize` refuses such models earlier,
 * naming the file; this keeps the plan safe when it is compiled on its own).
 */
function checkPlanValues(node: GraphNode, values: number, what: string): void {
  if (!(values <= MAX_SAMPLE_VALUES)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `${what} would hold ${values} values per sample, more than the limit of ${MAX_SAMPLE_VALUES}; the model is too large to evaluate`,
    );
  }
}

/** For each element of `outShape`, the element of a tensor of `inShape` broadcast to it. */
function broadcastIndexMap(
  node: GraphNode,
  outShape: readonly number[],
  inShape: readonly number[],
): Int32Array | undefined {
  const same = outShape.length === inShape.length && outShape.every((d, i) => d === inShape[i]);
  if (same) return undefined;
  const size = product(outShape);
  checkPlanValues(node, size, 'its output');
  const map = new Int32Array(size);
  const inStrides = stridesOf(inShape);
  const rank = outShape.length;
  const offset = rank - inShape.length;
  const coords = new Array<number>(rank).fill(0);
  for (let o = 0; o < size; o++) {
    let index = 0;
    for (let axis = offset; axis < rank; axis++) {
      if (inShape[axis - offset] !== 1) index += coords[axis]! * inStrides[axis - offset]!;
    }
    map[o] = index;
    for (let axis = rank - 1; axis >= 0; axis--) {
      if (++coords[axis]! < outShape[axis]!) break;
      coords[axis] = 0;
    }
  }
  return map;
}

function expandConstant(
  node: GraphNode,
  tensor: ConstTensor,
  dims: readonly number[],
  outShape: readonly number[],
): Float64Array {
  const map = broadcastIndexMap(node, outShape, dims);
  if (!map) return Float64Array.from(tensor.data);
  const out = new Float64Array(map.length);
  for (let o = 0; o < map.length; o++) out[o] = tensor.data[map[o]!]!;
  return out;
}

function isInjective(map: Int32Array | undefined, size: number): boolean {
  if (!map) return true;
  const seen = new Uint8Array(size);
  for (const index of map) {
    if (seen[index]) return false;
    seen[index] = 1;
  }
  return true;
}

function normalizeAxis(axis: number, rank: number, op: GraphNode, what: string): number {
  const normalized = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(normalized) || normalized < 0 || normalized >= rank) {
    throw new UnsupportedBoundError(op.opType, op.name, `${what} ${axis} is out of range for rank ${rank}`);
  }
  return normalized;
}

const FOLDABLE = new Set([
  'Constant',
  'Identity',
  'Cast',
  'Gather',
  'Unsqueeze',
  'Squeeze',
  'Concat',
  'Reshape',
  'Flatten',
  'Add',
  'Sub',
  'Mul',
  'Div',
  'Neg',
  'Dropout',
]);

const FLOAT_TYPES: ReadonlySet<number> = new Set([DataType.FLOAT, DataType.DOUBLE, 10, 16]);

class PlanBuilder {
  readonly values = new Map<string, Value>();
  readonly valueSizes: number[] = [];
  readonly inputScale: (Float64Array | undefined)[] = [];
  readonly l2Radius: (Float64Array | undefined)[] = [];
  readonly ops: PlanOp[] = [];

  constructor(
    readonly graph: ModelGraph,
    readonly batch: number,
    readonly opset: number,
  ) {}

  addOp(
    op: PlanOp,
    outName: string,
    shape: readonly number[],
    inputScale?: Float64Array,
    l2Radius?: Float64Array,
  ): void {
    if (op.output !== this.valueSizes.length) throw new Error('plan ops must be added in order');
    this.ops.push(op);
    this.valueSizes.push(product(shape));
    this.inputScale.push(inputScale);
    this.l2Radius.push(l2Radius);
    this.values.set(outName, { kind: 'var', id: op.output, shape });
  }

  nextId(): number {
    return this.valueSizes.length;
  }

  get(node: GraphNode, index: number): Value | undefined {
    const name = node.inputs[index];
    if (name === undefined || name === '') return undefined;
    const value = this.values.get(name);
    if (!value) {
      throw new UsageError(
        'INVALID_INPUT',
        `${node.opType} node '${node.name}' reads '${name}', which no earlier node, initializer or input defines`,
      );
    }
    if (value.kind === 'unavailable') {
      throw new UnsupportedBoundError(value.producer.opType, value.producer.name, value.why);
    }
    return value;
  }

  require(node: GraphNode, index: number): Value {
    const value = this.get(node, index);
    if (!value) {
      throw new UnsupportedBoundError(node.opType, node.name, `input ${index} is missing`);
    }
    return value;
  }

  requireVar(node: GraphNode, index: number): Extract<Value, { kind: 'var' }> {
    const value = this.require(node, index);
    if (value.kind !== 'var') {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `input ${index} was expected to depend on the model input`,
      );
    }
    return value;
  }

  requireConst(node: GraphNode, index: number, what: string): ConstTensor {
    const value = this.require(node, index);
    if (value.kind !== 'const') {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `${what} (input ${index}) depends on the model input; only a constant is supported`,
      );
    }
    return value.tensor;
  }

  optionalConst(node: GraphNode, index: number, what: string): ConstTensor | undefined {
    return this.get(node, index) === undefined ? undefined : this.requireConst(node, index, what);
  }

  /** The full shape ([batch, ...sample]) of a computed tensor. */
  fullShape(value: Extract<Value, { kind: 'var' }>): number[] {
    return [this.batch, ...value.shape];
  }
}

function attribute(node: GraphNode, name: string): AttributeValue | undefined {
  return node.attributes[name];
}

/** An attribute of the expected kind (an int also stands for a float), else a refusal naming it. */
function typedAttribute<K extends AttributeValue['kind']>(
  node: GraphNode,
  name: string,
  kinds: readonly K[],
): Extract<AttributeValue, { kind: K }> | undefined {
  const value = attribute(node, name);
  if (value === undefined) return undefined;
  if (!(kinds as readonly string[]).includes(value.kind)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `attribute '${name}' is ${value.kind}, expected ${kinds[0]}`,
    );
  }
  return value as Extract<AttributeValue, { kind: K }>;
}

function attrInt(node: GraphNode, name: string, fallback: number): number {
  return typedAttribute(node, name, ['int'])?.value ?? fallback;
}

function attrFloat(node: GraphNode, name: string, fallback: number): number {
  return typedAttribute(node, name, ['float', 'int'])?.value ?? fallback;
}

function attrInts(node: GraphNode, name: string): readonly number[] | undefined {
  return typedAttribute(node, name, ['ints'])?.value;
}

function attrString(node: GraphNode, name: string, fallback: string): string {
  return typedAttribute(node, name, ['string'])?.value ?? fallback;
}

/** Axes from the input (opset 13+ Squeeze/Unsqueeze) or the attribute (earlier opsets). */
function axesOf(builder: PlanBuilder, node: GraphNode): readonly number[] | undefined {
  const fromInput = builder.optionalConst(node, 1, 'axes');
  if (fromInput) return Array.from(fromInput.data);
  return attrInts(node, 'axes');
}

/** Output shape of a Reshape of `full` to `target` (ONNX semantics of 0 and -1). */
function reshapeTarget(
  node: GraphNode,
  full: readonly number[],
  target: readonly number[],
  allowZero: boolean,
): number[] {
  const total = product(full);
  const out = target.map((d, i) => (d === 0 && !allowZero ? full[i] : d));
  if (out.some((d) => d === undefined)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `target shape [${target.join(', ')}] copies a missing dimension`,
    );
  }
  const resolved = out as number[];
  const inferred = resolved.indexOf(-1);
  if (inferred >= 0) {
    const known = product(resolved.filter((_, i) => i !== inferred));
    if (known === 0 || total % known !== 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `cannot reshape [${full.join(', ')}] to [${target.join(', ')}]`,
      );
    }
    resolved[inferred] = total / known;
  }
  if (product(resolved) !== total || resolved.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `cannot reshape [${full.join(', ')}] to [${target.join(', ')}]`,
    );
  }
  return resolved;
}

function foldConstant(builder: PlanBuilder, node: GraphNode): ConstTensor[] {
  const c = (index: number): ConstTensor => builder.requireConst(node, index, `input ${index}`);
  switch (node.opType) {
    case 'Constant': {
      const value = attribute(node, 'value');
      if (value?.kind === 'tensor') return [constFromTensor(value.value)];
      const single = attribute(node, 'value_float') ?? attribute(node, 'value_int');
      if (single && (single.kind === 'float' || single.kind === 'int')) {
        return [{ dims: [], data: Float64Array.of(single.value), integer: single.kind === 'int' }];
      }
      const list = attribute(node, 'value_floats') ?? attribute(node, 'value_ints');
      if (list && (list.kind === 'floats' || list.kind === 'ints')) {
        return [
          { dims: [list.value.length], data: Float64Array.from(list.value), integer: list.kind === 'ints' },
        ];
      }
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        'only tensor, float(s) and int(s) constants are supported',
      );
    }
    case 'Identity':
    case 'Dropout':
      return [c(0)];
    case 'Cast': {
      const to = attrInt(node, 'to', DataType.FLOAT);
      const input = c(0);
      if (FLOAT_TYPES.has(to)) return [{ dims: input.dims, data: input.data, integer: false }];
      const data = input.data.map((v) => (to === DataType.BOOL ? (v !== 0 ? 1 : 0) : Math.trunc(v)));
      return [{ dims: input.dims, data, integer: true }];
    }
    case 'Neg': {
      const input = c(0);
      return [{ ...input, data: input.data.map((v) => -v) }];
    }
    case 'Gather': {
      const data = c(0);
      const indices = c(1);
      const axis = normalizeAxis(attrInt(node, 'axis', 0), data.dims.length, node, 'axis');
      const outer = product(data.dims.slice(0, axis));
      const inner = product(data.dims.slice(axis + 1));
      const axisLength = data.dims[axis]!;
      checkPlanValues(node, outer * indices.data.length * inner, 'its output');
      const out = new Float64Array(outer * indices.data.length * inner);
      let o = 0;
      for (let a = 0; a < outer; a++) {
        for (const rawIndex of indices.data) {
          const index = rawIndex < 0 ? rawIndex + axisLength : rawIndex;
          if (index < 0 || index >= axisLength) {
            throw new UnsupportedBoundError(node.opType, node.name, `index ${rawIndex} is out of range`);
          }
          for (let i = 0; i < inner; i++) out[o++] = data.data[(a * axisLength + index) * inner + i]!;
        }
      }
      const dims = [...data.dims.slice(0, axis), ...indices.dims, ...data.dims.slice(axis + 1)];
      return [{ dims, data: out, integer: data.integer }];
    }
    case 'Unsqueeze': {
      const input = c(0);
      const axes = axesOf(builder, node) ?? [];
      const rank = input.dims.length + axes.length;
      const normalized = new Set(axes.map((a) => normalizeAxis(a, rank, node, 'axis')));
      const dims: number[] = [];
      let next = 0;
      for (let i = 0; i < rank; i++) dims.push(normalized.has(i) ? 1 : input.dims[next++]!);
      return [{ ...input, dims }];
    }
    case 'Squeeze': {
      const input = c(0);
      const axes = axesOf(builder, node);
      const drop = new Set(
        axes === undefined
          ? input.dims.flatMap((d, i) => (d === 1 ? [i] : []))
          : axes.map((a) => normalizeAxis(a, input.dims.length, node, 'axis')),
      );
      return [{ ...input, dims: input.dims.filter((_, i) => !drop.has(i)) }];
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => c(i));
      const rank = parts[0]!.dims.length;
      const axis = normalizeAxis(attrInt(node, 'axis', 0), rank, node, 'axis');
      const outer = product(parts[0]!.dims.slice(0, axis));
      const dims = [...parts[0]!.dims];
      dims[axis] = parts.reduce((sum, p) => sum + p.dims[axis]!, 0);
      const out = new Float64Array(product(dims));
      let o = 0;
      for (let a = 0; a < outer; a++) {
        for (const part of parts) {
          const block = product(part.dims.slice(axis));
          out.set(part.data.subarray(a * block, (a + 1) * block), o);
          o += block;
        }
      }
      return [{ dims, data: out, integer: parts.every((p) => p.integer) }];
    }
    case 'Reshape': {
      const input = c(0);
      const target = Array.from(c(1).data);
      return [
        { ...input, dims: reshapeTarget(node, input.dims, target, attrInt(node, 'allowzero', 0) === 1) },
      ];
    }
    case 'Flatten': {
      const input = c(0);
      const axis = attrInt(node, 'axis', 1);
      const split = axis < 0 ? axis + input.dims.length : axis;
      return [{ ...input, dims: [product(input.dims.slice(0, split)), product(input.dims.slice(split))] }];
    }
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div': {
      const a = c(0);
      const b = c(1);
      const dims = broadcastShapes(a.dims, b.dims);
      if (!dims) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `shapes [${a.dims}] and [${b.dims}] do not broadcast`,
        );
      }
      const left = expandConstant(node, a, a.dims, dims);
      const right = expandConstant(node, b, b.dims, dims);
      const integer = a.integer && b.integer;
      const out = new Float64Array(left.length);
      for (let i = 0; i < out.length; i++) {
        const l = left[i]!;
        const r = right[i]!;
        const v =
          node.opType === 'Add'
            ? l + r
            : node.opType === 'Sub'
              ? l - r
              : node.opType === 'Mul'
                ? l * r
                : l / r;
        out[i] = integer && node.opType === 'Div' ? Math.trunc(v) : v;
      }
      return [{ dims, data: out, integer }];
    }
    default:
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the op ${node.opType} is not supported on constant inputs`,
      );
  }
}

/** Spatial output size and leading padding of a convolution or pooling window (ONNX rules). */
function windowGeometry(
  node: GraphNode,
  inSize: readonly number[],
  kernel: readonly number[],
  ceilMode: boolean,
): { outSize: number[]; padBegin: number[]; padEnd: number[]; strides: number[]; dilations: number[] } {
  const rank = inSize.length;
  const strides = [...(attrInts(node, 'strides') ?? new Array<number>(rank).fill(1))];
  const dilations = [...(attrInts(node, 'dilations') ?? new Array<number>(rank).fill(1))];
  const pads = attrInts(node, 'pads') ?? new Array<number>(2 * rank).fill(0);
  const autoPad = attrString(node, 'auto_pad', 'NOTSET');
  if (strides.length !== rank || dilations.length !== rank || pads.length !== 2 * rank) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `strides, dilations or pads do not match ${rank} spatial axes`,
    );
  }
  if ([...strides, ...dilations].some((v) => !(v >= 1)) || pads.some((v) => v < 0)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      'strides and dilations must be >= 1 and pads >= 0',
    );
  }
  const outSize: number[] = [];
  const padBegin: number[] = [];
  const padEnd: number[] = [];
  for (let axis = 0; axis < rank; axis++) {
    const input = inSize[axis]!;
    const stride = strides[axis]!;
    const span = (kernel[axis]! - 1) * dilations[axis]! + 1;
    let out: number;
    let begin: number;
    let end: number;
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
      out = Math.ceil(input / stride);
      const total = Math.max(0, (out - 1) * stride + span - input);
      begin = autoPad === 'SAME_UPPER' ? Math.floor(total / 2) : total - Math.floor(total / 2);
      end = total - begin;
    } else if (autoPad === 'VALID') {
      begin = 0;
      end = 0;
      out = Math.floor((input - span) / stride) + 1;
    } else if (autoPad === 'NOTSET') {
      begin = pads[axis]!;
      end = pads[axis + rank]!;
      const room = input + begin + end - span;
      out = (ceilMode ? Math.ceil(room / stride) : Math.floor(room / stride)) + 1;
      // A window that would start beyond the input and its leading padding is dropped (ceil_mode).
      if (ceilMode && (out - 1) * stride >= input + begin) out--;
    } else {
      throw new UnsupportedBoundError(node.opType, node.name, `auto_pad '${autoPad}' is not an ONNX value`);
    }
    if (!(out >= 1)) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the window does not fit the input (axis size ${input})`,
      );
    }
    outSize.push(out);
    padBegin.push(begin);
    padEnd.push(end);
  }
  return { outSize, padBegin, padEnd, strides, dilations };
}

function compileConv(builder: PlanBuilder, node: GraphNode): void {
  const x = builder.requireVar(node, 0);
  const weightTensor = builder.requireConst(node, 1, 'weight');
  const biasTensor = builder.optionalConst(node, 2, 'bias');
  if (x.shape.length !== 2 && x.shape.length !== 3) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `only 1-D and 2-D convolutions are supported (input rank ${x.shape.length + 1})`,
    );
  }
  const spatial = x.shape.slice(1);
  const kernel = weightTensor.dims.slice(2);
  const group = attrInt(node, 'group', 1);
  const inC = x.shape[0]!;
  const outC = weightTensor.dims[0]!;
  if (
    weightTensor.dims.length !== x.shape.length + 1 ||
    !(group >= 1) ||
    inC % group !== 0 ||
    outC % group !== 0 ||
    weightTensor.dims[1] !== inC / group
  ) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `weight [${weightTensor.dims.join(', ')}] does not match input channels ${inC} with group ${group}`,
    );
  }
  const declaredKernel = attrInts(node, 'kernel_shape');
  if (declaredKernel && declaredKernel.some((k, i) => k !== kernel[i])) {
    throw new UnsupportedBoundError(node.opType, node.name, 'kernel_shape does not match the weight');
  }
  const geometry = windowGeometry(node, spatial, kernel, false);
  const twoD = spatial.length === 2;
  const bias = biasTensor ? Float64Array.from(biasTensor.data) : undefined;
  if (bias && bias.length !== outC) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `bias has ${bias.length} values for ${outC} channels`,
    );
  }
  const geometryH = twoD
    ? {
        out: geometry.outSize[0]!,
        stride: geometry.strides[0]!,
        pad: geometry.padBegin[0]!,
        dilation: geometry.dilations[0]!,
        k: kernel[0]!,
        size: spatial[0]!,
      }
    : { out: 1, stride: 1, pad: 0, dilation: 1, k: 1, size: 1 };
  const last = spatial.length - 1;
  const geometryW = {
    out: geometry.outSize[last]!,
    stride: geometry.strides[last]!,
    pad: geometry.padBegin[last]!,
    dilation: geometry.dilations[last]!,
    k: kernel[last]!,
    size: spatial[last]!,
  };
  const perGroupIn = inC / group;
  const perGroupOut = outC / group;
  const patchSize = perGroupIn * geometryH.k * geometryW.k;
  checkPlanValues(node, outC * geometryH.out * geometryW.out, 'its output');
  checkPlanValues(node, geometryH.out * geometryW.out * patchSize, 'its patch index');
  const patchIndex = new Int32Array(geometryH.out * geometryW.out * patchSize);
  for (let oh = 0; oh < geometryH.out; oh++) {
    for (let ow = 0; ow < geometryW.out; ow++) {
      const base = (oh * geometryW.out + ow) * patchSize;
      for (let cg = 0; cg < perGroupIn; cg++) {
        for (let kh = 0; kh < geometryH.k; kh++) {
          const ih = oh * geometryH.stride - geometryH.pad + kh * geometryH.dilation;
          for (let kw = 0; kw < geometryW.k; kw++) {
            const iw = ow * geometryW.stride - geometryW.pad + kw * geometryW.dilation;
            const inside = ih >= 0 && ih < geometryH.size && iw >= 0 && iw < geometryW.size;
            patchIndex[base + (cg * geometryH.k + kh) * geometryW.k + kw] = inside
              ? (cg * geometryH.size + ih) * geometryW.size + iw
              : -1;
          }
        }
      }
    }
  }
  const weight = Float64Array.from(weightTensor.data);
  const transposedWeight = new Float64Array(weight.length);
  for (let g = 0; g < group; g++) {
    const block = perGroupOut * patchSize;
    transposedWeight.set(
      transpose(weight.subarray(g * block, (g + 1) * block), perGroupOut, patchSize),
      g * block,
    );
  }
  const op: ConvOp = {
    kind: 'conv',
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    inC,
    inH: twoD ? spatial[0]! : 1,
    inW: spatial[spatial.length - 1]!,
    outC,
    outH: twoD ? geometry.outSize[0]! : 1,
    outW: geometry.outSize[geometry.outSize.length - 1]!,
    kH: twoD ? kernel[0]! : 1,
    kW: kernel[kernel.length - 1]!,
    strideH: twoD ? geometry.strides[0]! : 1,
    strideW: geometry.strides[geometry.strides.length - 1]!,
    padTop: twoD ? geometry.padBegin[0]! : 0,
    padLeft: geometry.padBegin[geometry.padBegin.length - 1]!,
    dilationH: twoD ? geometry.dilations[0]! : 1,
    dilationW: geometry.dilations[geometry.dilations.length - 1]!,
    group,
    weight,
    absWeight: weight.map(Math.abs),
    bias,
    patchSize,
    patchIndex,
    transposedWeight,
  };
  const scale = builder.inputScale[x.id];
  builder.addOp(
    op,
    node.outputs[0]!,
    [outC, ...geometry.outSize],
    undefined,
    scale && linearRadius(op, scale),
  );
}

function compilePool(builder: PlanBuilder, node: GraphNode, mode: 'average' | 'max', global: boolean): void {
  const x = builder.requireVar(node, 0);
  if (x.shape.length < 2 || x.shape.length > 3) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `only 1-D and 2-D pooling is supported (input rank ${x.shape.length + 1})`,
    );
  }
  if (node.outputs.length > 1 && node.outputs[1]) {
    builder.values.set(node.outputs[1], {
      kind: 'unavailable',
      producer: node,
      why: 'its Indices output is not supported',
    });
  }
  const channels = x.shape[0]!;
  const spatial = x.shape.slice(1);
  const twoD = spatial.length === 2;
  const inH = twoD ? spatial[0]! : 1;
  const inW = spatial[spatial.length - 1]!;
  let outSize: number[];
  let kernelH = inH;
  let kernelW = inW;
  let strideH = 1;
  let strideW = 1;
  let padTop = 0;
  let padLeft = 0;
  let padBottom = 0;
  let padRight = 0;
  let dilH = 1;
  let dilW = 1;
  if (global) {
    outSize = spatial.map(() => 1);
  } else {
    const kernel = attrInts(node, 'kernel_shape');
    if (!kernel || kernel.length !== spatial.length) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        'kernel_shape is missing or does not match the input rank',
      );
    }
    const geometry = windowGeometry(node, spatial, kernel, attrInt(node, 'ceil_mode', 0) === 1);
    outSize = geometry.outSize;
    const last = spatial.length - 1;
    kernelW = kernel[last]!;
    strideW = geometry.strides[last]!;
    padLeft = geometry.padBegin[last]!;
    padRight = geometry.padEnd[last]!;
    dilW = geometry.dilations[last]!;
    if (twoD) {
      kernelH = kernel[0]!;
      strideH = geometry.strides[0]!;
      padTop = geometry.padBegin[0]!;
      padBottom = geometry.padEnd[0]!;
      dilH = geometry.dilations[0]!;
    } else {
      kernelH = 1;
    }
  }
  const outH = twoD ? outSize[0]! : 1;
  const outW = outSize[outSize.length - 1]!;
  const includePad = mode === 'average' && attrInt(node, 'count_include_pad', 0) === 1;
  checkPlanValues(node, channels * outH * outW, 'its output');
  checkPlanValues(node, outH * outW * kernelH * kernelW, 'its window index');
  const windowStart = new Int32Array(outH * outW + 1);
  const indices: number[] = [];
  const divisor = new Float64Array(outH * outW);
  for (let oh = 0; oh < outH; oh++) {
    for (let ow = 0; ow < outW; ow++) {
      const p = oh * outW + ow;
      windowStart[p] = indices.length;
      let padded = 0;
      for (let kh = 0; kh < kernelH; kh++) {
        const ih = oh * strideH - padTop + kh * dilH;
        const rowInPadded = ih >= -padTop && ih < inH + padBottom;
        for (let kw = 0; kw < kernelW; kw++) {
          const iw = ow * strideW - padLeft + kw * dilW;
          if (rowInPadded && iw >= -padLeft && iw < inW + padRight) padded++;
          if (ih >= 0 && ih < inH && iw >= 0 && iw < inW) indices.push(ih * inW + iw);
        }
      }
      const real = indices.length - windowStart[p]!;
      if (real === 0) {
        throw new UnsupportedBoundError(node.opType, node.name, 'a pooling window covers only padding');
      }
      divisor[p] = includePad ? padded : real;
    }
  }
  windowStart[outH * outW] = indices.length;
  const op: PoolOp = {
    kind: 'pool',
    mode,
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    channels,
    inSpatial: inH * inW,
    outSpatial: outH * outW,
    windowStart,
    windowIndex: Int32Array.from(indices),
    divisor,
  };
  builder.addOp(op, node.outputs[0]!, [channels, ...outSize]);
}

/** A scale-and-shift op from a computed tensor and a constant combined elementwise. */
function compileConstantArithmetic(
  builder: PlanBuilder,
  node: GraphNode,
  x: Extract<Value, { kind: 'var' }>,
  constant: ConstTensor,
  makeScaleShift: (c: number) => [number, number],
): void {
  let dims = constant.dims;
  if (dims.length > x.shape.length + 1 || (dims.length === x.shape.length + 1 && dims[0] !== 1)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `constant [${dims.join(', ')}] would broadcast across the batch of [N, ${x.shape.join(', ')}]`,
    );
  }
  if (dims.length === x.shape.length + 1) dims = dims.slice(1);
  const outShape = broadcastShapes(x.shape, dims);
  if (!outShape) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `shapes [N, ${x.shape}] and [${constant.dims}] do not broadcast`,
    );
  }
  const expanded = expandConstant(node, constant, dims, outShape);
  const scale = new Float64Array(expanded.length);
  const shift = new Float64Array(expanded.length);
  for (let i = 0; i < expanded.length; i++) {
    const [s, t] = makeScaleShift(expanded[i]!);
    scale[i] = s;
    shift[i] = t;
  }
  emitScaleShift(builder, node, x, outShape, broadcastIndexMap(node, outShape, x.shape), scale, shift);
}

function emitScaleShift(
  builder: PlanBuilder,
  node: GraphNode,
  x: Extract<Value, { kind: 'var' }>,
  outShape: readonly number[],
  map: Int32Array | undefined,
  scale: Float64Array,
  shift: Float64Array,
): void {
  const inScale = builder.inputScale[x.id];
  let outScale: Float64Array | undefined;
  if (inScale && isInjective(map, builder.valueSizes[x.id]!)) {
    outScale = new Float64Array(scale.length);
    for (let o = 0; o < scale.length; o++) outScale[o] = scale[o]! * inScale[map ? map[o]! : o]!;
  }
  const op: ScaleShiftOp = {
    kind: 'scaleShift',
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    map,
    scale,
    shift,
  };
  builder.addOp(op, node.outputs[0]!, outShape, outScale);
}

function compileArithmetic(builder: PlanBuilder, node: GraphNode): void {
  const a = builder.require(node, 0);
  const b = builder.require(node, 1);
  const op = node.opType;
  if (a.kind === 'var' && b.kind === 'var') {
    if (op === 'Div') {
      throw new UnsupportedBoundError(
        op,
        node.name,
        'division by a tensor that depends on the input is not supported',
      );
    }
    const outShape = broadcastShapes(a.shape, b.shape);
    if (!outShape) {
      throw new UnsupportedBoundError(
        op,
        node.name,
        `shapes [N, ${a.shape}] and [N, ${b.shape}] do not broadcast`,
      );
    }
    const binary: BinaryOp = {
      kind: 'binary',
      operation: op === 'Add' ? 'add' : op === 'Sub' ? 'sub' : 'mul',
      node: node.name,
      opType: op,
      output: builder.nextId(),
      left: a.id,
      right: b.id,
      leftMap: broadcastIndexMap(node, outShape, a.shape),
      rightMap: broadcastIndexMap(node, outShape, b.shape),
    };
    builder.addOp(binary, node.outputs[0]!, outShape);
    return;
  }
  const varFirst = a.kind === 'var';
  const x = (varFirst ? a : b) as Extract<Value, { kind: 'var' }>;
  const constant = (varFirst ? b : a) as Extract<Value, { kind: 'const' }>;
  switch (op) {
    case 'Add':
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [1, c]);
    case 'Sub':
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) =>
        varFirst ? [1, -c] : [-1, c],
      );
    case 'Mul':
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [c, 0]);
    default:
      if (!varFirst) {
        throw new UnsupportedBoundError(
          op,
          node.name,
          'division by a tensor that depends on the input is not supported',
        );
      }
      if (constant.tensor.data.some((c) => c === 0 || !Number.isFinite(c))) {
        throw new UnsupportedBoundError(op, node.name, 'the divisor contains zero or a non-finite value');
      }
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [1 / c, 0]);
  }
}

/** Gemm and MatMul: a computed tensor times a constant matrix. */
function compileDense(builder: PlanBuilder, node: GraphNode): void {
  const x = builder.requireVar(node, 0);
  if (builder.get(node, 1)?.kind === 'var') {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      'a product of two tensors that depend on the input is not supported',
    );
  }
  const b = builder.requireConst(node, 1, 'the weight');
  let inner: number;
  let outer: number;
  let rows: number;
  let outShape: number[];
  let weight: Float64Array;
  let bias: Float64Array | undefined;
  if (node.opType === 'Gemm') {
    if (attrInt(node, 'transA', 0) !== 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        'transA = 1 would put the batch in the inner dimension',
      );
    }
    const transB = attrInt(node, 'transB', 0) === 1;
    const alpha = attrFloat(node, 'alpha', 1);
    const beta = attrFloat(node, 'beta', 1);
    if (x.shape.length !== 1 || b.dims.length !== 2) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `Gemm needs 2-D operands, got [N, ${x.shape}] and [${b.dims}]`,
      );
    }
    inner = x.shape[0]!;
    outer = transB ? b.dims[0]! : b.dims[1]!;
    if ((transB ? b.dims[1] : b.dims[0]) !== inner) {
      throw new UnsupportedBoundError(node.opType, node.name, `B [${b.dims}] does not match A [N, ${inner}]`);
    }
    rows = 1;
    outShape = [outer];
    weight = new Float64Array(outer * inner);
    for (let m = 0; m < outer; m++) {
      for (let k = 0; k < inner; k++)
        weight[m * inner + k] = alpha * b.data[transB ? m * inner + k : k * outer + m]!;
    }
    const c = builder.optionalConst(node, 2, 'C');
    if (c) {
      const dims = c.dims.length === 2 && c.dims[0] === 1 ? c.dims.slice(1) : c.dims;
      const last = dims[dims.length - 1] ?? 1;
      if (dims.length > 1 || (last !== 1 && last !== outer)) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `C [${c.dims}] must broadcast to [1, ${outer}]`,
        );
      }
      bias = expandConstant(node, c, dims, [outer]).map((v) => beta * v);
    }
  } else {
    if (x.shape.length < 1) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        'MatMul of a per-sample scalar is not supported',
      );
    }
    let dims = b.dims;
    while (dims.length > 2 && dims[0] === 1) dims = dims.slice(1);
    if (dims.length > 2 || b.dims.length > x.shape.length + 1 || dims.length === 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `batched MatMul with a constant [${b.dims}] is not supported`,
      );
    }
    inner = x.shape[x.shape.length - 1]!;
    if (dims[0] !== inner) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `[N, ${x.shape}] times [${b.dims}]: inner sizes differ`,
      );
    }
    outer = dims.length === 2 ? dims[1]! : 1;
    rows = product(x.shape.slice(0, -1));
    outShape = dims.length === 2 ? [...x.shape.slice(0, -1), outer] : x.shape.slice(0, -1);
    weight = new Float64Array(outer * inner);
    for (let m = 0; m < outer; m++) {
      for (let k = 0; k < inner; k++) weight[m * inner + k] = b.data[k * outer + m]!;
    }
  }
  const op: DenseOp = {
    kind: 'dense',
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    rows,
    inner,
    outer,
    weight,
    absWeight: weight.map(Math.abs),
    transposedWeight: transpose(weight, outer, inner),
    bias,
  };
  const scale = builder.inputScale[x.id];
  builder.addOp(op, node.outputs[0]!, outShape, undefined, scale && linearRadius(op, scale));
}

function transpose(matrix: Float64Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(matrix.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) out[c * rows + r] = matrix[r * columns + c]!;
  }
  return out;
}

/** ||w_j * scale||_2 for each output j: the op run with squared weights on the squared scales. */
function linearRadius(op: DenseOp | ConvOp, scale: Float64Array): Float64Array {
  const squaredWeight = op.weight.map((w) => w * w);
  const squaredScale = scale.map((s) => s * s);
  const out = new Float64Array(op.kind === 'dense' ? op.rows * op.outer : op.outC * op.outH * op.outW);
  if (op.kind === 'dense') denseKernel(op, squaredWeight, undefined, squaredScale, out, 1);
  else convKernel(op, squaredWeight, undefined, squaredScale, out, 1);
  return out.map(Math.sqrt);
}

function compileNode(builder: PlanBuilder, node: GraphNode): void {
  const out = node.outputs[0];
  if (out === undefined || out === '') {
    throw new UnsupportedBoundError(node.opType, node.name, 'the node has no output');
  }
  const present = node.inputs.map((_, i) => builder.get(node, i));
  const anyVar = present.some((v) => v?.kind === 'var');
  if (node.opType === 'Shape') {
    const input = builder.require(node, 0);
    const full =
      input.kind === 'var' ? builder.fullShape(input) : input.kind === 'const' ? input.tensor.dims : [];
    const rank = full.length;
    const clamp = (v: number) => Math.min(rank, Math.max(0, v < 0 ? v + rank : v));
    const dims = full.slice(clamp(attrInt(node, 'start', 0)), clamp(attrInt(node, 'end', rank)));
    builder.values.set(out, {
      kind: 'const',
      tensor: { dims: [dims.length], data: Float64Array.from(dims), integer: true },
    });
    return;
  }
  if (!anyVar) {
    if (!FOLDABLE.has(node.opType)) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the op ${node.opType} is not supported on constant inputs`,
      );
    }
    const results = foldConstant(builder, node);
    results.forEach((tensor, i) => {
      const name = node.outputs[i];
      if (name) builder.values.set(name, { kind: 'const', tensor });
    });
    return;
  }
  const alias = (shape: readonly number[]) => {
    const x = builder.requireVar(node, 0);
    builder.values.set(out, { kind: 'var', id: x.id, shape });
  };
  const unary = (fn: UnaryFunction) => {
    const x = builder.requireVar(node, 0);
    const op: UnaryOp = {
      kind: 'unary',
      node: node.name,
      opType: node.opType,
      output: builder.nextId(),
      input: x.id,
      fn,
    };
    builder.addOp(op, out, x.shape);
  };
  const batchPreserving = (full: readonly number[]): number[] => {
    if (full[0] !== builder.batch) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the result [${full.join(', ')}] does not keep the batch (${builder.batch}) as its first axis`,
      );
    }
    return full.slice(1);
  };
  switch (node.opType) {
    case 'Identity':
      return alias(builder.requireVar(node, 0).shape);
    case 'Dropout': {
      const training = builder.optionalConst(node, 2, 'training_mode');
      if (training && training.data[0] !== 0) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          'training_mode is true: the output is random',
        );
      }
      if (node.outputs[1]) {
        builder.values.set(node.outputs[1], {
          kind: 'unavailable',
          producer: node,
          why: 'its mask output is not supported',
        });
      }
      return alias(builder.requireVar(node, 0).shape);
    }
    case 'Flatten': {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axis = attrInt(node, 'axis', 1);
      const split = axis < 0 ? axis + full.length : axis;
      if (split < 0 || split > full.length) {
        throw new UnsupportedBoundError(node.opType, node.name, `axis ${axis} is out of range`);
      }
      return alias(batchPreserving([product(full.slice(0, split)), product(full.slice(split))]));
    }
    case 'Reshape': {
      const x = builder.requireVar(node, 0);
      const target = Array.from(builder.requireConst(node, 1, 'shape').data);
      return alias(
        batchPreserving(
          reshapeTarget(node, builder.fullShape(x), target, attrInt(node, 'allowzero', 0) === 1),
        ),
      );
    }
    case 'Squeeze': {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axes = axesOf(builder, node);
      // Without axes every size-1 axis goes; the batch is kept even when it is 1.
      const drop = new Set(
        axes === undefined
          ? full.flatMap((d, i) => (d === 1 && i > 0 ? [i] : []))
          : axes.map((a) => normalizeAxis(a, full.length, node, 'axis')),
      );
      if (drop.has(0))
        throw new UnsupportedBoundError(node.opType, node.name, 'squeezing the batch axis is not supported');
      for (const axis of drop) {
        if (full[axis] !== 1)
          throw new UnsupportedBoundError(
            node.opType,
            node.name,
            `axis ${axis} has size ${full[axis]}, not 1`,
          );
      }
      return alias(full.filter((_, i) => !drop.has(i)).slice(1));
    }
    case 'Unsqueeze': {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axes = axesOf(builder, node) ?? [];
      const rank = full.length + axes.length;
      const inserted = new Set(axes.map((a) => normalizeAxis(a, rank, node, 'axis')));
      if (inserted.has(0))
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          'inserting an axis before the batch is not supported',
        );
      const dims: number[] = [];
      let next = 0;
      for (let i = 0; i < rank; i++) dims.push(inserted.has(i) ? 1 : full[next++]!);
      return alias(dims.slice(1));
    }
    case 'Transpose': {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const perm = attrInts(node, 'perm') ?? full.map((_, i) => full.length - 1 - i);
      if (perm.length !== full.length || perm[0] !== 0 || new Set(perm).size !== perm.length) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `perm [${perm.join(', ')}] must keep the batch axis first`,
        );
      }
      const samplePerm = perm.slice(1).map((p) => p - 1);
      const outShape = samplePerm.map((p) => x.shape[p]!);
      const inStrides = stridesOf(x.shape);
      const size = product(outShape);
      const map = new Int32Array(size);
      const coords = new Array<number>(outShape.length).fill(0);
      for (let o = 0; o < size; o++) {
        let index = 0;
        for (let axis = 0; axis < outShape.length; axis++)
          index += coords[axis]! * inStrides[samplePerm[axis]!]!;
        map[o] = index;
        for (let axis = outShape.length - 1; axis >= 0; axis--) {
          if (++coords[axis]! < outShape[axis]!) break;
          coords[axis] = 0;
        }
      }
      const inScale = builder.inputScale[x.id];
      const op: PermuteOp = {
        kind: 'permute',
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        input: x.id,
        map,
      };
      builder.addOp(op, out, outShape, inScale ? inScale.map((_, o) => inScale[map[o]!]!) : undefined);
      return;
    }
    case 'Concat': {
      const parts = node.inputs.map((_, i) => builder.require(node, i));
      if (parts.some((p) => p.kind !== 'var')) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          'concatenating a constant with input-dependent tensors is not supported',
        );
      }
      const vars = parts as Extract<Value, { kind: 'var' }>[];
      const rank = vars[0]!.shape.length + 1;
      const axis = normalizeAxis(attrInt(node, 'axis', 0), rank, node, 'axis');
      if (axis === 0)
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          'concatenating along the batch axis is not supported',
        );
      const sampleAxis = axis - 1;
      const outShape = [...vars[0]!.shape];
      outShape[sampleAxis] = 0;
      for (const v of vars) {
        if (
          v.shape.length !== rank - 1 ||
          v.shape.some((d, i) => i !== sampleAxis && d !== vars[0]!.shape[i])
        ) {
          throw new UnsupportedBoundError(
            node.opType,
            node.name,
            'input shapes differ outside the concatenation axis',
          );
        }
        outShape[sampleAxis]! += v.shape[sampleAxis]!;
      }
      const outer = product(outShape.slice(0, sampleAxis));
      const outBlock = product(outShape.slice(sampleAxis));
      let offset = 0;
      const placements = vars.map((v) => {
        const block = product(v.shape.slice(sampleAxis));
        const placement = new Int32Array(outer * block);
        for (let a = 0; a < outer; a++) {
          for (let i = 0; i < block; i++) placement[a * block + i] = a * outBlock + offset + i;
        }
        offset += block;
        return placement;
      });
      const op: ConcatOp = {
        kind: 'concat',
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        inputs: vars.map((v) => v.id),
        placements,
      };
      builder.addOp(op, out, outShape);
      return;
    }
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div':
      return compileArithmetic(builder, node);
    case 'Neg': {
      const x = builder.requireVar(node, 0);
      const size = builder.valueSizes[x.id]!;
      return emitScaleShift(
        builder,
        node,
        x,
        x.shape,
        undefined,
        new Float64Array(size).fill(-1),
        new Float64Array(size),
      );
    }
    case 'Gemm':
    case 'MatMul':
      return compileDense(builder, node);
    case 'Conv':
      return compileConv(builder, node);
    case 'MaxPool':
      return compilePool(builder, node, 'max', false);
    case 'AveragePool':
      return compilePool(builder, node, 'average', false);
    case 'GlobalAveragePool':
      return compilePool(builder, node, 'average', true);
    case 'BatchNormalization': {
      const x = builder.requireVar(node, 0);
      if (attrInt(node, 'training_mode', 0) !== 0) {
        throw new UnsupportedBoundError(node.opType, node.name, 'training_mode = 1 is not inference');
      }
      if (attrInt(node, 'spatial', 1) !== 1) {
        throw new UnsupportedBoundError(node.opType, node.name, 'spatial = 0 is not supported');
      }
      const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) =>
        builder.requireConst(node, i, 'a statistic'),
      );
      const epsilon = attrFloat(node, 'epsilon', 1e-5);
      const channels = x.shape[0];
      if (channels === undefined || [gamma, beta, mean, variance].some((t) => t!.data.length !== channels)) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          'the statistics do not match the channel axis',
        );
      }
      for (let i = 1; i < node.outputs.length; i++) {
        const name = node.outputs[i];
        if (name)
          builder.values.set(name, {
            kind: 'unavailable',
            producer: node,
            why: 'its training outputs are not supported',
          });
      }
      const size = builder.valueSizes[x.id]!;
      const perChannel = size / channels;
      const scale = new Float64Array(size);
      const shift = new Float64Array(size);
      for (let c = 0; c < channels; c++) {
        const s = gamma!.data[c]! / Math.sqrt(variance!.data[c]! + epsilon);
        const t = beta!.data[c]! - mean!.data[c]! * s;
        scale.fill(s, c * perChannel, (c + 1) * perChannel);
        shift.fill(t, c * perChannel, (c + 1) * perChannel);
      }
      return emitScaleShift(builder, node, x, x.shape, undefined, scale, shift);
    }
    case 'Relu':
      return unary({ kind: 'relu' });
    case 'LeakyRelu':
      return unary({ kind: 'leakyRelu', alpha: attrFloat(node, 'alpha', 0.01) });
    case 'Sigmoid':
      return unary({ kind: 'sigmoid' });
    case 'Tanh':
      return unary({ kind: 'tanh' });
    case 'Exp':
      return unary({ kind: 'exp' });
    case 'Log':
      return unary({ kind: 'log' });
    case 'Clip': {
      let min = -Infinity;
      let max = Infinity;
      if (builder.opset >= 11) {
        const lo = builder.optionalConst(node, 1, 'min');
        const hi = builder.optionalConst(node, 2, 'max');
        if (lo) min = lo.data[0]!;
        if (hi) max = hi.data[0]!;
      } else {
        min = attrFloat(node, 'min', -Infinity);
        max = attrFloat(node, 'max', Infinity);
      }
      if (!(min <= max))
        throw new UnsupportedBoundError(node.opType, node.name, `min ${min} exceeds max ${max}`);
      return unary({ kind: 'clip', min, max });
    }
    case 'Softmax': {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const legacy = builder.opset < 13;
      const axis = normalizeAxis(attrInt(node, 'axis', legacy ? 1 : -1), full.length, node, 'axis');
      if (axis === 0)
        throw new UnsupportedBoundError(node.opType, node.name, 'softmax across the batch is not supported');
      const sampleAxis = axis - 1;
      const op: SoftmaxOp = {
        kind: 'softmax',
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        input: x.id,
        outer: product(x.shape.slice(0, sampleAxis)),
        axisLength: legacy ? product(x.shape.slice(sampleAxis)) : x.shape[sampleAxis]!,
        inner: legacy ? 1 : product(x.shape.slice(sampleAxis + 1)),
      };
      builder.addOp(op, out, x.shape);
      return;
    }
    default:
      throw new UnsupportedBoundError(node.opType, node.name);
  }
}

/**
 * Compile a classifier graph for batches of `batch` samples (the batch size only resolves shape
 * arithmetic such as Shape -> Reshape; the plan itself works on any number of samples).
 */
export function compilePlan(graph: ModelGraph, batch: number): GraphPlan {
  if (graph.inputs.length !== 1) {
    throw new UsageError(
      'INVALID_INPUT',
      `the classifier graph must have exactly one input, found ${graph.inputs.length} (${graph.inputs.map((i) => i.name).join(', ')})`,
    );
  }
  if (graph.outputs.length !== 1) {
    throw new UsageError(
      'INVALID_INPUT',
      `the classifier graph must have exactly one output, found ${graph.outputs.length}`,
    );
  }
  const input = graph.inputs[0]!;
  const dims = input.shape?.slice(1);
  if (!input.shape || !dims || dims.some((d) => typeof d !== 'number' || !(d >= 1))) {
    throw new UsageError(
      'INVALID_INPUT',
      `model input '${input.name}' needs a fixed shape after the batch axis, found [${(input.shape ?? []).map((d) => d ?? '?').join(', ')}]`,
    );
  }
  const sampleShape = dims as number[];
  const opset = graph.opsets[''] ?? graph.opsets['ai.onnx'] ?? 21;
  const builder = new PlanBuilder(graph, Math.max(1, batch), opset);
  for (const [name, tensor] of graph.initializers)
    builder.values.set(name, { kind: 'const', tensor: constFromTensor(tensor) });
  builder.values.set(input.name, { kind: 'var', id: 0, shape: sampleShape });
  builder.valueSizes.push(product(sampleShape));
  builder.inputScale.push(new Float64Array(product(sampleShape)).fill(1));
  builder.l2Radius.push(undefined);
  for (const node of graph.nodes) {
    if (node.domain !== '' && node.domain !== 'ai.onnx') {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `ops of domain '${node.domain}' are not supported`,
      );
    }
    compileNode(builder, node);
  }
  const outputName = graph.outputs[0]!.name;
  const output = builder.values.get(outputName);
  if (!output || output.kind !== 'var') {
    throw new UsageError(
      'INVALID_INPUT',
      `graph output '${outputName}' ${output ? 'does not depend on the input' : 'is never produced'}`,
    );
  }
  if (output.shape.filter((d) => d !== 1).length > 1) {
    throw new UsageError(
      'INVALID_INPUT',
      `graph output '${outputName}' is [N, ${output.shape.join(', ')}], not [N, classes]`,
    );
  }
  return {
    inputName: input.name,
    sampleShape,
    inputSize: product(sampleShape),
    classes: builder.valueSizes[output.id]!,
    valueSizes: builder.valueSizes,
    ops: builder.ops,
    output: output.id,
    inputScale: builder.inputScale,
    l2Radius: builder.l2Radius,
  };
}

// ---------------------------------------------------------------------------------------------
// Kernels (shared by the point and the interval passes)

/**
 * out = input x weight^T + bias for `samples` samples of a dense op. The loop is bound by reading
 * the weights, so four rows of the input share each pass over a pair of weight rows.
 */
export function denseKernel(
  op: DenseOp,
  weight: Float64Array,
  bias: Float64Array | undefined,
  input: Float64Array,
  out: Float64Array,
  samples: number,
): void {
  matmulRows(samples * op.rows, op.inner, op.outer, weight, bias, input, out);
}

/** out[r, m] = bias[m] + sum_k weight[m, k] * input[r, k] for rowsTotal rows. */
export function matmulRows(
  rowsTotal: number,
  inner: number,
  outer: number,
  weight: Float64Array,
  bias: Float64Array | undefined,
  input: Float64Array,
  out: Float64Array,
): void {
  let r = 0;
  for (; r + 4 <= rowsTotal; r += 4) {
    const i0 = r * inner;
    const i1 = i0 + inner;
    const i2 = i1 + inner;
    const i3 = i2 + inner;
    const o0 = r * outer;
    for (let m = 0; m < outer; m += 2) {
      const pair = m + 1 < outer;
      const w0 = m * inner;
      const w1 = pair ? w0 + inner : w0;
      const b0 = bias ? bias[m]! : 0;
      const b1 = bias && pair ? bias[m + 1]! : 0;
      let a0 = b0;
      let a1 = b0;
      let a2 = b0;
      let a3 = b0;
      let c0 = b1;
      let c1 = b1;
      let c2 = b1;
      let c3 = b1;
      for (let k = 0; k < inner; k++) {
        const u = weight[w0 + k]!;
        const v = weight[w1 + k]!;
        const x0 = input[i0 + k]!;
        const x1 = input[i1 + k]!;
        const x2 = input[i2 + k]!;
        const x3 = input[i3 + k]!;
        a0 += u * x0;
        a1 += u * x1;
        a2 += u * x2;
        a3 += u * x3;
        c0 += v * x0;
        c1 += v * x1;
        c2 += v * x2;
        c3 += v * x3;
      }
      out[o0 + m] = a0;
      out[o0 + outer + m] = a1;
      out[o0 + 2 * outer + m] = a2;
      out[o0 + 3 * outer + m] = a3;
      if (pair) {
        out[o0 + m + 1] = c0;
        out[o0 + outer + m + 1] = c1;
        out[o0 + 2 * outer + m + 1] = c2;
        out[o0 + 3 * outer + m + 1] = c3;
      }
    }
  }
  for (; r < rowsTotal; r++) {
    const inBase = r * inner;
    const outBase = r * outer;
    for (let m = 0; m < outer; m++) {
      const wBase = m * inner;
      let sum = bias ? bias[m]! : 0;
      for (let k = 0; k < inner; k++) sum += weight[wBase + k]! * input[inBase + k]!;
      out[outBase + m] = sum;
    }
  }
}

/**
 * A convolution as one matrix product per sample and group: the input's patches (im2col) against
 * the group's weights, written straight into the output's [channel, position] layout.
 */
export function convKernel(
  op: ConvOp,
  weight: Float64Array,
  bias: Float64Array | undefined,
  input: Float64Array,
  out: Float64Array,
  samples: number,
): void {
  const { outC, group, patchIndex, patchSize } = op;
  const outPlane = op.outH * op.outW;
  const perGroupOut = outC / group;
  const inSize = op.inC * op.inH * op.inW;
  const groupStride = (op.inC / group) * op.inH * op.inW;
  const outSize = outC * outPlane;
  const patches = new Float64Array(outPlane * patchSize);
  const weightBlock = perGroupOut * patchSize;
  for (let s = 0; s < samples; s++) {
    for (let g = 0; g < group; g++) {
      const base = s * inSize + g * groupStride;
      for (let i = 0; i < patches.length; i++) {
        const index = patchIndex[i]!;
        patches[i] = index >= 0 ? input[base + index]! : 0;
      }
      const outBase = s * outSize + g * perGroupOut * outPlane;
      const target = out.subarray(outBase, outBase + perGroupOut * outPlane);
      matmulRows(
        perGroupOut,
        patchSize,
        outPlane,
        patches,
        undefined,
        weight.subarray(g * weightBlock, (g + 1) * weightBlock),
        target,
      );
      if (bias) {
        for (let mg = 0; mg < perGroupOut; mg++) {
          const b = bias[g * perGroupOut + mg]!;
          for (let p = 0; p < outPlane; p++) target[mg * outPlane + p]! += b;
        }
      }
    }
  }
}

export function averagePoolKernel(op: PoolOp, input: Float64Array, out: Float64Array, samples: number): void {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex, divisor } = op;
  for (let sc = 0; sc < samples * channels; sc++) {
    const inBase = sc * inSpatial;
    const outBase = sc * outSpatial;
    for (let p = 0; p < outSpatial; p++) {
      let sum = 0;
      for (let w = windowStart[p]!; w < windowStart[p + 1]!; w++) sum += input[inBase + windowIndex[w]!]!;
      out[outBase + p] = sum / divisor[p]!;
    }
  }
}

export function maxPoolKernel(op: PoolOp, input: Float64Array, out: Float64Array, samples: number): void {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex } = op;
  for (let sc = 0; sc < samples * channels; sc++) {
    const inBase = sc * inSpatial;
    const outBase = sc * outSpatial;
    for (let p = 0; p < outSpatial; p++) {
      let best = -Infinity;
      for (let w = windowStart[p]!; w < windowStart[p + 1]!; w++) {
        const v = input[inBase + windowIndex[w]!]!;
        if (v > best || Number.isNaN(v)) best = v;
      }
      out[outBase + p] = best;
    }
  }
}

export function scaleShiftKernel(
  op: ScaleShiftOp,
  input: Float64Array,
  out: Float64Array,
  inSize: number,
  samples: number,
): void {
  const { map, scale, shift } = op;
  const size = scale.length;
  for (let s = 0; s < samples; s++) {
    const inBase = s * inSize;
    const outBase = s * size;
    for (let o = 0; o < size; o++)
      out[outBase + o] = input[inBase + (map ? map[o]! : o)]! * scale[o]! + shift[o]!;
  }
}

export function gatherKernel(
  map: Int32Array,
  input: Float64Array,
  out: Float64Array,
  inSize: number,
  samples: number,
): void {
  const size = map.length;
  for (let s = 0; s < samples; s++) {
    const inBase = s * inSize;
    const outBase = s * size;
    for (let o = 0; o < size; o++) out[outBase + o] = input[inBase + map[o]!]!;
  }
}

export function concatKernel(
  op: ConcatOp,
  inputs: readonly Float64Array[],
  inSizes: readonly number[],
  out: Float64Array,
  outSize: number,
  samples: number,
): void {
  op.placements.forEach((placement, i) => {
    const input = inputs[i]!;
    const inSize = inSizes[i]!;
    for (let s = 0; s < samples; s++) {
      for (let k = 0; k < inSize; k++) out[s * outSize + placement[k]!] = input[s * inSize + k]!;
    }
  });
}

export function applyUnary(fn: UnaryFunction, v: number): number {
  switch (fn.kind) {
    case 'relu':
      return v < 0 ? 0 : v;
    case 'leakyRelu':
      return v >= 0 ? v : fn.alpha * v;
    case 'sigmoid':
      return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    case 'tanh':
      return Math.tanh(v);
    case 'exp':
      return Math.exp(v);
    case 'log':
      return Math.log(v);
    case 'clip':
      return v < fn.min ? fn.min : v > fn.max ? fn.max : v;
  }
}

function softmaxKernel(
  op: SoftmaxOp,
  input: Float64Array,
  out: Float64Array,
  size: number,
  samples: number,
): void {
  const { outer, axisLength, inner } = op;
  for (let s = 0; s < samples; s++) {
    for (let a = 0; a < outer; a++) {
      for (let i = 0; i < inner; i++) {
        const base = s * size + a * axisLength * inner + i;
        let max = -Infinity;
        for (let k = 0; k < axisLength; k++) max = Math.max(max, input[base + k * inner]!);
        let sum = 0;
        for (let k = 0; k < axisLength; k++) {
          const e = Math.exp(input[base + k * inner]! - max);
          out[base + k * inner] = e;
          sum += e;
        }
        for (let k = 0; k < axisLength; k++) out[base + k * inner]! /= sum;
      }
    }
  }
}

/** Evaluate every tensor of the plan at `samples` points; entry v is tensor v (samples x size). */
export function forwardPoint(plan: GraphPlan, input: Float64Array, samples: number): Float64Array[] {
  const values: Float64Array[] = [input];
  for (const op of plan.ops) {
    const size = plan.valueSizes[op.output]!;
    const out = new Float64Array(samples * size);
    switch (op.kind) {
      case 'permute':
        gatherKernel(op.map, values[op.input]!, out, plan.valueSizes[op.input]!, samples);
        break;
      case 'scaleShift':
        scaleShiftKernel(op, values[op.input]!, out, plan.valueSizes[op.input]!, samples);
        break;
      case 'dense':
        denseKernel(op, op.weight, op.bias, values[op.input]!, out, samples);
        break;
      case 'conv':
        convKernel(op, op.weight, op.bias, values[op.input]!, out, samples);
        break;
      case 'pool':
        if (op.mode === 'average') averagePoolKernel(op, values[op.input]!, out, samples);
        else maxPoolKernel(op, values[op.input]!, out, samples);
        break;
      case 'binary': {
        const left = values[op.left]!;
        const right = values[op.right]!;
        const leftSize = plan.valueSizes[op.left]!;
        const rightSize = plan.valueSizes[op.right]!;
        const { leftMap, rightMap } = op;
        for (let s = 0; s < samples; s++) {
          for (let o = 0; o < size; o++) {
            const a = left[s * leftSize + (leftMap ? leftMap[o]! : o)]!;
            const b = right[s * rightSize + (rightMap ? rightMap[o]! : o)]!;
            out[s * size + o] = op.operation === 'add' ? a + b : op.operation === 'sub' ? a - b : a * b;
          }
        }
        break;
      }
      case 'concat':
        concatKernel(
          op,
          op.inputs.map((i) => values[i]!),
          op.inputs.map((i) => plan.valueSizes[i]!),
          out,
          size,
          samples,
        );
        break;
      case 'unary': {
        const input = values[op.input]!;
        for (let i = 0; i < out.length; i++) out[i] = applyUnary(op.fn, input[i]!);
        break;
      }
      case 'softmax':
        softmaxKernel(op, values[op.input]!, out, size, samples);
        break;
    }
    values.push(out);
  }
  return values;
}

/** Pure-JS float64 forward pass: n x classes logits. Reference for tests and for tiny models. */
export function evaluateGraph(graph: ModelGraph, inputs: Float32Array, n: number): Float64Array {
  const plan = compilePlan(graph, n);
  checkInputLength(plan, inputs, n);
  if (n === 0) return new Float64Array(0);
  const values = forwardPoint(plan, Float64Array.from(inputs), n);
  return values[plan.output]!;
}

export function checkInputLength(plan: GraphPlan, inputs: Float32Array, n: number): void {
  if (!Number.isInteger(n) || n < 0 || inputs.length !== n * plan.inputSize) {
    throw new UsageError(
      'INVALID_INPUT',
      `expected ${n} samples of ${plan.inputSize} values ([${plan.sampleShape.join(', ')}]) for input '${plan.inputName}', got ${inputs.length} values`,
    );
  }
}
