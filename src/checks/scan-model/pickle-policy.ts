/**
 * What a walked pickle means: allowlist first. A global is safe only when a known-safe list (or
 * the user's `allow` patterns) names it; a denylist of code execution, file, network and
 * indirection gadgets makes it an error; anything else is a warning that names it. Structural
 * anomalies (how scanners get bypassed) and limits are findings of their own.
 */
import { printable } from '../../core/escape.js';
import type { PickleAnomaly, PickleImport, PickleWalkResult } from './pickle.js';

export type PickleRuleId =
  | 'model/pickle-unsafe-global'
  | 'model/pickle-unknown-global'
  | 'model/pickle-malformed'
  | 'model/pickle-limit';

export interface PickleVerdict {
  readonly level: 'error' | 'warning' | 'note';
  readonly ruleId: PickleRuleId;
  /** Module and name as Python 3 resolves them; empty when the finding concerns no global. */
  readonly module: string;
  readonly name: string;
  readonly offset: number;
  /** Safe to print: module and name are escaped, the rest is our own words. */
  readonly reason: string;
}

export interface PicklePolicyOptions {
  /** `module.name` or `module.*` patterns (the config's allow-globals) that extend the allowlist. */
  readonly allow?: readonly string[];
  /**
   * How many pickles the container format puts in one stream (legacy PyTorch files hold several).
   * More than this is a finding; default 1.
   */
  readonly expectedPickles?: number;
}

// Exact globals known to build data only (PyTorch's weights_only allowlist, numpy's and
// joblib's reconstruction, collections, plain builtins constructors).
const SAFE_EXACT = new Set<string>([
  'collections.OrderedDict',
  'collections.Counter',
  'collections.defaultdict',
  'collections.deque',
  'builtins.set',
  'builtins.frozenset',
  'builtins.bytearray',
  'builtins.bytes',
  'builtins.complex',
  'builtins.slice',
  'builtins.range',
  'builtins.list',
  'builtins.dict',
  'builtins.tuple',
  'builtins.int',
  'builtins.float',
  'builtins.bool',
  'builtins.str',
  // Protocol 0-2 spell bytes as _codecs.encode(text, 'latin1'): it only encodes a string.
  '_codecs.encode',
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._utils._rebuild_nested_tensor',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_wrapper_subclass',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._tensor._rebuild_from_type_v2',
  'torch.nn.parameter.Parameter',
  'torch.serialization._get_layout',
  'torch.Size',
  'torch.Tensor',
  'torch.device',
  'torch.dtype',
  'torch.storage.UntypedStorage',
  'torch.storage.TypedStorage',
  'torch.storage._load_from_bytes',
  ...[
    'Double',
    'Float',
    'Half',
    'BFloat16',
    'Long',
    'Int',
    'Short',
    'Char',
    'Byte',
    'Bool',
    'ComplexDouble',
    'ComplexFloat',
    'QUInt8',
    'QInt8',
    'QInt32',
    'QUInt4x2',
    'QUInt2x4',
    'Untyped',
  ].map((kind) => `torch.${kind}Storage`),
  // Tensor types of torch < 0.4's legacy tar checkpoints (the `tensors` records name them).
  ...['Double', 'Float', 'Half', 'Long', 'Int', 'Short', 'Char', 'Byte'].map((kind) => `torch.${kind}Tensor`),
  ...[
    'float32',
    'float64',
    'float16',
    'bfloat16',
    'int64',
    'int32',
    'int16',
    'int8',
    'uint8',
    'bool',
    'complex64',
    'complex128',
    'qint8',
    'quint8',
    'qint32',
    'float8_e4m3fn',
    'float8_e5m2',
  ].map((dtype) => `torch.${dtype}`),
  'torch.per_tensor_affine',
  'torch.per_channel_affine',
  'torch.per_tensor_symmetric',
  'torch.per_channel_symmetric',
  'torch.per_channel_affine_float_qparams',
  'torch.strided',
  'torch.sparse_coo',
  'torch.sparse_csr',
  'numpy.core.multiarray._reconstruct',
  'numpy._core.multiarray._reconstruct',
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar',
  'numpy.core.numeric._frombuffer',
  'numpy._core.numeric._frombuffer',
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.core.multiarray.dtype',
  'numpy._core.multiarray.dtype',
  // NumPy 2's StringDType pickles as a call of this with its keyword arguments.
  'numpy._core._internal._convert_to_stringdtype_kwargs',
  'numpy.dtypes.StringDType',
  // Random generator state, which scikit-learn estimators keep (random_state=RandomState(...)):
  // numpy's own reconstructors, some with Cython's dunder names, and its bit generators.
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__generator_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random.bit_generator.__pyx_unpickle_SeedSequence',
  'numpy.random.bit_generator.SeedSequence',
  'numpy.random.mtrand.RandomState',
  'numpy.random._generator.Generator',
  'numpy.random._mt19937.MT19937',
  'numpy.random._pcg64.PCG64',
  'numpy.random._pcg64.PCG64DXSM',
  'numpy.random._philox.Philox',
  'numpy.random._sfc64.SFC64',
  ...[
    'float16',
    'float32',
    'float64',
    'int8',
    'int16',
    'int32',
    'int64',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'bool_',
  ].map((dtype) => `numpy.${dtype}`),
  ...[
    'Float16',
    'Float32',
    'Float64',
    'Int8',
    'Int16',
    'Int32',
    'Int64',
    'UInt8',
    'UInt16',
    'UInt32',
    'UInt64',
    'Bool',
  ].map((dtype) => `numpy.dtypes.${dtype}DType`),
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'joblib.numpy_pickle_compat.NDArrayWrapper',
]);

