import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPickle } from '../../../src/checks/scan-model/pickle.js';
import { judgePickle } from '../../../src/checks/scan-model/pickle-policy.js';
import {
  bytes,
  callGlobal,
  global,
  MEMOIZE,
  PROTO4,
  REDUCE,
  STACK_GLOBAL,
  STOP,
  str,
  TUPLE1,
} from './pickle-bytes.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/scan-model/pickles');
const CODE = path.join(import.meta.dirname, '../../fixtures/scan-model/code');
const BENIGN = path.join(import.meta.dirname, '../../fixtures/scan-model/benign');
/** Every verdict is the same when the walker keeps only the calls the policy judges (scan-model's way). */
const judge = (data: Uint8Array, allow?: string[]) => {
  const verdicts = judgePickle(walkPickle(data), { allow });
  expect(judgePickle(walkPickle(data, { judgedCallsOnly: true }), { allow })).toEqual(verdicts);
  return verdicts;
};
const errors = (data: Uint8Array) =>
  judge(data)
    .filter((v) => v.level === 'error')
    .map((v) => `${v.ruleId} ${v.module}.${v.name}`);

describe('judgePickle on benign pickles', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.pkl')))('%s has no verdict', (file) => {
    expect(judge(readFileSync(path.join(FIXTURES, file)))).toEqual([]);
  });
});

