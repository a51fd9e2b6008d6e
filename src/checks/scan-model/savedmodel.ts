/**
 * TensorFlow SavedModels (`saved_model.pb`) and the Keras metadata beside them, walked as
 * protobuf without TensorFlow. A SavedModel is a program: its graph and function library run when
 * it is loaded and called, and some TensorFlow ops reach outside the tensors they are given.
 * Those are flagged wherever they sit, in the graph or in any library function. A function
 * attribute (`f` of PartitionedCall, `then_branch` of If ...) that names such an op instead of a
 * library function is a warning: attr_value.proto allows a primitive op's name there, and though
 * TensorFlow 2.21's call ops refuse one ("Function ... is not defined", tried with If, Case,
 * PartitionedCall, StatefulPartitionedCall and RemoteCall), other versions and runtimes were not
 * checked, and a model has no benign reason to do it.
 *
 * Field numbers: tensorflow/core/protobuf/saved_model.proto and meta_graph.proto,
 * core/framework/graph.proto, node_def.proto, function.proto, op_def.proto, attr_value.proto;
 * Keras metadata: tf_keras/protobuf/saved_metadata.proto.
 */
import type { ModelIssue, ModelIssueLevel } from './model-issue.js';
import { IssueList, propertyText, protoText, quoted } from './issue-list.js';
import { ProtoReader, type LengthField, type ProtoLimits, type ProtoMessage } from './protobuf.js';
import type { ByteSource } from './source.js';

export interface SavedModelSummary {
  metaGraphs: number;
  /** Nodes of every graph and every library function. */
  nodes: number;
  functions: number;
  /** Distinct op names of all nodes, sorted. */
  ops: string[];
}

export interface SavedModelLimits {
  /** Bytes of an op, node, function or attribute name (or string value) that are decoded. */
  readonly maxStringBytes: number;
  readonly maxIssues: number;
  /** Distinct op names kept for the summary. */
  readonly maxOps: number;
  /** Bytes of one Keras metadata JSON string; a longer one is not returned. */
  readonly maxConfigBytes: number;
  /** Bytes of all Keras metadata strings together. */
  readonly maxConfigTotalBytes: number;
  readonly proto: Partial<ProtoLimits>;
}

export const DEFAULT_SAVEDMODEL_LIMITS: SavedModelLimits = {
  maxStringBytes: 4096,
  maxIssues: 1000,
  maxOps: 10_000,
  maxConfigBytes: 16 * 1024 * 1024,
  maxConfigTotalBytes: 256 * 1024 * 1024,
  proto: {},
};

interface OpRisk {
  readonly level: ModelIssueLevel;
  /** Completes "… op X … ". */
  readonly does: string;
}

const READS = 'reads files named at run time';
const WRITES = 'writes files at a path it is given';
const NETWORK = 'connects to a server over the network';

/**
 * Ops that reach outside the tensors they are given, by what they do. TensorFlow's own op list
 * (io_ops, dataset_ops, rpc_ops ...) was read for these; the TensorAbuse study (ZJU-SEC)
 * showed most of them used from a SavedModel. Checkpoint ops (Save, SaveV2, SaveSlices, Restore,
 * RestoreV2, RestoreSlice, MergeV2Checkpoints, ShardedFilename, StringJoin) are in every
 * SavedModel's saver functions and are not flagged.
 */
