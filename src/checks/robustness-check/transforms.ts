/**
 * A model as read from its file -> the classifier graph every attack and bound works on: one
 * input 'x' in the data's own space and layout, one output 'logits' [batch, classes].
 *
 * Preprocessing goes inside the graph so that perturbation budgets, clipping to the data range
 * and gradients all stay in input space. Probabilities are turned back into logits because a
 * softmax saturates: gradients vanish and margins compress, so attacks and bounds on
 * probabilities understate what an adversary can do. Each change is listed in `notes` for the
 * report.
 */
import { UsageError } from '../../core/errors.js';
import { compilePlan } from './evaluate.js';
import {
  DataType,
  type AttributeValue,
  type Dimension,
  type GraphNode,
  type ModelGraph,
  type TensorValue,
  type ValueInfo,
} from './graph.js';

export interface Preprocessing {
  scale?: number;
  mean?: readonly number[];
  std?: readonly number[];
  layout?: 'nchw' | 'nhwc';
}

export type OutputKind = 'logits' | 'probabilities' | 'sigmoid';

export interface ClassifierGraph {
  /** One input 'x' [batch, ...sampleShape] (FLOAT), one output 'logits' [batch, classes]. */
  graph: ModelGraph;
  /** In the data's layout (nhwc data -> [H, W, C]). */
  sampleShape: number[];
  /** >= 2 (a single sigmoid output becomes 2 classes). */
  classes: number;
  /** What the model itself returns. */
  outputKind: OutputKind;
  /** For the report, e.g. "the Softmax at the end was removed to attack logits". */
  notes: string[];
  /** The model's own output the logits come from (the one the model serves). */
  sourceOutput: string;
  /**
   * Whether a sample [A, B, C] is an image with channels last ([H, W, C]): declared (layout nhwc),
   * told by per-channel preprocessing, or by its shape. Only the attacks' windows depend on it.
   */
  channelsLast: boolean;
  /**
   * Declared probabilities (or one sigmoid probability) with no Softmax or Sigmoid to remove:
   * the graph from 'x' to the model's own output, whose values must be probabilities.
   */
  probabilities?: { graph: ModelGraph; kind: 'probabilities' | 'sigmoid' };
}

export interface ClassifierOptions {
  file: string;
  preprocessing?: Preprocessing;
  outputKind: 'auto' | OutputKind;
  /** The evaluation data's sample shape: it fills the model's symbolic axes after the batch. */
  dataSampleShape?: readonly number[];
  outputName?: string;
}

/** The smallest probability taken before a log: log(1e-30) ~ -69 keeps logits finite. */
const MIN_PROBABILITY = 1e-30;
/** The largest float32 below 1, so that 1 - p stays positive in float32. */
const MAX_PROBABILITY = 1 - 2 ** -24;

/** The opset each op this module adds needs in the shape it adds it (broadcasting Mul/Sub/Div: 7). */
const MIN_OPSET: Readonly<Record<string, number>> = {
  Transpose: 1,
  Identity: 1,
  Mul: 7,
  Sub: 7,
  Div: 7,
  Log: 6,
  Clip: 6,
  Concat: 4,
};

const TYPE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(DataType).map(([name, code]) => [code, name]),
);

function describeValue(value: ValueInfo): string {
  const type =
    TYPE_NAMES[value.elemType] ?? (value.elemType === 0 ? 'a non-tensor' : `type ${value.elemType}`);
  return `'${value.name}' (${type} ${describeShape(value.shape)})`;
}

function describeShape(shape: readonly Dimension[] | undefined): string {
  return shape ? `[${shape.map((d) => d ?? '?').join(', ')}]` : 'without a shape';
}

function floatTensor(dims: readonly number[], values: readonly number[]): TensorValue {
  return { dataType: DataType.FLOAT, dims: [...dims], data: Float32Array.from(values) };
}

/** Builds the new graph: fresh names, added nodes and constants, opset checks. */
class GraphEditor {
  readonly nodes: GraphNode[];
  readonly initializers: Map<string, TensorValue>;
  private readonly used: Set<string>;
  private counter = 0;

  constructor(
    readonly model: ModelGraph,
    readonly file: string,
  ) {
    this.nodes = [...model.nodes];
    this.initializers = new Map(model.initializers);
    this.used = new Set(['x', 'logits', ...model.initializers.keys(), ...model.inputs.map((i) => i.name)]);
    for (const node of model.nodes)
      for (const name of [...node.inputs, ...node.outputs, node.name]) this.used.add(name);
  }

