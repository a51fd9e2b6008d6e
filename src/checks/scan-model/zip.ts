/**
 * A zip reader for the scanner: it reads the central directory and every local header, and
 * reports where they disagree, instead of picking one reading as a lenient reader does. A model
 * zip is loaded by one reader (PyTorch's miniz, Python's zipfile for numpy and Keras) and scanned
 * by another; every bypass of picklescan and modelscan so far has lived in the difference: a local
 * name that differs from the central one, flags that make one reader skip a member, a CRC that one
 * reader ignores, bytes before the zip that make the file a pickle too.
 *
 * Offsets: the archive's records are read the way Python's zipfile reads them. The central
 * directory is taken to end where the end records begin; if the end record's offset for it is
 * off by N bytes, N is added to every offset the archive records (`offsetShift`). That is what
 * `cat payload.pkl model.zip` produces, and what Python tolerates; miniz and libzip read the
 * offsets as they stand and find no zip. Both layouts are reported, and every offset in a
 * `ZipEntry` is a position in the source, shift applied.
 *
 * Spec: PKWARE APPNOTE.TXT 6.3.x. Nothing is allocated from a size a header claims without a
 * bound; hostile input yields issues, never an exception.
 */
import { crc32, createInflateRaw } from 'node:zlib';
import { decodeUtf8, IssueList, nameProblems, quoted } from './archive-common.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export interface ZipLimits {
  /** Central directory entries read; beyond it the archive is reported and read no further. */
  maxEntries: number;
  /** Decompressed bytes of one member. */
  maxMemberBytes: number;
  /** Decompressed over compressed size of a deflated member. */
  maxRatio: number;
  /** The ratio is checked only beyond this many output bytes: tiny members compress absurdly well. */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxMemberBytes: 16 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2,
};

export interface ZipEntry {
  /** Position in the central directory. */
  index: number;
  /** Central directory name, as UTF-8 (flag 0x800) or CP437; invalid UTF-8 bytes become `\xNN`. */
  name: string;
  method: number;
  /** General purpose flags of the central entry. */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the member's data starts in the source, after the local header. */
  dataOffset: number;
  encrypted: boolean;
  /** Bytes of the data descriptor after the data; 0 when there is none. */
  descriptorLength: number;
}

export interface ZipDirectory {
  /**
   * Members whose local header was found and whose data lies inside the source, in central
   * directory order. Entries left out (header missing, data past the end) have an error issue.
   */
  entries: ZipEntry[];
  issues: ModelIssue[];
  /** Bytes before the first local header, when there are any: a polyglot (pickle + zip) or a self-extracting stub. */
  prefixLength: number;
  /** Added to every offset the archive records (see the file comment); 0 for an ordinary zip. */
  offsetShift: number;
  /** Entries the central directory holds (read up to `maxEntries`), including those left out of `entries`. */
  centralEntries: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

const END_SIZE = 22;
const ZIP64_END_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** An end record with the longest comment, 65,535 bytes, still starts within this tail. */
const END_SEARCH = END_SIZE + 0xffff;
/** Other end records examined when several are present; more than this is only counted. */
const MAX_END_CANDIDATES = 16;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_PATCHED = 0x0020;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_MASKED_HEADER = 0x2000;
/** Flag bits that change how a reader finds, names or decrypts a member. */
const FLAGS_THAT_MATTER =
  FLAG_ENCRYPTED | FLAG_DESCRIPTOR | FLAG_PATCHED | FLAG_STRONG_ENCRYPTION | FLAG_UTF8 | FLAG_MASKED_HEADER;

const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const METHOD_AES = 99;
const METHOD_NAMES: Readonly<Record<number, string>> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'zstd',
  95: 'xz',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
  99: 'AES encryption',
};
/** Python's zipfile refuses an archive with an entry that needs a later version (MAX_EXTRACT_VERSION). */
const PYTHON_MAX_EXTRACT_VERSION = 63;

/** Bytes read at a time from the central directory. */
const WINDOW = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time, and stored bytes handed to the sink. */
const MEMBER_CHUNK = 1024 * 1024;
/** Inflater output piece: the most that is ever held between the inflater and the sink. */
const INFLATE_CHUNK = 64 * 1024;

// CP437, the zip default for names without flag 0x800; its lower half is ASCII.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function cp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]!;
  return text;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Exact up to 2^53; anything larger is past the end of any file, which is all that matters. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at + 4) * 2 ** 32 + u32(bytes, at);
}

