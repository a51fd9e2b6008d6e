/**
 * ONNX models, walked as protobuf without loading them. What can reach outside the file:
 * - external data: a tensor whose bytes live in another file, named by a path in the model. A
 *   loader opens that path, so one that is absolute or climbs out of the model's folder reads any
 *   file the process can (CVE-2022-25882, and CVE-2024-27318 for the `sub/../..` bypass of its fix);
 * - operators of a domain neither ONNX nor onnxruntime defines: the model runs only with a custom
 *   operator library registered, native code the user has to trust.
 * Tensor payloads (raw_data, float_data ...) are skipped by their length and never read.
 *
 * Field numbers: onnx/onnx.proto (onnx 1.23). Messages are read as protobuf parses them: a
 * repeated field may come in any order and a message field given twice is merged, so every
 * occurrence is walked; a scalar given twice takes its last value.
 */
import type { ModelIssue } from './model-issue.js';
import { IssueList, propertyText, protoText, quoted } from './issue-list.js';
import { asInt64, ProtoReader, type LengthField, type ProtoLimits, type ProtoMessage } from './protobuf.js';
import type { ByteSource } from './source.js';

export interface OnnxSummary {
  irVersion?: number;
  opsets: { domain: string; version: number }[];
  producer?: string;
  /** Nodes of every graph: the main graph, its subgraphs, local functions and training graphs. */
  nodes: number;
  /** Initializers and sparse initializers of every graph. */
  initializers: number;
  /** Every tensor that names a file for its data, valid or not. */
  externalData: { location: string; tensor: string }[];
  /** Domains of nodes that need a custom operator library, sorted. */
  customDomains: string[];
}

export interface OnnxLimits {
  /** Graphs inside graphs (If, Loop, Scan bodies); deeper ones are not walked. */
  readonly maxGraphDepth: number;
  /** Bytes of a name, domain or external data value that are decoded. */
  readonly maxStringBytes: number;
  readonly maxIssues: number;
  readonly proto: Partial<ProtoLimits>;
}

export const DEFAULT_ONNX_LIMITS: OnnxLimits = {
  maxGraphDepth: 24,
  maxStringBytes: 4096,
  maxIssues: 1000,
  proto: {},
};

/**
 * Domains whose operators ship with onnx or onnxruntime. `org.pytorch.aten` is onnxruntime's own
 * domain for its ATen operator, which dispatches by name into the PyTorch of the host process
 * (onnxruntime-training with torch): no library comes with the model, so it is not custom here.
 * `ai.onnx.contrib` (onnxruntime-extensions, which also runs Python custom ops) is custom: the
 * user must register that library.
 */
export const STANDARD_ONNX_DOMAINS: ReadonlySet<string> = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.ms.internal.nhwc',
  'org.pytorch.aten',
]);

/** external_data keys onnx writes; onnx before 1.21 set any other key on its loader object. */
const KNOWN_EXTERNAL_KEYS = new Set(['location', 'offset', 'length', 'checksum', 'basepath']);

const DATA_LOCATION_EXTERNAL = 1n;

/**
 * Where an external data location leads, for a model at `modelPath` (`/`-separated): the path of
 * the data file beside it, or why a loader must not open it.
 */
