/*
 * Why bzip2, xz and .lzma are decoded here (bzip2.ts, lzma.ts) rather than by a library: none on
 * npm streams into a sink that can stop it mid-block, bounds its memory by the format's window,
 * reports how many compressed bytes it consumed (so trailing data is seen, not dropped) and bundles
 * as plain JavaScript or embedded WebAssembly under a licence an Apache-2.0 bundle can carry.
 * xz-decompress (xz-embedded in WebAssembly) has no .lzma and no SHA-256 check, drops what follows
 * the stream and serializes all decoders behind one global lock; node-liblzma's WebAssembly build
 * of liblzma would do, but it is LGPL-3.0 and its default entry loads a native addon; xz-compat
 * buffers the whole file, parses it from the footer, verifies no check and may install lzma-native
 * at run time; lzma (LZMA-JS) and lzma-purejs decode .lzma only, whole buffers, unmaintained.
 * unbzip2-stream collects each block's output (up to 45 MB) as an array of numbers and cannot be
 * stopped inside a block; seek-bzip reads its input synchronously (the whole file in memory);
 * @foxglove/wasm-bz2 needs the output size up front; compressjs is GPL.
 * zlib and gzip go through node:zlib, with gzip's members framed here so trailing data is told
 * from a next member (Node's gunzip errors on some and silently drops others).
 */
import type * as Zlib from 'node:zlib';
import { decodeBzip2 } from './bzip2.js';
import {
  DEFAULT_LIMITS,
  type DecompressLimits,
  Input,
  MalformedError,
  Output,
  StopError,
  UnsupportedError,
} from './decompress-io.js';
import { decodeLzmaFamily } from './lzma.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export type { DecompressLimits } from './decompress-io.js';

// zlib loads with the first compressed model: most scans have none, and start-up counts on every run.
let zlib: typeof Zlib;
export { DEFAULT_LIMITS as DEFAULT_DECOMPRESS_LIMITS } from './decompress-io.js';

export type DecompressMethod = 'zlib' | 'gzip' | 'bz2' | 'xz' | 'lzma' | 'joblib-zf';

export interface DecompressResult {
  /** Decompressed bytes delivered to the sink. */
  outputBytes: number;
  /** Compressed bytes consumed: to the end of the last stream, or to where decoding stopped. */
  inputBytes: number;
  /** Every stream ended properly and its check (gzip CRC32 and size, xz check, bzip2 CRCs, ZF length) passed. */
  complete: boolean;
  /** Bytes after the end of the last stream (0 unless complete). */
  trailingBytes: number;
  /** A limit ('model/scan-limit'), corrupt or truncated data ('model/malformed-file' error), trailing data (warning). */
  issues: ModelIssue[];
}

const NAMES: Record<DecompressMethod, string> = {
  zlib: 'zlib',
  gzip: 'gzip',
  bz2: 'bzip2',
  xz: 'xz',
  lzma: '.lzma',
  'joblib-zf': 'ZF (joblib before 0.10)',
};

/**
 * Decompresses `source` into `sink`, in chunks of at most 64 KiB that the sink may keep. Memory is
 * bounded by the format's window (32 KiB for deflate, a block for bzip2, the dictionary for LZMA,
 * itself capped), never by the output. The sink returns false to stop early (complete is then
 * false, with no issue); limits stop the decode the moment they are passed, with the bytes up to
 * the limit delivered. Corrupt, truncated and unsupported data end in an issue, never a throw:
 * only errors thrown by the source's reads or by the sink propagate.
 */
