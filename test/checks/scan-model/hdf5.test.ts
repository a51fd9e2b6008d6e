import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HDF5_LIMITS, lookup3, readHdf5RootAttributes } from '../../../src/checks/scan-model/hdf5.js';
import { bufferSource, type ByteSource } from '../../../src/checks/scan-model/source.js';
import {
  attribute,
  continuation,
  fixedStringAttribute,
  fixedStringType,
  globalHeap,
  hdf5File,
  messagesBlock,
  ROOT_HEADER,
  scalarSpace,
  simpleSpace,
  trailerAddress,
  vlenStringType,
  vlenValue,
  type Message,
} from './hdf5-bytes.js';

/**
 * The reader against files h5py and Keras wrote (scripts/fixtures/scan-model/make_formats_keras.py
 * recorded what h5py reads from each in h5py-attributes.json), and against hand-built files that
 * declare what a hostile one would.
 */

const FIXTURES = path.resolve('test/fixtures/scan-model');
const text = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

interface H5pyAttribute {
  kind: 'str' | 'bytes' | 'other';
  text?: string;
}
interface H5pyFile {
  superblock: number;
  root_attributes: number;
  userblock: number;
  attributes: Record<string, H5pyAttribute>;
}
const h5py = JSON.parse(readFileSync(path.join(FIXTURES, 'keras/h5py-attributes.json'), 'utf8')) as Record<
  string,
  H5pyFile
>;

async function read(bytes: Uint8Array, limits = {}) {
  return readHdf5RootAttributes(bufferSource(bytes), limits);
}

describe('readHdf5RootAttributes on files h5py wrote', () => {
  it('covers every layout the generator made', () => {
    const files = Object.keys(h5py);
    expect(files).toEqual(
      expect.arrayContaining([
        'benign/sequential.h5',
        'benign/sequential.weights.h5',
        'keras/attrs-latest.h5',
        'keras/attrs-userblock.h5',
        'keras/attrs-fixed.h5',
        'keras/attrs-continuation.h5',
        'keras/attrs-dense.h5',
        'keras/attrs-dense-many.h5',
        'keras/functional-nested.h5',
      ]),
    );
    expect(h5py['keras/attrs-latest.h5']!.superblock).toBe(3);
    expect(h5py['keras/attrs-userblock.h5']!.userblock).toBe(512);
    expect(h5py['keras/attrs-dense-many.h5']!.root_attributes).toBe(153);
  });

  it.each(Object.entries(h5py))(
    '%s: the same string attributes, byte for byte, as h5py',
    async (file, expected) => {
      const result = await read(readFileSync(path.join(FIXTURES, file)));
      expect(result.issues).toEqual([]);
      expect(result.superblockVersion).toBe(expected.superblock);
      expect([...result.names].sort()).toEqual(Object.keys(expected.attributes).sort());
      expect(result.names).toHaveLength(expected.root_attributes);
      const strings = Object.entries(expected.attributes).filter(([, value]) => value.kind !== 'other');
      expect([...result.attributes.keys()].sort()).toEqual(strings.map(([name]) => name).sort());
      for (const [name, value] of strings) {
        expect(Buffer.from(result.attributes.get(name)!)).toEqual(Buffer.from(value.text!, 'utf8'));
      }
    },
  );

  it('reads the model_config of the benign sequential.h5 that make_benign.py wrote', async () => {
    const result = await read(readFileSync(path.join(FIXTURES, 'benign/sequential.h5')));
    const config = JSON.parse(text(result.attributes.get('model_config'))!) as { class_name: string };
    expect(config.class_name).toBe('Sequential');
    expect(text(result.attributes.get('model_config'))).toBe(
      h5py['benign/sequential.h5']!.attributes.model_config!.text,
    );
    expect(text(result.attributes.get('keras_version'))).toBe('3.15.1');
  });

  it('finds no attributes, and no issue, in a weights-only file', async () => {
    const result = await read(readFileSync(path.join(FIXTURES, 'benign/sequential.weights.h5')));
    expect(result).toMatchObject({ issues: [], names: [] });
    expect(result.attributes.size).toBe(0);
  });
});

