import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  IssueList,
  ProtoReader,
  asInt64,
  propertyText,
  protoText,
  quoted
} from "./chunk-5YU4NVLR.mjs";
import {
  printable
} from "./chunk-VMIUJUPO.mjs";

// src/checks/scan-model/onnx.ts
var DEFAULT_ONNX_LIMITS = {
  maxGraphDepth: 24,
  maxStringBytes: 4096,
  maxIssues: 1e3,
  proto: {}
};
var STANDARD_ONNX_DOMAINS = /* @__PURE__ */ new Set([
  "",
  "ai.onnx",
  "ai.onnx.ml",
  "ai.onnx.training",
  "ai.onnx.preview.training",
  "com.microsoft",
  "com.microsoft.nchwc",
  "com.microsoft.experimental",
  "com.ms.internal.nhwc",
  "org.pytorch.aten"
]);
var KNOWN_EXTERNAL_KEYS = /* @__PURE__ */ new Set(["location", "offset", "length", "checksum", "basepath"]);
var DATA_LOCATION_EXTERNAL = 1n;
function resolveExternalLocation(modelPath, location) {
  if (location.includes("\0")) return { problem: "contains a NUL byte, where a C++ loader cuts the path" };
  if (location.startsWith("\\\\") || location.startsWith("//")) return { problem: "is a network (UNC) path" };
  if (location.startsWith("/")) return { problem: "is an absolute path" };
  if (/^[A-Za-z]:/.test(location)) return { problem: "names a Windows drive" };
  if (location.includes("\\")) return { problem: "contains a backslash, a path separator on Windows" };
  if (location.includes(":")) return { problem: "contains a colon (a URL scheme or an NTFS stream)" };
  const segments = [];
  for (const segment of location.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return { problem: "climbs out of the model's folder with '..'" };
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  if (segments.length === 0) return { problem: "names the model's folder, not a file" };
  const slash = modelPath.lastIndexOf("/");
  const folder = slash < 0 ? "" : modelPath.slice(0, slash + 1);
  return { path: folder + segments.join("/") };
}
var OnnxWalk = class {
  constructor(source, modelPath, limits) {
    this.modelPath = modelPath;
    this.limits = limits;
    this.issues = new IssueList(limits.maxIssues);
    this.reader = new ProtoReader(source, limits.proto);
  }
  modelPath;
  limits;
  issues;
  reader;
  irVersion;
  producer;
  opsets = [];
  nodes = 0;
  initializers = 0;
  /** Main graphs: protobuf merges a repeated one, so a model may have it more than once. */
  graphs = 0;
  externalData = [];
  customNodes = [];
  /** `domain NUL name` of every local function. */
  functions = /* @__PURE__ */ new Set();
  text(field, what) {
    return protoText(
      this.reader,
      this.issues,
      field,
      this.limits.maxStringBytes,
      what,
      "a loader rejects or reads differently"
    );
  }
  async model(message) {
    for await (const field of message.fields()) {
      if (field.field === 1 && field.wireType === 0) {
        this.irVersion = Number(asInt64(field.value));
      } else if (field.wireType !== 2) {
        continue;
      } else if (field.field === 8) {
        await this.opset(message.open(field));
      } else if (field.field === 2) {
        this.producer = await this.text(field, "producer name");
      } else if (field.field === 7) {
        this.graphs += 1;
        await this.graph(message.open(field), "the main graph", 1);
      } else if (field.field === 20) {
        await this.trainingInfo(message.open(field));
      } else if (field.field === 25) {
        await this.function(message.open(field));
      }
    }
  }
  async opset(message) {
    let domain = "";
    let version = 0;
    for await (const field of message.fields()) {
      if (field.field === 1 && field.wireType === 2) domain = await this.text(field, "opset domain");
      else if (field.field === 2 && field.wireType === 0) version = Number(asInt64(field.value));
    }
    this.opsets.push({ domain, version });
  }
  async trainingInfo(message) {
    for await (const field of message.fields()) {
      if ((field.field === 1 || field.field === 2) && field.wireType === 2) {
        const what = field.field === 1 ? "the training initialization graph" : "the training algorithm graph";
        await this.graph(message.open(field), what, 1);
      }
    }
  }
  async function(message) {
    let name = "";
    let domain = "";
    const nodes = [];
    const attributes = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, "function name");
      else if (field.field === 10) domain = await this.text(field, "function domain");
      else if (field.field === 7) nodes.push(field);
      else if (field.field === 11) attributes.push(field);
    }
    this.functions.add(`${canonicalDomain(domain)}\0${name}`);
    const where = `local function ${quoted(name)} of domain ${quoted(domain)}`;
    for (const field of nodes) await this.node(message.open(field), where, 1);
    for (const field of attributes)
      await this.attribute(message.open(field), `a default attribute of the ${where}`, 1);
  }
  async graph(message, where, depth) {
    if (depth > this.limits.maxGraphDepth) {
      this.issues.add({
        ruleId: "model/scan-limit",
        level: "warning",
        message: `Graphs nest deeper than ${this.limits.maxGraphDepth} at ${where}; that graph was not checked.`,
        offset: message.start,
        properties: { limit: "maxGraphDepth" }
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
  async node(message, where, depth) {
    this.nodes += 1;
    let op = "";
    let domain = "";
    let name = "";
    const attributes = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 4) op = await this.text(field, "operator type");
      else if (field.field === 7) domain = await this.text(field, "operator domain");
      else if (field.field === 3) name = await this.text(field, "node name");
      else if (field.field === 5) attributes.push(field);
    }
    if (!STANDARD_ONNX_DOMAINS.has(domain)) {
      this.customNodes.push({ domain, op, name, where, offset: message.start });
    }
    const nodeWhere = `node ${quoted(name)} (${quoted(op)}) in ${where}`;
    for (const field of attributes) await this.attribute(message.open(field), nodeWhere, depth);
  }
  async attribute(message, nodeWhere, depth) {
    let name = "";
    const graphs = [];
    const tensors = [];
    const sparse = [];
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) name = await this.text(field, "attribute name");
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
  async sparseTensor(message, where) {
    for await (const field of message.fields()) {
      if ((field.field === 1 || field.field === 2) && field.wireType === 2) {
        await this.tensor(
          message.open(field),
          `${field.field === 1 ? "the values" : "the indices"} of ${where}`
        );
      }
    }
  }
  async tensor(message, where) {
    let name = "";
    let external = false;
    const entries = [];
    for await (const field of message.fields()) {
      if (field.field === 8 && field.wireType === 2) name = await this.text(field, "tensor name");
      else if (field.field === 14 && field.wireType === 0) external = field.value === DATA_LOCATION_EXTERNAL;
      else if (field.field === 13 && field.wireType === 2) entries.push(field);
    }
    if (entries.length === 0) {
      if (external)
        this.malformed(
          `Tensor ${quoted(name)} (${where}) is marked as external data but names no file.`,
          message.start
        );
      return;
    }
    const tensor = `${quoted(name)} (${where})`;
    let locations = 0;
    for (const field of entries) {
      const { key, value, offset } = await this.entry(message.open(field));
      if (key === "location") {
        locations += 1;
        this.location(name, tensor, value, offset);
      } else if (key === "offset" || key === "length") {
        if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
          this.malformed(
            `The external data ${key} ${quoted(value)} of tensor ${tensor} is not a non-negative integer.`,
            offset
          );
        }
      } else if (!KNOWN_EXTERNAL_KEYS.has(key)) {
        this.issues.add({
          ruleId: "model/unsafe-construct",
          level: "warning",
          message: `Tensor ${tensor} has the external data key ${quoted(key)}, which onnx does not define; onnx before 1.21 set every key as an attribute of its loader's object (CVE-2026-34445).`,
          offset,
          properties: { tensor: propertyText(name), key: propertyText(key) }
        });
      }
    }
    if (locations === 0) {
      this.malformed(`Tensor ${tensor} has external data entries but no location.`, message.start);
    }
  }
  async entry(message) {
    let key = "";
    let value = "";
    let offset = message.start;
    for await (const field of message.fields()) {
      if (field.wireType !== 2) continue;
      if (field.field === 1) {
        key = await this.text(field, "external data key");
      } else if (field.field === 2) {
        value = await this.text(field, "external data value");
        offset = field.offset;
        if (field.length > this.limits.maxStringBytes) {
          this.malformed(
            `An external data value at byte ${field.offset} is ${field.length} bytes long; no path or number is.`,
            field.offset
          );
        }
      }
    }
    return { key, value, offset };
  }
  location(name, tensor, location, offset) {
    this.externalData.push({ location, tensor: name });
    if (location === "") {
      this.malformed(`Tensor ${tensor} names an empty external data location.`, offset);
      return;
    }
    const resolved = resolveExternalLocation(this.modelPath, location);
    if ("problem" in resolved) {
      this.issues.add({
        ruleId: "model/unsafe-construct",
        level: "error",
        message: `Tensor ${tensor} reads its data from ${quoted(location)}, which ${resolved.problem}: a loader opens that file, outside the model (path traversal, CVE-2022-25882, CVE-2024-27318).`,
        offset,
        properties: { tensor: propertyText(name), location: propertyText(location) }
      });
    }
  }
  malformed(message, offset) {
    this.issues.add({ ruleId: "model/malformed-file", level: "error", message, offset });
  }
  /** Custom-domain nodes, once the local functions (which may come after the graph) are known. */
  reportCustomNodes() {
    const groups = /* @__PURE__ */ new Map();
    const domains = /* @__PURE__ */ new Set();
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
      const more = count > 1 ? ` and ${count - 1} more nodes` : "";
      this.issues.add({
        ruleId: "model/unsafe-construct",
        level: "warning",
        message: `Operator ${quoted(first.op)} of the custom domain ${quoted(first.domain)} (node ${quoted(first.name)} in ${first.where}${more}) is neither standard ONNX, onnxruntime's nor a local function: running the model needs a custom operator library, native code you must trust.`,
        offset: first.offset,
        properties: { domain: propertyText(first.domain), op: propertyText(first.op), nodes: count }
      });
    }
    return [...domains].sort();
  }
};
function canonicalDomain(domain) {
  return domain === "ai.onnx" ? "" : domain;
}
async function analyzeOnnx(source, modelPath, options = {}) {
  const walk = new OnnxWalk(source, modelPath, { ...DEFAULT_ONNX_LIMITS, ...options.limits });
  let complete = true;
  try {
    await walk.model(walk.reader.root());
  } catch (error) {
    complete = false;
    walk.issues.failure(error, "The ONNX model");
  }
  const customDomains = walk.reportCustomNodes();
  if (complete && walk.graphs === 0) {
    walk.issues.add({
      ruleId: "model/malformed-file",
      level: "warning",
      message: "The file parses as protobuf but holds no ONNX graph: no loader runs it, and it may not be ONNX at all."
    });
  }
  const issues = walk.issues.result();
  if (!complete) return { issues };
  const summary = {
    opsets: walk.opsets,
    nodes: walk.nodes,
    initializers: walk.initializers,
    externalData: walk.externalData,
    customDomains
  };
  if (walk.irVersion !== void 0) summary.irVersion = walk.irVersion;
  if (walk.producer !== void 0) summary.producer = walk.producer;
  return { issues, summary };
}

