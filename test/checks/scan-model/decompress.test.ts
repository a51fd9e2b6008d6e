import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decompress,
  type DecompressLimits,
  type DecompressMethod,
  type DecompressResult,
} from '../../../src/checks/scan-model/decompress.js';
import { bufferSource, type ByteSource } from '../../../src/checks/scan-model/source.js';

/**
 * The decoders against what Python's own modules wrote (scripts/fixtures/scan-model/make_compressed.py
 * and the benign joblib files), against bombs, and against corrupt, truncated and random input.
 */

const BENIGN = path.resolve('test/fixtures/scan-model/benign');
const COMPRESSED = path.resolve('test/fixtures/scan-model/compressed');
const MIB = 1024 * 1024;
const CHUNK = 64 * 1024;

interface Entry {
  file: string;
  method: DecompressMethod;
  what: string;
  sha256: string;
  bytes: number;
  bomb?: boolean;
  unsupported?: boolean;
}

const manifest = JSON.parse(await readFile(path.join(COMPRESSED, 'MANIFEST.json'), 'utf8')) as {
  files: Entry[];
};
const fixtures = manifest.files.filter((entry) => !entry.bomb && !entry.unsupported);
const bombs = manifest.files.filter((entry) => entry.bomb);
const bytesOf = (file: string) => readFile(path.join(COMPRESSED, file));

interface Run extends DecompressResult {
  output: Buffer;
  chunks: number[];
}

async function run(
  method: DecompressMethod,
  input: Uint8Array | ByteSource,
  limits?: Partial<DecompressLimits>,
  keep = true,
): Promise<Run> {
  const parts: Uint8Array[] = [];
  const chunks: number[] = [];
  const source = input instanceof Uint8Array ? bufferSource(input) : input;
  const result = await decompress(
    method,
    source,
    (chunk) => {
      chunks.push(chunk.length);
      if (keep) parts.push(chunk);
    },
    limits,
  );
  return { ...result, output: Buffer.concat(parts), chunks };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function errors(result: DecompressResult, ruleId: string) {
  return result.issues.filter((issue) => issue.ruleId === ruleId && issue.level === 'error');
}

describe('benign joblib files, as joblib wrote them', () => {
  const variants: Array<[string, DecompressMethod]> = [
    ['logreg.joblib.z', 'zlib'],
    ['logreg.joblib.gz', 'gzip'],
    ['logreg.joblib.bz2', 'bz2'],
    ['logreg.joblib.xz', 'xz'],
    ['logreg.joblib.lzma', 'lzma'],
  ];
  it.each(variants)('%s decompresses to logreg.joblib byte for byte', async (file, method) => {
    const expected = await readFile(path.join(BENIGN, 'logreg.joblib'));
    const compressed = await readFile(path.join(BENIGN, file));
    const result = await run(method, compressed);
    expect(result.issues).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.trailingBytes).toBe(0);
    expect(result.inputBytes).toBe(compressed.length);
    expect(result.outputBytes).toBe(expected.length);
    expect(result.output.equals(expected)).toBe(true);
  });
});

describe('fixtures written by Python', () => {
  it('covers every format, every level and the odd cases', () => {
    const methods = new Set(fixtures.map((entry) => entry.method));
    expect([...methods].sort()).toEqual(['bz2', 'gzip', 'joblib-zf', 'lzma', 'xz', 'zlib']);
    expect(fixtures.length).toBeGreaterThan(70);
  });

  it.each(fixtures.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const compressed = await bytesOf(entry.file);
    const result = await run(entry.method, compressed);
    expect(result.issues).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.trailingBytes).toBe(0);
    expect(result.inputBytes).toBe(compressed.length);
    expect(result.outputBytes).toBe(entry.bytes);
    expect(sha256(result.output)).toBe(entry.sha256);
    expect(Math.max(0, ...result.chunks)).toBeLessThanOrEqual(CHUNK);
  });

  it('reports the x86 BCJ filter as not scanned, without decoding garbage', async () => {
    const result = await run('xz', await bytesOf('xz-bcj-x86.xz'));
    expect(result.complete).toBe(false);
    expect(result.outputBytes).toBe(0);
    expect(errors(result, 'model/not-scanned')).toHaveLength(1);
    expect(result.issues[0]!.message).toContain('x86 BCJ');
  });

  it('checks the ZF length against the output', async () => {
    const compressed = Buffer.from(await bytesOf('joblib-zf.pkl'));
    const entry = fixtures.find((fixture) => fixture.file === 'joblib-zf.pkl')!;
    compressed.write(`0x${(entry.bytes + 1).toString(16)}`.padEnd(19), 2, 'latin1');
    const result = await run('joblib-zf', compressed);
    expect(result.complete).toBe(false);
    expect(errors(result, 'model/malformed-file')[0]!.message).toContain(`says ${entry.bytes + 1} bytes`);
    compressed.write('0xzz'.padEnd(19), 2, 'latin1');
    expect(errors(await run('joblib-zf', compressed), 'model/malformed-file')).toHaveLength(1);
  });
});