describe('lookup3', () => {
  it("matches Bob Jenkins' published hashlittle values", () => {
    // From the self-test of lookup3.c: hashlittle("", 0) and "Four score and seven years ago".
    expect(lookup3(new Uint8Array(0))).toBe(0xdeadbeef);
    const four = new TextEncoder().encode('Four score and seven years ago');
    expect(lookup3(four, 0)).toBe(0x17770551);
    expect(lookup3(four, 1)).toBe(0xcd628161);
  });
});

describe('readHdf5RootAttributes on hand-built files', () => {
  it('reads fixed-length and variable-length strings, and skips arrays and numbers', async () => {
    const messages: Message[] = [
      fixedStringAttribute('backend', 'tensorflow'),
      attribute('layer_names', fixedStringType(5), simpleSpace(2), new TextEncoder().encode('denseout\0\0')),
      attribute(
        'count',
        new Uint8Array([0x10, 0, 0, 0, 4, 0, 0, 0, 0, 0, 32, 0]),
        scalarSpace(),
        new Uint8Array(4),
      ),
    ];
    const value = '{"class_name": "Sequential"}';
    const vlen = (heapAt: number): Message =>
      attribute('model_config', vlenStringType(), scalarSpace(), vlenValue(value.length, heapAt, 1));
    const heapAt = trailerAddress([...messages, vlen(0)]);
    const file = hdf5File({
      messages: [...messages, vlen(heapAt)],
      trailer: globalHeap([new TextEncoder().encode(value)]),
    });
    const result = await read(file);
    expect(result.issues).toEqual([]);
    expect(result.names).toEqual(['backend', 'layer_names', 'count', 'model_config']);
    expect(text(result.attributes.get('backend'))).toBe('tensorflow');
    expect(text(result.attributes.get('model_config'))).toBe(value);
    expect(result.attributes.has('layer_names')).toBe(false);
  });

  it('reports a file without the signature', async () => {
    const result = await read(new TextEncoder().encode('{"not": "hdf5"}'));
    expect(result.issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/malformed-file',
        level: 'error',
        message: expect.stringContaining('no HDF5 signature'),
      }),
    ]);
  });

  it('stops at a continuation chain that loops, and keeps what it read before', async () => {
    const first = [fixedStringAttribute('keras_version', '2.15.0')];
    const blockAt = trailerAddress([...first, continuation(0, 0)]);
    const block = messagesBlock([fixedStringAttribute('backend', 'jax'), continuation(blockAt, 48)]);
    const file = hdf5File({ messages: [...first, continuation(blockAt, block.length)], trailer: block });
    const result = await read(file);
    expect(result.issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/malformed-file',
        message: expect.stringContaining('loops back'),
      }),
    ]);
    expect(text(result.attributes.get('keras_version'))).toBe('2.15.0');
  });

  it('refuses huge declared sizes before reading them', async () => {
    const reads: number[] = [];
    const spy = (bytes: Uint8Array): ByteSource => ({
      size: bytes.length,
      read(offset, length) {
        reads.push(length);
        return bufferSource(bytes).read(offset, length);
      },
    });
    const hugeHeader = hdf5File({ messages: [fixedStringAttribute('a', 'b')], headerSize: 0xffff_fff0 });
    const one = await readHdf5RootAttributes(spy(hugeHeader));
    expect(one.issues[0]).toMatchObject({ ruleId: 'model/scan-limit', level: 'error' });
    expect(one.issues[0]!.message).toContain('declares 4294967280 bytes');

    const hugeString = hdf5File({
      messages: [
        attribute('model_config', vlenStringType(), scalarSpace(), vlenValue(0xffff_fff0, ROOT_HEADER, 1)),
      ],
    });
    const two = await readHdf5RootAttributes(spy(hugeString));
    expect(two.issues[0]).toMatchObject({
      ruleId: 'model/scan-limit',
      message: expect.stringContaining("'model_config'"),
    });

    const hugeFixed = hdf5File({
      messages: [attribute('model_config', fixedStringType(0x7fff_ffff), scalarSpace(), new Uint8Array(8))],
    });
    const three = await readHdf5RootAttributes(spy(hugeFixed));
    expect(three.issues[0]).toMatchObject({ ruleId: 'model/scan-limit' });

    const value = vlenValue(100, 0, 1);
    const heapAt = trailerAddress([attribute('x', vlenStringType(), scalarSpace(), value)]);
    const hugeHeap = hdf5File({
      messages: [attribute('x', vlenStringType(), scalarSpace(), vlenValue(100, heapAt, 1))],
      trailer: globalHeap([new Uint8Array(100)], 2n ** 60n),
    });
    const four = await readHdf5RootAttributes(spy(hugeHeap));
    expect(four.issues[0]).toMatchObject({
      ruleId: 'model/malformed-file',
      message: expect.stringContaining('beyond the file'),
    });

    expect(Math.max(...reads)).toBeLessThan(64 * 1024);
  });

  it('reports an attribute stored twice, a shared attribute and a dangling heap reference', async () => {
    const twice = await read(
      hdf5File({
        messages: [fixedStringAttribute('model_config', '{}'), fixedStringAttribute('model_config', '[]')],
      }),
    );
    expect(text(twice.attributes.get('model_config'))).toBe('{}');
    expect(twice.issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/malformed-file',
        level: 'error',
        message: expect.stringContaining("root attribute 'model_config' is stored twice"),
      }),
    ]);

    const shared = await read(
      hdf5File({ messages: [{ ...fixedStringAttribute('model_config', '{}'), flags: 0x02 }] }),
    );
    expect(shared.issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/not-scanned',
        level: 'warning',
        message: expect.stringContaining('shared message'),
      }),
    ]);

    const heapAt = trailerAddress([
      attribute('model_config', vlenStringType(), scalarSpace(), vlenValue(2, 0, 7)),
    ]);
    const dangling = await read(
      hdf5File({
        messages: [attribute('model_config', vlenStringType(), scalarSpace(), vlenValue(2, heapAt, 7))],
        trailer: globalHeap([new TextEncoder().encode('{}')]),
      }),
    );
    expect(dangling.issues[0]!.message).toContain('names object 7, absent from the global heap');
  });

  it('shows names from the file only through printable', async () => {
    const result = await read(
      hdf5File({
        messages: [
          attribute('bad\u202ename', fixedStringType(1), scalarSpace(), new Uint8Array([0x41])),
          attribute('bad\u202ename', fixedStringType(1), scalarSpace(), new Uint8Array([0x41])),
        ],
      }),
    );
    expect(result.issues[0]!.message).toContain('bad\\u202ename');
    expect(result.issues[0]!.message).not.toContain('\u202e');
  });

  it('notes a wrong checksum and reads on', async () => {
    const file = new Uint8Array(readFileSync(path.join(FIXTURES, 'keras/attrs-latest.h5')));
    const ohdr = Buffer.from(file).indexOf('OHDR');
    // A reserved bit of the header flags: only the checksum notices it.
    file[ohdr + 5]! ^= 0x40;
    const result = await read(file);
    expect(result.issues.some((issue) => issue.message.includes('wrong checksum'))).toBe(true);
  });
});

describe('readHdf5RootAttributes on damaged input', () => {
  const samples = [
    'keras/attrs-latest.h5',
    'keras/attrs-dense-many.h5',
    'keras/attrs-continuation.h5',
    'benign/sequential.h5',
  ].map((file) => new Uint8Array(readFileSync(path.join(FIXTURES, file))));
  const limits = { ...DEFAULT_HDF5_LIMITS, maxHeapObjects: 2048 };

  it('never throws on random bytes, with or without a signature in front', async () => {
    const signature = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, signed) => {
        const input = signed ? Uint8Array.from([...signature, ...bytes]) : bytes;
        const result = await read(input, limits);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on flipped bytes or truncations of real files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (which, flips, cut) => {
          const sample = samples[which]!;
          const bytes = new Uint8Array(sample);
          for (const [at, mask] of flips) bytes[at % bytes.length]! ^= mask;
          const input = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const result = await read(input, limits);
          for (const issue of result.issues) expect(issue.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reports a truncated real file instead of passing it', async () => {
    const sample = samples[3]!;
    const result = await read(sample.subarray(0, 1200));
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues[0]).toMatchObject({ ruleId: 'model/malformed-file', level: 'error' });
  });
});