/**
 * scikit-learn estimators are classes under `sklearn.`: safe to construct, as long as the name is
 * a class (capitalized, no dots) in a module that is not one of its helpers that run code or
 * touch files.
 */
const SKLEARN_UNSAFE_MODULES =
  /^sklearn\.(utils|externals|datasets|_build_utils|__check_build|conftest)(\.|$)/;

/** Where torch.nn's layer classes live: `torch.nn.modules.linear.Linear`, `torch.nn.modules.container.Sequential`. */
const TORCH_NN_MODULES = /^torch\.nn\.modules\.[a-z_]+$/;

// Module prefixes where every name is a gadget: execution, files, network, imports, code objects,
// debuggers and profilers, package managers, nested deserializers.
const UNSAFE_MODULES = [
  'os',
  'posix',
  'nt',
  'subprocess',
  '_posixsubprocess',
  'pty',
  'runpy',
  'socket',
  '_socket',
  'shutil',
  'importlib',
  'pkgutil',
  'marshal',
  'ctypes',
  '_ctypes',
  'sys',
  'code',
  'codeop',
  'timeit',
  'pdb',
  'bdb',
  'trace',
  'profile',
  'cProfile',
  'doctest',
  'webbrowser',
  'pickle',
  '_pickle',
  'dill',
  'cloudpickle',
  'shelve',
  'asyncio',
  'multiprocessing',
  'concurrent',
  'threading',
  '_thread',
  'signal',
  'pip',
  'ensurepip',
  'venv',
  'site',
  'atexit',
  'idlelib',
  'lib2to3',
  'distutils',
  'setuptools',
  'http',
  'urllib',
  'ftplib',
  'smtplib',
  'telnetlib',
  'ssl',
  'requests',
  'aiohttp',
  'httpx',
  'xmlrpc',
  'socketserver',
  'tempfile',
  'glob',
  'io',
  '_io',
  'codecs',
  'fileinput',
  'zipfile',
  'tarfile',
  'pathlib',
  'sqlite3',
  'dbm',
  'gc',
  'inspect',
  'types',
  'operator',
  '_operator',
  'tkinter',
  'builtins',
];
const UNSAFE_MODULE_SET = new Set(UNSAFE_MODULES);

/**
 * dill and cloudpickle rebuild functions, classes and code objects from bytes in the stream,
 * and packages vendor them under their own names (joblib.externals.cloudpickle, ray.cloudpickle,
 * srsly.cloudpickle, pyspark.cloudpickle ...): a module path with one of these segments is theirs
 * wherever it sits.
 */
const CODE_REBUILDING_SEGMENT = /(^|\.)(dill|_dill|cloudpickle|cloudpickle_fast)(\.|$)/;

/** Their reconstructors, distinctive enough to be theirs in a copy renamed beyond recognition. */
const CODE_REBUILDING_NAMES = new Set([
  '_create_code',
  '_create_function',
  '_create_type',
  '_load_type',
  '_eval_repr',
  '_make_function',
  '_make_skeleton_class',
  '_make_skeleton_enum',
  '_builtin_type',
  '_make_cell',
  '_make_empty_cell',
  '_fill_function',
]);

/** Globals that make a code object or a function from data: the step before running it. */
const CODE_OBJECT_GLOBALS = new Set([
  'types.CodeType',
  'types.FunctionType',
  'types.LambdaType',
  'marshal.loads',
  'marshal.load',
  'builtins.compile',
]);

