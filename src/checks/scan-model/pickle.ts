/**
 * A static walker over the opcodes of pickle protocols 0-5. It never executes or unpickles: it
 * reads opcodes, keeps a symbolic stack and memo just precise enough to resolve which globals a
 * stream imports (GLOBAL, STACK_GLOBAL, INST) and what it calls (REDUCE, OBJ, NEWOBJ, NEWOBJ_EX,
 * BUILD), and reports what a hostile file could use to hide from a scanner as anomalies.
 *
 * The walker is fed chunks (`write`) and closed (`end`), so a caller can hand it a whole buffer,
 * a byte range of a file, or a decompressed zip member piece by piece. Large payloads (BINBYTES,
 * BINUNICODE ...) are skipped by their length and never copied; only strings short enough to be
 * a global's operand are decoded.
 *
 * joblib writes numpy array data straight into the file between the opcodes of its pickle
 * (joblib/numpy_pickle.py, NumpyArrayWrapper.write_array): the walker follows the values a
 * NumpyArrayWrapper's BUILD gives it (shape, dtype, alignment) far enough to know how many raw
 * bytes follow, skips exactly those and walks on; when it cannot tell, it says so and stops, since
 * guessing would let a file choose which of its bytes a scanner reads as opcodes.
 *
 * Opcode table: CPython's Lib/pickletools.py. Python 2 name remapping: Lib/_compat_pickle.py.
 */

export interface PickleLimits {
  /** Opcodes across all pickles of the stream. */
  readonly maxOpcodes: number;
  /** Stack entries plus open marks. */
  readonly maxStackDepth: number;
  readonly maxMemoEntries: number;
  /** Bytes of the stream, payloads included. */
  readonly maxBytes: number;
  /** Imports and call sites kept in the result; beyond it the stream is hostile or absurd. */
  readonly maxRecords: number;
  /** Longest newline-terminated argument (GLOBAL, INT, STRING ...). */
  readonly maxLineLength: number;
}

export const DEFAULT_PICKLE_LIMITS: PickleLimits = {
  maxOpcodes: 50_000_000,
  maxStackDepth: 100_000,
  maxMemoEntries: 1_000_000,
  maxBytes: 16 * 1024 ** 3,
  maxRecords: 1_000_000,
  maxLineLength: 64 * 1024,
};

/** Strings up to this many bytes are decoded: longer ones cannot be a real module or name. */
export const MAX_OPERAND_BYTES = 256;

export type ImportOpcode = 'GLOBAL' | 'STACK_GLOBAL' | 'INST';

export interface PickleImport {
  /** Module and name as Python 3 resolves them (after the Python 2 remapping). */
  readonly module: string;
  readonly name: string;
  /** As written in the stream, when the remapping changed them. */
  readonly writtenModule: string;
  readonly writtenName: string;
  readonly offset: number;
  readonly opcode: ImportOpcode;
  readonly pickleIndex: number;
}

export type CallOpcode = 'REDUCE' | 'INST' | 'OBJ' | 'NEWOBJ' | 'NEWOBJ_EX' | 'BUILD';

export interface PickleCall {
  readonly opcode: CallOpcode;
  readonly offset: number;
  readonly pickleIndex: number;
  /** Index into `imports` of the global called (or, for BUILD, whose object gets state). */
  readonly global: number | undefined;
  /**
   * For BUILD: 'global' when the state is set on the imported object itself (a module, function
   * or class), 'instance' when on the result of calling it. For the other opcodes: 'global'.
   */
  readonly target: 'global' | 'instance' | 'unknown';
  /** Indexes into `imports` of globals passed directly as arguments (e.g. partial(os.system)). */
  readonly argumentGlobals: readonly number[];
}

export type AnomalyKind =
  | 'truncated'
  | 'unknown-opcode'
  | 'stack-underflow'
  | 'memo-undefined'
  | 'stack-global-operand'
  | 'dotted-name'
  | 'ext-code'
  | 'frame-mismatch'
  | 'bad-argument'
  | 'trailing-data'
  | 'array-data'
  | 'limit';

export type LimitName = keyof PickleLimits;

export interface PickleAnomaly {
  readonly kind: AnomalyKind;
  readonly offset: number;
  readonly pickleIndex: number;
  /** Our own words and numbers only: never text from the stream. */
  readonly detail: string;
  readonly limit?: LimitName;
  /** For dotted-name: the global concerned. */
  readonly global?: number;
}

export interface PickleSpan {
  readonly start: number;
  /** Offset just past STOP; undefined when the pickle never stopped. */
  readonly end: number | undefined;
  /** Highest PROTO seen, 0 when none. */
  readonly protocol: number;
}

/** Bytes the walker skipped by count because a loader reads them as data, not opcodes. */
export interface PickleRawRegion {
  readonly offset: number;
  /** Padding-length byte and padding included. */
  readonly length: number;
  readonly reason: 'joblib-array';
  readonly pickleIndex: number;
}

/** A whole pickle nested in the stream (joblib's object arrays), walked as part of its parent. */
export interface PickleEmbeddedSpan extends PickleSpan {
  readonly reason: 'joblib-object-array';
  /** The pickle it is nested in. */
  readonly pickleIndex: number;
}

export interface PickleWalkResult {
  readonly pickles: readonly PickleSpan[];
  readonly imports: readonly PickleImport[];
  readonly calls: readonly PickleCall[];
  readonly anomalies: readonly PickleAnomaly[];
  readonly rawRegions: readonly PickleRawRegion[];
  readonly embedded: readonly PickleEmbeddedSpan[];
  readonly opcodes: number;
  readonly bytes: number;
  /** True when the walk stopped early (malformed stream or a limit): later bytes were not read. */
  readonly aborted: boolean;
}

// ---- symbolic values -------------------------------------------------------------------------

/*
 * A stack entry is a JS number for a Python int small enough to be exact (no allocation for the
 * commonest opcodes), a JS string for a str short enough to be an operand, or a Sym. One class
 * for every Sym keeps property reads monomorphic in the hot loop.
 */
type Val = number | string | Sym;

const enum Kind {
  /** Anything the walker cannot name: a call result of unknown type, a persistent id, an EXT. */
  Unknown,
  /** Plain data that is certainly not a str: floats, bytes, big ints, lists, sets. */
  Data,
  None,
  True,
  False,
  /** A str too long to keep: never a usable module, name or attribute. */
  LongStr,
  Global,
  /** What calling a global returned, when the walker knows no more about it. */
  Instance,
  Tuple,
  Dict,
  DType,
  ArrayWrapper,
}

/** Globals whose load-time behaviour the walker emulates. */
const enum Role {
  None,
  ArrayWrapper,
  DType,
  StringDType,
  Reconstructor,
  NewObj,
  Object,
}

interface DTypeInfo {
  readonly itemsize: number;
  /** S, U and V: their size comes from the pickled state, not from the type code. */
  readonly flexible: boolean;
  /** Undefined when the walker cannot tell (then no array of it can be located). */
  readonly hasObject: boolean | undefined;
}

class Sym {
  /** Tuple items; Dict values. Undefined for a tuple too long (or too many) to track. */
  items: Val[] | undefined = undefined;
  /** Dict str keys, parallel to items; later entries win. */
  keys: string[] | undefined = undefined;
  /** Dict: a key of unknown type or an untracked entry, so lookups cannot be trusted. */
  uncertain = false;
  dtype: DTypeInfo | undefined = undefined;
  /** ArrayWrapper instance attributes; undefined once something the walker cannot follow set them. */
  attrs: Map<string, Val> | undefined = undefined;
  /** Globals passed directly in an untracked tuple (e.g. partial(os.system)). */
  globals: readonly number[] | undefined = undefined;

  constructor(
    readonly kind: Kind,
    /** Index into imports for Global and for whatever a global's call made; -1 otherwise. */
    readonly global = -1,
    readonly role = Role.None,
  ) {}
}

function tupleSym(items: Val[] | undefined, globals?: readonly number[]): Sym {
  const tuple = new Sym(Kind.Tuple);
  tuple.items = items;
  tuple.globals = globals;
  return tuple;
}

function dtypeSym(global: number, info: DTypeInfo | undefined): Sym {
  const dtype = new Sym(Kind.DType, global);
  dtype.dtype = info;
  return dtype;
}

function wrapperSym(global: number, attrs: Map<string, Val> | undefined): Sym {
  const wrapper = new Sym(Kind.ArrayWrapper, global);
  wrapper.attrs = attrs;
  return wrapper;
}

// Shared values so the common opcodes allocate nothing.
const UNKNOWN = new Sym(Kind.Unknown);
const DATA = new Sym(Kind.Data);
const NONE = new Sym(Kind.None);
const TRUE = new Sym(Kind.True);
const FALSE = new Sym(Kind.False);
const LONG_STR = new Sym(Kind.LongStr);
const EMPTY_TUPLE = tupleSym([]);
/** Containers built while tracking is off: their contents are unknown, never assumed. */
const UNTRACKED_TUPLE = tupleSym(undefined);
const UNTRACKED_DICT = new Sym(Kind.Dict);
UNTRACKED_DICT.uncertain = true;

function isSym(value: Val): value is Sym {
  return typeof value === 'object';
}

function kindOf(value: Val): Kind | undefined {
  return typeof value === 'object' ? value.kind : undefined;
}

function globalOf(value: Val): number {
  return typeof value === 'object' ? value.global : -1;
}

const NO_GLOBALS: readonly number[] = Object.freeze([]);

/** Tuples longer than this keep only their globals: no shape, dtype state or field list is. */
const MAX_TRACKED_ITEMS = 1024;
/** Dict entries kept per dict; a bigger dict is a model's data, not a wrapper's or dtype's state. */
const MAX_TRACKED_KEYS = 256;
/**
 * Items kept in tracked tuples and dicts over the whole walk: a hostile stream must not turn the
 * walker's memory into its own. Past it, tuples and dicts become untracked (as if too long).
 */
const TRACKED_ITEM_BUDGET = 8_000_000;

function dictGet(dict: Sym, key: string): Val | undefined {
  const keys = dict.keys;
  if (keys === undefined) return undefined;
  for (let i = keys.length - 1; i >= 0; i--) if (keys[i] === key) return dict.items![i];
  return undefined;
}

