import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-VMIUJUPO.mjs";

// src/checks/scan-model/source.ts
function checkRange(offset, length) {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`byte range ${offset}+${length} is not a pair of non-negative integers`);
  }
}
function bufferSource(bytes) {
  return {
    size: bytes.length,
    read(offset, length) {
      checkRange(offset, length);
      return Promise.resolve(
        bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length))
      );
    }
  };
}
function fileSource(handle, size) {
  return {
    size,
    async read(offset, length) {
      checkRange(offset, length);
      const wanted = Math.max(0, Math.min(length, size - offset));
      const out = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(out, filled, wanted - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === wanted ? out : out.subarray(0, filled);
    }
  };
}
function sliceSource(source, start, size) {
  checkRange(start, size);
  const length = Math.max(0, Math.min(size, source.size - start));
  return {
    size: length,
    read(offset, wanted) {
      checkRange(offset, wanted);
      if (offset >= length) return Promise.resolve(new Uint8Array(0));
      return source.read(start + offset, Math.min(wanted, length - offset));
    }
  };
}

// src/checks/scan-model/protobuf.ts
var WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5
};
var DEFAULT_PROTO_LIMITS = {
  maxDepth: 100,
  maxFields: 2e7,
  maxChunkBytes: 64 * 1024,
  minChunkBytes: 4 * 1024
};
var ProtoMalformedError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ProtoMalformedError";
  }
  offset;
};
var ProtoLimitError = class extends Error {
  constructor(message, offset, limit) {
    super(message);
    this.offset = offset;
    this.limit = limit;
    this.name = "ProtoLimitError";
  }
  offset;
  limit;
};
function asInt64(value) {
  return BigInt.asIntN(64, value);
}
var MAX_VARINT_BYTES = 10;
var HEADER_BYTES = 2 * MAX_VARINT_BYTES;
var MAX_FIELD_NUMBER = 2 ** 29 - 1;
var ProtoReader = class {
  constructor(source, limits = {}) {
    this.source = source;
    this.limits = { ...DEFAULT_PROTO_LIMITS, ...limits };
    this.#nextChunkBytes = this.limits.minChunkBytes;
  }
  source;
  limits;
  #chunk = new Uint8Array(0);
  #chunkStart = 0;
  #nextChunkBytes;
  #fields = 0;
  /** The whole source as one message. */
  root() {
    return new ProtoMessage(this, 0, this.source.size, 1);
  }
  /** Fields read so far, across every message of this reader. */
  get fieldsRead() {
    return this.#fields;
  }
  /**
   * Makes `[offset, offset + wanted)` (clipped to `end`) available in the chunk and returns the
   * chunk's view from `offset`. Reads only when that range is not already buffered.
   */
  async view(offset, wanted, end) {
    const need = Math.max(0, Math.min(wanted, end - offset));
    const chunkEnd = this.#chunkStart + this.#chunk.length;
    if (offset >= this.#chunkStart && offset + need <= chunkEnd) {
      return this.#chunk.subarray(offset - this.#chunkStart);
    }
    const sequential = this.#chunk.length > 0 && offset >= this.#chunkStart && offset <= chunkEnd;
    const size = sequential ? Math.min(this.#nextChunkBytes * 2, this.limits.maxChunkBytes) : this.limits.minChunkBytes;
    this.#nextChunkBytes = size;
    const length = Math.min(Math.max(size, need), this.source.size - offset);
    this.#chunk = length > 0 ? await this.source.read(offset, length) : new Uint8Array(0);
    this.#chunkStart = offset;
    return this.#chunk;
  }
  /** Counts a field against maxFields. */
  countField(offset) {
    this.#fields += 1;
    if (this.#fields > this.limits.maxFields) {
      throw new ProtoLimitError(
        `more than ${this.limits.maxFields} protobuf fields; the rest was not read`,
        offset,
        "maxFields"
      );
    }
  }
  /**
   * The first `maxBytes` of a field's payload. Payloads longer than a chunk are read from the
   * source directly so the chunk keeps the headers around them.
   */
  async bytes(field, maxBytes) {
    const wanted = Math.min(field.length, maxBytes);
    const end = field.offset + wanted;
    if (wanted <= this.limits.maxChunkBytes) {
      const view = await this.view(field.offset, wanted, end);
      if (view.length < wanted) throw truncated(field.offset + view.length);
      return view.subarray(0, wanted);
    }
    const data = await this.source.read(field.offset, wanted);
    if (data.length < wanted) throw truncated(field.offset + data.length);
    return data;
  }
  /** The payload as UTF-8 text, decoding at most `maxBytes` of it. */
  async text(field, maxBytes) {
    const data = await this.bytes(field, maxBytes);
    const isTruncated = data.length < field.length;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(data, { stream: isTruncated });
      return { text, valid: true, truncated: isTruncated };
    } catch {
      return { text: new TextDecoder("utf-8").decode(data), valid: false, truncated: isTruncated };
    }
  }
};
function truncated(offset) {
  return new ProtoMalformedError("the file ends inside a protobuf field", offset);
}
function decodeVarint(bytes, at, offset) {
  let small = 0;
  let multiplier = 1;
  for (let index = 0; index < MAX_VARINT_BYTES; index += 1) {
    if (at + index >= bytes.length) return { value: 0n, small: -1, end: -1 };
    const byte = bytes[at + index];
    if (index === MAX_VARINT_BYTES - 1 && byte > 1) {
      throw new ProtoMalformedError(
        `a varint is longer than ${MAX_VARINT_BYTES} bytes or overflows 64 bits`,
        offset
      );
    }
    small += (byte & 127) * multiplier;
    multiplier *= 128;
    if ((byte & 128) === 0) {
      const end = at + index + 1;
      if (Number.isSafeInteger(small)) return { value: BigInt(small), small, end };
      return { value: exactVarint(bytes, at, end), small: -1, end };
    }
  }
  throw new ProtoMalformedError("a varint does not end", offset);
}
function exactVarint(bytes, at, end) {
  let value = 0n;
  for (let index = end - 1; index >= at; index -= 1) value = value << 7n | BigInt(bytes[index] & 127);
  return value;
}
function parseField(header, tagOffset, end) {
  const tag = decodeVarint(header, 0, tagOffset);
  if (tag.end < 0) throw truncated(tagOffset);
  if (tag.small < 0) throw new ProtoMalformedError("a field number is out of range", tagOffset);
  const wireType = tag.small % 8;
  const field = Math.floor(tag.small / 8);
  if (field === 0 || field > MAX_FIELD_NUMBER) {
    throw new ProtoMalformedError(`field number ${field} is out of range`, tagOffset);
  }
  const offset = tagOffset + tag.end;
  switch (wireType) {
    case WireType.Varint: {
      const value = decodeVarint(header, tag.end, offset);
      if (value.end < 0) throw truncated(offset);
      return {
        field: { field, wireType, tagOffset, offset, value: value.value },
        next: tagOffset + value.end
      };
    }
    case WireType.Fixed64: {
      if (offset + 8 > end || tag.end + 8 > header.length) throw truncated(offset);
      const value = new DataView(header.buffer, header.byteOffset + tag.end, 8).getBigUint64(0, true);
      return { field: { field, wireType, tagOffset, offset, value }, next: offset + 8 };
    }
    case WireType.Fixed32: {
      if (offset + 4 > end || tag.end + 4 > header.length) throw truncated(offset);
      const value = new DataView(header.buffer, header.byteOffset + tag.end, 4).getUint32(0, true);
      return { field: { field, wireType, tagOffset, offset, value }, next: offset + 4 };
    }
    case WireType.LengthDelimited: {
      const length = decodeVarint(header, tag.end, offset);
      if (length.end < 0) throw truncated(offset);
      const payload = tagOffset + length.end;
      if (length.small < 0 || length.small > end - payload) {
        throw new ProtoMalformedError("a length-delimited field runs past the end of its message", tagOffset);
      }
      return {
        field: { field, wireType, tagOffset, offset: payload, length: length.small },
        next: payload + length.small
      };
    }
    case WireType.StartGroup:
    case WireType.EndGroup:
      throw new ProtoMalformedError(`field ${field} is a group (wire type ${wireType})`, tagOffset);
    default:
      throw new ProtoMalformedError(`field ${field} has unknown wire type ${wireType}`, tagOffset);
  }
}
function* bufferFields(bytes, start = 0, end = bytes.length) {
  let at = start;
  while (at < end) {
    const { field, next } = parseField(bytes.subarray(at, Math.min(end, at + HEADER_BYTES)), at, end);
    at = next;
    yield field;
  }
}
function* packedVarints(bytes, start, end) {
  const window = bytes.subarray(0, end);
  let at = start;
  while (at < end) {
    const varint = decodeVarint(window, at, at);
    if (varint.end < 0) throw truncated(at);
    at = varint.end;
    yield varint.value;
  }
}
var ProtoMessage = class _ProtoMessage {
  constructor(reader, start, end, depth) {
    this.reader = reader;
    this.start = start;
    this.end = end;
    this.depth = depth;
  }
  reader;
  start;
  end;
  depth;
  /**
   * The message's fields in file order. Throws ProtoMalformedError where the bytes are not a
   * valid message (fields before that point have been yielded) and ProtoLimitError at maxFields.
   */
  async *fields() {
    const reader = this.reader;
    let at = this.start;
    while (at < this.end) {
      reader.countField(at);
      const view = await reader.view(at, HEADER_BYTES, this.end);
      const available = Math.min(view.length, this.end - at);
      const { field, next } = parseField(
        available < view.length ? view.subarray(0, available) : view,
        at,
        this.end
      );
      at = next;
      yield field;
    }
  }
  /** A length-delimited field of this message as a nested message. */
  open(field) {
    const depth = this.depth + 1;
    if (depth > this.reader.limits.maxDepth) {
      throw new ProtoLimitError(
        `protobuf messages nest deeper than ${this.reader.limits.maxDepth}; the rest was not read`,
        field.tagOffset,
        "maxDepth"
      );
    }
    return new _ProtoMessage(this.reader, field.offset, field.offset + field.length, depth);
  }
};