  /** Whether the model itself names a tensor `name`. */
  usedByModel(name: string): boolean {
    return (
      this.model.initializers.has(name) ||
      this.model.inputs.some((i) => i.name === name) ||
      this.model.nodes.some((n) => n.inputs.includes(name) || n.outputs.includes(name))
    );
  }

  get opset(): number {
    return this.model.opsets[''] ?? this.model.opsets['ai.onnx'] ?? 1;
  }

  fresh(stem: string): string {
    let name: string;
    do name = `mlsec_${stem}_${this.counter++}`;
    while (this.used.has(name));
    this.used.add(name);
    return name;
  }

  constant(stem: string, tensor: TensorValue): string {
    const name = this.fresh(stem);
    this.initializers.set(name, tensor);
    return name;
  }

  /** A node of the default domain; `output` names its result (fresh when omitted). */
  op(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttributeValue> = {},
    output?: string,
  ): GraphNode {
    const needed = MIN_OPSET[opType] ?? Infinity;
    if (this.opset < needed) {
      throw new UsageError(
        'INVALID_INPUT',
        `${this.file}: the model's opset ${this.opset} is older than ${needed}, which the ${opType} that mlsec adds needs; re-export the model with opset ${needed} or later`,
      );
    }
    const out = output ?? this.fresh(opType.toLowerCase());
    return {
      opType,
      domain: '',
      name: this.fresh(`${opType.toLowerCase()}_node`),
      inputs,
      outputs: [out],
      attributes,
    };
  }

  /** max(p, min) (and min(., max)): Clip's bounds are inputs from opset 11, attributes before. */
  clip(input: string, min: number, max?: number): GraphNode {
    if (this.opset >= 11) {
      const inputs = [input, this.constant('clip_min', floatTensor([], [min]))];
      if (max !== undefined) inputs.push(this.constant('clip_max', floatTensor([], [max])));
      return this.op('Clip', inputs);
    }
    const attributes: Record<string, AttributeValue> = { min: { kind: 'float', value: min } };
    if (max !== undefined) attributes['max'] = { kind: 'float', value: max };
    return this.op('Clip', [input], attributes);
  }
}

type Fail = (message: string) => never;

const isDefaultDomain = (node: GraphNode | undefined): node is GraphNode =>
  node !== undefined && (node.domain === '' || node.domain === 'ai.onnx');

