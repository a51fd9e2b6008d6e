import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  detectModelDirectory,
  detectModelFormat,
  MODEL_FORMAT_HEAD_BYTES,
  MODEL_FORMAT_IDS,
  type ModelFormat,
} from '../../../src/checks/scan-model/formats.js';

/**
 * Format detection by content over the benign fixtures that the libraries themselves wrote
 * (scripts/fixtures/scan-model/make_benign.py), under their own names and under misleading ones.
 */

const FIXTURES = path.resolve('test/fixtures/scan-model/benign');

interface ManifestEntry {
  file: string;
  library: string;
  version: string;
  format: string;
  sha256: string;
  compression?: string;
  directory?: boolean;
}

const manifest = JSON.parse(await readFile(path.join(FIXTURES, 'MANIFEST.json'), 'utf8')) as {
  files: ManifestEntry[];
};
const files = manifest.files.filter((entry) => !entry.directory);

async function headOf(file: string): Promise<Uint8Array> {
  return (await readFile(file)).subarray(0, MODEL_FORMAT_HEAD_BYTES);
}

function expected(entry: ManifestEntry): ModelFormat {
  const { format, compression } = entry;
  return compression ? ({ format, compression } as ModelFormat) : ({ format } as ModelFormat);
}

/** The fields a caller branches on; hints are asserted where they are the point. */
function decision(format: ModelFormat): ModelFormat {
  return format.compression
    ? { format: format.format, compression: format.compression }
    : { format: format.format };
}

describe('benign fixtures (MANIFEST.json)', () => {
  it('covers every format the generator is meant to produce', () => {
    expect(new Set(manifest.files.map((entry) => entry.format))).toEqual(
      new Set(MODEL_FORMAT_IDS.filter((id) => id !== 'zip' && id !== 'unknown')),
    );
    expect(new Set(files.filter((entry) => entry.compression).map((entry) => entry.compression))).toEqual(
      new Set(['zlib', 'gzip', 'bz2', 'xz', 'lzma']),
    );
  });

  it.each(files.map((entry) => [entry.file, entry] as const))(
    '%s is the committed file',
    async (file, entry) => {
      const digest = createHash('sha256')
        .update(await readFile(path.join(FIXTURES, file)))
        .digest('hex');
      expect(digest).toBe(entry.sha256);
    },
  );

  it.each(files.map((entry) => [entry.file, entry] as const))(
    '%s is detected as its manifest format',
    async (file, entry) => {
      expect(decision(detectModelFormat(await headOf(path.join(FIXTURES, file)), file))).toEqual(
        expected(entry),
      );
    },
  );

  it('the TensorFlow SavedModel folder is detected by its entries, and saved_model.pb by name and content', async () => {
    const folder = path.join(FIXTURES, 'saved_model');
    expect(detectModelDirectory(await readdir(folder))).toEqual({ format: 'tf-savedmodel' });
    const graph = await headOf(path.join(folder, 'saved_model.pb'));
    expect(detectModelFormat(graph, 'models/saved_model.pb')).toEqual({ format: 'tf-savedmodel' });
    // Under another name the graph is no ONNX model, though both are protobufs opening with field 1.
    expect(detectModelFormat(graph, 'graph.bin')).toEqual({ format: 'unknown' });
    expect(detectModelDirectory(['variables', 'keras_metadata.pb', 'README.md'])).toEqual({
      format: 'unknown',
    });
  });

  it('hints say what a later layer must look at', async () => {
    expect(detectModelFormat(await headOf(path.join(FIXTURES, 'array-object.npy')), 'a.npy').hint).toBe(
      'object dtype: a pickle follows the header',
    );
    expect(
      detectModelFormat(await headOf(path.join(FIXTURES, 'array-float32.npy')), 'a.npy').hint,
    ).toBeUndefined();
    expect(detectModelFormat(await headOf(path.join(FIXTURES, 'logreg.joblib')), 'm.joblib').hint).toBe(
      'names joblib.numpy_pickle at byte 320',
    );
  });
});

describe('content decides, not the extension', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-formats-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const misleading = [
    'model.bin',
    'weights.model',
    'data.dat',
    'model.pkl.gz',
    'README.txt',
    'model.onnx',
    'noextension',
  ];
  const cases = files.flatMap((entry) => misleading.map((name) => [entry.file, name, entry] as const));

  it.each(cases)('%s renamed to %s keeps its format', async (file, name, entry) => {
    const copy = path.join(dir, `${entry.file}--${name}`);
    await copyFile(path.join(FIXTURES, file), copy);
    expect(decision(detectModelFormat(await headOf(copy), name))).toEqual(expected(entry));
  });
});

