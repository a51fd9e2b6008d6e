/**
 * Structural checks of a GGUF file (ggml's model format, docs/gguf.md in ggml-org/ggml) and a
 * judgement of the Jinja chat templates it carries. The header, the metadata and the tensor infos
 * are read through the ByteSource in chunks; tensor data is never read, and metadata the scan does
 * not need (token lists of tens of MB) is skipped by its lengths without being kept.
 *
 * Layout: magic `GGUF`, version u32, tensor count and metadata count (u64; u32 in version 1),
 * the metadata (key string, value type u32, value), the tensor infos (name, dimension count u32,
 * dimensions u64, ggml type u32, data offset u64), padding to `general.alignment` (default 32),
 * then the data. Strings are a u64 length (u32 in v1) and UTF-8 bytes. Big-endian files exist: the
 * same layout with every number byte-swapped; the version field is how a reader tells.
 *
 * The checks follow what ggml's own reader (src/gguf.cpp) refuses where a loader refusing the
 * file is the safe outcome, and report as errors what lets two readers see different files
 * (overlapping tensors, duplicate keys) or a loader run code (a chat template reaching Python).
 */
import { judgeChatTemplate } from './chat-template.js';
import { IssueList, quoted } from './issue-list.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export { judgeChatTemplate, type ChatTemplateFinding } from './chat-template.js';

export interface GgufSummary {
  version: number;
  /** As the header declares them. */
  tensors: number;
  metadataKeys: number;
  architecture?: string;
  contextLength?: number;
  name?: string;
  /** Keys holding chat templates, in file order. */
  chatTemplates: string[];
  byteOrder: 'little' | 'big';
}

export interface GgufLimits {
  /** The spec caps keys at 65,535 bytes. */
  maxKeyBytes?: number;
  /** Longest chat template judged; a longer one is reported as not scanned. */
  maxTemplateBytes?: number;
  /** Elements of one metadata array (ggml's reader allows 2^30). */
  maxArrayLength?: number;
  /** Arrays inside arrays. */
  maxArrayDepth?: number;
  maxMetadataKeys?: number;
  maxTensors?: number;
  maxIssues?: number;
}

export const DEFAULT_GGUF_LIMITS: Required<GgufLimits> = {
  maxKeyBytes: 65_535,
  // A thousand times the largest real template; judging runs at a few MB/s, so a hostile one
  // costs seconds, not minutes.
  maxTemplateBytes: 16 * 1024 * 1024,
  maxArrayLength: 1024 * 1024 * 1024,
  maxArrayDepth: 8,
  maxMetadataKeys: 1_000_000,
  maxTensors: 1_000_000,
  maxIssues: 100,
};

const MAGIC = [0x47, 0x47, 0x55, 0x46];
const DEFAULT_ALIGNMENT = 32;
/** ggml refuses tensor names of 64 bytes or more (GGML_MAX_NAME includes the NUL). */
const MAX_TENSOR_NAME = 63;
/** GGML_MAX_DIMS: ggml refuses more dimensions. */
const MAX_DIMS = 4;
/** Strings the summary keeps (architecture, name); longer ones are skipped. */
const MAX_SUMMARY_STRING = 4096;
const CHUNK = 64 * 1024;
const INT64_MAX = (1n << 63n) - 1n;

const enum ValueType {
  Uint8 = 0,
  Int8 = 1,
  Uint16 = 2,
  Int16 = 3,
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
  Uint64 = 10,
  Int64 = 11,
  Float64 = 12,
}

const FIXED_SIZES: ReadonlyMap<number, number> = new Map([
  [ValueType.Uint8, 1],
  [ValueType.Int8, 1],
  [ValueType.Uint16, 2],
  [ValueType.Int16, 2],
  [ValueType.Uint32, 4],
  [ValueType.Int32, 4],
  [ValueType.Float32, 4],
  [ValueType.Bool, 1],
  [ValueType.Uint64, 8],
  [ValueType.Int64, 8],
  [ValueType.Float64, 8],
]);

