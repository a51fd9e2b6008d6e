import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PickleWalker, walkPickle, type PickleWalkResult } from '../../../src/checks/scan-model/pickle.js';
import { judgePickle } from '../../../src/checks/scan-model/pickle-policy.js';
import {
  bytes,
  fixedDtypeState,
  global,
  int,
  padding,
  str,
  TUPLE1,
  tuple,
  wrapper,
  wrapperInstance,
  wrapperState,
  wrapperStateItems,
  type WrapperOptions,
} from './pickle-bytes.js';

const JOBLIB = path.join(import.meta.dirname, '../../fixtures/scan-model/joblib');
const BENIGN = path.join(import.meta.dirname, '../../fixtures/scan-model/benign');

interface ManifestEntry {
  file: string;
  arrays: { kind: 'raw' | 'pickle'; offset: number; length: number }[];
}
const manifest = JSON.parse(readFileSync(path.join(JOBLIB, 'MANIFEST.json'), 'utf8')) as {
  files: ManifestEntry[];
};

/** Raw regions and embedded pickles in one list, as the manifest records what joblib read. */
function located(walk: PickleWalkResult): ManifestEntry['arrays'] {
  return [
    ...walk.rawRegions.map((r) => ({ kind: 'raw' as const, offset: r.offset, length: r.length })),
    ...walk.embedded.map((e) => ({ kind: 'pickle' as const, offset: e.start, length: e.end! - e.start })),
  ].sort((a, b) => a.offset - b.offset);
}

function walkInChunks(data: Uint8Array, sizes: readonly number[]): PickleWalkResult {
  const walker = new PickleWalker();
  let at = 0;
  for (let k = 0; at < data.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    walker.write(data.subarray(at, at + size));
    at += size;
  }
  return walker.end();
}

const f8 = (...values: number[]) => new Uint8Array(new Float64Array(values).buffer);
const P2 = [0x80, 2];
const kinds = (walk: PickleWalkResult) => walk.anomalies.map((a) => a.kind);
const errors = (data: Uint8Array) =>
  judgePickle(walkPickle(data))
    .filter((v) => v.level === 'error')
    .map((v) => `${v.ruleId} ${v.module}.${v.name}`);

describe('walkPickle on files joblib wrote', () => {
  it('has a fixture for every dtype family, layout and protocol', () => {
    const files = manifest.files.map((f) => f.file);
    for (const name of [
      'float64',
      'unicode',
      'bytes',
      'structured',
      'datetime64',
      'object',
      'fortran',
      'zero-d',
    ]) {
      expect(files).toEqual(expect.arrayContaining([`${name}-p2.joblib`, `${name}-p4.joblib`]));
    }
    expect(files).toEqual(expect.arrayContaining(['dict-unseekable-p4.joblib', 'dict-pre-1.2-p4.joblib']));
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))(
    '%s: every array is found where joblib.load reads it',
    (file, entry) => {
      const data = readFileSync(path.join(JOBLIB, file));
      const walk = walkPickle(data);
      expect(walk.anomalies).toEqual([]);
      expect(walk.aborted).toBe(false);
      expect(walk.pickles).toEqual([expect.objectContaining({ start: 0, end: data.length })]);
      expect(located(walk)).toEqual(entry.arrays);
      expect(judgePickle(walk)).toEqual([]);
    },
  );

  it('gives the same result whatever the chunking', () => {
    for (const file of ['dict-p4.joblib', 'dict-p2.joblib', 'tree-p4.joblib', 'object-p4.joblib']) {
      const data = readFileSync(path.join(JOBLIB, file));
      const whole = walkPickle(data);
      for (const sizes of [[1], [2], [3], [7], [64], [5, 1, 300]])
        expect(walkInChunks(data, sizes)).toEqual(whole);
    }
  });

  it('walks the benign logreg.joblib and its zlib and gzip variants clean', () => {
    const plain = readFileSync(path.join(BENIGN, 'logreg.joblib'));
    const variants = [
      plain,
      inflateSync(readFileSync(path.join(BENIGN, 'logreg.joblib.z'))),
      gunzipSync(readFileSync(path.join(BENIGN, 'logreg.joblib.gz'))),
    ];
    for (const data of variants) {
      const walk = walkPickle(data);
      expect(walk.anomalies).toEqual([]);
      expect(walk.rawRegions).toHaveLength(4);
      expect(walk.pickles[0]!.end).toBe(data.length);
      expect(judgePickle(walk)).toEqual([]);
    }
  });
});