export const RISKY_TF_OPS: ReadonlyMap<string, OpRisk> = new Map<string, OpRisk>([
  ...entries('error', READS, [
    'ReadFile',
    'WholeFileReader',
    'WholeFileReaderV2',
    'TextLineReader',
    'TextLineReaderV2',
    'FixedLengthRecordReader',
    'FixedLengthRecordReaderV2',
    'TFRecordReader',
    'TFRecordReaderV2',
    'LMDBReader',
    'TextLineDataset',
    'TFRecordDataset',
    'TFRecordDatasetV2',
    'FixedLengthRecordDataset',
    'FixedLengthRecordDatasetV2',
    'CSVDataset',
    'CSVDatasetV2',
    'ExperimentalCSVDataset',
    'LMDBDataset',
    'ExperimentalLMDBDataset',
    'LoadDataset',
    'SnapshotDatasetReader',
    'GenerateVocabRemapping',
    'LoadAndRemapMatrix',
  ]),
  ...entries('error', 'opens a database it is given by name and runs a query on it', [
    'SqlDataset',
    'ExperimentalSqlDataset',
  ]),
  ...entries('error', WRITES, [
    'WriteFile',
    'DatasetToTFRecord',
    'ExperimentalDatasetToTFRecord',
    'SaveDataset',
    'SaveDatasetV2',
    'SnapshotDataset',
    'SnapshotDatasetV2',
    'CreateSummaryFileWriter',
    'CreateSummaryDbWriter',
  ]),
  ...entries('error', 'lists the file system (file names matching a pattern)', [
    'MatchingFiles',
    'MatchingFilesDataset',
    'ExperimentalMatchingFilesDataset',
  ]),
  ...entries('error', 'calls a Python function of the loading process, outside the file', [
    'PyFunc',
    'PyFuncStateless',
    'EagerPyFunc',
  ]),
  ...entries('error', NETWORK, [
    'RpcServer',
    'RpcClient',
    'RpcCall',
    'RpcServerRegister',
    'RpcServerStart',
    'DataServiceDataset',
    'DataServiceDatasetV2',
    'DataServiceDatasetV3',
    'DataServiceDatasetV4',
    'RegisterDataset',
    'RegisterDatasetV2',
    'DistributedSave',
  ]),
  ['ImmutableConst', { level: 'error', does: 'memory-maps the file its memory_region_name attribute names' }],
  // Models built with tf.lookup point these at their own assets; the path is a run-time tensor.
  ...entries(
    'note',
    'reads a text file named at run time to fill a lookup table (normally an asset of the model)',
    ['InitializeTableFromTextFile', 'InitializeTableFromTextFileV2'],
  ),
  ...entries('note', 'writes cache files when it is given a file name at run time', [
    'CacheDataset',
    'CacheDatasetV2',
  ]),
]);

function entries(level: ModelIssueLevel, does: string, ops: string[]): [string, OpRisk][] {
  return ops.map((op) => [op, { level, does }]);
}

/** Ops whose risk depends on an attribute, and the attribute that decides. */
const ATTRIBUTE_OPS: ReadonlyMap<string, string> = new Map([
  ['PrintV2', 'output_stream'],
  ['DebugIdentity', 'debug_urls'],
  ['DebugIdentityV2', 'debug_urls'],
  ['DebugIdentityV3', 'debug_urls'],
  ['DebugNanCount', 'debug_urls'],
  ['DebugNumericSummary', 'debug_urls'],
  ['Copy', 'debug_ops_spec'],
  ['CopyHost', 'debug_ops_spec'],
  ['DecodeProtoV2', 'descriptor_source'],
  ['EncodeProto', 'descriptor_source'],
  ['ImmutableConst', 'memory_region_name'],
]);

/** Strings of one list attribute read, at most. */
const MAX_LIST_STRINGS = 64;

/** Where a node sits, for messages. */
interface Place {
  readonly metaGraph: number;
  /** Undefined for the graph itself. */
  readonly fn: string | undefined;
}

interface NodeRecord {
  readonly name: string;
  readonly op: string;
  readonly offset: number;
  /** Names given by func attributes (f, then_branch, body ...): library functions, normally. */
  readonly called: string[];
  /** The deciding attribute's string values, for ATTRIBUTE_OPS. */
  readonly values: string[];
}

class SavedModelWalk {
  readonly issues: IssueList;
  readonly reader: ProtoReader;
  metaGraphs = 0;
  nodes = 0;
  functions = 0;
  readonly ops = new Set<string>();

  constructor(
    source: ByteSource,
    readonly limits: SavedModelLimits,
  ) {
    this.issues = new IssueList(limits.maxIssues);
    this.reader = new ProtoReader(source, limits.proto);
  }

  text(field: LengthField, what: string): Promise<string> {
    return protoText(this.reader, this.issues, field, this.limits.maxStringBytes, what, 'TensorFlow rejects');
  }

