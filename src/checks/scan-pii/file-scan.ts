import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Finding } from '../../core/findings.js';
import { keyedFingerprint, type FingerprintKey } from '../../core/redaction.js';
import {
  csvColumns,
  FIELD_BOOST,
  fieldsCanBoost,
  isVersionColumn,
  keyBefore,
  NEAR_BOOST,
  readAs,
  scoreCandidate,
} from './context.js';
import { type Entity, ruleFor } from './entities.js';
import { Readable, type Transform } from 'node:stream';
import { type FileFormat, isBinaryOutputKey, looksBinary, utf16ByBom } from './formats.js';
import { previewOf } from './preview.js';
import { regionColumns, regionsOfKeyedLine, regionsOfRow } from './regions.js';
import { type Candidate, scanBytes, takeInlineMarkerSeen } from './scanner.js';
import { pemBodyFollows } from './secrets.js';

/**
 * Streams one text file (or its gunzipped content) through the scanner with bounded memory:
 * chunks are cut at line ends, a line longer than the cap is cut at a non-word character, and
 * every finding carries the physical line and UTF-16 column of the file as stored.
 */

export interface ScanSettings {
  entities: ReadonlySet<Entity>;
  minConfidence: number;
  fingerprintKey: FingerprintKey;
  /** Regions whose national phone formats are read (`phone-regions`). */
  phoneRegions: readonly string[];
}

export interface TextScanStats {
  bytes: number;
  lines: number;
  candidates: number;
}

// Small enough to stay in a core's cache between the read and the scan.
export const CHUNK = 1024 * 1024;
/** A line longer than this is scanned in pieces (minified JSON, one-line dumps). */
export const MAX_PIECE = 8 * 1024 * 1024;
/** Tokens and JWTs up to this length are never split between pieces (HTTP headers cap them far lower). */
export const MAX_TOKEN = 64 * 1024;

const ENTITY_NAMES: Record<Entity, string> = {
  EMAIL_ADDRESS: 'Email address',
  PHONE_NUMBER: 'Phone number',
  US_SSN: 'US SSN',
  CREDIT_CARD: 'Payment card number',
  IBAN_CODE: 'IBAN',
  IP_ADDRESS: 'Public IP address',
  CRYPTO: 'Bitcoin address',
  SECRET: 'Secret',
};

/** Scans text pieces in order, keeping line numbers and the CSV header across pieces. */
export class TextScanner {
  readonly findings: Finding[] = [];
  /** Told of every reported value's place in the scanned buffer (redaction rewrites them). */
  onReport?: (candidate: Candidate) => void;
  readonly stats: TextScanStats = { bytes: 0, lines: 0, candidates: 0 };
  private line = 1;
  /** UTF-16 length already consumed of the current line, when a line arrives in pieces. */
  private lineColumnBase = 0;
  private columns?: string[];
  private readonly delimiterByte: number;
  private readonly kindLabel: string;
  /** Line 1 of this scan is the file's CSV header (not so for a range that starts mid-file). */
  private readonly firstLineIsHeader: boolean;
  /** Newlines passed so far: a finding's line is this plus one. */
  newlines = 0;
  /** An `mlsec-ignore:` marker occurs in what was scanned. */
  inlineMarker = false;

  constructor(
    private readonly relativePath: string,
    private readonly format: FileFormat,
    private readonly settings: ScanSettings,
    private readonly decompressed = false,
    /** For a range that starts mid-file: the header columns read from the file's first line. */
    columns?: string[],
  ) {
    this.kindLabel = decompressed ? ' of the decompressed content' : '';
    this.delimiterByte = format.kind === 'csv' ? format.delimiter.charCodeAt(0) : -1;
    this.columns = columns;
    this.firstLineIsHeader = columns === undefined;
  }

