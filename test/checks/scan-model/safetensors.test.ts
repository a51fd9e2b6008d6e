import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/core/escape.js';
import { analyzeSafetensors } from '../../../src/checks/scan-model/safetensors.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { concat, f32, mutate, mutation, safetensors, sparseSource, spySource, u64 } from './format-bytes.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/scan-model');
const DIR = path.join(FIXTURES, 'safetensors');

interface ManifestEntry {
  file: string;
  benign: boolean;
  tensors?: number;
  dtypes?: string[];
  parameters?: number;
  metadata?: Record<string, string>;
  expect?: string;
}
const manifest = JSON.parse(readFileSync(path.join(DIR, 'MANIFEST.json'), 'utf8')) as {
  files: ManifestEntry[];
};
const benign = manifest.files.filter((entry) => entry.benign);

const load = (file: string) => readFileSync(path.join(DIR, file));
const analyze = (bytes: Uint8Array, limits?: Parameters<typeof analyzeSafetensors>[1]) =>
  analyzeSafetensors(bufferSource(bytes), limits);

function issue(level: string, ...parts: string[]) {
  return expect.objectContaining({
    ruleId: 'model/malformed-file',
    level,
    message: expect.stringMatching(
      new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')),
    ),
  });
}

describe('analyzeSafetensors on files the library wrote', () => {
  it('has benign fixtures', () => {
    expect(benign.map((entry) => entry.file)).toEqual(expect.arrayContaining(['mixed.safetensors']));
  });

  it.each(benign)('$file: no issue, and the summary the library read', async (entry) => {
    const result = await analyze(load(entry.file));
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({
      tensors: entry.tensors,
      dtypes: entry.dtypes,
      parameters: entry.parameters,
      metadata: entry.metadata,
    });
    expect(result.tensors).toHaveLength(entry.tensors!);
  });

  it('benign/model.safetensors from make_benign.py: two f32 tensors, 3x4 and 3', async () => {
    const result = await analyze(readFileSync(path.join(FIXTURES, 'benign/model.safetensors')));
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({
      tensors: 2,
      dtypes: ['F32'],
      parameters: 15,
      metadata: { format: 'np' },
    });
    expect(result.tensors!.map((t) => [t.name, t.shape]).sort()).toEqual([
      ['linear.bias', [3]],
      ['linear.weight', [3, 4]],
    ]);
  });

  it('reads the length and the header only, never tensor data', async () => {
    const bytes = load('mixed.safetensors');
    const source = spySource(bufferSource(bytes));
    const result = await analyzeSafetensors(source);
    const headerEnd = 8 + result.summary!.headerBytes;
    expect(source.reads.every(([offset, length]) => offset + length <= headerEnd)).toBe(true);
  });
});

describe('analyzeSafetensors on hostile fixtures', () => {
  const cases: [string, string, string[]][] = [
    [
      'duplicate-key.safetensors',
      'error',
      ["repeats the key 'weight'", 'two loaders can see different tensors'],
    ],
    ['overlap.safetensors', 'error', ["Tensors 'a' [0, 8] and 'b' [4, 12] overlap"]],
    ['hole.safetensors', 'error', ['Bytes 4 to 8 of the data area belong to no tensor']],
    ['trailing-data.safetensors', 'warning', ['32 byte(s) after the last tensor', 'second payload']],
    [
      'huge-header-length.safetensors',
      'error',
      ['header length 9223372036854775813 is over the limit of 100000000'],
    ],
    [
      'header-past-end.safetensors',
      'error',
      ['header length 50000 reaches past the end of the file (70 bytes)'],
    ],
    [
      'offsets-past-end.safetensors',
      'error',
      ["Tensor 'b' has data_offsets [8, 24] past the end of the data area (8 bytes)"],
    ],
  ];

  it('covers every hostile fixture of the manifest', () => {
    expect(cases.map(([file]) => file).sort()).toEqual(
      manifest.files
        .filter((e) => !e.benign)
        .map((e) => e.file)
        .sort(),
    );
  });

  it.each(cases)('%s', async (file, level, parts) => {
    const { issues } = await analyze(load(file));
    expect(issues).toEqual([issue(level, ...parts)]);
  });

  it('points the trailing-data warning at the first unowned byte', async () => {
    const bytes = load('trailing-data.safetensors');
    const { issues } = await analyze(bytes);
    expect(issues[0]).toMatchObject({ offset: bytes.length - 32, properties: { trailingBytes: 32 } });
  });
});

