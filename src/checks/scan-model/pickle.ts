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
  maxRecords: 100_000,
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

export interface PickleWalkResult {
  readonly pickles: readonly PickleSpan[];
  readonly imports: readonly PickleImport[];
  readonly calls: readonly PickleCall[];
  readonly anomalies: readonly PickleAnomaly[];
  readonly opcodes: number;
  readonly bytes: number;
  /** True when the walk stopped early (malformed stream or a limit): later bytes were not read. */
  readonly aborted: boolean;
}

// ---- symbolic values -------------------------------------------------------------------------

const enum Kind {
  Other,
  Str,
  /** A string too long to keep: never a usable module or name. */
  LongStr,
  Global,
  CallResult,
  TupleWithGlobals,
}

interface Sym {
  readonly kind: Kind;
  readonly text?: string;
  /** Index into imports for Global / CallResult. */
  readonly global?: number;
  readonly globals?: readonly number[];
}

// Shared values so the common opcodes allocate nothing.
const OTHER: Sym = { kind: Kind.Other };
const LONG_STR: Sym = { kind: Kind.LongStr };
const UNKNOWN_CALL: Sym = { kind: Kind.CallResult };

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

function uint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
}

/** Little-endian uint64 as a number: exact up to 2^53, and anything above is absurd anyway. */
function uint64(bytes: Uint8Array, at: number): number {
  return uint32(bytes, at) + uint32(bytes, at + 4) * 2 ** 32;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

function shortString(bytes: Uint8Array, start: number, end: number): string {
  // Module and attribute names are ASCII almost always: skip the decoder for them.
  let text = '';
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80) return utf8Lenient.decode(bytes.subarray(start, end));
    text += String.fromCharCode(byte);
  }
  return text;
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

export interface PickleWalkerOptions {
  readonly limits?: Partial<PickleLimits>;
  /** Offset of the first byte fed, so offsets point into the enclosing file. */
  readonly baseOffset?: number;
}

/**
 * Feed with `write(chunk)` any number of times, then call `end()` for the result. Chunks are
 * not kept: an opcode cut by a chunk boundary keeps only its own (short) head until the next
 * chunk; a large payload cut by it is skipped by count.
 */
export class PickleWalker {
  private readonly limits: PickleLimits;
  private readonly imports: PickleImport[] = [];
  private readonly calls: PickleCall[] = [];
  private readonly anomalies: PickleAnomaly[] = [];
  private readonly pickles: { start: number; end: number | undefined; protocol: number }[] = [];

  private stack: Sym[] = [];
  /** Stack lengths at each open MARK (Python's metastack). */
  private marks: number[] = [];
  private memo = new Map<number, Sym>();

  /** Absolute offset of the next unread byte. */
  private position: number;
  private opcodeCount = 0;
  /** Bytes of a payload still to skip, beyond the chunks seen so far. */
  private skipRemaining = 0;
  /** Head of an opcode cut by the end of the previous chunk. */
  private carry: Uint8Array | undefined;
  private frameEnd = -1;
  private frameStart = -1;
  /** True between a STOP and the first opcode of whatever follows it. */
  private afterStop = false;
  private stopped = false;
  private aborted = false;

  constructor(options: PickleWalkerOptions = {}) {
    this.limits = { ...DEFAULT_PICKLE_LIMITS, ...options.limits };
    this.position = options.baseOffset ?? 0;
    this.baseOffset = this.position;
  }

  private readonly baseOffset: number;

  write(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    let bytes = chunk;
    if (this.skipRemaining > 0) {
      const skipped = Math.min(this.skipRemaining, bytes.length);
      this.skipRemaining -= skipped;
      this.position += skipped;
      if (skipped === bytes.length) {
        this.checkByteLimit();
        return;
      }
      bytes = bytes.subarray(skipped);
    }
    let carried = 0;
    if (this.carry) {
      carried = this.carry.length;
      const joined = new Uint8Array(carried + bytes.length);
      joined.set(this.carry);
      joined.set(bytes, carried);
      bytes = joined;
      this.carry = undefined;
      this.position -= carried;
    }
    try {
      this.run(bytes);
    } catch (error) {
      if (!(error instanceof Abort)) throw error;
      this.stopped = true;
      this.aborted = true;
    }
  }

