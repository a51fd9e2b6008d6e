/**
 * A minimal reader of the protobuf wire format over a ByteSource, for the ONNX and SavedModel
 * analyzers. A schema library wants the whole message in memory; an ONNX file keeps gigabytes of
 * tensor data inline, so this reader walks fields in place and leaves it to the caller to open a
 * length-delimited field as a nested message (a window of the same source) or skip it unread.
 *
 * Bytes are fetched in chunks that start small after every jump and grow while the walk stays
 * sequential: a file of many small fields is read in 64 KiB pieces, one whose bulk is a few large
 * fields costs a few KiB around each header. Nothing is allocated from a length the file declares.
 *
 * Groups (wire types 3 and 4) are malformed here: neither ONNX nor TensorFlow uses them, and a
 * parser that skipped them would have to trust the file to close what it opened.
 */
import type { ByteSource } from './source.js';

export const WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5,
} as const;

export interface ProtoLimits {
  /** Messages open at once, the root included (protobuf's own parsers stop at 100). */
  readonly maxDepth: number;
  /** Fields read across the whole walk, every message counted. */
  readonly maxFields: number;
  /** The largest chunk read from the source at once. */
  readonly maxChunkBytes: number;
  /** The chunk read after a jump (a skipped field, a new message elsewhere). */
  readonly minChunkBytes: number;
}

export const DEFAULT_PROTO_LIMITS: ProtoLimits = {
  maxDepth: 100,
  maxFields: 20_000_000,
  maxChunkBytes: 64 * 1024,
  minChunkBytes: 4 * 1024,
};

interface FieldBase {
  readonly field: number;
  /** Where the field's tag starts. */
  readonly tagOffset: number;
  /** Where its value (for a length-delimited field, its payload) starts. */
  readonly offset: number;
}

export interface VarintField extends FieldBase {
  readonly wireType: 0;
  /** The 64 bits as written: a negative int64 reads as 2^64 + value (see `asInt64`). */
  readonly value: bigint;
}

export interface Fixed64Field extends FieldBase {
  readonly wireType: 1;
  readonly value: bigint;
}

export interface Fixed32Field extends FieldBase {
  readonly wireType: 5;
  /** Unsigned. */
  readonly value: number;
}

export interface LengthField extends FieldBase {
  readonly wireType: 2;
  /** Bytes of payload, from `offset`; already checked to end inside the enclosing message. */
  readonly length: number;
}

export type ProtoField = VarintField | Fixed64Field | Fixed32Field | LengthField;

/** The file is not valid protobuf at `offset`. `message` is our own words, never file content. */
export class ProtoMalformedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ProtoMalformedError';
  }
}

/** The walk stopped at one of the ProtoLimits. */
export class ProtoLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly limit: 'maxDepth' | 'maxFields',
  ) {
    super(message);
    this.name = 'ProtoLimitError';
  }
}

export interface DecodedText {
  /** The text, or its first `maxBytes` bytes; invalid sequences read as U+FFFD. */
  readonly text: string;
  /** False when the bytes are not UTF-8: a string field a strict parser would reject. */
  readonly valid: boolean;
  /** True when the field was longer than asked for and only its start was decoded. */
  readonly truncated: boolean;
}

