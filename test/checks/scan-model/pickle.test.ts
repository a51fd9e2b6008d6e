import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PICKLE_LIMITS,
  PickleWalker,
  python3Name,
  walkPickle,
} from '../../../src/checks/scan-model/pickle.js';
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
const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.pkl'))
  .sort();

describe('walkPickle on pickles Python wrote', () => {
  it('has fixtures for every protocol', () => {
    expect(fixtures).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5].map((p) => `builtins-p${p}.pkl`)));
  });

  it.each(fixtures)('%s walks to one clean STOP', (file) => {
    const data = readFileSync(path.join(FIXTURES, file));
    const walk = walkPickle(data);
    expect(walk.anomalies).toEqual([]);
    expect(walk.aborted).toBe(false);
    expect(walk.pickles).toHaveLength(1);
    expect(walk.pickles[0]!.end).toBe(data.length);
    expect(walk.bytes).toBe(data.length);
  });

  it('resolves the globals of protocol 4 through STACK_GLOBAL and the Python 2 names of protocol 0', () => {
    const p4 = walkPickle(readFileSync(path.join(FIXTURES, 'builtins-p4.pkl')));
    expect(p4.imports.map((i) => `${i.opcode} ${i.module}.${i.name}`).sort()).toEqual([
      'STACK_GLOBAL builtins.bytearray',
      'STACK_GLOBAL builtins.complex',
      'STACK_GLOBAL collections.OrderedDict',
    ]);
    const p0 = walkPickle(readFileSync(path.join(FIXTURES, 'builtins-p0.pkl')));
    const set = p0.imports.find((i) => i.name === 'set')!;
    expect(set).toMatchObject({ module: 'builtins', writtenModule: '__builtin__', opcode: 'GLOBAL' });
  });

  it('walks the same result whatever the chunking', () => {
    const data = readFileSync(path.join(FIXTURES, 'numpy-p5.pkl'));
    const whole = walkPickle(data);
    for (const size of [1, 2, 3, 7, 64]) {
      const walker = new PickleWalker();
      for (let at = 0; at < data.length; at += size) walker.write(data.subarray(at, at + size));
      expect(walker.end()).toEqual(whole);
    }
  });

  it('reports offsets relative to baseOffset', () => {
    const walk = walkPickle(callGlobal('os', 'system'), { baseOffset: 1000 });
    expect(walk.imports[0]!.offset).toBe(1002);
  });
});