describe('judgePickle on published bypasses (each an error)', () => {
  it('os.system via GLOBAL (the baseline every scanner catches)', () => {
    expect(judge(callGlobal('os', 'system'))).toEqual([
      {
        level: 'error',
        ruleId: 'model/pickle-unsafe-global',
        module: 'os',
        name: 'system',
        offset: 2,
        reason:
          'GLOBAL imports os.system: its module executes code, touches files or the network, or resolves other globals.',
      },
    ]);
  });

  it('posix.system via STACK_GLOBAL with memo indirection (picklescan issue #22 memo handling; memo-build desync PoC)', () => {
    const data = bytes(
      PROTO4,
      str('posix'),
      MEMOIZE,
      '0',
      str('system'),
      MEMOIZE,
      '0',
      [0x68, 0],
      [0x68, 1],
      STACK_GLOBAL,
      str('id'),
      TUPLE1,
      REDUCE,
      STOP,
    );
    expect(errors(data)).toEqual(['model/pickle-unsafe-global posix.system']);
  });

  it('STACK_GLOBAL operand at stack position 0 (modelscan STACK_GLOBAL offset-0 crash)', () => {
    const data = bytes(PROTO4, str('os'), str('system'), STACK_GLOBAL, str('id'), TUPLE1, REDUCE, STOP);
    expect(errors(data)).toEqual(['model/pickle-unsafe-global os.system']);
  });

  it('STACK_GLOBAL operands from Python 2 string opcodes (modelscan #313: STRING/BINSTRING operands)', () => {
    const data = bytes(PROTO4, [0x55, 2], 'os', "S'system'\n", STACK_GLOBAL, str('id'), TUPLE1, REDUCE, STOP);
    expect(errors(data)).toEqual(['model/pickle-unsafe-global os.system']);
  });

  it('STACK_GLOBAL with a non-string operand or an undefined memo key is malformed', () => {
    expect(errors(bytes(PROTO4, [0x68, 3], str('system'), STACK_GLOBAL, STOP))).toEqual([
      'model/pickle-malformed .',
      'model/pickle-malformed .',
    ]);
  });

  it('__builtin__.eval, the Python 2 name (fickling GHSA-h4rm-mm56-xf63: builtins imports)', () => {
    const verdicts = judge(callGlobal('__builtin__', 'eval', 'print(1)'));
    expect(verdicts.map((v) => [v.level, v.module, v.name])).toEqual([['error', 'builtins', 'eval']]);
    expect(verdicts[0]!.reason).toContain('written as the Python 2 name __builtin__.eval');
  });

  it('commands.getoutput, Python 2 for subprocess', () => {
    expect(errors(callGlobal('commands', 'getoutput'))).toEqual([
      'model/pickle-unsafe-global subprocess.getoutput',
    ]);
  });

  it('builtins.getattr chain: getattr(importlib.import_module("os"), "system") (GHSA-vvpj-8cmc-gx39 class, picklescan #66)', () => {
    const data = bytes(
      [0x80, 2],
      global('builtins', 'getattr'),
      global('importlib', 'import_module'),
      str('os'),
      TUPLE1,
      REDUCE,
      str('system'),
      [0x86],
      REDUCE,
      str('id'),
      TUPLE1,
      REDUCE,
      STOP,
    );
    expect(errors(data)).toEqual([
      'model/pickle-unsafe-global builtins.getattr',
      'model/pickle-unsafe-global importlib.import_module',
    ]);
  });

  it('inspect.getattr_static resolver (huntr picklescan 1.0.4 PoC)', () => {
    expect(errors(callGlobal('inspect', 'getattr_static'))).toEqual([
      'model/pickle-unsafe-global inspect.getattr_static',
    ]);
  });

  it('pkgutil.resolve_name (GHSA-vvpj-8cmc-gx39)', () => {
    expect(errors(callGlobal('pkgutil', 'resolve_name', 'os:system'))).toEqual([
      'model/pickle-unsafe-global pkgutil.resolve_name',
    ]);
  });

  it('operator.attrgetter and _operator.methodcaller (GHSA-m273-6v24-x4m4, GHSA-955r-x9j8-7rhh)', () => {
    expect(errors(callGlobal('operator', 'attrgetter', 'system'))).toEqual([
      'model/pickle-unsafe-global operator.attrgetter',
    ]);
    expect(errors(callGlobal('_operator', 'methodcaller', 'system'))).toEqual([
      'model/pickle-unsafe-global _operator.methodcaller',
    ]);
  });

  it('functools.partial over os.system (fickling #210: partial wrapper bypass)', () => {
    const data = bytes(
      [0x80, 2],
      global('functools', 'partial'),
      global('os', 'system'),
      [0x85],
      REDUCE,
      str('id'),
      TUPLE1,
      REDUCE,
      STOP,
    );
    expect(errors(data)).toEqual([
      'model/pickle-unsafe-global functools.partial',
      'model/pickle-unsafe-global os.system',
      'model/pickle-unsafe-global os.system',
    ]);
  });

  it('pickle.loads of an embedded pickle (GHSA-84r2-jw7c-4r5q) and cPickle, its Python 2 name', () => {
    expect(errors(callGlobal('pickle', 'loads', 'x'))).toEqual(['model/pickle-unsafe-global pickle.loads']);
    expect(errors(callGlobal('cPickle', 'loads', 'x'))).toEqual(['model/pickle-unsafe-global pickle.loads']);
  });

  it('marshal.loads + types.FunctionType (modelscan marshal/types PoC)', () => {
    const data = bytes(
      [0x80, 2],
      global('types', 'FunctionType'),
      global('marshal', 'loads'),
      str('c'),
      TUPLE1,
      REDUCE,
      '}',
      [0x86],
      REDUCE,
      ')R.',
    );
    expect(errors(data)).toEqual([
      'model/pickle-unsafe-global types.FunctionType',
      'model/pickle-unsafe-global marshal.loads',
    ]);
  });

  it('pty.spawn (CVE-2025-71322, fickling GHSA-r7v6-mfhq-g3m2)', () => {
    expect(errors(callGlobal('pty', 'spawn', 'sh'))).toEqual(['model/pickle-unsafe-global pty.spawn']);
  });

  it('submodule of a dangerous package: asyncio.unix_events (CVE-2025-10157)', () => {
    expect(errors(callGlobal('asyncio.unix_events', '_UnixSubprocessTransport'))).toEqual([
      'model/pickle-unsafe-global asyncio.unix_events._UnixSubprocessTransport',
    ]);
  });

  it('pip.main (CVE-2025-1716) and numpy.testing runstring (CVE-2025-71355)', () => {
    expect(errors(callGlobal('pip', 'main'))).toEqual(['model/pickle-unsafe-global pip.main']);
    expect(errors(callGlobal('numpy.testing._private.utils', 'runstring'))).toEqual([
      'model/pickle-unsafe-global numpy.testing._private.utils.runstring',
    ]);
  });

  it('codecs.open and io.open file read (picklescan 1.0.3 PoC), http.client network', () => {
    expect(errors(callGlobal('codecs', 'open', '/etc/passwd'))).toEqual([
      'model/pickle-unsafe-global codecs.open',
    ]);
    expect(errors(callGlobal('io', 'open', '/etc/passwd'))).toEqual(['model/pickle-unsafe-global io.open']);
    expect(errors(callGlobal('httplib', 'HTTPSConnection'))).toEqual([
      'model/pickle-unsafe-global http.client.HTTPSConnection',
    ]);
  });

  it('torch.load recursion and torch._dynamo GuardBuilder.get (modelscan #313)', () => {
    expect(errors(callGlobal('torch', 'load', 'x.pt'))).toEqual(['model/pickle-unsafe-global torch.load']);
    expect(errors(callGlobal('torch._dynamo.guards', 'GuardBuilder.get'))).toEqual([
      'model/pickle-unsafe-global torch._dynamo.guards.GuardBuilder.get',
    ]);
  });

  it('dotted name os.system under builtins (protocol 4 attribute resolution)', () => {
    const data = bytes(
      PROTO4,
      str('builtins'),
      str('os.system'),
      STACK_GLOBAL,
      str('id'),
      TUPLE1,
      REDUCE,
      STOP,
    );
    expect(judge(data).map((v) => [v.level, v.reason])).toEqual([
      [
        'error',
        'STACK_GLOBAL imports builtins.os.system: a dotted name walks attributes at load time, a way to reach any object.',
      ],
    ]);
  });

  it('EXT codes name a global the scanner cannot see', () => {
    expect(errors(bytes([0x80, 2, 0x82, 1], str('id'), TUPLE1, REDUCE, STOP))).toEqual([
      'model/pickle-malformed .',
    ]);
  });

  it('a second pickle hidden after STOP is parsed (picklescan GHSA-9gvj-pp9x-gcfr parsing flaw)', () => {
    const verdicts = judge(bytes([0x80, 2], 'N.', callGlobal('os', 'system')));
    expect(verdicts.map((v) => [v.level, v.ruleId, v.offset])).toEqual([
      ['warning', 'model/pickle-malformed', 4],
      ['error', 'model/pickle-unsafe-global', 6],
    ]);
  });

  it('a FRAME that lies about its length', () => {
    expect(errors(bytes(PROTO4, [0x95, 0xff, 0, 0, 0, 0, 0, 0, 0], 'N.'))).toEqual([
      'model/pickle-malformed .',
    ]);
  });

  it('a stream broken after the payload still reports the payload (broken-pickle scanner bypass)', () => {
    const data = bytes([0x80, 2], global('os', 'system'), str('id'), TUPLE1, REDUCE, [0xff]);
    expect(errors(data)).toEqual(['model/pickle-unsafe-global os.system', 'model/pickle-malformed .']);
  });

  it('BUILD on a module or function object', () => {
    const data = bytes([0x80, 2], global('collections', 'OrderedDict'), '}', 'b.');
    expect(judge(data).map((v) => [v.level, v.offset, v.reason])).toEqual([
      [
        'error',
        28,
        'BUILD sets state on collections.OrderedDict itself (a module, function or class), not on an object built from it.',
      ],
    ]);
  });

  it('a limit hit is an error', () => {
    const verdicts = judgePickle(
      walkPickle(bytes(PROTO4, '('.repeat(50), STOP), { limits: { maxStackDepth: 10 } }),
    );
    expect(verdicts.map((v) => [v.level, v.ruleId])).toEqual([['error', 'model/pickle-limit']]);
  });
});

