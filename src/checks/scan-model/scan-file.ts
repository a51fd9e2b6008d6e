/**
 * One model file to the issues in it: the format is told by content (magic bytes), never by the
 * name alone, and containers are opened member by member (zip, tar, compressed streams, `.npy`
 * object arrays) down to the pickles and configs that a loader would act on. Only what a loader
 * interprets is read: tensor data is skipped by offset, never read.
 */
import { printable } from '../../core/escape.js';
import { isModelFileName } from '../../core/model-files.js';
import { decompress } from './decompress.js';
import { detectModelFormat, type ModelFormat } from './formats.js';
import { analyzeGguf } from './gguf.js';
import { analyzeKerasConfig, analyzeKerasH5 } from './keras.js';
import type { ModelIssue } from './model-issue.js';
import { readNpyHeader } from './numpy.js';
import { analyzeOnnx } from './onnx.js';
import { type PickleWalkResult, PickleWalker } from './pickle.js';
import { judgePickle } from './pickle-policy.js';
import { analyzeSafetensors } from './safetensors.js';
import { analyzeSavedModel, analyzeSavedModelText, kerasMetadataConfigs } from './savedmodel.js';
import { bufferSource, type ByteSource, sliceSource } from './source.js';
import { looksLikeTar, readTarEntries } from './tar.js';
import { readZipDirectory, readZipMember, type ZipEntry } from './zip.js';

export interface ScanSettings {
  /** `module.name` / `module.*` patterns that extend the pickle allowlist (`allow-globals`). */
  readonly allowGlobals: readonly string[];
  /** Bytes: a file, or the decompressed content of a member, beyond this is not scanned. */
  readonly maxFileSize: number;
  /** Decompressed/compressed bytes beyond `ratioFloorBytes`: more is a decompression bomb. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /** Containers inside containers (a zip in a zip, a compressed pickle in a tar). */
  readonly maxDepth: number;
  /** A nested container that must be read at random (a deflated zip inside a zip) is held in memory up to this. */
  readonly maxBufferedBytes: number;
}

export const DEFAULT_SCAN_SETTINGS: Omit<ScanSettings, 'allowGlobals' | 'maxFileSize'> = {
  maxRatio: 1000,
  ratioFloorBytes: 64 * 1024 * 1024,
  maxDepth: 4,
  maxBufferedBytes: 256 * 1024 * 1024,
};

/** What was found, and facts for the metrics. */
export interface FileScan {
  readonly issues: ModelIssue[];
  readonly format: ModelFormat['format'];
  /** Pickle streams walked (files, members, embedded object arrays). */
  readonly pickles: number;
  /** Archive members read, of all members seen. */
  readonly membersRead: number;
  /** External files the model points at (ONNX external data), relative to its folder. */
  readonly externalData: readonly string[];
}

const DETECTION_HEAD = 4096;
const CHUNK = 1024 * 1024;

interface Target {
  readonly source: ByteSource;
  /** The file's or member's name: the last resort of detection (protocol 0 pickles have no magic). */
  readonly name: string;
  /** Members from the outermost container in; empty for the file itself. */
  readonly member: readonly string[];
  readonly depth: number;
  /** Path of the file as findings name it, for formats that resolve paths next to themselves. */
  readonly displayPath: string;
}

class Scan {
  readonly issues: ModelIssue[] = [];
  pickles = 0;
  membersRead = 0;
  readonly externalData: string[] = [];
  constructor(readonly settings: ScanSettings) {}

  add(target: Target, found: readonly ModelIssue[]): void {
    for (const issue of found) {
      const member = [...target.member, ...(issue.member ?? [])];
      this.issues.push(member.length === 0 ? issue : { ...issue, member });
    }
  }

  notScanned(target: Target, reason: string, level: ModelIssue['level'] = 'warning'): void {
    this.add(target, [{ ruleId: 'model/not-scanned', level, message: `Not scanned: ${reason}.` }]);
  }

  get zipLimits() {
    return {
      maxMemberBytes: this.settings.maxFileSize,
      maxRatio: this.settings.maxRatio,
      ratioFloorBytes: this.settings.ratioFloorBytes,
    };
  }
}

