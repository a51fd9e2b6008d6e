/** Hand-built safetensors and GGUF bytes for the tests, one defect at a time. */
import fc from 'fast-check';
import type { ByteSource } from '../../../src/checks/scan-model/source.js';

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((part) => (part instanceof Uint8Array ? part : Uint8Array.from(part)));
  const out = new Uint8Array(arrays.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of arrays) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function u32(value: number, little = true): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, little);
  return out;
}

export function u64(value: number | bigint, little = true): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value), little);
  return out;
}

const encoder = new TextEncoder();

// ---- safetensors

/** A safetensors file: declared length (default: the header's), header text, data. */
export function safetensors(
  header: string | object,
  data: Uint8Array | number = 0,
  declared?: number | bigint,
): Uint8Array {
  const text = typeof header === 'string' ? header : JSON.stringify(header);
  const bytes = encoder.encode(text);
  const body = typeof data === 'number' ? new Uint8Array(data) : data;
  return concat(u64(declared ?? bytes.length), bytes, body);
}

export function f32(shape: number[], begin: number, end: number) {
  return { dtype: 'F32', shape, data_offsets: [begin, end] };
}

// ---- GGUF (little-endian, version 3 unless told)

export const T = {
  UINT8: 0,
  INT8: 1,
  UINT16: 2,
  INT16: 3,
  UINT32: 4,
  INT32: 5,
  FLOAT32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  UINT64: 10,
  INT64: 11,
  FLOAT64: 12,
} as const;

export function gstr(text: string | Uint8Array): Uint8Array {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return concat(u64(bytes.length), bytes);
}

export function kv(key: string, type: number, value: Uint8Array | number[]): Uint8Array {
  return concat(gstr(key), u32(type), value);
}

export const kvString = (key: string, value: string) => kv(key, T.STRING, gstr(value));
export const kvU32 = (key: string, value: number) => kv(key, T.UINT32, u32(value));

export function stringArray(items: string[]): Uint8Array {
  return concat(u32(T.STRING), u64(items.length), ...items.map(gstr));
}

export function tensorInfo(name: string, dims: number[], type: number, offset: number | bigint): Uint8Array {
  return concat(gstr(name), u32(dims.length), ...dims.map((d) => u64(d)), u32(type), u64(offset));
}

/** Header, metadata, tensor infos, padding to `alignment`, then `data`. */
export function gguf(
  kvs: Uint8Array[],
  infos: Uint8Array[] = [],
  data: Uint8Array | number = 0,
  {
    version = 3,
    alignment = 32,
    tensorCount,
    kvCount,
  }: { version?: number; alignment?: number; tensorCount?: number | bigint; kvCount?: number | bigint } = {},
): Uint8Array {
  const head = concat(
    [0x47, 0x47, 0x55, 0x46],
    u32(version),
    u64(tensorCount ?? infos.length),
    u64(kvCount ?? kvs.length),
    ...kvs,
    ...infos,
  );
  const padding = new Uint8Array((alignment - (head.length % alignment)) % alignment);
  return concat(head, padding, typeof data === 'number' ? new Uint8Array(data) : data);
}

/** A source that records every read, to show what an analyzer asked for. */
export function spySource(inner: ByteSource): ByteSource & { reads: [number, number][] } {
  const reads: [number, number][] = [];
  return {
    size: inner.size,
    reads,
    read(offset, length) {
      reads.push([offset, length]);
      return inner.read(offset, length);
    },
  };
}

/** A source of `size` bytes that holds `head` and zeros after it, without allocating them. */
export function sparseSource(head: Uint8Array, size: number): ByteSource {
  return {
    size,
    read(offset, length) {
      const end = Math.min(offset + length, size);
      if (end - offset > 256 * 1024 * 1024) throw new Error(`test source: a read of ${end - offset} bytes`);
      const out = new Uint8Array(Math.max(0, end - offset));
      if (offset < head.length) out.set(head.subarray(offset, Math.min(end, head.length)));
      return Promise.resolve(out);
    },
  };
}

// ---- mutations for the property tests

export type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

/** Byte flips, truncations and insertions at any position. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
);

export function mutate(bytes: Uint8Array, steps: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % (out.length + 1);
    if (step.kind === 'flip' && at < out.length) {
      out = Uint8Array.from(out);
      out[at] = step.value;
    } else if (step.kind === 'truncate') out = out.subarray(0, at);
    else if (step.kind === 'insert') out = concat(out.subarray(0, at), step.bytes, out.subarray(at));
  }
  return out;
}
