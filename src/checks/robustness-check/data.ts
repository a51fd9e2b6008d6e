/**
 * Evaluation data: inputs and integer labels from `.npy` files, one `.npz` archive, or a CSV table
 * (feature columns and a label column). Everything here comes from the repository under test, so
 * it is read as untrusted bytes: the `.npy` header by scan-model's literal reader (never
 * evaluated), an object dtype refused (it would be a pickle), every size checked against the file.
 * Errors are UsageErrors that name the file and what to change.
 */
import { constants } from 'node:buffer';
import { UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import { NUMPY_MAX_HEADER_BYTES, readNpyHeader } from '../scan-model/numpy.js';
import { bufferSource } from '../scan-model/source.js';
import { DEFAULT_ZIP_LIMITS, readZipDirectory, readZipMember, type ZipEntry } from '../scan-model/zip.js';

export interface NumericArray {
  readonly shape: readonly number[];
  /** Row-major (C order) values, converted to float64. */
  readonly values: Float64Array;
  /** Whether the stored dtype was an integer or boolean type. */
  readonly integral: boolean;
}

export interface EvaluationData {
  /** n x inputSize, row-major, float32 as the model computes. */
  readonly inputs: Float32Array;
  readonly labels: Int32Array;
  /** Samples decoded: the first `maxSamples` of the file, or all of them. */
  readonly n: number;
  /** Samples the file holds. */
  readonly totalSamples: number;
  /** Shape of one sample as stored (without the leading sample dimension). */
  readonly sampleShape: readonly number[];
}

/** Files (and `.npz` members) bigger than this are refused: the check holds them in memory. */
export const MAX_DATA_BYTES = 2 * 1024 ** 3;

function invalid(file: string, message: string): UsageError {
  return new UsageError('INVALID_INPUT', `${file}: ${message}`);
}

const TYPED_READERS: Record<
  string,
  { size: number; read: (view: DataView, at: number, little: boolean) => number }
> = {
  f2: { size: 2, read: (view, at, little) => halfToNumber(view.getUint16(at, little)) },
  f4: { size: 4, read: (view, at, little) => view.getFloat32(at, little) },
  f8: { size: 8, read: (view, at, little) => view.getFloat64(at, little) },
  i1: { size: 1, read: (view, at) => view.getInt8(at) },
  u1: { size: 1, read: (view, at) => view.getUint8(at) },
  b1: { size: 1, read: (view, at) => view.getUint8(at) },
  i2: { size: 2, read: (view, at, little) => view.getInt16(at, little) },
  u2: { size: 2, read: (view, at, little) => view.getUint16(at, little) },
  i4: { size: 4, read: (view, at, little) => view.getInt32(at, little) },
  u4: { size: 4, read: (view, at, little) => view.getUint32(at, little) },
  i8: { size: 8, read: (view, at, little) => Number(view.getBigInt64(at, little)) },
  u8: { size: 8, read: (view, at, little) => Number(view.getBigUint64(at, little)) },
};

function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/**
 * A stored array whose values are read on demand: the leading rows (along the first axis) can be
 * decoded without the rest, so a few samples of a large file cost only those samples.
 */
interface StoredArray {
  /** Shape as stored, including all rows. */
  readonly shape: readonly number[];
  readonly integral: boolean;
  /**
   * Writes the first `rows` rows, C order, into `target`. `accept` sees each value before it is
   * stored (as read, before any float32 rounding); the flat index of the first value it refuses is
   * returned, or -1 when every value is stored.
   */
  readRows(rows: number, target: Float32Array | Float64Array, accept?: (value: number) => boolean): number;
}

interface NpyArray extends StoredArray {
  /** Bytes from the file's start that hold the first `rows` rows (all of the data in Fortran order). */
  bytesFor(rows: number): number;
}

function rowsOf(shape: readonly number[]): number {
  return shape.length === 0 ? 1 : shape[0]!;
}

function rowSizeOf(shape: readonly number[]): number {
  return shape.slice(1).reduce((product, dim) => product * dim, 1);
}

/**
 * Checks a `.npy` header against the bytes; values are decoded later, only the rows asked for.
 * `bytes` may be the first bytes of a file of `storedLength` bytes (an `.npz` member read in
 * part); then only the rows it holds can be read.
 */
async function openNpy(bytes: Uint8Array, file: string, storedLength = bytes.length): Promise<NpyArray> {
  // The header reader checks the data's size against the source's: that of the whole file.
  const { header, issues } = await readNpyHeader({ ...bufferSource(bytes), size: storedLength });
  const problem = issues.find((issue) => issue.level === 'error');
  if (!header || problem) {
    throw invalid(file, `not a valid .npy file (${problem?.message ?? 'no header'})`);
  }
  if (header.hasObjects) {
    throw invalid(
      file,
      'the array holds Python objects (a pickle); store numbers (float32, int64, ...) instead',
    );
  }
  const match = header.dtype === undefined ? null : /^([<>|=]?)([fiub])(\d)$/.exec(header.dtype);
  const reader = match ? TYPED_READERS[`${match[2]}${match[3]}`] : undefined;
  if (!match || !reader) {
    throw invalid(
      file,
      `dtype ${printable(JSON.stringify(header.dtype ?? 'structured'))} is not a plain number type; ` +
        'store float32, float64 or integer arrays',
    );
  }
  const shape = header.shape;
  const count = shape.reduce((product, dim) => product * dim, 1);
  if (header.dataBytes !== count * reader.size || header.dataOffset + count * reader.size > storedLength) {
    throw invalid(file, `the header announces ${count} values, the file holds fewer`);
  }
  const little = match[1] !== '>';
  const view = new DataView(
    bytes.buffer,
    bytes.byteOffset + header.dataOffset,
    Math.max(0, Math.min(count * reader.size, bytes.length - header.dataOffset)),
  );
  const size = reader.size;
  const read = reader.read;
  const fortran = header.fortranOrder && shape.length > 1;
  const totalRows = rowsOf(shape);
  const rowSize = rowSizeOf(shape);
  const dataOffset = header.dataOffset;
  const bytesFor = (rows: number) => dataOffset + (fortran ? count : rows * rowSize) * size;
  return {
    shape,
    integral: match[2] !== 'f',
    bytesFor,
    readRows(rows, target, accept) {
      if (
        rows > totalRows ||
        target.length < rows * rowSize ||
        bytesFor(rows) > dataOffset + view.byteLength
      ) {
        throw new Error(
          `readRows: ${rows} rows of ${rowSize} do not fit the array, the bytes read or the target`,
        );
      }
      if (!fortran) {
        for (let index = 0; index < rows * rowSize; index += 1) {
          const value = read(view, index * size, little);
          if (accept && !accept(value)) return index;
          target[index] = value;
        }
        return -1;
      }
      // Fortran order: the first axis varies fastest, so row r's values lie at r + offset(j).
      const offsets = fortranRowOffsets(shape);
      for (let row = 0; row < rows; row += 1) {
        for (let column = 0; column < rowSize; column += 1) {
          const value = read(view, (row + offsets[column]!) * size, little);
          const index = row * rowSize + column;
          if (accept && !accept(value)) return index;
          target[index] = value;
        }
      }
      return -1;
    },
  };
}

/** Fortran-order element offsets of one row's values (row 0), listed in C order. */
function fortranRowOffsets(shape: readonly number[]): Float64Array {
  const rest = shape.slice(1);
  const strides: number[] = [];
  let stride = shape[0]!;
  for (const dim of rest) {
    strides.push(stride);
    stride *= dim;
  }
  const offsets = new Float64Array(rowSizeOf(shape));
  const index = new Array<number>(rest.length).fill(0);
  for (let c = 0; c < offsets.length; c += 1) {
    let offset = 0;
    for (let axis = 0; axis < rest.length; axis += 1) offset += index[axis]! * strides[axis]!;
    offsets[c] = offset;
    for (let axis = rest.length - 1; axis >= 0; axis -= 1) {
      index[axis]! += 1;
      if (index[axis]! < rest[axis]!) break;
      index[axis] = 0;
    }
  }
  return offsets;
}

function decodeAll(array: StoredArray): NumericArray {
  const rows = rowsOf(array.shape);
  const values = new Float64Array(rows * rowSizeOf(array.shape));
  array.readRows(rows, values);
  return { shape: array.shape, values, integral: array.integral };
}

/** Reads one `.npy` array held in memory. `file` names it in errors (`data.npz!x.npy` for a member). */
export async function parseNpy(bytes: Uint8Array, file: string): Promise<NumericArray> {
  return decodeAll(await openNpy(bytes, file));
}

/** Array names tried in an `.npz` when the member is not named (`data.npz:images`). */
const INPUT_NAMES = ['x', 'inputs', 'X', 'features', 'data', 'images', 'x_test'];
const LABEL_NAMES = ['y', 'labels', 'Y', 'targets', 'target', 'label', 'y_test'];

interface NpzArchive {
  /** Array names (members ending in `.npy`, without it), in directory order. */
  readonly names: readonly string[];
  /**
   * Decompresses and checks one member; nothing else of the archive is decompressed. With `rows`,
   * the whole member is still decompressed and checked, but only the bytes of its first `rows`
   * rows are kept.
   */
  open(name: string, rows?: number): Promise<StoredArray>;
}

/** Reads an `.npz`'s directory only; members are decompressed when opened. */
async function openNpz(bytes: Uint8Array, file: string): Promise<NpzArchive> {
  const source = bufferSource(bytes);
  const directory = await readZipDirectory(source, { maxEntries: 1000 });
  if (!directory) throw invalid(file, 'not a zip archive, as an .npz must be');
  const problem = directory.issues.find((issue) => issue.level === 'error');
  if (problem) throw invalid(file, `a damaged archive (${problem.message})`);
  const entries = new Map<string, ZipEntry>();
  for (const entry of directory.entries) {
    if (entry.name.endsWith('.npy')) entries.set(entry.name.slice(0, -'.npy'.length), entry);
  }
  return {
    names: [...entries.keys()],
    async open(name, rows) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`openNpz: no member ${name}`);
      const member = `${file}!${printable(entry.name)}`;
      if (entry.uncompressedSize > MAX_DATA_BYTES) {
        throw invalid(
          member,
          `decompresses to ${entry.uncompressedSize} bytes, over the ${MAX_DATA_BYTES} the check reads; store fewer samples`,
        );
      }
      // The buffer is sized by the directory, so a size no stream could reach is refused before it
      // is allocated; the reader checks the real size at the end, and more bytes stop the read.
      const { maxRatio, ratioFloorBytes } = DEFAULT_ZIP_LIMITS;
      if (
        entry.method === 8 &&
        entry.uncompressedSize > Math.max(ratioFloorBytes, maxRatio * entry.compressedSize)
      ) {
        throw ratioRefusal(member, maxRatio);
      }
      if (entry.method === 0 && entry.uncompressedSize !== entry.compressedSize) {
        throw invalid(
          member,
          'is stored uncompressed with two different sizes in its directory entry (a damaged archive)',
        );
      }
      const size = entry.uncompressedSize;
      if (rows === undefined) return openNpy(await readMember(entry, member, size, true), member);
      // The header comes first and is short: read it alone to learn how many bytes the rows take.
      const prefix = await readMember(entry, member, Math.min(size, 12 + NUMPY_MAX_HEADER_BYTES), false);
      const probe = await openNpy(prefix, member, size);
      const keep = Math.min(size, probe.bytesFor(Math.min(rows, rowsOf(probe.shape))));
      return openNpy(await readMember(entry, member, keep, true), member, size);
    },
  };

  /**
   * The first `keep` bytes of a member. `whole`: the rest is decompressed too (and dropped), so
   * the CRC and the size are checked; otherwise reading stops after `keep` bytes.
   */
  async function readMember(
    entry: ZipEntry,
    member: string,
    keep: number,
    whole: boolean,
  ): Promise<Uint8Array> {
    const buffer = new Uint8Array(keep);
    let total = 0;
    let overflow = false;
    const read = await readZipMember(
      source,
      entry,
      (chunk) => {
        if (total + chunk.length > entry.uncompressedSize) {
          overflow = true;
          return false;
        }
        if (total < keep) buffer.set(chunk.subarray(0, keep - total), total);
        total += chunk.length;
        return whole || total < keep;
      },
      { maxMemberBytes: MAX_DATA_BYTES },
    );
    const ratio = read.issues.find((issue) => issue.properties?.limit === 'maxRatio');
    if (ratio) throw ratioRefusal(member, DEFAULT_ZIP_LIMITS.maxRatio);
    if (overflow) {
      throw invalid(
        member,
        `decompresses to more than the ${entry.uncompressedSize} bytes its directory entry says`,
      );
    }
    if (read.skipped) {
      throw invalid(
        member,
        read.skipped === 'encrypted'
          ? 'is encrypted; store the arrays unencrypted'
          : 'uses a compression method other than stored or deflate; write the archive with numpy.savez',
      );
    }
    const problem = read.issues.find((issue) => issue.level === 'error');
    if (problem || (whole ? !read.complete : total < keep)) {
      throw invalid(member, `could not be read completely (${problem?.message ?? 'damaged'})`);
    }
    return buffer;
  }
}