export async function decompress(
  method: DecompressMethod,
  source: ByteSource,
  sink: (chunk: Uint8Array) => boolean | void,
  limits?: Partial<DecompressLimits>,
): Promise<DecompressResult> {
  const settings: DecompressLimits = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  let consumed = 0;
  let input: Input | undefined;
  let position = (): number => input?.offset ?? consumed;
  const output = new Output(sink, settings, NAMES[method], () => position());
  const issues: ModelIssue[] = [];
  let complete = false;
  let end = 0;
  zlib ??= await import('node:zlib');
  try {
    if (method === 'zlib' || method === 'gzip' || method === 'joblib-zf') {
      const progress = { offset: 0 };
      position = () => progress.offset;
      end = await (method === 'gzip'
        ? gunzip(source, output, progress)
        : method === 'zlib'
          ? inflateAt(source, 0, 'zlib', output, progress)
          : joblibZf(source, output, progress));
    } else {
      input = new Input(source, 0);
      if (method === 'bz2') {
        await decodeBzip2(input, output);
        end = input.offset;
      } else {
        const family = await decodeLzmaFamily(method, input, output, settings.maxDictionaryBytes);
        for (const type of family.uncheckedTypes) {
          issues.push({
            ruleId: 'model/malformed-file',
            level: 'warning',
            message: `its xz blocks have a reserved integrity check (${type}) that was not verified`,
          });
        }
        end = family.end;
      }
    }
    complete = true;
  } catch (error) {
    consumed = position();
    if (error instanceof StopError) {
      if (output.limitIssue) issues.push(output.limitIssue);
    } else if (error instanceof MalformedError) {
      issues.push({
        ruleId: 'model/malformed-file',
        level: 'error',
        message: `${error.message}: the rest of its content was not decompressed or scanned`,
        offset: error.offset,
        properties: { compression: NAMES[method] },
      });
    } else if (error instanceof UnsupportedError) {
      issues.push({
        ruleId: 'model/not-scanned',
        level: 'error',
        message: `${error.message}: the rest of its content was not scanned`,
        offset: error.offset,
        properties: { compression: NAMES[method] },
      });
    } else throw error;
  }
  const trailingBytes = complete ? Math.max(0, source.size - end) : 0;
  if (trailingBytes > 0) {
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message: `${trailingBytes} bytes after the end of its ${NAMES[method]} data were not decompressed or scanned`,
      offset: end,
      properties: { trailingBytes, compression: NAMES[method] },
    });
  }
  return {
    outputBytes: output.delivered,
    inputBytes: complete ? end : Math.min(consumed, source.size),
    complete,
    trailingBytes,
    issues,
  };
}

function definedOnly(limits: Partial<DecompressLimits> | undefined): Partial<DecompressLimits> {
  const result: Partial<DecompressLimits> = {};
  for (const [key, value] of Object.entries(limits ?? {})) {
    if (typeof value === 'number' && !Number.isNaN(value)) result[key as keyof DecompressLimits] = value;
  }
  return result;
}

// ---- deflate through node:zlib ------------------------------------------------------------------

const READ = 64 * 1024;

const ZLIB_MESSAGES: Record<string, string> = {
  Z_BUF_ERROR: 'is truncated',
  Z_DATA_ERROR: 'is corrupt',
  Z_NEED_DICT: 'needs a preset dictionary',
};

/**
 * Inflates one deflate stream (raw, or zlib-wrapped with its Adler-32) that starts at `start`, and
 * returns the offset just past it: node:zlib stops at the stream's end and counts what it consumed.
 * `progress.offset` follows the consumed bytes, for the ratio limit. `each` sees every chunk first.
 */
async function inflateAt(
  source: ByteSource,
  start: number,
  kind: 'raw' | 'zlib',
  output: Output,
  progress: { offset: number },
  each?: (chunk: Uint8Array) => void,
  head?: Uint8Array,
): Promise<number> {
  // A small stream inflates in one synchronous call: creating a zlib stream costs more than a
  // tiny gzip member does, and a file of a million empty members must not take an hour.
  const window = head ?? (await source.read(start, READ));
  let small: { buffer: Buffer; engine: { bytesWritten: number } } | undefined;
  try {
    const options = { info: true, maxOutputLength: READ } as const;
    small = (
      kind === 'raw' ? zlib.inflateRawSync(window, options) : zlib.inflateSync(window, options)
    ) as never;
  } catch {
    // Longer than the window, larger than a chunk, or corrupt: the streaming path below tells which.
  }
  if (small !== undefined) {
    progress.offset = start + small.engine.bytesWritten;
    each?.(small.buffer);
    output.write(small.buffer, true);
    return progress.offset;
  }
  const inflater =
    kind === 'raw' ? zlib.createInflateRaw({ chunkSize: READ }) : zlib.createInflate({ chunkSize: READ });
  const consumed = () => start + (inflater as Zlib.Inflate & { bytesWritten: number }).bytesWritten;
  let failure: unknown;
  let ended = false;
  progress.offset = start;
  inflater.on('data', (chunk: Buffer) => {
    if (failure !== undefined) return;
    try {
      progress.offset = consumed();
      each?.(chunk);
      output.write(chunk, true);
    } catch (error) {
      failure = error;
      inflater.destroy();
    }
  });
  inflater.on('end', () => (ended = true));
  inflater.on('error', (error) => (failure ??= error));
  const closed = new Promise<void>((resolve) => inflater.once('close', resolve));
  let offset = start;
  while (!ended && failure === undefined && !inflater.destroyed) {
    let chunk: Uint8Array;
    try {
      chunk = await source.read(offset, READ);
    } catch (error) {
      inflater.destroy();
      throw error;
    }
    if (chunk.length === 0) break;
    offset += chunk.length;
    // The callback runs once zlib has taken the chunk in; a destroy runs it too, or ends the race.
    await Promise.race([new Promise<void>((resolve) => inflater.write(chunk, () => resolve())), closed]);
  }
  if (!inflater.destroyed) inflater.end();
  await closed;
  if (failure instanceof StopError) throw failure;
  const at = consumed();
  progress.offset = at;
  if (failure !== undefined || !ended) {
    const code = (failure as NodeJS.ErrnoException | undefined)?.code;
    // Anything but zlib's own verdict on the data is a bug or a read error: let it through.
    if (failure !== undefined && !code?.startsWith('Z_')) throw failure;
    const what = kind === 'raw' ? 'deflate data' : 'zlib data';
    throw new MalformedError(`the ${what} ${ZLIB_MESSAGES[code ?? 'Z_BUF_ERROR'] ?? 'is corrupt'}`, at);
  }
  return at;
}