describe('decompression bombs', () => {
  it.each(bombs.map((entry) => [entry.file, entry] as const))(
    '%s stops at maxOutputBytes with a limit finding',
    async (_file, entry) => {
      const compressed = await bytesOf(entry.file);
      const result = await run(
        entry.method,
        compressed,
        { maxOutputBytes: 10 * MIB, maxRatio: Infinity },
        false,
      );
      expect(result.complete).toBe(false);
      expect(result.outputBytes).toBe(10 * MIB);
      expect(result.chunks.reduce((sum, n) => sum + n, 0)).toBe(10 * MIB);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        ruleId: 'model/scan-limit',
        level: 'error',
        properties: { limit: 'maxOutputBytes', maxOutputBytes: 10 * MIB },
      });
      expect(result.inputBytes).toBeLessThan(compressed.length);
    },
  );

  it.each(bombs.map((entry) => [entry.file, entry] as const))(
    '%s stops at the default ratio limit, soon after the 1 MiB floor',
    async (_file, entry) => {
      const result = await run(entry.method, await bytesOf(entry.file), undefined, false);
      expect(result.complete).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        ruleId: 'model/scan-limit',
        properties: { limit: 'maxRatio' },
      });
      expect(result.outputBytes).toBeGreaterThanOrEqual(MIB);
      expect(result.outputBytes).toBeLessThanOrEqual(Math.max(MIB, 1000 * result.inputBytes));
    },
  );

  it('applies the ratio to ordinary content once past its floor', async () => {
    const entry = fixtures.find((fixture) => fixture.file === 'xz-6.xz')!;
    const compressed = await bytesOf(entry.file);
    const ratio = entry.bytes / compressed.length;
    const loose = await run('xz', compressed, { maxRatio: ratio * 2, ratioFloorBytes: 1024 });
    expect(loose.complete).toBe(true);
    const tight = await run('xz', compressed, { maxRatio: ratio / 2, ratioFloorBytes: 1024 });
    expect(tight.complete).toBe(false);
    expect(tight.issues[0]).toMatchObject({ ruleId: 'model/scan-limit', properties: { limit: 'maxRatio' } });
    const floored = await run('xz', compressed, { maxRatio: ratio / 2, ratioFloorBytes: MIB });
    expect(floored.complete).toBe(true);
  });

  it.each([
    ['bomb-50mb.xz', 'xz'],
    ['bomb-50mb.lzma', 'lzma'],
  ] as const)('%s stops once its dictionary would outgrow maxDictionaryBytes', async (file, method) => {
    const result = await run(
      method,
      await bytesOf(file),
      { maxRatio: Infinity, maxDictionaryBytes: MIB },
      false,
    );
    expect(result.complete).toBe(false);
    expect(result.issues[0]).toMatchObject({
      ruleId: 'model/scan-limit',
      properties: { limit: 'maxDictionaryBytes', maxDictionaryBytes: MIB },
    });
    expect(result.outputBytes).toBe(MIB);
  });

  it('decodes a small output under a huge declared dictionary without allocating it', async () => {
    // An .lzma header declaring a 1.5 GiB dictionary over content that needs a few KiB.
    const compressed = Buffer.from(await bytesOf('lzma-6.lzma'));
    compressed.writeUInt32LE(1536 * MIB, 1);
    const entry = fixtures.find((fixture) => fixture.file === 'lzma-6.lzma')!;
    const result = await run('lzma', compressed, { maxDictionaryBytes: 2 * MIB });
    expect(result.complete).toBe(true);
    expect(sha256(result.output)).toBe(entry.sha256);
  });
});