describe('walkPickle on hostile structure', () => {
  it('STACK_GLOBAL takes operands from the memo (GHSA picklescan memo desync)', () => {
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
    const walk = walkPickle(data);
    expect(walk.imports.map((i) => [i.module, i.name, i.offset])).toEqual([['posix', 'system', 25]]);
    expect(walk.calls).toEqual([expect.objectContaining({ opcode: 'REDUCE', global: 0, target: 'global' })]);
  });

  it('reports GET of an undefined memo key and non-string STACK_GLOBAL operands', () => {
    const walk = walkPickle(bytes(PROTO4, [0x68, 9], str('system'), STACK_GLOBAL, STOP));
    expect(walk.anomalies.map((a) => [a.kind, a.offset])).toEqual([
      ['memo-undefined', 2],
      ['stack-global-operand', 12],
    ]);
  });

  it('reports EXT codes', () => {
    const walk = walkPickle(bytes([0x80, 2, 0x82, 7, 0x83, 1, 2, 0x84, 1, 0, 0, 0x80], '.'));
    expect(walk.anomalies.map((a) => a.detail)).toEqual([
      'EXT1 names extension code 7, a global no registry here defines',
      'EXT2 names extension code 513, a global no registry here defines',
      'EXT4 names extension code -2147483647, a global no registry here defines',
    ]);
  });

  it('reports a FRAME longer than what follows, and an opcode crossing its frame', () => {
    const lie = walkPickle(bytes(PROTO4, [0x95, 50, 0, 0, 0, 0, 0, 0, 0], 'N.'));
    expect(lie.anomalies.map((a) => a.kind)).toEqual(['frame-mismatch']);
    const cross = walkPickle(bytes(PROTO4, [0x95, 1, 0, 0, 0, 0, 0, 0, 0, 0x4b, 1], '.'));
    expect(cross.anomalies.map((a) => [a.kind, a.offset])).toEqual([['frame-mismatch', 11]]);
  });

  it('parses a second pickle after STOP and reports the trailing data', () => {
    const data = bytes([0x80, 2], 'N.', callGlobal('os', 'system'));
    const walk = walkPickle(data);
    expect(walk.pickles).toEqual([
      { start: 0, end: 4, protocol: 2 },
      { start: 4, end: data.length, protocol: 2 },
    ]);
    expect(walk.anomalies).toEqual([
      expect.objectContaining({ kind: 'trailing-data', offset: 4, pickleIndex: 1 }),
    ]);
    expect(walk.imports[0]).toMatchObject({ module: 'os', name: 'system', pickleIndex: 1 });
  });

  it('reports truncation and unknown opcodes without throwing', () => {
    expect(walkPickle(bytes(PROTO4, [0x8c, 10], 'os')).anomalies.map((a) => a.kind)).toEqual(['truncated']);
    expect(walkPickle(bytes(PROTO4, 'N')).anomalies.map((a) => a.detail)).toEqual([
      'the stream ends before STOP',
    ]);
    expect(walkPickle(new Uint8Array()).anomalies.map((a) => a.detail)).toEqual([
      'the stream holds no pickle',
    ]);
    const unknown = walkPickle(bytes(PROTO4, [0xff], global('os', 'system'), STOP));
    expect(unknown.anomalies.map((a) => [a.kind, a.offset])).toEqual([['unknown-opcode', 2]]);
    expect(unknown.imports).toEqual([]);
    expect(walkPickle(bytes('R.')).anomalies.map((a) => a.kind)).toEqual(['stack-underflow']);
  });

  it('skips large payloads by length across chunks', () => {
    const payload = new Uint8Array(100_000);
    const data = bytes(PROTO4, [0x42, 0xa0, 0x86, 1, 0], payload, '.');
    const walker = new PickleWalker();
    walker.write(data.subarray(0, 10));
    walker.write(data.subarray(10, 50_000));
    walker.write(data.subarray(50_000));
    const walk = walker.end();
    expect(walk).toMatchObject({ anomalies: [], opcodes: 3, bytes: data.length, aborted: false });
  });

  it('flags dotted names and remaps Python 2 modules', () => {
    const walk = walkPickle(callGlobal('builtins', 'os.system'));
    expect(walk.anomalies.map((a) => [a.kind, a.global])).toEqual([['dotted-name', 0]]);
    expect(python3Name('__builtin__', 'eval')).toEqual(['builtins', 'eval']);
    expect(python3Name('commands', 'getoutput')).toEqual(['subprocess', 'getoutput']);
    expect(python3Name('exceptions', 'ValueError')).toEqual(['builtins', 'ValueError']);
    expect(python3Name('__builtin__', 'reduce')).toEqual(['functools', 'reduce']);
  });
});

describe('walkPickle memo', () => {
  it('keeps keys put out of order, and MEMOIZE numbers by how many keys there are (len(memo))', () => {
    // PUT 7, then MEMOIZE twice: Python stores keys 1 and 2 (len(memo) is 1, then 2).
    const data = bytes(
      PROTO4,
      str('posix'),
      'p7\n',
      '0',
      str('system'),
      MEMOIZE,
      '0',
      str('x'),
      MEMOIZE,
      '0',
      'g7\n',
      [0x68, 1],
      STACK_GLOBAL,
      [0x68, 2],
      TUPLE1,
      REDUCE,
      STOP,
    );
    const walk = walkPickle(data);
    expect(walk.anomalies).toEqual([]);
    expect(walk.imports.map((i) => `${i.module}.${i.name}`)).toEqual(['posix.system']);
  });

  it('a key put far ahead and then reached in order is one entry, not two', () => {
    const data = bytes(PROTO4, 'N', [0x71, 1], [0x71, 0], [0x71, 1], 'N', MEMOIZE, '0', STOP);
    // Keys 0 and 1, then MEMOIZE stores key 2: three entries, within a limit of three.
    expect(walkPickle(data, { limits: { maxMemoEntries: 3 } }).anomalies).toEqual([]);
    expect(walkPickle(data, { limits: { maxMemoEntries: 2 } }).anomalies.map((a) => a.limit)).toEqual([
      'maxMemoEntries',
    ]);
  });

  it('GET of a key beyond the dense part reads the sparse one', () => {
    const data = bytes(PROTO4, str('os'), [0x72, 0, 0, 1, 0], str('system'), [0x6a, 0, 0, 1, 0], '0', STOP);
    expect(walkPickle(data).anomalies).toEqual([]);
  });
});