const TYPE_NAMES = [
  'UINT8',
  'INT8',
  'UINT16',
  'INT16',
  'UINT32',
  'INT32',
  'FLOAT32',
  'BOOL',
  'STRING',
  'ARRAY',
  'UINT64',
  'INT64',
  'FLOAT64',
];

/**
 * ggml tensor types: [name, elements per block, bytes per block], from ggml's type traits
 * (include/ggml.h, src/ggml.c). Ids 4, 5, 31-33 and 36-38 were removed and are refused.
 */
const GGML_TYPES: ReadonlyMap<number, readonly [string, number, number]> = new Map([
  [0, ['F32', 1, 4]],
  [1, ['F16', 1, 2]],
  [2, ['Q4_0', 32, 18]],
  [3, ['Q4_1', 32, 20]],
  [6, ['Q5_0', 32, 22]],
  [7, ['Q5_1', 32, 24]],
  [8, ['Q8_0', 32, 34]],
  [9, ['Q8_1', 32, 40]],
  [10, ['Q2_K', 256, 84]],
  [11, ['Q3_K', 256, 110]],
  [12, ['Q4_K', 256, 144]],
  [13, ['Q5_K', 256, 176]],
  [14, ['Q6_K', 256, 210]],
  [15, ['Q8_K', 256, 292]],
  [16, ['IQ2_XXS', 256, 66]],
  [17, ['IQ2_XS', 256, 74]],
  [18, ['IQ3_XXS', 256, 98]],
  [19, ['IQ1_S', 256, 50]],
  [20, ['IQ4_NL', 32, 18]],
  [21, ['IQ3_S', 256, 110]],
  [22, ['IQ2_S', 256, 82]],
  [23, ['IQ4_XS', 256, 136]],
  [24, ['I8', 1, 1]],
  [25, ['I16', 1, 2]],
  [26, ['I32', 1, 4]],
  [27, ['I64', 1, 8]],
  [28, ['F64', 1, 8]],
  [29, ['IQ1_M', 256, 56]],
  [30, ['BF16', 1, 2]],
  [34, ['TQ1_0', 256, 54]],
  [35, ['TQ2_0', 256, 66]],
  [39, ['MXFP4', 32, 17]],
  [40, ['NVFP4', 64, 36]],
  [41, ['Q1_0', 128, 18]],
  [42, ['Q2_0', 64, 18]],
]);

/** The file ended inside a structure; `what` names it. */
class Truncated extends Error {
  constructor(
    readonly what: string,
    readonly at: number,
  ) {
    super(what);
  }
}

/** Parsing cannot go on: the issue saying why is already in the list. */
class Stop extends Error {}

/**
 * Sequential reads through a ByteSource with a 64 KiB window, so that the many small fields of a
 * token list cost one read per window, not one per field.
 */
class Cursor {
  pos = 0;
  #window: Uint8Array = new Uint8Array(0);
  #view = new DataView(this.#window.buffer);
  #start = 0;

  constructor(
    private readonly source: ByteSource,
    private readonly little: boolean,
  ) {}

  get size(): number {
    return this.source.size;
  }

  get remaining(): number {
    return this.source.size - this.pos;
  }