/** gzip's members (RFC 1952), each framed here and inflated raw, then checked by CRC32 and ISIZE. */
async function gunzip(source: ByteSource, output: Output, progress: { offset: number }): Promise<number> {
  const input = new Input(source, 0);
  for (let member = 0; ; member++) {
    const offset = input.offset;
    const header = await input.take(10);
    if (header === undefined || header[0] !== 0x1f || header[1] !== 0x8b) {
      if (member === 0)
        throw new MalformedError(header ? 'the gzip header is corrupt' : 'the gzip file is truncated', 0);
      return offset;
    }
    if (header[2] !== 8) throw new MalformedError('the gzip header is corrupt (not deflate)', offset + 2);
    const flags = header[3]!;
    // Python's gzip reader ignores the reserved flags and the header CRC, so this one does too.
    if (flags & 4) {
      const size = await input.take(2);
      if (size === undefined || (await input.take(size[0]! | (size[1]! << 8))) === undefined)
        throw new MalformedError('the gzip file is truncated', input.offset);
    }
    for (const bit of [8, 16]) {
      if (flags & bit && !(await input.skipThrough(0)))
        throw new MalformedError('the gzip file is truncated', input.offset);
    }
    if (flags & 2 && (await input.take(2)) === undefined)
      throw new MalformedError('the gzip file is truncated', input.offset);
    let crc = 0;
    let size = 0;
    await input.fill(READ);
    const dataAt = input.offset;
    const head = input.buf.subarray(input.pos, input.end);
    const dataEnd = await inflateAt(
      source,
      dataAt,
      'raw',
      output,
      progress,
      (chunk) => {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
      },
      head,
    );
    input.seek(dataEnd);
    const stored = await input.take(8);
    if (stored === undefined) throw new MalformedError('the gzip file is truncated', dataEnd);
    const view = new DataView(stored.buffer, stored.byteOffset, 8);
    if (view.getUint32(0, true) !== crc >>> 0)
      throw new MalformedError('the gzip data is corrupt (its CRC32 does not match)', dataEnd);
    if (view.getUint32(4, true) !== size % 2 ** 32)
      throw new MalformedError('the gzip data is corrupt (its size does not match)', dataEnd + 4);
    // Python's reader skips zero bytes after a member before looking for the next.
    await input.skipRun(0);
    progress.offset = input.offset;
    if (input.offset >= source.size) return input.offset;
  }
}

/**
 * joblib before 0.10: "ZF", the decompressed length in hex ("0x...", padded with spaces to 19
 * characters, one more from Python 2), then one zlib stream whose output must be that long.
 */
async function joblibZf(source: ByteSource, output: Output, progress: { offset: number }): Promise<number> {
  const header = await source.read(0, 22);
  if (header.length < 21 || header[0] !== 0x5a || header[1] !== 0x46)
    throw new MalformedError('the ZF header is truncated or corrupt', 0);
  const text = new TextDecoder('latin1').decode(header.subarray(2, 21)).trim();
  if (!/^0[xX][0-9a-fA-F]+$|^[0-9a-fA-F]+$/.test(text))
    throw new MalformedError('the ZF header is corrupt (its length is not hexadecimal)', 2);
  const declared = Number.parseInt(text.replace(/^0[xX]/, ''), 16);
  const start = header[21] === 0x20 ? 22 : 21;
  let produced = 0;
  const end = await inflateAt(source, start, 'zlib', output, progress, (chunk) => (produced += chunk.length));
  if (produced !== declared)
    throw new MalformedError(
      `the ZF data is corrupt (its header says ${declared} bytes, it decompresses to ${produced})`,
      end,
    );
  return end;
}