describe('formats without a generated fixture', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Uint8Array.from(
      parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)),
    );

  it('protocol 0 pickles are recognised by their opening opcodes', () => {
    expect(detectModelFormat(bytes('cos\nsystem\n(S"id"\ntR.'), 'x')).toEqual({
      format: 'pickle',
      hint: 'protocol 0 or 1 (no PROTO opcode)',
    });
    expect(detectModelFormat(bytes('(dp0\nS"a"\np1\nI1\ns.'), 'x').format).toBe('pickle');
    expect(detectModelFormat(bytes('(lp0\n.'), 'x').format).toBe('pickle');
    // Plain text with a leading "c" or "(" is not a pickle...
    expect(detectModelFormat(bytes('config = 1\n'), 'notes.txt')).toEqual({ format: 'unknown' });
    expect(detectModelFormat(bytes('(see below).'), 'notes.txt')).toEqual({ format: 'unknown' });
    // ...unless the name says pickle and the bytes could open one: the extension breaks the tie.
    expect(detectModelFormat(bytes('(see below).'), 'm.pkl').format).toBe('pickle');
  });

  it('PyTorch legacy magic after a FRAME (protocol 4) and the pre-0.4 tar checkpoint', () => {
    const magic = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e];
    expect(detectModelFormat(bytes([0x80, 0x04, 0x95, 13, 0, 0, 0, 0, 0, 0, 0], magic), 'x')).toEqual({
      format: 'torch-legacy',
    });
    const tar = new Uint8Array(512);
    tar.set(bytes('sys_info'), 0);
    tar.set(bytes('ustar\x0000'), 257);
    expect(detectModelFormat(tar, 'old.pt')).toEqual({ format: 'torch-legacy', hint: 'tar checkpoint' });
    tar.fill(0, 0, 100);
    tar.set(bytes('src/main.py'), 0);
    expect(detectModelFormat(tar, 'old.pt')).toEqual({ format: 'unknown', hint: 'tar archive' });
  });

  it("joblib's legacy ZF container, HDF5 after a user block, an empty zip", () => {
    expect(detectModelFormat(bytes('ZF0x1a2b', [0x78, 0x9c]), 'm.pkl')).toEqual({
      format: 'compressed',
      compression: 'zlib',
      hint: "joblib's legacy ZF container",
    });
    const withUserBlock = new Uint8Array(1024);
    withUserBlock.set([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a], 512);
    expect(detectModelFormat(withUserBlock, 'x')).toEqual({
      format: 'hdf5',
      hint: 'user block of 512 bytes',
    });
    expect(detectModelFormat(bytes('PK', [5, 6], new Array(18).fill(0)), 'x.zip')).toEqual({
      format: 'zip',
      hint: 'empty archive',
    });
  });

  it('safetensors needs a sane header length before the brace', () => {
    expect(detectModelFormat(bytes([2, 0, 0, 0, 0, 0, 0, 0], '{}'), 'x').format).toBe('safetensors');
    expect(detectModelFormat(bytes([0, 0, 0, 0, 1, 0, 0, 0], '{}'), 'x').format).toBe('unknown');
    expect(detectModelFormat(bytes([1, 0, 0, 0, 0, 0, 0, 0], '{'), 'x').format).toBe('unknown');
  });

  it('an ONNX-looking opening with a non-text producer name, or without a graph, is not ONNX', () => {
    expect(detectModelFormat(bytes([0x08, 0x07, 0x12, 0x02, 0x01, 0x02, 0x3a, 0x00]), 'x.onnx').format).toBe(
      'unknown',
    );
    expect(detectModelFormat(bytes([0x08, 0x07, 0x12, 0x02], 'ok'), 'x.onnx').format).toBe('unknown');
    expect(detectModelFormat(bytes([0x08, 0x07, 0x12, 0x02], 'ok', [0x3a, 0x00]), 'x').format).toBe('onnx');
    expect(detectModelFormat(bytes([0x08, 0x40, 0x3a, 0x00]), 'x').format).toBe('unknown'); // ir_version 64
  });
});

describe('hostile input', () => {
  it('random bytes never throw and always return a known format id', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.string(), (head, name) => {
        const result = detectModelFormat(head, name);
        expect(MODEL_FORMAT_IDS).toContain(result.format);
        expect(result.compression === undefined).toBe(result.format !== 'compressed');
      }),
      { numRuns: 2000 },
    );
  });

  it('mutated and truncated fixtures never throw', async () => {
    const heads = await Promise.all(files.map((entry) => headOf(path.join(FIXTURES, entry.file))));
    fc.assert(
      fc.property(
        fc.constantFrom(...heads),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }),
        (head, cut, edits) => {
          const mutated = head.slice(0, cut % (head.length + 1));
          for (const [at, byte] of edits) if (mutated.length > 0) mutated[at % mutated.length] = byte;
          expect(MODEL_FORMAT_IDS).toContain(detectModelFormat(mutated, 'm.bin').format);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