export function resolveExternalLocation(
  modelPath: string,
  location: string,
): { path: string } | { problem: string } {
  if (location.includes('\0')) return { problem: 'contains a NUL byte, where a C++ loader cuts the path' };
  if (location.startsWith('\\\\') || location.startsWith('//')) return { problem: 'is a network (UNC) path' };
  if (location.startsWith('/')) return { problem: 'is an absolute path' };
  if (/^[A-Za-z]:/.test(location)) return { problem: 'names a Windows drive' };
  if (location.includes('\\')) return { problem: 'contains a backslash, a path separator on Windows' };
  if (location.includes(':')) return { problem: 'contains a colon (a URL scheme or an NTFS stream)' };
  const segments: string[] = [];
  for (const segment of location.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { problem: "climbs out of the model's folder with '..'" };
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  if (segments.length === 0) return { problem: "names the model's folder, not a file" };
  const slash = modelPath.lastIndexOf('/');
  const folder = slash < 0 ? '' : modelPath.slice(0, slash + 1);
  return { path: folder + segments.join('/') };
}

interface CustomNode {
  readonly domain: string;
  readonly op: string;
  readonly name: string;
  readonly where: string;
  readonly offset: number;
}

class OnnxWalk {
  readonly issues: IssueList;
  readonly reader: ProtoReader;
  irVersion: number | undefined;
  producer: string | undefined;
  readonly opsets: { domain: string; version: number }[] = [];
  nodes = 0;
  initializers = 0;
  /** Main graphs: protobuf merges a repeated one, so a model may have it more than once. */
  graphs = 0;
  readonly externalData: { location: string; tensor: string }[] = [];
  readonly customNodes: CustomNode[] = [];
  /** `domain NUL name` of every local function. */
  readonly functions = new Set<string>();

  constructor(
    source: ByteSource,
    readonly modelPath: string,
    readonly limits: OnnxLimits,
  ) {
    this.issues = new IssueList(limits.maxIssues);
    this.reader = new ProtoReader(source, limits.proto);
  }

  text(field: LengthField, what: string): Promise<string> {
    return protoText(
      this.reader,
      this.issues,
      field,
      this.limits.maxStringBytes,
      what,
      'a loader rejects or reads differently',
    );
  }

  async model(message: ProtoMessage): Promise<void> {
    for await (const field of message.fields()) {
      if (field.field === 1 && field.wireType === 0) {
        this.irVersion = Number(asInt64(field.value));
      } else if (field.wireType !== 2) {
        continue;
      } else if (field.field === 8) {
        await this.opset(message.open(field));
      } else if (field.field === 2) {
        this.producer = await this.text(field, 'producer name');
      } else if (field.field === 7) {
        this.graphs += 1;
        await this.graph(message.open(field), 'the main graph', 1);
      } else if (field.field === 20) {
        await this.trainingInfo(message.open(field));
      } else if (field.field === 25) {
        await this.function(message.open(field));
      }
    }
  }

  async opset(message: ProtoMessage): Promise<void> {
    let domain = '';
    let version = 0;
    for await (const field of message.fields()) {
      if (field.field === 1 && field.wireType === 2) domain = await this.text(field, 'opset domain');
      else if (field.field === 2 && field.wireType === 0) version = Number(asInt64(field.value));
    }
    this.opsets.push({ domain, version });
  }

  async trainingInfo(message: ProtoMessage): Promise<void> {
    for await (const field of message.fields()) {
      if ((field.field === 1 || field.field === 2) && field.wireType === 2) {
        const what = field.field === 1 ? 'the training initialization graph' : 'the training algorithm graph';
        await this.graph(message.open(field), what, 1);
      }
    }
  }

  async function(message: ProtoMessage): Promise<void> {
    let name = '';
    let domain = '';
    const nodes: LengthField[] = [];
    const attributes: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, 'function name');
      else if (field.field === 10) domain = await this.text(field, 'function domain');
      else if (field.field === 7) nodes.push(field);
      else if (field.field === 11) attributes.push(field);
    }
    this.functions.add(`${canonicalDomain(domain)}\0${name}`);
    const where = `local function ${quoted(name)} of domain ${quoted(domain)}`;
    for (const field of nodes) await this.node(message.open(field), where, 1);
    for (const field of attributes)
      await this.attribute(message.open(field), `a default attribute of the ${where}`, 1);
  }

  async graph(message: ProtoMessage, where: string, depth: number): Promise<void> {
    if (depth > this.limits.maxGraphDepth) {
      this.issues.add({
        ruleId: 'model/scan-limit',
        level: 'warning',
        message: `Graphs nest deeper than ${this.limits.maxGraphDepth} at ${where}; that graph was not checked.`,
        offset: message.start,
        properties: { limit: 'maxGraphDepth' },
      });
      return;
    }
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        await this.node(message.open(field), where, depth);
      } else if (field.field === 5) {
        this.initializers += 1;
        await this.tensor(message.open(field), `an initializer of ${where}`);
      } else if (field.field === 15) {
        this.initializers += 1;
        await this.sparseTensor(message.open(field), `a sparse initializer of ${where}`);
      }
    }
  }

  async node(message: ProtoMessage, where: string, depth: number): Promise<void> {
    this.nodes += 1;
    let op = '';
    let domain = '';
    let name = '';
    const attributes: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 4) op = await this.text(field, 'operator type');
      else if (field.field === 7) domain = await this.text(field, 'operator domain');
      else if (field.field === 3) name = await this.text(field, 'node name');
      else if (field.field === 5) attributes.push(field);
    }
    if (!STANDARD_ONNX_DOMAINS.has(domain)) {
      this.customNodes.push({ domain, op, name, where, offset: message.start });
    }
    const nodeWhere = `node ${quoted(name)} (${quoted(op)}) in ${where}`;
    for (const field of attributes) await this.attribute(message.open(field), nodeWhere, depth);
  }

  async attribute(message: ProtoMessage, nodeWhere: string, depth: number): Promise<void> {
    let name = '';
    const graphs: LengthField[] = [];
    const tensors: LengthField[] = [];
    const sparse: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, 'attribute name');
      else if (field.field === 6 || field.field === 11) graphs.push(field);
      else if (field.field === 5 || field.field === 10) tensors.push(field);
      else if (field.field === 22 || field.field === 23) sparse.push(field);
    }
    const where = `attribute ${quoted(name)} of ${nodeWhere}`;
    for (const field of graphs) {
      await this.graph(message.open(field), `the subgraph ${where}`, depth + 1);
    }
    for (const field of tensors) await this.tensor(message.open(field), `the tensor ${where}`);
    for (const field of sparse) await this.sparseTensor(message.open(field), `the sparse tensor ${where}`);
  }

  async sparseTensor(message: ProtoMessage, where: string): Promise<void> {
    for await (const field of message.fields()) {
      if ((field.field === 1 || field.field === 2) && field.wireType === 2) {
        await this.tensor(
          message.open(field),
          `${field.field === 1 ? 'the values' : 'the indices'} of ${where}`,
        );
      }
    }
  }

  async tensor(message: ProtoMessage, where: string): Promise<void> {
    let name = '';
    let external = false;
    const entries: LengthField[] = [];
    for await (const field of message.fields()) {
      if (field.field === 8 && field.wireType === 2) name = await this.text(field, 'tensor name');
      else if (field.field === 14 && field.wireType === 0) external = field.value === DATA_LOCATION_EXTERNAL;
      else if (field.field === 13 && field.wireType === 2) entries.push(field);
      // raw_data (9) and the typed data fields are skipped by their length, never read.
    }
    if (entries.length === 0) {
      if (external)
        this.malformed(
          `Tensor ${quoted(name)} (${where}) is marked as external data but names no file.`,
          message.start,
        );
      return;
    }
    const tensor = `${quoted(name)} (${where})`;
    let locations = 0;
    for (const field of entries) {
      const { key, value, offset } = await this.entry(message.open(field));
      if (key === 'location') {
        locations += 1;
        this.location(name, tensor, value, offset);
      } else if (key === 'offset' || key === 'length') {
        if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
          this.malformed(
            `The external data ${key} ${quoted(value)} of tensor ${tensor} is not a non-negative integer.`,
            offset,
          );
        }
      } else if (!KNOWN_EXTERNAL_KEYS.has(key)) {
        this.issues.add({
          ruleId: 'model/unsafe-construct',
          level: 'warning',
          message: `Tensor ${tensor} has the external data key ${quoted(key)}, which onnx does not define; onnx before 1.21 set every key as an attribute of its loader's object (CVE-2026-34445).`,
          offset,
          properties: { tensor: propertyText(name), key: propertyText(key) },
        });
      }
    }
    if (locations === 0) {
      this.malformed(`Tensor ${tensor} has external data entries but no location.`, message.start);
    }
  }

  async entry(message: ProtoMessage): Promise<{ key: string; value: string; offset: number }> {
    let key = '';
    let value = '';
    let offset = message.start;
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        key = await this.text(field, 'external data key');
      } else if (field.field === 2) {
        value = await this.text(field, 'external data value');
        offset = field.offset;
        if (field.length > this.limits.maxStringBytes) {
          this.malformed(
            `An external data value at byte ${field.offset} is ${field.length} bytes long; no path or number is.`,
            field.offset,
          );
        }
      }
    }
    return { key, value, offset };
  }

  location(name: string, tensor: string, location: string, offset: number): void {
    this.externalData.push({ location, tensor: name });
    if (location === '') {
      this.malformed(`Tensor ${tensor} names an empty external data location.`, offset);
      return;
    }
    const resolved = resolveExternalLocation(this.modelPath, location);
    if ('problem' in resolved) {
      this.issues.add({
        ruleId: 'model/unsafe-construct',
        level: 'error',
        message: `Tensor ${tensor} reads its data from ${quoted(location)}, which ${resolved.problem}: a loader opens that file, outside the model (path traversal, CVE-2022-25882, CVE-2024-27318).`,
        offset,
        properties: { tensor: propertyText(name), location: propertyText(location) },
      });
    }
  }

  malformed(message: string, offset: number): void {
    this.issues.add({ ruleId: 'model/malformed-file', level: 'error', message, offset });
  }

  /** Custom-domain nodes, once the local functions (which may come after the graph) are known. */
  reportCustomNodes(): string[] {
    const groups = new Map<string, { first: CustomNode; count: number }>();
    const domains = new Set<string>();
    for (const node of this.customNodes) {
      const domain = canonicalDomain(node.domain);
      if (this.functions.has(`${domain}\0${node.op}`)) continue;
      domains.add(node.domain);
      const key = `${node.domain}\0${node.op}`;
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { first: node, count: 1 });
    }
    for (const { first, count } of groups.values()) {
      const more = count > 1 ? ` and ${count - 1} more nodes` : '';
      this.issues.add({
        ruleId: 'model/unsafe-construct',
        level: 'warning',
        message: `Operator ${quoted(first.op)} of the custom domain ${quoted(first.domain)} (node ${quoted(first.name)} in ${first.where}${more}) is neither standard ONNX, onnxruntime's nor a local function: running the model needs a custom operator library, native code you must trust.`,
        offset: first.offset,
        properties: { domain: propertyText(first.domain), op: propertyText(first.op), nodes: count },
      });
    }
    return [...domains].sort();
  }
}