/** Python truthiness where the walker is sure (a global may be a falsy constant, a dtype is falsy). */
function truthy(value: Val): boolean | undefined {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  switch (value.kind) {
    case Kind.None:
    case Kind.False:
      return false;
    case Kind.True:
    case Kind.LongStr:
    case Kind.ArrayWrapper:
      return true;
    case Kind.Tuple:
      return value.items === undefined ? true : value.items.length > 0;
    case Kind.Dict:
      return value.uncertain ? undefined : (value.keys?.length ?? 0) > 0;
    default:
      return undefined;
  }
}

// ---- numpy dtypes and joblib wrappers ----------------------------------------------------------

const DTYPE_MODULES = new Set([
  'numpy',
  'numpy.core',
  'numpy._core',
  'numpy.core.multiarray',
  'numpy._core.multiarray',
  'numpy.core._multiarray_umath',
  'numpy._core._multiarray_umath',
]);

/** The one place joblib defines it; also reached as joblib + numpy_pickle.NumpyArrayWrapper. */
const ARRAY_WRAPPER = 'joblib.numpy_pickle.NumpyArrayWrapper';

function roleOf(module: string, name: string): Role {
  if (`${module}.${name}` === ARRAY_WRAPPER) return Role.ArrayWrapper;
  if (name === 'dtype' && DTYPE_MODULES.has(module)) return Role.DType;
  if (
    name === '_convert_to_stringdtype_kwargs' &&
    (module === 'numpy._core._internal' || module === 'numpy.core._internal')
  ) {
    return Role.StringDType;
  }
  if (module === 'copyreg') {
    if (name === '_reconstructor') return Role.Reconstructor;
    if (name === '__newobj__' || name === '__newobj_ex__') return Role.NewObj;
  }
  if (module === 'builtins' && name === 'object') return Role.Object;
  return Role.None;
}

/** Item sizes numpy accepts after each type letter, for the `kind + bytes` type codes it pickles. */
const FIXED_SIZES: Readonly<Record<string, readonly number[]>> = {
  b: [1],
  i: [1, 2, 4, 8],
  u: [1, 2, 4, 8],
  f: [2, 4, 8, 12, 16],
  c: [8, 16, 24, 32],
  M: [8],
  m: [8],
  O: [4, 8],
};

/** numpy.dtype's first argument as numpy's own pickles spell it ('f8', 'U5', 'V12', 'M8' ...). */
function parseTypeCode(code: string): DTypeInfo | undefined {
  const match = /^[<>|=]?([biufcMmOSaUV?])(\d{0,10})(\[[A-Za-z0-9]{1,8}\])?$/.exec(code);
  if (!match) return undefined;
  const [, letter, digits, unit] = match as unknown as [string, string, string, string | undefined];
  if (unit !== undefined && letter !== 'M' && letter !== 'm') return undefined;
  if (letter === '?') return digits === '' ? { itemsize: 1, flexible: false, hasObject: false } : undefined;
  const count = digits === '' ? undefined : Number(digits);
  if (letter === 'S' || letter === 'a' || letter === 'V' || letter === 'U') {
    const size = (count ?? 0) * (letter === 'U' ? 4 : 1);
    return { itemsize: size, flexible: true, hasObject: false };
  }
  // Bare M, m and O are whole types; bare b, i, u ... are one-letter C type codes numpy never pickles.
  const size = count ?? (letter === 'M' || letter === 'm' || letter === 'O' ? 8 : undefined);
  if (size === undefined || !FIXED_SIZES[letter]!.includes(size)) return undefined;
  return { itemsize: size, flexible: false, hasObject: letter === 'O' };
}