export async function scanModelSource(
  source: ByteSource,
  name: string,
  displayPath: string,
  settings: ScanSettings,
): Promise<FileScan> {
  const scan = new Scan(settings);
  const format = await scanTarget(scan, { source, name, member: [], depth: 0, displayPath });
  return {
    issues: scan.issues,
    format,
    pickles: scan.pickles,
    membersRead: scan.membersRead,
    externalData: scan.externalData,
  };
}

async function scanTarget(scan: Scan, target: Target): Promise<ModelFormat['format']> {
  const head = await target.source.read(0, DETECTION_HEAD);
  const format = detectModelFormat(head, target.name);
  await scanAs(scan, target, format, head);
  return format.format;
}

async function scanAs(scan: Scan, target: Target, format: ModelFormat, head: Uint8Array): Promise<void> {
  switch (format.format) {
    case 'pickle':
    case 'joblib':
      await walkPickleSource(scan, target, 0, 1);
      await scanAppendedZip(scan, target);
      break;
    case 'torch-legacy':
      if (format.hint === 'tar checkpoint') {
        await scanTar(scan, target);
        break;
      }
      // torch.save's legacy format: magic number, protocol, system info, the object, the storage
      // keys, each a pickle; raw storage bytes follow, which torch.load never unpickles.
      await walkPickleSource(scan, target, 0, LEGACY_TORCH_PICKLES);
      break;
    case 'torch-zip':
    case 'zip':
    case 'numpy-npz':
    case 'keras-zip':
      await scanZip(scan, target, format);
      break;
    case 'numpy-npy':
      await scanNpy(scan, target);
      break;
    case 'compressed':
      await scanCompressed(scan, target, format);
      break;
    case 'safetensors':
      scan.add(target, (await analyzeSafetensors(target.source)).issues);
      break;
    case 'gguf':
      scan.add(target, (await analyzeGguf(target.source)).issues);
      break;
    case 'onnx': {
      const result = await analyzeOnnx(target.source, target.displayPath);
      scan.add(target, result.issues);
      if (target.member.length === 0) {
        for (const entry of result.summary?.externalData ?? []) scan.externalData.push(entry.location);
      }
      break;
    }
    case 'hdf5':
      scan.add(target, (await analyzeKerasH5(target.source)).issues);
      await scanUserBlock(scan, target, head);
      break;
    case 'tf-savedmodel':
      scan.add(target, (await analyzeSavedModel(target.source)).issues);
      break;
    case 'unknown':
      await scanUnknown(scan, target, head);
      break;
  }
}

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * HDF5 readers skip a user block of any content before the signature, while pickle.load and
 * torch.load read from byte 0: a pickle that carries the signature at byte 512 inside a string is
 * both, and is scanned as what its first bytes say once the signature is out of the way.
 */
async function scanUserBlock(scan: Scan, target: Target, head: Uint8Array): Promise<void> {
  const masked = Uint8Array.from(head);
  for (let at = 512; at + HDF5_SIGNATURE.length <= masked.length; at *= 2) {
    if (HDF5_SIGNATURE.every((byte, index) => masked[at + index] === byte)) masked.fill(0, at, at + 8);
  }
  const other = detectModelFormat(masked, target.name);
  if (other.format !== 'hdf5' && other.format !== 'unknown') await scanAs(scan, target, other, masked);
}

const LEGACY_TORCH_PICKLES = 5;

/** Files a SavedModel keeps beside its graph: Keras layer configs, with Lambda layers among them. */
function isKerasMetadata(name: string): boolean {
  return baseNameOf(name) === 'keras_metadata.pb';
}

