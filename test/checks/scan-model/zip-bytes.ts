/**
 * A zip writer for tests, with a knob for every inconsistency the reader must report: each test
 * states the one header field it gets wrong and leaves the rest to the defaults.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface MemberSpec {
  /** Central directory name; written as UTF-8 (with flag 0x800 when it is not ASCII). */
  name: string;
  data?: Uint8Array | string;
  /** 0 stored (default), 8 deflate; any other number is written as is, data uncompressed. */
  method?: number;
  /** The member's bytes in the archive, instead of `data` compressed by `method`. */
  raw?: Uint8Array;
  /** Raw central name bytes, instead of `name` as UTF-8. */
  nameBytes?: Uint8Array;
  flags?: number;
  versionNeeded?: number;
  crc32?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  centralExtra?: Uint8Array;
  /** Central sizes and offset as 0xFFFFFFFF, their values in a zip64 extra field. */
  zip64Extra?: boolean;
  /** Central entry's local header offset, counted like the others (see ZipSpec.prefixOffsets). */
  localHeaderOffset?: number;

  localName?: string | Uint8Array;
  localFlags?: number;
  localMethod?: number;
  localCrc32?: number;
  localCompressedSize?: number;
  localUncompressedSize?: number;
  localExtra?: Uint8Array;
  /** No local header and no data are written for this member. */
  skipLocal?: boolean;
  /**
   * What follows the data. Defaults to 'signed' when flag 0x08 is set in either header; with a
   * descriptor the local header's CRC and sizes are written as zero unless given.
   */
  descriptor?: 'signed' | 'unsigned' | 'signed64' | 'none' | Uint8Array;
  /** Bytes written before this member's local header. */
  before?: Uint8Array;
}

export interface ZipSpec {
  members: MemberSpec[];
  /** Bytes before the archive. */
  prefix?: Uint8Array;
  /** 'relative' (default): offsets count from the end of the prefix, as `cat` leaves them. */
  prefixOffsets?: 'relative' | 'absolute';
  /** Bytes between the last member and the central directory. */
  beforeCentral?: Uint8Array;
  /** Bytes at the end of the central directory, counted in its size. */
  centralTrailer?: Uint8Array;
  comment?: Uint8Array | string;
  /** Written in the end record instead of the comment's real length. */
  commentLength?: number;
  /** Bytes after the end record and its comment. */
  afterEnd?: Uint8Array;
  end?: Partial<EndFields>;
  /** A zip64 end record and locator, the 32-bit end record holding placeholders (or `end` values). */
  zip64?: boolean | { record?: Partial<EndFields>; locatorOffset?: number; extensible?: Uint8Array };
}

export interface EndFields {
  disk: number;
  centralDisk: number;
  entriesOnDisk: number;
  entries: number;
  centralSize: number;
  centralOffset: number;
}

export interface ZipLayout {
  bytes: Uint8Array;
  /** Absolute positions in `bytes`. */
  local: number[];
  data: number[];
  central: number;
  zip64End?: number;
  end: number;
}

class Writer {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(data: Uint8Array | readonly number[]): void {
    const part = Uint8Array.from(data);
    this.parts.push(part);
    this.length += part.length;
  }

  u16(value: number): void {
    this.bytes([value & 0xff, (value >>> 8) & 0xff]);
  }