  /**
   * Scans `buf[start, end)`; `endsLine` says whether the piece ends at a line break or in the
   * middle of a long line (the rest of which comes in the next piece).
   */
  scan(buf: Buffer, start = 0, end = buf.length, endsLine = true): void {
    this.settleHeld(buf, start, end);
    this.stats.bytes += end - start;
    // The read buffer is reused between pieces: column bookkeeping starts afresh each time.
    this.columnCursor.lineStart = -1;
    let lineStart = start;
    let cursor = start;
    if (this.format.kind === 'csv' && this.columns === undefined && this.line === 1) {
      const headerEnd = buf.indexOf(10, start);
      // Names are decoded as UTF-8 (`téléphone`); the scanner itself stays byte-based.
      const header = buf.toString('utf8', start, headerEnd === -1 || headerEnd > end ? end : headerEnd);
      this.columns = csvColumns(header, this.format.delimiter);
    }
    const advanceTo = (offset: number) => {
      for (let nl = buf.indexOf(10, cursor); nl !== -1 && nl < offset; nl = buf.indexOf(10, nl + 1)) {
        this.line += 1;
        this.newlines += 1;
        lineStart = nl + 1;
        this.lineColumnBase = 0;
      }
      cursor = Math.max(offset, lineStart);
    };
    scanBytes(
      buf,
      start,
      end,
      (candidate) => {
        this.stats.candidates += 1;
        advanceTo(candidate.start);
        this.consider(candidate, buf, lineStart, end);
      },
      this.delimiterByte,
      this.versionColumns(),
    );
    advanceTo(end);
    if (takeInlineMarkerSeen()) this.inlineMarker = true;
    if (endsLine && end > start && buf[end - 1] !== 10) {
      // The last line had no newline: nothing more comes for it.
      this.lineColumnBase = 0;
    } else if (!endsLine) {
      this.lineColumnBase += buf.toString('utf8', lineStart, end).length;
    }
    this.stats.lines = this.line - (end > start && buf[end - 1] === 10 ? 1 : 0);
  }

  /** A private key whose BEGIN line ended the last piece: reported once what follows shows material. */
  private held?: Finding;

  /**
   * Decides a held private key from the text that follows it (the next piece, or the bytes past a
   * range's end). Without such text, the file ended on the BEGIN line: no key, nothing reported.
   */
  settleHeld(buf: Buffer, start: number, end: number): void {
    if (this.held === undefined || end <= start) return;
    if (pemBodyFollows(buf, start, end) !== false) this.findings.push(this.held);
    this.held = undefined;
  }

  private versionColumnMask?: Uint8Array;

  /** CSV columns that hold versions: the scanner does not even allocate a dotted quad there. */
  private versionColumns(): Uint8Array | undefined {
    if (this.format.kind !== 'csv' || this.columns === undefined) return undefined;
    this.versionColumnMask ??= Uint8Array.from([
      ...this.columns.map((column) => (isVersionColumn(column) ? 1 : 0)),
      0,
    ]);
    return this.versionColumnMask;
  }

  private regionColumnList?: ReturnType<typeof regionColumns>;

