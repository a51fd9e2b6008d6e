/**
 * A read-only HDF5 reader that goes exactly as far as scan-model needs: the attributes of the root
 * group, where a legacy Keras `.h5` keeps `model_config`, `training_config`, `keras_version` and
 * `backend`. It reads the superblock (versions 0-3, after a user block too), the root group's
 * object header (version 1, and version 2 with its checksums), continuation blocks, attribute
 * messages (versions 1-3) stored in the header, and dense attribute storage (a fractal heap indexed
 * by a version 2 B-tree). String values are returned as raw bytes: fixed-length strings (class 3)
 * and variable-length strings (class 9, kept in global heap collections).
 *
 * Everything a hostile file declares (header and block sizes, counts, addresses, heap object
 * lengths) is checked against the file's size and the limits before anything is read, chains of
 * blocks are followed with loop detection, and nothing is allocated for a length the file does not
 * hold. What the reader cannot follow is reported, never skipped silently.
 *
 * Reference: the HDF5 File Format Specification, version 3.0.
 */
import { printable } from '../../core/escape.js';
import type { ModelIssue, ModelIssueLevel, ModelRuleId } from './model-issue.js';
import type { ByteSource } from './source.js';

export interface Hdf5Limits {
  /** Bytes of one object header chunk (the v1 header, a v2 chunk or a continuation block). */
  readonly maxChunkBytes: number;
  /** Chunks of one object header, the first one included. */
  readonly maxChunks: number;
  /** Header messages, over all chunks. */
  readonly maxMessages: number;
  /** Bytes of one attribute's string value. */
  readonly maxStringBytes: number;
  /** Objects walked in one global heap collection to find a string. */
  readonly maxHeapObjects: number;
  /** Attributes in dense storage (records of the name index). */
  readonly maxDenseAttributes: number;
  /** Levels of a v2 B-tree or of a fractal heap's indirect blocks. */
  readonly maxTreeDepth: number;
  /** Root attributes kept in the result. */
  readonly maxAttributes: number;
}

export const DEFAULT_HDF5_LIMITS: Hdf5Limits = {
  maxChunkBytes: 4 * 1024 * 1024,
  maxChunks: 256,
  maxMessages: 16_384,
  maxStringBytes: 64 * 1024 * 1024,
  maxHeapObjects: 65_536,
  maxDenseAttributes: 100_000,
  maxTreeDepth: 8,
  maxAttributes: 4096,
};

export interface Hdf5RootAttributes {
  /**
   * Root attributes whose value is one string (a scalar or a one-element dataspace), by name, as
   * the raw bytes HDF5 stores; trailing NULs of a fixed-length string are removed as numpy does.
   * Attributes of other types (numbers, string arrays) are not listed.
   */
  readonly attributes: Map<string, Uint8Array>;
  /** Names of all root attributes read, of any type, in the order they were found. */
  readonly names: string[];
  readonly issues: ModelIssue[];
  /** Superblock version, when one was found. */
  readonly superblockVersion?: number;
}

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const SHOWN_CHARS = 120;

const MSG_ATTRIBUTE = 0x000c;
const MSG_CONTINUATION = 0x0010;
const MSG_ATTRIBUTE_INFO = 0x0015;
const MSG_FLAG_SHARED = 0x02;