  async savedModel(message: ProtoMessage): Promise<void> {
    for await (const field of message.fields()) {
      if (field.field === 2 && field.wireType === 2) {
        const index = this.metaGraphs;
        this.metaGraphs += 1;
        await this.metaGraph(message.open(field), index);
      }
    }
  }

  async metaGraph(message: ProtoMessage, metaGraph: number): Promise<void> {
    for await (const field of message.fields()) {
      if (field.field === 2 && field.wireType === 2) await this.graphDef(message.open(field), metaGraph);
    }
  }

  async graphDef(message: ProtoMessage, metaGraph: number): Promise<void> {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        await this.node(message.open(field), { metaGraph, fn: undefined });
      } else if (field.field === 2) {
        const library = message.open(field);
        for await (const entry of library.fields()) {
          if (entry.field === 1 && entry.wireType === 2)
            await this.functionDef(library.open(entry), metaGraph);
        }
      }
    }
  }

  async functionDef(message: ProtoMessage, metaGraph: number): Promise<void> {
    this.functions += 1;
    let name = '';
    const nodes: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        for await (const part of message.open(field).fields()) {
          if (part.field === 1 && part.wireType === 2) name = await this.text(part, 'function name');
        }
      } else if (field.field === 3) {
        nodes.push(field);
      }
    }
    for (const field of nodes) await this.node(message.open(field), { metaGraph, fn: name });
  }

  async node(message: ProtoMessage, place: Place): Promise<void> {
    this.nodes += 1;
    let name = '';
    let op = '';
    const attrs: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, 'node name');
      else if (field.field === 2) op = await this.text(field, 'op name');
      else if (field.field === 5) attrs.push(field);
    }
    if (this.ops.size < this.limits.maxOps || this.ops.has(op)) this.ops.add(op);
    const record: NodeRecord = { name, op, offset: message.start, called: [], values: [] };
    const deciding = ATTRIBUTE_OPS.get(op);
    for (const field of attrs) await this.attrEntry(message.open(field), record, deciding);
    this.judge(record, place);
  }

  /** One `map<string, AttrValue>` entry: key 1, value 2. */
  async attrEntry(message: ProtoMessage, record: NodeRecord, deciding: string | undefined): Promise<void> {
    let key = '';
    const values: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) key = await this.text(field, 'attribute name');
      else if (field.field === 2) values.push(field);
    }
    for (const field of values) await this.attrValue(message.open(field), record, deciding === key);
  }

  /** AttrValue: s 2, list 1 (its s 2, func 9), func 10 (NameAttrList: name 1, attr 2). */
  async attrValue(message: ProtoMessage, record: NodeRecord, deciding: boolean): Promise<void> {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 2 && deciding) {
        record.values.push(await this.text(field, 'attribute value'));
      } else if (field.field === 10) {
        await this.nameAttrList(message.open(field), record);
      } else if (field.field === 1) {
        const list = message.open(field);
        for await (const item of list.fields()) {
          if (item.wireType !== 2) continue;
          if (item.field === 2 && deciding && record.values.length < MAX_LIST_STRINGS) {
            record.values.push(await this.text(item, 'attribute value'));
          } else if (item.field === 9) {
            await this.nameAttrList(list.open(item), record);
          }
        }
      }
    }
  }

  async nameAttrList(message: ProtoMessage, record: NodeRecord): Promise<void> {
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        const name = await this.text(field, 'function name');
        if (record.called.length < MAX_LIST_STRINGS) record.called.push(name);
      } else if (field.field === 2) {
        await this.attrEntry(message.open(field), record, undefined);
      }
    }
  }

  judge(node: NodeRecord, place: Place): void {
    const at = `node ${quoted(node.name)} ${placeText(place)}`;
    const properties = (op: string): Record<string, string | number> => ({
      op: propertyText(op),
      node: propertyText(node.name),
      function: propertyText(place.fn ?? ''),
      metaGraph: place.metaGraph,
    });
    const risk = RISKY_TF_OPS.get(node.op);
    const attribute = ATTRIBUTE_OPS.get(node.op);
    if (attribute !== undefined) {
      const verdict = attributeVerdict(node.op, node.values);
      if (verdict !== undefined) {
        this.issues.add({
          ruleId: 'model/unsafe-construct',
          level: 'error',
          message: `Op ${quoted(node.op)} at ${at} ${verdict}.`,
          offset: node.offset,
          properties: properties(node.op),
        });
      }
    } else if (risk !== undefined) {
      this.issues.add({
        ruleId: 'model/unsafe-construct',
        level: risk.level,
        message: `Op ${quoted(node.op)} at ${at} ${risk.does}.`,
        offset: node.offset,
        properties: properties(node.op),
      });
    }
    for (const called of new Set(node.called)) {
      const calledRisk = RISKY_TF_OPS.get(called);
      if (calledRisk === undefined && !ATTRIBUTE_OPS.has(called)) continue;
      const does = calledRisk?.does ?? 'writes or sends data where its attributes say';
      this.issues.add({
        ruleId: 'model/unsafe-construct',
        level: 'warning',
        message: `A function attribute of ${at} (${quoted(node.op)}) names the op ${quoted(called)}, which ${does}, instead of a library function; TensorFlow 2.21 refuses to call it that way, other versions may not.`,
        offset: node.offset,
        properties: properties(called),
      });
    }
  }
}

