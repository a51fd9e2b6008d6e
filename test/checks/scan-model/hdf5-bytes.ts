/**
 * Hand-built HDF5 files for the reader's tests: superblock 0 with 8-byte addresses, a version 1
 * root object header, attribute messages (version 1) with fixed-length or variable-length string
 * values, and a global heap collection for the latter. Each piece can be bent to test what a
 * hostile file declares; the layout follows the HDF5 File Format Specification.
 */

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
export const UNDEFINED = 0xffff_ffff_ffff_ffffn;

export class Bytes {
  private readonly parts: number[] = [];

  get length(): number {
    return this.parts.length;
  }

  u8(...values: number[]): this {
    this.parts.push(...values.map((value) => value & 0xff));
    return this;
  }

  u16(value: number): this {
    return this.u8(value, value >> 8);
  }

  u32(value: number): this {
    return this.u8(value, value >>> 8, value >>> 16, value >>> 24);
  }

  u64(value: number | bigint): this {
    let big = BigInt(value);
    for (let i = 0; i < 8; i++) {
      this.parts.push(Number(big & 0xffn));
      big >>= 8n;
    }
    return this;
  }

  bytes(data: Uint8Array | readonly number[]): this {
    this.parts.push(...data);
    return this;
  }

  text(value: string): this {
    return this.bytes(new TextEncoder().encode(value));
  }

  pad(multiple: number): this {
    while (this.parts.length % multiple !== 0) this.parts.push(0);
    return this;
  }

  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export interface Message {
  readonly type: number;
  readonly data: Uint8Array;
  readonly flags?: number;
}

/** A fixed-length string datatype (class 3) of `size` bytes, NUL-padded ASCII. */
export function fixedStringType(size: number): Uint8Array {
  return new Bytes().u8(0x13, 0x01, 0, 0).u32(size).done();
}

/** A variable-length string datatype (class 9, type string) over 1-byte characters. */
export function vlenStringType(): Uint8Array {
  return new Bytes()
    .u8(0x19, 0x01, 0x00, 0)
    .u32(16)
    .bytes(new Bytes().u8(0x10, 0, 0, 0).u32(1).u16(0).u16(8).done())
    .done();
}

export function scalarSpace(): Uint8Array {
  return new Bytes().u8(1, 0, 0, 0).u32(0).done();
}

export function simpleSpace(...dims: number[]): Uint8Array {
  const out = new Bytes().u8(1, dims.length, 0, 0).u32(0);
  for (const dim of dims) out.u64(dim);
  return out.done();
}

/** An attribute message, version 1 (name, datatype and dataspace each padded to 8 bytes). */
export function attribute(
  name: string,
  datatype: Uint8Array,
  dataspace: Uint8Array,
  value: Uint8Array,
): Message {
  const nameBytes = new TextEncoder().encode(`${name}\0`);
  const data = new Bytes()
    .u8(1, 0)
    .u16(nameBytes.length)
    .u16(datatype.length)
    .u16(dataspace.length)
    .bytes(nameBytes)
    .pad(8)
    .bytes(datatype)
    .pad(8)
    .bytes(dataspace)
    .pad(8)
    .bytes(value)
    .done();
  return { type: 0x000c, data };
}

export function fixedStringAttribute(name: string, value: string): Message {
  const bytes = new TextEncoder().encode(value);
  return attribute(name, fixedStringType(bytes.length), scalarSpace(), bytes);
}

/** The value of a variable-length string: length, then the global heap ID (collection, index). */
export function vlenValue(length: number, collection: number | bigint, index: number): Uint8Array {
  return new Bytes().u32(length).u64(collection).u32(index).done();
}

export function continuation(address: number | bigint, length: number | bigint): Message {
  return { type: 0x0010, data: new Bytes().u64(address).u64(length).done() };
}

export function messagesBlock(messages: readonly Message[]): Uint8Array {
  const out = new Bytes();
  for (const message of messages) {
    const padded = Math.ceil(message.data.length / 8) * 8;
    out
      .u16(message.type)
      .u16(padded)
      .u8(message.flags ?? 0, 0, 0, 0)
      .bytes(message.data)
      .pad(8);
  }
  return out.done();
}

/** Superblock 0 (96 bytes) naming the root object header at `rootAddress`. */
export function superblock0(rootAddress: number, eof: number): Uint8Array {
  return new Bytes()
    .bytes(SIGNATURE)
    .u8(0, 0, 0, 0, 0, 8, 8, 0)
    .u16(4)
    .u16(16)
    .u32(0)
    .u64(0)
    .u64(UNDEFINED)
    .u64(eof)
    .u64(UNDEFINED)
    .u64(0)
    .u64(rootAddress)
    .u32(0)
    .u32(0)
    .bytes(new Uint8Array(16))
    .done();
}

export interface FileParts {
  /** Root header messages. */
  readonly messages: readonly Message[];
  /** Declared size of the root header; by default the messages' size. */
  readonly headerSize?: number;
  /** Bytes placed after the header (continuation blocks, heaps), at `trailerAddress()`. */
  readonly trailer?: Uint8Array;
}

export const ROOT_HEADER = 96;

/** Where the trailer of a file with these messages begins. */
export function trailerAddress(messages: readonly Message[]): number {
  return ROOT_HEADER + 16 + messagesBlock(messages).length;
}

export function hdf5File(parts: FileParts): Uint8Array {
  const block = messagesBlock(parts.messages);
  const header = new Bytes()
    .u8(1, 0)
    .u16(parts.messages.length)
    .u32(1)
    .u32(parts.headerSize ?? block.length)
    .u32(0)
    .bytes(block)
    .done();
  const trailer = parts.trailer ?? new Uint8Array(0);
  const size = ROOT_HEADER + header.length + trailer.length;
  return new Bytes().bytes(superblock0(ROOT_HEADER, size)).bytes(header).bytes(trailer).done();
}

/** A global heap collection holding `objects` (index 1, 2, ...), with its free space last. */
export function globalHeap(objects: readonly Uint8Array[], declaredSize?: number | bigint): Uint8Array {
  const body = new Bytes();
  objects.forEach((object, i) => {
    body
      .u16(i + 1)
      .u16(1)
      .u32(0)
      .u64(object.length)
      .bytes(object)
      .pad(8);
  });
  const used = 16 + body.length;
  const size = Math.max(4096, used + 16);
  body
    .u16(0)
    .u16(0)
    .u32(0)
    .u64(size - used);
  const out = new Bytes()
    .text('GCOL')
    .u8(1, 0, 0, 0)
    .u64(declaredSize ?? size)
    .bytes(body.done());
  while (out.length < size) out.u8(0);
  return out.done();
}