describe('joblib array data in hostile streams', () => {
  it('skips exactly the declared bytes and walks what follows them (a hidden second payload is found)', () => {
    const data = bytes(P2, wrapper({ shape: [2], alignment: 16 }), padding(3), f8(1, 2), callOsSystem(), '.');
    const walk = walkPickle(data);
    const regionStart = data.length - callOsSystem().length - 1 - (1 + 3 + 16);
    expect(walk.rawRegions).toEqual([
      { offset: regionStart, length: 20, reason: 'joblib-array', pickleIndex: 0 },
    ]);
    expect(walk.imports.at(-1)).toMatchObject({ module: 'os', name: 'system', offset: regionStart + 20 });
  });

  it('a pickle inside the declared bytes is array data to joblib (skipped); one right after them is walked', () => {
    const inner = bytes(P2, global('posix', 'system'), str('id'), TUPLE1, 'R', '.');
    const data = bytes(
      P2,
      wrapper({ shape: [inner.length], typeCode: 'u1' }),
      inner,
      '.',
      callOsSystem(),
      'N.',
    );
    const walk = walkPickle(data);
    expect(walk.rawRegions.map((r) => r.length)).toEqual([inner.length]);
    expect(walk.imports.map((i) => `${i.module}.${i.name}`)).not.toContain('posix.system');
    expect(walk.imports.map((i) => `${i.module}.${i.name}`)).toContain('os.system');
    expect(kinds(walk)).toEqual(['trailing-data']);
  });

  it('reports regions and embedded pickles at offsets in the enclosing file', () => {
    const data = readFileSync(path.join(JOBLIB, 'dict-p4.joblib'));
    const entry = manifest.files.find((f) => f.file === 'dict-p4.joblib')!;
    const walk = walkPickle(data, { baseOffset: 5000 });
    expect(located(walk)).toEqual(entry.arrays.map((a) => ({ ...a, offset: a.offset + 5000 })));
  });

  it('a size that lies only moves where walking resumes: opcodes hidden in the undeclared tail are walked', () => {
    // Declares one float64 but "hides" the call in what it pretends is the second.
    const hidden = bytes(global('os', 'system'));
    const data = bytes(P2, wrapper({ shape: [1] }), f8(1), hidden, str('id'), TUPLE1, 'R', '0', '.');
    const walk = walkPickle(data);
    expect(walk.rawRegions.map((r) => r.length)).toEqual([8]);
    expect(walk.imports.map((i) => `${i.module}.${i.name}`)).toContain('os.system');
  });

  it('declared data that swallows the rest of the stream is truncation, not a clean end', () => {
    const data = bytes(P2, wrapper({ shape: [100] }), f8(1), '.');
    const walk = walkPickle(data);
    expect(walk.anomalies.map((a) => a.detail)).toEqual(['the stream ends inside joblib array data']);
    expect(errors(data)).toEqual(['model/pickle-malformed .']);
  });

  it('a wrapper at the very end of the stream (no data, no STOP) is truncation', () => {
    for (const alignment of [16, undefined]) {
      const walk = walkPickle(bytes(P2, wrapper({ shape: [3], alignment })));
      expect(walk.anomalies.map((a) => a.detail)).toEqual(['the stream ends inside joblib array data']);
      expect(walk.aborted).toBe(true);
    }
  });

  it('zero-size and 0-d arrays: no data, or one item', () => {
    const empty = walkPickle(bytes(P2, wrapper({ shape: [0, 5] }), '.'));
    expect(empty.anomalies).toEqual([]);
    expect(empty.rawRegions.map((r) => r.length)).toEqual([0]);
    const scalar = walkPickle(bytes(P2, wrapper({ shape: [] }), f8(3), '.'));
    expect(scalar.anomalies).toEqual([]);
    expect(scalar.rawRegions.map((r) => r.length)).toEqual([8]);
    // joblib multiplies in int64: a zero dimension makes any other harmless.
    expect(walkPickle(bytes(P2, wrapper({ shape: [2n ** 40n, 0] }), '.')).anomalies).toEqual([]);
  });

  it.each([
    ['a negative dimension', { shape: [-1] }],
    ['a dimension beyond 2^53', { shape: [2n ** 60n] }],
    ['a shape whose product overflows', { shape: [2 ** 30, 2 ** 30, 2 ** 30] }],
    ['more dimensions than NumPy allows', { shape: new Array(65).fill(1) }],
    ['an unknown type code', { typeCode: 'q9' }],
    ['a flexible type whose state gives no size', { typeCode: 'V8', dtypeState: fixedDtypeState(0, -1) }],
    ['an object flag on a float type', { dtypeState: fixedDtypeState(63) }],
    ['an object type with the object flag cleared', { typeCode: 'O8', dtypeState: fixedDtypeState(0) }],
    ['a dtype state numpy never writes', { dtypeState: tuple(int(1), str('<')) }],
    ['a zero item size', { typeCode: 'S0', dtypeState: fixedDtypeState(0, 0) }],
    ['a state without a shape', { stateItems: bytes(str('dtype'), validDtype()) }],
    [
      'a dtype that is a scalar type, not a dtype',
      { stateItems: bytes(str('shape'), tuple(int(1)), str('dtype'), global('numpy', 'float64')) },
    ],
  ] as [string, WrapperOptions][])(
    '%s cannot be located: an error, and the walk stops there',
    (_, options) => {
      const data = bytes(P2, wrapper(options), f8(1), callOsSystem(), '.');
      const walk = walkPickle(data);
      expect(kinds(walk)).toEqual(['array-data']);
      expect(walk.aborted).toBe(true);
      expect(walk.rawRegions).toEqual([]);
      const verdict = judgePickle(walk).find((v) => v.ruleId === 'model/pickle-malformed')!;
      expect(verdict.level).toBe('error');
      expect(verdict.reason).toMatch(
        /^The array data of a joblib NumpyArrayWrapper could not be located: .+; the rest of the stream was not checked\.$/,
      );
    },
  );

  it('a state key of unknown type (a call result could be the str "shape") makes the state unknown', () => {
    const computedKey = bytes(global('builtins', 'str'), str('shape'), TUPLE1, 'R');
    const stateItems = bytes(wrapperStateItems({ shape: [1] }), computedKey, tuple(int(1000)));
    expect(
      walkPickle(bytes(P2, wrapper({ stateItems: wrapperStateItems({ shape: [1] }) }), f8(1), '.')).anomalies,
    ).toEqual([]);
    expect(kinds(walkPickle(bytes(P2, wrapper({ stateItems }), f8(1), '.')))).toEqual(['array-data']);
  });

  it('a state built before any numpy or joblib import is untracked: never guessed', () => {
    // The dict is made (memo 0) while nothing numpy is imported, filled, then handed to BUILD.
    const state = bytes('}', 'q', [0], '(', wrapperStateItems({ shape: [1] }), 'u', '0');
    const data = bytes(P2, state, wrapperInstance(), 'h', [0], 'b', f8(1), '.');
    expect(kinds(walkPickle(data))).toEqual(['array-data']);
    // The same state made after the wrapper's import is followed.
    const after = bytes(P2, wrapperInstance(), state, 'h', [0], 'b', f8(1), '.');
    expect(walkPickle(after).anomalies).toEqual([]);
  });

  it('the array size is checked against the byte limit before anything is skipped', () => {
    const walk = walkPickle(bytes(P2, wrapper({ shape: [10 ** 9] }), f8(1), '.'), {
      limits: { maxBytes: 1 << 20 },
    });
    expect(walk.anomalies.map((a) => a.detail)).toEqual([
      'the array data of a joblib NumpyArrayWrapper could not be located: it declares 8000000000 bytes of array data, more than the byte limit leaves',
    ]);
  });

  it('too many arrays end in the record limit, whatever the chunking', () => {
    const one = bytes(wrapper({ shape: [1], alignment: 16 }), padding(0), f8(1), '0');
    const data = bytes(P2, ...new Array(5).fill(one), 'N.');
    const whole = walkPickle(data, { limits: { maxRecords: 12 } });
    expect(whole.anomalies.map((a) => a.limit)).toEqual(['maxRecords']);
    const walker = new PickleWalker({ limits: { maxRecords: 12 } });
    const padAt = data.indexOf(0x62, data.indexOf(0x62, 2 + one.length * 2) + 1) + 1;
    walker.write(data.subarray(0, padAt));
    expect(() => walker.write(data.subarray(padAt))).not.toThrow();
    expect(walker.end()).toEqual(whole);
  });

  it('a wrapper built inside a FRAME that goes on cannot be located (joblib reads after the frame)', () => {
    const body = bytes(wrapper({ shape: [1] }), 'N0');
    const frame = bytes([0x95], u64(body.length));
    const walk = walkPickle(bytes([0x80, 4], frame, body, f8(1), '.'));
    expect(kinds(walk)).toEqual(['array-data']);
  });

  it('a wrapper whose frame ends at its BUILD is located (what joblib writes at protocol 4)', () => {
    const body = wrapper({ shape: [1], alignment: 16 });
    const data = bytes([0x80, 4], [0x95], u64(body.length), body, padding(0), f8(1), '.');
    const walk = walkPickle(data);
    expect(walk.anomalies).toEqual([]);
    expect(walk.rawRegions.map((r) => r.length)).toEqual([9]);
  });

  it('only the exact joblib global triggers skipping: look-alikes are walked as opcodes, and flagged', () => {
    for (const [module, name, flagged] of [
      ['evil.numpy_pickle', 'NumpyArrayWrapper', true],
      ['joblib.numpy_pickle_utils', 'NumpyArrayWrapper', true],
      ['sklearn.externals.joblib.numpy_pickle', 'NumpyArrayWrapper', true],
      ['joblib.numpy_pickle', 'NumpyArrayWrapperX', false],
    ] as const) {
      const data = bytes(P2, wrapper({ shape: [2], wrapperGlobal: [module, name] }), callOsSystem(), '.');
      const walk = walkPickle(data);
      expect(walk.rawRegions).toEqual([]);
      expect(walk.imports.map((i) => `${i.module}.${i.name}`)).toContain('os.system');
      expect(kinds(walk)).toEqual(flagged ? ['array-data'] : []);
    }
    expect(
      judgePickle(walkPickle(bytes(P2, wrapper({ wrapperGlobal: ['evil', 'NumpyArrayWrapper'] }), '.'))).map(
        (v) => [v.level, v.ruleId, v.reason],
      ),
    ).toEqual([
      ['warning', 'model/pickle-unknown-global', expect.stringContaining('evil.NumpyArrayWrapper')],
      [
        'error',
        'model/pickle-malformed',
        'A NumpyArrayWrapper from another module than joblib.numpy_pickle: a loader that treats it as joblib does reads array data after it, which the scanner walks as opcodes.',
      ],
    ]);
  });

  it('the dotted spelling joblib + numpy_pickle.NumpyArrayWrapper is the same class: its data is skipped', () => {
    const data = bytes(
      P2,
      wrapper({ shape: [1], wrapperGlobal: ['joblib', 'numpy_pickle.NumpyArrayWrapper'] }),
      f8(1),
      '.',
    );
    const walk = walkPickle(data);
    expect(walk.rawRegions.map((r) => r.length)).toEqual([8]);
    expect(kinds(walk)).toEqual(['dotted-name']);
  });

  it('dunder attributes in the state (setattr of __dict__ or __class__) make the attributes unknown', () => {
    for (const key of ['__dict__', '__class__', '__setstate__']) {
      const slots = bytes('}', '(', str(key), '}', 'u');
      const state = bytes('(', wrapperState({ shape: [1] }), slots, 't');
      const data = bytes(P2, wrapperInstance(), state, 'b', f8(1), '.');
      expect(kinds(walkPickle(data))).toEqual(['array-data']);
    }
  });

  it('state set on the wrapper class itself (slot state: class attributes) makes later wrappers unknown', () => {
    const classState = bytes(
      global('joblib.numpy_pickle', 'NumpyArrayWrapper'),
      '(',
      'N',
      '}',
      '(',
      str('numpy_array_alignment_bytes'),
      int(16),
      'u',
      't',
      'b',
      '0',
    );
    const data = bytes(P2, classState, wrapper({ shape: [1] }), f8(1), '.');
    expect(kinds(walkPickle(data))).toEqual(['array-data']);
  });

  it('the legacy NDArrayWrapper keeps its data in a separate file: nothing inline is skipped', () => {
    const state = bytes(
      '}',
      '(',
      str('filename'),
      str('a.npy'),
      str('subclass'),
      global('numpy', 'ndarray'),
      'u',
    );
    const data = bytes(
      P2,
      global('joblib.numpy_pickle', 'NDArrayWrapper'),
      ')',
      [0x81],
      state,
      'b',
      callOsSystem(),
      '.',
    );
    const walk = walkPickle(data);
    expect(walk.rawRegions).toEqual([]);
    expect(walk.imports.map((i) => `${i.module}.${i.name}`)).toContain('os.system');
  });

  it('an object array: the embedded pickle is walked and judged, its STOP does not end the outer pickle', () => {
    const inner = bytes(P2, global('os', 'system'), str('id'), TUPLE1, 'R', '.');
    const objectWrapper = wrapper({
      shape: [1],
      typeCode: 'O8',
      dtypeState: fixedDtypeState(63),
      alignment: 16,
    });
    const data = bytes(P2, '(', objectWrapper, inner, global('posix', 'system'), 'l', '.');
    const walk = walkPickle(data);
    expect(walk.anomalies).toEqual([]);
    expect(walk.pickles).toEqual([{ start: 0, end: data.length, protocol: 2 }]);
    const innerStart = 2 + 1 + objectWrapper.length;
    expect(walk.embedded).toEqual([
      {
        start: innerStart,
        end: innerStart + inner.length,
        protocol: 2,
        reason: 'joblib-object-array',
        pickleIndex: 0,
      },
    ]);
    expect(errors(data)).toEqual([
      'model/pickle-unsafe-global os.system',
      'model/pickle-unsafe-global posix.system',
    ]);
  });

  it('an embedded pickle cut short is truncation', () => {
    const objectWrapper = wrapper({ shape: [1], typeCode: 'O8', dtypeState: fixedDtypeState(63) });
    const walk = walkPickle(bytes(P2, objectWrapper, P2, 'N'));
    expect(walk.anomalies.map((a) => a.detail)).toEqual([
      'the stream ends inside the pickle of a joblib object array',
    ]);
  });

  it('wrappers inside the embedded pickle are plain objects there (pickle.load reads no array data)', () => {
    const inner = bytes(P2, wrapper({ shape: [4] }), '.');
    const objectWrapper = wrapper({ shape: [1], typeCode: 'O8', dtypeState: fixedDtypeState(63) });
    const walk = walkPickle(bytes(P2, objectWrapper, inner, '.'));
    expect(walk.anomalies).toEqual([]);
    expect(walk.rawRegions).toEqual([]);
  });

  it('every BUILD of a memoized wrapper reads data again', () => {
    const options = { shape: [1] };
    const data = bytes(
      P2,
      wrapperInstance(options),
      'q',
      [0],
      wrapperState(options),
      'b',
      f8(1),
      '0',
      'h',
      [0],
      '}',
      'b',
      f8(2),
      '.',
    );
    const walk = walkPickle(data);
    expect(walk.anomalies).toEqual([]);
    expect(walk.rawRegions.map((r) => r.length)).toEqual([8, 8]);
  });

  it('follows the other ways to make a wrapper: __init__ through REDUCE, and copyreg._reconstructor', () => {
    const dtype = bytes(global('numpy', 'dtype'), str('i2'), [0x89, 0x88, 0x87], 'R', fixedDtypeState(), 'b');
    const init = bytes(
      global('joblib.numpy_pickle', 'NumpyArrayWrapper'),
      '(',
      global('numpy', 'ndarray'),
      tuple(int(3)),
      str('C'),
      dtype,
      't',
      'R',
      'N',
      'b',
    );
    // __init__'s default alignment is 16: a padding byte follows.
    const viaInit = walkPickle(bytes(P2, init, padding(1), new Uint8Array(6), '.'));
    expect(viaInit.anomalies).toEqual([]);
    expect(viaInit.rawRegions.map((r) => r.length)).toEqual([8]);

    const reconstructor = bytes(
      global('copy_reg', '_reconstructor'),
      '(',
      global('joblib.numpy_pickle', 'NumpyArrayWrapper'),
      global('__builtin__', 'object'),
      'N',
      't',
      'R',
    );
    const viaReconstructor = walkPickle(bytes(P2, reconstructor, wrapperState(), 'b', f8(1, 2), '.'));
    expect(viaReconstructor.anomalies).toEqual([]);
    expect(viaReconstructor.rawRegions.map((r) => r.length)).toEqual([16]);
  });

  it('flexible and structured types take their size from the dtype state', () => {
    const unicode = bytes(P2, wrapper({ shape: [2], typeCode: 'U3', dtypeState: fixedDtypeState(0, 12) }));
    expect(walkPickle(bytes(unicode, new Uint8Array(24), '.')).rawRegions.map((r) => r.length)).toEqual([24]);
    // numpy ignores the state's size for fixed-size types.
    const fixed = bytes(P2, wrapper({ shape: [2], typeCode: 'i4', dtypeState: fixedDtypeState(0, 1000) }));
    expect(walkPickle(bytes(fixed, new Uint8Array(8), '.')).rawRegions.map((r) => r.length)).toEqual([8]);
  });
});