describe('judgePickle allowlist', () => {
  it('warns on unknown globals, naming them escaped', () => {
    const verdicts = judge(callGlobal('mypkg.model', 'Net\x1b[31m'));
    expect(verdicts.map((v) => [v.level, v.ruleId, v.reason])).toEqual([
      [
        'warning',
        'model/pickle-unknown-global',
        'GLOBAL imports mypkg.model.Net\\u001b[31m, which no allowlist names; allow it in the config if it is yours.',
      ],
    ]);
  });

  it('accepts user patterns, but never over the denylist or for dotted names', () => {
    expect(judge(callGlobal('mypkg.model', 'Net'), ['mypkg.*'])).toEqual([]);
    expect(judge(callGlobal('mypkg.model', 'Net'), ['mypkg.model.Net'])).toEqual([]);
    expect(judge(callGlobal('mypkg.model', 'Net'), ['mypkg.model.Other'])).toHaveLength(1);
    expect(errors(callGlobal('os', 'system'))).toHaveLength(1);
    expect(judge(callGlobal('os', 'system'), ['os.*']).map((v) => v.level)).toEqual(['error']);
    expect(judge(callGlobal('mypkg', 'A.__globals__'), ['mypkg.*']).map((v) => v.level)).toEqual(['error']);
  });

  it('allows scikit-learn estimator classes, not its helper modules', () => {
    expect(judge(callGlobal('sklearn.tree._classes', 'DecisionTreeClassifier'))).toEqual([]);
    expect(judge(callGlobal('sklearn.utils._testing', 'SomeHelper')).map((v) => v.level)).toEqual([
      'warning',
    ]);
    expect(judge(callGlobal('sklearn.tree._classes', 'helper_function')).map((v) => v.level)).toEqual([
      'warning',
    ]);
  });

  it('allows torch.nn layer classes of a whole saved module, not functions or deeper modules there', () => {
    expect(judge(callGlobal('torch.nn.modules.linear', 'Linear'))).toEqual([]);
    expect(judge(callGlobal('torch.nn.modules.container', 'Sequential'))).toEqual([]);
    expect(
      judge(callGlobal('torch.nn.modules.module', 'register_module_forward_hook')).map((v) => v.level),
    ).toEqual(['warning']);
    expect(judge(callGlobal('torch.nn.modules.linear.extra', 'Linear')).map((v) => v.level)).toEqual([
      'warning',
    ]);
  });

  it("allows numpy's random state reconstructors, dunder names included, and torch.nn.functional", () => {
    expect(judge(callGlobal('numpy.random._pickle', '__randomstate_ctor'))).toEqual([]);
    expect(judge(callGlobal('numpy.random.bit_generator', '__pyx_unpickle_SeedSequence'))).toEqual([]);
    expect(judge(callGlobal('numpy.random._mt19937', 'MT19937'))).toEqual([]);
    expect(judge(callGlobal('torch.nn.functional', 'relu'))).toEqual([]);
    // Other dunder names stay errors, however close to an allowed one.
    expect(judge(callGlobal('numpy.random._pickle', '__import__')).map((v) => v.level)).toEqual(['error']);
    expect(judge(callGlobal('torch.nn.functional', '_private')).map((v) => v.level)).toEqual(['warning']);
  });

  it('allows torch and joblib reconstruction', () => {
    expect(judge(callGlobal('torch._utils', '_rebuild_tensor_v2'))).toEqual([]);
    expect(judge(callGlobal('torch', 'FloatStorage'))).toEqual([]);
    expect(judge(callGlobal('joblib.numpy_pickle', 'NumpyArrayWrapper'))).toEqual([]);
  });
});