export function toClassifierGraph(model: ModelGraph, options: ClassifierOptions): ClassifierGraph {
  const { file } = options;
  const fail: Fail = (message) => {
    throw new UsageError('INVALID_INPUT', `${file}: ${message}`);
  };
  const notes: string[] = [];
  const { input, modelSampleShape, fixedBatch } = selectInput(
    model,
    fail,
    options.dataSampleShape,
    options.preprocessing?.layout ?? 'nchw',
    notes,
  );
  const output = selectOutput(model, options.outputName, fail);
  if (model.outputs.length > 1) {
    const others = model.outputs.filter((o) => o !== output).map((o) => `'${o.name}'`);
    notes.push(
      `the model's output '${output.name}' is used; its other outputs (${others.join(', ')}) are not`,
    );
  }
  const editor = new GraphEditor(model, file);
  const head = toLogits(editor, output, options.outputKind, notes, fail);
  if (fixedBatch !== undefined) rewriteFixedBatch(editor, input.name, fixedBatch, notes, fail);
  const layout = options.preprocessing?.layout ?? 'nchw';
  const { prelude, modelInput, modelChannelsLast } = prependPreprocessing(
    editor,
    input,
    modelSampleShape,
    options.preprocessing,
    notes,
    fail,
  );

  // The model's input becomes the prelude's output; clashes with the two fixed names move away.
  const renames = new Map<string, string>([[input.name, modelInput]]);
  const logitsIsComputed = head.tail.length > 0 || editor.nodes.some((n) => n.outputs.includes(head.logits));
  if (logitsIsComputed) renames.set(head.logits, 'logits');
  for (const reserved of ['x', 'logits']) {
    if (reserved !== input.name && reserved !== head.logits && editor.usedByModel(reserved)) {
      renames.set(reserved, editor.fresh(`model_${reserved}`));
    }
  }
  const rename = (name: string) => renames.get(name) ?? name;
  const renameNode = (node: GraphNode): GraphNode => ({
    ...node,
    inputs: node.inputs.map(rename),
    outputs: node.outputs.map(rename),
  });
  const nodes = [...prelude, ...editor.nodes.map(renameNode), ...head.tail.map(renameNode)];
  if (!logitsIsComputed) {
    // The logits are the input itself or a constant: an Identity gives them their name.
    nodes.push(editor.op('Identity', [rename(head.logits)], {}, 'logits'));
  }
  const initializers = new Map<string, TensorValue>();
  for (const [name, tensor] of editor.initializers) initializers.set(rename(name), tensor);
  const kept = neededFor('logits', nodes);
  for (const name of [...initializers.keys()]) if (!kept.tensors.has(name)) initializers.delete(name);

  const sampleShape =
    layout === 'nhwc'
      ? [modelSampleShape[1]!, modelSampleShape[2]!, modelSampleShape[0]!]
      : [...modelSampleShape];
  const graph: ModelGraph = {
    irVersion: model.irVersion,
    opsets: model.opsets,
    inputs: [{ name: 'x', elemType: DataType.FLOAT, shape: ['batch', ...sampleShape] }],
    outputs: [{ name: 'logits', elemType: DataType.FLOAT, shape: ['batch', head.classes] }],
    initializers,
    nodes: kept.nodes,
    ...(model.producer !== undefined ? { producer: model.producer } : {}),
  };
  if (fixedBatch !== undefined) verifyBatch(graph, fixedBatch, file);
  // The same function up to the model's own output, for the caller to check that declared
  // probabilities are probabilities: logits read as p would be clamped into nonsense.
  let servedGraph: ModelGraph | undefined;
  if (head.readsProbabilities) {
    const served = rename(output.name);
    const needed = neededFor(served, nodes);
    servedGraph = {
      ...graph,
      outputs: [{ name: served, elemType: DataType.FLOAT, shape: ['batch', output.shape![1]!] }],
      initializers: new Map([...initializers].filter(([name]) => needed.tensors.has(name))),
      nodes: needed.nodes,
    };
  }
  return {
    ...(servedGraph ? { probabilities: { graph: servedGraph, kind: head.readsProbabilities! } } : {}),
    graph,
    sampleShape,
    classes: head.classes,
    outputKind: head.outputKind,
    notes,
    sourceOutput: output.name,
    channelsLast: layout === 'nhwc' || modelChannelsLast || looksChannelsLast(sampleShape),
  };
}

/** [H, W, C] with C a usual channel count and H not one: how channels-last images look. */
function looksChannelsLast(sampleShape: readonly number[]): boolean {
  const usual = (d: number) => d === 1 || d === 3 || d === 4;
  return sampleShape.length === 3 && usual(sampleShape[2]!) && !usual(sampleShape[0]!);
}

function selectInput(
  model: ModelGraph,
  fail: Fail,
  dataSampleShape: readonly number[] | undefined,
  layout: 'nchw' | 'nhwc',
  notes: string[],
): { input: ValueInfo; modelSampleShape: number[]; fixedBatch: number | undefined } {
  if (model.inputs.length !== 1) {
    const found = model.inputs.length ? `: ${model.inputs.map(describeValue).join(', ')}` : '';
    fail(
      `the model must have exactly one input (a FLOAT tensor [batch, ...]), found ${model.inputs.length}${found}`,
    );
  }
  const input = model.inputs[0]!;
  if (input.elemType !== DataType.FLOAT) fail(`model input ${describeValue(input)} is not a FLOAT tensor`);
  if (!input.shape || input.shape.length < 2) {
    fail(`model input ${describeValue(input)} needs a batch axis and a sample shape: [batch, ...]`);
  }
  let sample = input.shape!.slice(1);
  const fixed = (d: unknown): d is number => typeof d === 'number' && Number.isInteger(d) && d >= 1;
  if (!sample.every(fixed) && dataSampleShape !== undefined && dataSampleShape.length === sample.length) {
    // A fully convolutional model takes any image size: evaluate it at the data's.
    const fromData =
      layout === 'nhwc' && dataSampleShape.length === 3
        ? [dataSampleShape[2]!, dataSampleShape[0]!, dataSampleShape[1]!]
        : [...dataSampleShape];
    if (!sample.every((d, axis) => !fixed(d) || d === fromData[axis])) {
      fail(
        `model input ${describeValue(input)} cannot take the data's samples, [${fromData.join(', ')}] in the model's layout`,
      );
    }
    notes.push(`the model's input ${describeValue(input)} takes the data's size: [${fromData.join(', ')}]`);
    sample = fromData;
  }
  if (!sample.every(fixed)) {
    fail(`model input ${describeValue(input)} must have a fixed size on every axis after the batch`);
  }
  const batch = input.shape![0];
  if (typeof batch === 'number' && !(batch >= 1)) {
    fail(`model input ${describeValue(input)} has a batch axis of size ${batch}`);
  }
  return {
    input,
    modelSampleShape: sample as number[],
    fixedBatch: typeof batch === 'number' ? batch : undefined,
  };
}