  /**
   * The regions in force for a national phone number on this line: phone-regions, and the
   * country or locale the record names (a CSV column; a key on the line, `"locale": "fr-FR"`).
   */
  private regionsFor(buf: Buffer, lineStart: number, end: number): readonly string[] {
    let lineEnd = buf.indexOf(10, lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = buf.toString('utf8', lineStart, lineEnd);
    let named: string[];
    if (this.format.kind === 'csv') {
      this.regionColumnList ??= regionColumns(this.columns ?? []);
      named =
        this.regionColumnList.length === 0
          ? []
          : regionsOfRow(csvColumns(line, this.format.delimiter), this.regionColumnList);
    } else named = regionsOfKeyedLine(line);
    return named.length === 0 ? this.settings.phoneRegions : [...this.settings.phoneRegions, ...named];
  }

  /** Where the UTF-16 column count of the current line stands: a long line is decoded once. */
  private columnCursor = { buf: undefined as Buffer | undefined, lineStart: -1, offset: 0, units: 0 };

  private columnAt(buf: Buffer, lineStart: number, at: number): number {
    const cursor = this.columnCursor;
    if (cursor.buf !== buf || cursor.lineStart !== lineStart || cursor.offset > at) {
      cursor.buf = buf;
      cursor.lineStart = lineStart;
      cursor.offset = lineStart;
      cursor.units = this.lineColumnBase;
    }
    // Candidates start at ASCII bytes, so a cut here never splits a UTF-8 sequence.
    cursor.units += buf.toString('utf8', cursor.offset, at).length;
    cursor.offset = at;
    return cursor.units;
  }

  /** Per entity and CSV column: whether the column name can raise confidence. */
  private readonly columnBoost = new Map<string, boolean>();
  private consider(found: Candidate, buf: Buffer, lineStart: number, end: number): void {
    const entities = this.settings.entities;
    if (!entities.has(found.entity) && !(found.alternative && entities.has(found.alternative))) return;
    let candidate = found;
    let csvField = -1;
    if (this.format.kind === 'csv' && !(this.firstLineIsHeader && this.line === 1)) {
      csvField = candidate.field ?? 0;
      const column = this.columns?.[csvField];
      candidate = readAs(candidate, column);
      if (!entities.has(candidate.entity)) return;
      // Upper bound before any decoding: under a column that can never vouch for this entity,
      // a weak shape cannot reach min-confidence (version strings in every row, for instance).
      // Dotted quads are settled by the scanner's version-column mask and by scoring.
      if (candidate.entity !== 'SECRET' && candidate.entity !== 'IP_ADDRESS' && column !== undefined) {
        const key = `${candidate.entity}\u0000${column}`;
        let boost = this.columnBoost.get(key);
        if (boost === undefined) {
          boost = fieldsCanBoost(candidate.entity, [column]);
          this.columnBoost.set(key, boost);
        }
        if (candidate.confidence + (boost ? FIELD_BOOST : 0) + NEAR_BOOST < this.settings.minConfidence)
          return;
      }
    }
    // Only the little context that scoring reads is decoded: most candidates are rejected here.
    let near = buf.toString('latin1', Math.max(lineStart, candidate.start - 48), candidate.start);
    // Words count only inside the value's own field: `{"id": 12, "text": "call 415…"}` is not an id.
    const boundary =
      this.format.kind === 'csv' ? near.lastIndexOf(this.format.delimiter) : near.lastIndexOf('":');
    if (boundary !== -1) near = near.slice(boundary + (this.format.kind === 'csv' ? 1 : 2));
    let field: string | undefined;
    if (this.format.kind === 'csv') {
      // Line 1 is taken as the header; a value found there is still reported, without a column.
      if (csvField >= 0) field = this.columns?.[csvField];
    } else {
      field = keyBefore(buf.toString('utf8', Math.max(lineStart, candidate.start - 200), candidate.start));
      if (this.format.kind === 'keyed' && this.format.flavour === 'notebook') {
        // An image output is one long base64 line: its key opens the line, however far back.
        const opening = buf.toString('latin1', lineStart, Math.min(end, lineStart + 128));
        const lineKey = /^\s*"([^"\\]{1,100})"\s*:/.exec(opening)?.[1];
        if (
          (field !== undefined && isBinaryOutputKey(field)) ||
          (lineKey !== undefined && isBinaryOutputKey(lineKey))
        )
          return;
      }
      candidate = readAs(candidate, field);
      if (!entities.has(candidate.entity)) return;
    }
    let line = '';
    if (candidate.requiresContext) {
      let lineEnd = buf.indexOf(10, candidate.end);
      if (lineEnd === -1 || lineEnd > end) lineEnd = end;
      line = buf.toString('latin1', lineStart, lineEnd);
    }
    const regions =
      candidate.entity === 'PHONE_NUMBER' && !candidate.value.startsWith('+')
        ? this.regionsFor(buf, lineStart, end)
        : undefined;
    const confidence = scoreCandidate(candidate, { field, before: near.toLowerCase(), line, regions });
    if (confidence < this.settings.minConfidence) return;