async function scanUnknown(scan: Scan, target: Target, head: Uint8Array): Promise<void> {
  if (isKerasMetadata(target.name)) {
    const { configs, issues } = await kerasMetadataConfigs(target.source);
    scan.add(target, issues);
    for (const config of configs) scan.add(target, analyzeKerasConfig(config, 'keras-savedmodel'));
    return;
  }
  if (isSavedModelText(target.name)) {
    scan.add(target, (await analyzeSavedModelText(target.source)).issues);
    return;
  }
  if (baseNameOf(target.name) === 'config.json' && target.member.length > 0) return;
  // A tar holding a legacy checkpoint, or any other model a tar carries.
  if (looksLikeTar(head)) {
    await scanTar(scan, target);
    return;
  }
  // A name that only one format uses: its loader will try to read the file as that format, so
  // its analyzer says what is wrong rather than a note that the content is unknown.
  const claimed = claimedFormat(target.name);
  if (claimed !== undefined && head.length > 0) {
    await scanAs(scan, target, { format: claimed }, head);
    return;
  }
  if (head.length > 0 && (await trialPickleWalk(scan, target))) return;
  if (target.member.length === 0 && isModelFileName(target.name) && head.length > 0) {
    scan.notScanned(target, 'its content is in no model format mlsec reads', 'note');
  }
}

/**
 * pickle.load takes any opcode first (PROTO 0 or 1, FRAME or SHORT_BINUNICODE with no PROTO),
 * and torch.load's legacy path and joblib.load unpickle whatever they are given, so content that
 * no detector claims is still walked as a pickle. Only imports of code-running globals are kept:
 * anything else a walk finds in bytes that are no pickle would be noise.
 */
async function trialPickleWalk(scan: Scan, target: Target): Promise<boolean> {
  const walker = newWalker(scan, 0, 1);
  let offset = 0;
  while (offset < target.source.size && !walker.finished) {
    offset += walker.pendingSkip(target.source.size - offset);
    if (offset >= target.source.size) break;
    const chunk = await target.source.read(offset, CHUNK);
    if (chunk.length === 0) break;
    walker.write(chunk);
    offset += chunk.length;
  }
  const unsafe = unsafeImports(scan, walker.end());
  if (unsafe.length === 0) return false;
  scan.add(target, unsafe);
  return true;
}

/** A trial walk's findings: code-running imports only, counted as a pickle only when there are some. */
function unsafeImports(scan: Scan, walk: PickleWalkResult): ModelIssue[] {
  const unsafe = judgePickle(walk, { allow: scan.settings.allowGlobals }).some(
    (verdict) => verdict.ruleId === 'model/pickle-unsafe-global',
  );
  return unsafe
    ? pickleIssues(scan, walk, 1).filter((issue) => issue.ruleId === 'model/pickle-unsafe-global')
    : [];
}

type ClaimedFormat = 'pickle' | 'safetensors' | 'gguf' | 'onnx' | 'numpy-npy';

const CLAIMED_BY_EXTENSION: ReadonlyArray<readonly [RegExp, ClaimedFormat]> = [
  [/\.(?:pkl|pickle|joblib|dill)$/i, 'pickle'],
  [/\.safetensors$/i, 'safetensors'],
  [/\.gguf$/i, 'gguf'],
  [/\.onnx$/i, 'onnx'],
  [/\.npy$/i, 'numpy-npy'],
];

function claimedFormat(name: string): ClaimedFormat | undefined {
  return CLAIMED_BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1];
}

/** TensorFlow loads a SavedModel's graph from its text form too. */
export function isSavedModelText(name: string): boolean {
  return baseNameOf(name) === 'saved_model.pbtxt';
}

function baseNameOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1).toLowerCase();
}

// ---- pickles --------------------------------------------------------------------------------

function pickleIssues(scan: Scan, walk: PickleWalkResult, expectedPickles: number): ModelIssue[] {
  scan.pickles += 1;
  return judgePickle(walk, { allow: scan.settings.allowGlobals, expectedPickles }).map((verdict) => ({
    ruleId: verdict.ruleId === 'model/pickle-limit' ? 'model/scan-limit' : verdict.ruleId,
    level: verdict.level,
    // Where in the stream: a reviewer can find it with pickletools.dis.
    message: `${verdict.reason.replace(/\.$/, '')} (at byte ${verdict.offset}).`,
    offset: verdict.offset,
    ...(verdict.module === '' ? {} : { properties: { global: `${verdict.module}.${verdict.name}` } }),
  }));
}

function newWalker(scan: Scan, baseOffset: number, maxPickles: number): PickleWalker {
  return new PickleWalker({
    baseOffset,
    maxPickles,
    judgedCallsOnly: true,
    limits: { maxBytes: scan.settings.maxFileSize },
  });
}