const CODE_REBUILDING_WHY =
  'dill and cloudpickle rebuild functions, classes and code objects from the stream at load time, which runs code the file chose';

const UNSAFE_EXACT = new Set<string>([
  'functools.partial',
  'functools.partialmethod',
  'functools.reduce',
  'torch.load',
  'torch.serialization.load',
  'torch.jit.load',
  'torch._dynamo.guards.GuardBuilder.get',
  'torch.hub.load',
  'torch.hub.download_url_to_file',
  'numpy.load',
  'numpy.loadtxt',
  'numpy.fromfile',
  'numpy.testing._private.utils.runstring',
  'numpy.f2py.crackfortran.getlincoef',
  'numpy.f2py.crackfortran._eval_length',
  'joblib.load',
  'copyreg.add_extension',
  'copyreg._reconstructor',
]);

/** True for `module.name` matching a `module.name` or `module.*` pattern (a prefix of modules). */
function matchesPattern(pattern: string, module: string, name: string): boolean {
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -2);
    // Wildcards cover names of the module and its submodules, never a dotted (attribute) name.
    return !name.includes('.') && (module === prefix || module.startsWith(`${prefix}.`));
  }
  return pattern === `${module}.${name}`;
}

function topModule(module: string): string {
  const dot = module.indexOf('.');
  return dot < 0 ? module : module.slice(0, dot);
}

type Judgement = { kind: 'safe' } | { kind: 'unsafe'; why: string } | { kind: 'unknown' };

function judge(module: string, name: string, allow: readonly string[]): Judgement {
  const qualified = `${module}.${name}`;
  if (name.includes('.')) {
    // Only an exact user entry may allow an attribute path: a dotted name can walk to anything.
    if (allow.includes(qualified)) return { kind: 'safe' };
    return { kind: 'unsafe', why: 'a dotted name walks attributes at load time, a way to reach any object' };
  }
  // Exact entries first: a few of numpy's reconstructors have dunder names.
  if (SAFE_EXACT.has(qualified)) return { kind: 'safe' };
  if (name.startsWith('__') && name !== '__main__') {
    return { kind: 'unsafe', why: 'a dunder name reaches interpreter internals' };
  }
  if (CODE_REBUILDING_SEGMENT.test(module) || CODE_REBUILDING_NAMES.has(name)) {
    return { kind: 'unsafe', why: CODE_REBUILDING_WHY };
  }
  if (CODE_OBJECT_GLOBALS.has(qualified)) {
    return { kind: 'unsafe', why: 'it makes a code object or a function from data in the stream' };
  }
  if (UNSAFE_EXACT.has(qualified)) return { kind: 'unsafe', why: 'it loads, runs or forwards code' };
  // Submodules of a dangerous module are as dangerous (CVE-2025-10157: asyncio.unix_events).
  if (UNSAFE_MODULE_SET.has(topModule(module)) || UNSAFE_MODULE_SET.has(module)) {
    return {
      kind: 'unsafe',
      why: 'its module executes code, touches files or the network, or resolves other globals',
    };
  }
  if (allow.some((pattern) => matchesPattern(pattern, module, name))) return { kind: 'safe' };
  if (
    module.startsWith('sklearn.') &&
    !SKLEARN_UNSAFE_MODULES.test(module) &&
    /^[A-Z][A-Za-z0-9_]*$/.test(name)
  ) {
    return { kind: 'safe' };
  }
  // A whole nn.Module (torch.save(model)) names its layer classes; torch.nn's module classes
  // only build layers. Functions there, and anything under torch.nn.modules' helpers, stay unknown.
  if (TORCH_NN_MODULES.test(module) && /^[A-Z][A-Za-z0-9_]*$/.test(name)) return { kind: 'safe' };
  // Layers keep their activation as a function of torch.nn.functional (pure tensor math).
  if (module === 'torch.nn.functional' && /^[a-z][a-z0-9_]*$/.test(name)) return { kind: 'safe' };
  return { kind: 'unknown' };
}

function describe(imported: PickleImport): string {
  return `${printable(imported.module)}.${printable(imported.name)}`;
}

const MALFORMED_LEVEL_FIRST: PickleVerdict['level'] = 'error';