    // Columns count UTF-16 units of the line decoded as UTF-8, as editors and SARIF do.
    const column = this.columnAt(buf, lineStart, candidate.start) + 1;
    // In plain text a `word:` before the value is often a name ("Jane: call me ..."): it scores, unseen.
    const shown = this.format.kind === 'text' ? undefined : field;
    this.onReport?.(candidate);
    const finding = describeFinding(candidate, confidence, this.settings, {
      path: this.relativePath,
      line: this.line,
      column,
      endColumn: column + buf.toString('utf8', candidate.start, candidate.end).length,
      field: shown,
      fieldKind: this.format.kind === 'csv' ? 'column' : 'key',
      where: this.kindLabel,
      extra: this.decompressed ? { decompressed: true } : undefined,
    });
    if (candidate.bodyUnseen) this.held = finding;
    else this.findings.push(finding);
  }
}

export interface FindingPlace {
  path: string;
  line?: number;
  column?: number;
  endColumn?: number;
  /** The field the value sits in, shown in the message (a name from the file, never a value). */
  field?: string;
  fieldKind: 'column' | 'key';
  /** More about the place, appended after the field: a row number, "of the decompressed content". */
  where?: string;
  extra?: Record<string, string | number | boolean>;
}

/** The finding for a candidate: a masked preview, never the value; a keyed fingerprint. */
export function describeFinding(
  candidate: Candidate,
  confidence: number,
  settings: ScanSettings,
  place: FindingPlace,
): Finding {
  const rule = ruleFor(candidate.entity, candidate.secretType);
  const what =
    candidate.entity === 'SECRET' ? rule.title.replace(/^Leaked /, '') : ENTITY_NAMES[candidate.entity];
  const shownField = showableField(place.field);
  const field = shownField ? ` in ${place.fieldKind} "${shownField}"` : '';
  const properties: Finding['properties'] = { entity: candidate.entity, confidence, ...place.extra };
  if (candidate.secretType) properties.secretType = candidate.secretType;
  if (shownField) properties.field = shownField;
  const location: Finding['location'] = { path: place.path };
  if (place.line !== undefined) location.line = place.line;
  if (place.column !== undefined) location.column = place.column;
  if (place.endColumn !== undefined) location.endColumn = place.endColumn;
  return {
    ruleId: rule.id,
    level: rule.defaultLevel,
    message: `${what}${field}${place.where ?? ''}: ${previewOf(candidate)} (confidence ${confidence.toFixed(2)})`,
    location,
    fingerprint: keyedFingerprint(settings.fingerprintKey, rule.id, place.path, candidate.normalized),
    properties,
  };
}

/**
 * A field name fit to print: a CSV "header" that is really a data row, or a JSON key that is
 * itself an email or a number, would put a raw value in the message. Such names are withheld.
 */
export function showableField(field: string | undefined): string | undefined {
  if (field === undefined || field === '') return undefined;
  // Not the scanner itself (it is running): anything with an `@`, six digits, or a long
  // letters-and-digits token could be a value, and a real column name never needs them.
  const digits = field.replace(/\D/g, '').length;
  const token = /(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}/.test(field);
  return field.includes('@') || digits >= 6 || token || field.length > 64 ? undefined : field;
}

/**
 * Cuts a long line after a character that cannot be inside a value, so no value is split. A space
 * or tab can be inside one (`4539 1488 0343 6467`, `DE89 3704 …`, `(415) 555-2671`, `BEGIN RSA
 * PRIVATE KEY`): it is a cut only where the characters on both sides cannot both belong to a value.
 */
export function safeCut(buf: Buffer): number {
  const joins = (b: number) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || b === 41;
  for (const strict of [true, false]) {
    for (let i = buf.length - 1; i > buf.length - 4096 && i > 0; i--) {
      const c = buf[i]!;
      if (c === 44 || c === 123 || c === 125 || c === 91 || c === 93 || c === 59) return i + 1;
      if (
        (c === 32 || c === 9) &&
        (!strict || (i + 1 < buf.length && !(joins(buf[i - 1]!) && joins(buf[i + 1]!))))
      )
        return i + 1;
    }
  }
  // A long run without those (a JWT inside a long base64 or URL text): after any byte that no
  // token or JWT holds (a quote, `:`, `/`, `=`, `+`), so a token shorter than MAX_TOKEN stays whole.
  for (let i = buf.length - 1; i > buf.length - MAX_TOKEN && i > 0; i--) {
    const c = buf[i]!;
    if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45 || c === 46))
      return i + 1;
  }
  return buf.length;
}