/** Walks the pickle(s) of a random-access source from `start`, reading only what the walker wants. */
async function walkPickleSource(
  scan: Scan,
  target: Target,
  start: number,
  pickles: number,
): Promise<PickleWalkResult> {
  const walker = newWalker(scan, start, pickles);
  let offset = start;
  while (offset < target.source.size && !walker.finished) {
    // Payloads the walker only skips (tensor bytes of a legacy checkpoint) are never read.
    offset += walker.pendingSkip(target.source.size - offset);
    if (offset >= target.source.size) break;
    const chunk = await target.source.read(offset, CHUNK);
    if (chunk.length === 0) break;
    walker.write(chunk);
    offset += chunk.length;
  }
  const result = walker.end();
  scan.add(target, pickleIssues(scan, result, pickles));
  return result;
}

/**
 * A pickle with a zip after it loads as a pickle in pickle.load and as an archive in zipfile (and
 * in tools that look for the end record): scan what the archive holds too.
 */
async function scanAppendedZip(scan: Scan, target: Target): Promise<void> {
  const directory = await readZipDirectory(target.source, { maxEntries: 100_000 });
  if (!directory || directory.entries.length === 0) return;
  scan.add(target, [
    {
      ruleId: 'model/archive-anomaly',
      level: 'error',
      message:
        'A zip archive follows the pickle: pickle.load and zip readers see different files here (a polyglot).',
    },
  ]);
  await scanZipEntries(scan, target, directory.entries, false);
}

// ---- zip ------------------------------------------------------------------------------------

const PICKLE_MEMBER = /\.(?:pkl|pickle)$/i;

/** Tensor storages of a torch zip: raw numbers that torch.load maps, never unpickles. */
const TORCH_STORAGE = /^[^/]+\/data\/\d+$/;

async function scanZip(scan: Scan, target: Target, format: ModelFormat): Promise<void> {
  const directory = await readZipDirectory(target.source, scan.zipLimits);
  if (!directory) {
    scan.add(target, [
      {
        ruleId: 'model/archive-anomaly',
        level: 'error',
        message:
          'The file starts like a zip archive but has no end of central directory record, so its members cannot be listed.',
      },
    ]);
    return;
  }
  scan.add(target, directory.issues);
  if (directory.prefixLength > 0) {
    // Bytes before the archive: a loader that reads from the start (pickle.load) sees them.
    const prefix: Target = { ...target, source: sliceSource(target.source, 0, directory.prefixLength) };
    const head = await prefix.source.read(0, DETECTION_HEAD);
    if (detectModelFormat(head, target.name).format !== 'unknown')
      await scanTarget(scan, { ...prefix, name: target.name });
  }
  await scanZipEntries(scan, target, directory.entries, format.format === 'torch-zip');
}

async function scanZipEntries(
  scan: Scan,
  target: Target,
  entries: readonly ZipEntry[],
  torch: boolean,
): Promise<void> {
  const isTorch = torch || entries.some((entry) => /^[^/]+\/data\.pkl$/.test(entry.name));
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    // numpy.load opens any member of an archive that starts with the .npy magic, whatever its
    // name: a storage name hides nothing from it, so such a member is scanned.
    if (isTorch && TORCH_STORAGE.test(entry.name) && !(await startsLikeNpy(scan, target, entry))) continue;
    // Encrypted and unknown-method members are already archive anomalies naming the member.
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) continue;
    const member = memberTarget(scan, target, target.source, entry.name);
    if (member) await scanZipMember(scan, target, member, entry);
  }
}

/** A member of `outer` to scan, or undefined (with a limit finding) when archives nest too deep. */
function memberTarget(scan: Scan, outer: Target, source: ByteSource, name: string): Target | undefined {
  if (outer.depth + 1 > scan.settings.maxDepth) {
    scan.add(outer, [limitIssue(`archives nest more than ${scan.settings.maxDepth} deep`, name)]);
    return undefined;
  }
  return {
    source,
    name,
    member: [...outer.member, name],
    depth: outer.depth + 1,
    displayPath: outer.displayPath,
  };
}

const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