function selectOutput(model: ModelGraph, outputName: string | undefined, fail: Fail): ValueInfo {
  const isClassOutput = (o: ValueInfo) =>
    o.elemType === DataType.FLOAT &&
    o.shape?.length === 2 &&
    typeof o.shape[1] === 'number' &&
    o.shape[1] >= 1;
  const listed = model.outputs.map(describeValue).join(', ') || 'none';
  if (outputName !== undefined) {
    const named = model.outputs.find((o) => o.name === outputName);
    if (!named) fail(`the model has no output '${outputName}'; its outputs are ${listed}`);
    if (!isClassOutput(named!))
      fail(`model output ${describeValue(named!)} is not a FLOAT tensor [batch, classes]`);
    return named!;
  }
  const found = model.outputs.find(isClassOutput);
  if (!found) fail(`the model has no FLOAT output [batch, classes]; its outputs are ${listed}`);
  return found!;
}

interface LogitsHead {
  /** The tensor that becomes 'logits'. */
  logits: string;
  /** Declared probabilities read without a Softmax or Sigmoid to remove: they must be checked to be ones. */
  readsProbabilities?: 'probabilities' | 'sigmoid';
  /** Nodes added after the model's own. */
  tail: GraphNode[];
  classes: number;
  outputKind: OutputKind;
}