/** The settings a task carries, as plain data that crossed to a worker thread. */
export interface TaskSettings {
  entities: Entity[];
  minConfidence: number;
  fingerprintKey: { bytes: Uint8Array; stable: boolean };
  phoneRegions: readonly string[];
}

/** One unit of work: a byte range of a file (all of it for a small or gzipped file). */
export interface ScanRangeTask extends TaskSettings {
  absolutePath: string;
  relativePath: string;
  format: FileFormat;
  gzip: boolean;
  /** Byte offset the range starts at: 0, or just after a newline. */
  start: number;
  /** Exclusive end; undefined means the end of the file. */
  end?: number;
  /** CSV header columns, for a range that does not start at the top of the file. */
  columns?: string[];
  /** A decompressor other than gunzip (`.br`, `.zst`). */
  compression?: 'brotli' | 'zstd';
  /** UTF-16 by its byte order mark: decoded and scanned as UTF-8 (one range, the whole file). */
  encoding?: 'utf-16le' | 'utf-16be';
  /** Compressed files: decompressed bytes past this are not scanned (max-file-size). */
  maxBytes?: number;
  /** Compressed files: the size on disk, for the ratio limit. */
  compressedSize?: number;
}

export interface ScanRangeResult {
  /** Lines are relative to the range: add the newlines of the ranges before it. */
  findings: Finding[];
  newlines: number;
  bytes: number;
  inlineMarker: boolean;
  /** Why the file was not scanned to its end (a decompression limit, an unsupported layer). */
  notScanned?: string;
}

/** A task's settings back as the scanner takes them (the key's bytes copied into a Buffer). */
export function settingsOf(task: TaskSettings): ScanSettings {
  return {
    entities: new Set(task.entities),
    minConfidence: task.minConfidence,
    fingerprintKey: { bytes: Buffer.from(task.fingerprintKey.bytes), stable: task.fingerprintKey.stable },
    phoneRegions: task.phoneRegions,
  };
}

/** Scans one range, streaming with bounded memory. Runs in a worker thread or in-process. */
export async function scanRange(task: ScanRangeTask): Promise<ScanRangeResult> {
  const settings = settingsOf(task);
  const method = task.gzip ? 'gzip' : task.compression;
  const scanner = new TextScanner(
    task.relativePath,
    task.format,
    settings,
    method !== undefined,
    task.columns,
  );
  let notScanned: string | undefined;
  if (method !== undefined) notScanned = await scanCompressed(task, method, scanner);
  else if (task.encoding !== undefined) {
    const file = createReadStream(task.absolutePath, { highWaterMark: CHUNK });
    try {
      await scanChunks(transcode(file, task.encoding), scanner);
    } finally {
      file.destroy();
    }
  } else await scanPlain(task, scanner);
  return {
    findings: scanner.findings,
    newlines: scanner.newlines,
    bytes: scanner.stats.bytes,
    inlineMarker: scanner.inlineMarker,
    ...(notScanned === undefined ? {} : { notScanned }),
  };
}

/**
 * Reads into one fixed buffer, so memory stays flat whatever the file size: the unfinished last
 * line of each read moves to the front and the next read lands behind it.
 */