function isInt(value: Val | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * numpy's dtype.__setstate__ (descriptor.c, arraydescr_setstate) for the 8- and 9-item states
 * numpy has written since 1.x: (version, byteorder, subarray, names, fields, elsize, alignment,
 * flags[, metadata]). Only what decides the item size and whether items are Python objects.
 * As numpy 1.24 and 2.4 do: a flexible type takes its size from the state, any other keeps its
 * own; the flags are trusted as given. Returns undefined for any state numpy would not write
 * (flags that contradict the fields, an odd version), so a crafted one cannot make the walker
 * and a loader disagree about where an array's bytes end.
 */
function dtypeAfterState(before: DTypeInfo | undefined, state: Val): DTypeInfo | undefined {
  if (before === undefined || kindOf(state) !== Kind.Tuple) return undefined;
  const items = (state as Sym).items;
  if (items === undefined || (items.length !== 8 && items.length !== 9)) return undefined;
  const [version, byteorder, subarray, names, fields, elsize, , flags] = items;
  if (version !== 3 && version !== 4) return undefined;
  if (typeof byteorder !== 'string' || !/^[<>|=]$/.test(byteorder)) return undefined;
  if (!isInt(elsize) || !isInt(flags)) return undefined;
  if ((kindOf(names!) === Kind.None) !== (kindOf(fields!) === Kind.None)) return undefined;

  // What the contents say about objects, to check against the flags numpy will trust.
  let derived: boolean | undefined = before.hasObject;
  if (kindOf(subarray!) !== Kind.None) {
    const pair = isSym(subarray!) && subarray.kind === Kind.Tuple ? subarray.items : undefined;
    const base = pair?.length === 2 ? pair[0] : undefined;
    if (base === undefined || kindOf(base) !== Kind.DType) return undefined;
    derived = (base as Sym).dtype?.hasObject;
  }
  if (kindOf(fields!) !== Kind.None) {
    const nameItems = kindOf(names!) === Kind.Tuple ? (names as Sym).items : undefined;
    const fieldDict = fields as Sym;
    if (nameItems === undefined || fieldDict.kind !== Kind.Dict || fieldDict.uncertain) return undefined;
    derived = false;
    for (const name of nameItems) {
      if (typeof name !== 'string') return undefined;
      const field = dictGet(fieldDict, name);
      const fieldItems =
        field !== undefined && kindOf(field) === Kind.Tuple ? (field as Sym).items : undefined;
      const fieldType = fieldItems?.[0];
      if (fieldType === undefined || kindOf(fieldType) !== Kind.DType) return undefined;
      const inner = (fieldType as Sym).dtype?.hasObject;
      if (inner === undefined) return undefined;
      derived ||= inner;
    }
  }
  // numpy stores the flags as given (a negative char is shifted up by 128); bit 0 is HASOBJECT.
  const normalized = flags < 0 && flags >= -128 ? flags + 128 : flags;
  if (normalized < 0) return undefined;
  const flagged = (normalized & 1) === 1;
  if (derived === undefined || derived !== flagged) return undefined;
  if (before.flexible && elsize < 0) return undefined;
  return {
    itemsize: before.flexible ? elsize : before.itemsize,
    flexible: before.flexible,
    hasObject: flagged,
  };
}

/** What NumpyArrayWrapper.read will read after its BUILD, or why the walker cannot tell. */
type ArrayData =
  | { readonly kind: 'raw'; readonly padded: boolean; readonly bytes: number }
  | { readonly kind: 'pickle' }
  | { readonly kind: 'unknown'; readonly why: string };

const WHERE_DATA = 'the array data of a joblib NumpyArrayWrapper could not be located';

/** NumPy's limit on dimensions (64 since NumPy 2, 32 before). */
const MAX_DIMENSIONS = 64;

function arrayData(attrs: Map<string, Val> | undefined): ArrayData {
  if (attrs === undefined) {
    return { kind: 'unknown', why: 'its attributes were set by something the scanner cannot follow' };
  }
  const dtypeVal = attrs.get('dtype');
  if (dtypeVal === undefined || kindOf(dtypeVal) !== Kind.DType) {
    return { kind: 'unknown', why: 'its dtype is not a numpy dtype the scanner can read' };
  }
  const dtype = (dtypeVal as Sym).dtype;
  if (dtype === undefined || dtype.hasObject === undefined) {
    return { kind: 'unknown', why: 'its dtype is not one the scanner understands' };
  }
  // joblib pickles object arrays as a pickle of their own; shape and padding do not apply.
  if (dtype.hasObject) return { kind: 'pickle' };
  const shapeVal = attrs.get('shape');
  const shape =
    shapeVal !== undefined && kindOf(shapeVal) === Kind.Tuple ? (shapeVal as Sym).items : undefined;
  if (shape === undefined || shape.length > MAX_DIMENSIONS) {
    return { kind: 'unknown', why: 'its shape is not a tuple of dimensions' };
  }
  let count = 1;
  let zero = false;
  for (const dimension of shape) {
    if (!isInt(dimension) || dimension < 0) {
      return { kind: 'unknown', why: 'its shape holds a dimension that is not a non-negative integer' };
    }
    if (dimension === 0) zero = true;
    count *= dimension;
  }
  if (zero) count = 0;
  // joblib divides by the item size before it reads anything: a zero size fails the load.
  if (dtype.itemsize <= 0) return { kind: 'unknown', why: 'its dtype has no item size' };
  const bytes = count * dtype.itemsize;
  if (!Number.isSafeInteger(bytes)) {
    return { kind: 'unknown', why: 'its shape overflows any file size' };
  }
  const alignment = attrs.get('numpy_array_alignment_bytes');
  // joblib >= 1.2 writes a padding-length byte unless the attribute is missing or None.
  const padded = alignment !== undefined && kindOf(alignment) !== Kind.None;
  return { kind: 'raw', padded, bytes };
}

/** NumpyArrayWrapper.__init__(subclass, shape, order, dtype, allow_mmap=False, alignment=16). */
function wrapperInitAttrs(args: Val): Map<string, Val> | undefined {
  const items = kindOf(args) === Kind.Tuple ? (args as Sym).items : undefined;
  if (items === undefined || items.length < 4 || items.length > 6) return undefined;
  return new Map<string, Val>([
    ['subclass', items[0]!],
    ['shape', items[1]!],
    ['order', items[2]!],
    ['dtype', items[3]!],
    ['allow_mmap', items[4] ?? FALSE],
    ['numpy_array_alignment_bytes', items[5] ?? 16],
  ]);
}

// ---- opcode table ----------------------------------------------------------------------------

const enum Arg {
  None,
  U1,
  U2,
  I4,
  U4,
  U8,
  F8,
  Line,
  LinePair,
  Long1,
  Long4,
  Bytes1,
  Bytes4,
  Bytes8,
  String4Signed,
}

/** 255 marks a byte that is no opcode. */
const ARG = new Uint8Array(256).fill(255);
const NAMES: string[] = [];
function op(code: string, name: string, arg: Arg): void {
  const byte = code.charCodeAt(0);
  ARG[byte] = arg;
  NAMES[byte] = name;
}
op('I', 'INT', Arg.Line);
op('J', 'BININT', Arg.I4);
op('K', 'BININT1', Arg.U1);
op('M', 'BININT2', Arg.U2);
op('L', 'LONG', Arg.Line);
op('\x8a', 'LONG1', Arg.Long1);
op('\x8b', 'LONG4', Arg.Long4);
op('S', 'STRING', Arg.Line);
op('T', 'BINSTRING', Arg.String4Signed);
op('U', 'SHORT_BINSTRING', Arg.Bytes1);
op('B', 'BINBYTES', Arg.Bytes4);
op('C', 'SHORT_BINBYTES', Arg.Bytes1);
op('\x8e', 'BINBYTES8', Arg.Bytes8);
op('\x96', 'BYTEARRAY8', Arg.Bytes8);
op('\x97', 'NEXT_BUFFER', Arg.None);
op('\x98', 'READONLY_BUFFER', Arg.None);
op('N', 'NONE', Arg.None);
op('\x88', 'NEWTRUE', Arg.None);
op('\x89', 'NEWFALSE', Arg.None);
op('V', 'UNICODE', Arg.Line);
op('\x8c', 'SHORT_BINUNICODE', Arg.Bytes1);
op('X', 'BINUNICODE', Arg.Bytes4);
op('\x8d', 'BINUNICODE8', Arg.Bytes8);
op('F', 'FLOAT', Arg.Line);
op('G', 'BINFLOAT', Arg.F8);
op(']', 'EMPTY_LIST', Arg.None);
op('a', 'APPEND', Arg.None);
op('e', 'APPENDS', Arg.None);
op('l', 'LIST', Arg.None);
op(')', 'EMPTY_TUPLE', Arg.None);
op('t', 'TUPLE', Arg.None);
op('\x85', 'TUPLE1', Arg.None);
op('\x86', 'TUPLE2', Arg.None);
op('\x87', 'TUPLE3', Arg.None);
op('}', 'EMPTY_DICT', Arg.None);
op('d', 'DICT', Arg.None);
op('s', 'SETITEM', Arg.None);
op('u', 'SETITEMS', Arg.None);
op('\x8f', 'EMPTY_SET', Arg.None);
op('\x90', 'ADDITEMS', Arg.None);
op('\x91', 'FROZENSET', Arg.None);
op('0', 'POP', Arg.None);
op('2', 'DUP', Arg.None);
op('(', 'MARK', Arg.None);
op('1', 'POP_MARK', Arg.None);
op('g', 'GET', Arg.Line);
op('h', 'BINGET', Arg.U1);
op('j', 'LONG_BINGET', Arg.U4);
op('p', 'PUT', Arg.Line);
op('q', 'BINPUT', Arg.U1);
op('r', 'LONG_BINPUT', Arg.U4);
op('\x94', 'MEMOIZE', Arg.None);
op('\x82', 'EXT1', Arg.U1);
op('\x83', 'EXT2', Arg.U2);
op('\x84', 'EXT4', Arg.I4);
op('c', 'GLOBAL', Arg.LinePair);
op('\x93', 'STACK_GLOBAL', Arg.None);
op('R', 'REDUCE', Arg.None);
op('b', 'BUILD', Arg.None);
op('i', 'INST', Arg.LinePair);
op('o', 'OBJ', Arg.None);
op('\x81', 'NEWOBJ', Arg.None);
op('\x92', 'NEWOBJ_EX', Arg.None);
op('\x80', 'PROTO', Arg.U1);
op('.', 'STOP', Arg.None);
op('\x95', 'FRAME', Arg.U8);
op('P', 'PERSID', Arg.Line);
op('Q', 'BINPERSID', Arg.None);

/** Opcode names by byte, for tools and tests. */
export function opcodeName(byte: number): string | undefined {
  return NAMES[byte];
}

// ---- Python 2 names (Lib/_compat_pickle.py, IMPORT_MAPPING and NAME_MAPPING) -----------------

const IMPORT_MAPPING: ReadonlyMap<string, string> = new Map([
  ['__builtin__', 'builtins'],
  ['copy_reg', 'copyreg'],
  ['Queue', 'queue'],
  ['SocketServer', 'socketserver'],
  ['ConfigParser', 'configparser'],
  ['repr', 'reprlib'],
  ['tkFileDialog', 'tkinter.filedialog'],
  ['tkSimpleDialog', 'tkinter.simpledialog'],
  ['tkColorChooser', 'tkinter.colorchooser'],
  ['tkCommonDialog', 'tkinter.commondialog'],
  ['Dialog', 'tkinter.dialog'],
  ['Tkdnd', 'tkinter.dnd'],
  ['tkFont', 'tkinter.font'],
  ['tkMessageBox', 'tkinter.messagebox'],
  ['ScrolledText', 'tkinter.scrolledtext'],
  ['Tkconstants', 'tkinter.constants'],
  ['Tix', 'tkinter.tix'],
  ['ttk', 'tkinter.ttk'],
  ['Tkinter', 'tkinter'],
  ['markupbase', '_markupbase'],
  ['_winreg', 'winreg'],
  ['thread', '_thread'],
  ['dummy_thread', '_dummy_thread'],
  ['dbhash', 'dbm.bsd'],
  ['dumbdbm', 'dbm.dumb'],
  ['dbm', 'dbm.ndbm'],
  ['gdbm', 'dbm.gnu'],
  ['xmlrpclib', 'xmlrpc.client'],
  ['SimpleXMLRPCServer', 'xmlrpc.server'],
  ['httplib', 'http.client'],
  ['htmlentitydefs', 'html.entities'],
  ['HTMLParser', 'html.parser'],
  ['Cookie', 'http.cookies'],
  ['cookielib', 'http.cookiejar'],
  ['BaseHTTPServer', 'http.server'],
  ['test.test_support', 'test.support'],
  ['commands', 'subprocess'],
  ['urlparse', 'urllib.parse'],
  ['robotparser', 'urllib.robotparser'],
  ['urllib2', 'urllib.request'],
  ['anydbm', 'dbm'],
  ['_abcoll', 'collections.abc'],
  // The one-way additions.
  ['cPickle', 'pickle'],
  ['_elementtree', 'xml.etree.ElementTree'],
  ['FileDialog', 'tkinter.filedialog'],
  ['SimpleDialog', 'tkinter.simpledialog'],
  ['DocXMLRPCServer', 'xmlrpc.server'],
  ['SimpleHTTPServer', 'http.server'],
  ['CGIHTTPServer', 'http.server'],
  ['UserDict', 'collections'],
  ['UserList', 'collections'],
  ['UserString', 'collections'],
  ['whichdb', 'dbm'],
  ['StringIO', 'io'],
  ['cStringIO', 'io'],
]);

const NAME_MAPPING: ReadonlyMap<string, readonly [string, string]> = new Map(
  (
    [
      ['__builtin__', 'xrange', 'builtins', 'range'],
      ['__builtin__', 'reduce', 'functools', 'reduce'],
      ['__builtin__', 'intern', 'sys', 'intern'],
      ['__builtin__', 'unichr', 'builtins', 'chr'],
      ['__builtin__', 'unicode', 'builtins', 'str'],
      ['__builtin__', 'long', 'builtins', 'int'],
      ['__builtin__', 'basestring', 'builtins', 'str'],
      ['itertools', 'izip', 'builtins', 'zip'],
      ['itertools', 'imap', 'builtins', 'map'],
      ['itertools', 'ifilter', 'builtins', 'filter'],
      ['itertools', 'ifilterfalse', 'itertools', 'filterfalse'],
      ['itertools', 'izip_longest', 'itertools', 'zip_longest'],
      ['UserDict', 'IterableUserDict', 'collections', 'UserDict'],
      ['UserDict', 'UserDict', 'collections', 'UserDict'],
      ['UserList', 'UserList', 'collections', 'UserList'],
      ['UserString', 'UserString', 'collections', 'UserString'],
      ['whichdb', 'whichdb', 'dbm', 'whichdb'],
      ['_socket', 'fromfd', 'socket', 'fromfd'],
      ['socket', '_socketobject', 'socket', 'SocketType'],
      ['_multiprocessing', 'Connection', 'multiprocessing.connection', 'Connection'],
      ['multiprocessing.process', 'Process', 'multiprocessing.context', 'Process'],
      ['multiprocessing.forking', 'Popen', 'multiprocessing.popen_fork', 'Popen'],
      ['urllib', 'ContentTooShortError', 'urllib.error', 'ContentTooShortError'],
      ['urllib', 'getproxies', 'urllib.request', 'getproxies'],
      ['urllib', 'pathname2url', 'urllib.request', 'pathname2url'],
      ['urllib', 'quote_plus', 'urllib.parse', 'quote_plus'],
      ['urllib', 'quote', 'urllib.parse', 'quote'],
      ['urllib', 'unquote_plus', 'urllib.parse', 'unquote_plus'],
      ['urllib', 'unquote', 'urllib.parse', 'unquote'],
      ['urllib', 'url2pathname', 'urllib.request', 'url2pathname'],
      ['urllib', 'urlcleanup', 'urllib.request', 'urlcleanup'],
      ['urllib', 'urlencode', 'urllib.parse', 'urlencode'],
      ['urllib', 'urlopen', 'urllib.request', 'urlopen'],
      ['urllib', 'urlretrieve', 'urllib.request', 'urlretrieve'],
      ['urllib2', 'HTTPError', 'urllib.error', 'HTTPError'],
      ['urllib2', 'URLError', 'urllib.error', 'URLError'],
      ['exceptions', 'StandardError', 'builtins', 'Exception'],
      ...[
        'ArithmeticError',
        'AssertionError',
        'AttributeError',
        'BaseException',
        'BufferError',
        'BytesWarning',
        'DeprecationWarning',
        'EOFError',
        'EnvironmentError',
        'Exception',
        'FloatingPointError',
        'FutureWarning',
        'GeneratorExit',
        'IOError',
        'ImportError',
        'ImportWarning',
        'IndentationError',
        'IndexError',
        'KeyError',
        'KeyboardInterrupt',
        'LookupError',
        'MemoryError',
        'NameError',
        'NotImplementedError',
        'OSError',
        'OverflowError',
        'PendingDeprecationWarning',
        'ReferenceError',
        'RuntimeError',
        'RuntimeWarning',
        'StopIteration',
        'SyntaxError',
        'SyntaxWarning',
        'SystemError',
        'SystemExit',
        'TabError',
        'TypeError',
        'UnboundLocalError',
        'UnicodeDecodeError',
        'UnicodeEncodeError',
        'UnicodeError',
        'UnicodeTranslateError',
        'UnicodeWarning',
        'UserWarning',
        'ValueError',
        'Warning',
        'ZeroDivisionError',
        'WindowsError',
      ].map((name) => ['exceptions', name, 'builtins', name]),
      ...['AuthenticationError', 'BufferTooShort', 'ProcessError', 'TimeoutError'].map((name) => [
        'multiprocessing',
        name,
        'multiprocessing.context',
        name,
      ]),
    ] as [string, string, string, string][]
  ).map(([module, name, toModule, toName]) => [`${module}\n${name}`, [toModule, toName] as const]),
);

/**
 * Python 3 names for a global as written. Python applies this remapping only to protocol 0-2
 * streams; the walker applies it always, so a Python 2 spelling of a dangerous global can never
 * look like an unknown (less severe) one.
 */
export function python3Name(module: string, name: string): readonly [string, string] {
  const renamed = NAME_MAPPING.get(`${module}\n${name}`);
  if (renamed) return renamed;
  // A dangerous module with no Python 3 twin (Python 2's `exceptions` holds only the names above)
  // still maps module by module.
  return [IMPORT_MAPPING.get(module) ?? module, name];
}

// ---- the walker --------------------------------------------------------------------------------

class Abort extends Error {}
/** The walk read as many pickles as its container holds: what follows is not pickle data. */
class Finished extends Abort {}

function uint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
}

