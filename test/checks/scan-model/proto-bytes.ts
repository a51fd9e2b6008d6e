/** Protobuf wire-format bytes for tests: just enough to write the messages the analyzers read. */
import type { ByteSource } from '../../../src/checks/scan-model/source.js';

export type Part = Uint8Array | string | readonly Part[];

export function varint(value: number | bigint): Uint8Array {
  let rest = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const byte = Number(rest & 0x7fn);
    rest >>= 7n;
    out.push(rest > 0n ? byte | 0x80 : byte);
  } while (rest > 0n);
  return Uint8Array.from(out);
}

export function bytes(...parts: Part[]): Uint8Array {
  const flat: Uint8Array[] = [];
  const visit = (part: Part): void => {
    if (typeof part === 'string') flat.push(new TextEncoder().encode(part));
    else if (part instanceof Uint8Array) flat.push(part);
    else part.forEach(visit);
  };
  parts.forEach(visit);
  const out = new Uint8Array(flat.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of flat) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function tag(field: number, wireType: number): Uint8Array {
  return varint(field * 8 + wireType);
}

/** A varint field. */
export function vint(field: number, value: number | bigint): Uint8Array {
  return bytes(tag(field, 0), varint(value));
}

/** A length-delimited field: a string, bytes or a nested message. */
export function ld(field: number, ...payload: Part[]): Uint8Array {
  const data = bytes(...payload);
  return bytes(tag(field, 2), varint(data.length), data);
}

/** Only the header of a length-delimited field that declares `length` bytes. */
export function ldHeader(field: number, length: number | bigint): Uint8Array {
  return bytes(tag(field, 2), varint(length));
}

export function fixed32(field: number, value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return bytes(tag(field, 5), out);
}

export function fixed64(field: number, value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value, true);
  return bytes(tag(field, 1), out);
}

export interface CountingSource extends ByteSource {
  /** Bytes returned by every read so far. */
  readonly bytesRead: number;
  readonly reads: number;
  /** The longest length asked for in one read. */
  readonly largestRead: number;
}

export function countingSource(inner: ByteSource): CountingSource {
  let bytesRead = 0;
  let reads = 0;
  let largestRead = 0;
  return {
    size: inner.size,
    get bytesRead() {
      return bytesRead;
    },
    get reads() {
      return reads;
    },
    get largestRead() {
      return largestRead;
    },
    async read(offset, length) {
      reads += 1;
      largestRead = Math.max(largestRead, length);
      const data = await inner.read(offset, length);
      bytesRead += data.length;
      return data;
    },
  };
}

/**
 * A file of `size` bytes that exists only where it is read: `head` at the start, `tail` at the
 * end, zeros between. Lets a test declare a terabyte tensor without a terabyte of memory.
 */
export function virtualSource(
  head: Uint8Array,
  size: number,
  tail: Uint8Array = new Uint8Array(0),
): ByteSource {
  const tailStart = size - tail.length;
  return {
    size,
    read(offset, length) {
      const end = Math.min(size, offset + length);
      const out = new Uint8Array(Math.max(0, end - offset));
      for (let at = offset; at < end; at += 1) {
        if (at < head.length) out[at - offset] = head[at]!;
        else if (at >= tailStart) out[at - offset] = tail[at - tailStart]!;
      }
      return Promise.resolve(out);
    },
  };
}
