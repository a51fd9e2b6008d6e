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
}

export interface ClassifierOptions {
  file: string;
  preprocessing?: Preprocessing;
  outputKind: 'auto' | OutputKind;
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

export function toClassifierGraph(model: ModelGraph, options: ClassifierOptions): ClassifierGraph {
  const { file } = options;
  const fail = (message: string): never => {
    throw new UsageError('INVALID_INPUT', `${file}: ${message}`);
  };
  const notes: string[] = [];

  // ---- the input ----
  if (model.inputs.length !== 1) {
    fail(
      `the model must have exactly one input (a FLOAT tensor [batch, ...]), found ${model.inputs.length}${
        model.inputs.length ? `: ${model.inputs.map(describeValue).join(', ')}` : ''
      }`,
    );
  }
  const input = model.inputs[0]!;
  if (input.elemType !== DataType.FLOAT) fail(`model input ${describeValue(input)} is not a FLOAT tensor`);
  if (!input.shape || input.shape.length < 2) {
    fail(`model input ${describeValue(input)} needs a batch axis and a sample shape: [batch, ...]`);
  }
  const modelSample = input.shape!.slice(1);
  if (!modelSample.every((d): d is number => typeof d === 'number' && Number.isInteger(d) && d >= 1)) {
    fail(`model input ${describeValue(input)} must have a fixed size on every axis after the batch`);
  }
  const modelSampleShape = modelSample as number[];
  const fixedBatch = input.shape![0];
  if (typeof fixedBatch === 'number' && !(fixedBatch >= 1)) {
    fail(`model input ${describeValue(input)} has a batch axis of size ${fixedBatch}`);
  }

  // ---- the output ----
  const isClassOutput = (o: ValueInfo) =>
    o.elemType === DataType.FLOAT &&
    o.shape?.length === 2 &&
    typeof o.shape[1] === 'number' &&
    o.shape[1] >= 1;
  let output: ValueInfo;
  if (options.outputName !== undefined) {
    const named = model.outputs.find((o) => o.name === options.outputName);
    if (!named) {
      fail(
        `the model has no output '${options.outputName}'; its outputs are ${model.outputs.map(describeValue).join(', ') || 'none'}`,
      );
    }
    if (!isClassOutput(named!))
      fail(`model output ${describeValue(named!)} is not a FLOAT tensor [batch, classes]`);
    output = named!;
  } else {
    const found = model.outputs.find(isClassOutput);
    if (!found) {
      fail(
        `the model has no FLOAT output [batch, classes]; its outputs are ${model.outputs.map(describeValue).join(', ') || 'none'}`,
      );
    }
    output = found!;
  }
  const columns = output.shape![1] as number;
  if (model.outputs.length > 1) {
    notes.push(
      `the model's output '${output.name}' is used; its other outputs (${model.outputs
        .filter((o) => o !== output)
        .map((o) => `'${o.name}'`)
        .join(', ')}) are not`,
    );
  }

  const editor = new GraphEditor(model, file);
  const producer = (tensor: string) => editor.nodes.find((n) => n.outputs.includes(tensor));
  const defaultDomain = (n: GraphNode | undefined) =>
    n !== undefined && (n.domain === '' || n.domain === 'ai.onnx');
  const last = producer(output.name);

  // ---- the output kind -> logits ----
  // `tail` adds nodes after the model's own; `logits` is the tensor that becomes 'logits'.
  const tail: GraphNode[] = [];
  let logits = output.name;
  let classes = columns;
  let outputKind: OutputKind;
  const softmaxAtEnd = (): boolean => {
    if (!defaultDomain(last) || last!.opType !== 'Softmax') return false;
    const axisAttribute = last!.attributes['axis'];
    const axis = axisAttribute?.kind === 'int' ? axisAttribute.value : editor.opset < 13 ? 1 : -1;
    if (axis !== 1 && axis !== -1) {
      fail(
        `the Softmax '${last!.name}' that produces '${output.name}' normalises axis ${axis}, not the classes (axis 1)`,
      );
    }
    return true;
  };
  const sigmoidAtEnd = () => defaultDomain(last) && last!.opType === 'Sigmoid';
  const needColumns = (kind: string) => {
    if (columns < 2) {
      fail(
        `model output ${describeValue(output)} has one column, so it cannot be ${kind}; if it is the probability of class 1, set the output kind to 'sigmoid'`,
      );
    }
  };
  /** logits = [0, z]: sigmoid(z) is the probability of class 1, and softmax([0, z]) gives it back. */
  const binaryLogits = (z: string) => {
    const zero = editor.op('Mul', [z, editor.constant('zero', floatTensor([], [0]))]);
    tail.push(zero, editor.op('Concat', [zero.outputs[0]!, z], { axis: { kind: 'int', value: 1 } }));
    logits = tail[tail.length - 1]!.outputs[0]!;
    classes = 2;
  };
  const stripSoftmax = () => {
    logits = last!.inputs[0]!;
    outputKind = 'probabilities';
    notes.push(`the Softmax at the end ('${last!.name || output.name}') was removed to attack logits`);
  };
  const stripSigmoid = () => {
    binaryLogits(last!.inputs[0]!);
    outputKind = 'sigmoid';
    notes.push(
      `the Sigmoid at the end ('${last!.name || output.name}') was removed; its input z became the logits [0, z] of 2 classes`,
    );
  };
  const requested = options.outputKind;
  if (requested === 'auto') {
    if (softmaxAtEnd()) {
      needColumns('a softmax over classes');
      stripSoftmax();
    } else if (sigmoidAtEnd() && columns === 1) {
      stripSigmoid();
    } else {
      needColumns('logits');
      outputKind = 'logits';
      if (defaultDomain(last) && last!.opType === 'LogSoftmax') {
        notes.push('the model returns log-probabilities (a LogSoftmax at the end), which serve as logits');
      }
    }
  } else if (requested === 'probabilities') {
    needColumns('probabilities of classes');
    if (softmaxAtEnd()) {
      stripSoftmax();
    } else {
      const clipped = editor.clip(output.name, MIN_PROBABILITY);
      tail.push(clipped, editor.op('Log', [clipped.outputs[0]!]));
      logits = tail[tail.length - 1]!.outputs[0]!;
      outputKind = 'probabilities';
      notes.push(
        `the model's probabilities p are attacked as logits log(max(p, ${MIN_PROBABILITY})): no Softmax at the end could be removed`,
      );
    }
  } else if (requested === 'sigmoid') {
    if (columns !== 1)
      fail(`output kind 'sigmoid' needs an output [batch, 1], found ${describeValue(output)}`);
    if (sigmoidAtEnd()) {
      stripSigmoid();
    } else {
      const clipped = editor.clip(output.name, MIN_PROBABILITY, MAX_PROBABILITY);
      const q = clipped.outputs[0]!;
      const logP = editor.op('Log', [q]);
      const oneMinus = editor.op('Sub', [editor.constant('one', floatTensor([], [1])), q]);
      const logOneMinus = editor.op('Log', [oneMinus.outputs[0]!]);
      const z = editor.op('Sub', [logP.outputs[0]!, logOneMinus.outputs[0]!]);
      tail.push(clipped, logP, oneMinus, logOneMinus, z);
      binaryLogits(z.outputs[0]!);
      outputKind = 'sigmoid';
      notes.push(
        `the model's probability p of class 1 is attacked as logits [0, log(p) - log(1 - p)], with p clamped to [${MIN_PROBABILITY}, 1 - 2^-24]: no Sigmoid at the end could be removed`,
      );
    }
  } else {
    needColumns('logits');
    outputKind = 'logits';
  }

  // ---- a batch size the model fixed ----
  if (typeof fixedBatch === 'number') {
    const dependsOnInput = new Set([input.name]);
    let rewritten = 0;
    for (let i = 0; i < editor.nodes.length; i++) {
      const node = editor.nodes[i]!;
      if (node.inputs.some((name) => dependsOnInput.has(name))) {
        for (const name of node.outputs) dependsOnInput.add(name);
      }
      if (!defaultDomain(node) || node.opType !== 'Reshape' || !dependsOnInput.has(node.inputs[0] ?? ''))
        continue;
      const shape = editor.initializers.get(node.inputs[1] ?? '');
      if (!shape || shape.dataType !== DataType.INT64 || shape.dims.length !== 1 || shape.data.length === 0)
        continue;
      if (shape.data[0] !== BigInt(fixedBatch)) continue;
      const allowZero = node.attributes['allowzero'];
      if (allowZero?.kind === 'int' && allowZero.value !== 0) {
        fail(
          `the model fixes the batch size to ${fixedBatch}, and Reshape '${node.name}' repeats it with allowzero=1, so it cannot take a batch of another size; re-export the model with a dynamic batch axis`,
        );
      }
      const copy = BigInt64Array.from(shape.data as BigInt64Array);
      copy[0] = 0n;
      const target = editor.constant('batch_shape', {
        dataType: DataType.INT64,
        dims: [...shape.dims],
        data: copy,
      });
      editor.nodes[i] = { ...node, inputs: [node.inputs[0]!, target, ...node.inputs.slice(2)] };
      rewritten += 1;
    }
    notes.push(
      `the model fixes the batch size to ${fixedBatch}; the batch axis was made dynamic${
        rewritten
          ? ` and ${rewritten} Reshape shape${rewritten === 1 ? '' : 's'} that repeated it now copy it`
          : ''
      }`,
    );
  }

  // ---- preprocessing and layout: x -> [Transpose] -> [* scale] -> [- mean] -> [/ std] -> the model ----
  const preprocessing = options.preprocessing ?? {};
  const layout = preprocessing.layout ?? 'nchw';
  const rank = modelSampleShape.length + 1;
  const channels = modelSampleShape[0]!;
  if (layout === 'nhwc' && rank !== 4) {
    fail(
      `layout 'nhwc' needs a 4-D model input [batch, C, H, W], found ${describeValue(input)}; use layout 'nchw' for data already in the model's layout`,
    );
  }
  const channelWord = rank === 2 ? 'features' : 'channels';
  const perChannel = (name: 'mean' | 'std', values: readonly number[] | undefined) => {
    if (values === undefined) return undefined;
    if (values.length !== 1 && values.length !== channels) {
      fail(
        `preprocessing ${name} has ${values.length} values, but the model input ${describeValue(input)} has ${channels} ${channelWord}: give 1 value or ${channels}`,
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
  const broadcast = (values: readonly number[]) =>
    values.length === 1
      ? floatTensor([], values)
      : floatTensor(
          Array.from({ length: rank }, (_, axis) => (axis === 1 ? channels : 1)),
          values,
        );
  const steps: {
    opType: string;
    operand?: TensorValue;
    stem: string;
    attributes?: Record<string, AttributeValue>;
  }[] = [];
  if (layout === 'nhwc')
    steps.push({
      opType: 'Transpose',
      stem: 'nchw',
      attributes: { perm: { kind: 'ints', value: [0, 3, 1, 2] } },
    });
  if (scale !== undefined && scale !== 1)
    steps.push({ opType: 'Mul', operand: floatTensor([], [scale]), stem: 'scale' });
  if (mean && mean.some((v) => v !== 0))
    steps.push({ opType: 'Sub', operand: broadcast(mean), stem: 'mean' });
  if (std && std.some((v) => v !== 1)) steps.push({ opType: 'Div', operand: broadcast(std), stem: 'std' });
  const prelude: GraphNode[] = [];
  const modelInput = steps.length > 0 ? editor.fresh('model_input') : 'x';
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
  if (layout === 'nhwc')
    notes.push("the data is NHWC; a Transpose to the model's NCHW was added in front of the model");
  if (steps.some((s) => s.opType !== 'Transpose')) {
    notes.push(
      `the preprocessing ${[
        scale !== undefined && scale !== 1 ? `x * ${scale}` : 'x',
        mean && mean.some((v) => v !== 0) ? ' - mean' : '',
        std && std.some((v) => v !== 1) ? ', / std' : '',
      ].join('')} is part of the graph, so budgets and gradients are in the data's own space`,
    );
  }

  // ---- renaming: the model's input -> modelInput, the logits tensor -> 'logits', clashes away ----
  const renames = new Map<string, string>();
  renames.set(input.name, modelInput);
  const logitsIsComputed = editor.nodes.some((n) => n.outputs.includes(logits)) || tail.length > 0;
  if (logitsIsComputed) renames.set(logits, 'logits');
  for (const reserved of ['x', 'logits']) {
    if (reserved !== input.name && reserved !== logits && editor.usedByModel(reserved)) {
      renames.set(reserved, editor.fresh(`model_${reserved}`));
    }
  }
  const rename = (name: string) => renames.get(name) ?? name;
  const renameNode = (node: GraphNode): GraphNode => ({
    ...node,
    inputs: node.inputs.map(rename),
    outputs: node.outputs.map(rename),
  });
  const body = editor.nodes.map(renameNode);
  const added = tail.map(renameNode);
  const nodes = [...prelude, ...body, ...added];
  if (!logitsIsComputed) {
    // The logits are the input itself or a constant: an Identity gives them their name.
    nodes.push(editor.op('Identity', [rename(logits)], {}, 'logits'));
  }
  const initializers = new Map<string, TensorValue>();
  for (const [name, tensor] of editor.initializers) initializers.set(rename(name), tensor);

  // ---- keep what 'logits' needs ----
  const needed = new Set(['logits']);
  const kept: GraphNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (!node.outputs.some((name) => needed.has(name))) continue;
    kept.push(node);
    for (const name of node.inputs) if (name !== '') needed.add(name);
  }
  kept.reverse();
  for (const name of [...initializers.keys()]) if (!needed.has(name)) initializers.delete(name);

  const sampleShape =
    layout === 'nhwc'
      ? [modelSampleShape[1]!, modelSampleShape[2]!, modelSampleShape[0]!]
      : [...modelSampleShape];
  const graph: ModelGraph = {
    irVersion: model.irVersion,
    opsets: model.opsets,
    inputs: [{ name: 'x', elemType: DataType.FLOAT, shape: ['batch', ...sampleShape] }],
    outputs: [{ name: 'logits', elemType: DataType.FLOAT, shape: ['batch', classes] }],
    initializers,
    nodes: kept,
    ...(model.producer !== undefined ? { producer: model.producer } : {}),
  };
  if (typeof fixedBatch === 'number') verifyBatch(graph, fixedBatch, file);
  return { graph, sampleShape, classes, outputKind: outputKind!, notes };
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
