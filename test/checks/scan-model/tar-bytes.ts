/** A tar writer for tests: one header per call, each field overridable, checksums computed. */

export interface TarHeaderSpec {
  name: string | Uint8Array;
  data?: Uint8Array | string;
  /** Type flag character; '0' by default. */
  type?: string;
  linkName?: string;
  prefix?: string;
  /** The size field, instead of the data's length. */
  size?: number;
  /** Raw 12 bytes of the size field (base-256, odd spacing ...). */
  sizeField?: Uint8Array;
  /** 'ustar' (POSIX, default), 'gnu' ("ustar  \0") or 'v7' (no magic). */
  magic?: 'ustar' | 'gnu' | 'v7';
  /** Stored checksum instead of the right one. */
  checksum?: number;
  /** Checksum summed over signed bytes, as old Sun and NeXT tars did. */
  signedChecksum?: boolean;
  /** Bytes written over the header before the checksum, at the given offsets. */
  patch?: readonly (readonly [number, Uint8Array | string])[];
  /** Data written after the header, instead of `data` padded (for truncation). */
  rawData?: Uint8Array;
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

function octal(value: number, width: number): Buffer {
  return Buffer.from(`${value.toString(8).padStart(width - 1, '0')}\0`, 'latin1');
}

export function tarHeader(spec: TarHeaderSpec): Uint8Array {
  const block = Buffer.alloc(512);
  const data = bytesOf(spec.data ?? '');
  block.set(bytesOf(spec.name).subarray(0, 100), 0);
  block.set(octal(0o644, 8), 100);
  block.set(octal(0, 8), 108);
  block.set(octal(0, 8), 116);
  block.set(spec.sizeField ?? octal(spec.size ?? data.length, 12), 124);
  block.set(octal(1_704_164_646, 12), 136);
  block.write(spec.type ?? '0', 156, 'latin1');
  if (spec.linkName) block.set(Buffer.from(spec.linkName, 'utf8').subarray(0, 100), 157);
  const magic = spec.magic ?? 'ustar';
  if (magic === 'ustar') block.write('ustar\x0000', 257, 'latin1');
  if (magic === 'gnu') block.write('ustar  \0', 257, 'latin1');
  if (spec.prefix) block.write(spec.prefix, 345, 'utf8');
  for (const [at, bytes] of spec.patch ?? []) block.set(bytesOf(bytes), at);
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += spec.signedChecksum && byte >= 128 ? byte - 256 : byte;
  block.write(`${(spec.checksum ?? sum).toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** Header, data, padding to the next 512-byte block. */
export function tarEntry(spec: TarHeaderSpec): Uint8Array {
  const data = bytesOf(spec.data ?? '');
  const body = spec.rawData ?? Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
  return Buffer.concat([tarHeader(spec), body]);
}

/** A pax extended ('x') or global ('g') header with its records. */
export function paxEntry(records: Record<string, string>, type: 'x' | 'g' = 'x'): Uint8Array {
  let text = '';
  for (const [key, value] of Object.entries(records)) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
    text += `${length}${body}`;
  }
  return tarEntry({ name: './PaxHeaders/x', type, data: text });
}

/** A GNU long name ('L') or long link ('K') header for the next member. */
export function gnuLongEntry(text: string, type: 'L' | 'K' = 'L'): Uint8Array {
  return tarEntry({
    name: '././@LongLink',
    type,
    data: Buffer.concat([Buffer.from(text, 'utf8'), Buffer.alloc(1)]),
    magic: 'gnu',
  });
}

export const END_OF_ARCHIVE = new Uint8Array(1024);

export function tarBytes(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}