async function scanPlain(task: ScanRangeTask, scanner: TextScanner): Promise<void> {
  const handle = await open(task.absolutePath, 'r');
  const buf = Buffer.allocUnsafe(CHUNK + MAX_PIECE);
  const end = task.end ?? Infinity;
  let position = task.start;
  let filled = 0;
  try {
    for (;;) {
      const want = Math.min(CHUNK, buf.length - filled, end - position);
      const { bytesRead } = want > 0 ? await handle.read(buf, filled, want, position) : { bytesRead: 0 };
      position += bytesRead;
      const total = filled + bytesRead;
      if (bytesRead === 0) {
        if (total > 0) scanner.scan(buf, 0, total, true);
        // A range that ends before the file does: what follows it settles a BEGIN line it ends on.
        if (task.end !== undefined) {
          const { bytesRead: peeked } = await handle.read(buf, 0, 1024, task.end);
          scanner.settleHeld(buf, 0, peeked);
        }
        return;
      }
      const lastNewline = buf.lastIndexOf(10, total - 1);
      if (lastNewline === -1) {
        if (total >= MAX_PIECE) {
          const cut = safeCut(buf.subarray(0, total));
          scanner.scan(buf, 0, cut, false);
          buf.copyWithin(0, cut, total);
          filled = total - cut;
        } else filled = total;
        continue;
      }
      scanner.scan(buf, 0, lastNewline + 1, true);
      buf.copyWithin(0, lastNewline + 1, total);
      filled = total - lastNewline - 1;
    }
  } finally {
    await handle.close();
  }
}

/** zlib loads on the first `.gz` file: most scans have none, and start-up counts on every run. */
export async function gunzipStream(): Promise<import('node:stream').Transform> {
  return (await import('node:zlib')).createGunzip();
}

/**
 * Decompressed content past this many times its compressed size is not scanned: real data sets
 * compress 3 to 20 times, a bomb a thousand times (64 MiB of zeros gzip to 64 KiB).
 */
export const MAX_COMPRESSION_RATIO = 200;
/** Content up to this many decompressed bytes is scanned whatever its ratio (small repetitive files). */
export const RATIO_FLOOR = 1024 * 1024;
/** gzip inside gzip is unwrapped up to this many layers in all; deeper is not scanned. */
export const MAX_COMPRESSION_LAYERS = 3;

/** The file is not scanned, for the reason in the message (fixed words and numbers only). */
class NotScannedError extends Error {}

type Method = 'gzip' | 'brotli' | 'zstd';

async function decompressor(method: Method): Promise<Transform> {
  const zlib = await import('node:zlib');
  if (method === 'gzip') return zlib.createGunzip();
  if (method === 'brotli') return zlib.createBrotliDecompress();
  // Node 22.15 and 23.8 have zstd; Node 20 does not.
  const zstd = (zlib as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (zstd === undefined)
    throw new NotScannedError('compressed with zstd, which mlsec does not decompress on this Node.js');
  return zstd();
}

/** How much decompressed content is checked before it is scanned, as `looksBinary` checks a file. */
export const HEAD_BYTES = 8192;

/** Compressions mlsec does not decompress, by their magic numbers (gzip and zstd are unwrapped). */
const FOREIGN_MAGIC: Array<[Buffer[], string]> = [
  // `BZh`, the block size, then a block's or the end's magic: not a text that starts "BZh9".
  [[Buffer.from('BZh'), Buffer.from('1AY&SY', 'latin1')], 'bzip2'],
  [[Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])], 'xz'],
  [[Buffer.from('PK\x03\x04', 'latin1')], 'zip'],
  [[Buffer.from('PK\x05\x06', 'latin1')], 'zip'],
  [[Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])], '7z'],
  [[Buffer.from([0x04, 0x22, 0x4d, 0x18])], 'lz4'],
  [[Buffer.from([0x1f, 0x9d])], 'compress (.Z)'],
  [[Buffer.from('LZIP')], 'lzip'],
];

/** The compression `head` starts with, of those mlsec does not decompress. */
function foreignCompression(head: Buffer): string | undefined {
  const bzip2Empty = Buffer.from([0x17, 0x72, 0x45, 0x38, 0x50, 0x90]);
  for (const [[magic, after], name] of FOREIGN_MAGIC) {
    if (!head.subarray(0, magic!.length).equals(magic!)) continue;
    if (after === undefined) return name;
    // bzip2: a block size digit 1-9 between the two parts.
    const digit = head[magic!.length]!;
    const rest = head.subarray(magic!.length + 1, magic!.length + 7);
    if (digit >= 0x31 && digit <= 0x39 && (rest.equals(after) || rest.equals(bzip2Empty))) return name;
  }
  return undefined;
}

