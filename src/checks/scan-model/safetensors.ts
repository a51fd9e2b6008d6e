/**
 * Structural checks of a safetensors file: an 8-byte little-endian header length, a JSON header
 * naming each tensor's dtype, shape and byte range, then the data. Only the length and the header
 * are read, never tensor data.
 *
 * safetensors carries no code, so what can go wrong is ambiguity: a header that two readers see
 * differently (a duplicate key: JSON.parse keeps the last, another parser the first or neither),
 * ranges that overlap or leave bytes that no tensor owns, data after the last tensor. The checks
 * follow the reference reader (huggingface/safetensors, safetensors/src/tensor.rs: `read_metadata`
 * and `Metadata::validate`) so that a file it refuses is reported, and report a little more where
 * the refusal is what a scanner should notice.
 *
 * The header is parsed by our own strict JSON reader over the bytes, so that duplicates are seen,
 * numbers keep their spelling (serde refuses `2.0` where an integer belongs, JSON.parse does not),
 * positions are byte offsets in the file, and lone surrogate escapes are refused as serde does.
 */
import { IssueList, quoted } from './issue-list.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export interface SafetensorsTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** Byte range in the data area (which starts after the header), as the header gives it. */
  begin: number;
  end: number;
}

export interface SafetensorsSummary {
  /** Entries of the header other than `__metadata__`, valid or not. */
  tensors: number;
  /** Sorted distinct dtypes of the entries whose dtype is known. */
  dtypes: string[];
  /** Sum of the element counts of the entries with a valid shape; exact up to 2^53. */
  parameters: number;
  /** `__metadata__` when it is a string-to-string object; otherwise its string entries only. */
  metadata: Record<string, string>;
  headerBytes: number;
}

export interface SafetensorsLimits {
  /** The reference reader refuses headers over 100,000,000 bytes. */
  maxHeaderBytes?: number;
  /** Entries checked; past it the rest are counted, not checked. */
  maxTensors?: number;
  maxIssues?: number;
}

export const DEFAULT_SAFETENSORS_LIMITS: Required<SafetensorsLimits> = {
  maxHeaderBytes: 100_000_000,
  maxTensors: 1_000_000,
  maxIssues: 100,
};

/**
 * Element sizes in bits, from the Dtype enum of the reference implementation (tensor.rs,
 * `Dtype::bitsize`). F4 and F6 are packed below a byte: a tensor of them must end on a byte.
 */
const DTYPE_BITS: ReadonlyMap<string, number> = new Map([
  ['BOOL', 8],
  ['F4', 4],
  ['F6_E2M3', 6],
  ['F6_E3M2', 6],
  ['U8', 8],
  ['I8', 8],
  ['F8_E5M2', 8],
  ['F8_E4M3', 8],
  ['F8_E8M0', 8],
  ['F8_E4M3FNUZ', 8],
  ['F8_E5M2FNUZ', 8],
  ['I16', 16],
  ['U16', 16],
  ['F16', 16],
  ['BF16', 16],
  ['I32', 32],
  ['U32', 32],
  ['F32', 32],
  ['C64', 64],
  ['F64', 64],
  ['I64', 64],
  ['U64', 64],
]);

const LENGTH_BYTES = 8;
const METADATA_KEY = '__metadata__';
const TENSOR_FIELDS = new Set(['dtype', 'shape', 'data_offsets']);