function ratioRefusal(member: string, maxRatio: number): UsageError {
  return invalid(
    member,
    `decompresses to more than ${maxRatio} times its compressed size, the ratio limit that stops zip bombs; ` +
      'store the arrays uncompressed (numpy.savez, not savez_compressed)',
  );
}

/**
 * The arrays of an `.npz` (a zip of `.npy` members), by name without `.npy`. With `only`, just
 * those members are decompressed (the others' directory entries are read, nothing more).
 */
export async function parseNpz(
  bytes: Uint8Array,
  file: string,
  options: { readonly only?: readonly string[] } = {},
): Promise<Map<string, NumericArray>> {
  const archive = await openNpz(bytes, file);
  const arrays = new Map<string, NumericArray>();
  for (const name of archive.names) {
    if (options.only && !options.only.includes(name)) continue;
    arrays.set(name, decodeAll(await archive.open(name)));
  }
  return arrays;
}

function pickName(
  names: readonly string[],
  file: string,
  wanted: string | undefined,
  candidates: string[],
  what: string,
): string {
  if (wanted !== undefined) {
    if (!names.includes(wanted)) {
      throw invalid(file, `has no array ${JSON.stringify(wanted)}; it holds ${namesOf(names)}`);
    }
    return wanted;
  }
  const found = candidates.filter((name) => names.includes(name));
  if (found.length !== 1) {
    throw invalid(
      file,
      `cannot tell which array holds the ${what} (it holds ${namesOf(names)}); ` +
        `name it as ${file}:<array>`,
    );
  }
  return found[0]!;
}

