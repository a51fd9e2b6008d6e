/**
 * What a model file is, told by its first bytes: magic numbers and the structure right after
 * them, with the name used only where content cannot decide (a protocol 0 pickle has no magic).
 * Never decompresses, never unpickles, never reads past the head it is given; any input, however
 * hostile, returns a format (an exception here would let a crafted file hide from the scanner).
 */

export type ModelFormatId =
  | 'pickle'
  | 'torch-zip'
  | 'torch-legacy'
  | 'zip'
  | 'numpy-npy'
  | 'numpy-npz'
  | 'joblib'
  | 'compressed'
  | 'safetensors'
  | 'onnx'
  | 'keras-zip'
  | 'hdf5'
  | 'gguf'
  | 'tf-savedmodel'
  | 'unknown';

export const MODEL_FORMAT_IDS: readonly ModelFormatId[] = [
  'pickle',
  'torch-zip',
  'torch-legacy',
  'zip',
  'numpy-npy',
  'numpy-npz',
  'joblib',
  'compressed',
  'safetensors',
  'onnx',
  'keras-zip',
  'hdf5',
  'gguf',
  'tf-savedmodel',
  'unknown',
];

export type CompressionMethod = 'zlib' | 'gzip' | 'bz2' | 'xz' | 'lzma';

export interface ModelFormat {
  readonly format: ModelFormatId;
  /** Set when format is `compressed`: a later layer decompresses (with limits) and looks inside. */
  readonly compression?: CompressionMethod;
  /** Why the format was chosen, where that matters to a later layer (object arrays, tar, ...). */
  readonly hint?: string;
}

/**
 * How much of a file to read for detection. Everything looked at sits in the first few hundred
 * bytes; the rest leaves room for the zip local headers of a Keras archive and for joblib's wrapper
 * name, which follows the estimator's parameters.
 */
export const MODEL_FORMAT_HEAD_BYTES = 64 * 1024;

const UNKNOWN: ModelFormat = { format: 'unknown' };

export function detectModelFormat(head: Uint8Array, name: string): ModelFormat {
  return (
    detectZip(head) ??
    detectHdf5(head) ??
    detectGguf(head) ??
    detectNumpy(head) ??
    detectSafetensors(head) ??
    detectPickle(head, name) ??
    detectCompressed(head) ??
    detectTorchLegacyTar(head) ??
    detectSavedModelFile(head, name) ??
    detectOnnx(head) ??
    UNKNOWN
  );
}

/**
 * A TensorFlow SavedModel is a folder, not a file: it is one when it holds `saved_model.pb` (the
 * binary graph) or `saved_model.pbtxt` (its text form). `entryNames` are the folder's own entries.
 */