describe('the sink', () => {
  it.each(fixtures.filter((entry) => entry.file.includes('-6.') || entry.file === 'joblib-zf.pkl'))(
    'stops $method when it returns false, with no issue',
    async (entry) => {
      let calls = 0;
      const result = await decompress(entry.method, bufferSource(await bytesOf(entry.file)), (chunk) => {
        calls++;
        expect(chunk.length).toBeGreaterThan(0);
        return false;
      });
      expect(calls).toBe(1);
      expect(result.complete).toBe(false);
      expect(result.issues).toEqual([]);
      expect(result.outputBytes).toBeGreaterThan(0);
      expect(result.outputBytes).toBeLessThanOrEqual(CHUNK);
    },
  );

  it('may keep the chunks it is given', async () => {
    const entry = fixtures.find((fixture) => fixture.file === 'bz2-blocks.bz2')!;
    const kept: Uint8Array[] = [];
    await decompress('bz2', bufferSource(await bytesOf(entry.file)), (chunk) => void kept.push(chunk));
    expect(sha256(Buffer.concat(kept))).toBe(entry.sha256);
  });
});

/** One mid-sized fixture of each method, for the damage tests. */
const samples: Entry[] = (['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'joblib-zf'] as const).map((method) =>
  fixtures.find((entry) => entry.method === method && /-6\.|joblib-zf\.pkl/.test(entry.file))!,
);

describe('damaged input', () => {
  it.each(samples)('$file with a byte flipped in its data is malformed, never a throw', async (entry) => {
    const compressed = Buffer.from(await bytesOf(entry.file));
    compressed[Math.floor(compressed.length / 2)]! ^= 0x55;
    const result = await run(entry.method, compressed);
    expect(result.complete).toBe(false);
    expect(errors(result, 'model/malformed-file')).toHaveLength(1);
    expect(result.trailingBytes).toBe(0);
  });

  it.each(samples)('$file with its header damaged is malformed', async (entry) => {
    const compressed = Buffer.from(await bytesOf(entry.file));
    // .lzma has no magic: its properties byte must be below 225.
    compressed[0] = entry.method === 'lzma' ? 0xff : compressed[0]! ^ 0xff;
    const result = await run(entry.method, compressed);
    expect(result.complete).toBe(false);
    expect(result.outputBytes).toBe(0);
    expect(errors(result, 'model/malformed-file')).toHaveLength(1);
  });

  it.each(samples)('$file truncated anywhere is malformed', async (entry) => {
    const compressed = await bytesOf(entry.file);
    for (const cut of [0, 1, 10, Math.floor(compressed.length / 2), compressed.length - 1]) {
      const result = await run(entry.method, compressed.subarray(0, cut));
      expect(result.complete, `cut at ${cut}`).toBe(false);
      expect(errors(result, 'model/malformed-file'), `cut at ${cut}`).toHaveLength(1);
      expect(result.inputBytes).toBeLessThanOrEqual(cut);
      expect(result.outputBytes).toBeLessThanOrEqual(entry.bytes);
    }
  });

  it.each(samples)('$file with junk after it decodes, and reports the junk', async (entry) => {
    const compressed = await bytesOf(entry.file);
    const junk = Buffer.from('JUNK after the stream');
    const result = await run(entry.method, Buffer.concat([compressed, junk]));
    expect(result.complete).toBe(true);
    expect(sha256(result.output)).toBe(entry.sha256);
    expect(result.inputBytes).toBe(compressed.length);
    expect(result.trailingBytes).toBe(junk.length);
    expect(result.issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/malformed-file',
        level: 'warning',
        offset: compressed.length,
        properties: expect.objectContaining({ trailingBytes: junk.length }),
      }),
    ]);
  });

  it('counts zero bytes after gzip members and xz stream padding as part of the stream', async () => {
    const gz = await bytesOf('gzip-6.gz');
    const gzResult = await run('gzip', Buffer.concat([gz, Buffer.alloc(5), Buffer.from('junk')]));
    expect(gzResult.trailingBytes).toBe(4);
    const xz = await bytesOf('xz-6.xz');
    const padded = await run('xz', Buffer.concat([xz, Buffer.alloc(8), Buffer.from('junk')]));
    expect(padded.trailingBytes).toBe(4);
    // Padding must come in fours: three zero bytes are not padding.
    const odd = await run('xz', Buffer.concat([xz, Buffer.alloc(3)]));
    expect(odd.complete).toBe(true);
    expect(odd.trailingBytes).toBe(3);
  });

  it.each(['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'joblib-zf'] as const)(
    'an empty %s file is malformed',
    async (method) => {
      const result = await run(method, new Uint8Array(0));
      expect(result.complete).toBe(false);
      expect(errors(result, 'model/malformed-file')).toHaveLength(1);
    },
  );

  it('passes on the errors of the source itself', async () => {
    const failing: ByteSource = { size: 100, read: () => Promise.reject(new Error('EIO')) };
    await expect(decompress('xz', failing, () => {})).rejects.toThrow('EIO');
    await expect(decompress('gzip', failing, () => {})).rejects.toThrow('EIO');
  });

  it('reads a file that shrank as far as it goes', async () => {
    const compressed = await bytesOf('bz2-6.bz2');
    const shrunk: ByteSource = {
      size: compressed.length,
      read: (offset, length) =>
        Promise.resolve(compressed.subarray(Math.min(offset, 100), Math.min(offset + length, 100))),
    };
    const result = await run('bz2', shrunk);
    expect(result.complete).toBe(false);
    expect(errors(result, 'model/malformed-file')).toHaveLength(1);
  });

  it('decodes a reserved xz check type unverified, with a warning, as liblzma does', async () => {
    const compressed = Buffer.from(await bytesOf('xz-container-crc32.xz'));
    const entry = fixtures.find((fixture) => fixture.file === 'xz-container-crc32.xz')!;
    // Check type 2 is reserved with a 4-byte field: only the flags and the CRC32s over them change.
    compressed[7] = 2;
    compressed.writeUInt32LE(crc32(compressed.subarray(6, 8)), 8);
    const footer = compressed.length - 12;
    compressed[footer + 9] = 2;
    compressed.writeUInt32LE(crc32(compressed.subarray(footer + 4, footer + 10)), footer);
    const result = await run('xz', compressed);
    expect(result.complete).toBe(true);
    expect(sha256(result.output)).toBe(entry.sha256);
    expect(result.issues).toEqual([
      expect.objectContaining({ ruleId: 'model/malformed-file', level: 'warning' }),
    ]);
  });

  it("reports bzip2's obsolete randomized blocks as not scanned", async () => {
    const compressed = Buffer.from(await bytesOf('bz2-1byte.bz2'));
    // "BZh9", the block magic (6 bytes), its CRC (4), then the randomized bit.
    compressed[14]! |= 0x80;
    const result = await run('bz2', compressed);
    expect(result.complete).toBe(false);
    expect(result.outputBytes).toBe(0);
    expect(errors(result, 'model/not-scanned')[0]!.message).toContain('randomized');
  });

  it('gets through a hundred thousand tiny streams quickly', async () => {
    const member = gzipSync(Buffer.alloc(0));
    const gz = await run('gzip', Buffer.concat(Array.from({ length: 100_000 }, () => member)));
    expect(gz.complete).toBe(true);
    expect(gz.outputBytes).toBe(0);
    const stream = await bytesOf('xz-empty.xz');
    const xz = await run('xz', Buffer.concat(Array.from({ length: 20_000 }, () => stream)));
    expect(xz.complete).toBe(true);
    expect(xz.trailingBytes).toBe(0);
  });

  it('reads a long gzip file name and a megabyte of zero padding in bulk', async () => {
    const body = gzipSync(Buffer.from('content'));
    const named = Buffer.concat([
      body.subarray(0, 3),
      Buffer.from([0x08]),
      body.subarray(4, 10),
      Buffer.alloc(2 * MIB, 0x61),
      Buffer.from([0]),
      body.subarray(10),
      Buffer.alloc(MIB),
    ]);
    const result = await run('gzip', named);
    expect(result.complete).toBe(true);
    expect(result.output.toString()).toBe('content');
    expect(result.trailingBytes).toBe(0);
    const xz = await run('xz', Buffer.concat([await bytesOf('xz-6.xz'), Buffer.alloc(MIB)]));
    expect(xz.complete).toBe(true);
    expect(xz.trailingBytes).toBe(0);
  });
});

