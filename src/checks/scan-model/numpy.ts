/**
 * The header of a `.npy` file: magic, version, header length, then a Python dict literal with
 * `descr`, `fortran_order` and `shape`. numpy reads the literal with `ast.literal_eval`; this
 * reads the same small grammar (strings, numbers, booleans, None, tuples, lists, dicts) by hand,
 * so that no header, however hostile, is evaluated. An object dtype means the array's data is a
 * pickle (numpy.load with allow_pickle=True unpickles it): the caller walks it from `dataOffset`.
 */
import { printable } from '../../core/escape.js';
import type { ModelIssue } from './model-issue.js';
import type { ByteSource } from './source.js';

/** numpy.load refuses longer headers unless told otherwise (`max_header_size`, numpy 1.24+). */
export const NUMPY_MAX_HEADER_BYTES = 10_000;
/** Nesting of a structured dtype's description; numpy's own limit is far lower in practice. */
const MAX_LITERAL_DEPTH = 32;

export interface NpyHeader {
  readonly version: number;
  /** Offset of the first byte after the header: the raw data, or the pickle of an object array. */
  readonly dataOffset: number;
  readonly hasObjects: boolean;
  /** Bytes of raw data the header announces; undefined for object arrays. */
  readonly dataBytes?: number;
  /** The dtype when it is one plain type string (such as `<f4`); undefined for structured dtypes. */
  readonly dtype?: string;
  readonly shape: readonly number[];
  readonly fortranOrder: boolean;
}

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

class LiteralError extends Error {}

/** A recursive-descent reader of Python literals, over the header text only. */
class LiteralReader {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Literal {
    const value = this.value(0);
    this.space();
    if (this.at !== this.text.length) throw new LiteralError('text after the dict literal');
    return value;
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at += 1;
  }

  private value(depth: number): Literal {
    if (depth > MAX_LITERAL_DEPTH) throw new LiteralError('the literal nests too deeply');
    this.space();
    const char = this.text[this.at];
    if (char === undefined) throw new LiteralError('the literal ends early');
    if (char === '{') return this.dict(depth);
    if (char === '(' || char === '[') return this.sequence(depth, char === '(' ? ')' : ']');
    if (char === "'" || char === '"') return this.string(char);
    const word = /^(?:True|False|None|[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)/.exec(this.text.slice(this.at));
    if (!word) throw new LiteralError(`unexpected character at ${this.at}`);
    this.at += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    if (word[0] === 'None') return null;
    return Number(word[0]);
  }

  private string(quote: string): string {
    this.at += 1;
    let out = '';
    while (this.at < this.text.length && this.text[this.at] !== quote) {
      // Escapes never occur in a dtype numpy writes; refusing them keeps the reader exact.
      if (this.text[this.at] === '\\') throw new LiteralError('escape sequence in a string');
      out += this.text[this.at];
      this.at += 1;
    }
    if (this.at >= this.text.length) throw new LiteralError('unterminated string');
    this.at += 1;
    return out;
  }

  private sequence(depth: number, close: string): Literal[] {
    this.at += 1;
    const items: Literal[] = [];
    for (;;) {
      this.space();
      if (this.text[this.at] === close) {
        this.at += 1;
        return items;
      }
      items.push(this.value(depth + 1));
      this.space();
      if (this.text[this.at] === ',') this.at += 1;
      else if (this.text[this.at] !== close) throw new LiteralError(`expected , or ${close} at ${this.at}`);
    }
  }

  private dict(depth: number): { [key: string]: Literal } {
    this.at += 1;
    const entries: { [key: string]: Literal } = Object.create(null) as { [key: string]: Literal };
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') {
        this.at += 1;
        return entries;
      }
      const key = this.value(depth + 1);
      if (typeof key !== 'string') throw new LiteralError('a dict key that is not a string');
      if (Object.hasOwn(entries, key)) throw new LiteralError(`key ${JSON.stringify(key)} appears twice`);
      this.space();
      if (this.text[this.at] !== ':') throw new LiteralError(`expected : at ${this.at}`);
      this.at += 1;
      entries[key] = this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') this.at += 1;
      else if (this.text[this.at] !== '}') throw new LiteralError(`expected , or } at ${this.at}`);
    }
  }
}

const TYPE_CODE = /^([<>|=]?)([?bBhHiIlLqQpPefdgFDGSaUVOMmcu])(\d*)(?:\[(\w+)\])?$/;

/** Bytes per element of a dtype description, or 'object' when it holds Python objects. */
function itemSize(descr: Literal, depth = 0): number | 'object' {
  if (depth > MAX_LITERAL_DEPTH) throw new LiteralError('the dtype nests too deeply');
  if (typeof descr === 'string') {
    const match = TYPE_CODE.exec(descr);
    if (!match) throw new LiteralError(`unknown type code ${JSON.stringify(descr.slice(0, 40))}`);
    const [, , code, digits] = match;
    if (code === 'O') return 'object';
    const count = digits === '' ? undefined : Number(digits);
    switch (code) {
      case '?':
      case 'b':
      case 'B':
      case 'c':
        return count ?? 1;
      case 'U':
        return 4 * (count ?? 0);
      case 'S':
      case 'a':
      case 'V':
        return count ?? 0;
      case 'M':
      case 'm':
        return count ?? 8;
      default:
        if (count === undefined) throw new LiteralError(`type code ${code} without a size`);
        return count;
    }
  }
  if (Array.isArray(descr)) {
    let total = 0;
    for (const field of descr) {
      if (
        !Array.isArray(field) ||
        field.length < 2 ||
        field.length > 3 ||
        (typeof field[0] !== 'string' && !Array.isArray(field[0]))
      ) {
        throw new LiteralError('a structured dtype field that is not (name, type[, shape])');
      }
      const size = itemSize(field[1]!, depth + 1);
      if (size === 'object') return 'object';
      const count = field.length === 3 ? elementCount(field[2]!) : 1;
      total += size * count;
    }
    return total;
  }
  throw new LiteralError('descr is neither a type string nor a list of fields');
}