describe('judgePickle on code that dill and cloudpickle rebuild at load time (each an error)', () => {
  const REBUILDS = /dill and cloudpickle rebuild functions, classes and code objects/;
  const fixture = (file: string) => judge(readFileSync(path.join(CODE, file)));
  const unsafe = (file: string) =>
    fixture(file)
      .filter((v) => v.level === 'error' && REBUILDS.test(v.reason))
      .map((v) => `${v.module}.${v.name}`);

  it('every generated fixture is an error, and nothing in it is only a warning', () => {
    const files = readdirSync(CODE).filter((f) => f.endsWith('.pkl'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const verdicts = fixture(file);
      expect(verdicts.filter((v) => REBUILDS.test(v.reason)).length, file).toBeGreaterThan(0);
      expect(
        verdicts.filter((v) => v.level !== 'error'),
        file,
      ).toEqual([]);
    }
  });

  it('dill by-value function: _create_function over _create_code (dill.dumps of a lambda)', () => {
    expect(unsafe('dill-lambda.pkl')).toEqual(['dill._dill._create_function', 'dill._dill._create_code']);
    expect(unsafe('dill-function.pkl')).toEqual(['dill._dill._create_function', 'dill._dill._create_code']);
  });

  it("dill class rebuilding: _create_type, and _load_type('CodeType') fetching the code type", () => {
    expect(unsafe('dill-class.pkl')).toEqual(
      expect.arrayContaining(['dill._dill._create_type', 'dill._dill._load_type', 'dill._dill._create_code']),
    );
    expect(unsafe('dill-codetype.pkl')).toEqual(['dill._dill._load_type']);
  });

  it("cloudpickle function: _make_function over _builtin_type('CodeType'); closures through _make_cell", () => {
    expect(unsafe('cloudpickle-lambda.pkl')).toEqual(
      expect.arrayContaining([
        'cloudpickle.cloudpickle._make_function',
        'cloudpickle.cloudpickle._builtin_type',
      ]),
    );
    expect(unsafe('cloudpickle-closure.pkl')).toEqual(
      expect.arrayContaining([
        'cloudpickle.cloudpickle._make_cell',
        'cloudpickle.cloudpickle._make_empty_cell',
      ]),
    );
  });

  it('cloudpickle dynamic class: _make_skeleton_class', () => {
    expect(unsafe('cloudpickle-class.pkl')).toEqual(
      expect.arrayContaining(['cloudpickle.cloudpickle._make_skeleton_class']),
    );
  });

  it('vendored copies are theirs too: joblib.externals.cloudpickle (generated), ray, srsly, pyspark', () => {
    expect(unsafe('joblib-cloudpickle-lambda.pkl')).toEqual(
      expect.arrayContaining(['joblib.externals.cloudpickle.cloudpickle._make_function']),
    );
    for (const [module, name] of [
      ['ray.cloudpickle.cloudpickle', '_make_skeleton_class'],
      ['srsly.cloudpickle.cloudpickle', '_builtin_type'],
      ['pyspark.cloudpickle.cloudpickle_fast', '_function_setstate'],
      ['mypkg.vendor.dill._dill', '_create_code'],
      // A copy renamed past recognition still uses the reconstructors' names.
      ['mypkg.vendor.cp', '_make_function'],
    ]) {
      expect(errors(callGlobal(module!, name!))).toEqual([`model/pickle-unsafe-global ${module}.${name}`]);
    }
  });

  it("dill._dill._eval_repr (eval of a repr string) and _load_type('FunctionType') from raw opcodes", () => {
    expect(errors(callGlobal('dill._dill', '_eval_repr', '__import__("os").system("id")'))).toEqual([
      'model/pickle-unsafe-global dill._dill._eval_repr',
    ]);
    expect(errors(callGlobal('dill._dill', '_load_type', 'FunctionType'))).toEqual([
      'model/pickle-unsafe-global dill._dill._load_type',
    ]);
  });

  it('the user allowlist cannot allow them', () => {
    const data = callGlobal('joblib.externals.cloudpickle.cloudpickle', '_make_function');
    expect(judge(data, ['joblib.*']).map((v) => v.level)).toEqual(['error']);
  });

  it('types.CodeType, types.FunctionType and marshal.loads make code from data', () => {
    for (const [module, name] of [
      ['types', 'CodeType'],
      ['types', 'FunctionType'],
      ['marshal', 'loads'],
    ]) {
      const verdicts = judge(callGlobal(module!, name!));
      expect(verdicts.map((v) => [v.level, v.reason])).toEqual([
        [
          'error',
          `GLOBAL imports ${module}.${name}: it makes a code object or a function from data in the stream.`,
        ],
      ]);
    }
  });

  it('plain data dumped by dill and cloudpickle stays clean', () => {
    expect(judge(readFileSync(path.join(BENIGN, 'config.dill')))).toEqual([]);
    expect(judge(readFileSync(path.join(BENIGN, 'config.cloudpickle.pkl')))).toEqual([]);
  });
});

describe('judgePickle on joblib array data', () => {
  it('array data that cannot be located is an error saying the rest was not checked', () => {
    const verdicts = judgePickle(
      walkPickle(
        bytes(
          [0x80, 2],
          global('joblib.numpy_pickle', 'NumpyArrayWrapper'),
          ')',
          [0x81],
          '}',
          '(',
          str('shape'),
          str('big'),
          'u',
          'b',
          '.',
        ),
      ),
    );
    expect(verdicts).toEqual([
      expect.objectContaining({
        level: 'error',
        ruleId: 'model/pickle-malformed',
        reason:
          'The array data of a joblib NumpyArrayWrapper could not be located: its dtype is not a numpy dtype the scanner can read; the rest of the stream was not checked.',
      }),
    ]);
  });

  it('numpy dtype constructors under their other module names are safe', () => {
    expect(judge(callGlobal('numpy._core.multiarray', 'dtype', 'f8'))).toEqual([]);
    expect(judge(callGlobal('numpy._core._internal', '_convert_to_stringdtype_kwargs', 'x'))).toEqual([]);
  });
});