function namesOf(names: readonly string[]): string {
  const quoted = names.map((name) => printable(JSON.stringify(name)));
  return quoted.length ? quoted.slice(0, 10).join(', ') : 'no arrays';
}

export interface CsvTable {
  readonly inputs: NumericArray;
  readonly labels: NumericArray;
  /** Data rows in the text; `inputs` and `labels` hold the first `maxRows` of them. */
  readonly totalRows: number;
}

/**
 * A CSV with a header row: every column but the label column is a feature. Values are plain
 * numbers; quotes around a value are allowed, anything else is refused with its row and column.
 * With `maxRows`, only the header and the first `maxRows` data lines are parsed; the others are
 * counted.
 */
export function parseCsv(
  text: string,
  file: string,
  labelColumn: string,
  options: { readonly maxRows?: number } = {},
): CsvTable {
  const totalRows = countLines(text) - 1;
  return parseCsvLines(text, file, labelColumn, totalRows, Math.min(totalRows, options.maxRows ?? totalRows));
}

/** Parses the first `rows` data lines of `text`, a file (or its first lines) of `totalRows` data lines. */
function parseCsvLines(
  text: string,
  file: string,
  labelColumn: string,
  totalRows: number,
  rows: number,
  maxValues = Number.POSITIVE_INFINITY,
): CsvTable {
  if (totalRows < 1) throw invalid(file, 'needs a header row and at least one data row');
  const lines = leadingLines(text, rows + 1);
  const header = splitCsvLine(lines[0]!, file, 1);
  const labelIndex = header.indexOf(labelColumn);
  if (labelIndex < 0) {
    throw invalid(
      file,
      `no column named ${JSON.stringify(labelColumn)} in the header; set label-column to the label's column`,
    );
  }
  const width = header.length;
  if (rows * (width - 1) > maxValues) throw overBudget(file, rows * (width - 1), maxValues, rows < totalRows);
  const features = new Float64Array(rows * (width - 1));
  const labels = new Float64Array(rows);
  let integral = true;
  for (let row = 0; row < rows; row += 1) {
    const cells = splitCsvLine(lines[row + 1]!, file, row + 2);
    if (cells.length !== width) {
      throw invalid(file, `line ${row + 2} has ${cells.length} columns, the header ${width}`);
    }
    let column = 0;
    for (let index = 0; index < width; index += 1) {
      const cell = cells[index]!.trim();
      const value = cell === '' ? NaN : Number(cell);
      if (!Number.isFinite(value)) {
        throw invalid(
          file,
          `line ${row + 2}, column ${printable(header[index]!.slice(0, 60))}: not a number`,
        );
      }
      if (index === labelIndex) labels[row] = value;
      else {
        if (!Number.isInteger(value)) integral = false;
        features[row * (width - 1) + column] = value;
        column += 1;
      }
    }
  }
  return {
    inputs: { shape: [rows, width - 1], values: features, integral },
    labels: { shape: [rows], values: labels, integral: labels.every(Number.isInteger) },
    totalRows,
  };
}