export async function analyzeSafetensors(
  source: ByteSource,
  limits: SafetensorsLimits = {},
): Promise<{ issues: ModelIssue[]; summary?: SafetensorsSummary; tensors?: SafetensorsTensor[] }> {
  const settings = { ...DEFAULT_SAFETENSORS_LIMITS, ...limits };
  const issues = new IssueList(settings.maxIssues);
  const malformed = (message: string, offset?: number, level: 'error' | 'warning' = 'error') =>
    issues.issue('model/malformed-file', level, message, offset);

  if (source.size < LENGTH_BYTES) {
    malformed(`The file has ${source.size} bytes, fewer than the 8 of the safetensors header length.`, 0);
    return { issues: issues.list() };
  }
  const lengthBytes = await source.read(0, LENGTH_BYTES);
  const declared = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, LENGTH_BYTES).getBigUint64(
    0,
    true,
  );
  if (declared === 0n) {
    malformed('The header length is 0: a safetensors header is at least `{}`.', 0);
    return { issues: issues.list() };
  }
  // The limit comes before the comparison with the file so that no declared length, however
  // large, is ever allocated or read.
  if (declared > BigInt(settings.maxHeaderBytes)) {
    malformed(
      `The header length ${declared} is over the limit of ${settings.maxHeaderBytes} bytes (the safetensors library refuses it).`,
      0,
    );
    return { issues: issues.list() };
  }
  const headerBytes = Number(declared);
  if (LENGTH_BYTES + headerBytes > source.size) {
    malformed(`The header length ${headerBytes} reaches past the end of the file (${source.size} bytes).`, 0);
    return { issues: issues.list() };
  }
  const header = await source.read(LENGTH_BYTES, headerBytes);
  if (header.length !== headerBytes) {
    malformed(`The header could be read only to byte ${LENGTH_BYTES + header.length}.`, LENGTH_BYTES);
    return { issues: issues.list() };
  }

  const badByte = firstInvalidUtf8(header);
  if (badByte !== undefined) {
    malformed(
      `The header is not valid UTF-8 (byte ${LENGTH_BYTES + badByte}); the safetensors library refuses it.`,
      LENGTH_BYTES + badByte,
    );
    return { issues: issues.list() };
  }
  let root: JsonValue;
  const parser = new JsonParser(header);
  try {
    root = parser.parseDocument();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    malformed(
      `The header is not JSON: ${error.message} at byte ${LENGTH_BYTES + error.at}.`,
      LENGTH_BYTES + error.at,
    );
    return { issues: issues.list() };
  }
  for (const duplicate of parser.duplicates) {
    malformed(
      `The header repeats the key ${quoted(duplicate.key)}${duplicate.path === '' ? '' : ` inside ${quoted(duplicate.path)}`}: JSON readers disagree on which one counts, so two loaders can see different tensors.`,
      LENGTH_BYTES + duplicate.at,
    );
  }
  if (root.kind !== 'object') {
    malformed(`The header is JSON ${describe(root)}, not an object.`, LENGTH_BYTES + root.at);
    return { issues: issues.list() };
  }
  if (header[0] !== 0x7b) {
    // The format says the header starts with `{`; the reference reader still skips leading
    // whitespace, so a reader that checks the first byte and one that does not disagree.
    malformed('The header does not start with `{` as the safetensors format requires.', LENGTH_BYTES);
  }

  const dataSize = source.size - LENGTH_BYTES - headerBytes;
  const dataStart = LENGTH_BYTES + headerBytes;
  const at = (value: JsonValue) => LENGTH_BYTES + value.at;

  const metadata: Record<string, string> = Object.create(null) as Record<string, string>;
  const tensors: SafetensorsTensor[] = [];
  const dtypes = new Set<string>();
  let parameters = 0n;
  let entries = 0;
  let unchecked = 0;

  for (const [key, value] of root.entries) {
    if (key === METADATA_KEY) {
      // serde reads `__metadata__` as an optional map: null is the same as absent.
      if (value.kind === 'null') continue;
      if (value.kind !== 'object') {
        malformed(`\`__metadata__\` is ${describe(value)}, not an object of strings.`, at(value));
        continue;
      }
      for (const [metaKey, metaValue] of value.entries) {
        if (metaValue.kind === 'string') metadata[metaKey] = metaValue.value;
        else
          malformed(
            `\`__metadata__\` entry ${quoted(metaKey)} is ${describe(metaValue)}, not a string (the safetensors library refuses it).`,
            at(metaValue),
          );
      }
      continue;
    }
    entries++;
    if (entries > settings.maxTensors) {
      unchecked++;
      continue;
    }
    const name = quoted(key);
    if (value.kind !== 'object') {
      malformed(
        `Tensor ${name} is ${describe(value)}, not an object with dtype, shape and data_offsets.`,
        at(value),
      );
      continue;
    }
    const extra = [...value.entries.keys()].filter((field) => !TENSOR_FIELDS.has(field));
    if (extra.length > 0) {
      malformed(
        `Tensor ${name} has field(s) no loader reads: ${extra
          .slice(0, 5)
          .map((field) => quoted(field, 40))
          .join(', ')}${extra.length > 5 ? ', ...' : ''}.`,
        at(value),
        'warning',
      );
    }

    const dtypeValue = value.entries.get('dtype');
    let bits: number | undefined;
    if (dtypeValue === undefined) malformed(`Tensor ${name} has no dtype.`, at(value));
    else if (dtypeValue.kind !== 'string')
      malformed(`Tensor ${name} has a dtype that is ${describe(dtypeValue)}.`, at(dtypeValue));
    else {
      bits = DTYPE_BITS.get(dtypeValue.value);
      if (bits === undefined)
        malformed(`Tensor ${name} has the unknown dtype ${quoted(dtypeValue.value, 40)}.`, at(dtypeValue));
      else dtypes.add(dtypeValue.value);
    }

    const shapeValue = value.entries.get('shape');
    let shape: number[] | undefined;
    if (shapeValue === undefined) malformed(`Tensor ${name} has no shape.`, at(value));
    else if (shapeValue.kind !== 'array')
      malformed(`Tensor ${name} has a shape that is ${describe(shapeValue)}.`, at(shapeValue));
    else {
      shape = [];
      for (const dim of shapeValue.items) {
        const size = dim.kind === 'number' ? safeInteger(dim.raw) : undefined;
        if (size === undefined) {
          malformed(
            `Tensor ${name} has a shape entry that is not a non-negative integer up to 2^53-1 (${dim.kind === 'number' ? quoted(dim.raw, 40) : describe(dim)}).`,
            at(dim),
          );
          shape = undefined;
          break;
        }
        shape.push(size);
      }
    }

    const offsetsValue = value.entries.get('data_offsets');
    let range: [number, number] | undefined;
    if (offsetsValue === undefined) malformed(`Tensor ${name} has no data_offsets.`, at(value));
    else if (offsetsValue.kind !== 'array' || offsetsValue.items.length !== 2)
      malformed(`Tensor ${name} has data_offsets that are not a pair [begin, end].`, at(offsetsValue));
    else {
      const [first, second] = offsetsValue.items as [JsonValue, JsonValue];
      const begin = first.kind === 'number' ? safeInteger(first.raw) : undefined;
      const end = second.kind === 'number' ? safeInteger(second.raw) : undefined;
      if (begin === undefined || end === undefined)
        malformed(
          `Tensor ${name} has data_offsets that are not non-negative integers up to 2^53-1.`,
          at(offsetsValue),
        );
      else if (begin > end)
        malformed(
          `Tensor ${name} has data_offsets [${begin}, ${end}] that end before they begin.`,
          at(offsetsValue),
        );
      else if (end > dataSize)
        malformed(
          `Tensor ${name} has data_offsets [${begin}, ${end}] past the end of the data area (${dataSize} bytes).`,
          at(offsetsValue),
        );
      else range = [begin, end];
    }

    let elements: bigint | undefined;
    if (shape !== undefined) {
      elements = shape.reduce((product, dim) => product * BigInt(dim), 1n);
      parameters += elements;
    }
    if (elements !== undefined && bits !== undefined && range !== undefined) {
      const totalBits = elements * BigInt(bits);
      if (totalBits % 8n !== 0n) {
        malformed(
          `Tensor ${name} of ${elements} ${dtypeValue?.kind === 'string' ? dtypeValue.value : ''} elements does not end on a byte boundary.`,
          at(value),
        );
      } else if (totalBits / 8n !== BigInt(range[1] - range[0])) {
        malformed(
          `Tensor ${name} spans ${range[1] - range[0]} bytes but its shape and dtype need ${totalBits / 8n}.`,
          at(offsetsValue!),
        );
      }
    }
    if (shape !== undefined && bits !== undefined && range !== undefined && dtypeValue?.kind === 'string') {
      tensors.push({ name: key, dtype: dtypeValue.value, shape, begin: range[0], end: range[1] });
    }
  }
  if (unchecked > 0) {
    issues.issue(
      'model/scan-limit',
      'warning',
      `The header names ${entries} tensors; only the first ${settings.maxTensors} were checked.`,
      LENGTH_BYTES,
    );
  }

  checkCoverage(tensors, dataSize, dataStart, issues);

  const summary: SafetensorsSummary = {
    tensors: entries,
    dtypes: [...dtypes].sort(),
    parameters: Number(parameters),
    metadata: { ...metadata },
    headerBytes,
  };
  return { issues: issues.list(), summary, tensors };
}