function hex(value: number, digits = 8): string {
  return `0x${value.toString(16).padStart(digits, '0')}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** A read that a hostile offset cannot turn into a RangeError: outside the source it is empty. */
function readRange(source: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset >= source.size || length <= 0) {
    return Promise.resolve(new Uint8Array(0));
  }
  return source.read(offset, Math.min(length, source.size - offset));
}

async function signatureAt(source: ByteSource, offset: number): Promise<number | undefined> {
  const bytes = await readRange(source, offset, 4);
  return bytes.length === 4 ? u32(bytes, 0) : undefined;
}

/** Sequential reads through the central directory, a window at a time. */
class Cursor {
  private buffer: Uint8Array = new Uint8Array(0);
  private start = 0;

  constructor(
    private readonly source: ByteSource,
    private readonly end: number,
  ) {}

  async bytes(offset: number, length: number): Promise<Uint8Array> {
    if (offset < this.start || offset + length > this.start + this.buffer.length) {
      this.buffer = await readRange(
        this.source,
        offset,
        Math.min(Math.max(length, WINDOW), this.end - offset),
      );
      this.start = offset;
    }
    const from = offset - this.start;
    return this.buffer.subarray(from, Math.min(from + length, this.buffer.length));
  }
}

interface EndRecord {
  readonly offset: number;
  readonly disk: number;
  readonly centralDisk: number;
  readonly entriesOnDisk: number;
  readonly entries: number;
  readonly centralSize: number;
  readonly centralOffset: number;
  readonly commentLength: number;
}

function parseEnd(bytes: Uint8Array, at: number, offset: number): EndRecord {
  return {
    offset,
    disk: u16(bytes, at + 4),
    centralDisk: u16(bytes, at + 6),
    entriesOnDisk: u16(bytes, at + 8),
    entries: u16(bytes, at + 10),
    centralSize: u32(bytes, at + 12),
    centralOffset: u32(bytes, at + 16),
    commentLength: u16(bytes, at + 20),
  };
}

interface Zip64End {
  readonly offset: number;
  /** Bytes the record occupies, its variable extensible data included. */
  readonly length: number;
  readonly disk: number;
  readonly centralDisk: number;
  readonly entriesOnDisk: number;
  readonly entries: number;
  readonly centralSize: number;
  readonly centralOffset: number;
}

async function readZip64End(source: ByteSource, offset: number): Promise<Zip64End | undefined> {
  const bytes = await readRange(source, offset, ZIP64_END_SIZE);
  if (bytes.length < ZIP64_END_SIZE || u32(bytes, 0) !== SIG_ZIP64_END) return undefined;
  return {
    offset,
    length: 12 + u64(bytes, 4),
    disk: u32(bytes, 16),
    centralDisk: u32(bytes, 20),
    entriesOnDisk: u64(bytes, 24),
    entries: u64(bytes, 32),
    centralSize: u64(bytes, 40),
    centralOffset: u64(bytes, 48),
  };
}

interface CentralRecord {
  readonly index: number;
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** As recorded, zip64 extra resolved, shift not applied. */
  readonly localHeaderOffset: number;
  readonly zip64: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
  /** For a message: `member "x"`, `the central directory` ... */
  readonly what: string;
  readonly member?: string;
}

class ZipReader {
  private readonly issues = new IssueList();

  constructor(
    private readonly source: ByteSource,
    private readonly limits: ZipLimits,
  ) {}

  private error(kind: string, label: string, message: string, extra: Partial<ModelIssue> = {}): void {
    this.issues.add(kind, label, { ruleId: 'model/archive-anomaly', level: 'error', message, ...extra });
  }

  private warning(kind: string, label: string, message: string, extra: Partial<ModelIssue> = {}): void {
    this.issues.add(kind, label, { ruleId: 'model/archive-anomaly', level: 'warning', message, ...extra });
  }

  async read(): Promise<ZipDirectory | undefined> {
    const end = await this.findEnd();
    if (!end) return undefined;
    const { size } = this.source;

    const recordsEnd = end.offset + END_SIZE + end.commentLength;
    if (recordsEnd > size) {
      this.warning(
        'comment-length',
        'comment length problems',
        `The end-of-central-directory record announces a ${end.commentLength}-byte comment, but the file ends ${recordsEnd - size} bytes short of it.`,
        { offset: end.offset },
      );
    } else if (recordsEnd < size) {
      this.warning(
        'comment-length',
        'comment length problems',
        `${size - recordsEnd} bytes follow the end-of-central-directory record and its comment, at byte ${recordsEnd}: no zip structure covers them.`,
        { offset: recordsEnd },
      );
    }

    const zip64 = await this.findZip64(end);
    const values = this.effectiveEnd(end, zip64);

    if (values.disk !== 0 || values.centralDisk !== 0) {
      this.error(
        'disks',
        'disk number problems',
        `The end record names disk ${values.disk} and central directory disk ${values.centralDisk}: a multi-disk archive, which Python's zipfile and miniz (PyTorch) treat differently.`,
        { offset: end.offset },
      );
    }
    if (values.entriesOnDisk !== values.entries) {
      this.error(
        'entry-count',
        'entry count problems',
        `The end record counts ${values.entriesOnDisk} entries on this disk but ${values.entries} in all: miniz (PyTorch) refuses such an archive, Python's zipfile does not look.`,
        { offset: end.offset },
      );
    }

    const recordsStart = zip64 ? zip64.offset : end.offset;
    const central = await this.locateCentral(values, recordsStart);
    const spans: Span[] = [{ start: end.offset, end: Math.min(size, recordsEnd), what: 'the end record' }];
    if (zip64) {
      // A record size from a hostile header must not make the record overlap its own locator.
      const locatorAt = end.offset - ZIP64_LOCATOR_SIZE;
      const recordEnd = Math.min(size, zip64.offset + zip64.length);
      spans.push({
        start: zip64.offset,
        end: zip64.offset < locatorAt ? Math.min(recordEnd, locatorAt) : recordEnd,
        what: 'the zip64 end record',
      });
      spans.push({ start: end.offset - ZIP64_LOCATOR_SIZE, end: end.offset, what: 'the zip64 locator' });
    }
    if (!central) {
      return {
        entries: [],
        issues: this.issues.finish(),
        prefixLength: 0,
        offsetShift: 0,
        centralEntries: 0,
      };
    }

    const centralEnd = Math.min(size, central.start + values.centralSize);
    spans.push({ start: central.start, end: centralEnd, what: 'the central directory' });
    const { records, limited } = await this.readCentral(central.start, centralEnd);
    if (!limited && records.length !== values.entries) {
      this.error(
        'entry-count',
        'entry count problems',
        `The end record counts ${values.entries} entries, the central directory holds ${records.length}: Python's zipfile lists every entry it finds, miniz (PyTorch) reads only as many as counted.`,
        { offset: end.offset },
      );
    }
    this.checkDuplicates(records);

    const entries: ZipEntry[] = [];
    for (const record of records) {
      const entry = await this.readLocal(record, central.shift);
      if (!entry) continue;
      entries.push(entry);
      spans.push({
        start: entry.localHeaderOffset,
        end: entry.dataOffset + entry.compressedSize + entry.descriptorLength,
        what: `member ${quoted(entry.name)}`,
        member: entry.name,
      });
    }

    const prefixLength = await this.checkCoverage(spans, central.shift);
    return {
      entries,
      issues: this.issues.finish(),
      prefixLength,
      offsetShift: central.shift,
      centralEntries: records.length,
    };
  }

  /**
   * The last end record in the tail, as Python's zipfile and miniz take it. Others before it are
   * reported: a comment can carry a second, complete directory for a reader that searches forward
   * or insists on a comment that reaches the end of the file.
   */
  private async findEnd(): Promise<EndRecord | undefined> {
    const { size } = this.source;
    const tailStart = Math.max(0, size - END_SEARCH);
    const tail = await readRange(this.source, tailStart, size - tailStart);
    const complete: number[] = [];
    let incomplete: number | undefined;
    for (let at = tail.length - 4; at >= 0; at--) {
      if (tail[at] !== 0x50 || tail[at + 1] !== 0x4b || u32(tail, at) !== SIG_END) continue;
      if (at + END_SIZE <= tail.length) complete.push(at);
      else incomplete ??= at;
    }
    if (complete.length === 0) return undefined;
    const chosen = parseEnd(tail, complete[0]!, tailStart + complete[0]!);

    if (incomplete !== undefined) {
      this.error(
        'end-records',
        'end record problems',
        `An end-of-central-directory signature at byte ${tailStart + incomplete} has no room for its record: Python's zipfile takes it and finds no zip; other readers use the one at byte ${chosen.offset}.`,
        { offset: tailStart + incomplete },
      );
    }
    if (complete.length > 1) {
      const others = complete
        .slice(1, 1 + MAX_END_CANDIDATES)
        .map((at) => parseEnd(tail, at, tailStart + at));
      let plausible: EndRecord | undefined;
      for (const other of others) {
        const reachesEnd = other.offset + END_SIZE + other.commentLength === size;
        if (reachesEnd || (await signatureAt(this.source, other.centralOffset)) === SIG_CENTRAL) {
          plausible = other;
          break;
        }
      }
      const message = `${complete.length} end-of-central-directory records in the last 64 KiB: the one at byte ${chosen.offset} is read`;
      if (plausible) {
        this.error(
          'end-records',
          'end record problems',
          `${message}, but the one at byte ${plausible.offset} describes a directory too: readers that search differently see another archive.`,
          { offset: plausible.offset },
        );
      }
      // Signatures that describe nothing fool no reader: every stored zip inside a zip has one.
    }
    return chosen;
  }

  /**
   * Python's zipfile assumes the zip64 end record sits right before its locator; miniz follows
   * the locator's offset. Either is used, and a disagreement reported.
   */
  private async findZip64(end: EndRecord): Promise<Zip64End | undefined> {
    const locatorAt = end.offset - ZIP64_LOCATOR_SIZE;
    if (locatorAt < 0) return undefined;
    const locator = await readRange(this.source, locatorAt, ZIP64_LOCATOR_SIZE);
    if (locator.length < ZIP64_LOCATOR_SIZE || u32(locator, 0) !== SIG_ZIP64_LOCATOR) return undefined;
    const recordDisk = u32(locator, 4);
    const named = u64(locator, 8);
    const disks = u32(locator, 16);
    if (recordDisk !== 0 || disks > 1) {
      this.error(
        'disks',
        'disk number problems',
        `The zip64 locator names disk ${recordDisk} of ${disks}: Python's zipfile refuses a multi-disk archive.`,
        { offset: locatorAt },
      );
    }
    const adjacentAt = locatorAt - ZIP64_END_SIZE;
    const adjacent = adjacentAt >= 0 ? await readZip64End(this.source, adjacentAt) : undefined;
    if (adjacent) {
      // An archive appended to other bytes keeps the locator's offset relative to its own start.
      const shift = adjacentAt - adjacent.centralSize - adjacent.centralOffset;
      if (named !== adjacentAt && named + shift !== adjacentAt) {
        const elsewhere = await readZip64End(this.source, named);
        if (elsewhere) {
          this.error(
            'zip64',
            'zip64 problems',
            `Two zip64 end records: Python's zipfile reads the one at byte ${adjacentAt}, readers that follow the locator the one at byte ${named}.`,
            { offset: named },
          );
        } else {
          this.warning(
            'zip64',
            'zip64 problems',
            `The zip64 locator names byte ${named} for the zip64 end record; it is at byte ${adjacentAt}.`,
            { offset: locatorAt },
          );
        }
      }
      return adjacent;
    }
    const followed = await readZip64End(this.source, named);
    if (followed) {
      this.error(
        'zip64',
        'zip64 problems',
        `The zip64 end record at byte ${named} is not right before its locator: Python's zipfile ignores it and reads the 32-bit end record instead.`,
        { offset: named },
      );
      return followed;
    }
    this.error(
      'zip64',
      'zip64 problems',
      `A zip64 locator at byte ${locatorAt} points to byte ${named}, but no zip64 end record is there.`,
      { offset: locatorAt },
    );
    return undefined;
  }

  private effectiveEnd(
    end: EndRecord,
    zip64: Zip64End | undefined,
  ): Omit<EndRecord, 'offset' | 'commentLength'> {
    if (!zip64) {
      if (
        end.entries === 0xffff ||
        end.entriesOnDisk === 0xffff ||
        end.centralSize === 0xffffffff ||
        end.centralOffset === 0xffffffff
      ) {
        this.warning(
          'zip64',
          'zip64 problems',
          'The end record holds zip64 placeholders (0xFFFF, 0xFFFFFFFF) but the archive has no zip64 end record: they are read as numbers.',
          { offset: end.offset },
        );
      }
      return end;
    }
    const pick = (field: string, recorded: number, placeholder: number, wide: number): number => {
      if (recorded !== placeholder && recorded !== wide) {
        this.error(
          'zip64',
          'zip64 problems',
          `The end record gives ${field} ${recorded}, the zip64 end record ${wide}: Python's zipfile takes the zip64 value, readers that use zip64 only for placeholders take the other.`,
          { offset: end.offset },
        );
      }
      return wide;
    };
    return {
      disk: pick('disk number', end.disk, 0xffff, zip64.disk),
      centralDisk: pick('central directory disk', end.centralDisk, 0xffff, zip64.centralDisk),
      entriesOnDisk: pick('entries on disk', end.entriesOnDisk, 0xffff, zip64.entriesOnDisk),
      entries: pick('entry count', end.entries, 0xffff, zip64.entries),
      centralSize: pick('central directory size', end.centralSize, 0xffffffff, zip64.centralSize),
      centralOffset: pick('central directory offset', end.centralOffset, 0xffffffff, zip64.centralOffset),
    };
  }

  /**
   * Where the central directory is. Python's zipfile places it right before the end records
   * (`recordsStart - size`) and shifts every offset by the difference to the recorded offset;
   * miniz (PyTorch) and libzip read it at the recorded offset. When both places hold one, two
   * readers list different archives.
   */
  private async locateCentral(
    values: { centralSize: number; centralOffset: number; entries: number },
    recordsStart: number,
  ): Promise<{ start: number; shift: number } | undefined> {
    const { centralSize, centralOffset } = values;
    const inferred = recordsStart - centralSize;
    if (inferred === centralOffset) {
      if (centralSize > 0 && (await signatureAt(this.source, inferred)) !== SIG_CENTRAL) {
        this.error(
          'central-missing',
          'central directory problems',
          `The end record places the central directory at byte ${centralOffset}, but no central directory entry is there.`,
          { offset: centralOffset },
        );
        return undefined;
      }
      return { start: inferred, shift: 0 };
    }
    const inferredHolds = inferred >= 0 && (await signatureAt(this.source, inferred)) === SIG_CENTRAL;
    const recordedHolds = (await signatureAt(this.source, centralOffset)) === SIG_CENTRAL;
    if (inferredHolds) {
      const shift = inferred - centralOffset;
      if (recordedHolds) {
        this.error(
          'central-offset',
          'central directory problems',
          `Two central directories: Python's zipfile reads the one at byte ${inferred} (right before the end record), miniz (PyTorch) and libzip the one at byte ${centralOffset} (the recorded offset).`,
          { offset: centralOffset },
        );
      } else if (shift < 0) {
        this.error(
          'central-offset',
          'central directory problems',
          `The central directory is at byte ${inferred}, ${-shift} bytes before the offset the end record gives (${centralOffset}): Python's zipfile shifts every offset to match, other readers find nothing there.`,
          { offset: inferred },
        );
      }
      // A positive shift alone is an archive appended to other bytes: checkCoverage reports it with the prefix.
      return { start: inferred, shift };
    }
    if (recordedHolds) {
      this.error(
        'central-offset',
        'central directory problems',
        `The central directory at byte ${centralOffset} does not end where the end records begin (byte ${recordsStart}) with the recorded size of ${centralSize} bytes: Python's zipfile looks for it at byte ${inferred} and refuses the archive.`,
        { offset: centralOffset },
      );
      return { start: centralOffset, shift: 0 };
    }
    if (centralSize === 0 && values.entries === 0) return { start: Math.max(0, inferred), shift: 0 };
    this.error(
      'central-missing',
      'central directory problems',
      `No central directory: neither at byte ${centralOffset} (the recorded offset) nor at byte ${inferred} (right before the end records).`,
      { offset: Math.max(0, Math.min(centralOffset, this.source.size)) },
    );
    return undefined;
  }

  private async readCentral(
    start: number,
    end: number,
  ): Promise<{ records: CentralRecord[]; limited: boolean }> {
    const cursor = new Cursor(this.source, end);
    const records: CentralRecord[] = [];
    let at = start;
    while (at < end) {
      if (records.length >= this.limits.maxEntries) {
        this.issues.add('limit', 'limit issues', {
          ruleId: 'model/scan-limit',
          level: 'error',
          message: `The central directory holds more than ${this.limits.maxEntries} entries; the rest are not read.`,
          offset: at,
          properties: { limit: 'maxEntries', value: this.limits.maxEntries },
        });
        return { records, limited: true };
      }
      const head = await cursor.bytes(at, CENTRAL_SIZE);
      if (head.length < CENTRAL_SIZE || at + CENTRAL_SIZE > end) {
        this.error(
          'central-truncated',
          'central directory problems',
          `The central directory ends inside an entry header at byte ${at}.`,
          { offset: at },
        );
        break;
      }
      if (u32(head, 0) !== SIG_CENTRAL) {
        this.error(
          'central-garbage',
          'central directory problems',
          `Bytes at ${at}, inside the central directory, are not an entry header: Python's zipfile refuses the archive, readers that count entries stop before them.`,
          { offset: at },
        );
        break;
      }
      const nameLength = u16(head, 28);
      const extraLength = u16(head, 30);
      const commentLength = u16(head, 32);
      const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
      if (next > end) {
        this.error(
          'central-truncated',
          'central directory problems',
          `The central directory entry at byte ${at} runs past the end of the central directory.`,
          { offset: at },
        );
        break;
      }
      const variable = await cursor.bytes(at + CENTRAL_SIZE, nameLength + extraLength);
      records.push(
        this.centralEntry(records.length, head, variable.slice(0, nameLength), variable.subarray(nameLength)),
      );
      at = next;
    }
    return { records, limited: false };
  }

  /** One central entry, its extra fields resolved and its own fields checked. */
  private centralEntry(
    index: number,
    head: Uint8Array,
    nameBytes: Uint8Array,
    extra: Uint8Array,
  ): CentralRecord {
    const versionNeeded = head[6]!;
    const flags = u16(head, 8);
    const method = u16(head, 10);
    let compressedSize = u32(head, 20);
    let uncompressedSize = u32(head, 24);
    let disk = u16(head, 34);
    let localHeaderOffset = u32(head, 42);
    let name: string;
    let plainName: string;
    if (flags & FLAG_UTF8) {
      const decoded = decodeUtf8(nameBytes);
      name = decoded.text;
      plainName = decoded.plain;
      if (!decoded.valid) {
        this.error(
          'name-utf8',
          'name encoding problems',
          `Member ${quoted(name)} is flagged UTF-8 (bit 11) but its name is not valid UTF-8: Python's zipfile refuses the archive, miniz (PyTorch) takes the raw bytes.`,
          { member: [name] },
        );
      }
    } else {
      name = cp437(nameBytes);
      plainName = name;
    }
    const member = [name];

    let zip64 = false;
    for (let field = 0; field + 4 <= extra.length;) {
      const id = u16(extra, field);
      const length = u16(extra, field + 2);
      const data = extra.subarray(field + 4, field + 4 + length);
      if (field + 4 + length > extra.length) {
        this.error(
          'extra-corrupt',
          'extra field problems',
          `Member ${quoted(name)} has an extra field (id ${hex(id, 4)}) that runs past the end of its extra data: Python's zipfile refuses the archive.`,
          { member },
        );
        break;
      }
      if (id === 0x0001) {
        zip64 = true;
        let cursorAt = 0;
        const wide = (what: string, value: number, placeholder: number, bytes: 8 | 4): number => {
          if (value !== placeholder) return value;
          if (cursorAt + bytes > data.length) {
            this.error(
              'zip64',
              'zip64 problems',
              `Member ${quoted(name)} has a zip64 extra field without the ${what} its header defers to it.`,
              { member },
            );
            return value;
          }
          const resolved = bytes === 8 ? u64(data, cursorAt) : u32(data, cursorAt);
          cursorAt += bytes;
          return resolved;
        };
        uncompressedSize = wide('uncompressed size', uncompressedSize, 0xffffffff, 8);
        compressedSize = wide('compressed size', compressedSize, 0xffffffff, 8);
        localHeaderOffset = wide('local header offset', localHeaderOffset, 0xffffffff, 8);
        disk = wide('disk number', disk, 0xffff, 4);
      } else if (id === 0x7075 && length >= 5 && data[0] === 1 && u32(data, 1) === crc32(nameBytes)) {
        const unicode = decodeUtf8(data.subarray(5)).text;
        if (unicode !== name) {
          this.error(
            'unicode-path',
            'name encoding problems',
            `Member ${quoted(name)} carries an Info-ZIP Unicode Path field naming it ${quoted(unicode)}: readers that honour the field and readers that do not (Python's zipfile, miniz) see different names.`,
            { member },
          );
        }
      }
      field += 4 + length;
    }

    if (versionNeeded > PYTHON_MAX_EXTRACT_VERSION) {
      this.error(
        'version',
        'version problems',
        `Member ${quoted(name)} needs zip version ${(versionNeeded / 10).toFixed(1)} to extract: Python's zipfile refuses the whole archive, miniz (PyTorch) does not check.`,
        { member },
      );
    }
    if (disk !== 0) {
      this.warning('disks', 'disk number problems', `Member ${quoted(name)} starts on disk ${disk}.`, {
        member,
      });
    }
    const encrypted = (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || method === METHOD_AES;
    if (encrypted) {
      this.error(
        'encrypted',
        'encrypted members',
        `Member ${quoted(name)} is encrypted: its content cannot be scanned.`,
        { member, properties: { flags } },
      );
    } else if (method !== METHOD_STORED && method !== METHOD_DEFLATE) {
      const known = METHOD_NAMES[method];
      this.error(
        'method',
        'members with an unsupported method',
        `Member ${quoted(name)} is compressed with method ${method}${known ? ` (${known})` : ''}: it is not scanned.`,
        { member, properties: { method } },
      );
    }
    if (flags & FLAG_PATCHED) {
      this.error(
        'patched',
        'flag problems',
        `Member ${quoted(name)} is flagged as compressed patched data (bit 5): Python's zipfile refuses to read it, other readers ignore the flag.`,
        { member, properties: { flags } },
      );
    }
    for (const problem of nameProblems(plainName)) {
      this.issues.add(problem.kind, 'member name problems', {
        ruleId: 'model/archive-anomaly',
        level: problem.level,
        message: `Member ${quoted(name)} ${problem.what}.`,
        member,
      });
    }
    return {
      index,
      name,
      nameBytes,
      flags,
      method,
      crc32: u32(head, 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      zip64,
    };
  }
  private checkDuplicates(records: readonly CentralRecord[]): void {
    const counts = new Map<string, number>();
    for (const record of records) counts.set(record.name, (counts.get(record.name) ?? 0) + 1);
    const byFolded = new Map<string, string>();
    for (const [name, count] of counts) {
      if (count > 1) {
        this.error(
          'duplicate',
          'duplicate names',
          `Member ${quoted(name)} appears ${count} times in the central directory: Python's zipfile reads the last one, other readers may read the first.`,
          { member: [name], properties: { count } },
        );
      }
      const folded = name.toLowerCase();
      const other = byFolded.get(folded);
      if (other !== undefined) {
        this.warning(
          'duplicate-case',
          'names that differ only in case',
          `Members ${quoted(other)} and ${quoted(name)} differ only in case: extracted on a case-insensitive file system, one replaces the other.`,
          { member: [name] },
        );
      } else {
        byFolded.set(folded, name);
      }
    }
  }

  /** The local header of one entry, checked against the central entry; undefined when unreadable. */
  private async readLocal(record: CentralRecord, shift: number): Promise<ZipEntry | undefined> {
    const { name } = record;
    const member = [name];
    const local = record.localHeaderOffset + shift;
    const properties = { localHeaderOffset: local };
    const head = await readRange(this.source, local, LOCAL_SIZE);
    if (head.length < LOCAL_SIZE || u32(head, 0) !== SIG_LOCAL) {
      this.error(
        'local-missing',
        'members without a local header',
        `Member ${quoted(name)} has no local header at byte ${local}, where the central directory points: it cannot be read, and is not scanned.`,
        { member, properties },
      );
      return undefined;
    }
    const flags = u16(head, 6);
    const method = u16(head, 8);
    const crc = u32(head, 14);
    let compressedSize = u32(head, 18);
    let uncompressedSize = u32(head, 22);
    const nameLength = u16(head, 26);
    const extraLength = u16(head, 28);
    const dataOffset = local + LOCAL_SIZE + nameLength + extraLength;
    const variable = await readRange(this.source, local + LOCAL_SIZE, nameLength + extraLength);
    if (variable.length < nameLength + extraLength) {
      this.error(
        'data-outside',
        'members outside the file',
        `The local header of member ${quoted(name)} at byte ${local} runs past the end of the file: it is not scanned.`,
        { member, properties },
      );
      return undefined;
    }
    const localName = variable.subarray(0, nameLength);
    if (!sameBytes(localName, record.nameBytes)) {
      const shown = flags & FLAG_UTF8 ? decodeUtf8(localName).text : cp437(localName);
      this.error(
        'local-name',
        'name mismatches',
        `Member ${quoted(name)} is named ${quoted(shown)} in its local header: Python's zipfile refuses to read it, miniz (PyTorch) reads it under the central name.`,
        { member, properties },
      );
    }
    const differing = flags ^ record.flags;
    if (differing & FLAG_DESCRIPTOR) {
      this.error(
        'descriptor-flag',
        'data descriptor problems',
        `Member ${quoted(name)} has the data descriptor flag (bit 3) in its ${flags & FLAG_DESCRIPTOR ? 'local header' : 'central entry'} only: readers that trust one header look for the end of the data elsewhere than readers that trust the other.`,
        { member, properties },
      );
    }
    if (differing & ~FLAG_DESCRIPTOR) {
      const level = differing & FLAGS_THAT_MATTER & ~FLAG_DESCRIPTOR ? 'error' : 'warning';
      this.issues.add('local-flags', 'flag mismatches', {
        ruleId: 'model/archive-anomaly',
        level,
        message: `Member ${quoted(name)} has flags ${hex(flags, 4)} in its local header, ${hex(record.flags, 4)} in the central directory.`,
        member,
        properties,
      });
    }
    if (method !== record.method) {
      this.error(
        'local-method',
        'method mismatches',
        `Member ${quoted(name)} is compressed with method ${method} by its local header, ${record.method} by the central directory.`,
        { member, properties },
      );
    }
    if (((flags | record.flags) & FLAG_DESCRIPTOR) === 0) {
      const extra = variable.subarray(nameLength);
      for (let field = 0; field + 4 <= extra.length;) {
        const id = u16(extra, field);
        const length = u16(extra, field + 2);
        if (id === 0x0001 && field + 4 + length <= extra.length) {
          let at = field + 4;
          if (uncompressedSize === 0xffffffff && at + 8 <= field + 4 + length) {
            uncompressedSize = u64(extra, at);
            at += 8;
          }
          if (compressedSize === 0xffffffff && at + 8 <= field + 4 + length) compressedSize = u64(extra, at);
          break;
        }
        field += 4 + length;
      }
      const disagreements: string[] = [];
      if (crc !== record.crc32) disagreements.push(`CRC-32 ${hex(crc)} (central ${hex(record.crc32)})`);
      if (compressedSize !== record.compressedSize)
        disagreements.push(`compressed size ${compressedSize} (central ${record.compressedSize})`);
      if (uncompressedSize !== record.uncompressedSize)
        disagreements.push(`size ${uncompressedSize} (central ${record.uncompressedSize})`);
      if (disagreements.length > 0) {
        this.error(
          'local-sizes',
          'size mismatches',
          `Member ${quoted(name)} has, in its local header, ${disagreements.join(', ')}: readers that walk local headers read other data than readers that use the central directory.`,
          { member, properties },
        );
      }
    }

    const dataEnd = dataOffset + record.compressedSize;
    if (!Number.isSafeInteger(dataEnd) || dataEnd > this.source.size) {
      this.error(
        'data-outside',
        'members outside the file',
        `Member ${quoted(name)} has ${record.compressedSize} bytes of data from byte ${dataOffset}, past the end of the file: it is not scanned.`,
        { member, properties },
      );
      return undefined;
    }
    let descriptorLength = 0;
    if ((flags | record.flags) & FLAG_DESCRIPTOR) {
      descriptorLength = await this.readDescriptor(record, dataEnd, member, properties);
    }
    return {
      index: record.index,
      name,
      method: record.method,
      flags: record.flags,
      crc32: record.crc32,
      compressedSize: record.compressedSize,
      uncompressedSize: record.uncompressedSize,
      localHeaderOffset: local,
      dataOffset,
      encrypted:
        (record.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || record.method === METHOD_AES,
      descriptorLength,
    };
  }

  /**
   * A data descriptor in any of its four forms (signature or not, 32- or 64-bit sizes); the one
   * that repeats the central entry's CRC and sizes is taken. Returns its length, 0 if none.
   */
  private async readDescriptor(
    record: CentralRecord,
    at: number,
    member: string[],
    properties: Record<string, number>,
  ): Promise<number> {
    const bytes = await readRange(this.source, at, 24);
    const matches = (from: number, wide: boolean): boolean => {
      const length = from + 4 + (wide ? 16 : 8);
      if (bytes.length < length) return false;
      const compressed = wide ? u64(bytes, from + 4) : u32(bytes, from + 4);
      const uncompressed = wide ? u64(bytes, from + 12) : u32(bytes, from + 8);
      return (
        u32(bytes, from) === record.crc32 &&
        compressed === record.compressedSize &&
        uncompressed === record.uncompressedSize
      );
    };
    const signed = bytes.length >= 4 && u32(bytes, 0) === SIG_DESCRIPTOR;
    if (signed && matches(4, false)) return 16;
    if (signed && matches(4, true)) return 24;
    if (matches(0, false)) return 12;
    if (matches(0, true)) return 20;
    this.error(
      'descriptor-missing',
      'data descriptor problems',
      signed
        ? `Member ${quoted(record.name)} has a data descriptor at byte ${at} that disagrees with its central entry (CRC-32 or sizes).`
        : `Member ${quoted(record.name)} is flagged as followed by a data descriptor (bit 3), but none is at byte ${at}.`,
      { member, properties },
    );
    return signed ? Math.min(bytes.length, record.zip64 ? 24 : 16) : 0;
  }

  /**
   * Every byte of a zip belongs to a header, member data, the central directory or the end
   * records. Overlaps are the overlapping-file zip bomb (and let two members share a payload);
   * bytes nobody covers are where a second archive, or a pickle, hides. Returns the prefix length.
   */
  private async checkCoverage(spans: Span[], shift: number): Promise<number> {
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const first = spans[0]!;
    const prefixLength = Math.max(0, first.start);
    if (prefixLength > 0) {
      const hidden = (await signatureAt(this.source, 0)) === SIG_LOCAL;
      const layout =
        shift > 0
          ? ` The archive's offsets count from byte ${shift}: Python's zipfile adds ${shift} to each, miniz (PyTorch) and libzip find no headers where they point.`
          : shift === 0
            ? ' The archive records its offsets from the start of the file (a self-extracting layout).'
            : '';
      this.error(
        'prefix',
        'prefixes',
        hidden
          ? `The file starts with a local header that no central entry lists, ${prefixLength} bytes ahead of everything the central directory lists: readers that walk local headers see a member the central directory hides.${layout}`
          : `${prefixLength} bytes precede the first local header: a loader that reads from the start of the file (torch.load, numpy.load, pickle.load) sees them instead of the archive.${layout}`,
        { offset: 0, properties: { prefixLength, offsetShift: shift } },
      );
    }
    let coveredEnd = first.end;
    let owner = first;
    for (const span of spans.slice(1)) {
      if (span.start < coveredEnd) {
        const member = span.member ?? owner.member;
        this.error(
          'overlap',
          'overlapping members',
          `${capitalized(owner.what)} and ${span.what} overlap (bytes ${span.start} to ${Math.min(span.end, coveredEnd)}): one range of bytes read as several members is the overlapping-file zip bomb, and readers need not agree which member owns it.`,
          { ...(member !== undefined ? { member: [member] } : {}), properties: { start: span.start } },
        );
      } else if (span.start > coveredEnd) {
        await this.reportGap(coveredEnd, span.start);
      }
      if (span.end > coveredEnd) {
        coveredEnd = span.end;
        owner = span;
      }
    }
    return prefixLength;
  }

  private async reportGap(start: number, end: number): Promise<void> {
    if ((await signatureAt(this.source, start)) === SIG_LOCAL) {
      this.error(
        'hidden-member',
        'unlisted local headers',
        `A local header at byte ${start} belongs to no central entry: readers that walk local headers see a member the central directory hides.`,
        { offset: start, properties: { length: end - start } },
      );
      return;
    }
    this.warning(
      'gap',
      'uncovered byte ranges',
      `${end - start} bytes at byte ${start} belong to no member, header or directory.`,
      { offset: start, properties: { length: end - start } },
    );
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads the central directory and every local header of a zip. Undefined when the source has no
 * end-of-central-directory record at all (it is not a zip); otherwise a directory, possibly
 * empty, with everything found wrong in `issues`. An issue about the archive has a file `offset`;
 * one about a member has `member` and its file position in `properties` (`offset` would count
 * the member's own decompressed bytes).
 */
export async function readZipDirectory(
  source: ByteSource,
  limits: Partial<ZipLimits> = {},
): Promise<ZipDirectory | undefined> {
  return new ZipReader(source, { ...DEFAULT_ZIP_LIMITS, ...limits }).read();
}

export interface MemberRead {
  /** Decompressed bytes delivered to the sink. */
  bytes: number;
  /** Whole member read and its CRC checked. */
  complete: boolean;
  issues: ModelIssue[];
  /**
   * Set when the member was not read at all because it is encrypted or compressed with a method
   * other than stored and deflate: readZipDirectory has reported that already.
   */
  skipped?: 'encrypted' | 'method';
}

/**
 * Streams one member's decompressed bytes to `sink` and checks them: CRC-32, size, deflate
 * stream integrity, and the limits that stop a zip bomb. `sink` returning false stops early
 * (`complete` false, no CRC issue). Offsets in issues count decompressed bytes of the member.
 */
export async function readZipMember(
  source: ByteSource,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => boolean | void,
  limits: Partial<ZipLimits> = {},
): Promise<MemberRead> {
  const settings = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (entry.encrypted) return { bytes: 0, complete: false, issues: [], skipped: 'encrypted' };
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    return { bytes: 0, complete: false, issues: [], skipped: 'method' };
  }
  const reader = new MemberReader(source, entry, sink, settings);
  return entry.method === METHOD_STORED ? reader.stored() : reader.deflated();
}

class MemberReader {
  private readonly issues: ModelIssue[] = [];
  private readonly member: string[];
  private delivered = 0;
  private crc = 0;
  private stoppedBySink = false;
  private limitHit = false;
  /** An exception from the sink, rethrown once the inflater is shut: it is the caller's bug. */
  private sinkError: unknown;
  private readonly cap: number;

  constructor(
    private readonly source: ByteSource,
    private readonly entry: ZipEntry,
    private readonly sink: (chunk: Uint8Array) => boolean | void,
    private readonly limits: ZipLimits,
  ) {
    this.member = [entry.name];
    const ratioCap =
      entry.method === METHOD_DEFLATE
        ? Math.max(limits.ratioFloorBytes, limits.maxRatio * entry.compressedSize)
        : Number.POSITIVE_INFINITY;
    this.cap = Math.min(limits.maxMemberBytes, ratioCap);
  }

  private error(message: string, extra: Partial<ModelIssue> = {}): void {
    this.issues.push({
      ruleId: 'model/archive-anomaly',
      level: 'error',
      message,
      member: this.member,
      ...extra,
    });
  }

  /** Hands `piece` to the sink within the cap; false once reading must stop. */
  private deliver(piece: Uint8Array): boolean {
    if (this.stoppedBySink || this.limitHit || this.sinkError !== undefined) return false;
    let chunk = piece;
    if (this.delivered + chunk.length > this.cap) {
      chunk = chunk.subarray(0, this.cap - this.delivered);
      this.limitHit = true;
    }
    if (chunk.length > 0) {
      this.crc = crc32(chunk, this.crc);
      this.delivered += chunk.length;
      try {
        if (this.sink(chunk) === false) this.stoppedBySink = true;
      } catch (error) {
        this.sinkError = error;
        return false;
      }
    }
    return !this.stoppedBySink && !this.limitHit;
  }

  async stored(): Promise<MemberRead> {
    const { entry } = this;
    let offset = 0;
    let truncated = false;
    while (offset < entry.compressedSize) {
      const chunk = await readRange(
        this.source,
        entry.dataOffset + offset,
        Math.min(MEMBER_CHUNK, entry.compressedSize - offset),
      );
      if (chunk.length === 0) {
        truncated = true;
        break;
      }
      offset += chunk.length;
      if (!this.deliver(chunk)) break;
    }
    if (this.sinkError !== undefined) throw this.sinkError;
    if (truncated) {
      this.error(
        `Member ${quoted(entry.name)} ends at byte ${offset} of its ${entry.compressedSize} stored bytes.`,
        {
          offset,
        },
      );
    }
    return this.finish(!truncated);
  }

  async deflated(): Promise<MemberRead> {
    const { entry } = this;
    const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let failure: Error | undefined;
    let streamEnded = false;
    inflater.on('data', (piece: Buffer) => {
      if (!this.deliver(piece)) inflater.destroy();
    });
    const settled = new Promise<void>((resolve) => {
      inflater.once('end', () => {
        streamEnded = true;
        resolve();
      });
      inflater.once('error', (error) => {
        failure = error;
        resolve();
      });
      inflater.once('close', () => resolve());
    });
    const stopped = (): boolean =>
      this.stoppedBySink ||
      this.limitHit ||
      this.sinkError !== undefined ||
      failure !== undefined ||
      streamEnded;

    let fed = 0;
    let truncated = false;
    let ranShort = false;
    while (fed < entry.compressedSize && !stopped()) {
      const chunk = await readRange(
        this.source,
        entry.dataOffset + fed,
        Math.min(MEMBER_CHUNK, entry.compressedSize - fed),
      );
      if (chunk.length === 0) {
        truncated = true;
        break;
      }
      fed += chunk.length;
      await Promise.race([new Promise<void>((resolve) => inflater.write(chunk, () => resolve())), settled]);
      // The inflater stops taking input at the end of the deflate stream.
      if (inflater.bytesWritten < fed) {
        ranShort = true;
        break;
      }
    }
    if (!stopped()) inflater.end();
    else if (!streamEnded) inflater.destroy();
    await settled;
    // Frees the native zlib state now rather than at garbage collection; bytesWritten survives.
    inflater.destroy();
    if (this.sinkError !== undefined) throw this.sinkError;

    const consumed = inflater.bytesWritten;
    if (this.stoppedBySink || this.limitHit) return this.finish(false);
    if (failure !== undefined) {
      const code = (failure as { code?: unknown }).code;
      const reason =
        code === 'Z_BUF_ERROR'
          ? truncated
            ? `its data ends at byte ${fed} of ${entry.compressedSize}`
            : 'the deflate stream ends before its last block'
          : `the deflate data is corrupt (${typeof code === 'string' ? code : 'zlib error'})`;
      this.error(
        `Member ${quoted(entry.name)} cannot be decompressed past byte ${this.delivered}: ${reason}. Readers that stop at the error and readers that recover see different content.`,
        { offset: this.delivered, properties: { compressedOffset: consumed } },
      );
      return this.finish(false);
    }
    if (truncated) {
      this.error(
        `Member ${quoted(entry.name)} ends at byte ${fed} of its ${entry.compressedSize} compressed bytes.`,
        {
          offset: this.delivered,
        },
      );
      return this.finish(false);
    }
    if (ranShort || consumed < entry.compressedSize) {
      this.issues.push({
        ruleId: 'model/archive-anomaly',
        level: 'warning',
        message: `Member ${quoted(entry.name)}'s deflate stream ends after ${consumed} of its ${entry.compressedSize} compressed bytes: the ${entry.compressedSize - consumed} bytes after it are read by no zip reader.`,
        member: this.member,
        offset: this.delivered,
        properties: { fileOffset: entry.dataOffset + consumed, length: entry.compressedSize - consumed },
      });
    }
    return this.finish(true);
  }

  private finish(whole: boolean): MemberRead {
    const { entry } = this;
    if (this.limitHit) {
      const byRatio = this.cap < this.limits.maxMemberBytes;
      this.issues.push({
        ruleId: 'model/scan-limit',
        level: 'error',
        message: byRatio
          ? `Member ${quoted(entry.name)} decompresses to more than ${this.cap} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): a zip bomb; the rest is not read.`
          : `Member ${quoted(entry.name)} decompresses to more than ${this.cap} bytes; the rest is not read.`,
        member: this.member,
        offset: this.delivered,
        properties: byRatio
          ? { limit: 'maxRatio', value: this.limits.maxRatio }
          : { limit: 'maxMemberBytes', value: this.limits.maxMemberBytes },
      });
      return { bytes: this.delivered, complete: false, issues: this.issues };
    }
    if (!whole || this.stoppedBySink) return { bytes: this.delivered, complete: false, issues: this.issues };
    if (this.delivered !== entry.uncompressedSize) {
      this.error(
        `Member ${quoted(entry.name)} decompresses to ${this.delivered} bytes, its central entry says ${entry.uncompressedSize}: Python's zipfile reads only the announced size, the scan read all of it.`,
        { offset: Math.min(this.delivered, entry.uncompressedSize) },
      );
    }
    if (this.crc !== entry.crc32) {
      this.error(
        `Member ${quoted(entry.name)} has CRC-32 ${hex(this.crc)}, its central entry says ${hex(entry.crc32)}: Python's zipfile refuses the member, readers that skip the check load it anyway.`,
        { properties: { crc32: this.crc, expected: entry.crc32 } },
      );
    }
    return { bytes: this.delivered, complete: true, issues: this.issues };
  }
}