  u32(value: number): void {
    this.bytes([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
  }

  u64(value: number): void {
    this.u32(value % 2 ** 32);
    this.u32(Math.floor(value / 2 ** 32));
  }

  done(): Uint8Array {
    return Buffer.concat(this.parts);
  }
}

export function u8(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

export function zip64ExtraField(...values: number[]): Uint8Array {
  const writer = new Writer();
  writer.u16(1);
  writer.u16(values.length * 8);
  for (const value of values) writer.u64(value);
  return writer.done();
}

export function extraField(id: number, data: Uint8Array): Uint8Array {
  const writer = new Writer();
  writer.u16(id);
  writer.u16(data.length);
  writer.bytes(data);
  return writer.done();
}

const isAscii = (text: string): boolean => [...text].every((char) => char.charCodeAt(0) < 0x80);

export function buildZip(spec: ZipSpec): ZipLayout {
  const out = new Writer();
  const prefix = spec.prefix ?? new Uint8Array(0);
  out.bytes(prefix);
  const base = spec.prefixOffsets === 'absolute' ? 0 : prefix.length;
  const local: number[] = [];
  const data: number[] = [];

  interface Written {
    member: MemberSpec;
    nameBytes: Uint8Array;
    flags: number;
    method: number;
    crc: number;
    compressedSize: number;
    uncompressedSize: number;
    offset: number;
  }
  const written: Written[] = [];

  for (const member of spec.members) {
    const content = u8(member.data ?? '');
    const method = member.method ?? 0;
    const raw = member.raw ?? (method === 8 ? deflateRawSync(content) : content);
    const nameBytes = member.nameBytes ?? u8(member.name);
    const flags = member.flags ?? (isAscii(member.name) ? 0 : 0x800);
    const crc = member.crc32 ?? crc32(content);
    const info: Written = {
      member,
      nameBytes,
      flags,
      method,
      crc,
      compressedSize: member.compressedSize ?? raw.length,
      uncompressedSize: member.uncompressedSize ?? content.length,
      offset: 0,
    };
    written.push(info);
    if (member.before) out.bytes(member.before);
    info.offset = out.length - base;
    local.push(out.length);
    if (member.skipLocal) {
      data.push(out.length);
      continue;
    }
    const localFlags = member.localFlags ?? flags;
    const withDescriptor = ((localFlags | flags) & 0x08) !== 0;
    const localName = member.localName === undefined ? nameBytes : u8(member.localName);
    const localExtra = member.localExtra ?? new Uint8Array(0);
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(localFlags);
    out.u16(member.localMethod ?? method);
    out.u16(0); // time
    out.u16(0x21); // date: 1980-01-01
    out.u32(member.localCrc32 ?? (withDescriptor ? 0 : crc));
    out.u32(member.localCompressedSize ?? (withDescriptor ? 0 : raw.length));
    out.u32(member.localUncompressedSize ?? (withDescriptor ? 0 : content.length));
    out.u16(localName.length);
    out.u16(localExtra.length);
    out.bytes(localName);
    out.bytes(localExtra);
    data.push(out.length);
    out.bytes(raw);
    const descriptor = member.descriptor ?? (withDescriptor ? 'signed' : 'none');
    if (descriptor instanceof Uint8Array) {
      out.bytes(descriptor);
    } else if (descriptor !== 'none') {
      if (descriptor !== 'unsigned') out.u32(0x08074b50);
      out.u32(crc);
      if (descriptor === 'signed64') {
        out.u64(info.compressedSize);
        out.u64(info.uncompressedSize);
      } else {
        out.u32(info.compressedSize);
        out.u32(info.uncompressedSize);
      }
    }
  }

  if (spec.beforeCentral) out.bytes(spec.beforeCentral);
  const central = out.length;
  for (const info of written) {
    const { member } = info;
    const offset = member.localHeaderOffset ?? info.offset;
    let extra = member.centralExtra ?? new Uint8Array(0);
    if (member.zip64Extra) {
      extra = Buffer.concat([zip64ExtraField(info.uncompressedSize, info.compressedSize, offset), extra]);
    }
    out.u32(0x02014b50);
    out.u16(0x031e);
    out.u16(member.versionNeeded ?? (member.zip64Extra ? 45 : 20));
    out.u16(info.flags);
    out.u16(info.method);
    out.u16(0);
    out.u16(0x21);
    out.u32(info.crc);
    out.u32(member.zip64Extra ? 0xffffffff : info.compressedSize);
    out.u32(member.zip64Extra ? 0xffffffff : info.uncompressedSize);
    out.u16(info.nameBytes.length);
    out.u16(extra.length);
    out.u16(0); // comment
    out.u16(0); // disk
    out.u16(0); // internal attributes
    out.u32(0); // external attributes
    out.u32(member.zip64Extra ? 0xffffffff : offset);
    out.bytes(info.nameBytes);
    out.bytes(extra);
  }
  if (spec.centralTrailer) out.bytes(spec.centralTrailer);
  const centralSize = out.length - central;
  const real: EndFields = {
    disk: 0,
    centralDisk: 0,
    entriesOnDisk: written.length,
    entries: written.length,
    centralSize,
    centralOffset: central - base,
  };

  let zip64End: number | undefined;
  let endFields: EndFields = { ...real, ...spec.end };
  if (spec.zip64) {
    const options = spec.zip64 === true ? {} : spec.zip64;
    const record = { ...real, ...options.record };
    const extensible = options.extensible ?? new Uint8Array(0);
    zip64End = out.length;
    out.u32(0x06064b50);
    out.u64(44 + extensible.length);
    out.u16(0x031e);
    out.u16(45);
    out.u32(record.disk);
    out.u32(record.centralDisk);
    out.u64(record.entriesOnDisk);
    out.u64(record.entries);
    out.u64(record.centralSize);
    out.u64(record.centralOffset);
    out.bytes(extensible);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(options.locatorOffset ?? zip64End - base);
    out.u32(1);
    endFields = {
      disk: 0,
      centralDisk: 0,
      entriesOnDisk: 0xffff,
      entries: 0xffff,
      centralSize: 0xffffffff,
      centralOffset: 0xffffffff,
      ...spec.end,
    };
  }

  const end = out.length;
  const comment = u8(spec.comment ?? '');
  out.u32(0x06054b50);
  out.u16(endFields.disk);
  out.u16(endFields.centralDisk);
  out.u16(endFields.entriesOnDisk);
  out.u16(endFields.entries);
  out.u32(endFields.centralSize);
  out.u32(endFields.centralOffset);
  out.u16(spec.commentLength ?? comment.length);
  out.bytes(comment);
  if (spec.afterEnd) out.bytes(spec.afterEnd);
  return { bytes: out.done(), local, data, central, ...(zip64End !== undefined ? { zip64End } : {}), end };
}

export function zipBytes(spec: ZipSpec): Uint8Array {
  return buildZip(spec).bytes;
}

/** An end-of-central-directory record on its own (for comments that hide one). */
export function endRecord(fields: Partial<EndFields> & { commentLength?: number } = {}): Uint8Array {
  const writer = new Writer();
  writer.u32(0x06054b50);
  writer.u16(fields.disk ?? 0);
  writer.u16(fields.centralDisk ?? 0);
  writer.u16(fields.entriesOnDisk ?? 0);
  writer.u16(fields.entries ?? 0);
  writer.u32(fields.centralSize ?? 0);
  writer.u32(fields.centralOffset ?? 0);
  writer.u16(fields.commentLength ?? 0);
  return writer.done();
}