async function startsLikeNpy(scan: Scan, target: Target, entry: ZipEntry): Promise<boolean> {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return false;
  const head =
    entry.method === 0
      ? await target.source.read(entry.dataOffset, Math.min(NPY_MAGIC.length, entry.compressedSize))
      : await zipMemberHead(scan, target, entry);
  return NPY_MAGIC.every((byte, index) => head[index] === byte);
}

function limitIssue(what: string, member?: string): ModelIssue {
  return {
    ruleId: 'model/scan-limit',
    level: 'error',
    message: `Scan stopped at a limit: ${what}.`,
    ...(member === undefined ? {} : { member: [member] }),
  };
}

async function zipMemberHead(scan: Scan, target: Target, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method === 0)
    return target.source.read(entry.dataOffset, Math.min(DETECTION_HEAD, entry.compressedSize));
  const parts: Uint8Array[] = [];
  let length = 0;
  await readZipMember(
    target.source,
    entry,
    (chunk) => {
      parts.push(chunk);
      length += chunk.length;
      return length < DETECTION_HEAD;
    },
    scan.zipLimits,
  );
  return concat(parts, DETECTION_HEAD);
}

function concat(parts: readonly Uint8Array[], limit: number): Uint8Array {
  const total = Math.min(
    limit,
    parts.reduce((sum, part) => sum + part.length, 0),
  );
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    const piece = part.subarray(0, total - at);
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

async function scanZipMember(scan: Scan, outer: Target, member: Target, entry: ZipEntry): Promise<void> {
  const head = await zipMemberHead(scan, outer, entry);
  const detected = detectModelFormat(head, entry.name);
  // A member named as a pickle is one to its loader (torch.load unpickles `data.pkl` whatever
  // it holds): walked as one, so content that is no pickle is a finding, never skipped.
  const format: ModelFormat =
    detected.format === 'unknown' && PICKLE_MEMBER.test(entry.name) ? { format: 'pickle' } : detected;
  const kerasConfig = baseNameOf(entry.name) === 'config.json' && !entry.name.includes('/');
  if (format.format === 'unknown' && !kerasConfig && !isKerasMetadata(entry.name) && !looksLikeTar(head))
    return;
  scan.membersRead += 1;
  if (format.format === 'pickle' || format.format === 'joblib' || format.format === 'torch-legacy') {
    // Pickles are streamed straight from the archive, CRC-checked on the way.
    const pickles = format.format === 'torch-legacy' ? LEGACY_TORCH_PICKLES : 1;
    const walker = newWalker(scan, 0, pickles);
    const read = await readZipMember(
      outer.source,
      entry,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      scan.zipLimits,
    );
    scan.add(outer, withMember(read.issues, entry.name));
    scan.add(member, pickleIssues(scan, walker.end(), pickles));
    return;
  }
  if (kerasConfig) {
    const bytes = await bufferMember(scan, outer, member, entry);
    if (bytes) scan.add(member, analyzeKerasConfig(bytes, 'keras-v3'));
    return;
  }
  // Everything else is read at random: a stored member in place, a deflated one from memory.
  const source =
    entry.method === 0
      ? sliceSource(outer.source, entry.dataOffset, entry.compressedSize)
      : await bufferMemberSource(scan, outer, member, entry);
  if (source) await scanTarget(scan, { ...member, source });
}

function withMember(issues: readonly ModelIssue[], name: string): ModelIssue[] {
  return issues.map((issue) => (issue.member ? issue : { ...issue, member: [name] }));
}

async function bufferMemberSource(
  scan: Scan,
  outer: Target,
  member: Target,
  entry: ZipEntry,
): Promise<ByteSource | undefined> {
  const bytes = await bufferMember(scan, outer, member, entry);
  return bytes && bufferSource(bytes);
}

async function bufferMember(
  scan: Scan,
  outer: Target,
  member: Target,
  entry: ZipEntry,
): Promise<Uint8Array | undefined> {
  const cap = Math.min(scan.settings.maxBufferedBytes, scan.settings.maxFileSize);
  if (entry.uncompressedSize > cap) {
    scan.notScanned(
      member,
      `a compressed member of ${entry.uncompressedSize} bytes is over the ${cap} bytes mlsec decompresses into memory`,
    );
    return undefined;
  }
  const parts: Uint8Array[] = [];
  let length = 0;
  let over = false;
  const read = await readZipMember(
    outer.source,
    entry,
    (chunk) => {
      length += chunk.length;
      if (length > cap) {
        over = true;
        return false;
      }
      parts.push(chunk);
      return true;
    },
    scan.zipLimits,
  );
  scan.add(outer, withMember(read.issues, entry.name));
  if (over) {
    scan.notScanned(member, `it decompresses to more than the ${cap} bytes mlsec holds in memory`);
    return undefined;
  }
  return concat(parts, length);
}

// ---- tar, numpy, compressed streams -----------------------------------------------------------

async function scanTar(scan: Scan, target: Target): Promise<void> {
  const { entries, issues } = await readTarEntries(target.source, {});
  scan.add(target, issues);
  for (const entry of entries) {
    if (entry.type !== 'file') continue;
    const member = memberTarget(
      scan,
      target,
      sliceSource(target.source, entry.dataOffset, entry.size),
      entry.name,
    );
    if (!member) continue;
    const head = await member.source.read(0, DETECTION_HEAD);
    const format = detectModelFormat(head, entry.name);
    if (format.format === 'unknown') {
      // torch.load unpickles a legacy checkpoint's `pickle` member whatever its first opcode.
      if (head.length > 0 && (await trialPickleWalk(scan, member))) scan.membersRead += 1;
      continue;
    }
    scan.membersRead += 1;
    const raw = entry.name === 'storages' || entry.name === 'tensors';
    if ((format.format === 'pickle' || format.format === 'joblib') && raw) {
      await walkLegacyRecords(scan, member, entry.name as 'storages' | 'tensors');
    } else {
      await scanTarget(scan, member);
    }
  }
}

/** Bytes per element of the storage classes torch < 0.4 wrote (`torch.FloatStorage` ...). */
const LEGACY_STORAGE_BYTES: Readonly<Record<string, number>> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
};
const MAX_LEGACY_RECORDS = 1_000_000;