function toLogits(
  editor: GraphEditor,
  output: ValueInfo,
  requested: ClassifierOptions['outputKind'],
  notes: string[],
  fail: Fail,
): LogitsHead {
  const columns = output.shape![1] as number;
  // Exporters (tf2onnx among them) end graphs with Identity nodes; look through them.
  const producers = new Map<string, GraphNode>();
  for (const node of editor.nodes) for (const name of node.outputs) producers.set(name, node);
  let last = producers.get(output.name);
  const seen = new Set<GraphNode>();
  while (isDefaultDomain(last) && last.opType === 'Identity' && !seen.has(last)) {
    seen.add(last);
    last = producers.get(last.inputs[0] ?? '');
  }
  const softmaxAtEnd = (): boolean => {
    if (!isDefaultDomain(last) || last.opType !== 'Softmax') return false;
    const axisAttribute = last.attributes['axis'];
    const axis = axisAttribute?.kind === 'int' ? axisAttribute.value : editor.opset < 13 ? 1 : -1;
    if (axis !== 1 && axis !== -1) {
      fail(
        `the Softmax '${last.name}' that produces '${output.name}' normalises axis ${axis}, not the classes (axis 1)`,
      );
    }
    return true;
  };
  const sigmoidAtEnd = isDefaultDomain(last) && last.opType === 'Sigmoid';
  const needColumns = (kind: string) => {
    if (columns < 2) {
      fail(
        `model output ${describeValue(output)} has one column, so it cannot be ${kind}; if it is the logit of class 1, set the output kind to 'logits', and if it is its probability, to 'sigmoid'`,
      );
    }
  };
  /** logits = [0, z]: sigmoid(z) is the probability of class 1, and softmax([0, z]) gives it back. */
  const binaryLogits = (z: string, before: GraphNode[]): LogitsHead => {
    // z * 0 rather than a constant: Concat needs the batch size, and the bounds keep it exact.
    const zero = editor.op('Mul', [z, editor.constant('zero', floatTensor([], [0]))]);
    const joined = editor.op('Concat', [zero.outputs[0]!, z], { axis: { kind: 'int', value: 1 } });
    return { logits: joined.outputs[0]!, tail: [...before, zero, joined], classes: 2, outputKind: 'sigmoid' };
  };
  const stripSoftmax = (): LogitsHead => {
    notes.push(`the Softmax at the end ('${last!.name || output.name}') was removed to attack logits`);
    return { logits: last!.inputs[0]!, tail: [], classes: columns, outputKind: 'probabilities' };
  };
  const stripSigmoid = (): LogitsHead => {
    notes.push(
      `the Sigmoid at the end ('${last!.name || output.name}') was removed; its input z became the logits [0, z] of 2 classes`,
    );
    return binaryLogits(last!.inputs[0]!, []);
  };
  const asIs: LogitsHead = { logits: output.name, tail: [], classes: columns, outputKind: 'logits' };
  /** One logit z of class 1 (a BCE-with-logits model): the logits [0, z] of 2 classes. */
  const singleLogit = (): LogitsHead => {
    notes.push(`the model's one output column is read as the logit z of class 1: logits [0, z] of 2 classes`);
    return { ...binaryLogits(output.name, []), outputKind: 'logits' };
  };
  /**
   * log softmax(z) = z - logsumexp(z): the same argmax and the same margins z_y - z_j, so its
   * input serves as the logits, and the bounds need not cover the logsumexp.
   */
  const logSoftmaxAtEnd = (): boolean => {
    if (!isDefaultDomain(last) || last.opType !== 'LogSoftmax') return false;
    const axisAttribute = last.attributes['axis'];
    const axis = axisAttribute?.kind === 'int' ? axisAttribute.value : editor.opset < 13 ? 1 : -1;
    return axis === 1 || axis === -1;
  };
  const stripLogSoftmax = (): LogitsHead => {
    notes.push(
      `the LogSoftmax at the end ('${last!.name || output.name}') was removed: its input has the same margins between classes`,
    );
    return { logits: last!.inputs[0]!, tail: [], classes: columns, outputKind: 'logits' };
  };

  switch (requested) {
    case 'auto':
      if (softmaxAtEnd()) {
        needColumns('a softmax over classes');
        return stripSoftmax();
      }
      if (sigmoidAtEnd && columns === 1) return stripSigmoid();
      if (columns === 1) return singleLogit();
      if (logSoftmaxAtEnd()) return stripLogSoftmax();
      return asIs;
    case 'probabilities': {
      needColumns('probabilities of classes');
      if (softmaxAtEnd()) return stripSoftmax();
      const clipped = editor.clip(output.name, MIN_PROBABILITY);
      const log = editor.op('Log', [clipped.outputs[0]!]);
      notes.push(
        `the model's probabilities p are attacked as logits log(max(p, ${MIN_PROBABILITY})): no Softmax at the end could be removed`,
      );
      return {
        logits: log.outputs[0]!,
        tail: [clipped, log],
        classes: columns,
        outputKind: 'probabilities',
        readsProbabilities: 'probabilities',
      };
    }
    case 'sigmoid': {
      if (columns !== 1)
        fail(`output kind 'sigmoid' needs an output [batch, 1], found ${describeValue(output)}`);
      if (sigmoidAtEnd) return stripSigmoid();
      const clipped = editor.clip(output.name, MIN_PROBABILITY, MAX_PROBABILITY);
      const q = clipped.outputs[0]!;
      const logP = editor.op('Log', [q]);
      const oneMinus = editor.op('Sub', [editor.constant('one', floatTensor([], [1])), q]);
      const logOneMinus = editor.op('Log', [oneMinus.outputs[0]!]);
      const z = editor.op('Sub', [logP.outputs[0]!, logOneMinus.outputs[0]!]);
      notes.push(
        `the model's probability p of class 1 is attacked as logits [0, log(p) - log(1 - p)], with p clamped to [${MIN_PROBABILITY}, 1 - 2^-24]: no Sigmoid at the end could be removed`,
      );
      return {
        ...binaryLogits(z.outputs[0]!, [clipped, logP, oneMinus, logOneMinus, z]),
        readsProbabilities: 'sigmoid',
      };
    }
    case 'logits':
      if (columns === 1) return singleLogit();
      if (logSoftmaxAtEnd()) return stripLogSoftmax();
      return asIs;
  }
}