describe('hostile input never throws and never hangs', () => {
  const magic: Record<DecompressMethod, number[]> = {
    zlib: [0x78, 0x9c],
    gzip: [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0xff],
    bz2: [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    xz: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04, 0xe6, 0xd6, 0xb4, 0x46],
    lzma: [0x5d, 0x00, 0x00, 0x80, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00],
    'joblib-zf': [...Buffer.from('ZF0x100              '), 0x78, 0x9c],
  };
  const limits = { maxOutputBytes: 4 * MIB, maxDictionaryBytes: 8 * MIB };

  function wellFormed(result: DecompressResult): void {
    expect(result.outputBytes).toBeLessThanOrEqual(limits.maxOutputBytes);
    if (result.complete) expect(result.issues.every((issue) => issue.level !== 'error')).toBe(true);
    else expect(result.trailingBytes).toBe(0);
  }

  it.each(Object.keys(magic) as DecompressMethod[])('random bytes after a %s header', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (tail) => {
        const input = Uint8Array.from([...magic[method], ...tail]);
        wellFormed(await decompress(method, bufferSource(input), () => {}, limits));
      }),
      { numRuns: 150 },
    );
  });

  it.each(samples)('$file with random damage', async (entry) => {
    const original = await bytesOf(entry.file);
    const damage = fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.nat(),
          value: fc.integer({ min: 1, max: 255 }),
        }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          bytes: fc.uint8Array({ maxLength: 8 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        let bytes = Buffer.from(original);
        for (const edit of edits) {
          const at = edit.at % (bytes.length + 1);
          if (edit.kind === 'flip' && at < bytes.length) bytes[at]! ^= edit.value;
          else if (edit.kind === 'cut') bytes = bytes.subarray(0, at);
          else if (edit.kind === 'insert')
            bytes = Buffer.concat([bytes.subarray(0, at), edit.bytes, bytes.subarray(at)]);
        }
        const result = await decompress(entry.method, bufferSource(bytes), () => {}, limits);
        wellFormed(result);
      }),
      { numRuns: 100 },
    );
  });

  it('random LZMA2 chunks inside a valid xz block header', async () => {
    // Stream header (CRC32 check), then a block header naming LZMA2 with an 8 MiB dictionary.
    const flags = Buffer.from([0x00, 0x01]);
    const header = Buffer.concat([Buffer.from('fd377a585a00', 'hex'), flags, Buffer.alloc(4)]);
    header.writeUInt32LE(crc32(flags), 8);
    const block = Buffer.from([0x02, 0x00, 0x21, 0x01, 0x16, 0x00, 0x00, 0x00]);
    const blockHeader = Buffer.concat([block, Buffer.alloc(4)]);
    blockHeader.writeUInt32LE(crc32(block), 8);
    const chunk = fc.oneof(
      fc.tuple(fc.constantFrom(0xe0, 0xc0, 0xa0, 0x80), fc.uint8Array({ minLength: 5, maxLength: 300 })),
      fc.tuple(fc.constantFrom(0x01, 0x02), fc.uint8Array({ minLength: 2, maxLength: 300 })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 5 }), async (chunks) => {
        const body = chunks.flatMap(([control, bytes]) => [control, ...bytes]);
        const input = Buffer.concat([header, blockHeader, Buffer.from(body)]);
        wellFormed(await decompress('xz', bufferSource(input), () => {}, limits));
      }),
      { numRuns: 200 },
    );
  });
});
