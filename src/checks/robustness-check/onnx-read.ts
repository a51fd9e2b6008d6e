/**
 * ONNX ModelProto bytes -> ModelGraph, for the models robustness-check evaluates and attacks.
 *
 * The whole file is in memory (onnxruntime loads it anyway), so this decodes synchronously with
 * scan-model's wire-format walker. Only the main graph is decoded: subgraph attributes stay
 * markers, so nesting is fixed by the schema (model > graph > node > attribute > tensor) and a
 * hostile file cannot make the reader recurse. Every tensor's element count is checked against
 * the bytes that actually hold its data before anything is allocated from it.
 *
 * Protobuf semantics are kept where exporters rely on them: repeated numeric fields may be packed
 * or not, and a message field given twice is merged (each occurrence is walked in order, so a
 * repeated field accumulates and a scalar takes its last value).
 *
 * Field numbers: onnx/onnx.proto.
 */
import { UsageError } from '../../core/errors.js';
import {
  asInt64,
  bufferFields,
  packedVarints,
  ProtoMalformedError,
  WireType,
  type LengthField,
  type ProtoField,
} from '../scan-model/protobuf.js';
import {
  DataType,
  type AttributeValue,
  type DataTypeCode,
  type Dimension,
  type GraphNode,
  type ModelGraph,
  type TensorValue,
  type ValueInfo,
} from './graph.js';

/** The model file is not an ONNX model this check can use; the message starts with the file name. */
export class OnnxModelError extends UsageError {
  constructor(file: string, message: string) {
    super('INVALID_INPUT', `${file}: ${message}`);
  }
}

export interface ReadOptions {
  /** The name used in messages (repository-relative). */
  file: string;
  /**
   * Bytes of an external-data file (TensorProto data_location EXTERNAL), by its `location` key;
   * throw to refuse. The location is the file's text, unchecked: resolving it safely (inside the
   * model's folder) is the callback's job.
   */
  externalData?: (location: string, offset: number, length: number | undefined) => Uint8Array;
}

const ELEMENT_BYTES: Readonly<Record<DataTypeCode, number>> = {
  [DataType.FLOAT]: 4,
  [DataType.UINT8]: 1,
  [DataType.INT8]: 1,
  [DataType.INT32]: 4,
  [DataType.INT64]: 8,
  [DataType.BOOL]: 1,
  [DataType.DOUBLE]: 8,
};

/** Names of the ONNX element types this reader refuses, for messages. */
const OTHER_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'UNDEFINED',
  4: 'UINT16',
  5: 'INT16',
  8: 'STRING',
  10: 'FLOAT16',
  12: 'UINT32',
  13: 'UINT64',
  14: 'COMPLEX64',
  15: 'COMPLEX128',
  16: 'BFLOAT16',
  17: 'FLOAT8E4M3FN',
  18: 'FLOAT8E4M3FNUZ',
  19: 'FLOAT8E5M2',
  20: 'FLOAT8E5M2FNUZ',
  21: 'UINT4',
  22: 'INT4',
  23: 'FLOAT4E2M1',
};

const SUPPORTED_TYPES = new Set<number>(Object.values(DataType));

const ATTRIBUTE_TYPES: Readonly<Record<number, string>> = {
  1: 'float',
  2: 'int',
  3: 'string',
  4: 'tensor',
  5: 'graph',
  6: 'floats',
  7: 'ints',
  8: 'strings',
  9: 'tensors',
  10: 'graphs',
  11: 'sparse_tensor',
  12: 'sparse_tensors',
  13: 'type_proto',
  14: 'type_protos',
};

/** The attribute field that holds each kind's value, for files that omit AttributeProto.type. */
const ATTRIBUTE_VALUE_FIELDS: Readonly<Record<number, string>> = {
  2: 'float',
  3: 'int',
  4: 'string',
  5: 'tensor',
  6: 'graph',
  7: 'floats',
  8: 'ints',
  9: 'strings',
  10: 'tensors',
  11: 'graphs',
  14: 'type_proto',
  15: 'type_protos',
  22: 'sparse_tensor',
  23: 'sparse_tensors',
};

