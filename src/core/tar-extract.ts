import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * A streaming extractor for npm package tarballs (gzipped ustar with pax or GNU long names). The
 * scanner's tar reader (src/checks/scan-model/tar.ts) lists members of a random-access source,
 * which for a 300 MB runtime tarball would mean holding it all; this one reads the gunzip stream
 * once and writes each wanted member as it passes. It writes regular files only: an absolute
 * name, a `..` segment, a link or a device is refused, so nothing lands outside `destination`.
 */

/** Why an archive was refused; `entry` is the member's name as the archive spells it. */
export class TarExtractError extends Error {
  override readonly name = 'TarExtractError';
  constructor(
    message: string,
    readonly entry?: string,
  ) {
    super(message);
  }
}

export interface ExtractOptions {
  /** Directory the members are written into; created when absent. */
  destination: string;
  /**
   * Chooses what to write for a member's path (forward slashes, its first segment, npm's
   * `package/`, removed): a path relative to `destination`, or undefined to skip the member.
   */
  select: (memberPath: string) => string | undefined;
}

const BLOCK = 512;

/** Reads exact byte counts from a stream of chunks, never holding more than one chunk's excess. */
class ChunkReader {
  private pending: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Undefined at the end of the stream; the archive is truncated when it ends part-way. */
  async exactly(count: number): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let have = 0;
    for await (const piece of this.pieces(count)) {
      parts.push(piece);
      have += piece.length;
    }
    if (have === 0) return undefined;
    if (have < count) throw new TarExtractError('the archive ends in the middle of a member');
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);
  }

  /** Yields the next `count` bytes in the pieces they arrive in (fewer only at the stream's end). */
  async *pieces(count: number): AsyncGenerator<Buffer> {
    let left = count;
    while (left > 0) {
      if (this.pending.length === 0) {
        if (this.ended) return;
        const next = await this.source.next();
        if (next.done) {
          this.ended = true;
          return;
        }
        this.pending = next.value;
        continue;
      }
      const take = Math.min(left, this.pending.length);
      yield this.pending.subarray(0, take);
      this.pending = this.pending.subarray(take);
      left -= take;
    }
  }

  async skip(count: number): Promise<void> {
    let skipped = 0;
    for await (const piece of this.pieces(count)) skipped += piece.length;
    if (skipped < count) throw new TarExtractError('the archive ends in the middle of a member');
  }
}

function text(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return (end < 0 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

function octal(bytes: Buffer, field: string): number {
  if ((bytes[0]! & 0x80) !== 0)
    throw new TarExtractError(`a header's ${field} uses base-256, which npm never writes`);
  const digits = text(bytes).trim();
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarExtractError(`a header's ${field} is not an octal number`);
  return Number.parseInt(digits, 8);
}

function checksumMatches(header: Buffer): boolean {
  const stored = octal(header.subarray(148, 156), 'checksum');
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 0x20 : header[index]!;
  return sum === stored;
}

/** Pax extended header records: `<length> <key>=<value>\n`. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > data.length)
      throw new TarExtractError('a pax header record has a bad length');
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

/** Bytes of a pax or GNU long-name header; no npm tarball comes near it. */
const MAX_META_BYTES = 1024 * 1024;

/**
 * The member's path below the tarball's top directory, or a TarExtractError for a name that could
 * leave the destination or means different things on different systems.
 */
export function memberPath(name: string): string {
  if (name.includes('\0') || name.includes('\\'))
    throw new TarExtractError('a member name holds a NUL or a backslash', name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw new TarExtractError('a member name is an absolute path', name);
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw new TarExtractError('a member name has a ".." segment', name);
  return segments.slice(1).join('/');
}

/**
 * Extracts the gzipped tarball at `file`. Members are written as they are read, so a refusal
 * part-way leaves earlier members in `destination`: extract into a fresh directory and discard it
 * on failure.
 */
export async function extractTarball(file: string, options: ExtractOptions): Promise<{ files: number }> {
  // pipeline, unlike pipe, passes a read error on to the gunzip stream the loop reads.
  const gunzip = pipeline(createReadStream(file), createGunzip(), () => {});
  const reader = new ChunkReader(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const destination = path.resolve(options.destination);
  await mkdir(destination, { recursive: true });
  let files = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  let paxSize: number | undefined;
  try {
    for (;;) {
      const header = await reader.exactly(BLOCK);
      if (header === undefined || header.every((byte) => byte === 0)) break;
      if (!checksumMatches(header)) throw new TarExtractError('a header has a bad checksum');
      const typeFlag = String.fromCharCode(header[156]!);
      const headerSize = octal(header.subarray(124, 136), 'size');
      const size = paxSize ?? headerSize;
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (typeFlag === 'x' || typeFlag === 'g' || typeFlag === 'L') {
        if (size > MAX_META_BYTES) throw new TarExtractError('a pax or long-name header is too large');
        const data = size === 0 ? Buffer.alloc(0) : await reader.exactly(padded);
        if (data === undefined) throw new TarExtractError('the archive ends in the middle of a member');
        const content = data.subarray(0, size);
        if (typeFlag === 'L') longName = text(content);
        if (typeFlag === 'x') {
          const records = paxRecords(content);
          paxPath = records.get('path') ?? paxPath;
          const sizeRecord = records.get('size');
          if (sizeRecord !== undefined) {
            if (!/^\d+$/.test(sizeRecord)) throw new TarExtractError('a pax size record is not a number');
            paxSize = Number.parseInt(sizeRecord, 10);
          }
        }
        continue;
      }
      const magic = header.subarray(257, 262).toString('latin1');
      const prefix = magic === 'ustar' ? text(header.subarray(345, 500)) : '';
      const ustarName = text(header.subarray(0, 100));
      const name = paxPath ?? longName ?? (prefix === '' ? ustarName : `${prefix}/${ustarName}`);
      longName = paxPath = paxSize = undefined;
      if (typeFlag === '5') {
        memberPath(name);
        await reader.skip(padded);
        continue;
      }
      if (typeFlag !== '0' && typeFlag !== '\0' && typeFlag !== '7') {
        const kind =
          typeFlag === '1' ? 'a hard link' : typeFlag === '2' ? 'a symbolic link' : 'not a regular file';
        throw new TarExtractError(`a member is ${kind}`, name);
      }
      const relative = memberPath(name);
      const target = relative === '' ? undefined : options.select(relative);
      if (target === undefined) {
        await reader.skip(padded);
        continue;
      }
      const output = path.resolve(destination, target);
      if (!output.startsWith(destination + path.sep))
        throw new TarExtractError('a member would be written outside the destination', name);
      const mode = (octal(header.subarray(100, 108), 'mode') & 0o111) !== 0 ? 0o755 : 0o644;
      let handle: FileHandle;
      try {
        await mkdir(path.dirname(output), { recursive: true });
        handle = await open(output, 'wx', mode);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR')
          throw new TarExtractError('a member has the name of another member, or of its directory', name);
        throw error;
      }
      try {
        let written = 0;
        for await (const piece of reader.pieces(size)) {
          await handle.write(piece);
          written += piece.length;
        }
        if (written < size) throw new TarExtractError('the archive ends in the middle of a member', name);
      } finally {
        await handle.close();
      }
      await reader.skip(padded - size);
      files++;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_'))
      throw new TarExtractError(`the gzip stream is corrupt (${code})`);
    throw error;
  } finally {
    gunzip.destroy();
  }
  return { files };
}