/**
 * Reshapes of input-dependent tensors whose constant shape starts with the batch size the model
 * was exported with copy the batch axis instead (0 with allowzero=0). The model's own shape
 * constants may be shared, so each rewritten Reshape gets its own copy.
 */
function rewriteFixedBatch(
  editor: GraphEditor,
  inputName: string,
  fixedBatch: number,
  notes: string[],
  fail: Fail,
): void {
  const dependsOnInput = new Set([inputName]);
  let rewritten = 0;
  for (let i = 0; i < editor.nodes.length; i++) {
    const node = editor.nodes[i]!;
    if (node.inputs.some((name) => dependsOnInput.has(name))) {
      for (const name of node.outputs) dependsOnInput.add(name);
    }
    if (!isDefaultDomain(node) || node.opType !== 'Reshape' || !dependsOnInput.has(node.inputs[0] ?? ''))
      continue;
    const shape = editor.initializers.get(node.inputs[1] ?? '');
    if (!shape || shape.dataType !== DataType.INT64 || shape.dims.length !== 1 || shape.data.length === 0)
      continue;
    if (shape.data[0] !== BigInt(fixedBatch)) continue;
    const allowZero = node.attributes['allowzero'];
    const literalZeros = allowZero?.kind === 'int' && allowZero.value !== 0;
    // allowzero=1 only changes what a 0 in the shape means; with none there, 0 may mean "copy".
    if (literalZeros && (shape.data as BigInt64Array).some((d) => d === 0n)) {
      fail(
        `the model fixes the batch size to ${fixedBatch}, and Reshape '${node.name}' repeats it with allowzero=1 and a literal 0, so it cannot take a batch of another size; re-export the model with a dynamic batch axis`,
      );
    }
    const copy = BigInt64Array.from(shape.data as BigInt64Array);
    copy[0] = 0n;
    if (literalZeros) {
      const { allowzero: _dropped, ...attributes } = node.attributes;
      void _dropped;
      editor.nodes[i] = { ...node, attributes };
    }
    const target = editor.constant('batch_shape', {
      dataType: DataType.INT64,
      dims: [...shape.dims],
      data: copy,
    });
    const current = editor.nodes[i]!;
    editor.nodes[i] = { ...current, inputs: [current.inputs[0]!, target, ...current.inputs.slice(2)] };
    rewritten += 1;
  }
  const reshapes =
    rewritten === 0
      ? ''
      : ` and ${rewritten} Reshape shape${rewritten === 1 ? ' that repeated it now copies' : 's that repeated it now copy'} it`;
  notes.push(`the model fixes the batch size to ${fixedBatch}; the batch axis was made dynamic${reshapes}`);
}