// src/checks/scan-model/issue-list.ts
var DEFAULT_MAX_ISSUES = 100;
function fileText(text, max = 120) {
  const points = Array.from(printable(text.length > max * 2 ? text.slice(0, max * 2) : text));
  return points.length > max ? `${points.slice(0, max).join("")}...` : points.join("");
}
var MAX_PROPERTY_CHARS = 1024;
function propertyText(text) {
  return fileText(text, MAX_PROPERTY_CHARS);
}
function quoted(text, max = 120) {
  return `'${fileText(text, max)}'`;
}
var RANK = { note: 0, warning: 1, error: 2 };
var IssueList = class {
  constructor(max = DEFAULT_MAX_ISSUES) {
    this.max = max;
  }
  max;
  #items = [];
  #omitted = 0;
  #omittedLevel = "note";
  add(issue) {
    if (this.#items.length < this.max) {
      this.#items.push(issue);
      return;
    }
    this.#omitted++;
    if (RANK[issue.level] > RANK[this.#omittedLevel]) this.#omittedLevel = issue.level;
  }
  issue(ruleId, level, message, offset, properties) {
    const issue = { ruleId, level, message };
    if (offset !== void 0) issue.offset = offset;
    if (properties !== void 0) issue.properties = properties;
    this.add(issue);
  }
  /** Turns a failed protobuf walk into an issue; rethrows anything that is not a protobuf error. */
  failure(error, what) {
    if (error instanceof ProtoMalformedError) {
      this.issue(
        "model/malformed-file",
        "error",
        `${what} is not valid protobuf at byte ${error.offset}: ${error.message}. A loader rejects it; nothing after that point was checked.`,
        error.offset
      );
    } else if (error instanceof ProtoLimitError) {
      this.issue(
        "model/scan-limit",
        "warning",
        `${what}: ${error.message} (at byte ${error.offset}), so it was not checked whole.`,
        error.offset,
        { limit: error.limit }
      );
    } else {
      throw error;
    }
  }
  get size() {
    return this.#items.length + this.#omitted;
  }
  hasErrors() {
    return this.#items.some((issue) => issue.level === "error") || this.#omittedLevel === "error";
  }
  /** The issues, ending with the count of those left out when there were more than the cap. */
  result() {
    return this.list();
  }
  list() {
    if (this.#omitted === 0) return [...this.#items];
    return [
      ...this.#items,
      {
        ruleId: "model/scan-limit",
        level: this.#omittedLevel,
        message: `${this.#omitted} more issue(s) in this file were left out of the report (at most ${this.max} are listed).`,
        properties: { omittedIssues: this.#omitted }
      }
    ];
  }
};
async function protoText(reader, issues, field, maxBytes, what, consequence) {
  const decoded = await reader.text(field, maxBytes);
  if (!decoded.valid) {
    issues.issue(
      "model/malformed-file",
      "error",
      `The ${what} at byte ${field.offset} is not valid UTF-8, which ${consequence}.`,
      field.offset
    );
  }
  return decoded.text;
}

// src/checks/scan-model/zip.ts
import { crc32, createInflateRaw } from "node:zlib";

// src/checks/scan-model/archive-common.ts
var MAX_ISSUES_PER_KIND = 20;
var IssueList2 = class {
  issues = [];
  counts = /* @__PURE__ */ new Map();
  /** `kind` groups issues for the cap; `label` names them in the summary ("overlapping members"). */
  add(kind, label, issue) {
    const seen = this.counts.get(kind) ?? { count: 0, level: issue.level, label };
    seen.count += 1;
    this.counts.set(kind, seen);
    if (seen.count <= MAX_ISSUES_PER_KIND) this.issues.push(issue);
  }
  /** Appends one summary per capped kind; call once, when reading is over. */
  finish() {
    for (const { count, level, label } of this.counts.values()) {
      if (count <= MAX_ISSUES_PER_KIND) continue;
      this.issues.push({
        ruleId: "model/archive-anomaly",
        level,
        message: `${count - MAX_ISSUES_PER_KIND} more ${label} are not listed (${count} in all).`,
        properties: { count }
      });
    }
    return this.issues;
  }
};
var MAX_QUOTED = 120;
function quoted2(text) {
  return `"${fileText(text, MAX_QUOTED)}"`;
}
function decodeUtf8(bytes) {
  let text = "";
  let plain = "";
  let valid = true;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at];
    if (lead < 128) {
      text += String.fromCharCode(lead);
      plain += String.fromCharCode(lead);
      at += 1;
      continue;
    }
    const length = lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    let code = length === 2 ? lead & 31 : length === 3 ? lead & 15 : lead & 7;
    let ok = length > 0 && at + length <= bytes.length;
    for (let index = 1; ok && index < length; index++) {
      const next = bytes[at + index];
      if ((next & 192) !== 128) ok = false;
      code = code << 6 | next & 63;
    }
    if (ok && length === 3 && (code < 2048 || code >= 55296 && code <= 57343)) ok = false;
    if (ok && length === 4 && (code < 65536 || code > 1114111)) ok = false;
    if (ok) {
      text += String.fromCodePoint(code);
      plain += String.fromCodePoint(code);
      at += length;
    } else {
      text += `\\x${lead.toString(16).padStart(2, "0")}`;
      plain += "\uFFFD";
      valid = false;
      at += 1;
    }
  }
  return { text, valid, plain };
}
var CONTROL = /[\x01-\x1f\x7f]/;
function nameProblems(name) {
  const problems = [];
  if (name === "") {
    problems.push({ kind: "name-empty", level: "warning", what: "has an empty name" });
    return problems;
  }
  if (name.includes("\0")) {
    problems.push({
      kind: "name-nul",
      level: "error",
      what: "has a NUL character in its name: readers disagree on where the name ends"
    });
  }
  if (CONTROL.test(name)) {
    problems.push({ kind: "name-control", level: "warning", what: "has control characters in its name" });
  }
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) {
    problems.push({
      kind: "name-absolute",
      level: "error",
      what: "has an absolute path: extracting it writes outside the target folder"
    });
  }
  if (name.split(/[/\\]/).includes("..")) {
    problems.push({
      kind: "name-parent",
      level: "error",
      what: 'has a ".." segment: extracting it writes outside the target folder'
    });
  }
  if (name.includes("\\")) {
    problems.push({
      kind: "name-backslash",
      level: "warning",
      what: "has a backslash in its name: Windows readers take it for a folder separator"
    });
  }
  return problems;
}

// src/checks/scan-model/zip.ts
var DEFAULT_ZIP_LIMITS = {
  maxEntries: 1e5,
  maxMemberBytes: 16 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2
};
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_END = 101010256;
var SIG_ZIP64_END = 101075792;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_DESCRIPTOR = 134695760;
var END_SIZE = 22;
var ZIP64_END_SIZE = 56;
var ZIP64_LOCATOR_SIZE = 20;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var END_SEARCH = END_SIZE + 65535;
var MAX_END_CANDIDATES = 16;
var FLAG_ENCRYPTED = 1;
var FLAG_DESCRIPTOR = 8;
var FLAG_PATCHED = 32;
var FLAG_STRONG_ENCRYPTION = 64;
var FLAG_UTF8 = 2048;
var FLAG_MASKED_HEADER = 8192;
var FLAGS_THAT_MATTER = FLAG_ENCRYPTED | FLAG_DESCRIPTOR | FLAG_PATCHED | FLAG_STRONG_ENCRYPTION | FLAG_UTF8 | FLAG_MASKED_HEADER;
var METHOD_STORED = 0;
var METHOD_DEFLATE = 8;
var METHOD_AES = 99;
var METHOD_NAMES = {
  1: "shrink",
  6: "implode",
  9: "deflate64",
  12: "bzip2",
  14: "LZMA",
  93: "zstd",
  95: "xz",
  96: "JPEG",
  97: "WavPack",
  98: "PPMd",
  99: "AES encryption"
};
var PYTHON_MAX_EXTRACT_VERSION = 63;
var WINDOW = 1024 * 1024;
var MEMBER_CHUNK = 1024 * 1024;
var INFLATE_CHUNK = 64 * 1024;
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
function cp437(bytes) {
  let text = "";
  for (const byte of bytes) text += byte < 128 ? String.fromCharCode(byte) : CP437_HIGH[byte - 128];
  return text;
}
function u16(bytes, at) {
  return bytes[at] | bytes[at + 1] << 8;
}
function u32(bytes, at) {
  return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) >>> 0;
}
function u64(bytes, at) {
  return u32(bytes, at + 4) * 2 ** 32 + u32(bytes, at);
}
function hex(value, digits = 8) {
  return `0x${value.toString(16).padStart(digits, "0")}`;
}
function sameBytes(a, b) {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
function readRange(source, offset, length) {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset >= source.size || length <= 0) {
    return Promise.resolve(new Uint8Array(0));
  }
  return source.read(offset, Math.min(length, source.size - offset));
}
async function signatureAt(source, offset) {
  const bytes = await readRange(source, offset, 4);
  return bytes.length === 4 ? u32(bytes, 0) : void 0;
}
var Cursor = class {
  constructor(source, end) {
    this.source = source;
    this.end = end;
  }
  source;
  end;
  buffer = new Uint8Array(0);
  start = 0;
  async bytes(offset, length) {
    if (offset < this.start || offset + length > this.start + this.buffer.length) {
      this.buffer = await readRange(
        this.source,
        offset,
        Math.min(Math.max(length, WINDOW), this.end - offset)
      );
      this.start = offset;
    }
    const from = offset - this.start;
    return this.buffer.subarray(from, Math.min(from + length, this.buffer.length));
  }
};
function parseEnd(bytes, at, offset) {
  return {
    offset,
    disk: u16(bytes, at + 4),
    centralDisk: u16(bytes, at + 6),
    entriesOnDisk: u16(bytes, at + 8),
    entries: u16(bytes, at + 10),
    centralSize: u32(bytes, at + 12),
    centralOffset: u32(bytes, at + 16),
    commentLength: u16(bytes, at + 20)
  };
}
async function readZip64End(source, offset) {
  const bytes = await readRange(source, offset, ZIP64_END_SIZE);
  if (bytes.length < ZIP64_END_SIZE || u32(bytes, 0) !== SIG_ZIP64_END) return void 0;
  return {
    offset,
    length: 12 + u64(bytes, 4),
    disk: u32(bytes, 16),
    centralDisk: u32(bytes, 20),
    entriesOnDisk: u64(bytes, 24),
    entries: u64(bytes, 32),
    centralSize: u64(bytes, 40),
    centralOffset: u64(bytes, 48)
  };
}
var ZipReader = class {
  constructor(source, limits) {
    this.source = source;
    this.limits = limits;
  }
  source;
  limits;
  issues = new IssueList2();
  error(kind, label, message, extra = {}) {
    this.issues.add(kind, label, { ruleId: "model/archive-anomaly", level: "error", message, ...extra });
  }
  warning(kind, label, message, extra = {}) {
    this.issues.add(kind, label, { ruleId: "model/archive-anomaly", level: "warning", message, ...extra });
  }
  async read() {
    const end = await this.findEnd();
    if (!end) return void 0;
    const { size } = this.source;
    const recordsEnd = end.offset + END_SIZE + end.commentLength;
    if (recordsEnd > size) {
      this.warning(
        "comment-length",
        "comment length problems",
        `The end-of-central-directory record announces a ${end.commentLength}-byte comment, but the file ends ${recordsEnd - size} bytes short of it.`,
        { offset: end.offset }
      );
    } else if (recordsEnd < size) {
      this.warning(
        "comment-length",
        "comment length problems",
        `${size - recordsEnd} bytes follow the end-of-central-directory record and its comment, at byte ${recordsEnd}: no zip structure covers them.`,
        { offset: recordsEnd }
      );
    }
    const zip64 = await this.findZip64(end);
    const values = this.effectiveEnd(end, zip64);
    if (values.disk !== 0 || values.centralDisk !== 0) {
      this.error(
        "disks",
        "disk number problems",
        `The end record names disk ${values.disk} and central directory disk ${values.centralDisk}: a multi-disk archive, which Python's zipfile and miniz (PyTorch) treat differently.`,
        { offset: end.offset }
      );
    }
    if (values.entriesOnDisk !== values.entries) {
      this.error(
        "entry-count",
        "entry count problems",
        `The end record counts ${values.entriesOnDisk} entries on this disk but ${values.entries} in all: miniz (PyTorch) refuses such an archive, Python's zipfile does not look.`,
        { offset: end.offset }
      );
    }
    const recordsStart = zip64 ? zip64.offset : end.offset;
    const central = await this.locateCentral(values, recordsStart);
    const spans = [{ start: end.offset, end: Math.min(size, recordsEnd), what: "the end record" }];
    if (zip64) {
      const locatorAt = end.offset - ZIP64_LOCATOR_SIZE;
      const recordEnd = Math.min(size, zip64.offset + zip64.length);
      spans.push({
        start: zip64.offset,
        end: zip64.offset < locatorAt ? Math.min(recordEnd, locatorAt) : recordEnd,
        what: "the zip64 end record"
      });
      spans.push({ start: end.offset - ZIP64_LOCATOR_SIZE, end: end.offset, what: "the zip64 locator" });
    }
    if (!central) {
      return {
        entries: [],
        issues: this.issues.finish(),
        prefixLength: 0,
        offsetShift: 0,
        centralEntries: 0
      };
    }
    const centralEnd = Math.min(size, central.start + values.centralSize);
    spans.push({ start: central.start, end: centralEnd, what: "the central directory" });
    const { records, limited } = await this.readCentral(central.start, centralEnd);
    if (!limited && records.length !== values.entries) {
      this.error(
        "entry-count",
        "entry count problems",
        `The end record counts ${values.entries} entries, the central directory holds ${records.length}: Python's zipfile lists every entry it finds, miniz (PyTorch) reads only as many as counted.`,
        { offset: end.offset }
      );
    }
    this.checkDuplicates(records);
    const entries = [];
    for (const record of records) {
      const entry = await this.readLocal(record, central.shift);
      if (!entry) continue;
      entries.push(entry);
      spans.push({
        start: entry.localHeaderOffset,
        end: entry.dataOffset + entry.compressedSize + entry.descriptorLength,
        what: `member ${quoted2(entry.name)}`,
        member: entry.name
      });
    }
    const prefixLength = await this.checkCoverage(spans, central.shift);
    return {
      entries,
      issues: this.issues.finish(),
      prefixLength,
      offsetShift: central.shift,
      centralEntries: records.length
    };
  }
  /**
   * The last end record in the tail, as Python's zipfile and miniz take it. Others before it are
   * reported: a comment can carry a second, complete directory for a reader that searches forward
   * or insists on a comment that reaches the end of the file.
   */
  async findEnd() {
    const { size } = this.source;
    const tailStart = Math.max(0, size - END_SEARCH);
    const tail = await readRange(this.source, tailStart, size - tailStart);
    const complete = [];
    let incomplete;
    for (let at = tail.length - 4; at >= 0; at--) {
      if (tail[at] !== 80 || tail[at + 1] !== 75 || u32(tail, at) !== SIG_END) continue;
      if (at + END_SIZE <= tail.length) complete.push(at);
      else incomplete ??= at;
    }
    if (complete.length === 0) return void 0;
    const chosen = parseEnd(tail, complete[0], tailStart + complete[0]);
    if (incomplete !== void 0) {
      this.error(
        "end-records",
        "end record problems",
        `An end-of-central-directory signature at byte ${tailStart + incomplete} has no room for its record: Python's zipfile takes it and finds no zip; other readers use the one at byte ${chosen.offset}.`,
        { offset: tailStart + incomplete }
      );
    }
    if (complete.length > 1) {
      const others = complete.slice(1, 1 + MAX_END_CANDIDATES).map((at) => parseEnd(tail, at, tailStart + at));
      let plausible;
      for (const other of others) {
        const reachesEnd = other.offset + END_SIZE + other.commentLength === size;
        if (reachesEnd || await signatureAt(this.source, other.centralOffset) === SIG_CENTRAL) {
          plausible = other;
          break;
        }
      }
      const message = `${complete.length} end-of-central-directory records in the last 64 KiB: the one at byte ${chosen.offset} is read`;
      if (plausible) {
        this.error(
          "end-records",
          "end record problems",
          `${message}, but the one at byte ${plausible.offset} describes a directory too: readers that search differently see another archive.`,
          { offset: plausible.offset }
        );
      }
    }
    return chosen;
  }
  /**
   * Python's zipfile assumes the zip64 end record sits right before its locator; miniz follows
   * the locator's offset. Either is used, and a disagreement reported.
   */
  async findZip64(end) {
    const locatorAt = end.offset - ZIP64_LOCATOR_SIZE;
    if (locatorAt < 0) return void 0;
    const locator = await readRange(this.source, locatorAt, ZIP64_LOCATOR_SIZE);
    if (locator.length < ZIP64_LOCATOR_SIZE || u32(locator, 0) !== SIG_ZIP64_LOCATOR) return void 0;
    const recordDisk = u32(locator, 4);
    const named = u64(locator, 8);
    const disks = u32(locator, 16);
    if (recordDisk !== 0 || disks > 1) {
      this.error(
        "disks",
        "disk number problems",
        `The zip64 locator names disk ${recordDisk} of ${disks}: Python's zipfile refuses a multi-disk archive.`,
        { offset: locatorAt }
      );
    }
    const adjacentAt = locatorAt - ZIP64_END_SIZE;
    const adjacent = adjacentAt >= 0 ? await readZip64End(this.source, adjacentAt) : void 0;
    if (adjacent) {
      const shift = adjacentAt - adjacent.centralSize - adjacent.centralOffset;
      if (named !== adjacentAt && named + shift !== adjacentAt) {
        const elsewhere = await readZip64End(this.source, named);
        if (elsewhere) {
          this.error(
            "zip64",
            "zip64 problems",
            `Two zip64 end records: Python's zipfile reads the one at byte ${adjacentAt}, readers that follow the locator the one at byte ${named}.`,
            { offset: named }
          );
        } else {
          this.warning(
            "zip64",
            "zip64 problems",
            `The zip64 locator names byte ${named} for the zip64 end record; it is at byte ${adjacentAt}.`,
            { offset: locatorAt }
          );
        }
      }
      return adjacent;
    }
    const followed = await readZip64End(this.source, named);
    if (followed) {
      this.error(
        "zip64",
        "zip64 problems",
        `The zip64 end record at byte ${named} is not right before its locator: Python's zipfile ignores it and reads the 32-bit end record instead.`,
        { offset: named }
      );
      return followed;
    }
    this.error(
      "zip64",
      "zip64 problems",
      `A zip64 locator at byte ${locatorAt} points to byte ${named}, but no zip64 end record is there.`,
      { offset: locatorAt }
    );
    return void 0;
  }
  effectiveEnd(end, zip64) {
    if (!zip64) {
      if (end.entries === 65535 || end.entriesOnDisk === 65535 || end.centralSize === 4294967295 || end.centralOffset === 4294967295) {
        this.warning(
          "zip64",
          "zip64 problems",
          "The end record holds zip64 placeholders (0xFFFF, 0xFFFFFFFF) but the archive has no zip64 end record: they are read as numbers.",
          { offset: end.offset }
        );
      }
      return end;
    }
    const pick = (field, recorded, placeholder, wide) => {
      if (recorded !== placeholder && recorded !== wide) {
        this.error(
          "zip64",
          "zip64 problems",
          `The end record gives ${field} ${recorded}, the zip64 end record ${wide}: Python's zipfile takes the zip64 value, readers that use zip64 only for placeholders take the other.`,
          { offset: end.offset }
        );
      }
      return wide;
    };
    return {
      disk: pick("disk number", end.disk, 65535, zip64.disk),
      centralDisk: pick("central directory disk", end.centralDisk, 65535, zip64.centralDisk),
      entriesOnDisk: pick("entries on disk", end.entriesOnDisk, 65535, zip64.entriesOnDisk),
      entries: pick("entry count", end.entries, 65535, zip64.entries),
      centralSize: pick("central directory size", end.centralSize, 4294967295, zip64.centralSize),
      centralOffset: pick("central directory offset", end.centralOffset, 4294967295, zip64.centralOffset)
    };
  }
  /**
   * Where the central directory is. Python's zipfile places it right before the end records
   * (`recordsStart - size`) and shifts every offset by the difference to the recorded offset;
   * miniz (PyTorch) and libzip read it at the recorded offset. When both places hold one, two
   * readers list different archives.
   */
  async locateCentral(values, recordsStart) {
    const { centralSize, centralOffset } = values;
    const inferred = recordsStart - centralSize;
    if (inferred === centralOffset) {
      if (centralSize > 0 && await signatureAt(this.source, inferred) !== SIG_CENTRAL) {
        this.error(
          "central-missing",
          "central directory problems",
          `The end record places the central directory at byte ${centralOffset}, but no central directory entry is there.`,
          { offset: centralOffset }
        );
        return void 0;
      }
      return { start: inferred, shift: 0 };
    }
    const inferredHolds = inferred >= 0 && await signatureAt(this.source, inferred) === SIG_CENTRAL;
    const recordedHolds = await signatureAt(this.source, centralOffset) === SIG_CENTRAL;
    if (inferredHolds) {
      const shift = inferred - centralOffset;
      if (recordedHolds) {
        this.error(
          "central-offset",
          "central directory problems",
          `Two central directories: Python's zipfile reads the one at byte ${inferred} (right before the end record), miniz (PyTorch) and libzip the one at byte ${centralOffset} (the recorded offset).`,
          { offset: centralOffset }
        );
      } else if (shift < 0) {
        this.error(
          "central-offset",
          "central directory problems",
          `The central directory is at byte ${inferred}, ${-shift} bytes before the offset the end record gives (${centralOffset}): Python's zipfile shifts every offset to match, other readers find nothing there.`,
          { offset: inferred }
        );
      }
      return { start: inferred, shift };
    }
    if (recordedHolds) {
      this.error(
        "central-offset",
        "central directory problems",
        `The central directory at byte ${centralOffset} does not end where the end records begin (byte ${recordsStart}) with the recorded size of ${centralSize} bytes: Python's zipfile looks for it at byte ${inferred} and refuses the archive.`,
        { offset: centralOffset }
      );
      return { start: centralOffset, shift: 0 };
    }
    if (centralSize === 0 && values.entries === 0) return { start: Math.max(0, inferred), shift: 0 };
    this.error(
      "central-missing",
      "central directory problems",
      `No central directory: neither at byte ${centralOffset} (the recorded offset) nor at byte ${inferred} (right before the end records).`,
      { offset: Math.max(0, Math.min(centralOffset, this.source.size)) }
    );
    return void 0;
  }
  async readCentral(start, end) {
    const cursor = new Cursor(this.source, end);
    const records = [];
    let at = start;
    while (at < end) {
      if (records.length >= this.limits.maxEntries) {
        this.issues.add("limit", "limit issues", {
          ruleId: "model/scan-limit",
          level: "error",
          message: `The central directory holds more than ${this.limits.maxEntries} entries; the rest are not read.`,
          offset: at,
          properties: { limit: "maxEntries", value: this.limits.maxEntries }
        });
        return { records, limited: true };
      }
      const head = await cursor.bytes(at, CENTRAL_SIZE);
      if (head.length < CENTRAL_SIZE || at + CENTRAL_SIZE > end) {
        this.error(
          "central-truncated",
          "central directory problems",
          `The central directory ends inside an entry header at byte ${at}.`,
          { offset: at }
        );
        break;
      }
      if (u32(head, 0) !== SIG_CENTRAL) {
        this.error(
          "central-garbage",
          "central directory problems",
          `Bytes at ${at}, inside the central directory, are not an entry header: Python's zipfile refuses the archive, readers that count entries stop before them.`,
          { offset: at }
        );
        break;
      }
      const nameLength = u16(head, 28);
      const extraLength = u16(head, 30);
      const commentLength = u16(head, 32);
      const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
      if (next > end) {
        this.error(
          "central-truncated",
          "central directory problems",
          `The central directory entry at byte ${at} runs past the end of the central directory.`,
          { offset: at }
        );
        break;
      }
      const variable = await cursor.bytes(at + CENTRAL_SIZE, nameLength + extraLength);
      records.push(
        this.centralEntry(records.length, head, variable.slice(0, nameLength), variable.subarray(nameLength))
      );
      at = next;
    }
    return { records, limited: false };
  }
  /** One central entry, its extra fields resolved and its own fields checked. */
  centralEntry(index, head, nameBytes, extra) {
    const versionNeeded = head[6];
    const flags = u16(head, 8);
    const method = u16(head, 10);
    let compressedSize = u32(head, 20);
    let uncompressedSize = u32(head, 24);
    let disk = u16(head, 34);
    let localHeaderOffset = u32(head, 42);
    let name;
    let plainName;
    if (flags & FLAG_UTF8) {
      const decoded = decodeUtf8(nameBytes);
      name = decoded.text;
      plainName = decoded.plain;
      if (!decoded.valid) {
        this.error(
          "name-utf8",
          "name encoding problems",
          `Member ${quoted2(name)} is flagged UTF-8 (bit 11) but its name is not valid UTF-8: Python's zipfile refuses the archive, miniz (PyTorch) takes the raw bytes.`,
          { member: [name] }
        );
      }
    } else {
      name = cp437(nameBytes);
      plainName = name;
    }
    const member = [name];
    let zip64 = false;
    for (let field = 0; field + 4 <= extra.length; ) {
      const id = u16(extra, field);
      const length = u16(extra, field + 2);
      const data = extra.subarray(field + 4, field + 4 + length);
      if (field + 4 + length > extra.length) {
        this.error(
          "extra-corrupt",
          "extra field problems",
          `Member ${quoted2(name)} has an extra field (id ${hex(id, 4)}) that runs past the end of its extra data: Python's zipfile refuses the archive.`,
          { member }
        );
        break;
      }
      if (id === 1) {
        zip64 = true;
        let cursorAt = 0;
        const wide = (what, value, placeholder, bytes) => {
          if (value !== placeholder) return value;
          if (cursorAt + bytes > data.length) {
            this.error(
              "zip64",
              "zip64 problems",
              `Member ${quoted2(name)} has a zip64 extra field without the ${what} its header defers to it.`,
              { member }
            );
            return value;
          }
          const resolved = bytes === 8 ? u64(data, cursorAt) : u32(data, cursorAt);
          cursorAt += bytes;
          return resolved;
        };
        uncompressedSize = wide("uncompressed size", uncompressedSize, 4294967295, 8);
        compressedSize = wide("compressed size", compressedSize, 4294967295, 8);
        localHeaderOffset = wide("local header offset", localHeaderOffset, 4294967295, 8);
        disk = wide("disk number", disk, 65535, 4);
      } else if (id === 28789 && length >= 5 && data[0] === 1 && u32(data, 1) === crc32(nameBytes)) {
        const unicode = decodeUtf8(data.subarray(5)).text;
        if (unicode !== name) {
          this.error(
            "unicode-path",
            "name encoding problems",
            `Member ${quoted2(name)} carries an Info-ZIP Unicode Path field naming it ${quoted2(unicode)}: readers that honour the field and readers that do not (Python's zipfile, miniz) see different names.`,
            { member }
          );
        }
      }
      field += 4 + length;
    }
    if (versionNeeded > PYTHON_MAX_EXTRACT_VERSION) {
      this.error(
        "version",
        "version problems",
        `Member ${quoted2(name)} needs zip version ${(versionNeeded / 10).toFixed(1)} to extract: Python's zipfile refuses the whole archive, miniz (PyTorch) does not check.`,
        { member }
      );
    }
    if (disk !== 0) {
      this.warning("disks", "disk number problems", `Member ${quoted2(name)} starts on disk ${disk}.`, {
        member
      });
    }
    const encrypted = (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || method === METHOD_AES;
    if (encrypted) {
      this.error(
        "encrypted",
        "encrypted members",
        `Member ${quoted2(name)} is encrypted: its content cannot be scanned.`,
        { member, properties: { flags } }
      );
    } else if (method !== METHOD_STORED && method !== METHOD_DEFLATE) {
      const known = METHOD_NAMES[method];
      this.error(
        "method",
        "members with an unsupported method",
        `Member ${quoted2(name)} is compressed with method ${method}${known ? ` (${known})` : ""}: it is not scanned.`,
        { member, properties: { method } }
      );
    }
    if (flags & FLAG_PATCHED) {
      this.error(
        "patched",
        "flag problems",
        `Member ${quoted2(name)} is flagged as compressed patched data (bit 5): Python's zipfile refuses to read it, other readers ignore the flag.`,
        { member, properties: { flags } }
      );
    }
    for (const problem of nameProblems(plainName)) {
      this.issues.add(problem.kind, "member name problems", {
        ruleId: "model/archive-anomaly",
        level: problem.level,
        message: `Member ${quoted2(name)} ${problem.what}.`,
        member
      });
    }
    return {
      index,
      name,
      nameBytes,
      flags,
      method,
      crc32: u32(head, 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      zip64
    };
  }
  checkDuplicates(records) {
    const counts = /* @__PURE__ */ new Map();
    for (const record of records) counts.set(record.name, (counts.get(record.name) ?? 0) + 1);
    const byFolded = /* @__PURE__ */ new Map();
    for (const [name, count] of counts) {
      if (count > 1) {
        this.error(
          "duplicate",
          "duplicate names",
          `Member ${quoted2(name)} appears ${count} times in the central directory: Python's zipfile reads the last one, other readers may read the first.`,
          { member: [name], properties: { count } }
        );
      }
      const folded = name.toLowerCase();
      const other = byFolded.get(folded);
      if (other !== void 0) {
        this.warning(
          "duplicate-case",
          "names that differ only in case",
          `Members ${quoted2(other)} and ${quoted2(name)} differ only in case: extracted on a case-insensitive file system, one replaces the other.`,
          { member: [name] }
        );
      } else {
        byFolded.set(folded, name);
      }
    }
  }
  /** The local header of one entry, checked against the central entry; undefined when unreadable. */
  async readLocal(record, shift) {
    const { name } = record;
    const member = [name];
    const local = record.localHeaderOffset + shift;
    const properties = { localHeaderOffset: local };
    const head = await readRange(this.source, local, LOCAL_SIZE);
    if (head.length < LOCAL_SIZE || u32(head, 0) !== SIG_LOCAL) {
      this.error(
        "local-missing",
        "members without a local header",
        `Member ${quoted2(name)} has no local header at byte ${local}, where the central directory points: it cannot be read, and is not scanned.`,
        { member, properties }
      );
      return void 0;
    }
    const flags = u16(head, 6);
    const method = u16(head, 8);
    const crc = u32(head, 14);
    let compressedSize = u32(head, 18);
    let uncompressedSize = u32(head, 22);
    const nameLength = u16(head, 26);
    const extraLength = u16(head, 28);
    const dataOffset = local + LOCAL_SIZE + nameLength + extraLength;
    const variable = await readRange(this.source, local + LOCAL_SIZE, nameLength + extraLength);
    if (variable.length < nameLength + extraLength) {
      this.error(
        "data-outside",
        "members outside the file",
        `The local header of member ${quoted2(name)} at byte ${local} runs past the end of the file: it is not scanned.`,
        { member, properties }
      );
      return void 0;
    }
    const localName = variable.subarray(0, nameLength);
    if (!sameBytes(localName, record.nameBytes)) {
      const shown = flags & FLAG_UTF8 ? decodeUtf8(localName).text : cp437(localName);
      this.error(
        "local-name",
        "name mismatches",
        `Member ${quoted2(name)} is named ${quoted2(shown)} in its local header: Python's zipfile refuses to read it, miniz (PyTorch) reads it under the central name.`,
        { member, properties }
      );
    }
    const differing = flags ^ record.flags;
    if (differing & FLAG_DESCRIPTOR) {
      this.error(
        "descriptor-flag",
        "data descriptor problems",
        `Member ${quoted2(name)} has the data descriptor flag (bit 3) in its ${flags & FLAG_DESCRIPTOR ? "local header" : "central entry"} only: readers that trust one header look for the end of the data elsewhere than readers that trust the other.`,
        { member, properties }
      );
    }
    if (differing & ~FLAG_DESCRIPTOR) {
      const level = differing & FLAGS_THAT_MATTER & ~FLAG_DESCRIPTOR ? "error" : "warning";
      this.issues.add("local-flags", "flag mismatches", {
        ruleId: "model/archive-anomaly",
        level,
        message: `Member ${quoted2(name)} has flags ${hex(flags, 4)} in its local header, ${hex(record.flags, 4)} in the central directory.`,
        member,
        properties
      });
    }
    if (method !== record.method) {
      this.error(
        "local-method",
        "method mismatches",
        `Member ${quoted2(name)} is compressed with method ${method} by its local header, ${record.method} by the central directory.`,
        { member, properties }
      );
    }
    if (((flags | record.flags) & FLAG_DESCRIPTOR) === 0) {
      const extra = variable.subarray(nameLength);
      for (let field = 0; field + 4 <= extra.length; ) {
        const id = u16(extra, field);
        const length = u16(extra, field + 2);
        if (id === 1 && field + 4 + length <= extra.length) {
          let at = field + 4;
          if (uncompressedSize === 4294967295 && at + 8 <= field + 4 + length) {
            uncompressedSize = u64(extra, at);
            at += 8;
          }
          if (compressedSize === 4294967295 && at + 8 <= field + 4 + length) compressedSize = u64(extra, at);
          break;
        }
        field += 4 + length;
      }
      const disagreements = [];
      if (crc !== record.crc32) disagreements.push(`CRC-32 ${hex(crc)} (central ${hex(record.crc32)})`);
      if (compressedSize !== record.compressedSize)
        disagreements.push(`compressed size ${compressedSize} (central ${record.compressedSize})`);
      if (uncompressedSize !== record.uncompressedSize)
        disagreements.push(`size ${uncompressedSize} (central ${record.uncompressedSize})`);
      if (disagreements.length > 0) {
        this.error(
          "local-sizes",
          "size mismatches",
          `Member ${quoted2(name)} has, in its local header, ${disagreements.join(", ")}: readers that walk local headers read other data than readers that use the central directory.`,
          { member, properties }
        );
      }
    }
    const dataEnd = dataOffset + record.compressedSize;
    if (!Number.isSafeInteger(dataEnd) || dataEnd > this.source.size) {
      this.error(
        "data-outside",
        "members outside the file",
        `Member ${quoted2(name)} has ${record.compressedSize} bytes of data from byte ${dataOffset}, past the end of the file: it is not scanned.`,
        { member, properties }
      );
      return void 0;
    }
    let descriptorLength = 0;
    if ((flags | record.flags) & FLAG_DESCRIPTOR) {
      descriptorLength = await this.readDescriptor(record, dataEnd, member, properties);
    }
    return {
      index: record.index,
      name,
      method: record.method,
      flags: record.flags,
      crc32: record.crc32,
      compressedSize: record.compressedSize,
      uncompressedSize: record.uncompressedSize,
      localHeaderOffset: local,
      dataOffset,
      encrypted: (record.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || record.method === METHOD_AES,
      descriptorLength
    };
  }
  /**
   * A data descriptor in any of its four forms (signature or not, 32- or 64-bit sizes); the one
   * that repeats the central entry's CRC and sizes is taken. Returns its length, 0 if none.
   */
  async readDescriptor(record, at, member, properties) {
    const bytes = await readRange(this.source, at, 24);
    const matches = (from, wide) => {
      const length = from + 4 + (wide ? 16 : 8);
      if (bytes.length < length) return false;
      const compressed = wide ? u64(bytes, from + 4) : u32(bytes, from + 4);
      const uncompressed = wide ? u64(bytes, from + 12) : u32(bytes, from + 8);
      return u32(bytes, from) === record.crc32 && compressed === record.compressedSize && uncompressed === record.uncompressedSize;
    };
    const signed = bytes.length >= 4 && u32(bytes, 0) === SIG_DESCRIPTOR;
    if (signed && matches(4, false)) return 16;
    if (signed && matches(4, true)) return 24;
    if (matches(0, false)) return 12;
    if (matches(0, true)) return 20;
    this.error(
      "descriptor-missing",
      "data descriptor problems",
      signed ? `Member ${quoted2(record.name)} has a data descriptor at byte ${at} that disagrees with its central entry (CRC-32 or sizes).` : `Member ${quoted2(record.name)} is flagged as followed by a data descriptor (bit 3), but none is at byte ${at}.`,
      { member, properties }
    );
    return signed ? Math.min(bytes.length, record.zip64 ? 24 : 16) : 0;
  }
  /**
   * Every byte of a zip belongs to a header, member data, the central directory or the end
   * records. Overlaps are the overlapping-file zip bomb (and let two members share a payload);
   * bytes nobody covers are where a second archive, or a pickle, hides. Returns the prefix length.
   */
  async checkCoverage(spans, shift) {
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const first = spans[0];
    const prefixLength = Math.max(0, first.start);
    if (prefixLength > 0) {
      const hidden = await signatureAt(this.source, 0) === SIG_LOCAL;
      const layout = shift > 0 ? ` The archive's offsets count from byte ${shift}: Python's zipfile adds ${shift} to each, miniz (PyTorch) and libzip find no headers where they point.` : shift === 0 ? " The archive records its offsets from the start of the file (a self-extracting layout)." : "";
      this.error(
        "prefix",
        "prefixes",
        hidden ? `The file starts with a local header that no central entry lists, ${prefixLength} bytes ahead of everything the central directory lists: readers that walk local headers see a member the central directory hides.${layout}` : `${prefixLength} bytes precede the first local header: a loader that reads from the start of the file (torch.load, numpy.load, pickle.load) sees them instead of the archive.${layout}`,
        { offset: 0, properties: { prefixLength, offsetShift: shift } }
      );
    }
    let coveredEnd = first.end;
    let owner = first;
    for (const span of spans.slice(1)) {
      if (span.start < coveredEnd) {
        const member = span.member ?? owner.member;
        this.error(
          "overlap",
          "overlapping members",
          `${capitalized(owner.what)} and ${span.what} overlap (bytes ${span.start} to ${Math.min(span.end, coveredEnd)}): one range of bytes read as several members is the overlapping-file zip bomb, and readers need not agree which member owns it.`,
          { ...member !== void 0 ? { member: [member] } : {}, properties: { start: span.start } }
        );
      } else if (span.start > coveredEnd) {
        await this.reportGap(coveredEnd, span.start);
      }
      if (span.end > coveredEnd) {
        coveredEnd = span.end;
        owner = span;
      }
    }
    return prefixLength;
  }
  async reportGap(start, end) {
    if (await signatureAt(this.source, start) === SIG_LOCAL) {
      this.error(
        "hidden-member",
        "unlisted local headers",
        `A local header at byte ${start} belongs to no central entry: readers that walk local headers see a member the central directory hides.`,
        { offset: start, properties: { length: end - start } }
      );
      return;
    }
    this.warning(
      "gap",
      "uncovered byte ranges",
      `${end - start} bytes at byte ${start} belong to no member, header or directory.`,
      { offset: start, properties: { length: end - start } }
    );
  }
};
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
async function readZipDirectory(source, limits = {}) {
  return new ZipReader(source, { ...DEFAULT_ZIP_LIMITS, ...limits }).read();
}
async function readZipMember(source, entry, sink, limits = {}) {
  const settings = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (entry.encrypted) return { bytes: 0, complete: false, issues: [], skipped: "encrypted" };
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    return { bytes: 0, complete: false, issues: [], skipped: "method" };
  }
  const reader = new MemberReader(source, entry, sink, settings);
  return entry.method === METHOD_STORED ? reader.stored() : reader.deflated();
}
var MemberReader = class {
  constructor(source, entry, sink, limits) {
    this.source = source;
    this.entry = entry;
    this.sink = sink;
    this.limits = limits;
    this.member = [entry.name];
    const ratioCap = entry.method === METHOD_DEFLATE ? Math.max(limits.ratioFloorBytes, limits.maxRatio * entry.compressedSize) : Number.POSITIVE_INFINITY;
    this.cap = Math.min(limits.maxMemberBytes, ratioCap);
  }
  source;
  entry;
  sink;
  limits;
  issues = [];
  member;
  delivered = 0;
  crc = 0;
  stoppedBySink = false;
  limitHit = false;
  /** An exception from the sink, rethrown once the inflater is shut: it is the caller's bug. */
  sinkError;
  cap;
  error(message, extra = {}) {
    this.issues.push({
      ruleId: "model/archive-anomaly",
      level: "error",
      message,
      member: this.member,
      ...extra
    });
  }
  /** Hands `piece` to the sink within the cap; false once reading must stop. */
  deliver(piece) {
    if (this.stoppedBySink || this.limitHit || this.sinkError !== void 0) return false;
    let chunk = piece;
    if (this.delivered + chunk.length > this.cap) {
      chunk = chunk.subarray(0, this.cap - this.delivered);
      this.limitHit = true;
    }
    if (chunk.length > 0) {
      this.crc = crc32(chunk, this.crc);
      this.delivered += chunk.length;
      try {
        if (this.sink(chunk) === false) this.stoppedBySink = true;
      } catch (error) {
        this.sinkError = error;
        return false;
      }
    }
    return !this.stoppedBySink && !this.limitHit;
  }
  async stored() {
    const { entry } = this;
    let offset = 0;
    let truncated2 = false;
    while (offset < entry.compressedSize) {
      const chunk = await readRange(
        this.source,
        entry.dataOffset + offset,
        Math.min(MEMBER_CHUNK, entry.compressedSize - offset)
      );
      if (chunk.length === 0) {
        truncated2 = true;
        break;
      }
      offset += chunk.length;
      if (!this.deliver(chunk)) break;
    }
    if (this.sinkError !== void 0) throw this.sinkError;
    if (truncated2) {
      this.error(
        `Member ${quoted2(entry.name)} ends at byte ${offset} of its ${entry.compressedSize} stored bytes.`,
        {
          offset
        }
      );
    }
    return this.finish(!truncated2);
  }
  async deflated() {
    const { entry } = this;
    const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let failure;
    let streamEnded = false;
    inflater.on("data", (piece) => {
      if (!this.deliver(piece)) inflater.destroy();
    });
    const settled = new Promise((resolve) => {
      inflater.once("end", () => {
        streamEnded = true;
        resolve();
      });
      inflater.once("error", (error) => {
        failure = error;
        resolve();
      });
      inflater.once("close", () => resolve());
    });
    const stopped = () => this.stoppedBySink || this.limitHit || this.sinkError !== void 0 || failure !== void 0 || streamEnded;
    let fed = 0;
    let truncated2 = false;
    let ranShort = false;
    while (fed < entry.compressedSize && !stopped()) {
      const chunk = await readRange(
        this.source,
        entry.dataOffset + fed,
        Math.min(MEMBER_CHUNK, entry.compressedSize - fed)
      );
      if (chunk.length === 0) {
        truncated2 = true;
        break;
      }
      fed += chunk.length;
      await Promise.race([new Promise((resolve) => inflater.write(chunk, () => resolve())), settled]);
      if (inflater.bytesWritten < fed) {
        ranShort = true;
        break;
      }
    }
    if (!stopped()) inflater.end();
    else if (!streamEnded) inflater.destroy();
    await settled;
    inflater.destroy();
    if (this.sinkError !== void 0) throw this.sinkError;
    const consumed = inflater.bytesWritten;
    if (this.stoppedBySink || this.limitHit) return this.finish(false);
    if (failure !== void 0) {
      const code = failure.code;
      const reason = code === "Z_BUF_ERROR" ? truncated2 ? `its data ends at byte ${fed} of ${entry.compressedSize}` : "the deflate stream ends before its last block" : `the deflate data is corrupt (${typeof code === "string" ? code : "zlib error"})`;
      this.error(
        `Member ${quoted2(entry.name)} cannot be decompressed past byte ${this.delivered}: ${reason}. Readers that stop at the error and readers that recover see different content.`,
        { offset: this.delivered, properties: { compressedOffset: consumed } }
      );
      return this.finish(false);
    }
    if (truncated2) {
      this.error(
        `Member ${quoted2(entry.name)} ends at byte ${fed} of its ${entry.compressedSize} compressed bytes.`,
        {
          offset: this.delivered
        }
      );
      return this.finish(false);
    }
    if (ranShort || consumed < entry.compressedSize) {
      this.issues.push({
        ruleId: "model/archive-anomaly",
        level: "warning",
        message: `Member ${quoted2(entry.name)}'s deflate stream ends after ${consumed} of its ${entry.compressedSize} compressed bytes: the ${entry.compressedSize - consumed} bytes after it are read by no zip reader.`,
        member: this.member,
        offset: this.delivered,
        properties: { fileOffset: entry.dataOffset + consumed, length: entry.compressedSize - consumed }
      });
    }
    return this.finish(true);
  }
  finish(whole) {
    const { entry } = this;
    if (this.limitHit) {
      const byRatio = this.cap < this.limits.maxMemberBytes;
      this.issues.push({
        ruleId: "model/scan-limit",
        level: "error",
        message: byRatio ? `Member ${quoted2(entry.name)} decompresses to more than ${this.cap} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): a zip bomb; the rest is not read.` : `Member ${quoted2(entry.name)} decompresses to more than ${this.cap} bytes; the rest is not read.`,
        member: this.member,
        offset: this.delivered,
        properties: byRatio ? { limit: "maxRatio", value: this.limits.maxRatio } : { limit: "maxMemberBytes", value: this.limits.maxMemberBytes }
      });
      return { bytes: this.delivered, complete: false, issues: this.issues };
    }
    if (!whole || this.stoppedBySink) return { bytes: this.delivered, complete: false, issues: this.issues };
    if (this.delivered !== entry.uncompressedSize) {
      this.error(
        `Member ${quoted2(entry.name)} decompresses to ${this.delivered} bytes, its central entry says ${entry.uncompressedSize}: Python's zipfile reads only the announced size, the scan read all of it.`,
        { offset: Math.min(this.delivered, entry.uncompressedSize) }
      );
    }
    if (this.crc !== entry.crc32) {
      this.error(
        `Member ${quoted2(entry.name)} has CRC-32 ${hex(this.crc)}, its central entry says ${hex(entry.crc32)}: Python's zipfile refuses the member, readers that skip the check load it anyway.`,
        { properties: { crc32: this.crc, expected: entry.crc32 } }
      );
    }
    return { bytes: this.delivered, complete: true, issues: this.issues };
  }
};

export {
  bufferSource,
  fileSource,
  sliceSource,
  WireType,
  ProtoMalformedError,
  asInt64,
  ProtoReader,
  bufferFields,
  packedVarints,
  propertyText,
  quoted,
  IssueList,
  protoText,
  IssueList2,
  quoted2,
  decodeUtf8,
  nameProblems,
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  readZipMember
};