/** Lines of the text, blank lines at its end not counted (as trimming them would). */
function countLines(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return countLineEnds(text, end) + (end > 0 ? 1 : 0);
}

/** Line ends before `end`, found without copying any line. */
function countLineEnds(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

function countLineEndBytes(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < end; at = bytes.indexOf(0x0a, at + 1)) count += 1;
  return count;
}

/** The first `count` lines (without their line ends). */
function leadingLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push(text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end));
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function splitCsvLine(line: string, file: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      if (close < 0) throw invalid(file, `line ${lineNumber}: a quoted cell does not end on its line`);
      cells.push(line.slice(at + 1, close));
      at = close + 1;
      if (at < line.length && line[at] !== ',') {
        throw invalid(file, `line ${lineNumber}: text after a quoted cell`);
      }
    } else {
      const comma = line.indexOf(',', at);
      cells.push(line.slice(at, comma < 0 ? line.length : comma));
      at = comma < 0 ? line.length : comma;
    }
    if (at >= line.length) return cells;
    at += 1;
  }
}

const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

/** Values of the inputs decoded at most by default: 2 GiB of float32. */
export const MAX_DECODED_VALUES = 512 * 1024 ** 2;

export interface DataSpec {
  /** What the user named, for errors (`data/x.npy`, `data/eval.npz:images`). */
  readonly inputsName: string;
  readonly inputs: Uint8Array;
  readonly inputsKey?: string;
  readonly labelsName?: string;
  readonly labels?: Uint8Array;
  readonly labelsKey?: string;
  readonly labelColumn: string;
  /** The declared range of valid inputs. */
  readonly lower: number;
  readonly upper: number;
  /** Only the first this many samples are decoded (all when unset). */
  readonly maxSamples?: number;
  /** Input values decoded at most (`MAX_DECODED_VALUES` when unset); more is refused. */
  readonly maxValues?: number;
}