// src/checks/scan-model/numpy.ts
var NUMPY_MAX_HEADER_BYTES = 1e4;
var MAX_LITERAL_DEPTH = 32;
var LiteralError = class extends Error {
};
var LiteralReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  parse() {
    const value = this.value(0);
    this.space();
    if (this.at !== this.text.length) throw new LiteralError("text after the dict literal");
    return value;
  }
  space() {
    while (this.at < this.text.length && " 	\n\r".includes(this.text[this.at])) this.at += 1;
  }
  value(depth) {
    if (depth > MAX_LITERAL_DEPTH) throw new LiteralError("the literal nests too deeply");
    this.space();
    const char = this.text[this.at];
    if (char === void 0) throw new LiteralError("the literal ends early");
    if (char === "{") return this.dict(depth);
    if (char === "(" || char === "[") return this.sequence(depth, char === "(" ? ")" : "]");
    if (char === "'" || char === '"') return this.string(char);
    const word = /^(?:True|False|None|[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)/.exec(this.text.slice(this.at));
    if (!word) throw new LiteralError(`unexpected character at ${this.at}`);
    this.at += word[0].length;
    if (word[0] === "True") return true;
    if (word[0] === "False") return false;
    if (word[0] === "None") return null;
    return Number(word[0]);
  }
  string(quote) {
    this.at += 1;
    let out = "";
    while (this.at < this.text.length && this.text[this.at] !== quote) {
      if (this.text[this.at] === "\\") throw new LiteralError("escape sequence in a string");
      out += this.text[this.at];
      this.at += 1;
    }
    if (this.at >= this.text.length) throw new LiteralError("unterminated string");
    this.at += 1;
    return out;
  }
  sequence(depth, close) {
    this.at += 1;
    const items = [];
    for (; ; ) {
      this.space();
      if (this.text[this.at] === close) {
        this.at += 1;
        return items;
      }
      items.push(this.value(depth + 1));
      this.space();
      if (this.text[this.at] === ",") this.at += 1;
      else if (this.text[this.at] !== close) throw new LiteralError(`expected , or ${close} at ${this.at}`);
    }
  }
  dict(depth) {
    this.at += 1;
    const entries = /* @__PURE__ */ Object.create(null);
    for (; ; ) {
      this.space();
      if (this.text[this.at] === "}") {
        this.at += 1;
        return entries;
      }
      const key = this.value(depth + 1);
      if (typeof key !== "string") throw new LiteralError("a dict key that is not a string");
      if (Object.hasOwn(entries, key)) throw new LiteralError(`key ${JSON.stringify(key)} appears twice`);
      this.space();
      if (this.text[this.at] !== ":") throw new LiteralError(`expected : at ${this.at}`);
      this.at += 1;
      entries[key] = this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ",") this.at += 1;
      else if (this.text[this.at] !== "}") throw new LiteralError(`expected , or } at ${this.at}`);
    }
  }
};
var TYPE_CODE = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmcu])(\d*)(?:\[(\w+)\])?$/;
function itemSize(descr, depth = 0) {
  if (depth > MAX_LITERAL_DEPTH) throw new LiteralError("the dtype nests too deeply");
  if (typeof descr === "string") {
    const match = TYPE_CODE.exec(descr);
    if (!match) throw new LiteralError(`unknown type code ${JSON.stringify(descr.slice(0, 40))}`);
    const [, , code, digits] = match;
    if (code === "O") return "object";
    const count = digits === "" ? void 0 : Number(digits);
    switch (code) {
      case "?":
      case "b":
      case "B":
      case "c":
        return count ?? 1;
      case "U":
        return 4 * (count ?? 0);
      case "S":
      case "a":
      case "V":
        return count ?? 0;
      case "M":
      case "m":
        return count ?? 8;
      default:
        if (count === void 0) throw new LiteralError(`type code ${code} without a size`);
        return count;
    }
  }
  if (Array.isArray(descr)) {
    let total = 0;
    for (const field of descr) {
      if (!Array.isArray(field) || field.length < 2 || field.length > 3 || typeof field[0] !== "string" && !Array.isArray(field[0])) {
        throw new LiteralError("a structured dtype field that is not (name, type[, shape])");
      }
      const size = itemSize(field[1], depth + 1);
      if (size === "object") return "object";
      const count = field.length === 3 ? elementCount(field[2]) : 1;
      total += size * count;
    }
    return total;
  }
  throw new LiteralError("descr is neither a type string nor a list of fields");
}
function elementCount(shape) {
  const dims = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(dims)) throw new LiteralError("shape is not a tuple");
  let count = 1;
  for (const dim of dims) {
    if (typeof dim !== "number" || !Number.isSafeInteger(dim) || dim < 0) {
      throw new LiteralError("shape holds something other than non-negative integers");
    }
    count *= dim;
  }
  if (!Number.isSafeInteger(count))
    throw new LiteralError("shape describes more elements than can be counted");
  return count;
}
var MAGIC = [147, 78, 85, 77, 80, 89];
var ASCII = new TextDecoder("latin1");
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function malformed(message, offset) {
  return {
    ruleId: "model/malformed-file",
    level: "error",
    message: `Malformed .npy header: ${message}.`,
    ...offset === void 0 ? {} : { offset }
  };
}
async function readNpyHeader(source) {
  const lead = await source.read(0, 12);
  if (lead.length < 10 || !MAGIC.every((byte, index) => lead[index] === byte)) {
    return { issues: [malformed("no numpy magic")] };
  }
  const version = lead[6];
  if (version < 1 || version > 3) return { issues: [malformed(`unknown format version ${version}`, 6)] };
  const start = version === 1 ? 10 : 12;
  if (lead.length < start) return { issues: [malformed("the file ends inside the preamble")] };
  const length = version === 1 ? lead[8] | lead[9] << 8 : (lead[8] | lead[9] << 8 | lead[10] << 16 | lead[11] << 24) >>> 0;
  if (length > NUMPY_MAX_HEADER_BYTES) {
    return {
      issues: [
        malformed(`a ${length}-byte header, over the ${NUMPY_MAX_HEADER_BYTES} bytes numpy.load accepts`, 8)
      ]
    };
  }
  const bytes = await source.read(start, length);
  if (bytes.length < length) return { issues: [malformed("the file ends inside the header", start)] };
  let text;
  try {
    text = version === 3 ? UTF8.decode(bytes) : ASCII.decode(bytes);
  } catch {
    return { issues: [malformed("a version 3 header that is not UTF-8", start)] };
  }
  let literal;
  try {
    literal = new LiteralReader(text).parse();
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    return { issues: [malformed(printable(error.message), start)] };
  }
  if (typeof literal !== "object" || literal === null || Array.isArray(literal)) {
    return { issues: [malformed("the header is not a dict", start)] };
  }
  const keys = Object.keys(literal).sort();
  if (keys.join(",") !== "descr,fortran_order,shape") {
    return {
      issues: [
        malformed(
          `keys ${printable(keys.join(", ").slice(0, 120))}, not exactly descr, fortran_order and shape`,
          start
        )
      ]
    };
  }
  if (typeof literal.fortran_order !== "boolean")
    return { issues: [malformed("fortran_order is not a boolean", start)] };
  let size;
  let count;
  try {
    size = itemSize(literal.descr);
    count = elementCount(literal.shape);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    return { issues: [malformed(printable(error.message), start)] };
  }
  const dataOffset = start + length;
  const shape = typeof literal.shape === "number" ? [literal.shape] : literal.shape;
  const layout = {
    shape,
    fortranOrder: literal.fortran_order,
    ...typeof literal.descr === "string" ? { dtype: literal.descr } : {}
  };
  if (size === "object") {
    return { header: { version, dataOffset, hasObjects: true, ...layout }, issues: [] };
  }
  const dataBytes = size * count;
  const issues = [];
  const available = source.size - dataOffset;
  if (!Number.isSafeInteger(dataBytes) || dataBytes > available) {
    issues.push(
      malformed(`the header announces ${dataBytes} bytes of data, the file holds ${available}`, dataOffset)
    );
  } else if (dataBytes < available) {
    issues.push({
      ruleId: "model/malformed-file",
      level: "warning",
      message: `${available - dataBytes} bytes follow the array data, which numpy.load never reads.`,
      offset: dataOffset + dataBytes
    });
  }
  return { header: { version, dataOffset, hasObjects: false, dataBytes, ...layout }, issues };
}

export {
  NUMPY_MAX_HEADER_BYTES,
  readNpyHeader,
  resolveExternalLocation,
  analyzeOnnx
};