/** Little-endian uint64 as a number: exact up to 2^53, and anything above is absurd anyway. */
function uint64(bytes: Uint8Array, at: number): number {
  return uint32(bytes, at) + uint32(bytes, at + 4) * 2 ** 32;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

const latin1Slice = Buffer.prototype.latin1Slice as (this: Uint8Array, start: number, end: number) => string;

function smallAscii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

function shortString(bytes: Uint8Array, start: number, end: number): string {
  // Module and attribute names are ASCII almost always: skip the decoder for them, and let
  // Buffer's native latin-1 slice build the string in one piece (appending a character at a time
  // was a tenth of the walk over a state dict's keys).
  for (let i = start; i < end; i++) {
    if (bytes[i]! >= 0x80) return utf8Lenient.decode(bytes.subarray(start, end));
  }
  return end - start < 8 ? smallAscii(bytes, start, end) : latin1Slice.call(bytes, start, end);
}

/** Python's repr-quoted STRING argument, for the escapes a name can carry; otherwise undefined. */
function unquoteString(line: string): string | undefined {
  if (line.length < 2) return undefined;
  const quote = line[0];
  if ((quote !== "'" && quote !== '"') || line[line.length - 1] !== quote) return undefined;
  const body = line.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[++i];
    if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === 'r') out += '\r';
    else if (next === '\\' || next === "'" || next === '"') out += next;
    else return undefined;
  }
  return out;
}

/** UNICODE's raw-unicode-escape argument. */
function rawUnicodeEscape(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0x5c && i + 1 < end && (bytes[i + 1] === 0x75 || bytes[i + 1] === 0x55)) {
      const digits = bytes[i + 1] === 0x75 ? 4 : 8;
      const hex = shortString(bytes, i + 2, Math.min(end, i + 2 + digits));
      if (hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = parseInt(hex, 16);
        if (code <= 0x10ffff) {
          out += String.fromCodePoint(code);
          i += 1 + digits;
          continue;
        }
      }
    }
    out += String.fromCharCode(byte);
  }
  return out;
}

/**
 * INT and LONG lines as Python's int(text, 0) reads them, for plain decimals (all a pickler
 * writes); other spellings are still ints, so never a str, but not a number the walker needs.
 */
function intLine(text: string): Val {
  const trimmed = text.trim();
  if (!/^[+-]?(0|[1-9]\d{0,20})$/.test(trimmed)) return DATA;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : DATA;
}

/** LONG1's little-endian two's-complement bytes. */
function long1(bytes: Uint8Array, start: number, size: number): Val {
  if (size === 0) return 0;
  if (size <= 6) {
    let value = 0;
    for (let k = size - 1; k >= 0; k--) value = value * 256 + bytes[start + k]!;
    if (bytes[start + size - 1]! & 0x80) value -= 2 ** (8 * size);
    return value;
  }
  if (size > 8) return DATA;
  let value = 0n;
  for (let k = size - 1; k >= 0; k--) value = (value << 8n) | BigInt(bytes[start + k]!);
  if (bytes[start + size - 1]! & 0x80) value -= 1n << BigInt(8 * size);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : DATA;
}

/** Argument bytes of fixed-size opcodes; VARIABLE for lines and counted payloads. */
const VARIABLE = 254;
const UNKNOWN_OPCODE = 255;
const FIXED_ARG = new Uint8Array(256).fill(UNKNOWN_OPCODE);
for (let byte = 0; byte < 256; byte++) {
  const arg = ARG[byte]!;
  if (arg === 255) continue;
  FIXED_ARG[byte] =
    arg === Arg.None
      ? 0
      : arg === Arg.U1
        ? 1
        : arg === Arg.U2
          ? 2
          : arg === Arg.I4 || arg === Arg.U4
            ? 4
            : arg === Arg.U8 || arg === Arg.F8
              ? 8
              : VARIABLE;
}

export interface PickleWalkerOptions {
  readonly limits?: Partial<PickleLimits>;
  /** Offset of the first byte fed, so offsets point into the enclosing file. */
  readonly baseOffset?: number;
  /**
   * Pickles the container puts in the stream (legacy torch.save writes five, then raw storage
   * bytes): the walk ends cleanly after the last STOP of that many, and later bytes are not read.
   */
  readonly maxPickles?: number;
  /**
   * Record only the calls the policy judges (BUILD on a global itself, globals passed as
   * arguments), not every call: what scan-model needs, and far less to allocate. Default false.
   */
  readonly judgedCallsOnly?: boolean;
}

interface MutableSpan {
  start: number;
  end: number | undefined;
  protocol: number;
}

interface MutableEmbeddedSpan extends MutableSpan {
  readonly reason: 'joblib-object-array';
  readonly pickleIndex: number;
}

const MEMO_BLOCK_BITS = 12;
const MEMO_BLOCK_MASK = (1 << MEMO_BLOCK_BITS) - 1;

/**
 * A pickle's memo. Picklers number entries 0, 1, 2 ...: those live in fixed-size blocks (no
 * large array to copy as it grows, no hashing); keys put out of order go to a Map.
 */
class Memo {
  private readonly blocks: Val[][] = [];
  /** Keys 0 .. dense-1 are all in blocks. */
  private dense = 0;
  private sparse: Map<number, Val> | undefined;
  /** Distinct keys: MEMOIZE's next key, as len(memo) in Python. */
  size = 0;

  get(key: number): Val | undefined {
    if (key < this.dense) return this.blocks[key >>> MEMO_BLOCK_BITS]![key & MEMO_BLOCK_MASK];
    return this.sparse?.get(key);
  }

  /** False when the key is new and the memo already holds `max` entries. */
  set(key: number, value: Val, max: number): boolean {
    if (key < this.dense) {
      this.blocks[key >>> MEMO_BLOCK_BITS]![key & MEMO_BLOCK_MASK] = value;
      return true;
    }
    if (key === this.dense) {
      if (this.sparse === undefined || !this.sparse.delete(key)) {
        if (this.size >= max) return false;
        this.size++;
      }
      const block = key >>> MEMO_BLOCK_BITS;
      if (block === this.blocks.length) this.blocks.push([value]);
      else this.blocks[block]!.push(value);
      this.dense++;
      return true;
    }
    const sparse = (this.sparse ??= new Map());
    if (!sparse.has(key)) {
      if (this.size >= max) return false;
      this.size++;
    }
    sparse.set(key, value);
    return true;
  }
}

/** The outer pickle's machine while an embedded one runs on a fresh stack and memo. */
interface SavedMachine {
  readonly stack: Val[];
  readonly sp: number;
  readonly marks: number[];
  readonly memo: Memo;
  readonly span: MutableSpan;
}

/**
 * Feed with `write(chunk)` any number of times, then call `end()` for the result. Chunks are
 * not kept: an opcode cut by a chunk boundary keeps only its own (short) head until the next
 * chunk; a large payload or joblib array data cut by it is skipped by count.
 */
export class PickleWalker {
  private readonly limits: PickleLimits;
  private readonly baseOffset: number;
  private readonly imports: PickleImport[] = [];
  private readonly calls: PickleCall[] = [];
  private readonly anomalies: PickleAnomaly[] = [];
  private readonly pickles: MutableSpan[] = [];
  private readonly rawRegions: PickleRawRegion[] = [];
  private readonly embedded: MutableEmbeddedSpan[] = [];
  /**
   * What calling each import returned, one shared value per import: the walker knows nothing
   * more of plain instances, and a state dict or a million tensors need not allocate each.
   */
  private readonly instances: Sym[] = [];