function kindOf(name: string): 'npy' | 'npz' | 'csv' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.npz')) return 'npz';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.npy')) return 'npy';
  throw new UsageError('INVALID_INPUT', `${name}: evaluation data must be .npy, .npz or .csv`);
}

/** Already decoded values (a CSV's parsed rows) as a StoredArray whose shape counts every row. */
function decodedArray(array: NumericArray, totalRows: number): StoredArray {
  const rowSize = rowSizeOf(array.shape);
  return {
    shape: [totalRows, ...array.shape.slice(1)],
    integral: array.integral,
    readRows(rows, target, accept) {
      if (rows * rowSize > array.values.length)
        throw new Error(`readRows: only ${array.shape[0]} rows parsed`);
      for (let index = 0; index < rows * rowSize; index += 1) {
        const value = array.values[index]!;
        if (accept && !accept(value)) return index;
        target[index] = value;
      }
      return -1;
    },
  };
}

/**
 * The header and the first `rows` data lines of a CSV, decoded; a line end byte never occurs
 * inside a UTF-8 sequence, so the cut is safe. Lines after it are counted on the bytes.
 */
function readCsv(
  bytes: Uint8Array,
  name: string,
  labelColumn: string,
  rows: number | undefined,
  maxValues: number,
): { inputs: StoredArray; labels: StoredArray } {
  let end = bytes.length;
  while (end > 0 && ASCII_SPACE.includes(bytes[end - 1]!)) end -= 1;
  const totalRows = countLineEndBytes(bytes, end) + (end > 0 ? 1 : 0) - 1;
  const parsedRows = Math.min(totalRows, rows ?? totalRows);
  let cut = -1;
  for (let line = 0; line <= parsedRows; line += 1) {
    cut = bytes.indexOf(0x0a, cut + 1);
    if (cut < 0) break;
  }
  const parsed = bytes.subarray(0, cut < 0 ? end : cut);
  // UTF-8 takes at least a byte a character, so this bounds the string's length.
  if (parsed.length > MAX_STRING_LENGTH) {
    throw invalid(
      name,
      `the lines to parse take ${parsed.length} bytes, more than the ${MAX_STRING_LENGTH} one string holds; ` +
        (parsedRows < totalRows ? 'lower samples or store the data as .npy' : 'store the data as .npy'),
    );
  }
  const text = new TextDecoder('utf-8').decode(parsed);
  const table = parseCsvLines(text, name, labelColumn, totalRows, parsedRows, maxValues);
  return {
    inputs: decodedArray(table.inputs, totalRows),
    labels: decodedArray(table.labels, totalRows),
  };
}