function elementCount(shape: Literal): number {
  const dims = typeof shape === 'number' ? [shape] : shape;
  if (!Array.isArray(dims)) throw new LiteralError('shape is not a tuple');
  let count = 1;
  for (const dim of dims) {
    if (typeof dim !== 'number' || !Number.isSafeInteger(dim) || dim < 0) {
      throw new LiteralError('shape holds something other than non-negative integers');
    }
    count *= dim;
  }
  if (!Number.isSafeInteger(count))
    throw new LiteralError('shape describes more elements than can be counted');
  return count;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
const ASCII = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function malformed(message: string, offset?: number): ModelIssue {
  return {
    ruleId: 'model/malformed-file',
    level: 'error',
    message: `Malformed .npy header: ${message}.`,
    ...(offset === undefined ? {} : { offset }),
  };
}

/** Reads and checks the header; `issues` says why a file is not a valid `.npy`. */
export async function readNpyHeader(
  source: ByteSource,
): Promise<{ header?: NpyHeader; issues: ModelIssue[] }> {
  const lead = await source.read(0, 12);
  if (lead.length < 10 || !MAGIC.every((byte, index) => lead[index] === byte)) {
    return { issues: [malformed('no numpy magic')] };
  }
  const version = lead[6]!;
  if (version < 1 || version > 3) return { issues: [malformed(`unknown format version ${version}`, 6)] };
  const start = version === 1 ? 10 : 12;
  if (lead.length < start) return { issues: [malformed('the file ends inside the preamble')] };
  const length =
    version === 1
      ? lead[8]! | (lead[9]! << 8)
      : (lead[8]! | (lead[9]! << 8) | (lead[10]! << 16) | (lead[11]! << 24)) >>> 0;
  if (length > NUMPY_MAX_HEADER_BYTES) {
    return {
      issues: [
        malformed(`a ${length}-byte header, over the ${NUMPY_MAX_HEADER_BYTES} bytes numpy.load accepts`, 8),
      ],
    };
  }
  const bytes = await source.read(start, length);
  if (bytes.length < length) return { issues: [malformed('the file ends inside the header', start)] };
  let text: string;
  try {
    // Version 3 allows UTF-8 field names; earlier versions are latin-1.
    text = version === 3 ? UTF8.decode(bytes) : ASCII.decode(bytes);
  } catch {
    return { issues: [malformed('a version 3 header that is not UTF-8', start)] };
  }
  let literal: Literal;
  try {
    literal = new LiteralReader(text).parse();
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    return { issues: [malformed(printable(error.message), start)] };
  }
  if (typeof literal !== 'object' || literal === null || Array.isArray(literal)) {
    return { issues: [malformed('the header is not a dict', start)] };
  }
  const keys = Object.keys(literal).sort();
  if (keys.join(',') !== 'descr,fortran_order,shape') {
    return {
      issues: [
        malformed(
          `keys ${printable(keys.join(', ').slice(0, 120))}, not exactly descr, fortran_order and shape`,
          start,
        ),
      ],
    };
  }
  if (typeof literal.fortran_order !== 'boolean')
    return { issues: [malformed('fortran_order is not a boolean', start)] };
  let size: number | 'object';
  let count: number;
  try {
    size = itemSize(literal.descr!);
    count = elementCount(literal.shape!);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    return { issues: [malformed(printable(error.message), start)] };
  }
  const dataOffset = start + length;
  const shape = typeof literal.shape === 'number' ? [literal.shape] : (literal.shape as number[]);
  const layout = {
    shape,
    fortranOrder: literal.fortran_order,
    ...(typeof literal.descr === 'string' ? { dtype: literal.descr } : {}),
  };
  if (size === 'object') {
    return { header: { version, dataOffset, hasObjects: true, ...layout }, issues: [] };
  }
  const dataBytes = size * count;
  const issues: ModelIssue[] = [];
  const available = source.size - dataOffset;
  if (!Number.isSafeInteger(dataBytes) || dataBytes > available) {
    issues.push(
      malformed(`the header announces ${dataBytes} bytes of data, the file holds ${available}`, dataOffset),
    );
  } else if (dataBytes < available) {
    // numpy.load reads exactly the announced bytes; the rest is room for a payload nothing checks.
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message: `${available - dataBytes} bytes follow the array data, which numpy.load never reads.`,
      offset: dataOffset + dataBytes,
    });
  }
  return { header: { version, dataOffset, hasObjects: false, dataBytes, ...layout }, issues };
}