  /**
   * The stack's entries are stack[0 .. sp); entries above sp are stale. Truncating the array
   * itself would make V8 shrink and regrow its store at every MARK-to-APPENDS batch.
   */
  private stack: Val[] = [];
  private sp = 0;
  /** Stack lengths at each open MARK (Python's metastack). */
  private marks: number[] = [];
  private memo = new Memo();
  private span: MutableSpan | undefined;
  private outer: SavedMachine | undefined;
  private trackedBudget = TRACKED_ITEM_BUDGET;
  /**
   * Tuple and dict contents matter only to numpy dtypes and joblib wrappers, and keeping them
   * for every container of a big pickle costs more than the rest of the walk: they are tracked
   * from the first import of such a global on. A value built before it can still reach a
   * wrapper (through the memo) in a crafted stream, but then it is untracked, and the array
   * data is reported as not locatable: never guessed.
   */
  private tracking = false;
  /** A BUILD set state on the NumpyArrayWrapper class: its instances' attributes are unknown. */
  private wrapperClassChanged = false;

  /** Absolute offset of the next unread byte. */
  private position: number;
  private opcodeCount = 0;
  /** Bytes to skip, beyond the chunks seen so far. */
  private skipRemaining = 0;
  private skipIsArray = false;
  /** Array data bytes waiting for their padding-length byte; -1 when none. */
  private padPending = -1;
  private padStart = 0;
  /** Head of an opcode cut by the end of the previous chunk. */
  private carry: Uint8Array | undefined;
  private frameEnd = -1;
  private frameStart = -1;
  /** Lowest opcode end that needs a look: a FRAME's end or the byte limit. */
  private watch: number;
  /** True before the first opcode of the stream and after each top-level STOP. */
  private atBoundary = true;
  private stopped = false;
  private aborted = false;

  private readonly maxPickles: number;
  private readonly judgedCallsOnly: boolean;

  constructor(options: PickleWalkerOptions = {}) {
    this.limits = { ...DEFAULT_PICKLE_LIMITS, ...options.limits };
    this.maxPickles = options.maxPickles ?? Number.POSITIVE_INFINITY;
    this.judgedCallsOnly = options.judgedCallsOnly ?? false;
    this.position = options.baseOffset ?? 0;
    this.baseOffset = this.position;
    this.watch = this.byteWatch();
  }

  write(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    try {
      let bytes = chunk;
      if (this.skipRemaining > 0 || this.padPending >= 0) {
        // Reading a padding byte records a region: a record limit must end the walk, not escape.
        const used = this.consume(bytes, 0);
        this.position += used;
        if (used === bytes.length) return;
        bytes = bytes.subarray(used);
      }
      if (this.carry) {
        const carried = this.carry.length;
        const joined = new Uint8Array(carried + bytes.length);
        joined.set(this.carry);
        joined.set(bytes, carried);
        bytes = joined;
        this.carry = undefined;
        this.position -= carried;
      }
      this.run(bytes);
    } catch (error) {
      if (!(error instanceof Abort)) throw error;
      this.stopped = true;
      if (!(error instanceof Finished)) this.aborted = true;
    }
  }

  /** True once the walk has ended (a clean end after `maxPickles`, a malformed stream, a limit): later writes are ignored. */
  get finished(): boolean {
    return this.stopped;
  }

  /**
   * Bytes the walker would only skip (a payload's or joblib array's data), at most `available`,
   * taken as skipped: a caller reading a file at random jumps over them instead of reading them.
   */
  pendingSkip(available: number): number {
    if (this.stopped || this.padPending >= 0 || this.carry) return 0;
    const take = Math.max(0, Math.min(this.skipRemaining, available));
    this.skipRemaining -= take;
    this.position += take;
    return take;
  }

  end(): PickleWalkResult {
    if (!this.stopped) {
      try {
        if (this.padPending >= 0 || (this.skipRemaining > 0 && this.skipIsArray)) {
          this.finding('truncated', this.position, 'the stream ends inside joblib array data');
          this.aborted = true;
        } else if (this.skipRemaining > 0 || this.carry) {
          this.finding('truncated', this.position, 'the stream ends inside an opcode');
          this.aborted = true;
        } else if (this.outer) {
          this.finding(
            'truncated',
            this.position,
            'the stream ends inside the pickle of a joblib object array',
          );
          this.aborted = true;
        } else if (this.pickles.length === 0) {
          this.finding('truncated', this.position, 'the stream holds no pickle');
          this.aborted = true;
        } else if (!this.atBoundary) {
          this.finding('truncated', this.position, 'the stream ends before STOP');
          this.aborted = true;
        }
        if (this.frameEnd > this.position) {
          this.finding(
            'frame-mismatch',
            this.frameStart,
            `a FRAME announces ${this.frameEnd - this.frameStart - 9} bytes but the stream ends first`,
          );
        }
      } catch (error) {
        if (!(error instanceof Abort)) throw error;
      }
      this.stopped = true;
    }
    return {
      pickles: this.pickles,
      imports: this.imports,
      calls: this.calls,
      anomalies: this.anomalies,
      rawRegions: this.rawRegions,
      embedded: this.embedded,
      opcodes: this.opcodeCount,
      bytes: this.position - this.baseOffset,
      aborted: this.aborted,
    };
  }

  // -- reporting

  private pickleIndex(): number {
    return Math.max(0, this.pickles.length - 1);
  }

  private finding(
    kind: AnomalyKind,
    offset: number,
    detail: string,
    extra: Partial<PickleAnomaly> = {},
  ): void {
    if (this.anomalies.length >= this.limits.maxRecords) {
      this.anomalies.push({
        kind: 'limit',
        offset,
        pickleIndex: this.pickleIndex(),
        detail: 'too many findings',
        limit: 'maxRecords',
      });
      throw new Abort();
    }
    this.anomalies.push({ kind, offset, pickleIndex: this.pickleIndex(), detail, ...extra });
  }

  /** A finding after which Python's own unpickler would stop too. */
  private fatal(
    kind: AnomalyKind,
    offset: number,
    detail: string,
    extra: Partial<PickleAnomaly> = {},
  ): never {
    this.finding(kind, offset, detail, extra);
    throw new Abort();
  }

  private limitHit(limit: LimitName, offset: number, detail: string): never {
    this.fatal('limit', offset, detail, { limit });
  }

  private depthLimit(offset: number): never {
    this.limitHit('maxStackDepth', offset, `the stack grows beyond ${this.limits.maxStackDepth} entries`);
  }

  private opcodeLimit(offset: number): never {
    this.limitHit('maxOpcodes', offset, `more than ${this.limits.maxOpcodes} opcodes`);
  }

  private lineLimit(offset: number): never {
    this.limitHit(
      'maxLineLength',
      offset,
      `an argument line is longer than ${this.limits.maxLineLength} bytes`,
    );
  }

  private record<T>(list: T[], item: T, offset: number): number {
    if (list.length >= this.limits.maxRecords) {
      this.limitHit('maxRecords', offset, `more than ${this.limits.maxRecords} imports or call sites`);
    }
    list.push(item);
    return list.length - 1;
  }

  // -- frames and the byte limit

  private byteWatch(): number {
    return this.baseOffset + this.limits.maxBytes + 1;
  }

  private updateWatch(): void {
    const bytes = this.byteWatch();
    this.watch = this.frameEnd >= 0 && this.frameEnd < bytes ? this.frameEnd : bytes;
  }

  /** An opcode reaches the watch: it closes or crosses its FRAME, or passes the byte limit. */
  private crossWatch(code: number, start: number, end: number): void {
    if (this.frameEnd >= 0) {
      if (end > this.frameEnd) {
        this.frameEnd = -1;
        this.updateWatch();
        this.finding('frame-mismatch', start, `${NAMES[code]} crosses the end of its FRAME`);
      } else if (end === this.frameEnd) {
        this.frameEnd = -1;
        this.updateWatch();
      }
    }
    if (end - this.baseOffset > this.limits.maxBytes) {
      this.limitHit('maxBytes', start, `the stream exceeds ${this.limits.maxBytes} bytes`);
    }
  }

  // -- pickles

  /** The first opcode of the stream, or the first after a STOP. */
  private boundary(code: number, start: number): void {
    this.atBoundary = false;
    const trailing = this.pickles.length > 0;
    this.beginPickle(start);
    if (trailing) {
      this.finding(
        'trailing-data',
        start,
        code === 0x80 ? 'a second pickle follows STOP' : 'bytes follow STOP; they are read as another pickle',
      );
    }
  }

  private beginPickle(start: number): void {
    const span: MutableSpan = { start, end: undefined, protocol: 0 };
    this.pickles.push(span);
    this.span = span;
    this.sp = 0;
    this.marks.length = 0;
    this.memo = new Memo();
  }

  /** joblib's object arrays: pickle.load on the same file, with its own stack and memo. */
  private beginEmbedded(start: number): void {
    this.outer = {
      stack: this.stack,
      sp: this.sp,
      marks: this.marks,
      memo: this.memo,
      span: this.span!,
    };
    const span: MutableEmbeddedSpan = {
      start,
      end: undefined,
      protocol: 0,
      reason: 'joblib-object-array',
      pickleIndex: this.pickleIndex(),
    };
    this.record(this.embedded, span, start);
    this.span = span;
    this.stack = [];
    this.sp = 0;
    this.marks = [];
    this.memo = new Memo();
  }

  private endEmbedded(): void {
    const outer = this.outer!;
    this.outer = undefined;
    this.stack = outer.stack;
    this.sp = outer.sp;
    this.marks = outer.marks;
    this.memo = outer.memo;
    this.span = outer.span;
  }

  // -- the stack

  private push(value: Val, offset: number): void {
    if (this.sp + this.marks.length >= this.limits.maxStackDepth) this.depthLimit(offset);
    this.stack[this.sp++] = value;
  }

  private base(): number {
    const marks = this.marks;
    return marks.length === 0 ? 0 : marks[marks.length - 1]!;
  }

  private pop(offset: number): Val {
    if (this.sp <= this.base()) this.fatal('stack-underflow', offset, 'an opcode pops from an empty stack');
    return this.stack[--this.sp]!;
  }

  private top(offset: number): Val {
    if (this.sp <= this.base()) this.fatal('stack-underflow', offset, 'an opcode reads an empty stack');
    return this.stack[this.sp - 1]!;
  }

  /** Pops to the last MARK; returns the start index of the popped items (still in `stack`). */
  private popMark(offset: number): number {
    const mark = this.marks.pop();
    if (mark === undefined) this.fatal('stack-underflow', offset, 'an opcode needs a MARK that is not there');
    return mark;
  }