const hasZstd = async () =>
  typeof ((await import('node:zlib')) as { createZstdDecompress?: unknown }).createZstdDecompress ===
  'function';

/**
 * The decompressed content of `source`, streamed. Its first HEAD_BYTES are checked before any of it
 * is scanned, as a plain file's are: content that is itself gzip (or zstd) is unwrapped again (up
 * to MAX_COMPRESSION_LAYERS in all), UTF-16 content with a byte order mark is decoded, and content
 * with NUL bytes or in a compression mlsec does not decompress is not scanned. Once the stream
 * ends, the decompressor must have consumed every compressed byte: `size` for the file itself, all
 * of `source` for a nested layer. Node's decompressors drop what follows a stream unread.
 */
async function* unwrap(
  source: AsyncIterable<Buffer>,
  method: Method,
  layer: number,
  size?: number,
): AsyncGenerator<Buffer> {
  const output = await decompressor(method);
  const input = source instanceof Readable ? source : Readable.from(source);
  let fed = 0;
  input.on('data', (chunk: Buffer) => (fed += chunk.length));
  input.on('error', (error) => output.destroy(error));
  input.pipe(output);
  const chunks = (output as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    let head = Buffer.alloc(0);
    while (head.length < HEAD_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      head = Buffer.concat([head, next.value]);
    }
    const rest = async function* () {
      if (head.length > 0) yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    };
    const zstdMagic = head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd;
    if ((head[0] === 0x1f && head[1] === 0x8b) || zstdMagic) {
      const inner: Method = zstdMagic ? 'zstd' : 'gzip';
      if (zstdMagic && !(await hasZstd()))
        throw new NotScannedError(
          'its decompressed content is compressed with zstd, which mlsec does not decompress on this Node.js',
        );
      if (layer >= MAX_COMPRESSION_LAYERS)
        throw new NotScannedError(`${inner} is nested more than ${MAX_COMPRESSION_LAYERS} layers deep`);
      yield* unwrap(rest(), inner, layer + 1);
    } else {
      const encoding = utf16ByBom(head);
      if (encoding === undefined) {
        const foreign = foreignCompression(head);
        if (foreign !== undefined)
          throw new NotScannedError(
            `its decompressed content is compressed with ${foreign}, which mlsec does not decompress`,
          );
        if (looksBinary(head))
          throw new NotScannedError(
            'its decompressed content holds NUL bytes, so it is not the text its name says',
          );
      }
      yield* encoding === undefined ? rest() : transcode(rest(), encoding);
    }
    // The stream has ended: what the decompressor did not consume was never read.
    const consumed = (output as Transform & { bytesWritten: number }).bytesWritten;
    if (size !== undefined) {
      if (consumed !== size)
        throw new NotScannedError(`${size - consumed} bytes after the ${method} stream were not read`);
    } else if (fed > consumed || !(await ended(input))) {
      throw new NotScannedError(`data after a nested ${method} stream was not read`);
    }
  } finally {
    await chunks.return?.();
    output.destroy();
    input.destroy();
  }
}

/** Whether `input` has no more data (it is read no further than one chunk). */
async function ended(input: Readable): Promise<boolean> {
  input.unpipe();
  for await (const chunk of input as AsyncIterable<Buffer>) if (chunk.length > 0) return false;
  return true;
}

/** UTF-16 text as UTF-8, streamed; lines stay lines, and a UTF-16 column is a column of the decoded line. */
async function* transcode(
  chunks: AsyncIterable<Buffer>,
  encoding: 'utf-16le' | 'utf-16be',
): AsyncGenerator<Buffer> {
  // The byte order mark is dropped, as editors do not count it as a column.
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const tail = decoder.decode();
  if (tail !== '') yield Buffer.from(tail, 'utf8');
}

/**
 * Scans a compressed file, stopping as soon as the decompressed bytes pass max-file-size or
 * MAX_COMPRESSION_RATIO times the compressed size: nothing past the limit is inflated. Returns why
 * the file was not scanned to its end, if it was not.
 */
