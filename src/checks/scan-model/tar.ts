/**
 * A tar reader for the scanner: lists members (ustar, GNU and pax) with where their data lies,
 * and reports what lets two readers see different members. torch.save before 0.4 wrote a tar
 * (`sys_info`, `pickle`, `storages`, `tensors`) and torch.load reads it with Python's tarfile, so
 * where readers differ the walk follows Python's tarfile: it ends the archive at the first zero
 * block or at a header with a bad checksum, reads no data after a link or directory header
 * whatever its size field says, and lets the last of several same-named members win.
 *
 * Never allocates from a size a header claims without a bound (`maxHeaderBytes` for pax and GNU
 * long-name data); hostile input yields issues, never an exception.
 */
import { decodeUtf8, IssueList, nameProblems, quoted } from './archive-common.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

export interface TarLimits {
  /** Members listed; beyond it the archive is reported and read no further. */
  maxEntries: number;
  /** Bytes of one pax extended header or GNU long name / long link. */
  maxHeaderBytes: number;
}

export const DEFAULT_TAR_LIMITS: TarLimits = {
  maxEntries: 100_000,
  maxHeaderBytes: 1024 ** 2,
};

export type TarEntryType = 'file' | 'directory' | 'link' | 'other';

export interface TarEntry {
  /** As Python's tarfile names it: pax path, else GNU long name, else ustar prefix + name. */
  name: string;
  type: TarEntryType;
  /** Where the member's data starts in the source. */
  dataOffset: number;
  /** Bytes of data; dataOffset + size lies inside the source. */
  size: number;
  /** Offset of the member's first header (its pax or GNU long-name header when it has one). */
  headerOffset: number;
  /** The header's type flag, as a character ('0', '5', 'S' ...; '\0' for an old regular file). */
  typeFlag: string;
  /** For links: the target, which tarfile.extractfile reads in the link's place. */
  linkName?: string;
}

export interface TarListing {
  entries: TarEntry[];
  issues: ModelIssue[];
}

const BLOCK = 512;
/** Bytes scanned at a time for data after the end-of-archive marker. */
const TRAILER_CHUNK = 1024 * 1024;

/** Types after whose header Python's tarfile skips no data, whatever the size field says. */
const NO_DATA_TYPES = new Set(['1', '2', '3', '4', '5', '6']);
/** Types that describe the next header rather than being a member (GNU_TYPES and pax). */
const GNU_TYPES = new Set(['L', 'K', 'S']);

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** A NUL-terminated field's bytes (Python's `nts`). */
function fieldBytes(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

const SLASH = 0x2f;

function withoutTrailingSlashes(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === SLASH) end--;
  return bytes.subarray(0, end);
}

/**
 * A numeric field: octal text (NUL- or space-terminated, as Python's `nti` reads it) or GNU
 * base-256 (first byte 0x80, or 0xff for a negative number). Undefined when it is neither.
 */
function parseNumber(field: Uint8Array): number | undefined {
  const first = field[0]!;
  if (first === 0x80 || first === 0xff) {
    // 88 bits do not fit a double exactly, and a negative size must stay negative.
    let value = 0n;
    for (const byte of field.subarray(1)) value = value * 256n + BigInt(byte);
    return Number(first === 0xff ? value - 256n ** BigInt(field.length - 1) : value);
  }
  const end = field.indexOf(0);
  const text = ascii(end < 0 ? field : field.subarray(0, end)).trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

/** Unsigned and signed sums with the checksum field as spaces: old Sun and NeXT tars signed. */
function checksumMatches(block: Uint8Array): boolean {
  const stored = parseNumber(block.subarray(148, 156));
  if (stored === undefined) return false;
  let unsigned = 256;
  let signed = 256;
  for (let at = 0; at < BLOCK; at++) {
    if (at >= 148 && at < 156) continue;
    const byte = block[at]!;
    unsigned += byte;
    signed += byte >= 128 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function allZero(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0);
}

function padded(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar"

/** A tar by its first block: the ustar magic at 257, or a valid header checksum (v7 tars have no magic). */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length >= 262 && USTAR.every((byte, index) => head[257 + index] === byte)) return true;
  if (head.length < BLOCK) return false;
  const block = head.subarray(0, BLOCK);
  return !allZero(block) && checksumMatches(block);
}

/** pax records, "%d %s=%s\n" each; undefined when one is malformed (Python's tarfile then stops). */
function parsePax(data: Uint8Array): Map<string, Uint8Array> | undefined {
  const records = new Map<string, Uint8Array>();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    let space = at;
    while (space < data.length && space - at < 20 && data[space]! >= 0x30 && data[space]! <= 0x39) space++;
    if (space === at || data[space] !== 0x20) return undefined;
    const length = parseInt(ascii(data.subarray(at, space)), 10);
    const end = at + length;
    if (length <= space - at || end > data.length || data[end - 1] !== 0x0a) return undefined;
    const record = data.subarray(space + 1, end - 1);
    const equals = record.indexOf(0x3d);
    if (equals <= 0) return undefined;
    records.set(decodeUtf8(record.subarray(0, equals)).text, record.slice(equals + 1));
    at = end;
  }
  return records;
}