  end(): PickleWalkResult {
    if (!this.stopped) {
      try {
        if (this.skipRemaining > 0 || this.carry) {
          this.finding('truncated', this.position, 'the stream ends inside an opcode');
          this.aborted = true;
        } else if (!this.afterStop) {
          const current = this.pickles[this.pickles.length - 1];
          if (current === undefined) {
            this.finding('truncated', this.position, 'the stream holds no pickle');
          } else {
            this.finding('truncated', this.position, 'the stream ends before STOP');
          }
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

  private checkByteLimit(): void {
    if (this.position - this.baseOffset > this.limits.maxBytes) {
      this.limitHit('maxBytes', this.position, `the stream exceeds ${this.limits.maxBytes} bytes`);
    }
  }

  private record<T>(list: T[], item: T, offset: number): number {
    if (list.length >= this.limits.maxRecords) {
      this.limitHit('maxRecords', offset, `more than ${this.limits.maxRecords} imports or call sites`);
    }
    list.push(item);
    return list.length - 1;
  }

  // -- the stack

  private push(value: Sym, offset: number): void {
    if (this.stack.length + this.marks.length >= this.limits.maxStackDepth) {
      this.limitHit('maxStackDepth', offset, `the stack grows beyond ${this.limits.maxStackDepth} entries`);
    }
    this.stack.push(value);
  }

  private base(): number {
    return this.marks.length === 0 ? 0 : this.marks[this.marks.length - 1]!;
  }

  private pop(offset: number): Sym {
    if (this.stack.length <= this.base())
      this.fatal('stack-underflow', offset, 'an opcode pops from an empty stack');
    return this.stack.pop()!;
  }

  private top(offset: number): Sym {
    if (this.stack.length <= this.base())
      this.fatal('stack-underflow', offset, 'an opcode reads an empty stack');
    return this.stack[this.stack.length - 1]!;
  }

  /** Pops to the last MARK; returns the start index of the popped items (still in `stack`). */
  private popMark(offset: number): number {
    const mark = this.marks.pop();
    if (mark === undefined) this.fatal('stack-underflow', offset, 'an opcode needs a MARK that is not there');
    return mark;
  }

  private pushMark(offset: number): void {
    if (this.stack.length + this.marks.length >= this.limits.maxStackDepth) {
      this.limitHit('maxStackDepth', offset, `the stack grows beyond ${this.limits.maxStackDepth} entries`);
    }
    this.marks.push(this.stack.length);
  }

  private tupleOf(from: number): Sym {
    let globals: number[] | undefined;
    for (let i = from; i < this.stack.length; i++) {
      const item = this.stack[i]!;
      if (item.kind === Kind.Global && item.global !== undefined) (globals ??= []).push(item.global);
    }
    return globals ? { kind: Kind.TupleWithGlobals, globals } : OTHER;
  }

  private memoPut(key: number, value: Sym, offset: number): void {
    if (!this.memo.has(key) && this.memo.size >= this.limits.maxMemoEntries) {
      this.limitHit('maxMemoEntries', offset, `the memo grows beyond ${this.limits.maxMemoEntries} entries`);
    }
    this.memo.set(key, value);
  }

  private memoGet(key: number, offset: number): void {
    const value = this.memo.get(key);
    if (value === undefined) {
      this.finding('memo-undefined', offset, `GET of memo key ${key}, which was never stored`);
      this.push(OTHER, offset);
    } else {
      this.push(value, offset);
    }
  }

  // -- globals and calls

  private addImport(
    writtenModule: string,
    writtenName: string,
    offset: number,
    opcode: ImportOpcode,
  ): number {
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
    return index;
  }

  private addCall(opcode: CallOpcode, offset: number, callee: Sym, args: Sym | undefined): void {
    let target: PickleCall['target'] = 'unknown';
    if (callee.kind === Kind.Global) target = 'global';
    else if (callee.kind === Kind.CallResult && callee.global !== undefined) target = 'instance';
    this.record(
      this.calls,
      {
        opcode,
        offset,
        pickleIndex: this.pickleIndex(),
        global: callee.global,
        target,
        argumentGlobals: args?.kind === Kind.TupleWithGlobals ? args.globals! : [],
      },
      offset,
    );
  }

  private callResult(callee: Sym): Sym {
    return callee.kind === Kind.Global ? { kind: Kind.CallResult, global: callee.global } : UNKNOWN_CALL;
  }

  // -- decoding

  private run(bytes: Uint8Array): void {
    const length = bytes.length;
    let i = 0;
    const limits = this.limits;
    while (i < length) {
      const start = this.position;
      const code = bytes[i]!;
      const arg = ARG[code]!;
      if (this.afterStop) {
        this.afterStop = false;
        this.beginPickle(start);
        this.finding(
          'trailing-data',
          start,
          code === 0x80
            ? 'a second pickle follows STOP'
            : 'bytes follow STOP; they are read as another pickle',
        );
      } else if (this.pickles.length === 0) {
        this.beginPickle(start);
      }
      if (arg === 255) {
        this.fatal(
          'unknown-opcode',
          start,
          `byte 0x${code.toString(16).padStart(2, '0')} is no pickle opcode`,
        );
      }
      if (++this.opcodeCount > limits.maxOpcodes) {
        this.limitHit('maxOpcodes', start, `more than ${limits.maxOpcodes} opcodes`);
      }

      // Argument: where it starts, where the opcode ends, and (for short ones) its bytes.
      const argStart = i + 1;
      let next: number; // index in `bytes` just past the opcode
      let payloadStart = argStart;
      let payloadLength = 0;
      let lineEnd = -1;
      let lineEnd2 = -1;
      const available = length - argStart;
      switch (arg) {
        case Arg.None:
          next = argStart;
          break;
        case Arg.U1:
          next = argStart + 1;
          break;
        case Arg.U2:
          next = argStart + 2;
          break;
        case Arg.I4:
        case Arg.U4:
          next = argStart + 4;
          break;
        case Arg.U8:
        case Arg.F8:
          next = argStart + 8;
          break;
        case Arg.Line:
        case Arg.LinePair: {
          lineEnd = bytes.indexOf(0x0a, argStart);
          if (lineEnd >= 0 && arg === Arg.LinePair) lineEnd2 = bytes.indexOf(0x0a, lineEnd + 1);
          const end = arg === Arg.Line ? lineEnd : lineEnd2;
          if (end < 0) {
            if (available > limits.maxLineLength * (arg === Arg.Line ? 1 : 2)) {
              this.limitHit(
                'maxLineLength',
                start,
                `an argument line is longer than ${limits.maxLineLength} bytes`,
              );
            }
            this.suspend(bytes, i);
            return;
          }
          if (end - argStart > limits.maxLineLength * 2) {
            this.limitHit(
              'maxLineLength',
              start,
              `an argument line is longer than ${limits.maxLineLength} bytes`,
            );
          }
          next = end + 1;
          break;
        }
        case Arg.Long1:
        case Arg.Bytes1:
          if (available < 1) {
            this.suspend(bytes, i);
            return;
          }
          payloadStart = argStart + 1;
          payloadLength = bytes[argStart]!;
          next = payloadStart + payloadLength;
          break;
        case Arg.Long4:
        case Arg.Bytes4:
        case Arg.String4Signed: {
          if (available < 4) {
            this.suspend(bytes, i);
            return;
          }
          const unsigned = uint32(bytes, argStart);
          const size = arg === Arg.Bytes4 ? unsigned : unsigned | 0;
          if (size < 0) this.fatal('bad-argument', start, `${NAMES[code]} has a negative length`);
          payloadStart = argStart + 4;
          payloadLength = size;
          next = payloadStart + size;
          break;
        }
        case Arg.Bytes8: {
          if (available < 8) {
            this.suspend(bytes, i);
            return;
          }
          const size = uint64(bytes, argStart);
          if (size > limits.maxBytes)
            this.limitHit('maxBytes', start, `${NAMES[code]} announces more than ${limits.maxBytes} bytes`);
          payloadStart = argStart + 8;
          payloadLength = size;
          next = payloadStart + size;
          break;
        }
        default:
          next = argStart;
      }

      const end = start + (next - i);
      if (this.frameEnd >= 0) {
        if (end > this.frameEnd) {
          this.finding('frame-mismatch', start, `${NAMES[code]} crosses the end of its FRAME`);
          this.frameEnd = -1;
        } else if (end === this.frameEnd) {
          this.frameEnd = -1;
        }
      }

      if (next > length) {
        // The opcode is cut by the chunk end: short ones wait for the next chunk; a long payload
        // (which is never needed) is skipped by count.
        if (payloadLength > MAX_OPERAND_BYTES && payloadStart <= length) {
          this.skipRemaining = next - length;
          this.position = end - this.skipRemaining;
          this.apply(code, bytes, start, payloadStart, -1, -1, -1, argStart);
          this.checkByteLimit();
          return;
        }
        this.suspend(bytes, i);
        return;
      }
      this.position = end;
      this.apply(code, bytes, start, payloadStart, payloadLength, lineEnd, lineEnd2, argStart);
      if (this.stopped) return;
      i = next;
    }
    this.checkByteLimit();
  }

  /** Keeps the head of a cut opcode for the next chunk. */
  private suspend(bytes: Uint8Array, from: number): void {
    this.carry = bytes.slice(from);
    this.opcodeCount--;
    this.position += bytes.length - from;
    this.checkByteLimit();
  }

  private beginPickle(start: number): void {
    this.pickles.push({ start, end: undefined, protocol: 0 });
    this.stack = [];
    this.marks = [];
    this.memo = new Map();
  }

  /** `payloadLength` -1 means the payload was skipped by count, not read. */
  private apply(
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
      // Values that cannot be a global's operand.
      case 0x49: // INT
      case 0x4a: // BININT
      case 0x4b: // BININT1
      case 0x4d: // BININT2
      case 0x4c: // LONG
      case 0x8a: // LONG1
      case 0x8b: // LONG4
      case 0x42: // BINBYTES
      case 0x43: // SHORT_BINBYTES
      case 0x8e: // BINBYTES8
      case 0x96: // BYTEARRAY8
      case 0x97: // NEXT_BUFFER
      case 0x4e: // NONE
      case 0x88: // NEWTRUE
      case 0x89: // NEWFALSE
      case 0x46: // FLOAT
      case 0x47: // BINFLOAT
      case 0x5d: // EMPTY_LIST
      case 0x29: // EMPTY_TUPLE
      case 0x7d: // EMPTY_DICT
      case 0x8f: // EMPTY_SET
        this.push(OTHER, start);
        return;
      case 0x98: // READONLY_BUFFER
        this.top(start);
        return;

      // Strings: kept when short, since STACK_GLOBAL takes its operands from them. Python 3 reads
      // the Python 2 byte strings (STRING, BINSTRING, SHORT_BINSTRING) as str by default.
      case 0x53: {
        // STRING
        const text =
          lineEnd - argStart <= MAX_OPERAND_BYTES
            ? unquoteString(shortString(bytes, argStart, lineEnd))
            : undefined;
        this.push(text === undefined ? LONG_STR : { kind: Kind.Str, text }, start);
        return;
      }
      case 0x56: // UNICODE
        this.push(
          lineEnd - argStart <= MAX_OPERAND_BYTES * 10
            ? { kind: Kind.Str, text: rawUnicodeEscape(bytes, argStart, lineEnd) }
            : LONG_STR,
          start,
        );
        return;
      case 0x54: // BINSTRING
      case 0x55: // SHORT_BINSTRING
      case 0x8c: // SHORT_BINUNICODE
      case 0x58: // BINUNICODE
      case 0x8d: // BINUNICODE8
        this.push(
          payloadLength >= 0 && payloadLength <= MAX_OPERAND_BYTES
            ? { kind: Kind.Str, text: shortString(bytes, payloadStart, payloadStart + payloadLength) }
            : LONG_STR,
          start,
        );
        return;

      // Containers: the contents do not matter, except globals passed as call arguments.
      case 0x61: // APPEND
        this.pop(start);
        this.top(start);
        return;
      case 0x73: // SETITEM
        this.pop(start);
        this.pop(start);
        this.top(start);
        return;
      case 0x65: // APPENDS
      case 0x75: // SETITEMS
      case 0x90: {
        // ADDITEMS
        const from = this.popMark(start);
        this.stack.length = from;
        this.top(start);
        return;
      }
      case 0x6c: // LIST
      case 0x64: // DICT
      case 0x91: {
        // FROZENSET
        const from = this.popMark(start);
        this.stack.length = from;
        this.push(OTHER, start);
        return;
      }
      case 0x74: {
        // TUPLE
        const from = this.popMark(start);
        const tuple = this.tupleOf(from);
        this.stack.length = from;
        this.push(tuple, start);
        return;
      }
      case 0x85: // TUPLE1
      case 0x86: // TUPLE2
      case 0x87: {
        // TUPLE3
        const count = code - 0x84;
        if (this.stack.length - this.base() < count)
          this.fatal('stack-underflow', start, `${NAMES[code]} needs ${count} items`);
        const from = this.stack.length - count;
        const tuple = this.tupleOf(from);
        this.stack.length = from;
        this.push(tuple, start);
        return;
      }

      // Stack and memo.
      case 0x30: // POP
        if (this.stack.length > this.base()) this.stack.pop();
        else this.popMark(start); // Python's POP of an empty frame drops the mark
        return;
      case 0x32: // DUP
        this.push(this.top(start), start);
        return;
      case 0x28: // MARK
        this.pushMark(start);
        return;
      case 0x31: {
        // POP_MARK
        this.stack.length = this.popMark(start);
        return;
      }
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
      case 0x68: // BINGET
        this.memoGet(bytes[argStart]!, start);
        return;
      case 0x6a: // LONG_BINGET
        this.memoGet(uint32(bytes, argStart), start);
        return;
      case 0x71: // BINPUT
        this.memoPut(bytes[argStart]!, this.top(start), start);
        return;
      case 0x72: // LONG_BINPUT
        this.memoPut(uint32(bytes, argStart), this.top(start), start);
        return;
      case 0x94: // MEMOIZE
        this.memoPut(this.memo.size, this.top(start), start);
        return;

      // Extension registry: copyreg's registry is empty unless something filled it, so any code
      // is either a load error or a global the scanner cannot name.
      case 0x82: // EXT1
      case 0x83: // EXT2
      case 0x84: {
        // EXT4
        const extCode =
          code === 0x82
            ? bytes[argStart]!
            : code === 0x83
              ? bytes[argStart]! | (bytes[argStart + 1]! << 8)
              : uint32(bytes, argStart) | 0;
        this.finding(
          'ext-code',
          start,
          `${NAMES[code]} names extension code ${extCode}, a global no registry here defines`,
        );
        this.push(OTHER, start);
        return;
      }

      // Globals.
      case 0x63: // GLOBAL
      case 0x69: {
        // INST
        const module = this.lineText(bytes, argStart, lineEnd, start);
        const name = this.lineText(bytes, lineEnd + 1, lineEnd2, start);
        const index = this.addImport(module, name, start, code === 0x63 ? 'GLOBAL' : 'INST');
        const global: Sym = { kind: Kind.Global, global: index };
        if (code === 0x63) {
          this.push(global, start);
          return;
        }
        const from = this.popMark(start);
        const args = this.tupleOf(from);
        this.stack.length = from;
        this.addCall('INST', start, global, args);
        this.push(this.callResult(global), start);
        return;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = this.pop(start);
        const module = this.pop(start);
        if (module.kind !== Kind.Str || name.kind !== Kind.Str) {
          this.finding(
            'stack-global-operand',
            start,
            'STACK_GLOBAL takes a module or name that is not a string the scanner can read',
          );
          this.push(OTHER, start);
          return;
        }
        const index = this.addImport(module.text!, name.text!, start, 'STACK_GLOBAL');
        this.push({ kind: Kind.Global, global: index }, start);
        return;
      }

      // Calls.
      case 0x52: {
        // REDUCE
        const args = this.pop(start);
        const callee = this.pop(start);
        this.addCall('REDUCE', start, callee, args);
        this.push(this.callResult(callee), start);
        return;
      }
      case 0x62: {
        // BUILD
        this.pop(start);
        const target = this.top(start);
        this.addCall('BUILD', start, target, undefined);
        return;
      }
      case 0x6f: {
        // OBJ
        const from = this.popMark(start);
        if (this.stack.length <= from)
          this.fatal('stack-underflow', start, 'OBJ needs a class after its MARK');
        const callee = this.stack[from]!;
        const args = this.tupleOf(from + 1);
        this.stack.length = from;
        this.addCall('OBJ', start, callee, args);
        this.push(this.callResult(callee), start);
        return;
      }
      case 0x81: {
        // NEWOBJ
        const args = this.pop(start);
        const callee = this.pop(start);
        this.addCall('NEWOBJ', start, callee, args);
        this.push(this.callResult(callee), start);
        return;
      }
      case 0x92: {
        // NEWOBJ_EX
        this.pop(start);
        const args = this.pop(start);
        const callee = this.pop(start);
        this.addCall('NEWOBJ_EX', start, callee, args);
        this.push(this.callResult(callee), start);
        return;
      }
      case 0x50: // PERSID
        this.push(OTHER, start);
        return;
      case 0x51: // BINPERSID
        this.pop(start);
        this.push(OTHER, start);
        return;

      // Framing and protocol.
      case 0x80: {
        // PROTO
        const protocol = bytes[argStart]!;
        if (protocol > 5) this.fatal('bad-argument', start, `unsupported pickle protocol ${protocol}`);
        const current = this.pickles[this.pickles.length - 1]!;
        current.protocol = Math.max(current.protocol, protocol);
        return;
      }
      case 0x95: {
        // FRAME
        const size = uint64(bytes, argStart);
        if (this.frameEnd >= 0)
          this.finding('frame-mismatch', start, 'a FRAME begins before the previous one ends');
        this.frameStart = start;
        this.frameEnd = size === 0 ? -1 : this.position + size;
        return;
      }
      case 0x2e: {
        // STOP
        this.pop(start);
        const current = this.pickles[this.pickles.length - 1]!;
        current.end = this.position;
        if (this.frameEnd >= 0) {
          this.finding('frame-mismatch', start, 'STOP comes before the end of its FRAME');
          this.frameEnd = -1;
        }
        this.afterStop = true;
        return;
      }
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

/** Walks one whole buffer (a file, a byte range, a member): the common case. */
export function walkPickle(bytes: Uint8Array, options: PickleWalkerOptions = {}): PickleWalkResult {
  const walker = new PickleWalker(options);
  walker.write(bytes);
  return walker.end();
}