async function scanCompressed(
  task: ScanRangeTask,
  method: Method,
  scanner: TextScanner,
): Promise<string | undefined> {
  const file = createReadStream(task.absolutePath, { highWaterMark: CHUNK });
  const maxBytes = task.maxBytes ?? Infinity;
  const compressed = task.compressedSize;
  const ratioLimit =
    compressed === undefined ? Infinity : Math.max(RATIO_FLOOR, MAX_COMPRESSION_RATIO * compressed);
  try {
    // The size on disk: every byte of it must be consumed by the decompressor.
    const size = compressed ?? (await stat(task.absolutePath)).size;
    return await scanChunks(unwrap(file, method, 1, size), scanner, (total) => {
      if (total > maxBytes) return `its decompressed content is over max-file-size (${maxBytes} bytes)`;
      if (total > ratioLimit)
        return `its decompressed content is over ${MAX_COMPRESSION_RATIO} times its compressed size (${compressed} bytes)`;
      return undefined;
    });
  } catch (error) {
    if (error instanceof NotScannedError) return error.message;
    // gzip's Z_ errors are reported by the caller as a read error, as before; brotli and zstd
    // errors carry codes of their own.
    const code = (error as NodeJS.ErrnoException).code;
    if (method !== 'gzip' && typeof code === 'string' && !/^E[A-Z]+$/.test(code))
      return `could not be decompressed (the ${method} data is corrupt)`;
    throw error;
  } finally {
    file.destroy();
  }
}

/**
 * Scans a stream of chunks, cut at line ends (a line longer than MAX_PIECE in pieces). `stop` is
 * asked before each chunk is scanned, with the bytes so far: a reason ends the scan there.
 */
async function scanChunks(
  chunks: AsyncIterable<Buffer>,
  scanner: TextScanner,
  stop?: (total: number) => string | undefined,
): Promise<string | undefined> {
  let carry: Buffer | undefined;
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    const reason = stop?.(total);
    if (reason !== undefined) return reason;
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    const lastNewline = buf.lastIndexOf(10);
    if (lastNewline === -1) {
      if (buf.length > MAX_PIECE) {
        const cut = safeCut(buf);
        scanner.scan(buf, 0, cut, false);
        carry = buf.subarray(cut);
      } else carry = buf;
      continue;
    }
    scanner.scan(buf, 0, lastNewline + 1, true);
    carry = lastNewline + 1 < buf.length ? buf.subarray(lastNewline + 1) : undefined;
  }
  if (carry && carry.length > 0) scanner.scan(carry, 0, carry.length, true);
  return undefined;
}

/** Scans a whole file in this thread. */
export async function scanTextFile(
  absolutePath: string,
  relativePath: string,
  format: FileFormat,
  gzip: boolean,
  settings: ScanSettings,
): Promise<{ findings: Finding[]; stats: TextScanStats }> {
  const result = await scanRange({
    absolutePath,
    relativePath,
    format,
    gzip,
    start: 0,
    entities: [...settings.entities],
    minConfidence: settings.minConfidence,
    fingerprintKey: settings.fingerprintKey,
    phoneRegions: settings.phoneRegions,
  });
  return { findings: result.findings, stats: { bytes: result.bytes, lines: result.newlines, candidates: 0 } };
}

/** Puts range results back in file order, shifting each range's lines by the ranges before it. */
export function mergeRanges(results: readonly ScanRangeResult[]): {
  findings: Finding[];
  bytes: number;
  inlineMarker: boolean;
} {
  const findings: Finding[] = [];
  let offset = 0;
  let bytes = 0;
  let inlineMarker = false;
  for (const result of results) {
    for (const finding of result.findings) {
      findings.push(
        offset === 0 || finding.location.line === undefined
          ? finding
          : { ...finding, location: { ...finding.location, line: finding.location.line + offset } },
      );
    }
    offset += result.newlines;
    bytes += result.bytes;
    inlineMarker ||= result.inlineMarker;
  }
  return { findings, bytes, inlineMarker };
}