function canonicalDomain(domain: string): string {
  return domain === 'ai.onnx' ? '' : domain;
}

/**
 * Analyzes an ONNX model. `modelPath` is the model file's display path, `/`-separated: external
 * data locations are resolved against its folder. The summary is left out when the file could not
 * be walked to its end (malformed protobuf, a limit).
 */
export async function analyzeOnnx(
  source: ByteSource,
  modelPath: string,
  options: { limits?: Partial<OnnxLimits> } = {},
): Promise<{ issues: ModelIssue[]; summary?: OnnxSummary }> {
  const walk = new OnnxWalk(source, modelPath, { ...DEFAULT_ONNX_LIMITS, ...options.limits });
  let complete = true;
  try {
    await walk.model(walk.reader.root());
  } catch (error) {
    complete = false;
    walk.issues.failure(error, 'The ONNX model');
  }
  const customDomains = walk.reportCustomNodes();
  if (complete && walk.graphs === 0) {
    walk.issues.add({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message:
        'The file parses as protobuf but holds no ONNX graph: no loader runs it, and it may not be ONNX at all.',
    });
  }
  const issues = walk.issues.result();
  if (!complete) return { issues };
  const summary: OnnxSummary = {
    opsets: walk.opsets,
    nodes: walk.nodes,
    initializers: walk.initializers,
    externalData: walk.externalData,
    customDomains,
  };
  if (walk.irVersion !== undefined) summary.irVersion = walk.irVersion;
  if (walk.producer !== undefined) summary.producer = walk.producer;
  return { issues, summary };
}