/** x -> [Transpose] -> [* scale] -> [- mean] -> [/ std] -> modelInput, the model's own input. */
function prependPreprocessing(
  editor: GraphEditor,
  input: ValueInfo,
  modelSampleShape: readonly number[],
  preprocessing: Preprocessing = {},
  notes: string[],
  fail: Fail,
): { prelude: GraphNode[]; modelInput: string; modelChannelsLast: boolean } {
  const layout = preprocessing.layout ?? 'nchw';
  const rank = modelSampleShape.length + 1;
  // Channels are on axis 1 (NCHW), unless the model itself takes channels-last images (Keras,
  // TensorFlow) and the per-channel values fit its last axis only.
  const given = [preprocessing.mean, preprocessing.std].find(
    (values) => values !== undefined && values.length > 1,
  );
  const last = modelSampleShape[modelSampleShape.length - 1]!;
  const channelsLast =
    layout !== 'nhwc' &&
    rank === 4 &&
    given !== undefined &&
    given.length !== modelSampleShape[0] &&
    given.length === last;
  const channelAxis = channelsLast ? rank - 1 : 1;
  const channels = channelsLast ? last : modelSampleShape[0]!;
  if (channelsLast)
    notes.push(`the model takes channels-last input: mean and std apply to its last axis (${last} channels)`);
  if (layout === 'nhwc' && rank !== 4) {
    fail(
      `layout 'nhwc' needs a 4-D model input [batch, C, H, W], found ${describeValue(input)}; use layout 'nchw' for data already in the model's layout`,
    );
  }
  const perChannel = (name: 'mean' | 'std', values: readonly number[] | undefined) => {
    if (values === undefined) return undefined;
    if (values.length !== 1 && values.length !== channels) {
      fail(
        `preprocessing ${name} has ${values.length} values, but the model input ${describeValue(input)} has ${channels} ${rank === 2 ? 'features' : 'channels'}: give 1 value or ${channels}`,
      );
    }
    if (!values.every(Number.isFinite)) fail(`preprocessing ${name} must be finite numbers`);
    if (name === 'std' && !values.every((v) => v > 0)) fail('preprocessing std must be positive');
    return values;
  };
  const mean = perChannel('mean', preprocessing.mean);
  const std = perChannel('std', preprocessing.std);
  const scale = preprocessing.scale;
  if (scale !== undefined && !(Number.isFinite(scale) && scale !== 0)) {
    fail('preprocessing scale must be a finite, non-zero number');
  }
  // [1, C, 1, ...] (or [1, 1, 1, C] channels-last) broadcasts over the rest.
  const broadcast = (values: readonly number[]) =>
    values.length === 1
      ? floatTensor([], values)
      : floatTensor(
          Array.from({ length: rank }, (_, axis) => (axis === channelAxis ? channels : 1)),
          values,
        );
  const steps: {
    opType: string;
    stem: string;
    operand?: TensorValue;
    attributes?: Record<string, AttributeValue>;
  }[] = [];
  let formula = 'x';
  if (layout === 'nhwc') {
    steps.push({
      opType: 'Transpose',
      stem: 'nchw',
      attributes: { perm: { kind: 'ints', value: [0, 3, 1, 2] } },
    });
    notes.push("the data is NHWC; a Transpose to the model's NCHW was added in front of the model");
  }
  if (scale !== undefined && scale !== 1) {
    steps.push({ opType: 'Mul', stem: 'scale', operand: floatTensor([], [scale]) });
    formula = `x * ${scale}`;
  }
  if (mean?.some((v) => v !== 0)) {
    steps.push({ opType: 'Sub', stem: 'mean', operand: broadcast(mean) });
    formula = `${formula} - mean`;
  }
  if (std?.some((v) => v !== 1)) {
    steps.push({ opType: 'Div', stem: 'std', operand: broadcast(std) });
    formula = formula === 'x' ? 'x / std' : `(${formula}) / std`;
  }
  if (formula !== 'x') {
    notes.push(
      `the preprocessing ${formula} is part of the graph, so budgets and gradients are in the data's own space`,
    );
  }
  const modelInput = steps.length > 0 ? editor.fresh('model_input') : 'x';
  const prelude: GraphNode[] = [];
  let current = 'x';
  steps.forEach((step, index) => {
    const inputs = step.operand ? [current, editor.constant(step.stem, step.operand)] : [current];
    const node = editor.op(
      step.opType,
      inputs,
      step.attributes,
      index === steps.length - 1 ? modelInput : undefined,
    );
    prelude.push(node);
    current = node.outputs[0]!;
  });
  return { prelude, modelInput, modelChannelsLast: channelsLast };
}

/** The nodes (in order) and tensors that `output` depends on. */
function neededFor(
  output: string,
  nodes: readonly GraphNode[],
): { nodes: GraphNode[]; tensors: Set<string> } {
  const tensors = new Set([output]);
  const kept: GraphNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (!node.outputs.some((name) => tensors.has(name))) continue;
    kept.push(node);
    for (const name of node.inputs) if (name !== '') tensors.add(name);
  }
  return { nodes: kept.reverse(), tensors };
}

/**
 * A model exported with a fixed batch can keep constants that depend on it beyond the Reshapes
 * rewritten above. Compiling the plan at that batch and at another tells: a graph that compiles
 * at its own batch but not at another cannot take a batch, and running it would fail or, worse,
 * mix samples. When the evaluator cannot compile the graph at all, it cannot tell either way;
 * onnxruntime then checks the shapes at run time.
 */
function verifyBatch(graph: ModelGraph, fixedBatch: number, file: string): void {
  const other = fixedBatch === 3 ? 2 : 3;
  try {
    compilePlan(graph, fixedBatch);
  } catch (error) {
    if (error instanceof UsageError) return;
    throw error;
  }
  try {
    compilePlan(graph, other);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(
      'INVALID_INPUT',
      `${file}: the model fixes the batch size to ${fixedBatch} and cannot take a batch of ${other} (${error.message}); re-export the model with a dynamic batch axis`,
    );
  }
}