/** Verdicts for one walked stream, in stream order of what they concern. */
export function judgePickle(walk: PickleWalkResult, options: PicklePolicyOptions = {}): PickleVerdict[] {
  const allow = options.allow ?? [];
  const expected = options.expectedPickles ?? 1;
  const verdicts: PickleVerdict[] = [];
  const judgements = walk.imports.map((imported) => judge(imported.module, imported.name, allow));

  walk.imports.forEach((imported, index) => {
    const judgement = judgements[index]!;
    if (judgement.kind === 'safe') return;
    const renamed =
      imported.writtenModule !== imported.module || imported.writtenName !== imported.name
        ? ` (written as the Python 2 name ${printable(imported.writtenModule)}.${printable(imported.writtenName)})`
        : '';
    verdicts.push(
      judgement.kind === 'unsafe'
        ? {
            level: 'error',
            ruleId: 'model/pickle-unsafe-global',
            module: imported.module,
            name: imported.name,
            offset: imported.offset,
            reason: `${imported.opcode} imports ${describe(imported)}${renamed}: ${judgement.why}.`,
          }
        : {
            level: 'warning',
            ruleId: 'model/pickle-unknown-global',
            module: imported.module,
            name: imported.name,
            offset: imported.offset,
            reason: `${imported.opcode} imports ${describe(imported)}${renamed}, which no allowlist names; allow it in the config if it is yours.`,
          },
    );
  });

  for (const call of walk.calls) {
    const imported = call.global === undefined ? undefined : walk.imports[call.global];
    if (call.opcode === 'BUILD' && call.target === 'global' && imported) {
      verdicts.push({
        level: 'error',
        ruleId: 'model/pickle-unsafe-global',
        module: imported.module,
        name: imported.name,
        offset: call.offset,
        reason: `BUILD sets state on ${describe(imported)} itself (a module, function or class), not on an object built from it.`,
      });
      continue;
    }
    // A safe callable handed an unsafe one (functools.partial(os.system), map(eval, ...)): the
    // inner global is already an error; say where it gets called too.
    for (const argument of call.argumentGlobals) {
      const inner = walk.imports[argument]!;
      if (judgements[argument]!.kind !== 'unsafe') continue;
      verdicts.push({
        level: 'error',
        ruleId: 'model/pickle-unsafe-global',
        module: inner.module,
        name: inner.name,
        offset: call.offset,
        reason: `${call.opcode} passes ${describe(inner)} as an argument${imported ? ` to ${describe(imported)}` : ''}.`,
      });
    }
  }

  for (const anomaly of walk.anomalies) {
    const verdict = anomalyVerdict(anomaly, walk, expected);
    if (verdict) verdicts.push(verdict);
  }
  return verdicts.sort((a, b) => a.offset - b.offset);
}

function anomalyVerdict(
  anomaly: PickleAnomaly,
  walk: PickleWalkResult,
  expected: number,
): PickleVerdict | undefined {
  const base = { module: '', name: '', offset: anomaly.offset };
  switch (anomaly.kind) {
    case 'limit':
      return {
        ...base,
        level: 'error',
        ruleId: 'model/pickle-limit',
        reason: `Scan stopped at a limit: ${anomaly.detail}.`,
      };
    case 'dotted-name':
      // Judged with its import (an unsafe-global verdict), which names it.
      return undefined;
    case 'trailing-data': {
      // The container says how many pickles a stream holds; beyond that, data after STOP is
      // what a loader never reads but a second load() call (or a scanner that stops) would.
      const index = walk.pickles.findIndex((pickle) => pickle.start === anomaly.offset);
      if (index >= 0 && index < expected) return undefined;
      return {
        ...base,
        level: 'warning',
        ruleId: 'model/pickle-malformed',
        reason: `Data after STOP: ${anomaly.detail}.`,
      };
    }
    case 'array-data': {
      // Where raw bytes end decides what is read as opcodes next: a guess would be a bypass.
      const stoppedHere = walk.aborted && walk.anomalies[walk.anomalies.length - 1] === anomaly;
      return {
        ...base,
        level: 'error',
        ruleId: 'model/pickle-malformed',
        reason: `${capitalize(anomaly.detail)}${stoppedHere ? '; the rest of the stream was not checked' : ''}.`,
      };
    }
    case 'ext-code':
    case 'stack-global-operand':
    case 'memo-undefined':
      // Ways to import something a scanner cannot name.
      return {
        ...base,
        level: 'error',
        ruleId: 'model/pickle-malformed',
        reason: `${capitalize(anomaly.detail)}.`,
      };
    default: {
      // A stream Python cannot load past this point. In the first pickles it is an error (a
      // scanner that gives up there is how bypasses work); in trailing data, a warning.
      const level = anomaly.pickleIndex < expected ? MALFORMED_LEVEL_FIRST : 'warning';
      return {
        ...base,
        level,
        ruleId: 'model/pickle-malformed',
        reason: `Malformed pickle (${anomaly.kind}): ${anomaly.detail}.`,
      };
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