/**
 * The `storages` and `tensors` members of a legacy tar checkpoint: a pickle of the count, then per
 * record a pickle (which torch.load unpickles too) followed by raw bytes whose length the record
 * gives: for a storage an int64 element count times the element size of its storage class, for a
 * tensor an int32 ndim, ndim sizes and strides and a storage offset (int64 each). Every record's
 * pickle is walked; raw bytes are skipped by that length, never read.
 */
async function walkLegacyRecords(scan: Scan, member: Target, kind: 'storages' | 'tensors'): Promise<void> {
  const size = member.source.size;
  let offset = (await walkPickleSource(scan, member, 0, 1)).pickles[0]?.end;
  for (let records = 0; offset !== undefined && offset < size; records++) {
    if (records >= MAX_LEGACY_RECORDS) {
      scan.add(member, [limitIssue(`more than ${MAX_LEGACY_RECORDS} records in a legacy ${kind} member`)]);
      return;
    }
    const walk = await walkPickleSource(scan, member, offset, 1);
    const end = walk.pickles[0]?.end;
    if (end === undefined || walk.aborted) return;
    const fields = await member.source.read(end, 8);
    const view = new DataView(fields.buffer, fields.byteOffset, fields.byteLength);
    if (kind === 'storages') {
      const storageClass = walk.imports.at(-1)?.name ?? '';
      const elementBytes = LEGACY_STORAGE_BYTES[storageClass];
      if (elementBytes === undefined || fields.length < 8) {
        scan.add(member, [
          {
            ruleId: 'model/not-scanned',
            level: 'warning',
            message: `Not scanned: a storage record at byte ${offset} names no storage class mlsec knows the element size of, so the records after it were not checked.`,
            offset,
          },
        ]);
        return;
      }
      offset = end + 8 + Number(view.getBigInt64(0, true)) * elementBytes;
    } else {
      if (fields.length < 4) return;
      offset = end + 4 + view.getInt32(0, true) * 16 + 8;
    }
    if (!(offset > end)) {
      scan.add(member, [
        {
          ruleId: 'model/malformed-file',
          level: 'error',
          message: `A legacy ${kind} record at byte ${end} declares a negative length, so the records after it cannot be located.`,
          offset: end,
        },
      ]);
      return;
    }
  }
  if (offset !== undefined && offset > size) {
    scan.add(member, [
      {
        ruleId: 'model/malformed-file',
        level: 'error',
        message: `The last legacy ${kind} record declares more bytes than the member holds.`,
      },
    ]);
  }
}