class TarReader {
  private readonly issues = new IssueList();
  private readonly entries: TarEntry[] = [];
  /** Records of global ('g') pax headers: they apply to every later member. */
  private readonly globalPax = new Map<string, Uint8Array>();

  constructor(
    private readonly source: ByteSource,
    private readonly limits: TarLimits,
  ) {}

  private error(kind: string, label: string, message: string, extra: Partial<ModelIssue> = {}): void {
    this.issues.add(kind, label, { ruleId: 'model/archive-anomaly', level: 'error', message, ...extra });
  }

  private warning(kind: string, label: string, message: string, extra: Partial<ModelIssue> = {}): void {
    this.issues.add(kind, label, { ruleId: 'model/archive-anomaly', level: 'warning', message, ...extra });
  }

  private async block(offset: number): Promise<Uint8Array> {
    if (offset >= this.source.size) return new Uint8Array(0);
    return this.source.read(offset, BLOCK);
  }

  async read(): Promise<TarListing> {
    const fileSize = this.source.size;
    let offset = 0;
    // State carried from pax and GNU long-name headers to the member header they describe.
    let pax: Map<string, Uint8Array> | undefined;
    let longName: Uint8Array | undefined;
    let longLink: Uint8Array | undefined;
    let memberStart: number | undefined;

    for (;;) {
      const block = await this.block(offset);
      if (block.length === 0) {
        if (memberStart !== undefined) {
          this.error(
            'truncated',
            'truncated members',
            `The archive ends after the extended header at byte ${memberStart}, before the member it describes.`,
            { offset: memberStart },
          );
        } else if (offset > 0) {
          this.warning(
            'end-marker',
            'end marker problems',
            `The archive has no end-of-archive marker (two zero blocks) after its last member at byte ${offset}.`,
            { offset },
          );
        }
        break;
      }
      if (block.length < BLOCK) {
        this.error(
          'truncated',
          'truncated members',
          `The file ends inside a header: ${block.length} bytes at byte ${offset}.`,
          { offset },
        );
        break;
      }
      if (allZero(block)) {
        if (memberStart !== undefined) {
          this.error(
            'truncated',
            'truncated members',
            `An end-of-archive block at byte ${offset} follows the extended header at byte ${memberStart}, before the member it describes.`,
            { offset },
          );
        }
        await this.checkAfterEnd(offset);
        break;
      }
      if (!checksumMatches(block)) {
        this.error(
          'checksum',
          'header checksum problems',
          `The header at byte ${offset} has a bad checksum: Python's tarfile ${offset === 0 ? 'refuses the archive' : 'ends the archive there'}, readers that skip to the next valid header read on; the ${fileSize - offset} bytes from there are not listed.`,
          { offset },
        );
        break;
      }
      const numbers = [
        [100, 8],
        [108, 8],
        [116, 8],
        [124, 12],
        [136, 12],
        [329, 8],
        [337, 8],
      ].map(([at, length]) => parseNumber(block.subarray(at!, at! + length!)));
      if (numbers.some((value) => value === undefined)) {
        this.error(
          'header-number',
          'header problems',
          `The header at byte ${offset} has a numeric field that is not a number: Python's tarfile ends the archive there, other readers may read on.`,
          { offset },
        );
        break;
      }
      const headerSize = numbers[3]!;
      const typeFlag = String.fromCharCode(block[156]!);
      const dataOffset = offset + BLOCK;
      if (headerSize < 0) {
        this.error(
          'header-number',
          'header problems',
          `The header at byte ${offset} gives a negative size (${headerSize}).`,
          { offset },
        );
        break;
      }
      memberStart ??= offset;

      if (typeFlag === 'L' || typeFlag === 'K' || typeFlag === 'x' || typeFlag === 'g' || typeFlag === 'X') {
        const headerAt = offset;
        const data = await this.readMetadata(offset, dataOffset, headerSize, typeFlag);
        if (!data) break;
        offset = dataOffset + padded(headerSize);
        if (typeFlag === 'L') {
          longName = fieldBytes(data);
          continue;
        }
        if (typeFlag === 'K') {
          longLink = fieldBytes(data);
          continue;
        }
        const records = parsePax(data);
        if (!records) {
          this.error(
            'pax',
            'pax header problems',
            `The pax header at byte ${headerAt} is malformed: Python's tarfile refuses the archive there.`,
            { offset: headerAt },
          );
          break;
        }
        if (typeFlag === 'g') {
          for (const [key, value] of records) this.globalPax.set(key, value);
          for (const key of ['path', 'size', 'linkpath']) {
            if (records.has(key)) {
              this.error(
                'pax-global',
                'pax header problems',
                `A global pax header at byte ${headerAt} sets "${key}" for every later member: readers that apply global headers and readers that do not see different members.`,
                { offset: headerAt },
              );
            }
          }
          // A global header belongs to no member: the next member starts after it.
          if (memberStart === headerAt) memberStart = undefined;
        } else {
          pax = new Map([...(pax ?? []), ...records]);
        }
        continue;
      }

      // A member header.
      if (this.entries.length >= this.limits.maxEntries) {
        this.issues.add('limit', 'limit issues', {
          ruleId: 'model/scan-limit',
          level: 'error',
          message: `The archive holds more than ${this.limits.maxEntries} members; the rest are not read.`,
          offset: memberStart,
          properties: { limit: 'maxEntries', value: this.limits.maxEntries },
        });
        break;
      }
      let nameBytes = fieldBytes(block.subarray(0, 100));
      const prefix = fieldBytes(block.subarray(345, 500));
      let type: TarEntryType;
      if (typeFlag === '0' || typeFlag === '\0' || typeFlag === '7') type = 'file';
      else if (typeFlag === '5') type = 'directory';
      else if (typeFlag === '1' || typeFlag === '2') type = 'link';
      else type = 'other';
      if (typeFlag === '\0' && nameBytes[nameBytes.length - 1] === SLASH) type = 'directory';
      if (type === 'directory') nameBytes = withoutTrailingSlashes(nameBytes);
      if (prefix.length > 0 && !GNU_TYPES.has(typeFlag))
        nameBytes = Buffer.concat([prefix, Uint8Array.of(SLASH), nameBytes]);
      if (longName !== undefined) {
        nameBytes =
          type === 'directory' && longName[longName.length - 1] === SLASH
            ? longName.subarray(0, -1)
            : longName;
      }
      const extended = new Map([...this.globalPax, ...(pax ?? [])]);
      const paxPath = extended.get('path');
      if (paxPath !== undefined) nameBytes = withoutTrailingSlashes(paxPath);
      const decoded = decodeUtf8(nameBytes);
      const name = decoded.text;
      const linkBytes = extended.get('linkpath') ?? longLink ?? fieldBytes(block.subarray(157, 257));
      let memberSize = headerSize;
      // Python's tarfile moves to the next header by a pax size only when an extended header
      // precedes the member; a global size alone changes only the content it returns.
      const paxSizeBytes = pax ? extended.get('size') : undefined;
      const paxSize = paxSizeBytes && ascii(paxSizeBytes);
      if (paxSize !== undefined) {
        if (!/^\d+$/.test(paxSize)) {
          this.error(
            'pax',
            'pax header problems',
            `The pax header for member ${quoted(name)} gives a size that is not a number.`,
            { member: [name], properties: { headerOffset: memberStart } },
          );
          break;
        }
        memberSize = Number(paxSize);
      }

      let dataStart = dataOffset;
      if (typeFlag === 'S' && block[482] !== 0) {
        // Old GNU sparse: extension blocks with more of the sparse map come before the data.
        const after = await this.skipSparseExtensions(dataOffset);
        if (after === undefined) break;
        dataStart = after;
      }
      const skipsData = !NO_DATA_TYPES.has(typeFlag);
      if (!skipsData && memberSize > 0) {
        this.error(
          'size-ignored',
          'header problems',
          `The ${type} header of ${quoted(name)} at byte ${offset} gives ${memberSize} bytes of data: Python's tarfile reads the next header right after it, readers that skip the data read another one.`,
          { member: [name], properties: { headerOffset: offset } },
        );
      }
      const dataEnd = dataStart + (skipsData ? memberSize : 0);
      if (!Number.isSafeInteger(dataEnd) || dataEnd > fileSize) {
        this.error(
          'truncated',
          'truncated members',
          `Member ${quoted(name)} has ${memberSize} bytes of data from byte ${dataStart}, past the end of the file: it is not scanned.`,
          { member: [name], properties: { headerOffset: memberStart } },
        );
        break;
      }
      const entry: TarEntry = {
        name,
        type,
        dataOffset: dataStart,
        size: skipsData ? memberSize : 0,
        headerOffset: memberStart,
        typeFlag,
      };
      const link = decodeUtf8(linkBytes);
      if (type === 'link') entry.linkName = link.text;
      this.entries.push(entry);
      this.checkMember(entry, typeFlag, decoded.plain, link.plain);

      offset = dataStart + (skipsData ? padded(memberSize) : 0);
      pax = undefined;
      longName = undefined;
      longLink = undefined;
      memberStart = undefined;
    }
    this.checkDuplicates();
    return { entries: this.entries, issues: this.issues.finish() };
  }