function placeText(place: Place): string {
  const fn = place.fn === undefined ? 'the graph' : `function ${quoted(place.fn)}`;
  return `in ${fn} of meta graph ${place.metaGraph}`;
}

const PRINT_STREAMS = new Set(['stdout', 'stderr', 'log(info)', 'log(warning)', 'log(error)']);

/** What an attribute-dependent op does with the values it was given; undefined when harmless. */
function attributeVerdict(op: string, values: readonly string[]): string | undefined {
  const shown =
    values.length > 0
      ? ` (${values
          .slice(0, 3)
          .map((value) => quoted(value))
          .join(', ')})`
      : '';
  switch (op) {
    case 'PrintV2':
      // The default stream, stderr, is used when the attribute is absent.
      if (values.every((value) => PRINT_STREAMS.has(value))) return undefined;
      return `prints to a file or stream its output_stream names${shown}`;
    case 'DecodeProtoV2':
    case 'EncodeProto':
      // local:// is the binary's own descriptor pool; bytes:// carries the descriptors inline.
      if (values.every((value) => value === 'local://' || value.startsWith('bytes://'))) return undefined;
      return `reads the protobuf descriptor file its descriptor_source names${shown}`;
    case 'ImmutableConst':
      return `memory-maps the file its memory_region_name names${shown}`;
    default:
      // Debug ops and debug copies: each URL is a file:// dump or a grpc:// stream.
      if (values.every((value) => value === '')) return undefined;
      return `sends tensors to the debug URLs it is given, file:// writing files and grpc:// connecting out${shown}`;
  }
}

/** Analyzes a SavedModel's `saved_model.pb`. The summary is left out when the walk stopped early. */
export async function analyzeSavedModel(
  source: ByteSource,
  options: { limits?: Partial<SavedModelLimits> } = {},
): Promise<{ issues: ModelIssue[]; summary?: SavedModelSummary }> {
  const walk = new SavedModelWalk(source, { ...DEFAULT_SAVEDMODEL_LIMITS, ...options.limits });
  try {
    await walk.savedModel(walk.reader.root());
  } catch (error) {
    walk.issues.failure(error, 'The SavedModel');
    return { issues: walk.issues.result() };
  }
  if (walk.metaGraphs === 0) {
    walk.issues.add({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message:
        'The file parses as protobuf but holds no meta graph: TensorFlow loads nothing from it, and it may not be a SavedModel.',
    });
  }
  return {
    issues: walk.issues.result(),
    summary: {
      metaGraphs: walk.metaGraphs,
      nodes: walk.nodes,
      functions: walk.functions,
      ops: [...walk.ops].sort(),
    },
  };
}

/**
 * The metadata JSON strings of a Keras `keras_metadata.pb` (SavedMetadata: nodes 1, each a
 * SavedObject with identifier 4 and metadata 5), every node's, layers and models alike: a model's
 * metadata holds the configs of its layers too. They are returned as bytes for the Keras config
 * analysis to judge; this reader only checks the protobuf and the limits.
 */