/**
 * The reference reader sorts the ranges and requires each to begin where the previous ended, the
 * last to end at the end of the file: every byte of the data area belongs to exactly one tensor.
 */
function checkCoverage(
  tensors: readonly SafetensorsTensor[],
  dataSize: number,
  dataStart: number,
  issues: IssueList,
): void {
  const sorted = [...tensors].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  let owner: SafetensorsTensor | undefined;
  for (const tensor of sorted) {
    if (tensor.begin < covered && owner !== undefined) {
      issues.issue(
        'model/malformed-file',
        'error',
        `Tensors ${quoted(owner.name)} [${owner.begin}, ${owner.end}] and ${quoted(tensor.name)} [${tensor.begin}, ${tensor.end}] overlap: the same bytes are read as two tensors.`,
        dataStart + tensor.begin,
      );
    } else if (tensor.begin > covered) {
      issues.issue(
        'model/malformed-file',
        'error',
        `Bytes ${covered} to ${tensor.begin} of the data area belong to no tensor (the safetensors library refuses such a hole).`,
        dataStart + covered,
        { holeBytes: tensor.begin - covered },
      );
    }
    if (tensor.end > covered || owner === undefined) {
      covered = Math.max(covered, tensor.end);
      owner = tensor;
    }
  }
  if (covered < dataSize) {
    const trailing = dataSize - covered;
    issues.issue(
      'model/malformed-file',
      'warning',
      `${trailing} byte(s) after the last tensor belong to no tensor: no loader reads them (the safetensors library refuses the file), and such bytes can hide a second payload.`,
      dataStart + covered,
      { trailingBytes: trailing },
    );
  }
}