  async #need(length: number, what: string): Promise<number> {
    const offset = this.pos - this.#start;
    if (offset >= 0 && offset + length <= this.#window.length) return offset;
    if (length > this.remaining) throw new Truncated(what, this.pos);
    this.#window = await this.source.read(this.pos, Math.max(length, CHUNK));
    this.#view = new DataView(this.#window.buffer, this.#window.byteOffset, this.#window.byteLength);
    this.#start = this.pos;
    if (this.#window.length < length) throw new Truncated(what, this.pos);
    return 0;
  }

  async u32(what: string): Promise<number> {
    const at = await this.#need(4, what);
    this.pos += 4;
    return this.#view.getUint32(at, this.little);
  }

  async u64(what: string): Promise<bigint> {
    const at = await this.#need(8, what);
    this.pos += 8;
    return this.#view.getBigUint64(at, this.little);
  }

  /** A count or length: u32 in version 1, u64 after. */
  async length(wide: boolean, what: string): Promise<bigint> {
    return wide ? this.u64(what) : BigInt(await this.u32(what));
  }

  async scalar(type: number, what: string): Promise<bigint | number> {
    const size = FIXED_SIZES.get(type)!;
    const at = await this.#need(size, what);
    this.pos += size;
    const view = this.#view;
    switch (type) {
      case ValueType.Uint8:
      case ValueType.Bool:
        return view.getUint8(at);
      case ValueType.Int8:
        return view.getInt8(at);
      case ValueType.Uint16:
        return view.getUint16(at, this.little);
      case ValueType.Int16:
        return view.getInt16(at, this.little);
      case ValueType.Uint32:
        return view.getUint32(at, this.little);
      case ValueType.Int32:
        return view.getInt32(at, this.little);
      case ValueType.Float32:
        return view.getFloat32(at, this.little);
      case ValueType.Uint64:
        return view.getBigUint64(at, this.little);
      case ValueType.Int64:
        return view.getBigInt64(at, this.little);
      default:
        return view.getFloat64(at, this.little);
    }
  }

  async bytes(length: number, what: string): Promise<Uint8Array> {
    if (length <= CHUNK) {
      const at = await this.#need(length, what);
      this.pos += length;
      return this.#window.subarray(at, at + length);
    }
    if (length > this.remaining) throw new Truncated(what, this.pos);
    const out = await this.source.read(this.pos, length);
    if (out.length < length) throw new Truncated(what, this.pos);
    this.pos += length;
    return out;
  }

  skip(length: bigint, what: string): void {
    if (length > BigInt(this.remaining)) throw new Truncated(what, this.pos);
    this.pos += Number(length);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

function isTemplateKey(key: string): boolean {
  return key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.');
}

function small(value: bigint): number | undefined {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

interface TensorInfo {
  name: string;
  offset: bigint;
  bytes: bigint | undefined;
  at: number;
}

export async function analyzeGguf(
  source: ByteSource,
  limits: GgufLimits = {},
): Promise<{ issues: ModelIssue[]; summary?: GgufSummary }> {
  const settings = { ...DEFAULT_GGUF_LIMITS, ...limits };
  const issues = new IssueList(settings.maxIssues);
  const malformed = (message: string, offset?: number, level: 'error' | 'warning' = 'error') =>
    issues.issue('model/malformed-file', level, message, offset);

  const head = await source.read(0, 8);
  if (head.length < 8 || MAGIC.some((byte, i) => head[i] !== byte)) {
    malformed(
      head.length < 8
        ? `The file has ${source.size} bytes, too few for a GGUF header.`
        : 'The file does not start with the GGUF magic.',
      0,
    );
    return { issues: issues.list() };
  }
  const versionView = new DataView(head.buffer, head.byteOffset + 4, 4);
  const littleVersion = versionView.getUint32(0, true);
  const bigVersion = versionView.getUint32(0, false);
  let little: boolean;
  let version: number;
  if (littleVersion >= 1 && littleVersion <= 3) {
    little = true;
    version = littleVersion;
  } else if ((littleVersion & 0xffff) === 0 && bigVersion >= 1 && bigVersion <= 3) {
    // A big-endian file: its version reads as 0x03000000 in little-endian order.
    little = false;
    version = bigVersion;
  } else {
    issues.issue(
      'model/not-scanned',
      'warning',
      `GGUF version ${littleVersion} is not one this scanner reads (1 to 3, either byte order): the file was not scanned.`,
      4,
    );
    return { issues: issues.list() };
  }
  const wide = version >= 2;
  const cursor = new Cursor(source, little);
  cursor.pos = 8;

  const summary: GgufSummary = {
    version,
    tensors: 0,
    metadataKeys: 0,
    chatTemplates: [],
    byteOrder: little ? 'little' : 'big',
  };
  const templates: { key: string; text: string; at: number }[] = [];
  const contextLengths = new Map<string, number>();
  let alignment = DEFAULT_ALIGNMENT;
  const tensors: TensorInfo[] = [];

  try {
    const tensorCount = await cursor.length(wide, 'the tensor count');
    const kvCount = await cursor.length(wide, 'the metadata count');
    summary.tensors = small(tensorCount) ?? Number.MAX_SAFE_INTEGER;
    summary.metadataKeys = small(kvCount) ?? Number.MAX_SAFE_INTEGER;
    // Each entry takes some bytes, so a count the file cannot hold is refused before any loop.
    const minKv = (wide ? 8 : 4) + 4 + 1;
    const minTensor = (wide ? 8 : 4) + 4 + 4 + 8;
    if (kvCount * BigInt(minKv) > BigInt(cursor.remaining)) {
      malformed(
        `The header declares ${kvCount} metadata entries, more than the file can hold.`,
        wide ? 16 : 12,
      );
      throw new Stop();
    }
    if (tensorCount * BigInt(minTensor) > BigInt(cursor.remaining)) {
      malformed(`The header declares ${tensorCount} tensors, more than the file can hold.`, 8);
      throw new Stop();
    }

    // ---- metadata
    const keys = new Set<string>();
    const kvToRead = Number(kvCount);
    if (kvToRead > settings.maxMetadataKeys) {
      issues.issue(
        'model/scan-limit',
        'warning',
        `The header declares ${kvToRead} metadata entries, over the limit of ${settings.maxMetadataKeys}: the file was not scanned past the limit.`,
        8,
      );
    }
    for (let i = 0; i < Math.min(kvToRead, settings.maxMetadataKeys); i++) {
      const keyAt = cursor.pos;
      const keyLength = await cursor.length(wide, 'a metadata key length');
      if (keyLength === 0n) {
        malformed(`Metadata entry ${i} has an empty key (ggml refuses it).`, keyAt);
      }
      if (keyLength > BigInt(settings.maxKeyBytes)) {
        malformed(
          `Metadata entry ${i} has a key of ${keyLength} bytes, over the limit of ${settings.maxKeyBytes}.`,
          keyAt,
        );
        throw new Stop();
      }
      const key = utf8Lenient.decode(await cursor.bytes(Number(keyLength), 'a metadata key'));
      if (keys.has(key)) {
        malformed(
          `The metadata key ${quoted(key)} appears twice: readers disagree on which value counts (ggml refuses the file).`,
          keyAt,
        );
      }
      keys.add(key);
      const typeAt = cursor.pos;
      const type = await cursor.u32('a metadata value type');
      const where = `metadata ${quoted(key)}`;

      if (type === ValueType.String) {
        const lengthAt = cursor.pos;
        const length = await cursor.length(wide, `the value of ${where}`);
        const template = isTemplateKey(key);
        const wanted = template || key === 'general.architecture' || key === 'general.name';
        const limit = template ? settings.maxTemplateBytes : MAX_SUMMARY_STRING;
        if (length > BigInt(cursor.remaining)) throw new Truncated(`the value of ${where}`, lengthAt);
        if (!wanted || length > BigInt(limit)) {
          if (template) {
            summary.chatTemplates.push(key);
            issues.issue(
              'model/scan-limit',
              'warning',
              `The chat template ${quoted(key)} has ${length} bytes, over the limit of ${limit}: it was not scanned.`,
              lengthAt,
            );
          }
          cursor.skip(length, `the value of ${where}`);
          continue;
        }
        const bytes = await cursor.bytes(Number(length), `the value of ${where}`);
        let text: string;
        try {
          text = utf8.decode(bytes);
        } catch {
          malformed(`The value of ${where} is not valid UTF-8.`, lengthAt, 'warning');
          text = utf8Lenient.decode(bytes);
        }
        if (template) {
          summary.chatTemplates.push(key);
          templates.push({ key, text, at: lengthAt });
        } else if (key === 'general.architecture') summary.architecture = text;
        else summary.name = text;
        continue;
      }

      if (type === ValueType.Array) {
        if (isTemplateKey(key)) {
          malformed(`The chat template key ${quoted(key)} holds an array, not a string.`, typeAt, 'warning');
        }
        await skipArray(cursor, wide, 1, where, settings, issues);
        continue;
      }

      if (!FIXED_SIZES.has(type)) {
        malformed(`${capitalize(where)} has the unknown value type ${type}.`, typeAt);
        throw new Stop();
      }
      const valueAt = cursor.pos;
      const value = await cursor.scalar(type, `the value of ${where}`);
      if (isTemplateKey(key)) {
        malformed(
          `The chat template key ${quoted(key)} holds a ${TYPE_NAMES[type]}, not a string.`,
          typeAt,
          'warning',
        );
      }
      if (type === ValueType.Bool && value !== 0 && value !== 1) {
        malformed(
          `${capitalize(where)} is a BOOL of value ${String(value)}, neither 0 nor 1.`,
          valueAt,
          'warning',
        );
      }
      if (key === 'general.alignment') {
        if (type !== ValueType.Uint32) {
          malformed(
            `\`general.alignment\` is a ${TYPE_NAMES[type]}, not a UINT32 (ggml refuses the file).`,
            typeAt,
          );
        } else {
          const candidate = Number(value);
          if (candidate === 0 || (candidate & (candidate - 1)) !== 0) {
            malformed(
              `\`general.alignment\` is ${candidate}, not a power of two (ggml refuses the file).`,
              valueAt,
            );
          } else alignment = candidate;
        }
      }
      if (key.endsWith('.context_length') && type !== ValueType.Bool) {
        const length =
          typeof value === 'bigint' ? small(value) : Number.isSafeInteger(value) ? value : undefined;
        if (length !== undefined && length >= 0) contextLengths.set(key, length);
      }
    }
    if (kvToRead > settings.maxMetadataKeys) throw new Stop();

    // ---- tensor infos
    const tensorsToRead = Number(tensorCount);
    if (tensorsToRead > settings.maxTensors) {
      issues.issue(
        'model/scan-limit',
        'warning',
        `The header declares ${tensorsToRead} tensors, over the limit of ${settings.maxTensors}: tensor infos were not checked.`,
        8,
      );
      throw new Stop();
    }
    const names = new Set<string>();
    for (let i = 0; i < tensorsToRead; i++) {
      const at = cursor.pos;
      const nameLength = await cursor.length(wide, 'a tensor name length');
      if (nameLength > BigInt(settings.maxKeyBytes)) {
        malformed(
          `Tensor ${i} has a name of ${nameLength} bytes, over the limit of ${settings.maxKeyBytes}.`,
          at,
        );
        throw new Stop();
      }
      const name = utf8Lenient.decode(await cursor.bytes(Number(nameLength), 'a tensor name'));
      const shownName = quoted(name);
      if (nameLength > BigInt(MAX_TENSOR_NAME)) {
        malformed(
          `Tensor ${shownName} has a name of ${nameLength} bytes; ggml refuses names over ${MAX_TENSOR_NAME}.`,
          at,
        );
      }
      if (names.has(name)) {
        malformed(
          `The tensor name ${shownName} appears twice: readers disagree on which tensor it names.`,
          at,
        );
      }
      names.add(name);
      const dimsAt = cursor.pos;
      const dims = await cursor.u32(`the dimension count of tensor ${shownName}`);
      if (dims > MAX_DIMS) {
        malformed(`Tensor ${shownName} has ${dims} dimensions; ggml allows at most ${MAX_DIMS}.`, dimsAt);
        throw new Stop();
      }
      const shape: bigint[] = [];
      for (let d = 0; d < dims; d++)
        shape.push(await cursor.length(wide, `the dimensions of tensor ${shownName}`));
      const typeAt = cursor.pos;
      const type = await cursor.u32(`the type of tensor ${shownName}`);
      const offsetAt = cursor.pos;
      const offset = await cursor.u64(`the offset of tensor ${shownName}`);

      let bytes: bigint | undefined;
      let elements = 1n;
      let valid = true;
      for (const dim of shape) {
        if (dim > INT64_MAX) valid = false;
        elements *= dim;
      }
      if (!valid || elements > INT64_MAX) {
        malformed(
          `Tensor ${shownName} has dimensions [${shape.join(', ')}] whose element count ggml cannot represent.`,
          dimsAt,
        );
        valid = false;
      }
      const ggmlType = GGML_TYPES.get(type);
      if (ggmlType === undefined) {
        malformed(`Tensor ${shownName} has the unknown or removed ggml type ${type}.`, typeAt);
      } else if (valid) {
        const [typeName, block, blockBytes] = ggmlType;
        const rowLength = shape[0] ?? 1n;
        if (rowLength % BigInt(block) !== 0n) {
          malformed(
            `Tensor ${shownName} of type ${typeName} has rows of ${rowLength} elements, not a multiple of its block of ${block}.`,
            dimsAt,
          );
        } else bytes = (elements / BigInt(block)) * BigInt(blockBytes);
      }
      if (offset % BigInt(alignment) !== 0n) {
        malformed(
          `Tensor ${shownName} has the offset ${offset}, not a multiple of the alignment ${alignment}.`,
          offsetAt,
        );
      }
      tensors.push({ name, offset, bytes, at });
    }

    checkTensorData(tensors, cursor, alignment, issues);
  } catch (error) {
    if (error instanceof Truncated) {
      malformed(`The file ends inside ${error.what} (offset ${error.at}).`, error.at);
    } else if (!(error instanceof Stop)) throw error;
  }

  if (summary.architecture !== undefined) {
    const length = contextLengths.get(`${summary.architecture}.context_length`);
    if (length !== undefined) summary.contextLength = length;
  }

  for (const { key, text, at } of templates) {
    for (const finding of judgeChatTemplate(text)) {
      issues.issue(finding.ruleId, finding.level, `Chat template ${quoted(key)}: ${finding.message}`, at, {
        templateKey: key,
      });
    }
  }
  return { issues: issues.list(), summary };
}

/**
 * An array value after its ARRAY type: element type, count, elements. Fixed-size elements are
 * skipped by their total size; strings one length at a time, none kept.
 */
async function skipArray(
  cursor: Cursor,
  wide: boolean,
  depth: number,
  where: string,
  settings: Required<GgufLimits>,
  issues: IssueList,
): Promise<void> {
  const typeAt = cursor.pos;
  const type = await cursor.u32(`the array type of ${where}`);
  const count = await cursor.length(wide, `the array length of ${where}`);
  if (count > BigInt(settings.maxArrayLength)) {
    issues.issue(
      'model/malformed-file',
      'error',
      `${capitalize(where)} is an array of ${count} elements, over the limit of ${settings.maxArrayLength}.`,
      typeAt,
    );
    throw new Stop();
  }
  const fixed = FIXED_SIZES.get(type);
  if (fixed !== undefined) {
    cursor.skip(count * BigInt(fixed), `the array ${where}`);
    return;
  }
  if (type === ValueType.String) {
    if (count * BigInt(wide ? 8 : 4) > BigInt(cursor.remaining))
      throw new Truncated(`the array ${where}`, typeAt);
    for (let i = 0n; i < count; i++) {
      const length = await cursor.length(wide, `the array ${where}`);
      cursor.skip(length, `the array ${where}`);
    }
    return;
  }
  if (type === ValueType.Array) {
    if (depth >= settings.maxArrayDepth) {
      issues.issue(
        'model/malformed-file',
        'error',
        `${capitalize(where)} nests arrays deeper than ${settings.maxArrayDepth} levels.`,
        typeAt,
      );
      throw new Stop();
    }
    if (count * BigInt(wide ? 12 : 8) > BigInt(cursor.remaining))
      throw new Truncated(`the array ${where}`, typeAt);
    for (let i = 0n; i < count; i++) await skipArray(cursor, wide, depth + 1, where, settings, issues);
    return;
  }
  issues.issue(
    'model/malformed-file',
    'error',
    `${capitalize(where)} is an array of the unknown value type ${type}.`,
    typeAt,
  );
  throw new Stop();
}

/**
 * Tensor data lies after the infos, padded to the alignment. ggml requires each tensor to start
 * where the previous one ended (padded), in info order; other readers take the offsets as given.
 * Overlaps are errors (the same bytes read as two tensors), bytes past the end are errors, and
 * layouts only ggml refuses (out of order, gaps) and bytes after the last tensor are warnings.
 */
function checkTensorData(
  tensors: readonly TensorInfo[],
  cursor: Cursor,
  alignment: number,
  issues: IssueList,
): void {
  const align = (value: bigint) => {
    const a = BigInt(alignment);
    return ((value + a - 1n) / a) * a;
  };
  const dataStart = align(BigInt(cursor.pos));
  const size = BigInt(cursor.size);
  if (tensors.length === 0) {
    if (dataStart < size) trailingWarning(size - dataStart, dataStart, issues);
    return;
  }
  if (dataStart > size) {
    issues.issue(
      'model/malformed-file',
      'error',
      `The file ends before its tensor data (offset ${dataStart}).`,
      cursor.pos,
    );
    return;
  }
  const dataSize = size - dataStart;

  let expected = 0n;
  let layoutReported = false;
  for (const tensor of tensors) {
    if (tensor.bytes === undefined) {
      layoutReported = true;
      continue;
    }
    if (tensor.offset + tensor.bytes > dataSize) {
      issues.issue(
        'model/malformed-file',
        'error',
        `Tensor ${quoted(tensor.name)} at data offset ${tensor.offset} with ${tensor.bytes} bytes reaches past the end of the file.`,
        tensor.at,
      );
    }
    if (!layoutReported && tensor.offset !== expected) {
      layoutReported = true;
      issues.issue(
        'model/malformed-file',
        'warning',
        `Tensor ${quoted(tensor.name)} starts at data offset ${tensor.offset} where ggml expects ${expected} (tensors in order, padded to the alignment): llama.cpp refuses the file while other readers accept it.`,
        tensor.at,
      );
    }
    expected = align(tensor.offset + tensor.bytes);
  }

  const placed = tensors
    // A tensor past the end is already an error; it would only make every byte before it a hole.
    .filter(
      (tensor): tensor is TensorInfo & { bytes: bigint } =>
        tensor.bytes !== undefined && tensor.offset + tensor.bytes <= dataSize,
    )
    .sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
  let covered = 0n;
  let owner: (TensorInfo & { bytes: bigint }) | undefined;
  for (const tensor of placed) {
    const end = tensor.offset + tensor.bytes;
    if (owner !== undefined && tensor.offset < covered && tensor.bytes > 0n) {
      issues.issue(
        'model/malformed-file',
        'error',
        `Tensors ${quoted(owner.name)} and ${quoted(tensor.name)} overlap in the data: the same bytes are read as two tensors.`,
        tensor.at,
      );
    } else if (tensor.offset > align(covered)) {
      issues.issue(
        'model/malformed-file',
        'warning',
        `Data bytes ${covered} to ${tensor.offset} belong to no tensor: no loader reads them, and such bytes can hide a payload.`,
        Number(dataStart + covered),
        { holeBytes: Number(tensor.offset - covered) },
      );
    }
    if (end > covered) {
      covered = end;
      owner = tensor;
    }
  }
  const used = align(covered) < dataSize ? align(covered) : dataSize;
  if (covered <= dataSize && used < dataSize) {
    trailingWarning(dataSize - used, dataStart + used, issues);
  }
}

function trailingWarning(trailing: bigint, at: bigint, issues: IssueList): void {
  issues.issue(
    'model/malformed-file',
    'warning',
    `${trailing} byte(s) after the last tensor belong to no tensor: no loader reads them, and such bytes can hide a second payload.`,
    Number(at),
    { trailingBytes: Number(trailing) },
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