/** White space as trimming sees it, in ASCII: trailing blank lines of a CSV are not rows. */
const ASCII_SPACE = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d];

async function readArrays(
  name: string,
  bytes: Uint8Array,
  key: string | undefined,
  labelColumn: string,
  rows: number | undefined,
  maxValues: number,
): Promise<{ inputs?: StoredArray; labels?: StoredArray }> {
  // The name may carry the array (`eval.npz:images`); the kind is the file's.
  const file = splitArrayName(name).file;
  switch (kindOf(file)) {
    case 'npy':
      return { inputs: await openNpy(bytes, name) };
    case 'csv':
      return readCsv(bytes, name, labelColumn, rows, maxValues);
    case 'npz': {
      const archive = await openNpz(bytes, file);
      const inputsName = pickName(archive.names, file, key, INPUT_NAMES, 'inputs');
      const labelsName =
        key === undefined ? pickName(archive.names, file, undefined, LABEL_NAMES, 'labels') : undefined;
      return {
        inputs: await archive.open(inputsName, rows),
        ...(labelsName === undefined ? {} : { labels: await archive.open(labelsName, rows) }),
      };
    }
  }
}

function overBudget(name: string, values: number, budget: number, limited: boolean): UsageError {
  return invalid(
    name,
    `the samples to evaluate hold ${values} values, over the ${budget} the check decodes into memory; ` +
      (limited ? 'lower samples' : 'store fewer or smaller samples in the file'),
  );
}