  private pushMark(offset: number): void {
    if (this.sp + this.marks.length >= this.limits.maxStackDepth) this.depthLimit(offset);
    this.marks.push(this.sp);
  }

  /** A tuple of stack[from..]; kept item by item while short and within the budget. */
  private tupleOf(from: number): Sym {
    const stack = this.stack;
    const sp = this.sp;
    const count = sp - from;
    if (count === 0) return EMPTY_TUPLE;
    if (this.tracking && count <= MAX_TRACKED_ITEMS && count <= this.trackedBudget) {
      this.trackedBudget -= count;
      return tupleSym(stack.slice(from, sp));
    }
    let globals: number[] | undefined;
    for (let i = from; i < sp; i++) {
      const item = stack[i]!;
      if (isSym(item) && item.kind === Kind.Global) (globals ??= []).push(item.global);
    }
    if (globals === undefined) return UNTRACKED_TUPLE;
    if (globals.length > 1) return tupleSym(undefined, globals);
    // One global in an untracked tuple is the common case (torch's persistent id names the
    // storage class for every tensor): one shared, never-changed value per global.
    let shared = this.singleGlobalTuples.get(globals[0]!);
    if (shared === undefined) {
      shared = tupleSym(undefined, globals);
      this.singleGlobalTuples.set(globals[0]!, shared);
    }
    return shared;
  }

  private readonly singleGlobalTuples = new Map<number, Sym>();

  private newDict(): Sym {
    return this.tracking ? new Sym(Kind.Dict) : UNTRACKED_DICT;
  }

  /** dict[key] = value, as far as attribute lookups care. */
  private dictSet(dict: Sym, key: Val, value: Val): void {
    if (typeof key !== 'string') {
      // Keys that are surely not str cannot name an attribute; unknown ones might.
      const kind = typeof key === 'number' ? Kind.Data : key.kind;
      if (kind === Kind.Unknown || kind === Kind.Instance || kind === Kind.Global) dict.uncertain = true;
      return;
    }
    if (dict.uncertain) return;
    const keys = dict.keys;
    if (keys === undefined) {
      if (this.trackedBudget <= 0) {
        dict.uncertain = true;
        return;
      }
      this.trackedBudget--;
      dict.keys = [key];
      dict.items = [value];
      return;
    }
    if (keys.length >= MAX_TRACKED_KEYS || this.trackedBudget <= 0) {
      // Forget the entries: a dict this big is data, and a partial view would mislead.
      dict.uncertain = true;
      dict.keys = undefined;
      dict.items = undefined;
      return;
    }
    this.trackedBudget--;
    keys.push(key);
    dict.items!.push(value);
  }

  // -- the memo

  private memoPut(key: number, value: Val, offset: number): void {
    if (!this.memo.set(key, value, this.limits.maxMemoEntries)) {
      this.limitHit('maxMemoEntries', offset, `the memo grows beyond ${this.limits.maxMemoEntries} entries`);
    }
  }

  private memoGet(key: number, offset: number): void {
    const value = this.memo.get(key);
    if (value === undefined) {
      this.finding('memo-undefined', offset, `GET of memo key ${key}, which was never stored`);
      this.push(UNKNOWN, offset);
    } else {
      this.push(value, offset);
    }
  }

  // -- globals and calls

  private addImport(writtenModule: string, writtenName: string, offset: number, opcode: ImportOpcode): Sym {
    const [module, name] = python3Name(writtenModule, writtenName);
    const index = this.record(
      this.imports,
      { module, name, writtenModule, writtenName, offset, opcode, pickleIndex: this.pickleIndex() },
      offset,
    );
    if (name.includes('.')) {
      this.finding('dotted-name', offset, 'a global name with dots reaches attributes of attributes', {
        global: index,
      });
    }
    const role = roleOf(module, name);
    if (role === Role.ArrayWrapper || role === Role.DType || role === Role.StringDType) this.tracking = true;
    if (role !== Role.ArrayWrapper && (name === 'NumpyArrayWrapper' || name.endsWith('.NumpyArrayWrapper'))) {
      // A copy of joblib (vendored, renamed) may read array data after it, which this walk
      // then reads as opcodes: a loader and the scanner would part ways there.
      this.finding(
        'array-data',
        offset,
        'a NumpyArrayWrapper from another module than joblib.numpy_pickle: a loader that treats it as joblib does reads array data after it, which the scanner walks as opcodes',
      );
    }
    return new Sym(Kind.Global, index, role);
  }

  private addCall(opcode: CallOpcode, offset: number, callee: Val, args: Val | undefined): void {
    let target: PickleCall['target'] = 'unknown';
    const global = globalOf(callee);
    if (isSym(callee) && global >= 0) target = callee.kind === Kind.Global ? 'global' : 'instance';
    let argumentGlobals: readonly number[] = NO_GLOBALS;
    if (args !== undefined && isSym(args) && args.kind === Kind.Tuple) {
      if (args.items === undefined) argumentGlobals = args.globals ?? [];
      else {
        for (const item of args.items) {
          if (isSym(item) && item.kind === Kind.Global) {
            if (argumentGlobals === NO_GLOBALS) argumentGlobals = [];
            (argumentGlobals as number[]).push(item.global);
          }
        }
      }
    }
    // A plain call of a global (the common case: tensor rebuilding, thousands of times) says
    // nothing the import does not: only BUILD on the global itself and globals passed as
    // arguments are judged, so a caller that needs no more keeps only those.
    if (this.judgedCallsOnly && argumentGlobals.length === 0 && !(opcode === 'BUILD' && target === 'global'))
      return;
    this.record(
      this.calls,
      {
        opcode,
        offset,
        pickleIndex: this.pickleIndex(),
        global: global >= 0 ? global : undefined,
        target,
        argumentGlobals,
      },
      offset,
    );
  }

  /** Records a call and returns what the walker knows of its result. */
  private call(opcode: CallOpcode, offset: number, callee: Val, args: Val): Val {
    this.addCall(opcode, offset, callee, args);
    if (!isSym(callee) || callee.kind !== Kind.Global) return UNKNOWN;
    const index = callee.global;
    switch (callee.role) {
      case Role.ArrayWrapper: {
        let attrs: Map<string, Val> | undefined;
        if (opcode === 'NEWOBJ' || opcode === 'NEWOBJ_EX') attrs = new Map();
        else if ((opcode === 'OBJ' || opcode === 'INST') && args === EMPTY_TUPLE) attrs = new Map();
        else attrs = wrapperInitAttrs(args);
        return this.wrapper(index, attrs);
      }
      case Role.DType:
        if (opcode === 'REDUCE' || opcode === 'NEWOBJ') {
          const first = kindOf(args) === Kind.Tuple ? (args as Sym).items?.[0] : undefined;
          const info = typeof first === 'string' ? parseTypeCode(first) : undefined;
          return dtypeSym(index, info);
        }
        break;
      case Role.StringDType:
        if (opcode === 'REDUCE') {
          const info: DTypeInfo = { itemsize: 16, flexible: false, hasObject: true };
          return dtypeSym(index, info);
        }
        break;
      case Role.Reconstructor: {
        // copyreg._reconstructor(cls, object, None) is object.__new__(cls): protocols 0 and 1.
        const items = kindOf(args) === Kind.Tuple ? (args as Sym).items : undefined;
        const cls = items?.[0];
        if (opcode === 'REDUCE' && cls !== undefined && isSym(cls) && cls.role === Role.ArrayWrapper) {
          const plain =
            items!.length === 3 &&
            isSym(items![1]!) &&
            (items![1] as Sym).role === Role.Object &&
            items![2] === NONE;
          return this.wrapper(index, plain ? new Map() : undefined);
        }
        break;
      }
      case Role.NewObj: {
        const cls = kindOf(args) === Kind.Tuple ? (args as Sym).items?.[0] : undefined;
        if (opcode === 'REDUCE' && cls !== undefined && isSym(cls) && cls.role === Role.ArrayWrapper) {
          return this.wrapper(index, new Map());
        }
        break;
      }
    }
    return (this.instances[index] ??= new Sym(Kind.Instance, index));
  }

  private wrapper(global: number, attrs: Map<string, Val> | undefined): Sym {
    return wrapperSym(global, attrs);
  }

  private build(at: number): Val {
    const state = this.pop(at);
    const target = this.top(at);
    this.addCall('BUILD', at, target, undefined);
    if (isSym(target)) {
      if (target.kind === Kind.DType) target.dtype = dtypeAfterState(target.dtype, state);
      else if (target.kind === Kind.ArrayWrapper) target.attrs = wrapperAfterState(target.attrs, state);
      // State set on the class itself (slot state is setattr) becomes every instance's default.
      else if (target.kind === Kind.Global && target.role === Role.ArrayWrapper)
        this.wrapperClassChanged = true;
    }
    return target;
  }

  /**
   * NumpyUnpickler.load_build: after BUILD on a wrapper, joblib reads the array from the file
   * right there, then replaces the wrapper with the array. Returns where walking resumes in
   * `bytes` (array data may run on into later chunks).
   */
  private arrayFollows(bytes: Uint8Array, next: number, base: number, start: number, wrapper: Sym): number {
    const at = base + next;
    this.stack[this.sp - 1] = DATA;
    if (this.frameEnd >= 0) {
      this.fatal(
        'array-data',
        start,
        `${WHERE_DATA}: it is built inside a FRAME that goes on, which puts its data after the frame, out of stream order`,
      );
    }
    const data = arrayData(this.wrapperClassChanged ? undefined : wrapper.attrs);
    if (data.kind === 'unknown') {
      this.fatal('array-data', start, `${WHERE_DATA}: ${data.why}`);
    }
    if (data.kind === 'pickle') {
      this.beginEmbedded(at);
      return next;
    }
    if (at + data.bytes - this.baseOffset > this.limits.maxBytes) {
      this.fatal(
        'array-data',
        start,
        `${WHERE_DATA}: it declares ${data.bytes} bytes of array data, more than the byte limit leaves`,
      );
    }
    if (data.padded) {
      this.padPending = data.bytes;
      this.padStart = at;
    } else {
      this.addRegion(at, data.bytes);
      this.skipRemaining = data.bytes;
      this.skipIsArray = true;
    }
    return this.consume(bytes, next);
  }