/** Why reading stopped; becomes one ModelIssue. */
class Hdf5Stop extends Error {
  constructor(
    readonly ruleId: ModelRuleId,
    readonly level: ModelIssueLevel,
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

function malformed(message: string, offset?: number): Hdf5Stop {
  return new Hdf5Stop('model/malformed-file', 'error', message, offset);
}

function limit(message: string, offset?: number): Hdf5Stop {
  return new Hdf5Stop('model/scan-limit', 'error', message, offset);
}

function notRead(message: string, offset?: number): Hdf5Stop {
  return new Hdf5Stop('model/not-scanned', 'warning', message, offset);
}

function show(text: string): string {
  const escaped = printable(text.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
  return escaped.length > SHOWN_CHARS ? `${escaped.slice(0, SHOWN_CHARS)}...` : escaped;
}

/** Bounds-checked little-endian reads over one block; `base` is the block's file offset. */
class Cursor {
  pos = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly base: number,
    readonly what: string,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  need(count: number): void {
    if (count > this.remaining) {
      throw malformed(
        `${this.what} ends inside a field (${count} bytes needed, ${this.remaining} left)`,
        this.at(),
      );
    }
  }

  at(): number {
    return this.base + this.pos;
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }

  u16(): number {
    return this.uint(2);
  }

  u32(): number {
    return this.uint(4);
  }

  /** An unsigned integer of 1-8 bytes; above 2^53 it becomes Infinity (beyond any limit or file). */
  uint(size: number): number {
    this.need(size);
    let value = 0;
    let scale = 1;
    let allOnes = true;
    for (let i = 0; i < size; i++) {
      const byte = this.bytes[this.pos + i]!;
      if (byte !== 0xff) allOnes = false;
      value += byte * scale;
      scale *= 256;
    }
    this.pos += size;
    if (allOnes && size === 8) return Number.POSITIVE_INFINITY;
    return value > Number.MAX_SAFE_INTEGER ? Number.POSITIVE_INFINITY : value;
  }

  /** An address field: undefined for HDF5's "undefined address" (all bits set). */
  address(size: number): number | undefined {
    this.need(size);
    const allOnes = this.bytes.subarray(this.pos, this.pos + size).every((byte) => byte === 0xff);
    const value = this.uint(size);
    return allOnes ? undefined : value;
  }

  take(count: number): Uint8Array {
    this.need(count);
    const out = this.bytes.subarray(this.pos, this.pos + count);
    this.pos += count;
    return out;
  }

  skip(count: number): void {
    this.need(count);
    this.pos += count;
  }
}

// ---- Jenkins lookup3, the checksum of v2 metadata blocks ---------------------------------------

function rot(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function mix(s: Int32Array): void {
  // s = [a, b, c]; Int32Array stores wrap to 32 bits as the C code's uint32_t arithmetic does.
  s[0]! -= s[2]!;
  s[0]! ^= rot(s[2]!, 4);
  s[2]! += s[1]!;
  s[1]! -= s[0]!;
  s[1]! ^= rot(s[0]!, 6);
  s[0]! += s[2]!;
  s[2]! -= s[1]!;
  s[2]! ^= rot(s[1]!, 8);
  s[1]! += s[0]!;
  s[0]! -= s[2]!;
  s[0]! ^= rot(s[2]!, 16);
  s[2]! += s[1]!;
  s[1]! -= s[0]!;
  s[1]! ^= rot(s[0]!, 19);
  s[0]! += s[2]!;
  s[2]! -= s[1]!;
  s[2]! ^= rot(s[1]!, 4);
  s[1]! += s[0]!;
}

function final(s: Int32Array): void {
  s[2]! ^= s[1]!;
  s[2]! -= rot(s[1]!, 14);
  s[0]! ^= s[2]!;
  s[0]! -= rot(s[2]!, 11);
  s[1]! ^= s[0]!;
  s[1]! -= rot(s[0]!, 25);
  s[2]! ^= s[1]!;
  s[2]! -= rot(s[1]!, 16);
  s[0]! ^= s[2]!;
  s[0]! -= rot(s[2]!, 4);
  s[1]! ^= s[0]!;
  s[1]! -= rot(s[0]!, 14);
  s[2]! ^= s[1]!;
  s[2]! -= rot(s[1]!, 24);
}

/** Bob Jenkins' lookup3 `hashlittle`, byte by byte (what H5_checksum_lookup3 computes). */
export function lookup3(data: Uint8Array, initval = 0): number {
  const s = new Int32Array(3).fill((0xdeadbeef + data.length + initval) | 0);
  const word = (bytes: Uint8Array, at: number): number =>
    bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  let i = 0;
  for (; data.length - i > 12; i += 12) {
    s[0]! += word(data, i);
    s[1]! += word(data, i + 4);
    s[2]! += word(data, i + 8);
    mix(s);
  }
  if (data.length - i === 0) return s[2]! >>> 0;
  const tail = new Uint8Array(12);
  tail.set(data.subarray(i));
  s[0]! += word(tail, 0);
  s[1]! += word(tail, 4);
  s[2]! += word(tail, 8);
  final(s);
  return s[2]! >>> 0;
}

// ---- the reader ---------------------------------------------------------------------------------

interface HeaderMessage {
  readonly type: number;
  readonly flags: number;
  readonly data: Uint8Array;
  /** File offset of the message's data. */
  readonly offset: number;
}

interface Datatype {
  readonly kind: 'fixed-string' | 'vlen-string' | 'other';
  readonly size: number;
  /** Padding of a fixed-length string: 0 NUL-terminated, 1 NUL-padded, 2 space-padded. */
  readonly padding: number;
}

class Reader {
  offsetSize = 8;
  lengthSize = 8;
  /** File offset that HDF5 addresses are relative to (the superblock's, after a user block). */
  base = 0;
  readonly issues: ModelIssue[] = [];
  readonly attributes = new Map<string, Uint8Array>();
  readonly names: string[] = [];
  private readonly seen = new Set<string>();
  private readonly heapIndexes = new Map<number, Map<number, { at: number; size: number }>>();

  constructor(
    readonly source: ByteSource,
    readonly limits: Hdf5Limits,
  ) {}

  report(stop: Hdf5Stop): void {
    this.issues.push({
      ruleId: stop.ruleId,
      level: stop.level,
      message: stop.message,
      ...(stop.offset === undefined ? {} : { offset: stop.offset }),
    });
  }

  /** Exactly `length` bytes at file offset `at`, or a malformed-file stop naming `what`. */
  async read(at: number, length: number, what: string): Promise<Uint8Array> {
    if (
      !Number.isSafeInteger(at) ||
      at < 0 ||
      !Number.isSafeInteger(length) ||
      at + length > this.source.size
    ) {
      throw malformed(
        `${what} at offset ${at} (${length} bytes) lies outside the file of ${this.source.size} bytes`,
        at,
      );
    }
    const bytes = await this.source.read(at, length);
    if (bytes.length !== length) throw malformed(`${what} at offset ${at} is truncated`, at);
    return bytes;
  }

  /** A relative address as a file offset. */
  fileOffset(address: number | undefined, what: string, at: number): number {
    if (address === undefined) throw malformed(`${what} has an undefined address`, at);
    const absolute = this.base + address;
    if (!Number.isSafeInteger(absolute) || absolute >= this.source.size) {
      throw malformed(`${what} points to address ${address}, outside the file`, at);
    }
    return absolute;
  }

  verifyChecksum(block: Uint8Array, at: number, what: string): void {
    if (block.length < 4) throw malformed(`${what} is too short for its checksum`, at);
    const stored = new DataView(block.buffer, block.byteOffset + block.length - 4, 4).getUint32(0, true);
    const computed = lookup3(block.subarray(0, block.length - 4));
    if (stored !== computed) {
      // The HDF5 library refuses such a block; reading on shows what the file tried to say.
      this.report(
        new Hdf5Stop(
          'model/malformed-file',
          'warning',
          `${what} at offset ${at} has a wrong checksum (stored ${hex(stored)}, computed ${hex(computed)}): HDF5 would refuse to read it`,
          at,
        ),
      );
    }
  }

  // ---- superblock ----

  async findSuperblock(): Promise<number> {
    for (let at = 0; at + SIGNATURE.length <= this.source.size; at = at === 0 ? 512 : at * 2) {
      const head = await this.source.read(at, SIGNATURE.length);
      if (head.length === SIGNATURE.length && SIGNATURE.every((byte, i) => head[i] === byte)) return at;
    }
    throw malformed('no HDF5 signature at offset 0, 512, 1024, ... : not an HDF5 file, or a damaged one', 0);
  }

  /** Returns the superblock version and the file offset of the root group's object header. */
  async superblock(): Promise<{ version: number; rootHeader: number }> {
    const at = await this.findSuperblock();
    this.base = at;
    const head = new Cursor(
      await this.read(at, Math.min(this.source.size - at, 256), 'superblock'),
      at,
      'superblock',
    );
    head.skip(8);
    const version = head.u8();
    if (version > 3)
      throw notRead(`superblock version ${version} is not one this reader knows (0-3)`, at + 8);
    if (version <= 1) {
      head.skip(4); // free-space, root symbol table and shared header versions, reserved
      this.setSizes(head.u8(), head.u8(), at + 13);
      head.skip(1 + 2 + 2 + 4); // reserved, group leaf and internal K, consistency flags
      if (version === 1) head.skip(4); // indexed storage K, reserved
      head.skip(4 * this.offsetSize); // base, free-space, end-of-file and driver addresses
      // The root group's symbol table entry: link name offset, then its object header address.
      head.skip(this.offsetSize);
      const root = head.address(this.offsetSize);
      return { version, rootHeader: this.fileOffset(root, 'the root group', head.at()) };
    }
    this.setSizes(head.u8(), head.u8(), at + 9);
    head.skip(1 + 3 * this.offsetSize); // flags, base, extension and end-of-file addresses
    const root = head.address(this.offsetSize);
    const end = head.pos + 4;
    head.need(4);
    this.verifyChecksum(head.bytes.subarray(0, end), at, 'the superblock');
    return { version, rootHeader: this.fileOffset(root, 'the root group', head.at()) };
  }

  setSizes(offsets: number, lengths: number, at: number): void {
    for (const size of [offsets, lengths]) {
      if (![2, 4, 8].includes(size))
        throw notRead(`superblock declares ${size}-byte addresses or lengths`, at);
    }
    this.offsetSize = offsets;
    this.lengthSize = lengths;
  }

  // ---- object headers ----

  /** Fills `messages` in header order; on a stop, those read before it stay there. */
  async objectHeader(at: number, messages: HeaderMessage[]): Promise<void> {
    const first = await this.read(at, Math.min(16, this.source.size - at), 'the root object header');
    const isV2 = first[0] === 0x4f && first[1] === 0x48 && first[2] === 0x44 && first[3] === 0x52; // OHDR
    const chunks: { at: number; size: number }[] = [];
    const visited = new Set<number>();
    let creationOrder = false;
    if (isV2) {
      const prefix = new Cursor(first, at, 'the OHDR object header');
      prefix.skip(4);
      const version = prefix.u8();
      if (version !== 2) throw malformed(`OHDR object header of version ${version}`, at + 4);
      const flags = prefix.u8();
      creationOrder = (flags & 0x04) !== 0;
      const extra = (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
      const sizeBytes = 1 << (flags & 0x03);
      const sizeAt = at + 6 + extra;
      const sizeField = new Cursor(await this.read(sizeAt, sizeBytes, 'the OHDR chunk size'), sizeAt, 'OHDR');
      const chunkSize = sizeField.uint(sizeBytes);
      const start = sizeAt + sizeBytes;
      this.checkChunk(chunkSize, at);
      const block = await this.read(at, start - at + chunkSize + 4, 'the OHDR object header');
      this.verifyChecksum(block, at, 'the root object header');
      visited.add(at);
      this.parseMessages(
        block.subarray(start - at, start - at + chunkSize),
        start,
        true,
        creationOrder,
        messages,
        chunks,
      );
    } else {
      const prefix = new Cursor(first, at, 'the object header');
      const version = prefix.u8();
      if (version !== 1)
        throw malformed(`object header of version ${version} (expected 1 or an OHDR signature)`, at);
      prefix.skip(1 + 2 + 4); // reserved, message count (not trusted: the chunks say), reference count
      const size = prefix.u32();
      this.checkChunk(size, at);
      // Messages start after the 12-byte prefix, aligned to 8 bytes.
      const block = await this.read(at + 16, size, 'the object header');
      visited.add(at);
      this.parseMessages(block, at + 16, false, false, messages, chunks);
    }
    let count = 1;
    while (chunks.length > 0) {
      const chunk = chunks.shift()!;
      if (visited.has(chunk.at))
        throw malformed(`object header continuation loops back to offset ${chunk.at}`, chunk.at);
      visited.add(chunk.at);
      if (++count > this.limits.maxChunks) {
        throw limit(
          `the root object header has more than ${this.limits.maxChunks} continuation blocks`,
          chunk.at,
        );
      }
      this.checkChunk(chunk.size, chunk.at);
      const block = await this.read(chunk.at, chunk.size, 'an object header continuation block');
      if (isV2) {
        const signature = String.fromCharCode(...block.subarray(0, 4));
        if (signature !== 'OCHK') throw malformed(`continuation block without its OCHK signature`, chunk.at);
        if (block.length < 8)
          throw malformed('continuation block too small for its signature and checksum', chunk.at);
        this.verifyChecksum(block, chunk.at, 'an object header continuation block');
        this.parseMessages(
          block.subarray(4, block.length - 4),
          chunk.at + 4,
          true,
          creationOrder,
          messages,
          chunks,
        );
      } else {
        this.parseMessages(block, chunk.at, false, false, messages, chunks);
      }
    }
  }

  checkChunk(size: number, at: number): void {
    if (size > this.limits.maxChunkBytes) {
      throw limit(`an object header chunk declares ${size} bytes (limit ${this.limits.maxChunkBytes})`, at);
    }
  }

  parseMessages(
    block: Uint8Array,
    base: number,
    v2: boolean,
    creationOrder: boolean,
    messages: HeaderMessage[],
    chunks: { at: number; size: number }[],
  ): void {
    const cursor = new Cursor(block, base, 'an object header message');
    const headerSize = v2 ? 4 + (creationOrder ? 2 : 0) : 8;
    // In v2 headers, fewer bytes than a message header at the end of a chunk are a gap.
    while (cursor.remaining >= headerSize) {
      const type = v2 ? cursor.u8() : cursor.u16();
      const size = cursor.u16();
      const flags = cursor.u8();
      cursor.skip(v2 ? (creationOrder ? 2 : 0) : 3);
      if (size > cursor.remaining) {
        throw malformed(
          `header message of type ${hex(type)} declares ${size} bytes past its chunk`,
          cursor.at(),
        );
      }
      const offset = cursor.at();
      const data = cursor.take(size);
      if (messages.length >= this.limits.maxMessages) {
        throw limit(`the root object header has more than ${this.limits.maxMessages} messages`, offset);
      }
      messages.push({ type, flags, data, offset });
      if (type === MSG_CONTINUATION) {
        const body = new Cursor(data, offset, 'a continuation message');
        const address = body.address(this.offsetSize);
        const length = body.uint(this.lengthSize);
        chunks.push({ at: this.fileOffset(address, 'a continuation message', offset), size: length });
      }
    }
    if (!v2 && cursor.remaining !== 0)
      throw malformed('object header chunk ends inside a message header', cursor.at());
  }

  // ---- attributes ----

  async rootAttributes(rootHeader: number): Promise<void> {
    const messages: HeaderMessage[] = [];
    await this.guarded(() => this.objectHeader(rootHeader, messages));
    for (const message of messages) {
      if (message.type === MSG_ATTRIBUTE) {
        if (message.flags & MSG_FLAG_SHARED) {
          this.report(notRead('a root attribute is stored as a shared message: not read', message.offset));
          continue;
        }
        await this.guarded(() => this.attribute(message.data, message.offset));
      } else if (message.type === MSG_ATTRIBUTE_INFO) {
        await this.guarded(() => this.attributeInfo(message.data, message.offset));
      }
    }
  }

  /** Runs one step; a problem local to it becomes an issue and reading goes on with the next. */
  async guarded(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof Hdf5Stop)) throw error;
      this.report(error);
    }
  }

  async attribute(data: Uint8Array, at: number): Promise<void> {
    const cursor = new Cursor(data, at, 'an attribute message');
    const version = cursor.u8();
    if (version < 1 || version > 3) throw malformed(`attribute message of version ${version}`, at);
    const flags = cursor.u8(); // reserved in version 1
    const nameSize = cursor.u16();
    const datatypeSize = cursor.u16();
    const dataspaceSize = cursor.u16();
    if (version === 3) cursor.skip(1); // name character set: both ASCII and UTF-8 decode as UTF-8
    const pad = (size: number): number => (version === 1 ? (size + 7) & ~7 : size);
    const rawName = cursor.take(nameSize);
    cursor.skip(pad(nameSize) - nameSize);
    const end = rawName.indexOf(0);
    const name = new TextDecoder().decode(end >= 0 ? rawName.subarray(0, end) : rawName);
    const datatypeBytes = cursor.take(datatypeSize);
    cursor.skip(pad(datatypeSize) - datatypeSize);
    const dataspaceBytes = cursor.take(dataspaceSize);
    cursor.skip(pad(dataspaceSize) - dataspaceSize);
    const label = `root attribute '${show(name)}'`;
    if (version >= 2 && flags & 0x03) {
      throw notRead(
        `${label} has a shared (committed) ${flags & 0x01 ? 'datatype' : 'dataspace'}: not read`,
        at,
      );
    }
    const type = parseDatatype(datatypeBytes, at);
    const elements = parseDataspace(dataspaceBytes, this.lengthSize, at);
    if (this.seen.has(name)) {
      // HDF5 opens an attribute by name at its first message; a second one is there for a reader
      // that takes the last.
      throw malformed(
        `${label} is stored twice: HDF5 reads the first, another reader may take the second`,
        at,
      );
    }
    this.seen.add(name);
    this.names.push(name);
    if (type.kind === 'other' || elements !== 1) return;
    if (this.attributes.size >= this.limits.maxAttributes) {
      throw limit(`more than ${this.limits.maxAttributes} root attributes`, at);
    }
    const valueAt = at + cursor.pos;
    if (type.kind === 'fixed-string') {
      if (type.size > this.limits.maxStringBytes) {
        throw limit(
          `${label} declares a ${type.size}-byte string (limit ${this.limits.maxStringBytes})`,
          valueAt,
        );
      }
      if (type.size > cursor.remaining)
        throw malformed(`${label} holds fewer bytes than its string size`, valueAt);
      let value = cursor.take(type.size);
      let length = value.length;
      while (length > 0 && value[length - 1] === 0) length--;
      value = value.subarray(0, length);
      this.attributes.set(name, value);
      return;
    }
    const length = cursor.u32();
    const collection = cursor.address(this.offsetSize);
    const index = cursor.u32();
    if (length === 0) {
      this.attributes.set(name, new Uint8Array(0));
      return;
    }
    if (length > this.limits.maxStringBytes) {
      throw limit(`${label} declares a ${length}-byte string (limit ${this.limits.maxStringBytes})`, valueAt);
    }
    const heapAt = this.fileOffset(collection, `${label}'s global heap`, valueAt);
    this.attributes.set(name, await this.globalHeapObject(heapAt, index, length, label));
  }

  async globalHeapObject(at: number, index: number, length: number, label: string): Promise<Uint8Array> {
    let objects = this.heapIndexes.get(at);
    if (!objects) {
      objects = await this.indexCollection(at);
      this.heapIndexes.set(at, objects);
    }
    const object = objects.get(index);
    if (index === 0 || !object)
      throw malformed(`${label} names object ${index}, absent from the global heap at ${at}`, at);
    if (object.size < length) {
      throw malformed(
        `${label} is ${length} bytes but its global heap object holds ${object.size}`,
        object.at,
      );
    }
    return this.read(object.at, length, `${label}'s value`);
  }

  async indexCollection(at: number): Promise<Map<number, { at: number; size: number }>> {
    const headerSize = 8 + this.lengthSize;
    const header = new Cursor(await this.read(at, headerSize, 'a global heap collection'), at, 'GCOL');
    if (String.fromCharCode(...header.take(4)) !== 'GCOL')
      throw malformed('global heap collection without its GCOL signature', at);
    header.skip(4); // version, reserved
    const size = header.uint(this.lengthSize);
    if (size < headerSize || at + size > this.source.size) {
      throw malformed(`global heap collection declares ${size} bytes, beyond the file`, at);
    }
    const objects = new Map<number, { at: number; size: number }>();
    const end = at + size;
    let next = at + headerSize;
    const objectHeader = 8 + this.lengthSize;
    while (next + objectHeader <= end) {
      if (objects.size >= this.limits.maxHeapObjects) {
        throw limit(
          `global heap collection at ${at} has more than ${this.limits.maxHeapObjects} objects`,
          next,
        );
      }
      const head = new Cursor(
        await this.read(next, objectHeader, 'a global heap object'),
        next,
        'a global heap object',
      );
      const index = head.u16();
      head.skip(6); // reference count, reserved
      const objectSize = head.uint(this.lengthSize);
      // Index 0 is the collection's free space, always last.
      if (index === 0) break;
      const dataAt = next + objectHeader;
      if (objectSize > end - dataAt)
        throw malformed(`global heap object ${index} runs past its collection`, next);
      if (!objects.has(index)) objects.set(index, { at: dataAt, size: objectSize });
      next = dataAt + Math.ceil(objectSize / 8) * 8;
    }
    return objects;
  }

  // ---- dense attribute storage ----

  async attributeInfo(data: Uint8Array, at: number): Promise<void> {
    const cursor = new Cursor(data, at, 'an attribute info message');
    const version = cursor.u8();
    if (version !== 0) throw malformed(`attribute info message of version ${version}`, at);
    const flags = cursor.u8();
    if (flags & 0x01) cursor.skip(2);
    const heap = cursor.address(this.offsetSize);
    const nameIndex = cursor.address(this.offsetSize);
    if (heap === undefined) return; // attributes are in the header (or there are none)
    const heapAt = this.fileOffset(heap, 'the dense attribute heap', at);
    const indexAt = this.fileOffset(nameIndex, 'the dense attribute name index', at);
    const fractal = await this.fractalHeap(heapAt);
    const ids = await this.btreeRecords(indexAt, 8);
    for (const id of ids) {
      await this.guarded(async () => {
        // The record's message flags: a shared attribute's heap object is only a reference.
        if ((id.record[fractal.idLength] ?? 0) & MSG_FLAG_SHARED) {
          throw notRead('a dense root attribute is stored as a shared message: not read', id.at);
        }
        const object = await this.heapObject(fractal, id.record.subarray(0, fractal.idLength), id.at);
        await this.attribute(object.bytes, object.at);
      });
    }
  }

  async fractalHeap(at: number): Promise<FractalHeap> {
    const O = this.offsetSize;
    const L = this.lengthSize;
    const fixed = 4 + 1 + 2 + 2 + 1 + 4 + L + O + L + O + 8 * L + 2 + 2 * L + 2 + 2 + O + 2;
    const cursor = new Cursor(
      await this.read(at, fixed, 'the fractal heap header'),
      at,
      'the fractal heap header',
    );
    if (String.fromCharCode(...cursor.take(4)) !== 'FRHP')
      throw malformed('fractal heap without its FRHP signature', at);
    cursor.skip(1);
    const idLength = cursor.u16();
    const filterLength = cursor.u16();
    cursor.skip(1); // flags: whether huge IDs wrapped and direct blocks carry checksums
    const maxManagedSize = cursor.u32();
    cursor.skip(L + O + L + O + 8 * L); // huge-object counters, free-space manager, sizes and counts
    const tableWidth = cursor.u16();
    const startBlockSize = cursor.uint(L);
    const maxDirectBlockSize = cursor.uint(L);
    const maxHeapBits = cursor.u16();
    cursor.skip(2); // starting rows of the root indirect block
    const root = cursor.address(O);
    const rootRows = cursor.u16();
    if (filterLength > 0)
      throw notRead('dense attributes are kept in a filtered (compressed) fractal heap: not read', at);
    const block = await this.read(at, fixed + 4, 'the fractal heap header');
    this.verifyChecksum(block, at, 'the fractal heap header');
    if (
      tableWidth === 0 ||
      tableWidth > 65_536 ||
      !isPowerOfTwo(startBlockSize) ||
      !isPowerOfTwo(maxDirectBlockSize) ||
      maxDirectBlockSize < startBlockSize ||
      maxHeapBits === 0 ||
      maxHeapBits > 64 ||
      idLength < 1
    ) {
      throw malformed('fractal heap header with an impossible doubling table', at);
    }
    return {
      at,
      idLength,
      maxManagedSize,
      tableWidth,
      startBlockSize,
      maxDirectBlockSize,
      offsetBytes: Math.ceil(maxHeapBits / 8),
      lengthBytes: byteWidth(Math.min(maxDirectBlockSize, maxManagedSize)),
      root: root === undefined ? undefined : this.fileOffset(root, 'the fractal heap root block', at),
      rootRows,
    };
  }

  async heapObject(
    heap: FractalHeap,
    id: Uint8Array,
    at: number,
  ): Promise<{ bytes: Uint8Array; at: number }> {
    const cursor = new Cursor(id, at, 'a fractal heap ID');
    const first = cursor.u8();
    if (first >> 6 !== 0) throw malformed(`fractal heap ID of version ${first >> 6}`, at);
    const type = (first >> 4) & 0x03;
    if (type === 1) throw notRead('a dense attribute is a "huge" fractal heap object: not read', at);
    if (type === 2) {
      const length = (first & 0x0f) + 1;
      return { bytes: cursor.take(length), at };
    }
    if (type !== 0) throw malformed(`fractal heap ID of unknown type ${type}`, at);
    const offset = cursor.uint(heap.offsetBytes);
    const length = cursor.uint(heap.lengthBytes);
    if (length > this.limits.maxStringBytes) throw limit(`a dense attribute declares ${length} bytes`, at);
    if (heap.root === undefined)
      throw malformed('a dense attribute names an object of an empty fractal heap', at);
    const located = await this.locate(heap, heap.root, heap.rootRows, offset, 0);
    const signature = await this.read(located.at, 4, 'a fractal heap direct block');
    if (String.fromCharCode(...signature) !== 'FHDB')
      throw malformed('direct block without its FHDB signature', located.at);
    if (offset - located.blockOffset + length > located.size) {
      throw malformed(`a dense attribute of ${length} bytes runs past its heap block`, located.at);
    }
    const fileAt = located.at + (offset - located.blockOffset);
    return { bytes: await this.read(fileAt, length, 'a dense attribute'), at: fileAt };
  }

  /**
   * The direct block holding heap offset `offset`: from the root (a direct block when it has no
   * rows) down through indirect blocks, whose rows double in block size after the first two.
   */
  async locate(
    heap: FractalHeap,
    blockAt: number,
    rows: number,
    offset: number,
    depth: number,
  ): Promise<{ at: number; blockOffset: number; size: number }> {
    if (depth > this.limits.maxTreeDepth) throw limit('fractal heap indirect blocks nest too deep', blockAt);
    // A root without rows is itself the one direct block, of the starting size.
    if (rows === 0) return { at: blockAt, blockOffset: 0, size: heap.startBlockSize };
    const O = this.offsetSize;
    const maxDirectRows = Math.log2(heap.maxDirectBlockSize) - Math.log2(heap.startBlockSize) + 2;
    const directRows = Math.min(rows, maxDirectRows);
    const entries = rows * heap.tableWidth;
    if (entries > 1_000_000) throw limit(`a fractal heap indirect block with ${entries} entries`, blockAt);
    const headerSize = 4 + 1 + O + heap.offsetBytes;
    const block = await this.read(blockAt, headerSize + entries * O + 4, 'a fractal heap indirect block');
    const cursor = new Cursor(block, blockAt, 'a fractal heap indirect block');
    if (String.fromCharCode(...cursor.take(4)) !== 'FHIB')
      throw malformed('indirect block without its FHIB signature', blockAt);
    cursor.skip(1 + O);
    const start = cursor.uint(heap.offsetBytes);
    this.verifyChecksum(block, blockAt, 'a fractal heap indirect block');
    if (start > offset)
      throw malformed(`fractal heap indirect block starts past heap offset ${offset}`, blockAt);
    let rowStart = start;
    for (let row = 0; row < rows; row++) {
      const size = heap.startBlockSize * 2 ** Math.max(0, row - 1);
      const rowSpan = size * heap.tableWidth;
      if (!Number.isSafeInteger(rowStart + rowSpan)) break;
      if (offset < rowStart + rowSpan) {
        const column = Math.floor((offset - rowStart) / size);
        cursor.pos = headerSize + (row * heap.tableWidth + column) * O;
        const child = cursor.address(O);
        const childOffset = rowStart + column * size;
        const childAt = this.fileOffset(child, 'a fractal heap block', blockAt);
        if (row < directRows) return { at: childAt, blockOffset: childOffset, size };
        const childRows = Math.log2(size) - Math.log2(heap.startBlockSize * heap.tableWidth) + 1;
        return this.locate(heap, childAt, childRows, offset, depth + 1);
      }
      rowStart += rowSpan;
    }
    throw malformed(`heap offset ${offset} lies beyond the fractal heap's blocks`, blockAt);
  }

  /** All records of a v2 B-tree of the given type, in key order. */
  async btreeRecords(at: number, expectedType: number): Promise<{ record: Uint8Array; at: number }[]> {
    const O = this.offsetSize;
    const L = this.lengthSize;
    const size = 4 + 1 + 1 + 4 + 2 + 2 + 1 + 1 + O + 2 + L + 4;
    const header = await this.read(at, size, 'the v2 B-tree header');
    const cursor = new Cursor(header, at, 'the v2 B-tree header');
    if (String.fromCharCode(...cursor.take(4)) !== 'BTHD')
      throw malformed('v2 B-tree without its BTHD signature', at);
    cursor.skip(1);
    const type = cursor.u8();
    if (type !== expectedType)
      throw malformed(`v2 B-tree of type ${type} where type ${expectedType} belongs`, at);
    const nodeSize = cursor.u32();
    const recordSize = cursor.u16();
    const depth = cursor.u16();
    cursor.skip(2); // split and merge percentages
    const root = cursor.address(O);
    const rootRecords = cursor.u16();
    const total = cursor.uint(L);
    this.verifyChecksum(header, at, 'the v2 B-tree header');
    if (total > this.limits.maxDenseAttributes) {
      throw limit(`${total} dense attributes (limit ${this.limits.maxDenseAttributes})`, at);
    }
    if (depth > this.limits.maxTreeDepth) throw limit(`a v2 B-tree of depth ${depth}`, at);
    if (recordSize === 0 || nodeSize < 10 + recordSize || nodeSize > this.limits.maxChunkBytes) {
      throw malformed(`v2 B-tree with node size ${nodeSize} and record size ${recordSize}`, at);
    }
    const records: { record: Uint8Array; at: number }[] = [];
    if (root === undefined || total === 0) return records;
    const widths = childPointerWidths(nodeSize, recordSize, O, depth);
    const visited = new Set<number>();
    const walk = async (nodeAt: number, count: number, level: number): Promise<void> => {
      if (visited.has(nodeAt)) throw malformed(`v2 B-tree node at ${nodeAt} is reached twice`, nodeAt);
      visited.add(nodeAt);
      const node = await this.read(nodeAt, nodeSize, 'a v2 B-tree node');
      const c = new Cursor(node, nodeAt, 'a v2 B-tree node');
      const signature = String.fromCharCode(...c.take(4));
      if (signature !== (level === 0 ? 'BTLF' : 'BTIN'))
        throw malformed(`v2 B-tree node with signature ${show(signature)}`, nodeAt);
      c.skip(2);
      const own: { record: Uint8Array; at: number }[] = [];
      for (let i = 0; i < count; i++) own.push({ at: c.at(), record: c.take(recordSize) });
      if (level === 0) {
        const end = c.pos + 4;
        c.need(4);
        this.verifyChecksum(node.subarray(0, end), nodeAt, 'a v2 B-tree leaf');
        records.push(...own);
        if (records.length > this.limits.maxDenseAttributes) throw limit('too many dense attributes', nodeAt);
        return;
      }
      const children: { at: number; count: number }[] = [];
      const width = widths[level - 1]!;
      for (let i = 0; i <= count; i++) {
        const child = c.address(O);
        const childCount = c.uint(width.records);
        if (width.total > 0) c.skip(width.total);
        children.push({ at: this.fileOffset(child, 'a v2 B-tree child', nodeAt), count: childCount });
      }
      const end = c.pos + 4;
      c.need(4);
      this.verifyChecksum(node.subarray(0, end), nodeAt, 'a v2 B-tree internal node');
      for (let i = 0; i <= count; i++) {
        await walk(children[i]!.at, children[i]!.count, level - 1);
        if (i < count) records.push(own[i]!);
      }
    };
    await walk(this.fileOffset(root, 'the v2 B-tree root', at), rootRecords, depth);
    return records;
  }
}

interface FractalHeap {
  readonly at: number;
  readonly idLength: number;
  readonly maxManagedSize: number;
  readonly tableWidth: number;
  readonly startBlockSize: number;
  readonly maxDirectBlockSize: number;
  readonly offsetBytes: number;
  readonly lengthBytes: number;
  readonly root: number | undefined;
  readonly rootRows: number;
}

/**
 * Widths of the "number of records" and "total records" fields in the child pointers of internal
 * nodes, by the level of the child: the fewest bytes that hold the most records such a child (or
 * its subtree) can have, as the HDF5 library computes them from node and record sizes.
 */
function childPointerWidths(
  nodeSize: number,
  recordSize: number,
  offsetSize: number,
  depth: number,
): { records: number; total: number }[] {
  const overhead = 4 + 1 + 1 + 4;
  const widths: { records: number; total: number }[] = [];
  let maxRecords = Math.floor((nodeSize - overhead) / recordSize);
  let maxTotal = maxRecords;
  for (let level = 1; level <= depth; level++) {
    const records = byteWidth(maxRecords);
    const total = level > 1 ? byteWidth(maxTotal) : 0;
    widths.push({ records, total });
    const pointer = offsetSize + records + total;
    const nodeRecords = Math.floor((nodeSize - overhead - pointer) / (recordSize + pointer));
    maxTotal = (nodeRecords + 1) * maxTotal + nodeRecords;
    maxRecords = nodeRecords;
  }
  return widths;
}

/** The fewest bytes that hold `value`. */
function byteWidth(value: number): number {
  let bytes = 1;
  while (bytes < 8 && value >= 2 ** (8 * bytes)) bytes++;
  return bytes;
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0 && Math.log2(value) % 1 === 0;
}

function hex(value: number): string {
  return `0x${value.toString(16).padStart(value > 0xffff ? 8 : 4, '0')}`;
}

function parseDatatype(bytes: Uint8Array, at: number): Datatype {
  const cursor = new Cursor(bytes, at, 'an attribute datatype');
  const classAndVersion = cursor.u8();
  const typeClass = classAndVersion & 0x0f;
  const bits0 = cursor.u8();
  cursor.skip(2);
  const size = cursor.u32();
  if (typeClass === 3) return { kind: 'fixed-string', size, padding: bits0 & 0x0f };
  // Variable-length of type 1 is a string; type 0 is a sequence (h5py gives an array for it).
  if (typeClass === 9 && (bits0 & 0x0f) === 1) return { kind: 'vlen-string', size, padding: bits0 >> 4 };
  return { kind: 'other', size, padding: 0 };
}

/** Number of elements: 1 for a scalar, 0 for a null dataspace, the product of a simple one's dims. */
function parseDataspace(bytes: Uint8Array, lengthSize: number, at: number): number {
  const cursor = new Cursor(bytes, at, 'an attribute dataspace');
  const version = cursor.u8();
  const rank = cursor.u8();
  cursor.skip(1); // flags
  if (version === 1) {
    cursor.skip(5);
  } else if (version === 2) {
    const type = cursor.u8();
    if (type === 0) return 1;
    if (type === 2) return 0;
  } else {
    throw malformed(`dataspace of version ${version}`, at);
  }
  if (rank > 32) throw malformed(`dataspace of rank ${rank}`, at);
  let elements = 1;
  for (let i = 0; i < rank; i++) {
    const dimension = cursor.uint(lengthSize);
    elements = Math.min(elements * dimension, Number.MAX_SAFE_INTEGER);
  }
  return elements;
}

/**
 * The root group's attributes. Never throws for what a file contains: every problem is an issue,
 * and the attributes read before it are still returned.
 */
export async function readHdf5RootAttributes(
  source: ByteSource,
  limits: Partial<Hdf5Limits> = {},
): Promise<Hdf5RootAttributes> {
  const reader = new Reader(source, { ...DEFAULT_HDF5_LIMITS, ...limits });
  let superblockVersion: number | undefined;
  try {
    const { version, rootHeader } = await reader.superblock();
    superblockVersion = version;
    await reader.rootAttributes(rootHeader);
  } catch (error) {
    if (!(error instanceof Hdf5Stop)) throw error;
    reader.report(error);
  }
  return {
    attributes: reader.attributes,
    names: reader.names,
    issues: reader.issues,
    ...(superblockVersion === undefined ? {} : { superblockVersion }),
  };
}