const DATA_LOCATION_EXTERNAL = 1;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Attribute strings may be bytes that custom ops define; they are kept, never used as names. */
const LENIENT_UTF8 = new TextDecoder('utf-8');

class Decoder {
  constructor(
    readonly bytes: Uint8Array,
    readonly options: ReadOptions,
  ) {}

  fail(message: string): never {
    throw new OnnxModelError(this.options.file, message);
  }

  /** The fields of every occurrence of a message field, in order (protobuf's merge). */
  *fields(occurrences: readonly LengthField[]): Generator<ProtoField, void, undefined> {
    for (const range of occurrences)
      yield* bufferFields(this.bytes, range.offset, range.offset + range.length);
  }

  length(field: ProtoField, what: string): LengthField {
    if (field.wireType !== WireType.LengthDelimited) this.fail(`${what} is not length-delimited`);
    return field;
  }

  string(field: ProtoField, what: string): string {
    const payload = this.payload(this.length(field, what));
    try {
      return STRICT_UTF8.decode(payload);
    } catch {
      return this.fail(`${what} is not valid UTF-8`);
    }
  }

  payload(field: LengthField): Uint8Array {
    return this.bytes.subarray(field.offset, field.offset + field.length);
  }

  /** An int64 field that must fit a double exactly (versions, dims, counts). */
  safeInt(field: ProtoField, what: string): number {
    if (field.wireType !== WireType.Varint) this.fail(`${what} is not a varint`);
    const value = asInt64(field.value);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      this.fail(`${what} is out of range`);
    }
    return Number(value);
  }

  /** A repeated varint field's occurrence (packed or not), kept undecoded until counted. */
  varints(field: ProtoField, what: string, into: VarintRuns): void {
    into.add(field.wireType === WireType.Varint ? field.value : this.length(field, what));
  }

  /** Repeated fixed-width values (4 or 8 bytes), packed or not, as the bytes that hold them. */
  fixed(field: ProtoField, width: 4 | 8, what: string, into: Uint8Array[]): void {
    const wire = width === 4 ? WireType.Fixed32 : WireType.Fixed64;
    if (field.wireType === wire) {
      into.push(this.bytes.subarray(field.offset, field.offset + width));
      return;
    }
    const packed = this.length(field, what);
    if (packed.length % width !== 0) this.fail(`${what} is not a whole number of ${width}-byte values`);
    into.push(this.payload(packed));
  }

  // -------------------------------------------------------------------------------------------

  model(): ModelGraph {
    let irVersion: number | undefined;
    let producerName = '';
    let producerVersion = '';
    const graphs: LengthField[] = [];
    const opsets: Record<string, number> = {};
    for (const field of bufferFields(this.bytes)) {
      switch (field.field) {
        case 1:
          irVersion = this.safeInt(field, 'ir_version');
          break;
        case 2:
          producerName = this.string(field, 'producer_name');
          break;
        case 3:
          producerVersion = this.string(field, 'producer_version');
          break;
        case 7:
          graphs.push(this.length(field, 'the graph'));
          break;
        case 8: {
          const [domain, version] = this.opset(this.length(field, 'an opset_import'));
          opsets[domain] = version;
          break;
        }
      }
    }
    if (irVersion === undefined) this.fail('no ir_version: this is not an ONNX model');
    if (graphs.length === 0) this.fail('the model has no graph');
    if (opsets[''] === undefined) this.fail('the model imports no opset of the default ONNX domain');
    const producer = [producerName, producerVersion].filter((p) => p !== '').join(' ');
    return { irVersion, opsets, ...this.graph(graphs), ...(producer ? { producer } : {}) };
  }

  opset(message: LengthField): [string, number] {
    let domain = '';
    let version: number | undefined;
    for (const field of this.fields([message])) {
      if (field.field === 1) domain = this.string(field, 'an opset domain');
      else if (field.field === 2) version = this.safeInt(field, 'an opset version');
    }
    if (version === undefined || version < 1)
      this.fail(`the opset of domain '${domain}' has no valid version`);
    // 'ai.onnx' is the default domain's long name; the IR keys it as ''.
    return [domain === 'ai.onnx' ? '' : domain, version];
  }

  graph(
    occurrences: readonly LengthField[],
  ): Pick<ModelGraph, 'inputs' | 'outputs' | 'initializers' | 'nodes'> {
    const nodeFields: LengthField[] = [];
    const initializers = new Map<string, TensorValue>();
    const declaredInputs: ValueInfo[] = [];
    const outputs: ValueInfo[] = [];
    for (const field of this.fields(occurrences)) {
      switch (field.field) {
        case 1:
          nodeFields.push(this.length(field, 'a node'));
          break;
        case 5: {
          const { name, tensor } = this.tensor(this.length(field, 'an initializer'), 'initializer');
          if (name === '') this.fail('an initializer has no name');
          if (initializers.has(name)) this.fail(`initializer '${name}' is defined twice`);
          initializers.set(name, tensor);
          break;
        }
        case 11:
          declaredInputs.push(this.valueInfo(this.length(field, 'a graph input'), 'graph input'));
          break;
        case 12:
          outputs.push(this.valueInfo(this.length(field, 'a graph output'), 'graph output'));
          break;
        case 15:
          this.fail(
            'the graph has a sparse initializer, which is not supported: store it as a dense initializer',
          );
      }
    }
    // Before IR 4 every initializer was also listed as an input; those are not inputs to feed.
    const inputs = declaredInputs.filter((input) => !initializers.has(input.name));
    const known = new Set<string>();
    for (const input of inputs) {
      if (known.has(input.name)) this.fail(`graph input '${input.name}' is declared twice`);
      known.add(input.name);
    }
    for (const name of initializers.keys()) known.add(name);
    const nodes: GraphNode[] = [];
    for (const field of nodeFields) {
      const node = this.node(field);
      const label = nodeLabel(node);
      for (const input of node.inputs) {
        if (input !== '' && !known.has(input)) {
          this.fail(
            `node ${label} reads '${input}', which is not a graph input, an initializer or an output of an earlier node (the nodes must be in topological order)`,
          );
        }
      }
      for (const output of node.outputs) {
        if (output === '') continue;
        if (known.has(output)) this.fail(`node ${label} writes '${output}', which is already defined`);
        known.add(output);
      }
      if (node.opType === 'Constant' && (node.domain === '' || node.domain === 'ai.onnx')) {
        initializers.set(node.outputs[0]!, this.constantValue(node, label));
      } else {
        nodes.push(node);
      }
    }
    for (const output of outputs) {
      if (!known.has(output.name)) this.fail(`graph output '${output.name}' is never produced`);
    }
    return { inputs, outputs, initializers, nodes };
  }

  constantValue(node: GraphNode, label: string): TensorValue {
    if (node.outputs.length !== 1 || node.outputs[0] === '')
      this.fail(`Constant node ${label} must have one output`);
    const entries = Object.entries(node.attributes);
    if (entries.length !== 1) {
      this.fail(`Constant node ${label} must have exactly one value attribute, found ${entries.length}`);
    }
    const [name, attribute] = entries[0]!;
    if (name === 'value' && attribute.kind === 'tensor') return attribute.value;
    if (name === 'value_float' && attribute.kind === 'float') {
      return { dataType: DataType.FLOAT, dims: [], data: Float32Array.of(attribute.value) };
    }
    if (name === 'value_floats' && attribute.kind === 'floats') {
      return {
        dataType: DataType.FLOAT,
        dims: [attribute.value.length],
        data: Float32Array.from(attribute.value),
      };
    }
    if (name === 'value_int' && attribute.kind === 'int') {
      return { dataType: DataType.INT64, dims: [], data: BigInt64Array.of(BigInt(attribute.value)) };
    }
    if (name === 'value_ints' && attribute.kind === 'ints') {
      return {
        dataType: DataType.INT64,
        dims: [attribute.value.length],
        data: BigInt64Array.from(attribute.value, (v) => BigInt(v)),
      };
    }
    return this.fail(
      `Constant node ${label}: attribute '${name}' (${attribute.kind}) is not supported; a Constant needs value, value_float, value_floats, value_int or value_ints`,
    );
  }

  node(message: LengthField): GraphNode {
    const inputs: string[] = [];
    const outputs: string[] = [];
    let name = '';
    let opType = '';
    let domain = '';
    const attributeFields: LengthField[] = [];
    for (const field of this.fields([message])) {
      switch (field.field) {
        case 1:
          inputs.push(this.string(field, 'a node input'));
          break;
        case 2:
          outputs.push(this.string(field, 'a node output'));
          break;
        case 3:
          name = this.string(field, 'a node name');
          break;
        case 4:
          opType = this.string(field, 'a node op_type');
          break;
        case 5:
          attributeFields.push(this.length(field, 'a node attribute'));
          break;
        case 7:
          domain = this.string(field, 'a node domain');
          break;
      }
    }
    const label = nodeLabel({ name, opType });
    if (opType === '') this.fail(`node ${label} has no op_type`);
    const attributes: Record<string, AttributeValue> = {};
    for (const field of attributeFields) {
      const [attributeName, value] = this.attribute(field, label);
      if (Object.hasOwn(attributes, attributeName))
        this.fail(`node ${label} has attribute '${attributeName}' twice`);
      attributes[attributeName] = value;
    }
    return { opType, domain, name, inputs, outputs, attributes };
  }

  attribute(message: LengthField, node: string): [string, AttributeValue] {
    let name = '';
    let declared: string | undefined;
    let present: string | undefined;
    let float = 0;
    let int = 0n;
    let string = '';
    let tensor: LengthField[] = [];
    const floats: Uint8Array[] = [];
    const ints = new VarintRuns(this.bytes);
    const strings: string[] = [];
    for (const field of this.fields([message])) {
      const what = `an attribute of node ${node}`;
      if (ATTRIBUTE_VALUE_FIELDS[field.field]) present = ATTRIBUTE_VALUE_FIELDS[field.field];
      switch (field.field) {
        case 1:
          name = this.string(field, `the name of ${what}`);
          break;
        case 20: {
          const code = this.safeInt(field, `the type of ${what}`);
          declared = ATTRIBUTE_TYPES[code] ?? `unknown type ${code}`;
          break;
        }
        case 2:
          if (field.wireType !== WireType.Fixed32) this.fail(`the float of ${what} is not a fixed32`);
          float = fixed32Float(field.value);
          break;
        case 3:
          if (field.wireType !== WireType.Varint) this.fail(`the int of ${what} is not a varint`);
          int = asInt64(field.value);
          break;
        case 4:
          string = LENIENT_UTF8.decode(this.payload(this.length(field, `the string of ${what}`)));
          break;
        case 5:
          // A message field given twice merges; keep every occurrence.
          tensor = [...tensor, this.length(field, `the tensor of ${what}`)];
          break;
        case 7:
          this.fixed(field, 4, `the floats of ${what}`, floats);
          break;
        case 8:
          this.varints(field, `the ints of ${what}`, ints);
          break;
        case 9:
          strings.push(LENIENT_UTF8.decode(this.payload(this.length(field, `the strings of ${what}`))));
          break;
      }
    }
    if (name === '') this.fail(`an attribute of node ${node} has no name`);
    const kind = declared ?? present;
    const label = `attribute '${name}' of node ${node}`;
    switch (kind) {
      case 'float':
        return [name, { kind, value: float }];
      case 'int':
        return [name, { kind, value: clampedNumber(int) }];
      case 'string':
        return [name, { kind, value: string }];
      case 'tensor':
        if (tensor.length === 0) this.fail(`${label} has no tensor`);
        return [name, { kind, value: this.tensorFrom(tensor, label).tensor }];
      case 'floats':
        return [name, { kind, value: Array.from(concatFloat32(floats)) }];
      case 'ints':
        return [name, { kind, value: Array.from(ints.values(), clampedNumber) }];
      case 'strings':
        return [name, { kind, value: strings }];
      case 'graph':
      case 'graphs':
        return [name, { kind: 'graph' }];
      case undefined:
        return this.fail(`${label} has no value`);
      default:
        return this.fail(`${label} is of kind ${kind}, which is not supported`);
    }
  }

  valueInfo(message: LengthField, role: string): ValueInfo {
    let name = '';
    const types: LengthField[] = [];
    for (const field of this.fields([message])) {
      if (field.field === 1) name = this.string(field, `the name of a ${role}`);
      else if (field.field === 2) types.push(this.length(field, `the type of a ${role}`));
    }
    if (name === '') this.fail(`a ${role} has no name`);
    const tensorTypes: LengthField[] = [];
    for (const field of this.fields(types)) {
      if (field.field === 1) tensorTypes.push(this.length(field, `the tensor type of ${role} '${name}'`));
    }
    // A sequence, map or optional: not a tensor this check can feed or read.
    if (tensorTypes.length === 0) return { name, elemType: 0, shape: undefined };
    let elemType = 0;
    const shapes: LengthField[] = [];
    for (const field of this.fields(tensorTypes)) {
      if (field.field === 1) elemType = this.safeInt(field, `the element type of ${role} '${name}'`);
      else if (field.field === 2) shapes.push(this.length(field, `the shape of ${role} '${name}'`));
    }
    if (shapes.length === 0) return { name, elemType, shape: undefined };
    const shape: Dimension[] = [];
    for (const field of this.fields(shapes)) {
      if (field.field !== 1) continue;
      let dim: Dimension = undefined;
      for (const part of this.fields([this.length(field, `a dimension of ${role} '${name}'`)])) {
        if (part.field === 1) dim = this.safeInt(part, `a dimension of ${role} '${name}'`);
        else if (part.field === 2) dim = this.string(part, `a dimension of ${role} '${name}'`);
      }
      shape.push(dim);
    }
    return { name, elemType, shape };
  }

  tensor(message: LengthField, role: string): { name: string; tensor: TensorValue } {
    return this.tensorFrom([message], role);
  }

  /** `role` names the tensor in messages until its own name is known ("initializer", an attribute). */
  tensorFrom(occurrences: readonly LengthField[], role: string): { name: string; tensor: TensorValue } {
    const dims = new VarintRuns(this.bytes);
    let dataType = 0;
    let name = '';
    let location = 0;
    const raw: LengthField[] = [];
    const fixed4: Uint8Array[] = [];
    const fixed8: Uint8Array[] = [];
    const int32s = new VarintRuns(this.bytes);
    const int64s = new VarintRuns(this.bytes);
    const typedFields = new Set<string>();
    const external: Record<string, string> = {};
    for (const field of this.fields(occurrences)) {
      const what = `a field of ${role}${name ? ` '${name}'` : ''}`;
      switch (field.field) {
        case 1:
          this.varints(field, `the dims of ${what}`, dims);
          break;
        case 2:
          dataType = this.safeInt(field, `the data_type of ${what}`);
          break;
        case 3:
          this.fail(`${role} '${name}' is a segment of a tensor, which is not supported`);
          break;
        case 4:
          typedFields.add('float_data');
          this.fixed(field, 4, `the float_data of ${what}`, fixed4);
          break;
        case 5:
          typedFields.add('int32_data');
          this.varints(field, `the int32_data of ${what}`, int32s);
          break;
        case 6:
          typedFields.add('string_data');
          break;
        case 7:
          typedFields.add('int64_data');
          this.varints(field, `the int64_data of ${what}`, int64s);
          break;
        case 8:
          name = this.string(field, `the name of ${role}`);
          break;
        case 9:
          raw.push(this.length(field, `the raw_data of ${what}`));
          break;
        case 10:
          typedFields.add('double_data');
          this.fixed(field, 8, `the double_data of ${what}`, fixed8);
          break;
        case 11:
          typedFields.add('uint64_data');
          break;
        case 13: {
          const [key, value] = this.keyValue(this.length(field, `the external_data of ${what}`), what);
          external[key] = value;
          break;
        }
        case 14:
          location = this.safeInt(field, `the data_location of ${what}`);
          break;
      }
    }
    const label = name ? `${role} '${name}'` : role;
    if (!SUPPORTED_TYPES.has(dataType)) {
      this.fail(
        `${label} has element type ${OTHER_TYPE_NAMES[dataType] ?? dataType}, which is not supported (supported: FLOAT, DOUBLE, INT64, INT32, INT8, UINT8, BOOL)`,
      );
    }
    const type = dataType as DataTypeCode;
    if (dims.count > MAX_RANK)
      this.fail(`${label} has ${dims.count} dimensions; at most ${MAX_RANK} are supported`);
    const shape = Array.from(dims.values(), (d) => {
      if (d < 0n || d > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${label} has a dimension out of range`);
      return Number(d);
    });
    let count = 1;
    for (const d of shape) {
      count *= d;
      if (!Number.isSafeInteger(count)) this.fail(`${label} has more elements than can be addressed`);
    }
    const width = ELEMENT_BYTES[type];
    const expectedField = typedFieldOf(type);
    for (const field of typedFields) {
      if (field !== expectedField)
        this.fail(`${label} is ${typeName(type)} but stores its values in ${field}`);
    }
    const sources =
      (raw.length > 0 ? 1 : 0) +
      (typedFields.size > 0 ? 1 : 0) +
      (location === DATA_LOCATION_EXTERNAL ? 1 : 0);
    if (sources > 1) this.fail(`${label} stores its values in more than one place`);
    if (location !== 0 && location !== DATA_LOCATION_EXTERNAL)
      this.fail(`${label} has an unknown data_location`);
    const mismatch = (found: number): never =>
      this.fail(`${label} has ${found} values for its dims [${shape.join(', ')}] (${count} elements)`);
    if (location === DATA_LOCATION_EXTERNAL) {
      const bytes = this.external(external, label, count * width);
      return { name, tensor: { dataType: type, dims: shape, data: fromRaw(type, bytes) } };
    }
    if (raw.length > 0) {
      // A repeated bytes field given twice keeps the last (a scalar field); raw_data is not merged.
      const bytes = this.payload(raw[raw.length - 1]!);
      if (bytes.length !== count * width) {
        this.fail(
          `${label} has ${bytes.length} bytes of raw_data, but its dims [${shape.join(', ')}] need ${count * width}`,
        );
      }
      return { name, tensor: { dataType: type, dims: shape, data: fromRaw(type, bytes) } };
    }
    let data: TensorValue['data'];
    switch (type) {
      case DataType.FLOAT: {
        const values = concatBytes(fixed4);
        if (values.length / 4 !== count) mismatch(values.length / 4);
        data = new Float32Array(values.buffer, values.byteOffset, count);
        break;
      }
      case DataType.DOUBLE: {
        const values = concatBytes(fixed8);
        if (values.length / 8 !== count) mismatch(values.length / 8);
        data = new Float64Array(values.buffer, values.byteOffset, count);
        break;
      }
      case DataType.INT64:
        if (int64s.count !== count) mismatch(int64s.count);
        data = BigInt64Array.from(int64s.values());
        break;
      default: {
        if (int32s.count !== count) mismatch(int32s.count);
        const narrow = narrowing(type);
        data = Int32Array.from(int32s.values(), (v) => narrow(Number(BigInt.asIntN(32, v))));
      }
    }
    return { name, tensor: { dataType: type, dims: shape, data } };
  }

  keyValue(message: LengthField, what: string): [string, string] {
    let key = '';
    let value = '';
    for (const field of this.fields([message])) {
      if (field.field === 1) key = this.string(field, `an external_data key of ${what}`);
      else if (field.field === 2) value = this.string(field, `an external_data value of ${what}`);
    }
    return [key, value];
  }

  external(entries: Record<string, string>, label: string, byteCount: number): Uint8Array {
    const location = entries['location'];
    if (location === undefined || location === '') this.fail(`${label} is external data without a location`);
    const number = (key: string): number | undefined => {
      const text = entries[key];
      if (text === undefined) return undefined;
      if (!/^\d{1,15}$/.test(text))
        this.fail(`${label} has an external_data ${key} that is not a byte count`);
      return Number(text);
    };
    const offset = number('offset') ?? 0;
    const length = number('length');
    if (!this.options.externalData) {
      this.fail(`${label} keeps its data in the external file '${location}', which this check does not read`);
    }
    if (length !== undefined && length !== byteCount) {
      this.fail(`${label} declares ${length} bytes of external data, but its dims need ${byteCount}`);
    }
    const bytes = this.options.externalData(location, offset, length);
    if (bytes.length !== byteCount) {
      this.fail(
        `${label} has ${bytes.length} bytes of external data in '${location}', but its dims need ${byteCount}`,
      );
    }
    return bytes;
  }
}

/** Far above any real tensor's rank; a cap so that a file cannot declare millions of dims. */
const MAX_RANK = 64;

/**
 * The occurrences of a repeated varint field. Packed runs stay as byte ranges until the values
 * are needed: counting them costs no allocation, so a tensor whose count does not match its dims
 * is refused before anything is decoded, and decoding goes straight into the typed array.
 */
class VarintRuns {
  private readonly runs: (bigint | LengthField)[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  add(run: bigint | LengthField): void {
    this.runs.push(run);
  }

  get count(): number {
    let count = 0;
    for (const run of this.runs) {
      if (typeof run === 'bigint') {
        count += 1;
        continue;
      }
      // Every varint ends with the one byte whose top bit is clear.
      for (let at = run.offset; at < run.offset + run.length; at++) if (this.bytes[at]! < 0x80) count += 1;
    }
    return count;
  }

  /** The values as signed 64-bit integers. */
  *values(): Generator<bigint, void, undefined> {
    for (const run of this.runs) {
      if (typeof run === 'bigint') yield asInt64(run);
      else
        for (const value of packedVarints(this.bytes, run.offset, run.offset + run.length))
          yield asInt64(value);
    }
  }
}

function nodeLabel(node: { name: string; opType: string }): string {
  return node.name ? `'${node.name}' (${node.opType || 'no op_type'})` : `of type ${node.opType || '(none)'}`;
}

function typedFieldOf(type: DataTypeCode): string {
  switch (type) {
    case DataType.FLOAT:
      return 'float_data';
    case DataType.DOUBLE:
      return 'double_data';
    case DataType.INT64:
      return 'int64_data';
    default:
      return 'int32_data';
  }
}

function typeName(type: DataTypeCode): string {
  return Object.entries(DataType).find(([, code]) => code === type)![0];
}

/** ONNX stores INT8/UINT8/BOOL values in int32_data; keep each in its own type's range. */
function narrowing(type: DataTypeCode): (value: number) => number {
  switch (type) {
    case DataType.INT8:
      return (v) => (v << 24) >> 24;
    case DataType.UINT8:
      return (v) => v & 0xff;
    case DataType.BOOL:
      return (v) => (v !== 0 ? 1 : 0);
    default:
      return (v) => v;
  }
}

/** raw_data is little-endian, like every host Node runs on; a copy also aligns it. */
function fromRaw(type: DataTypeCode, bytes: Uint8Array): TensorValue['data'] {
  // new Uint8Array(view) copies into fresh, aligned memory whatever kind of view it is given.
  const copy = new Uint8Array(bytes);
  switch (type) {
    case DataType.FLOAT:
      return new Float32Array(copy.buffer);
    case DataType.DOUBLE:
      return new Float64Array(copy.buffer);
    case DataType.INT64:
      return new BigInt64Array(copy.buffer);
    case DataType.INT32:
      return new Int32Array(copy.buffer);
    case DataType.INT8:
      return Int32Array.from(new Int8Array(copy.buffer));
    case DataType.UINT8:
      return Int32Array.from(copy);
    case DataType.BOOL:
      return Int32Array.from(copy, (v) => (v !== 0 ? 1 : 0));
  }
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function concatFloat32(parts: readonly Uint8Array[]): Float32Array {
  const bytes = concatBytes(parts);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

function fixed32Float(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits, true);
  return view.getFloat32(0, true);
}

/**
 * int64 attributes as numbers. Exporters write INT64_MAX for "to the end" (Slice before opset
 * 10); clamping to the safe range keeps that meaning and a value the writer can write back.
 */
function clampedNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (value < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(value);
}

export function readOnnxModel(bytes: Uint8Array, options: ReadOptions): ModelGraph {
  // A Node Buffer's slice() is a view into shared memory, not a copy: every tensor would alias the
  // whole file. Read it as a plain Uint8Array, whose slice() copies.
  const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new Decoder(plain, options);
  try {
    return decoder.model();
  } catch (error) {
    if (error instanceof ProtoMalformedError) {
      decoder.fail(`not a valid ONNX model: ${error.message} (at byte ${error.offset})`);
    }
    throw error;
  }
}
