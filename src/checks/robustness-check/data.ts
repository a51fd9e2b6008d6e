/**
 * Evaluation data: inputs and integer labels from `.npy` files, one `.npz` archive, or a CSV table
 * (feature columns and a label column). Everything here comes from the repository under test, so
 * it is read as untrusted bytes: the `.npy` header by scan-model's literal reader (never
 * evaluated), an object dtype refused (it would be a pickle), every size checked against the file.
 * Errors are UsageErrors that name the file and what to change.
 */
import { UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import { readNpyHeader } from '../scan-model/numpy.js';
import { bufferSource } from '../scan-model/source.js';
import { readZipDirectory, readZipMember } from '../scan-model/zip.js';

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
  readonly n: number;
  /** Shape of one sample as stored (without the leading sample dimension). */
  readonly sampleShape: readonly number[];
}

/** Files bigger than this are refused: the check holds the samples it evaluates in memory. */
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

/** Reads one `.npy` array held in memory. `file` names it in errors (`data.npz!x.npy` for a member). */
export async function parseNpy(bytes: Uint8Array, file: string): Promise<NumericArray> {
  const { header, issues } = await readNpyHeader(bufferSource(bytes));
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
  const count = header.shape.reduce((product, dim) => product * dim, 1);
  if (header.dataBytes !== count * reader.size || header.dataOffset + count * reader.size > bytes.length) {
    throw invalid(file, `the header announces ${count} values, the file holds fewer`);
  }
  const little = match[1] !== '>';
  const view = new DataView(bytes.buffer, bytes.byteOffset + header.dataOffset, count * reader.size);
  const stored = new Float64Array(count);
  for (let index = 0; index < count; index += 1)
    stored[index] = reader.read(view, index * reader.size, little);
  const values = header.fortranOrder && header.shape.length > 1 ? fortranToC(stored, header.shape) : stored;
  return { shape: header.shape, values, integral: match[2] !== 'f' };
}

function fortranToC(values: Float64Array, shape: readonly number[]): Float64Array {
  const out = new Float64Array(values.length);
  const rank = shape.length;
  const index = new Array<number>(rank).fill(0);
  for (let c = 0; c < values.length; c += 1) {
    let fortran = 0;
    let stride = 1;
    for (let axis = 0; axis < rank; axis += 1) {
      fortran += index[axis]! * stride;
      stride *= shape[axis]!;
    }
    out[c] = values[fortran]!;
    for (let axis = rank - 1; axis >= 0; axis -= 1) {
      index[axis]! += 1;
      if (index[axis]! < shape[axis]!) break;
      index[axis] = 0;
    }
  }
  return out;
}

/** Array names tried in an `.npz` when the member is not named (`data.npz:images`). */
const INPUT_NAMES = ['x', 'inputs', 'X', 'features', 'data', 'images', 'x_test'];
const LABEL_NAMES = ['y', 'labels', 'Y', 'targets', 'target', 'label', 'y_test'];

/** The arrays of an `.npz` (a zip of `.npy` members), by name without `.npy`. */
export async function parseNpz(bytes: Uint8Array, file: string): Promise<Map<string, NumericArray>> {
  const source = bufferSource(bytes);
  const directory = await readZipDirectory(source, { maxEntries: 1000 });
  if (!directory) throw invalid(file, 'not a zip archive, as an .npz must be');
  const problem = directory.issues.find((issue) => issue.level === 'error');
  if (problem) throw invalid(file, `a damaged archive (${problem.message})`);
  const arrays = new Map<string, NumericArray>();
  for (const entry of directory.entries) {
    if (!entry.name.endsWith('.npy')) continue;
    const chunks: Uint8Array[] = [];
    let total = 0;
    const read = await readZipMember(
      source,
      entry,
      (chunk) => {
        total += chunk.length;
        if (total > MAX_DATA_BYTES) return false;
        chunks.push(chunk.slice());
        return true;
      },
      { maxMemberBytes: MAX_DATA_BYTES },
    );
    const member = `${file}!${printable(entry.name)}`;
    if (!read.complete || read.issues.some((issue) => issue.level === 'error')) {
      throw invalid(member, 'could not be read completely (damaged, encrypted or too large)');
    }
    arrays.set(entry.name.slice(0, -'.npy'.length), await parseNpy(Buffer.concat(chunks), member));
  }
  return arrays;
}

function pickArray(
  arrays: Map<string, NumericArray>,
  file: string,
  wanted: string | undefined,
  candidates: string[],
  what: string,
): NumericArray {
  if (wanted !== undefined) {
    const array = arrays.get(wanted);
    if (!array) throw invalid(file, `has no array ${JSON.stringify(wanted)}; it holds ${namesOf(arrays)}`);
    return array;
  }
  const found = candidates.filter((name) => arrays.has(name));
  if (found.length !== 1) {
    throw invalid(
      file,
      `cannot tell which array holds the ${what} (it holds ${namesOf(arrays)}); ` +
        `name it as ${file}:<array>`,
    );
  }
  return arrays.get(found[0]!)!;
}