  /** The data of a pax or GNU long-name header, bounded; undefined (issue reported) to stop. */
  private async readMetadata(
    offset: number,
    dataOffset: number,
    length: number,
    typeFlag: string,
  ): Promise<Uint8Array | undefined> {
    const what = typeFlag === 'L' ? 'GNU long name' : typeFlag === 'K' ? 'GNU long link' : 'pax header';
    if (length > this.limits.maxHeaderBytes) {
      this.issues.add('limit', 'limit issues', {
        ruleId: 'model/scan-limit',
        level: 'error',
        message: `The ${what} at byte ${offset} holds ${length} bytes, over the ${this.limits.maxHeaderBytes}-byte limit; the archive is not read further.`,
        offset,
        properties: { limit: 'maxHeaderBytes', value: this.limits.maxHeaderBytes },
      });
      return undefined;
    }
    const data = length > 0 ? await this.source.read(dataOffset, length) : new Uint8Array(0);
    if (data.length < length) {
      this.error(
        'truncated',
        'truncated members',
        `The ${what} at byte ${offset} runs past the end of the file.`,
        { offset },
      );
      return undefined;
    }
    return data;
  }

  private async skipSparseExtensions(from: number): Promise<number | undefined> {
    let at = from;
    const maxBlocks = Math.max(1, Math.floor(this.limits.maxHeaderBytes / BLOCK));
    for (let count = 0; count < maxBlocks; count++) {
      const block = await this.block(at);
      if (block.length < BLOCK) {
        this.error(
          'truncated',
          'truncated members',
          `A GNU sparse header's extension at byte ${at} runs past the end of the file.`,
          { offset: at },
        );
        return undefined;
      }
      at += BLOCK;
      if (block[504] === 0) return at;
    }
    this.issues.add('limit', 'limit issues', {
      ruleId: 'model/scan-limit',
      level: 'error',
      message: `A GNU sparse map from byte ${from} runs over ${maxBlocks} blocks; the archive is not read further.`,
      offset: from,
      properties: { limit: 'maxHeaderBytes', value: this.limits.maxHeaderBytes },
    });
    return undefined;
  }