export function detectModelDirectory(entryNames: readonly string[]): ModelFormat {
  const lower = new Set(entryNames.map((entry) => entry.toLowerCase()));
  if (lower.has('saved_model.pb') || lower.has('saved_model.pbtxt')) return { format: 'tf-savedmodel' };
  return UNKNOWN;
}

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((byte, index) => head[at + index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function uint16(head: Uint8Array, at: number): number {
  return head[at]! | (head[at + 1]! << 8);
}

function uint32(head: Uint8Array, at: number): number {
  return (head[at]! | (head[at + 1]! << 8) | (head[at + 2]! << 16) | (head[at + 3]! << 24)) >>> 0;
}

/** The last segment of a `/`- or `\\`-separated name, lower-cased. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
}

/**
 * Bytes to a string of the same code units (0-255). TextDecoder('latin1') is windows-1252 under
 * WHATWG rules and maps 0x80-0x9f elsewhere, which would hide pickle opcodes such as 0x8c.
 */
function latin1Text(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// ---- zip: PyTorch, Keras, numpy archives, other zips ----------------------------------------

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
/** A hostile head could chain thousands of empty members; the names that decide come first. */
const MAX_MEMBERS_READ = 64;

interface ZipMember {
  readonly name: string;
  readonly method: number;
  /** The member's bytes when stored uncompressed and inside the head. */
  readonly stored?: Uint8Array;
}

/**
 * Reads member names from the local headers at the start of the archive. Sizes in a local header
 * are trusted only to find the next header; a data descriptor (flag bit 3) or a zip64 size ends
 * the walk, since the next header's position is then unknown without the central directory.
 */
function readLeadingZipMembers(head: Uint8Array): ZipMember[] {
  const members: ZipMember[] = [];
  let offset = 0;
  while (
    members.length < MAX_MEMBERS_READ &&
    startsWith(head, LOCAL_HEADER, offset) &&
    offset + 30 <= head.length
  ) {
    const flags = uint16(head, offset + 6);
    const method = uint16(head, offset + 8);
    const compressedSize = uint32(head, offset + 18);
    const nameLength = uint16(head, offset + 26);
    const extraLength = uint16(head, offset + 28);
    const nameStart = offset + 30;
    const dataStart = nameStart + nameLength + extraLength;
    if (nameStart + nameLength > head.length) break;
    const name = latin1Text(head.subarray(nameStart, nameStart + nameLength));
    const sizeKnown = (flags & 0x08) === 0 && compressedSize !== 0xffffffff;
    const dataEnd = dataStart + compressedSize;
    const stored =
      method === 0 && sizeKnown && dataEnd <= head.length ? head.subarray(dataStart, dataEnd) : undefined;
    members.push(stored ? { name, method, stored } : { name, method });
    if (!sizeKnown) break;
    offset = dataEnd;
  }
  return members;
}

/** Members torch.save (and torch.jit.save) writes under the archive's one top-level folder. */
const TORCH_MEMBER = /^[^/]+\/(?:data\.pkl|constants\.pkl|byteorder|\.format_version|\.data\/version)$/;
const KERAS_WEIGHTS = /^model\.weights\.(?:h5|npz)$/;

function detectZip(head: Uint8Array): ModelFormat | undefined {
  if (startsWith(head, EMPTY_ARCHIVE)) return { format: 'zip', hint: 'empty archive' };
  if (!startsWith(head, LOCAL_HEADER)) return undefined;
  const members = readLeadingZipMembers(head);
  const names = members.map((member) => member.name);
  if (names.some((name) => TORCH_MEMBER.test(name))) return { format: 'torch-zip' };
  if (isKerasArchive(members)) return { format: 'keras-zip' };
  if (names.length > 0 && names.every((name) => name.endsWith('.npy'))) return { format: 'numpy-npz' };
  return { format: 'zip' };
}

/**
 * Keras 3 writes `metadata.json` (with `keras_version`), `config.json`, then the weights file.
 * `config.json` alone is too common to count: it takes the weights member, both JSON members, or a
 * stored `metadata.json` that names a Keras version.
 */
function isKerasArchive(members: readonly ZipMember[]): boolean {
  const names = new Set(members.map((member) => member.name));
  if ([...names].some((name) => KERAS_WEIGHTS.test(name))) return true;
  if (names.has('metadata.json') && names.has('config.json')) return true;
  const metadata = members.find((member) => member.name === 'metadata.json');
  return metadata?.stored !== undefined && latin1Text(metadata.stored).includes('"keras_version"');
}

// ---- HDF5, GGUF, numpy, safetensors ----------------------------------------------------------

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** HDF5 allows a user block before the superblock: the signature sits at 0, 512, 1024, 2048, ... */
function detectHdf5(head: Uint8Array): ModelFormat | undefined {
  for (let at = 0; at + HDF5_SIGNATURE.length <= head.length; at = at === 0 ? 512 : at * 2) {
    if (startsWith(head, HDF5_SIGNATURE, at))
      return at === 0 ? { format: 'hdf5' } : { format: 'hdf5', hint: `user block of ${at} bytes` };
  }
  return undefined;
}

function detectGguf(head: Uint8Array): ModelFormat | undefined {
  return startsWith(head, ascii('GGUF')) ? { format: 'gguf' } : undefined;
}

const NPY_MAGIC = [0x93, ...ascii('NUMPY')];

/**
 * `.npy`: magic, major and minor version, header length (2 bytes in 1.x, 4 in 2.x and 3.x), then a
 * Python dict literal. An object dtype (`|O`, also inside a structured dtype) means a pickle follows
 * the header instead of raw numbers: the hint tells the scanner to walk it.
 */
function detectNumpy(head: Uint8Array): ModelFormat | undefined {
  if (!startsWith(head, NPY_MAGIC) || head.length < 10) return undefined;
  const major = head[6]!;
  if (major < 1 || major > 3) return undefined;
  const headerStart = major === 1 ? 10 : 12;
  const headerLength = major === 1 ? uint16(head, 8) : head.length >= 12 ? uint32(head, 8) : 0;
  const header = latin1Text(head.subarray(headerStart, Math.min(head.length, headerStart + headerLength)));
  return /['"]\|O['"]/.test(header)
    ? { format: 'numpy-npy', hint: 'object dtype: a pickle follows the header' }
    : { format: 'numpy-npy' };
}

/** safetensors' own reader refuses headers over 100 MB; a bigger length is not a safetensors file. */
const SAFETENSORS_MAX_HEADER = 100_000_000;

function detectSafetensors(head: Uint8Array): ModelFormat | undefined {
  if (head.length < 9 || head[8] !== 0x7b) return undefined;
  const low = uint32(head, 0);
  const high = uint32(head, 4);
  if (high !== 0 || low < 2 || low > SAFETENSORS_MAX_HEADER) return undefined;
  return { format: 'safetensors' };
}

// ---- pickles: plain, PyTorch legacy, joblib ---------------------------------------------------

const PROTO = 0x80;
const FRAME = 0x95;
/** torch.save's legacy format opens with a pickle of this long integer (LONG1, 10 bytes). */
const TORCH_LEGACY_MAGIC = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
const PICKLE_NAME_SUFFIX = /\.(?:pkl|pickle|dill|joblib|sav|pt|pth|bin|ckpt|data|dat|model)$/i;

function detectPickle(head: Uint8Array, name: string): ModelFormat | undefined {
  if (head.length >= 2 && head[0] === PROTO && head[1]! >= 2 && head[1]! <= 5) {
    const afterFrame = head[2] === FRAME ? 11 : 2;
    if (startsWith(head, TORCH_LEGACY_MAGIC, afterFrame)) return { format: 'torch-legacy' };
    return joblibWrapper(head) ?? { format: 'pickle' };
  }
  // PROTO 0 or 1 is never written by pickle.dump but pickle.load accepts it: what follows decides.
  if (head.length >= 2 && head[0] === PROTO && head[1]! <= 1) {
    const rest = head.subarray(2);
    if (
      startsWithProtocol0or1(rest) ||
      (PICKLE_NAME_SUFFIX.test(name) && startsWithProtocol0or1Loosely(rest))
    )
      return joblibWrapper(head) ?? { format: 'pickle', hint: 'protocol 0 or 1 (PROTO 0 or 1)' };
  }
  if (
    startsWithProtocol0or1(head) ||
    (PICKLE_NAME_SUFFIX.test(name) && startsWithProtocol0or1Loosely(head))
  ) {
    return joblibWrapper(head) ?? { format: 'pickle', hint: 'protocol 0 or 1 (no PROTO opcode)' };
  }
  return undefined;
}

const JOBLIB_MODULE = 'joblib.numpy_pickle';

/**
 * joblib's own files are pickles that name `joblib.numpy_pickle` (its array wrapper). The name is
 * matched as an operand exactly as pickle encodes it (SHORT_BINUNICODE, BINUNICODE or a GLOBAL
 * line), not as loose text; which global it really is stays the opcode walker's decision.
 */
function joblibWrapper(head: Uint8Array): ModelFormat | undefined {
  const text = latin1Text(head);
  const encodings = [
    `\x8c${String.fromCharCode(JOBLIB_MODULE.length)}${JOBLIB_MODULE}`,
    `X${String.fromCharCode(JOBLIB_MODULE.length)}\x00\x00\x00${JOBLIB_MODULE}`,
    `c${JOBLIB_MODULE}\n`,
  ];
  for (const encoding of encodings) {
    const at = text.indexOf(encoding);
    if (at >= 0) return { format: 'joblib', hint: `names ${JOBLIB_MODULE} at byte ${at}` };
  }
  return undefined;
}

const IDENTIFIER_LINE = /^[A-Za-z_][\w.]*\n/;

/**
 * Protocols 0 and 1 have no magic. Their usual openings are recognised: a GLOBAL line pair
 * (`cmodule\nname\n`), a MARK then DICT/LIST/TUPLE (`(dp0`, `(lp0`, `(t`), or an INST line, and
 * protocol 1's EMPTY_DICT/EMPTY_LIST followed by a memo put.
 */
function startsWithProtocol0or1(head: Uint8Array): boolean {
  const start = latin1Text(head.subarray(0, 256));
  if (start.startsWith('c')) {
    const moduleLine = IDENTIFIER_LINE.exec(start.slice(1));
    return moduleLine !== null && IDENTIFIER_LINE.test(start.slice(1 + moduleLine[0].length));
  }
  if (/^\((?:dp\d+\n|lp\d+\n|t|i[A-Za-z_][\w.]*\n)/.test(start)) return true;
  return /^[}\]](?:q.|r.{4}|\()/s.test(start);
}

/** Opcodes that can open a pickle; used only when the name already says "pickle". */
const OPENING_OPCODES = new Set(ascii('()]}NIJKLFGSTUVXcdlt.'));

function startsWithProtocol0or1Loosely(head: Uint8Array): boolean {
  return head.length > 1 && OPENING_OPCODES.has(head[0]!) && head.includes(0x2e);
}

// ---- compressed streams ----------------------------------------------------------------------

function detectCompressed(head: Uint8Array): ModelFormat | undefined {
  if (startsWith(head, [0x1f, 0x8b, 0x08])) return { format: 'compressed', compression: 'gzip' };
  if (startsWith(head, ascii('BZh')) && head.length >= 4 && head[3]! >= 0x31 && head[3]! <= 0x39) {
    return { format: 'compressed', compression: 'bz2' };
  }
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    return { format: 'compressed', compression: 'xz' };
  // joblib before 0.10 wrote its own zlib container: "ZF", then the length in hex.
  if (startsWith(head, ascii('ZF')) && head.length >= 3 && /[0-9a-fx]/i.test(String.fromCharCode(head[2]!))) {
    return { format: 'compressed', compression: 'zlib', hint: "joblib's legacy ZF container" };
  }
  if (isZlibHeader(head)) return { format: 'compressed', compression: 'zlib' };
  if (isLzmaAloneHeader(head)) return { format: 'compressed', compression: 'lzma' };
  return undefined;
}

/** RFC 1950: deflate with a window of at most 32 KiB, no preset dictionary, header checksum. */
function isZlibHeader(head: Uint8Array): boolean {
  if (head.length < 2) return false;
  const cmf = head[0]!;
  const flg = head[1]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * The .lzma ("alone") header has no magic: a properties byte (lc/lp/pb, below 225), a dictionary
 * size, and the uncompressed size (all ones when unknown, as joblib writes it). The dictionary size
 * is taken only when it is one liblzma writes (2^n or 2^n + 2^(n-1), 4 KiB to 1.5 GiB), which
 * keeps arbitrary bytes out.
 */
export function isLzmaAloneHeader(head: Uint8Array): boolean {
  if (head.length < 13 || head[0]! >= 225) return false;
  const dictionary = uint32(head, 1);
  let plausibleDictionary = false;
  for (let bits = 12; bits <= 30 && !plausibleDictionary; bits++) {
    plausibleDictionary = dictionary === 2 ** bits || dictionary === 2 ** bits + 2 ** (bits - 1);
  }
  if (!plausibleDictionary) return false;
  const sizeUnknown = head.subarray(5, 13).every((byte) => byte === 0xff);
  // A known size fits in 48 bits for any real file: the two top bytes are zero.
  return sizeUnknown || (head[11] === 0 && head[12] === 0);
}

// ---- tar (PyTorch's oldest format) ------------------------------------------------------------

/** torch.save before 0.4 wrote a tar of these members; any other tar is not a model format. */
const TORCH_TAR_MEMBERS = new Set(['sys_info', 'pickle', 'storages', 'tensors']);

function detectTorchLegacyTar(head: Uint8Array): ModelFormat | undefined {
  if (head.length < 263 || !startsWith(head, ascii('ustar'), 257)) return undefined;
  const nameField = head.subarray(0, 100);
  const end = nameField.indexOf(0);
  const firstMember = latin1Text(nameField.subarray(0, end < 0 ? 100 : end)).replace(/^\.\//, '');
  if (TORCH_TAR_MEMBERS.has(firstMember)) return { format: 'torch-legacy', hint: 'tar checkpoint' };
  return { format: 'unknown', hint: 'tar archive' };
}

// ---- protobuf: SavedModel and ONNX -------------------------------------------------------------

interface ProtobufField {
  readonly number: number;
  readonly wireType: number;
  readonly value?: number;
  /** For length-delimited fields: the bytes, when they lie inside the head. */
  readonly bytes?: Uint8Array;
  /** A length-delimited field that runs past the head (a large graph): the walk stops there. */
  readonly truncated?: boolean;
}

/** Reads a base-128 varint; undefined when it is malformed or longer than 64 bits. */
function readVarint(head: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let index = 0; index < 10; index++) {
    if (at + index >= head.length) return undefined;
    const byte = head[at + index]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return { value, next: at + index + 1 };
  }
  return undefined;
}

/**
 * Top-level protobuf fields, up to `limit` of them. Stops (without failing) at a field that runs
 * past the head; returns undefined on anything a protobuf encoder cannot have written.
 */
function readProtobufFields(head: Uint8Array, limit: number): ProtobufField[] | undefined {
  const fields: ProtobufField[] = [];
  let offset = 0;
  while (offset < head.length && fields.length < limit) {
    const key = readVarint(head, offset);
    if (!key || key.value < 8) return undefined;
    const number = Math.floor(key.value / 8);
    const wireType = key.value % 8;
    if (wireType === 0) {
      const varint = readVarint(head, key.next);
      if (!varint) return undefined;
      fields.push({ number, wireType, value: varint.value });
      offset = varint.next;
    } else if (wireType === 2) {
      const length = readVarint(head, key.next);
      if (!length) return undefined;
      const end = length.next + length.value;
      if (end > head.length) {
        fields.push({ number, wireType, truncated: true });
        break;
      }
      fields.push({ number, wireType, bytes: head.subarray(length.next, end) });
      offset = end;
    } else {
      return undefined; // ModelProto and SavedModel have no fixed-width or group fields at the top
    }
  }
  return fields;
}

/** ModelProto's top-level fields and their wire types (onnx.proto). */
const ONNX_MODEL_FIELDS = new Map<number, number>([
  [1, 0], // ir_version
  [2, 2], // producer_name
  [3, 2], // producer_version
  [4, 2], // domain
  [5, 0], // model_version
  [6, 2], // doc_string
  [7, 2], // graph
  [8, 2], // opset_import
  [14, 2], // metadata_props
  [20, 2], // training_info
  [25, 2], // functions
  [26, 2], // configuration
]);
const ONNX_TEXT_FIELDS = new Set([2, 3, 4, 6]);
/** IR versions run from 1 (2017) to 11 (2024); headroom for later ones, not for arbitrary numbers. */
const ONNX_MAX_IR_VERSION = 32;

/**
 * ONNX has no magic. A ModelProto is recognised by its structure: the encoder writes ir_version
 * (field 1) first; every top-level field is one ModelProto has, with its wire type; the string
 * fields are text; and the model has a graph or an opset import. That rejects a SavedModel's
 * saved_model.pb (field 2 is a nested message there) and arbitrary protobufs.
 */
function detectOnnx(head: Uint8Array): ModelFormat | undefined {
  if (head[0] !== 0x08) return undefined;
  const fields = readProtobufFields(head, 4096);
  if (!fields || fields.length === 0) return undefined;
  const irVersion = fields[0]!;
  if (
    irVersion.number !== 1 ||
    irVersion.value === undefined ||
    irVersion.value < 1 ||
    irVersion.value > ONNX_MAX_IR_VERSION
  ) {
    return undefined;
  }
  for (const field of fields) {
    if (ONNX_MODEL_FIELDS.get(field.number) !== field.wireType) return undefined;
    if (ONNX_TEXT_FIELDS.has(field.number) && field.bytes && !isText(field.bytes)) return undefined;
  }
  return fields.some((field) => field.number === 7 || field.number === 8) ? { format: 'onnx' } : undefined;
}

/** UTF-8 without control characters other than tab and line breaks: what a name or doc string is. */
function isText(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
  } catch {
    return false;
  }
  return bytes.every(
    (byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte !== 0x7f),
  );
}

/**
 * `saved_model.pb` on its own (outside its folder): a SavedModel message opens with
 * saved_model_schema_version (field 1, varint) or its meta graphs (field 2, a message). The name
 * decides here, since both shapes are common protobuf openings.
 */
function detectSavedModelFile(head: Uint8Array, name: string): ModelFormat | undefined {
  if (baseName(name) !== 'saved_model.pb') return undefined;
  const fields = readProtobufFields(head, 1);
  const first = fields?.[0];
  if (!first) return undefined;
  return (first.number === 1 && first.wireType === 0) || (first.number === 2 && first.wireType === 2)
    ? { format: 'tf-savedmodel' }
    : undefined;
}