function namesOf(arrays: Map<string, NumericArray>): string {
  const names = [...arrays.keys()].map((name) => printable(JSON.stringify(name)));
  return names.length ? names.slice(0, 10).join(', ') : 'no arrays';
}

export interface CsvTable {
  readonly inputs: NumericArray;
  readonly labels: NumericArray;
}

/**
 * A CSV with a header row: every column but the label column is a feature. Values are plain
 * numbers; quotes around a value are allowed, anything else is refused with its row and column.
 */
export function parseCsv(text: string, file: string, labelColumn: string): CsvTable {
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length < 2) throw invalid(file, 'needs a header row and at least one data row');
  const header = splitCsvLine(lines[0]!, file, 1);
  const labelIndex = header.indexOf(labelColumn);
  if (labelIndex < 0) {
    throw invalid(
      file,
      `no column named ${JSON.stringify(labelColumn)} in the header; set label-column to the label's column`,
    );
  }
  const width = header.length;
  const rows = lines.length - 1;
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
  };
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
}

function kindOf(name: string): 'npy' | 'npz' | 'csv' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.npz')) return 'npz';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.npy')) return 'npy';
  throw new UsageError('INVALID_INPUT', `${name}: evaluation data must be .npy, .npz or .csv`);
}

async function readArrays(
  name: string,
  bytes: Uint8Array,
  key: string | undefined,
  labelColumn: string,
): Promise<{ inputs?: NumericArray; labels?: NumericArray }> {
  switch (kindOf(name)) {
    case 'npy':
      return { inputs: await parseNpy(bytes, name) };
    case 'csv':
      return parseCsv(new TextDecoder('utf-8').decode(bytes), name, labelColumn);
    case 'npz': {
      const arrays = await parseNpz(bytes, name);
      return {
        inputs: pickArray(arrays, name, key, INPUT_NAMES, 'inputs'),
        ...(key === undefined ? { labels: pickArray(arrays, name, undefined, LABEL_NAMES, 'labels') } : {}),
      };
    }
  }
}

/** Integer class labels from an array of shape [n], [n, 1] or one-hot [n, classes]. */
function toLabels(array: NumericArray, name: string, n: number): Int32Array {
  const [count, width = 1, ...rest] = array.shape;
  if (count !== n || rest.length > 0) {
    throw invalid(
      name,
      `labels of shape [${array.shape.join(', ')}] do not match ${n} inputs; expected [${n}]`,
    );
  }
  const labels = new Int32Array(n);
  for (let row = 0; row < n; row += 1) {
    if (width === 1) {
      const value = array.values[row]!;
      if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
        throw invalid(name, `label ${row} is not a non-negative integer class index`);
      }
      labels[row] = value;
      continue;
    }
    // One-hot rows: exactly one 1 and zeros elsewhere, or the labels are something else.
    let hot = -1;
    for (let column = 0; column < width; column += 1) {
      const value = array.values[row * width + column]!;
      if (value === 1 && hot < 0) hot = column;
      else if (value !== 0) hot = -2;
    }
    if (hot < 0) throw invalid(name, `row ${row} of the [n, ${width}] labels is not one-hot`);
    labels[row] = hot;
  }
  return labels;
}

/** Loads, checks and converts evaluation data; inputs outside [lower, upper] are refused. */
export async function loadEvaluationData(spec: DataSpec): Promise<EvaluationData> {
  const read = await readArrays(spec.inputsName, spec.inputs, spec.inputsKey, spec.labelColumn);
  const inputs = read.inputs!;
  let labelsArray = read.labels;
  let labelsName = spec.inputsName;
  if (spec.labels !== undefined && spec.labelsName !== undefined) {
    const fromLabels = await readArrays(spec.labelsName, spec.labels, spec.labelsKey, spec.labelColumn);
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
  const n = inputs.shape[0]!;
  if (n === 0) throw invalid(spec.inputsName, 'holds no samples');
  const labels = toLabels(labelsArray, labelsName, n);
  const values = new Float32Array(inputs.values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = inputs.values[index]!;
    if (!(value >= spec.lower && value <= spec.upper)) {
      const sample = Math.floor(index / (values.length / n));
      throw invalid(
        spec.inputsName,
        // The value itself stays out: it is a record of the user's data.
        `sample ${sample} holds ${Number.isNaN(value) ? 'NaN, which is outside' : value < spec.lower ? 'a value below' : 'a value above'} the declared input range ` +
          `[${spec.lower}, ${spec.upper}]; set input-range to the range of your data (the attacks keep ` +
          'inputs inside it) and declare any scaling as preprocessing',
      );
    }
    values[index] = value;
  }
  return { inputs: values, labels, n, sampleShape: inputs.shape.slice(1) };
}

/** Splits `file.npz:array` into the file and the array name (a `:` in a Windows drive is kept). */
export function splitArrayName(value: string): { file: string; key?: string } {
  const match = /^(.*\.npz):([^/\\]+)$/i.exec(value);
  return match ? { file: match[1]!, key: match[2]! } : { file: value };
}
