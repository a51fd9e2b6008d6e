/** Raw-opcode builders for hostile pickles: each test spells its stream out. */
export function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? Buffer.from(part, 'latin1') : Uint8Array.from(part),
  );
  return Buffer.concat(chunks);
}

/** SHORT_BINUNICODE */
export function str(text: string): Uint8Array {
  const encoded = Buffer.from(text, 'utf8');
  return bytes([0x8c, encoded.length], encoded);
}

export const PROTO4 = [0x80, 4];
export const STACK_GLOBAL = [0x93];
export const MEMOIZE = [0x94];
export const REDUCE = 'R';
export const STOP = '.';
export const TUPLE1 = [0x85];

export function global(module: string, name: string): string {
  return `c${module}\n${name}\n`;
}

/** `module.name(arg)` via GLOBAL, protocol 2. */
export function callGlobal(module: string, name: string, arg = 'id'): Uint8Array {
  return bytes([0x80, 2], global(module, name), str(arg), TUPLE1, REDUCE, STOP);
}

/** A Python int with the opcode a pickler picks for it (BININT1, BININT, or LONG1). */
export function int(value: number | bigint): Uint8Array {
  const big = BigInt(value);
  if (big >= 0n && big < 256n) return bytes([0x4b, Number(big)]);
  if (big >= -(2n ** 31n) && big < 2n ** 31n) {
    const out = Buffer.alloc(5);
    out[0] = 0x4a;
    out.writeInt32LE(Number(big), 1);
    return out;
  }
  // Two's complement, little-endian, as short as keeps the sign.
  const digits: number[] = [];
  let rest = big;
  for (;;) {
    digits.push(Number(rest & 0xffn));
    rest >>= 8n;
    const negative = (digits[digits.length - 1]! & 0x80) !== 0;
    if ((rest === 0n && !negative) || (rest === -1n && negative)) break;
  }
  return bytes([0x8a, digits.length], digits);
}

/** MARK items TUPLE */
export function tuple(...items: Uint8Array[]): Uint8Array {
  return bytes('(', ...items, 't');
}

export interface WrapperOptions {
  shape?: readonly (number | bigint)[];
  /** numpy.dtype's first argument ('f8', 'U5', 'V12' ...). */
  typeCode?: string;
  /** The dtype's BUILD state as opcodes; default: numpy's for a fixed-size little-endian type. */
  dtypeState?: Uint8Array;
  /** A number: written as numpy_array_alignment_bytes; null: written as None; undefined: absent. */
  alignment?: number | null;
  /** Overrides the whole state dict's items (between MARK and SETITEMS). */
  stateItems?: Uint8Array;
  /** The wrapper global; default joblib.numpy_pickle NumpyArrayWrapper. */
  wrapperGlobal?: readonly [string, string];
}

/** numpy's dtype state for a fixed-size type: (3, '<', None, None, None, -1, -1, flags). */
export function fixedDtypeState(flags = 0, elsize = -1): Uint8Array {
  return tuple(int(3), str('<'), bytes('NNN'), int(elsize), int(-1), int(flags));
}

/** The items of a NumpyArrayWrapper's state dict, as NumpyPickler writes them (protocol 2 opcodes). */
export function wrapperStateItems(options: WrapperOptions = {}): Uint8Array {
  if (options.stateItems) return options.stateItems;
  const dtype = bytes(
    global('numpy', 'dtype'),
    str(options.typeCode ?? 'f8'),
    [0x89, 0x88, 0x87],
    REDUCE,
    options.dtypeState ?? fixedDtypeState(),
    'b',
  );
  return bytes(
    str('subclass'),
    global('numpy', 'ndarray'),
    str('shape'),
    tuple(...(options.shape ?? [2]).map((d) => int(d))),
    str('order'),
    str('C'),
    str('dtype'),
    dtype,
    str('allow_mmap'),
    [0x89],
    options.alignment === undefined
      ? []
      : bytes(str('numpy_array_alignment_bytes'), options.alignment === null ? 'N' : int(options.alignment)),
  );
}

/** EMPTY_DICT MARK items SETITEMS */
export function wrapperState(options: WrapperOptions = {}): Uint8Array {
  return bytes('}', '(', wrapperStateItems(options), 'u');
}

/** The wrapper's class made into an instance: GLOBAL, EMPTY_TUPLE, NEWOBJ. */
export function wrapperInstance(options: WrapperOptions = {}): Uint8Array {
  const [module, name] = options.wrapperGlobal ?? ['joblib.numpy_pickle', 'NumpyArrayWrapper'];
  return bytes(global(module, name), ')', [0x81]);
}

/** What NumpyPickler writes for one array before the array's bytes: instance, state, BUILD. */
export function wrapper(options: WrapperOptions = {}): Uint8Array {
  return bytes(wrapperInstance(options), wrapperState(options), 'b');
}

/** A padding-length byte and its padding, as joblib >= 1.2 writes before an array's bytes. */
export function padding(length: number): Uint8Array {
  return bytes([length], new Array(length).fill(0xff));
}