/** A signed int64 (or int32, which protobuf sign-extends to 64 bits) as written in a varint. */
export function asInt64(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

// The longest varint: 10 bytes carry 64 bits, the tenth holding only the top bit.
const MAX_VARINT_BYTES = 10;
// Enough for any tag plus the varint that follows it (length or value).
const HEADER_BYTES = 2 * MAX_VARINT_BYTES;
const MAX_FIELD_NUMBER = 2 ** 29 - 1;

/** A varint's value and where it ends; -1 as end when the bytes run out first. */
interface Decoded {
  value: bigint;
  /** The same value when it fits in a double exactly, else -1. */
  small: number;
  end: number;
}

export class ProtoReader {
  readonly limits: ProtoLimits;
  #chunk: Uint8Array = new Uint8Array(0);
  #chunkStart = 0;
  #nextChunkBytes: number;
  #fields = 0;

  constructor(
    readonly source: ByteSource,
    limits: Partial<ProtoLimits> = {},
  ) {
    this.limits = { ...DEFAULT_PROTO_LIMITS, ...limits };
    this.#nextChunkBytes = this.limits.minChunkBytes;
  }

  /** The whole source as one message. */
  root(): ProtoMessage {
    return new ProtoMessage(this, 0, this.source.size, 1);
  }

  /** Fields read so far, across every message of this reader. */
  get fieldsRead(): number {
    return this.#fields;
  }

  /**
   * Makes `[offset, offset + wanted)` (clipped to `end`) available in the chunk and returns the
   * chunk's view from `offset`. Reads only when that range is not already buffered.
   */
  async view(offset: number, wanted: number, end: number): Promise<Uint8Array> {
    const need = Math.max(0, Math.min(wanted, end - offset));
    const chunkEnd = this.#chunkStart + this.#chunk.length;
    if (offset >= this.#chunkStart && offset + need <= chunkEnd) {
      return this.#chunk.subarray(offset - this.#chunkStart);
    }
    // Growing only while the walk continues from the buffered bytes keeps a skip cheap.
    const sequential = this.#chunk.length > 0 && offset >= this.#chunkStart && offset <= chunkEnd;
    const size = sequential
      ? Math.min(this.#nextChunkBytes * 2, this.limits.maxChunkBytes)
      : this.limits.minChunkBytes;
    this.#nextChunkBytes = size;
    const length = Math.min(Math.max(size, need), this.source.size - offset);
    this.#chunk = length > 0 ? await this.source.read(offset, length) : new Uint8Array(0);
    this.#chunkStart = offset;
    return this.#chunk;
  }

  /** Counts a field against maxFields. */
  countField(offset: number): void {
    this.#fields += 1;
    if (this.#fields > this.limits.maxFields) {
      throw new ProtoLimitError(
        `more than ${this.limits.maxFields} protobuf fields; the rest was not read`,
        offset,
        'maxFields',
      );
    }
  }

  /**
   * The first `maxBytes` of a field's payload. Payloads longer than a chunk are read from the
   * source directly so the chunk keeps the headers around them.
   */
  async bytes(field: LengthField, maxBytes: number): Promise<Uint8Array> {
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
  async text(field: LengthField, maxBytes: number): Promise<DecodedText> {
    const data = await this.bytes(field, maxBytes);
    const isTruncated = data.length < field.length;
    try {
      // A cut inside a multi-byte sequence is not an error: streaming keeps the partial tail.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(data, { stream: isTruncated });
      return { text, valid: true, truncated: isTruncated };
    } catch {
      return { text: new TextDecoder('utf-8').decode(data), valid: false, truncated: isTruncated };
    }
  }
}

function truncated(offset: number): ProtoMalformedError {
  return new ProtoMalformedError('the file ends inside a protobuf field', offset);
}

/** Decodes a varint from `bytes` at `at`; end -1 when it is cut off by the end of `bytes`. */
function decodeVarint(bytes: Uint8Array, at: number, offset: number): Decoded {
  let small = 0;
  let multiplier = 1;
  for (let index = 0; index < MAX_VARINT_BYTES; index += 1) {
    if (at + index >= bytes.length) return { value: 0n, small: -1, end: -1 };
    const byte = bytes[at + index]!;
    // The tenth byte holds bit 63 only: anything more is an overflow or an eleventh byte.
    if (index === MAX_VARINT_BYTES - 1 && byte > 1) {
      throw new ProtoMalformedError(
        `a varint is longer than ${MAX_VARINT_BYTES} bytes or overflows 64 bits`,
        offset,
      );
    }
    small += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    if ((byte & 0x80) === 0) {
      const end = at + index + 1;
      if (Number.isSafeInteger(small)) return { value: BigInt(small), small, end };
      return { value: exactVarint(bytes, at, end), small: -1, end };
    }
  }
  // Unreachable: the tenth byte either ends the varint or throws above.
  throw new ProtoMalformedError('a varint does not end', offset);
}

function exactVarint(bytes: Uint8Array, at: number, end: number): bigint {
  let value = 0n;
  for (let index = end - 1; index >= at; index -= 1) value = (value << 7n) | BigInt(bytes[index]! & 0x7f);
  return value;
}

/**
 * The field whose tag starts at `tagOffset`, from `header`: the bytes from there, at least
 * HEADER_BYTES of them unless the message `end`s first.
 */
function parseField(header: Uint8Array, tagOffset: number, end: number): { field: ProtoField; next: number } {
  const tag = decodeVarint(header, 0, tagOffset);
  if (tag.end < 0) throw truncated(tagOffset);
  if (tag.small < 0) throw new ProtoMalformedError('a field number is out of range', tagOffset);
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
        next: tagOffset + value.end,
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
        throw new ProtoMalformedError('a length-delimited field runs past the end of its message', tagOffset);
      }
      return {
        field: { field, wireType, tagOffset, offset: payload, length: length.small },
        next: payload + length.small,
      };
    }
    case WireType.StartGroup:
    case WireType.EndGroup:
      throw new ProtoMalformedError(`field ${field} is a group (wire type ${wireType})`, tagOffset);
    default:
      throw new ProtoMalformedError(`field ${field} has unknown wire type ${wireType}`, tagOffset);
  }
}