/** Integer class labels of the first `n` rows of an array of shape [rows], [rows, 1] or one-hot [rows, classes]. */
function toLabels(array: StoredArray, name: string, total: number, n: number, budget: number): Int32Array {
  const [count, width = 1, ...rest] = array.shape;
  if (count !== total || rest.length > 0) {
    throw invalid(
      name,
      `labels of shape [${array.shape.join(', ')}] do not match ${total} inputs; expected [${total}]`,
    );
  }
  if (n * width > budget) throw overBudget(name, n * width, budget, n < total);
  const values = new Float64Array(n * width);
  array.readRows(n, values);
  const labels = new Int32Array(n);
  for (let row = 0; row < n; row += 1) {
    if (width === 1) {
      const value = values[row]!;
      if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
        throw invalid(name, `label ${row} is not a non-negative integer class index`);
      }
      labels[row] = value;
      continue;
    }
    // One-hot rows: exactly one 1 and zeros elsewhere, or the labels are something else.
    let hot = -1;
    for (let column = 0; column < width; column += 1) {
      const value = values[row * width + column]!;
      if (value === 1 && hot < 0) hot = column;
      else if (value !== 0) hot = -2;
    }
    if (hot < 0) throw invalid(name, `row ${row} of the [n, ${width}] labels is not one-hot`);
    labels[row] = hot;
  }
  return labels;
}

/**
 * Loads, checks and converts evaluation data: the first `maxSamples` samples (all without it),
 * decoded straight to float32; only those are held in memory and range-checked. Inputs outside
 * [lower, upper] are refused.
 */
export async function loadEvaluationData(spec: DataSpec): Promise<EvaluationData> {
  const limit = spec.maxSamples;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
    throw new Error(`loadEvaluationData: maxSamples ${limit} is not a positive integer`);
  }
  const budget = spec.maxValues ?? MAX_DECODED_VALUES;
  const read = await readArrays(
    spec.inputsName,
    spec.inputs,
    spec.inputsKey,
    spec.labelColumn,
    limit,
    budget,
  );
  const inputs = read.inputs!;
  let labelsArray = read.labels;
  let labelsName = spec.inputsName;
  if (spec.labels !== undefined && spec.labelsName !== undefined) {
    const fromLabels = await readArrays(
      spec.labelsName,
      spec.labels,
      spec.labelsKey,
      spec.labelColumn,
      limit,
      budget,
    );
    labelsArray = fromLabels.labels ?? fromLabels.inputs;
    labelsName = spec.labelsName;
  }
  if (!labelsArray) {
    throw new UsageError('INVALID_INPUT', `${spec.inputsName}: no labels; name the labels file with labels`);
  }
  if (inputs.shape.length < 2) {
    throw invalid(
      spec.inputsName,
      `inputs of shape [${inputs.shape.join(', ')}]; expected [samples, ...features]`,
    );
  }
  const totalSamples = inputs.shape[0]!;
  if (totalSamples === 0) throw invalid(spec.inputsName, 'holds no samples');
  const n = Math.min(totalSamples, limit ?? totalSamples);
  const rowSize = rowSizeOf(inputs.shape);
  if (n * rowSize > budget) throw overBudget(spec.inputsName, n * rowSize, budget, n < totalSamples);
  const labels = toLabels(labelsArray, labelsName, totalSamples, n, budget);
  const values = new Float32Array(n * rowSize);
  const refused = inputs.readRows(n, values, (value) => value >= spec.lower && value <= spec.upper);
  if (refused >= 0) {
    // Read again to say how it is out of range; the value itself stays out: it is a record of the user's data.
    const sample = Math.floor(refused / rowSize);
    const row = new Float64Array((sample + 1) * rowSize);
    inputs.readRows(sample + 1, row);
    const value = row[refused]!;
    throw invalid(
      spec.inputsName,
      `sample ${sample} holds ${Number.isNaN(value) ? 'NaN, which is outside' : value < spec.lower ? 'a value below' : 'a value above'} the declared input range ` +
        `[${spec.lower}, ${spec.upper}]; set input-range to the range of your data (the attacks keep ` +
        'inputs inside it) and declare any scaling as preprocessing',
    );
  }
  return { inputs: values, labels, n, totalSamples, sampleShape: inputs.shape.slice(1) };
}

/** Splits `file.npz:array` into the file and the array name (a `:` in a Windows drive is kept). */
export function splitArrayName(value: string): { file: string; key?: string } {
  const match = /^(.*\.npz):([^/\\]+)$/i.exec(value);
  return match ? { file: match[1]!, key: match[2]! } : { file: value };
}