async function scanNpy(scan: Scan, target: Target): Promise<void> {
  const { header, issues } = await readNpyHeader(target.source);
  scan.add(target, issues);
  if (header?.hasObjects) await walkPickleSource(scan, target, header.dataOffset, 1);
}

async function scanCompressed(scan: Scan, target: Target, format: ModelFormat): Promise<void> {
  const method = format.compression!;
  const limits = {
    maxOutputBytes: scan.settings.maxFileSize,
    maxRatio: scan.settings.maxRatio,
    ratioFloorBytes: scan.settings.ratioFloorBytes,
  };
  if (target.depth + 1 > scan.settings.maxDepth) {
    scan.add(target, [limitIssue(`compressed layers nest more than ${scan.settings.maxDepth} deep`)]);
    return;
  }
  // zlib's two-byte header and lzma's none are weak magic: `(S`, protocol 0's MARK and STRING,
  // passes for a zlib header, and pickle.load reads such a file as the pickle it is.
  if (await trialPickleWalk(scan, target)) return;
  // First what the stream holds, from its first bytes; then one pass that reads what it is.
  const headParts: Uint8Array[] = [];
  let headLength = 0;
  await decompress(
    method,
    target.source,
    (chunk) => {
      headParts.push(chunk);
      headLength += chunk.length;
      return headLength < DETECTION_HEAD;
    },
    limits,
  );
  const head = concat(headParts, DETECTION_HEAD);
  const innerName = target.name.replace(/\.(?:z|gz|bz2|xz|lzma)$/i, '');
  const inner = detectModelFormat(head, innerName);
  const where = `${method}-compressed content`;
  if (inner.format === 'pickle' || inner.format === 'joblib' || inner.format === 'torch-legacy') {
    const pickles = inner.format === 'torch-legacy' ? LEGACY_TORCH_PICKLES : 1;
    const walker = newWalker(scan, 0, pickles);
    const result = await decompress(
      method,
      target.source,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      limits,
    );
    scan.add(target, result.issues);
    scan.add(
      target,
      pickleIssues(scan, walker.end(), pickles).map((issue) => ({
        ...issue,
        message: `In the ${where}: ${issue.message}`,
      })),
    );
    return;
  }
  if (inner.format === 'unknown') {
    // joblib.load tells compression by its magic and unpickles what it decompresses, whatever
    // the file is called and whatever the first opcode.
    const walker = newWalker(scan, 0, 1);
    await decompress(
      method,
      target.source,
      (chunk) => {
        walker.write(chunk);
        return !walker.finished;
      },
      limits,
    );
    const unsafe = unsafeImports(scan, walker.end());
    if (unsafe.length > 0) {
      scan.add(
        target,
        unsafe.map((issue) => ({ ...issue, message: `In the ${where}: ${issue.message}` })),
      );
      return;
    }
    if (isModelFileName(innerName))
      scan.notScanned(target, `the ${where} is in no model format mlsec reads`, 'note');
    return;
  }
  const cap = Math.min(scan.settings.maxBufferedBytes, scan.settings.maxFileSize);
  const parts: Uint8Array[] = [];
  let length = 0;
  let over = false;
  const result = await decompress(
    method,
    target.source,
    (chunk) => {
      length += chunk.length;
      if (length > cap) {
        over = true;
        return false;
      }
      parts.push(chunk);
      return true;
    },
    limits,
  );
  scan.add(target, result.issues);
  if (over) {
    scan.notScanned(
      target,
      `the ${where} (${printable(inner.format)}) is larger than the ${cap} bytes mlsec holds in memory`,
    );
    return;
  }
  await scanTarget(scan, {
    ...target,
    source: bufferSource(concat(parts, length)),
    name: innerName,
    depth: target.depth + 1,
  });
}