describe('walkPickle limits', () => {
  it('ends deep nesting in a stack limit', () => {
    const walk = walkPickle(bytes(PROTO4, '('.repeat(200), STOP), { limits: { maxStackDepth: 100 } });
    expect(walk.anomalies).toEqual([
      expect.objectContaining({ kind: 'limit', limit: 'maxStackDepth', offset: 102 }),
    ]);
    expect(walk.aborted).toBe(true);
  });

  it('ends a huge memo in a memo limit', () => {
    const walk = walkPickle(bytes(PROTO4, 'N', Array(50).fill(0x94), STOP), {
      limits: { maxMemoEntries: 10 },
    });
    expect(walk.anomalies.map((a) => [a.limit, a.offset])).toEqual([['maxMemoEntries', 13]]);
  });

  it('ends an opcode flood in an opcode limit', () => {
    const walk = walkPickle(bytes(PROTO4, 'N0'.repeat(1000), 'N.'), { limits: { maxOpcodes: 500 } });
    expect(walk.anomalies.map((a) => a.limit)).toEqual(['maxOpcodes']);
    expect(walk.opcodes).toBe(501);
  });

  it('ends an argument line at the same limit whatever the chunking', () => {
    const line = bytes(PROTO4, 'I', '1'.repeat(150), '\n', STOP);
    const limits = { maxLineLength: 100 };
    const whole = walkPickle(line, { limits });
    expect(whole.anomalies.map((a) => a.limit)).toEqual(['maxLineLength']);
    const walker = new PickleWalker({ limits });
    for (let at = 0; at < line.length; at += 40) walker.write(line.subarray(at, at + 40));
    expect(walker.end()).toEqual(whole);
  });

  it('ends a stream at the opcode that passes the byte limit, in one chunk or many', () => {
    const data = bytes(PROTO4, 'N0'.repeat(600), 'N.');
    const whole = walkPickle(data, { limits: { maxBytes: 1000 } });
    expect(whole.anomalies.map((a) => [a.limit, a.offset])).toEqual([['maxBytes', 1000]]);
    const walker = new PickleWalker({ limits: { maxBytes: 1000 } });
    for (let at = 0; at < data.length; at += 33) walker.write(data.subarray(at, at + 33));
    expect(walker.end()).toEqual(whole);
  });

  it('ends an oversized stream in a byte limit', () => {
    const walk = walkPickle(bytes(PROTO4, [0x8e, 0, 0, 0, 0, 0, 0, 1, 0]), { limits: { maxBytes: 1000 } });
    expect(walk.anomalies.map((a) => a.limit)).toEqual(['maxBytes']);
  });
});