export async function kerasMetadataConfigs(
  source: ByteSource,
  options: { limits?: Partial<SavedModelLimits> } = {},
): Promise<{ configs: Uint8Array[]; issues: ModelIssue[] }> {
  const limits = { ...DEFAULT_SAVEDMODEL_LIMITS, ...options.limits };
  const reader = new ProtoReader(source, limits.proto);
  const issues = new IssueList(limits.maxIssues);
  const configs: Uint8Array[] = [];
  let total = 0;
  try {
    const root = reader.root();
    for await (const field of root.fields()) {
      if (field.field !== 1 || field.wireType !== 2) continue;
      const node = root.open(field);
      for await (const part of node.fields()) {
        if (part.field !== 5 || part.wireType !== 2) continue;
        if (part.length > limits.maxConfigBytes || total + part.length > limits.maxConfigTotalBytes) {
          issues.add({
            ruleId: 'model/scan-limit',
            level: 'warning',
            message: `A Keras metadata string of ${part.length} bytes at byte ${part.offset} is over the limit (${limits.maxConfigBytes} bytes each, ${limits.maxConfigTotalBytes} in all) and was not checked.`,
            offset: part.offset,
            properties: {
              limit: part.length > limits.maxConfigBytes ? 'maxConfigBytes' : 'maxConfigTotalBytes',
            },
          });
          continue;
        }
        total += part.length;
        // A copy: the reader's chunk is reused by the next read.
        const bytes = (await reader.bytes(part, part.length)).slice();
        if (!isUtf8(bytes)) {
          issues.add({
            ruleId: 'model/malformed-file',
            level: 'error',
            message: `The Keras metadata string at byte ${part.offset} is not valid UTF-8, which a proto3 string must be.`,
            offset: part.offset,
          });
        }
        configs.push(bytes);
      }
    }
  } catch (error) {
    issues.failure(error, 'The Keras metadata file');
  }
  return { configs, issues: issues.result() };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text form (`saved_model.pbtxt`) is read whole up to this size; a graph is far smaller. */
export const MAX_SAVEDMODEL_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * `saved_model.pbtxt`, the text form TensorFlow also loads: every `op: "Name"` of its nodes and
 * function bodies is judged like the binary form's. Ops whose danger depends on an attribute are
 * a warning here, since text attributes are not parsed.
 */
export async function analyzeSavedModelText(source: ByteSource): Promise<{ issues: ModelIssue[] }> {
  const issues = new IssueList();
  if (source.size > MAX_SAVEDMODEL_TEXT_BYTES) {
    issues.issue(
      'model/not-scanned',
      'warning',
      `Not scanned: the text SavedModel has ${source.size} bytes, over the ${MAX_SAVEDMODEL_TEXT_BYTES} bytes mlsec reads.`,
    );
    return { issues: issues.list() };
  }
  const text = new TextDecoder('utf-8').decode(await source.read(0, source.size));
  const seen = new Set<string>();
  for (const match of text.matchAll(/(?:^|[\s{])op\s*:\s*"([^"\\\n]{1,256})"/g)) {
    const op = match[1]!;
    if (seen.has(op)) continue;
    seen.add(op);
    const offset = Buffer.byteLength(text.slice(0, match.index + match[0].indexOf('op')), 'utf8');
    const risk = RISKY_TF_OPS.get(op);
    if (ATTRIBUTE_OPS.has(op)) {
      issues.issue(
        'model/unsafe-construct',
        'warning',
        `Op ${quoted(op)} (first at byte ${offset}) is dangerous with some attribute values, which mlsec reads only in the binary saved_model.pb.`,
        offset,
        { op: propertyText(op) },
      );
    } else if (risk !== undefined) {
      issues.issue(
        'model/unsafe-construct',
        risk.level,
        `Op ${quoted(op)} (first at byte ${offset}) ${risk.does}.`,
        offset,
        {
          op: propertyText(op),
        },
      );
    }
  }
  return { issues: issues.list() };
}