describe('joblib streams never throw and never depend on chunking', () => {
  const limits = {
    maxOpcodes: 20_000,
    maxStackDepth: 2000,
    maxMemoEntries: 2000,
    maxRecords: 2000,
    maxBytes: 1 << 22,
  };
  const originals = manifest.files.map((f) => new Uint8Array(readFileSync(path.join(JOBLIB, f.file))));

  const sameInChunks = (data: Uint8Array, sizes: number[]) => {
    const whole = walkPickle(data, { limits });
    const walker = new PickleWalker({ limits });
    let at = 0;
    for (let k = 0; at < data.length; k++) {
      const size = Math.max(1, sizes[k % sizes.length]!);
      walker.write(data.subarray(at, at + size));
      at += size;
    }
    expect(walker.end()).toEqual(whole);
    expect(whole.opcodes).toBeLessThanOrEqual(limits.maxOpcodes + 1);
  };

  it('mutated joblib files', () => {
    const mutation = fc.record({
      file: fc.nat({ max: originals.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      cut: fc.option(fc.nat()),
      sizes: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits, cut, sizes }) => {
        const data = originals[file]!.slice();
        for (const [at, value] of edits) data[at % data.length] = value;
        sameInChunks(cut === null ? data : data.subarray(0, cut % data.length), sizes);
      }),
      { numRuns: 1500 },
    );
  });

  it('random wrappers: shapes, types, states, alignments and data lengths', () => {
    // Mostly what joblib writes (so arrays get located and walking resumes), some of it hostile.
    type Case = { shape: (number | bigint)[]; type: readonly [string, number, number, number] };
    const types: readonly (readonly [string, number, number, number])[] = [
      ['f8', 0, -1, 8],
      ['i2', 0, -1, 2],
      ['b1', 0, -1, 1],
      ['c16', 0, -1, 16],
      ['U4', 0, 16, 16],
      ['S3', 0, 3, 3],
      ['V6', 16, 6, 6],
      ['M8', 0, -1, 8],
      ['O8', 63, -1, 0],
    ];
    const realistic = fc.record({
      shape: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
      type: fc.constantFrom(...types),
      alignment: fc.constantFrom(16, null, undefined),
      pad: fc.integer({ min: 0, max: 16 }),
      lie: fc.constantFrom(0, 0, 0, -1, 1, 9),
    });
    const hostile = fc.record({
      shape: fc.array(
        fc.oneof(
          fc.integer({ min: -3, max: 40 }),
          fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 40)),
          fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
        ),
        { maxLength: 5 },
      ),
      type: fc.tuple(
        fc.constantFrom('f8', 'i4', 'U4', 'S2', 'V6', 'O8', 'x', 'f3', ''),
        fc.constantFrom(0, 63, 1, -112, 16),
        fc.integer({ min: -2, max: 40 }),
        fc.constant(1),
      ),
      alignment: fc.constantFrom(16, null, undefined, 0),
      pad: fc.integer({ min: 0, max: 255 }),
      lie: fc.integer({ min: -20, max: 400 }),
    });
    const cases = fc.record({
      array: fc.oneof(
        {
          weight: 3,
          arbitrary: realistic as fc.Arbitrary<
            Case & { alignment: number | null | undefined; pad: number; lie: number }
          >,
        },
        { weight: 1, arbitrary: hostile },
      ),
      tail: fc.oneof(
        fc.constant(bytes('.')),
        fc.constant(bytes(callOsSystem(), '.')),
        fc.uint8Array({ maxLength: 60 }),
      ),
      sizes: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(cases, ({ array, tail, sizes }) => {
        const [typeCode, flags, elsize, itemsize] = array.type;
        const count = array.shape.reduce((product: number, d) => product * Math.max(0, Number(d)), 1);
        const inner = typeCode === 'O8' ? bytes(P2, 'N', '.') : new Uint8Array(0);
        const data = bytes(
          P2,
          wrapper({
            shape: array.shape,
            typeCode,
            dtypeState: fixedDtypeState(flags, elsize),
            alignment: array.alignment,
          }),
          array.alignment === undefined || typeCode === 'O8' ? [] : padding(array.pad),
          inner,
          new Uint8Array(Math.max(0, Math.min(4000, count * itemsize + array.lie))),
          tail,
        );
        sameInChunks(data, sizes);
      }),
      { numRuns: 1500 },
    );
  });
});

function validDtype(): Uint8Array {
  return bytes(global('numpy', 'dtype'), str('f8'), [0x89, 0x88, 0x87], 'R', fixedDtypeState(), 'b');
}

function callOsSystem(): Uint8Array {
  return bytes(global('os', 'system'), str('id'), TUPLE1, 'R', '0');
}

function u64(value: number): Uint8Array {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(BigInt(value));
  return out;
}