  private addRegion(offset: number, length: number): void {
    this.record(
      this.rawRegions,
      { offset, length, reason: 'joblib-array', pickleIndex: this.pickleIndex() },
      offset,
    );
  }

  /** Skips pending bytes (and reads a pending padding-length byte) from bytes[from]. */
  private consume(bytes: Uint8Array, from: number): number {
    let i = from;
    for (;;) {
      if (this.skipRemaining > 0) {
        const take = Math.min(this.skipRemaining, bytes.length - i);
        this.skipRemaining -= take;
        i += take;
        if (this.skipRemaining > 0) return i;
      }
      if (this.padPending < 0 || i >= bytes.length) return i;
      const length = 1 + bytes[i]! + this.padPending;
      this.padPending = -1;
      this.addRegion(this.padStart, length);
      this.skipRemaining = length - 1;
      this.skipIsArray = true;
      i++;
    }
  }

  /** Keeps the head of a cut opcode for the next chunk. */
  private suspend(bytes: Uint8Array, from: number, base: number): void {
    this.carry = bytes.slice(from);
    this.position = base + bytes.length;
  }

  // -- decoding

  private run(bytes: Uint8Array): void {
    const length = bytes.length;
    const base = this.position;
    const maxOpcodes = this.limits.maxOpcodes;
    const maxDepth = this.limits.maxStackDepth;
    let stack = this.stack;
    let marks = this.marks;
    let i = 0;
    try {
      while (i < length) {
        const code = bytes[i]!;
        if (this.atBoundary) this.boundary(code, base + i);
        const size = FIXED_ARG[code]!;
        if (size === VARIABLE) {
          // SHORT_BINUNICODE and short BINUNICODE (protocol 2's), whole in this chunk: names and
          // dict keys, the commonest payloads, read here rather than through variable().
          let textStart = -1;
          let textEnd = -1;
          if (code === 0x8c && i + 1 < length) {
            textStart = i + 2;
            textEnd = textStart + bytes[i + 1]!;
          } else if (code === 0x58 && i + 5 <= length) {
            textStart = i + 5;
            textEnd = textStart + uint32(bytes, i + 1);
          }
          if (textStart >= 0 && textEnd <= length && textEnd - textStart <= MAX_OPERAND_BYTES) {
            const next = textEnd;
            if (++this.opcodeCount > maxOpcodes) this.opcodeLimit(base + i);
            if (base + next >= this.watch) this.crossWatch(code, base + i, base + next);
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = shortString(bytes, textStart, next);
            i = next;
            continue;
          }
          const next = this.variable(bytes, i, base);
          if (next < 0) return;
          i = next;
          continue;
        }
        if (size === UNKNOWN_OPCODE) {
          this.fatal(
            'unknown-opcode',
            base + i,
            `byte 0x${code.toString(16).padStart(2, '0')} is no pickle opcode`,
          );
        }
        let next = i + 1 + size;
        if (next > length) {
          this.suspend(bytes, i, base);
          return;
        }
        if (++this.opcodeCount > maxOpcodes) this.opcodeLimit(base + i);
        if (base + next >= this.watch) this.crossWatch(code, base + i, base + next);

        switch (code) {
          // The commonest opcodes first, written out so they allocate nothing and call little.
          case 0x4b: // BININT1
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = bytes[i + 1]!;
            break;
          case 0x4d: // BININT2
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = bytes[i + 1]! | (bytes[i + 2]! << 8);
            break;
          case 0x4a: // BININT
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] =
              bytes[i + 1]! | (bytes[i + 2]! << 8) | (bytes[i + 3]! << 16) | (bytes[i + 4]! << 24);
            break;
          case 0x47: // BINFLOAT
          case 0x5d: // EMPTY_LIST
          case 0x8f: // EMPTY_SET
          case 0x97: // NEXT_BUFFER
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = DATA;
            break;
          case 0x94: {
            // MEMOIZE
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1]!;
            if (this.sp <= floor) this.top(base + i);
            this.memoPut(this.memo.size, stack[this.sp - 1]!, base + i);
            break;
          }
          case 0x68: {
            // BINGET
            const value = this.memo.get(bytes[i + 1]!);
            if (value !== undefined && this.sp + marks.length < maxDepth) stack[this.sp++] = value;
            else this.memoGet(bytes[i + 1]!, base + i);
            break;
          }
          case 0x6a: // LONG_BINGET
            this.memoGet(uint32(bytes, i + 1), base + i);
            break;
          case 0x28: // MARK
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            marks.push(this.sp);
            break;
          case 0x86: // TUPLE2
          case 0x85: // TUPLE1
          case 0x87: {
            // TUPLE3
            const count = code - 0x84;
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1]!;
            if (this.sp - floor < count) {
              this.fatal('stack-underflow', base + i, `${NAMES[code]} needs ${count} items`);
            }
            const from = this.sp - count;
            const tuple = this.tupleOf(from);
            this.sp = from;
            stack[this.sp++] = tuple;
            break;
          }
          case 0x7d: // EMPTY_DICT
            if (this.sp + marks.length >= maxDepth) this.depthLimit(base + i);
            stack[this.sp++] = this.newDict();
            break;
          case 0x75: {
            // SETITEMS
            const from = this.popMark(base + i);
            const floor = marks.length === 0 ? 0 : marks[marks.length - 1]!;
            if (from <= floor) this.fatal('stack-underflow', base + i, 'an opcode reads an empty stack');
            const target = stack[from - 1]!;
            if (isSym(target) && target.kind === Kind.Dict && target !== UNTRACKED_DICT) {
              for (let k = from; k + 1 < this.sp; k += 2) this.dictSet(target, stack[k]!, stack[k + 1]!);
            }
            this.sp = from;
            break;
          }
          case 0x65: // APPENDS
          case 0x90: {
            // ADDITEMS
            const from = this.popMark(base + i);
            this.sp = from;
            this.top(base + i);
            break;
          }

          // Values.
          case 0x4e: // NONE
            this.push(NONE, base + i);
            break;
          case 0x88: // NEWTRUE
            this.push(TRUE, base + i);
            break;
          case 0x89: // NEWFALSE
            this.push(FALSE, base + i);
            break;
          case 0x29: // EMPTY_TUPLE
            this.push(EMPTY_TUPLE, base + i);
            break;
          case 0x98: // READONLY_BUFFER
            this.top(base + i);
            break;

          // Containers.
          case 0x61: // APPEND
            this.pop(base + i);
            this.top(base + i);
            break;
          case 0x73: {
            // SETITEM
            const value = this.pop(base + i);
            const key = this.pop(base + i);
            const target = this.top(base + i);
            if (isSym(target) && target.kind === Kind.Dict && target !== UNTRACKED_DICT) {
              this.dictSet(target, key, value);
            }
            break;
          }
          case 0x6c: // LIST
          case 0x91: {
            // FROZENSET
            this.sp = this.popMark(base + i);
            this.push(DATA, base + i);
            break;
          }
          case 0x64: {
            // DICT
            const from = this.popMark(base + i);
            const dict = this.newDict();
            if (dict !== UNTRACKED_DICT) {
              for (let k = from; k + 1 < this.sp; k += 2) this.dictSet(dict, stack[k]!, stack[k + 1]!);
            }
            this.sp = from;
            this.push(dict, base + i);
            break;
          }
          case 0x74: {
            // TUPLE
            const from = this.popMark(base + i);
            const tuple = this.tupleOf(from);
            this.sp = from;
            this.push(tuple, base + i);
            break;
          }

          // Stack and memo.
          case 0x30: // POP
            if (this.sp > this.base()) this.sp--;
            else this.popMark(base + i); // Python's POP of an empty frame drops the mark
            break;
          case 0x32: // DUP
            this.push(this.top(base + i), base + i);
            break;
          case 0x31: // POP_MARK
            this.sp = this.popMark(base + i);
            break;
          case 0x71: // BINPUT
            this.memoPut(bytes[i + 1]!, this.top(base + i), base + i);
            break;
          case 0x72: // LONG_BINPUT
            this.memoPut(uint32(bytes, i + 1), this.top(base + i), base + i);
            break;

          // Extension registry: copyreg's registry is empty unless something filled it, so any
          // code is either a load error or a global the scanner cannot name.
          case 0x82: // EXT1
          case 0x83: // EXT2
          case 0x84: {
            // EXT4
            const extCode =
              code === 0x82
                ? bytes[i + 1]!
                : code === 0x83
                  ? bytes[i + 1]! | (bytes[i + 2]! << 8)
                  : uint32(bytes, i + 1) | 0;
            this.finding(
              'ext-code',
              base + i,
              `${NAMES[code]} names extension code ${extCode}, a global no registry here defines`,
            );
            this.push(UNKNOWN, base + i);
            break;
          }

          case 0x93: {
            // STACK_GLOBAL
            const name = this.pop(base + i);
            const module = this.pop(base + i);
            if (typeof module !== 'string' || typeof name !== 'string') {
              this.finding(
                'stack-global-operand',
                base + i,
                'STACK_GLOBAL takes a module or name that is not a string the scanner can read',
              );
              this.push(UNKNOWN, base + i);
              break;
            }
            this.push(this.addImport(module, name, base + i, 'STACK_GLOBAL'), base + i);
            break;
          }

          // Calls.
          case 0x52: {
            // REDUCE
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call('REDUCE', base + i, callee, args), base + i);
            break;
          }
          case 0x62: {
            // BUILD
            const target = this.build(base + i);
            if (isSym(target) && target.kind === Kind.ArrayWrapper && this.outer === undefined) {
              next = this.arrayFollows(bytes, next, base, base + i, target);
              stack = this.stack;
              marks = this.marks;
            }
            break;
          }
          case 0x6f: {
            // OBJ
            const from = this.popMark(base + i);
            if (this.sp <= from) this.fatal('stack-underflow', base + i, 'OBJ needs a class after its MARK');
            const callee = stack[from]!;
            const args = this.tupleOf(from + 1);
            this.sp = from;
            this.push(this.call('OBJ', base + i, callee, args), base + i);
            break;
          }
          case 0x81: {
            // NEWOBJ
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call('NEWOBJ', base + i, callee, args), base + i);
            break;
          }
          case 0x92: {
            // NEWOBJ_EX
            this.pop(base + i);
            const args = this.pop(base + i);
            const callee = this.pop(base + i);
            this.push(this.call('NEWOBJ_EX', base + i, callee, args), base + i);
            break;
          }
          case 0x51: // BINPERSID
            this.pop(base + i);
            this.push(UNKNOWN, base + i);
            break;

          // Framing and protocol.
          case 0x80: {
            // PROTO
            const protocol = bytes[i + 1]!;
            if (protocol > 5) this.fatal('bad-argument', base + i, `unsupported pickle protocol ${protocol}`);
            const span = this.span!;
            span.protocol = Math.max(span.protocol, protocol);
            break;
          }
          case 0x95: {
            // FRAME
            const size = uint64(bytes, i + 1);
            if (this.frameEnd >= 0) {
              this.finding('frame-mismatch', base + i, 'a FRAME begins before the previous one ends');
            }
            this.frameStart = base + i;
            this.frameEnd = size === 0 ? -1 : base + next + size;
            this.updateWatch();
            break;
          }
          case 0x2e: {
            // STOP
            this.pop(base + i);
            this.span!.end = base + next;
            if (this.frameEnd >= 0) {
              this.frameEnd = -1;
              this.updateWatch();
              this.finding('frame-mismatch', base + i, 'STOP comes before the end of its FRAME');
            }
            if (this.outer) {
              this.endEmbedded();
              stack = this.stack;
              marks = this.marks;
            } else {
              this.atBoundary = true;
              if (this.pickles.length >= this.maxPickles) {
                this.position = base + next;
                throw new Finished();
              }
            }
            break;
          }
        }
        i = next;
      }
    } catch (error) {
      if (error instanceof Abort && !(error instanceof Finished)) this.position = base + i;
      throw error;
    }
    this.position = base + length;
  }

  /** Opcodes with a line or a counted payload. Returns the next index, or -1 to end the chunk. */
  private variable(bytes: Uint8Array, i: number, base: number): number {
    const code = bytes[i]!;
    const arg = ARG[code]!;
    const length = bytes.length;
    const limits = this.limits;
    const argStart = i + 1;
    const start = base + i;
    let next: number;
    let payloadStart = argStart;
    let payloadLength = 0;
    let lineEnd = -1;
    let lineEnd2 = -1;
    switch (arg) {
      case Arg.Line:
      case Arg.LinePair: {
        // Longest content before the final newline: one line, or two and the newline between.
        const cap = arg === Arg.Line ? limits.maxLineLength : limits.maxLineLength * 2 + 1;
        lineEnd = bytes.indexOf(0x0a, argStart);
        if (lineEnd >= 0 && arg === Arg.LinePair) lineEnd2 = bytes.indexOf(0x0a, lineEnd + 1);
        const end = arg === Arg.Line ? lineEnd : lineEnd2;
        if (end < 0) {
          if (length - argStart > cap) this.lineLimit(start);
          this.suspend(bytes, i, base);
          return -1;
        }
        if (end - argStart > cap) this.lineLimit(start);
        next = end + 1;
        break;
      }
      case Arg.Long1:
      case Arg.Bytes1:
        if (argStart >= length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        payloadStart = argStart + 1;
        payloadLength = bytes[argStart]!;
        next = payloadStart + payloadLength;
        break;
      case Arg.Long4:
      case Arg.Bytes4:
      case Arg.String4Signed: {
        if (argStart + 4 > length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        const unsigned = uint32(bytes, argStart);
        const size = arg === Arg.Bytes4 ? unsigned : unsigned | 0;
        if (size < 0) this.fatal('bad-argument', start, `${NAMES[code]} has a negative length`);
        payloadStart = argStart + 4;
        payloadLength = size;
        next = payloadStart + size;
        break;
      }
      default: {
        // Arg.Bytes8
        if (argStart + 8 > length) {
          this.suspend(bytes, i, base);
          return -1;
        }
        const size = uint64(bytes, argStart);
        if (size > limits.maxBytes) {
          this.limitHit('maxBytes', start, `${NAMES[code]} announces more than ${limits.maxBytes} bytes`);
        }
        payloadStart = argStart + 8;
        payloadLength = size;
        next = payloadStart + size;
      }
    }

    // A long payload (never an operand) cut by the chunk end is skipped by count; anything
    // shorter waits for the next chunk whole.
    const skipped = next > length;
    if (skipped && !(payloadLength > MAX_OPERAND_BYTES && payloadStart <= length)) {
      this.suspend(bytes, i, base);
      return -1;
    }
    if (++this.opcodeCount > limits.maxOpcodes) this.opcodeLimit(start);
    if (base + next >= this.watch) this.crossWatch(code, start, base + next);
    if (skipped) {
      this.skipRemaining = next - length;
      this.skipIsArray = false;
      this.applyVariable(code, bytes, start, payloadStart, -1, lineEnd, lineEnd2, argStart);
      this.position = base + length;
      return -1;
    }
    this.applyVariable(code, bytes, start, payloadStart, payloadLength, lineEnd, lineEnd2, argStart);
    return next;
  }

  /** `payloadLength` -1 means the payload was skipped by count, not read. */
  private applyVariable(
    code: number,
    bytes: Uint8Array,
    start: number,
    payloadStart: number,
    payloadLength: number,
    lineEnd: number,
    lineEnd2: number,
    argStart: number,
  ): void {
    switch (code) {
      case 0x8c: // SHORT_BINUNICODE
      case 0x55: // SHORT_BINSTRING
      case 0x54: // BINSTRING
      case 0x58: // BINUNICODE
      case 0x8d: // BINUNICODE8
        // Strings are kept when short: STACK_GLOBAL takes its operands from them, and Python 3
        // reads the Python 2 byte strings (STRING, BINSTRING, SHORT_BINSTRING) as str by default.
        this.push(
          payloadLength >= 0 && payloadLength <= MAX_OPERAND_BYTES
            ? shortString(bytes, payloadStart, payloadStart + payloadLength)
            : LONG_STR,
          start,
        );
        return;
      case 0x43: // SHORT_BINBYTES
      case 0x42: // BINBYTES
      case 0x8e: // BINBYTES8
      case 0x96: // BYTEARRAY8
      case 0x46: // FLOAT
      case 0x8b: // LONG4
        this.push(DATA, start);
        return;
      case 0x8a: // LONG1
        this.push(long1(bytes, payloadStart, payloadLength), start);
        return;
      case 0x49: {
        // INT: protocol 0 spells True and False as I01 and I00.
        const text = lineEnd - argStart <= 32 ? shortString(bytes, argStart, lineEnd) : '';
        this.push(text === '01' ? TRUE : text === '00' ? FALSE : intLine(text), start);
        return;
      }
      case 0x4c: {
        // LONG
        let text = lineEnd - argStart <= 32 ? shortString(bytes, argStart, lineEnd) : '';
        if (text.endsWith('L')) text = text.slice(0, -1);
        this.push(intLine(text), start);
        return;
      }
      case 0x53: {
        // STRING
        const text =
          lineEnd - argStart <= MAX_OPERAND_BYTES
            ? unquoteString(shortString(bytes, argStart, lineEnd))
            : undefined;
        this.push(text === undefined ? LONG_STR : text, start);
        return;
      }
      case 0x56: // UNICODE
        this.push(
          lineEnd - argStart <= MAX_OPERAND_BYTES * 10
            ? rawUnicodeEscape(bytes, argStart, lineEnd)
            : LONG_STR,
          start,
        );
        return;
      case 0x67: // GET
      case 0x70: {
        // PUT
        const text = shortString(bytes, argStart, lineEnd);
        if (!/^\d{1,15}$/.test(text))
          this.fatal('bad-argument', start, `${NAMES[code]} has no decimal memo key`);
        const key = Number(text);
        if (code === 0x67) this.memoGet(key, start);
        else this.memoPut(key, this.top(start), start);
        return;
      }
      case 0x63: // GLOBAL
      case 0x69: {
        // INST
        const module = this.lineText(bytes, argStart, lineEnd, start);
        const name = this.lineText(bytes, lineEnd + 1, lineEnd2, start);
        const global = this.addImport(module, name, start, code === 0x63 ? 'GLOBAL' : 'INST');
        if (code === 0x63) {
          this.push(global, start);
          return;
        }
        const from = this.popMark(start);
        const args = this.tupleOf(from);
        this.sp = from;
        this.push(this.call('INST', start, global, args), start);
        return;
      }
      case 0x50: // PERSID
        this.push(UNKNOWN, start);
        return;
    }
  }

  private lineText(bytes: Uint8Array, from: number, to: number, offset: number): string {
    try {
      return utf8.decode(bytes.subarray(from, to));
    } catch {
      this.fatal('bad-argument', offset, 'a GLOBAL or INST line is not UTF-8');
    }
  }
}

/** Python's BUILD on an ordinary instance: __dict__ and slot updates from (state, slotstate). */
function wrapperAfterState(attrs: Map<string, Val> | undefined, state: Val): Map<string, Val> | undefined {
  if (attrs === undefined) return undefined;
  let parts: readonly Val[] = [state];
  if (kindOf(state) === Kind.Tuple && (state as Sym).items?.length === 2) parts = (state as Sym).items!;
  for (const part of parts) {
    const truth = truthy(part);
    if (truth === false) continue;
    if (truth === undefined || !isSym(part) || part.kind !== Kind.Dict || part.uncertain) return undefined;
    const keys = part.keys ?? [];
    // setattr of __dict__ or __class__ replaces the attributes or the class (then joblib reads
    // nothing); any dunder is past what the walker follows.
    if (keys.some((key) => key.startsWith('__'))) return undefined;
    for (let k = 0; k < keys.length; k++) attrs.set(keys[k]!, part.items![k]!);
  }
  return attrs;
}

/** Walks one whole buffer (a file, a byte range, a member): the common case. */
export function walkPickle(bytes: Uint8Array, options: PickleWalkerOptions = {}): PickleWalkResult {
  const walker = new PickleWalker(options);
  walker.write(bytes);
  return walker.end();
}