describe('walkPickle never throws on hostile bytes', () => {
  const limits = {
    maxOpcodes: 10_000,
    maxStackDepth: 1000,
    maxMemoEntries: 1000,
    maxRecords: 1000,
    maxBytes: 1 << 20,
  };
  const check = (data: Uint8Array): void => {
    const walk = walkPickle(data, { limits });
    expect(walk.opcodes).toBeLessThanOrEqual(limits.maxOpcodes + 1);
    expect(walk.imports.length + walk.calls.length).toBeLessThanOrEqual(2 * limits.maxRecords);
    expect(walk.aborted || walk.anomalies.length > 0 || walk.pickles.length > 0).toBe(true);
  };

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), check), { numRuns: 2000 });
  });

  it('random opcode soups', () => {
    const opcode = fc.constantFrom(
      ...'(.012NFGIJKLMSTUVXabcdeghijlopqrstu}])'.split('').map((c) => c.charCodeAt(0)),
      0x80,
      0x81,
      0x82,
      0x85,
      0x8c,
      0x93,
      0x94,
      0x95,
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(opcode, fc.integer({ min: 0, max: 255 })), { maxLength: 400 }), (codes) =>
        check(Uint8Array.from(codes)),
      ),
      { numRuns: 2000 },
    );
  });

  it('mutations of the benign fixtures', () => {
    const originals = fixtures.map((file) => new Uint8Array(readFileSync(path.join(FIXTURES, file))));
    const mutation = fc.record({
      file: fc.nat({ max: originals.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat()),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits, cut }) => {
        const data = originals[file]!.slice();
        for (const [at, value] of edits) data[at % data.length] = value;
        check(cut === null ? data : data.subarray(0, cut % data.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('any stream gives the same result in any chunking', () => {
    const originals = fixtures.map((file) => new Uint8Array(readFileSync(path.join(FIXTURES, file))));
    const stream = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc
        .record({
          file: fc.nat({ max: originals.length - 1 }),
          edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        })
        .map(({ file, edits }) => {
          const data = originals[file]!.slice();
          for (const [at, value] of edits) data[at % data.length] = value;
          return data;
        }),
    );
    const sizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(stream, sizes, (data, chunkSizes) => {
        const whole = walkPickle(data, { limits });
        const walker = new PickleWalker({ limits });
        let at = 0;
        for (let k = 0; at < data.length; k++) {
          const size = chunkSizes[k % chunkSizes.length]!;
          walker.write(data.subarray(at, at + size));
          at += size;
        }
        expect(walker.end()).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the default limits sane', () => {
    expect(DEFAULT_PICKLE_LIMITS.maxStackDepth).toBeGreaterThan(1000);
  });
});

describe('PickleWalker for containers', () => {
  const first = bytes([0x80, 2], 'K', [1], STOP);
  const payload = callGlobal('os', 'system');

  it('maxPickles ends the walk cleanly after that many pickles, reading nothing after them', () => {
    const walker = new PickleWalker({ maxPickles: 2 });
    walker.write(bytes(first, first));
    expect(walker.finished).toBe(true);
    // What follows (raw storage bytes of a legacy checkpoint) is never walked.
    walker.write(bytes(payload, [0x00, 0xff]));
    const result = walker.end();
    expect(result.pickles.map((pickle) => pickle.end)).toEqual([5, 10]);
    expect(result.imports).toEqual([]);
    // The second pickle is noted as following a STOP; the policy accepts it (expectedPickles).
    expect(result.anomalies.map((anomaly) => `${anomaly.kind} ${anomaly.offset}`)).toEqual([
      'trailing-data 5',
    ]);
    expect(result.aborted).toBe(false);
  });

  it('without maxPickles the bytes after STOP are walked as another pickle', () => {
    const result = walkPickle(bytes(first, payload));
    expect(result.imports.map((imported) => `${imported.module}.${imported.name}`)).toEqual(['os.system']);
    expect(result.anomalies.map((anomaly) => anomaly.kind)).toEqual(['trailing-data']);
  });

  it('pendingSkip hands a payload the walker only skips to the caller, who need not read it', () => {
    // BINBYTES of 1000 bytes, then STOP: fed its head only, the walker owes a skip of the rest.
    const head = bytes([0x80, 2, 0x42], [0xe8, 0x03, 0x00, 0x00], new Uint8Array(10));
    const walker = new PickleWalker();
    walker.write(head);
    expect(walker.pendingSkip(5000)).toBe(990);
    expect(walker.pendingSkip(5000)).toBe(0);
    walker.write(bytes(STOP));
    const result = walker.end();
    expect(result.anomalies).toEqual([]);
    expect(result.pickles).toEqual([{ start: 0, end: 1008, protocol: 2 }]);
  });

  it('pendingSkip takes no more than is available, and the walk then ends truncated', () => {
    const walker = new PickleWalker();
    walker.write(bytes([0x80, 2, 0x42], [0xe8, 0x03, 0x00, 0x00]));
    expect(walker.pendingSkip(100)).toBe(100);
    expect(walker.end().anomalies.map((anomaly) => anomaly.kind)).toEqual(['truncated']);
  });
});