  /** `plainName` and `plainLink` have U+FFFD for bytes that are not UTF-8 (see decodeUtf8). */
  private checkMember(entry: TarEntry, typeFlag: string, plainName: string, plainLink: string): void {
    const member = [entry.name];
    for (const problem of nameProblems(plainName)) {
      this.issues.add(problem.kind, 'member name problems', {
        ruleId: 'model/archive-anomaly',
        level: problem.level,
        message: `Member ${quoted(entry.name)} ${problem.what}.`,
        member,
      });
    }
    if (entry.type === 'link') {
      const kind = typeFlag === '2' ? 'symbolic' : 'hard';
      const outside = nameProblems(plainLink).some(
        (problem) => problem.kind === 'name-absolute' || problem.kind === 'name-parent',
      );
      this.issues.add('link', 'links', {
        ruleId: 'model/archive-anomaly',
        level: outside ? 'error' : 'warning',
        message: `Member ${quoted(entry.name)} is a ${kind} link to ${quoted(entry.linkName ?? '')}: tarfile.extractfile reads the target's data in its place${outside ? ', and the target is outside the archive' : ''}.`,
        member,
      });
    }
  }

  private checkDuplicates(): void {
    const counts = new Map<string, number>();
    for (const entry of this.entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
    for (const [name, count] of counts) {
      if (count < 2) continue;
      this.error(
        'duplicate',
        'duplicate names',
        `Member ${quoted(name)} appears ${count} times: Python's tarfile (and torch.load) uses the last one, readers that take the first see other content.`,
        { member: [name], properties: { count } },
      );
    }
  }

  /**
   * After the first zero block Python's tarfile stops; `tar --ignore-zeros` and other lenient
   * readers do not. Zeros up to the end are padding; anything else is reported, and a valid
   * header there is a member only some readers list.
   */
  private async checkAfterEnd(markerAt: number): Promise<void> {
    const { size } = this.source;
    const second = await this.block(markerAt + BLOCK);
    let from = markerAt + BLOCK;
    if (second.length === BLOCK && allZero(second)) from += BLOCK;
    else if (second.length === 0) {
      this.warning(
        'end-marker',
        'end marker problems',
        `The end-of-archive marker at byte ${markerAt} is one zero block, not two.`,
        { offset: markerAt },
      );
      return;
    }
    for (let at = from; at < size; at += TRAILER_CHUNK) {
      const chunk = await this.source.read(at, TRAILER_CHUNK);
      const index = chunk.findIndex((byte) => byte !== 0);
      if (index < 0) continue;
      const first = at + index;
      const blockStart = markerAt + Math.floor((first - markerAt) / BLOCK) * BLOCK;
      const candidate = await this.block(blockStart);
      if (candidate.length === BLOCK && checksumMatches(candidate)) {
        this.error(
          'after-end',
          'data after the end marker',
          `A member header at byte ${blockStart} follows the end-of-archive block at byte ${markerAt}: Python's tarfile stops at the zero block, readers that skip zero blocks (tar --ignore-zeros) list more members.`,
          { offset: blockStart },
        );
      } else {
        this.warning(
          'after-end',
          'data after the end marker',
          `Data at byte ${first} follows the end-of-archive block at byte ${markerAt}: no tar reader lists it.`,
          { offset: first },
        );
      }
      return;
    }
  }
}

/**
 * Lists the members of a tar, following Python's tarfile where readers differ. An issue about a
 * member has `member` and its header's file position as `properties.headerOffset`.
 */
export async function readTarEntries(
  source: ByteSource,
  limits: Partial<TarLimits> = {},
): Promise<TarListing> {
  return new TarReader(source, { ...DEFAULT_TAR_LIMITS, ...limits }).read();
}