describe('analyzeSafetensors on hand-built headers', () => {
  const ok = { a: f32([2], 0, 8) };

  it('a file shorter than the length field', async () => {
    expect((await analyze(new Uint8Array(5))).issues).toEqual([issue('error', '5 bytes, fewer than the 8')]);
  });

  it('a header length of 0', async () => {
    expect((await analyze(concat(u64(0), new Uint8Array(4)))).issues).toEqual([
      issue('error', 'header length is 0'),
    ]);
  });

  it('a header that is not UTF-8, with the byte that breaks it', async () => {
    const bytes = safetensors('{"a\xff":1}');
    bytes[10] = 0xff;
    const { issues } = await analyze(bytes);
    expect(issues).toEqual([issue('error', 'not valid UTF-8 (byte 10)')]);
    expect(issues[0]!.offset).toBe(10);
  });

  it('overlong UTF-8 and encoded surrogates are not UTF-8', async () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ]) {
      const header = concat(
        Uint8Array.from([0x7b, 0x22]),
        Uint8Array.from(bad),
        Uint8Array.from([0x22, 0x3a, 0x31, 0x7d]),
      );
      const { issues } = await analyze(concat(u64(header.length), header));
      expect(issues).toEqual([issue('error', 'not valid UTF-8')]);
    }
  });

  it('a header that does not start with {, though JSON', async () => {
    const { issues } = await analyze(safetensors(` ${JSON.stringify(ok)}`, 8));
    expect(issues).toEqual([issue('error', 'does not start with `{`')]);
  });

  it('trailing spaces are the padding the writer adds: fine', async () => {
    expect((await analyze(safetensors(`${JSON.stringify(ok)}      `, 8))).issues).toEqual([]);
  });

  it('not JSON, with where', async () => {
    const { issues } = await analyze(safetensors('{"a": }', 0));
    expect(issues).toEqual([issue('error', 'not JSON: expected a value at byte 14')]);
  });

  it.each([
    ['{"a":1,}', 'expected a key string'],
    ['{"a":01}', "expected ',' or '}'"],
    ['{"a":NaN}', 'expected a value'],
    ['{"a":"x\ty"}', 'control character'],
    ['{"a":"\\q"}', 'invalid escape'],
    ['{"\\ud800x":1}', 'lone surrogate'],
    ['{"a":1}\u0000', 'unexpected data after the value'],
    ['{"a":[1,2', "expected ',' or ']'"],
  ])('strict JSON: %s', async (header, message) => {
    expect((await analyze(safetensors(header))).issues).toEqual([issue('error', 'not JSON', message)]);
  });

  it('nesting deeper than serde allows', async () => {
    const header = `{"__metadata__":${'['.repeat(200)}${']'.repeat(200)}}`;
    expect((await analyze(safetensors(header))).issues).toEqual([issue('error', 'nesting deeper than 128')]);
  });

  it('a header that is not an object', async () => {
    expect((await analyze(safetensors('[1,2]'))).issues).toEqual([
      issue('error', 'JSON an array, not an object'),
    ]);
  });

  it('duplicates inside a tensor entry and inside __metadata__ name where', async () => {
    const header =
      '{"__metadata__":{"k":"1","k":"2"},"a":{"dtype":"F32","shape":[1],"shape":[2],"data_offsets":[0,8]}}';
    const { issues, summary } = await analyze(safetensors(header, 8));
    expect(issues).toEqual([
      issue('error', "repeats the key 'k' inside '__metadata__'"),
      issue('error', "repeats the key 'shape' inside 'a'"),
    ]);
    expect(summary!.metadata).toEqual({ k: '2' });
  });

  it('__metadata__ must map strings to strings; null is absent', async () => {
    const numbers = await analyze(safetensors({ __metadata__: { a: 1, b: 'x' }, ...ok }, 8));
    expect(numbers.issues).toEqual([issue('error', "`__metadata__` entry 'a' is a number, not a string")]);
    expect(numbers.summary!.metadata).toEqual({ b: 'x' });
    const list = await analyze(safetensors({ __metadata__: ['a'], ...ok }, 8));
    expect(list.issues).toEqual([issue('error', '`__metadata__` is an array, not an object of strings')]);
    expect((await analyze(safetensors({ __metadata__: null, ...ok }, 8))).issues).toEqual([]);
  });

  it.each([
    [{ a: 3 }, 'is a number, not an object'],
    [{ a: { shape: [2], data_offsets: [0, 8] } }, "Tensor 'a' has no dtype"],
    [{ a: { dtype: 4, shape: [2], data_offsets: [0, 8] } }, 'dtype that is a number'],
    [{ a: { dtype: 'F128', shape: [2], data_offsets: [0, 8] } }, "unknown dtype 'F128'"],
    [{ a: { dtype: 'F32', data_offsets: [0, 8] } }, "Tensor 'a' has no shape"],
    [{ a: { dtype: 'F32', shape: 2, data_offsets: [0, 8] } }, 'shape that is a number'],
    [
      { a: { dtype: 'F32', shape: [-2], data_offsets: [0, 8] } },
      "shape entry that is not a non-negative integer up to 2^53-1 ('-2')",
    ],
    [
      { a: { dtype: 'F32', shape: ['2'], data_offsets: [0, 8] } },
      'not a non-negative integer up to 2^53-1 (a string)',
    ],
    [{ a: { dtype: 'F32', shape: [2], data_offsets: [0] } }, 'not a pair [begin, end]'],
    [{ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8, 8] } }, 'not a pair [begin, end]'],
    [{ a: { dtype: 'F32', shape: [2], data_offsets: [-1, 8] } }, 'not non-negative integers'],
    [{ a: { dtype: 'F32', shape: [2] } }, "Tensor 'a' has no data_offsets"],
    [{ a: f32([2], 8, 0) }, 'data_offsets [8, 0] that end before they begin'],
    [{ a: f32([3], 0, 8) }, "Tensor 'a' spans 8 bytes but its shape and dtype need 12"],
  ])('tensor entry %j', async (header, message) => {
    const { issues } = await analyze(safetensors(header, 8));
    expect(issues).toContainEqual(issue('error', message));
    expect(issues.every((i) => i.level === 'error' || i.message.includes('belong to no tensor'))).toBe(true);
  });

  it('numbers spelled as floats are not integers, as serde says', async () => {
    const header = '{"a":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}}';
    expect((await analyze(safetensors(header, 8))).issues).toContainEqual(issue('error', "('2.0')"));
    const exponent = '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8e0]}}';
    expect((await analyze(safetensors(exponent, 8))).issues).toContainEqual(
      issue('error', 'not non-negative integers'),
    );
  });

  it('shape entries beyond 2^53 are refused, never rounded', async () => {
    const header = '{"a":{"dtype":"U8","shape":[9007199254740993],"data_offsets":[0,8]}}';
    expect((await analyze(safetensors(header, 8))).issues).toContainEqual(
      issue('error', "('9007199254740993')"),
    );
  });

  it('sub-byte dtypes: F4 and F6 counted in bits, ending on a byte', async () => {
    const good = {
      a: { dtype: 'F4', shape: [2, 2], data_offsets: [0, 2] },
      b: { dtype: 'F6_E2M3', shape: [4], data_offsets: [2, 5] },
    };
    const result = await analyze(safetensors(good, 5));
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({ dtypes: ['F4', 'F6_E2M3'], parameters: 8 });
    const odd = { a: { dtype: 'F4', shape: [3], data_offsets: [0, 2] } };
    expect((await analyze(safetensors(odd, 2))).issues).toEqual([
      issue('error', "Tensor 'a' of 3 F4 elements does not end on a byte boundary"),
    ]);
  });

  it('every dtype of the current spec is known', async () => {
    const dtypes = [
      'BOOL',
      'U8',
      'I8',
      'F8_E5M2',
      'F8_E4M3',
      'F8_E8M0',
      'F8_E4M3FNUZ',
      'F8_E5M2FNUZ',
      'I16',
      'U16',
      'F16',
      'BF16',
      'I32',
      'U32',
      'F32',
      'F64',
      'I64',
      'U64',
      'C64',
    ];
    const header: Record<string, object> = {};
    dtypes.forEach((dtype, i) => (header[`t${i}`] = { dtype, shape: [0], data_offsets: [0, 0] }));
    const result = await analyze(safetensors(header));
    expect(result.issues).toEqual([]);
    expect(result.summary!.dtypes).toEqual([...dtypes].sort());
  });

  it('fields no loader reads are a warning', async () => {
    const { issues } = await analyze(safetensors({ a: { ...f32([2], 0, 8), payload: 'x' } }, 8));
    expect(issues).toEqual([issue('warning', "field(s) no loader reads: 'payload'")]);
  });

  it('a zero-length tensor inside another overlaps it, as the library says', async () => {
    const { issues } = await analyze(safetensors({ a: f32([2], 0, 8), b: f32([0], 4, 4) }, 8));
    expect(issues).toEqual([issue('error', "'a' [0, 8] and 'b' [4, 4] overlap")]);
  });

  it('an empty header and no data is a valid empty file', async () => {
    const result = await analyze(safetensors('{}'));
    expect(result.issues).toEqual([]);
    expect(result.summary).toMatchObject({ tensors: 0, parameters: 0, dtypes: [] });
  });

  it('data and no tensors: all of it is trailing', async () => {
    expect((await analyze(safetensors('{}', 10))).issues).toEqual([
      issue('warning', '10 byte(s) after the last tensor'),
    ]);
  });

  it('keeps header order, and names with control characters are escaped in messages', async () => {
    const result = await analyze(safetensors({ 'z\u202eevil': f32([2], 0, 8), a: f32([2], 8, 16) }, 20));
    expect(result.tensors!.map((t) => t.name)).toEqual(['z\u202eevil', 'a']);
    const many = await analyze(safetensors({ 'x\u001b[31m': { dtype: 'BAD' } }));
    expect(many.issues[0]!.message).toContain("'x\\u001b[31m'");
  });

  it('caps the issues with one saying how many more', async () => {
    const header: Record<string, object> = {};
    for (let i = 0; i < 300; i++) header[`t${i}`] = { dtype: 'NOPE', shape: [1], data_offsets: [0, 1] };
    // 300 unknown dtypes and the byte that no valid tensor owns.
    const { issues } = await analyze(safetensors(header, 1), { maxIssues: 50 });
    expect(issues).toHaveLength(51);
    expect(issues[50]).toMatchObject({
      ruleId: 'model/scan-limit',
      level: 'error',
      message: expect.stringContaining('251 more issue(s)'),
    });
  });

  it('checks at most maxTensors entries', async () => {
    const header: Record<string, object> = {};
    for (let i = 0; i < 10; i++) header[`t${i}`] = f32([1], i * 4, i * 4 + 4);
    const result = await analyze(safetensors(header, 40), { maxTensors: 4 });
    expect(result.summary!.tensors).toBe(10);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        ruleId: 'model/scan-limit',
        message: expect.stringContaining('only the first 4 were checked'),
      }),
    );
  });

  it('a huge declared length never allocates it: only the 8 length bytes are read', async () => {
    for (const declared of [2n ** 63n, 2n ** 40n, 100_000_001n]) {
      const source = spySource(sparseSource(u64(declared), 2 ** 45));
      const { issues } = await analyzeSafetensors(source);
      expect(issues).toEqual([issue('error', 'over the limit')]);
      expect(source.reads).toEqual([[0, 8]]);
    }
    const within = spySource(sparseSource(u64(90_000_000), 1000));
    expect((await analyzeSafetensors(within)).issues).toEqual([
      issue('error', 'reaches past the end of the file'),
    ]);
    expect(within.reads).toEqual([[0, 8]]);
  });
});

describe('analyzeSafetensors never throws', () => {
  const base = new Uint8Array(load('mixed.safetensors'));

  function wellFormed(result: Awaited<ReturnType<typeof analyzeSafetensors>>) {
    expect(Array.isArray(result.issues)).toBe(true);
    for (const issue of result.issues) expect(printable(issue.message)).toBe(issue.message);
  }

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const result = await analyze(bytes);
        wellFormed(result);
        expect(result.issues.length > 0 || result.summary !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes behind a plausible length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), fc.nat({ max: 300 }), async (body, length) => {
        wellFormed(await analyze(concat(u64(length), Uint8Array.from([0x7b]), body)));
      }),
      { numRuns: 300 },
    );
  });

  it('on mutations of a valid file: each changed file is reported or still valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
        const bytes = mutate(base, steps);
        const result = await analyze(bytes);
        wellFormed(result);
        expect(result.issues.length > 0 || result.summary !== undefined).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