/**
 * The fields of `bytes[start, end)` in file order, for a caller that holds the whole message in
 * memory and wants it decoded synchronously (offsets are into `bytes`). Nesting and field counts
 * are the caller's to bound: every field costs at least two bytes, so a walk is linear in them.
 */
export function* bufferFields(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
): Generator<ProtoField, void, undefined> {
  let at = start;
  while (at < end) {
    const { field, next } = parseField(bytes.subarray(at, Math.min(end, at + HEADER_BYTES)), at, end);
    at = next;
    yield field;
  }
}

/**
 * The values of a packed repeated varint field, `bytes[start, end)`, as written (a negative
 * int64 reads as 2^64 + value, see `asInt64`).
 */
export function* packedVarints(
  bytes: Uint8Array,
  start: number,
  end: number,
): Generator<bigint, void, undefined> {
  const window = bytes.subarray(0, end);
  let at = start;
  while (at < end) {
    const varint = decodeVarint(window, at, at);
    if (varint.end < 0) throw truncated(at);
    at = varint.end;
    yield varint.value;
  }
}

/** One message: a byte range of the source, walked field by field. */
export class ProtoMessage {
  constructor(
    readonly reader: ProtoReader,
    readonly start: number,
    readonly end: number,
    /** 1 for the root; every `open` adds one. */
    readonly depth: number,
  ) {}

  /**
   * The message's fields in file order. Throws ProtoMalformedError where the bytes are not a
   * valid message (fields before that point have been yielded) and ProtoLimitError at maxFields.
   */
  async *fields(): AsyncGenerator<ProtoField, void, undefined> {
    const reader = this.reader;
    let at = this.start;
    while (at < this.end) {
      reader.countField(at);
      const view = await reader.view(at, HEADER_BYTES, this.end);
      const available = Math.min(view.length, this.end - at);
      const { field, next } = parseField(
        available < view.length ? view.subarray(0, available) : view,
        at,
        this.end,
      );
      at = next;
      yield field;
    }
  }

  /** A length-delimited field of this message as a nested message. */
  open(field: LengthField): ProtoMessage {
    const depth = this.depth + 1;
    if (depth > this.reader.limits.maxDepth) {
      throw new ProtoLimitError(
        `protobuf messages nest deeper than ${this.reader.limits.maxDepth}; the rest was not read`,
        field.tagOffset,
        'maxDepth',
      );
    }
    return new ProtoMessage(this.reader, field.offset, field.offset + field.length, depth);
  }
}