/** A JSON number spelled as a non-negative integer (no sign, fraction or exponent) up to 2^53-1. */
function safeInteger(raw: string): number | undefined {
  if (!/^(?:0|[1-9][0-9]*)$/.test(raw) || raw.length > 16) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

function describe(value: JsonValue): string {
  switch (value.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'bool':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}

// ---- strict UTF-8 ----------------------------------------------------------------------------

/** Offset of the first byte that is not part of well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return undefined;
}

// ---- strict JSON over bytes ------------------------------------------------------------------

type JsonValue =
  | { kind: 'object'; entries: Map<string, JsonValue>; at: number }
  | { kind: 'array'; items: JsonValue[]; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; raw: string; at: number }
  | { kind: 'bool'; value: boolean; at: number }
  | { kind: 'null'; at: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** serde_json's default recursion limit: deeper input is refused there, so it is here too. */
const MAX_JSON_DEPTH = 128;
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * RFC 8259 as serde_json reads it: whitespace is space, tab, CR and LF only; no trailing commas,
 * comments, NaN or leading zeros; `\u` escapes must pair surrogates. The input is already valid
 * UTF-8. Duplicate keys are kept as the last (as JSON.parse) and listed in `duplicates`.
 */
class JsonParser {
  readonly duplicates: { path: string; key: string; at: number }[] = [];
  #pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  parseDocument(): JsonValue {
    this.#skipWhitespace();
    const value = this.#value(0, '');
    this.#skipWhitespace();
    if (this.#pos < this.bytes.length)
      throw new JsonSyntaxError('unexpected data after the value', this.#pos);
    return value;
  }

  #skipWhitespace(): void {
    const bytes = this.bytes;
    let pos = this.#pos;
    while (pos < bytes.length) {
      const b = bytes[pos]!;
      if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) break;
      pos++;
    }
    this.#pos = pos;
  }

  #value(depth: number, path: string): JsonValue {
    const at = this.#pos;
    const b = this.bytes[at];
    if (b === undefined) throw new JsonSyntaxError('unexpected end', at);
    if (b === 0x7b || b === 0x5b) {
      if (depth >= MAX_JSON_DEPTH) throw new JsonSyntaxError(`nesting deeper than ${MAX_JSON_DEPTH}`, at);
      return b === 0x7b ? this.#object(depth + 1, path) : this.#array(depth + 1, path);
    }
    if (b === 0x22) return { kind: 'string', value: this.#string(), at };
    if (b === 0x2d || (b >= 0x30 && b <= 0x39)) return { kind: 'number', raw: this.#number(), at };
    if (this.#literal('true')) return { kind: 'bool', value: true, at };
    if (this.#literal('false')) return { kind: 'bool', value: false, at };
    if (this.#literal('null')) return { kind: 'null', at };
    throw new JsonSyntaxError('expected a value', at);
  }

  #literal(word: string): boolean {
    for (let k = 0; k < word.length; k++) {
      if (this.bytes[this.#pos + k] !== word.charCodeAt(k)) return false;
    }
    this.#pos += word.length;
    return true;
  }

  #object(depth: number, path: string): JsonValue {
    const at = this.#pos++;
    const entries = new Map<string, JsonValue>();
    this.#skipWhitespace();
    if (this.bytes[this.#pos] === 0x7d) {
      this.#pos++;
      return { kind: 'object', entries, at };
    }
    for (;;) {
      this.#skipWhitespace();
      const keyAt = this.#pos;
      if (this.bytes[keyAt] !== 0x22) throw new JsonSyntaxError('expected a key string', keyAt);
      const key = this.#string();
      this.#skipWhitespace();
      if (this.bytes[this.#pos] !== 0x3a) throw new JsonSyntaxError("expected ':'", this.#pos);
      this.#pos++;
      this.#skipWhitespace();
      const value = this.#value(depth, path === '' ? key : `${path}.${key}`);
      if (entries.has(key)) {
        this.duplicates.push({ path, key, at: keyAt });
        // Delete first so the surviving entry takes the position of the last, as JSON.parse's.
        entries.delete(key);
      }
      entries.set(key, value);
      this.#skipWhitespace();
      const next = this.bytes[this.#pos];
      this.#pos++;
      if (next === 0x2c) continue;
      if (next === 0x7d) return { kind: 'object', entries, at };
      throw new JsonSyntaxError("expected ',' or '}'", this.#pos - 1);
    }
  }

  #array(depth: number, path: string): JsonValue {
    const at = this.#pos++;
    const items: JsonValue[] = [];
    this.#skipWhitespace();
    if (this.bytes[this.#pos] === 0x5d) {
      this.#pos++;
      return { kind: 'array', items, at };
    }
    for (;;) {
      this.#skipWhitespace();
      items.push(this.#value(depth, path));
      this.#skipWhitespace();
      const next = this.bytes[this.#pos];
      this.#pos++;
      if (next === 0x2c) continue;
      if (next === 0x5d) return { kind: 'array', items, at };
      throw new JsonSyntaxError("expected ',' or ']'", this.#pos - 1);
    }
  }

  #number(): string {
    const bytes = this.bytes;
    const start = this.#pos;
    let pos = start;
    const digits = () => {
      const from = pos;
      while (pos < bytes.length && bytes[pos]! >= 0x30 && bytes[pos]! <= 0x39) pos++;
      return pos - from;
    };
    if (bytes[pos] === 0x2d) pos++;
    if (bytes[pos] === 0x30) {
      pos++;
    } else if (digits() === 0) throw new JsonSyntaxError('malformed number', start);
    if (bytes[pos] === 0x2e) {
      pos++;
      if (digits() === 0) throw new JsonSyntaxError('malformed number', start);
    }
    if (bytes[pos] === 0x65 || bytes[pos] === 0x45) {
      pos++;
      if (bytes[pos] === 0x2b || bytes[pos] === 0x2d) pos++;
      if (digits() === 0) throw new JsonSyntaxError('malformed number', start);
    }
    this.#pos = pos;
    return decoder.decode(bytes.subarray(start, pos));
  }

  #string(): string {
    const bytes = this.bytes;
    const start = this.#pos;
    let pos = start + 1;
    let runStart = pos;
    let parts: string[] | undefined;
    for (;;) {
      const b = bytes[pos];
      if (b === undefined) throw new JsonSyntaxError('unterminated string', start);
      if (b === 0x22) {
        const tail = decoder.decode(bytes.subarray(runStart, pos));
        this.#pos = pos + 1;
        return parts === undefined ? tail : parts.join('') + tail;
      }
      if (b < 0x20) throw new JsonSyntaxError('control character in a string', pos);
      if (b !== 0x5c) {
        pos++;
        continue;
      }
      parts ??= [];
      parts.push(decoder.decode(bytes.subarray(runStart, pos)));
      const escape = bytes[pos + 1];
      const simple = escape === undefined ? undefined : SIMPLE_ESCAPES.get(escape);
      if (simple !== undefined) {
        parts.push(simple);
        pos += 2;
      } else if (escape === 0x75) {
        const unit = this.#hex4(pos + 2);
        pos += 6;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const low = bytes[pos] === 0x5c && bytes[pos + 1] === 0x75 ? this.#hex4(pos + 2) : -1;
          if (low < 0xdc00 || low > 0xdfff)
            throw new JsonSyntaxError('lone surrogate in a \\u escape', pos - 6);
          parts.push(String.fromCharCode(unit, low));
          pos += 6;
        } else if (unit >= 0xdc00 && unit <= 0xdfff) {
          throw new JsonSyntaxError('lone surrogate in a \\u escape', pos - 6);
        } else parts.push(String.fromCharCode(unit));
      } else throw new JsonSyntaxError('invalid escape in a string', pos);
      runStart = pos;
    }
  }

  #hex4(at: number): number {
    let value = 0;
    for (let k = 0; k < 4; k++) {
      const b = this.bytes[at + k];
      const digit =
        b === undefined
          ? -1
          : b >= 0x30 && b <= 0x39
            ? b - 0x30
            : b >= 0x61 && b <= 0x66
              ? b - 0x57
              : b >= 0x41 && b <= 0x46
                ? b - 0x37
                : -1;
      if (digit < 0) throw new JsonSyntaxError('invalid \\u escape', at - 2);
      value = value * 16 + digit;
    }
    return value;
  }
}

const SIMPLE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x22, '"'],
  [0x5c, '\\'],
  [0x2f, '/'],
  [0x62, '\b'],
  [0x66, '\f'],
  [0x6e, '\n'],
  [0x72, '\r'],
  [0x74, '\t'],
]);
