import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPii } from '../../../src/checks/scan-pii/definition.js';
import {
  MAX_COMPRESSION_LAYERS,
  MAX_COMPRESSION_RATIO,
  scanRange,
} from '../../../src/checks/scan-pii/file-scan.js';
import { detectFormat, utf16ByBom } from '../../../src/checks/scan-pii/formats.js';
import { ENTITIES } from '../../../src/checks/scan-pii/entities.js';
import type { Finding } from '../../../src/core/findings.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

/** Issue 13, items 5 and 6: a file mlsec did not read is a warning, never a clean file. */

const EMAIL = 'maria.garcia@gmail.com';

async function setup(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-notscanned-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function run(dir: string, options: Record<string, unknown> = {}) {
  return scanPii.run({
    root: dir,
    paths: ['.'],
    options: {
      'min-confidence': 0.5,
      'max-file-size': '2GB',
      mode: 'report',
      threads: 1,
      'redact-dir': 'out',
      ...options,
    },
    exclude: [],
    fingerprintKey: fingerprintKeyFrom(undefined),
    environment: {},
    progress: () => undefined,
    userPaths: [],
    signerFiles: [],
  });
}

const notScanned = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.ruleId === 'pii/file-not-scanned')
    .map((f) => ({ path: f.location.path, level: f.level, reason: f.properties?.reason }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));

const places = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.ruleId !== 'pii/file-not-scanned')
    .map((f) => `${f.location.path}:${f.location.line}:${f.location.column}-${f.location.endColumn}`)
    .sort();

describe('a NUL byte in a file named as text', () => {
  it('is a warning with its reason in a data or text format, a note in a file of no known format', async () => {
    const nul = Buffer.from(`email\n${EMAIL}\u0000\n`);
    const dir = await setup({ 'a.csv': nul, 'b.json': nul, 'c.txt': nul, 'd.dat': nul, blob: nul });
    const result = await run(dir);
    const reason = 'holds NUL bytes, so it is not the text its name says';
    expect(notScanned(result.findings)).toEqual([
      { path: 'a.csv', level: 'warning', reason },
      { path: 'b.json', level: 'warning', reason },
      { path: 'blob', level: 'note', reason: 'binary file in no format mlsec reads' },
      { path: 'c.txt', level: 'warning', reason },
      { path: 'd.dat', level: 'note', reason: 'binary file in no format mlsec reads' },
    ]);
  });
});

describe('UTF-16 files', () => {
  const bom = (text: string, encoding: 'le' | 'be') => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    return encoding === 'le' ? le : le.swap16();
  };
  const text = `name,email\nRenée,${EMAIL}\n€€,x ${EMAIL}\n`;

  it.each(['le', 'be'] as const)(
    'are decoded by their BOM (%s) and located by line and UTF-16 column',
    async (order) => {
      const dir = await setup({ 'people.csv': bom(text, order), 'plain.csv': text });
      const result = await run(dir);
      expect(notScanned(result.findings)).toEqual([]);
      // The same places as the UTF-8 file: line, and columns in UTF-16 units of the line.
      expect(places(result.findings)).toEqual([
        'people.csv:2:7-29',
        'people.csv:3:6-28',
        'plain.csv:2:7-29',
        'plain.csv:3:6-28',
      ]);
    },
  );

  it('are not redacted, and say so, rather than copied with their values', async () => {
    const dir = await setup({ 'people.csv': bom(text, 'le') });
    const result = await run(dir, { mode: 'redact' });
    expect(notScanned(result.findings)).toEqual([
      {
        path: 'people.csv',
        level: 'warning',
        reason: 'not redacted: mlsec does not rewrite UTF-16 files; no masked copy was written',
      },
    ]);
    // redact-dir is prepared (checked for links) before any copy; it holds no copy of this file.
    expect(await readdir(path.join(dir, 'out'), { recursive: true })).toEqual([]);
  });

  it('a UTF-16 mark in front of UTF-8 text does not hide it: the text is scanned as it is', async () => {
    const utf8 = Buffer.from('name,email\nJohn,jsmith84@gmx.de\n');
    expect(utf16ByBom(Buffer.concat([Buffer.from([0xff, 0xfe]), utf8]))).toBeUndefined();
    expect(utf16ByBom(Buffer.concat([Buffer.from([0xfe, 0xff]), utf8]))).toBeUndefined();
    const dir = await setup({ 'c.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), utf8]) });
    const result = await run(dir);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['pii/email-address']);
  });

  it('a UTF-32 mark is not UTF-16', () => {
    expect(utf16ByBom(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBeUndefined();
    expect(utf16ByBom(Buffer.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(utf16ByBom(Buffer.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
  });

  it('decoding keeps every line of any UTF-16 text (property)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-utf16-'));
    const file = path.join(dir, 'x.txt');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 8 }),
        async (lines) => {
          const body = lines.map((line) => `${line.replace(/\n/g, ' ')}\n`).join('');
          await writeFile(file, bom(`${body}${EMAIL}\n`, 'le'));
          const result = await scanRange(task(file, 'x.txt', { encoding: 'utf-16le' }));
          expect(result.newlines).toBe(lines.length + 1);
          expect(result.findings.map((f) => f.location.line)).toContain(lines.length + 1);
        },
      ),
      { numRuns: 30 },
    );
  });
});

function task(absolutePath: string, relativePath: string, extra: Record<string, unknown> = {}) {
  const { format, gzip } = detectFormat(relativePath);
  return {
    absolutePath,
    relativePath,
    format,
    gzip,
    start: 0,
    entities: [...ENTITIES],
    minConfidence: 0.5,
    fingerprintKey: { bytes: new Uint8Array(32), stable: true },
    phoneRegions: ['US'],
    ...extra,
  };
}

describe('nested and other compressions', () => {
  const csv = `email\n${EMAIL}\n`;
  const wrap = (times: number) => {
    let out: Buffer = Buffer.from(csv);
    for (let i = 0; i < times; i++) out = gzipSync(out);
    return out;
  };

  it(`unwraps gzip inside gzip up to ${MAX_COMPRESSION_LAYERS} layers, and reports a deeper one`, async () => {
    const dir = await setup({ 'two.csv.gz': wrap(2), 'three.csv.gz': wrap(3), 'four.csv.gz': wrap(4) });
    const result = await run(dir);
    expect(places(result.findings)).toEqual(['three.csv.gz:2:1-23', 'two.csv.gz:2:1-23']);
    expect(notScanned(result.findings)).toEqual([
      { path: 'four.csv.gz', level: 'warning', reason: 'gzip is nested more than 3 layers deep' },
    ]);
  });

  it('reads brotli, and reports bzip2, xz, lz4 (and zstd where Node has none) as not scanned, never as media', async () => {
    const zstd = typeof (zlib as { zstdCompressSync?: unknown }).zstdCompressSync === 'function';
    const dir = await setup({
      'a.csv.br': brotliCompressSync(Buffer.from(csv)),
      'b.csv.bz2': Buffer.from('BZh91AY&SY'),
      'c.jsonl.xz': Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]),
      'd.log.lz4': Buffer.from([0x04, 0x22, 0x4d, 0x18]),
      'e.csv.zst': zstd
        ? (zlib as unknown as { zstdCompressSync: (b: Buffer) => Buffer }).zstdCompressSync(Buffer.from(csv))
        : Buffer.from([0x28, 0xb5, 0x2f, 0xfd]),
      'f.br': Buffer.from('not brotli at all, just text that is not compressed'),
    });
    const result = await run(dir);
    expect(result.metrics.filesSkippedAsMedia).toBe(0);
    expect(places(result.findings)).toEqual(['a.csv.br:2:1-23', ...(zstd ? ['e.csv.zst:2:1-23'] : [])]);
    const method = (name: string) => `compressed with ${name}, which mlsec does not decompress`;
    expect(notScanned(result.findings)).toEqual([
      { path: 'b.csv.bz2', level: 'warning', reason: method('bzip2') },
      { path: 'c.jsonl.xz', level: 'warning', reason: method('xz') },
      { path: 'd.log.lz4', level: 'warning', reason: method('lz4') },
      ...(zstd ? [] : [{ path: 'e.csv.zst', level: 'warning', reason: `${method('zstd')} on this Node.js` }]),
      { path: 'f.br', level: 'warning', reason: 'could not be decompressed (the brotli data is corrupt)' },
    ]);
  });

  it('keeps compressed tar files as archives', () => {
    for (const name of ['x.tar.gz', 'x.tar.bz2', 'x.tar.xz', 'x.tar.zst', 'x.tbz2', 'x.txz'])
      expect(detectFormat(name).format).toEqual({ kind: 'binary-skip', what: 'archive' });
  });
});

describe('decompression limits', () => {
  const MiB = 1024 * 1024;
  // 64 MiB of zeros behind one line with an email: about 64 KiB of gzip.
  const bomb = () => gzipSync(Buffer.concat([Buffer.from(`${EMAIL}\n`), Buffer.alloc(64 * MiB, 0x30)]));

  it('max-file-size counts decompressed bytes and stops inflating as soon as they pass it', async () => {
    const dir = await setup({ 'bomb.csv.gz': bomb() });
    const result = await run(dir, { 'max-file-size': '1MB' });
    expect(notScanned(result.findings)).toEqual([
      {
        path: 'bomb.csv.gz',
        level: 'warning',
        reason: 'its decompressed content is over max-file-size (1048576 bytes)',
      },
    ]);
    // What was scanned before the stop is still reported; nothing past the limit was scanned.
    expect(places(result.findings)).toEqual(['bomb.csv.gz:1:1-23']);
    expect(result.metrics.bytesScanned).toBeGreaterThan(0);
    expect(result.metrics.bytesScanned).toBeLessThanOrEqual(MiB);
    expect(result.metrics.filesScanned).toBe(0);
  });

  it(`stops past ${MAX_COMPRESSION_RATIO} times the compressed size`, async () => {
    const file = bomb();
    const dir = await setup({ 'bomb.csv.gz': file });
    const result = await scanRange(
      task(path.join(dir, 'bomb.csv.gz'), 'bomb.csv.gz', { maxBytes: 2 ** 40, compressedSize: file.length }),
    );
    expect(result.notScanned).toBe(
      `its decompressed content is over 200 times its compressed size (${file.length} bytes)`,
    );
    expect(result.bytes).toBeLessThanOrEqual(MAX_COMPRESSION_RATIO * file.length);
    expect(result.bytes).toBeLessThan(64 * MiB);
  });

  it('a small file that compresses well is still scanned', async () => {
    const dir = await setup({
      'rows.csv.gz': gzipSync(Buffer.from(`email\n${EMAIL}\n${'0'.repeat(500_000)}\n`)),
    });
    const result = await run(dir);
    expect(notScanned(result.findings)).toEqual([]);
    expect(places(result.findings)).toEqual(['rows.csv.gz:2:1-23']);
  });
});

describe('file names that are not UTF-8', () => {
  it('are warnings named with \\xNN escapes, never ENOENT, and a directory so named covers its files', async () => {
    const { escapeNameBytes } = await import('../../../src/core/paths.js');
    const dir = await setup({ 'ok.csv': `email\n${EMAIL}\n` });
    const bytes = (text: string, ...raw: number[]) => Buffer.concat([Buffer.from(text), Buffer.from(raw)]);
    // Linux takes any bytes but `/` and NUL; `caf\xe9` is Latin-1, not UTF-8.
    await writeFile(
      Buffer.concat([Buffer.from(`${dir}/`), bytes('caf', 0xe9), Buffer.from('.csv')]),
      `email\n${EMAIL}\n`,
    );
    const subdir = Buffer.concat([Buffer.from(`${dir}/`), bytes('d', 0xff, 0xfe)]);
    await mkdir(subdir);
    await writeFile(Buffer.concat([subdir, Buffer.from('/x.csv')]), `email\n${EMAIL}\n`);
    const result = await run(dir);
    const reason = 'its name is not valid UTF-8, so mlsec cannot read it';
    expect(notScanned(result.findings)).toEqual([
      { path: 'caf\\xe9.csv', level: 'warning', reason },
      { path: 'd\\xff\\xfe', level: 'warning', reason },
    ]);
    expect(JSON.stringify(result.findings)).not.toContain('ENOENT');
    expect(places(result.findings)).toEqual(['ok.csv:2:1-23']);
    expect(escapeNameBytes(Buffer.from('été'))).toBe('été');
    expect(escapeNameBytes(bytes('a', 0xc3, 0x28, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80))).toBe(
      'a\\xc3(😀\\xed\\xa0\\x80',
    );
  });

  it('escaping keeps a UTF-8 name as it is, and any other bytes can be read back from it (property)', async () => {
    const { escapeNameBytes } = await import('../../../src/core/paths.js');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(escapeNameBytes(Buffer.from(text))).toBe(text);
      }),
    );
    // Reading the `\xNN` escapes back gives the bytes, for names without a backslash of their own.
    const unescape = (text: string) =>
      Buffer.concat(
        text
          .split(/(\\x[0-9a-f]{2})/)
          .map((part) =>
            /^\\x[0-9a-f]{2}$/.test(part)
              ? Buffer.from([Number.parseInt(part.slice(2), 16)])
              : Buffer.from(part, 'utf8'),
          ),
      );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (raw) => {
        fc.pre(!raw.includes(0x5c));
        expect(unescape(escapeNameBytes(raw))).toEqual(Buffer.from(raw));
      }),
    );
  });
});

describe('the decompressed content is checked as a plain file is', () => {
  const csv = `name,email\nJohn,${EMAIL}\n`;
  const hasZstd = typeof (zlib as { zstdCompressSync?: unknown }).zstdCompressSync === 'function';
  const inside = (name: string) =>
    `its decompressed content is compressed with ${name}, which mlsec does not decompress`;

  it('NUL bytes, UTF-16 without a mark, and compressions mlsec does not decompress are not scanned', async () => {
    const bzip2 = Buffer.concat([Buffer.from('BZh91AY&SY'), Buffer.from([0x5a, 0x8c, 0x10, 0x00, 0x01])]);
    const dir = await setup({
      'a.csv.gz': gzipSync(Buffer.from(csv, 'utf16le')),
      'b.csv.br': brotliCompressSync(Buffer.from(`${csv}\u0000\u0001\u0002`)),
      'c.csv.gz': gzipSync(gzipSync(bzip2)),
      'f.csv.gz': gzipSync(bzip2),
      'x.jsonl.gz': gzipSync(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0, 0, 4, 0xe6, 0xd6])),
      'z.csv.gz': gzipSync(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(csv)])),
      's.csv.gz': gzipSync(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])),
      'ok.csv.gz': gzipSync(Buffer.from(csv)),
      'bom.csv.gz': gzipSync(Buffer.from(`\ufeff${csv}`, 'utf16le')),
    });
    const result = await run(dir);
    const nul = 'its decompressed content holds NUL bytes, so it is not the text its name says';
    expect(notScanned(result.findings)).toEqual([
      { path: 'a.csv.gz', level: 'warning', reason: nul },
      { path: 'b.csv.br', level: 'warning', reason: nul },
      { path: 'c.csv.gz', level: 'warning', reason: inside('bzip2') },
      { path: 'f.csv.gz', level: 'warning', reason: inside('bzip2') },
      { path: 's.csv.gz', level: 'warning', reason: inside('7z') },
      { path: 'x.jsonl.gz', level: 'warning', reason: inside('xz') },
      { path: 'z.csv.gz', level: 'warning', reason: inside('zip') },
    ]);
    // UTF-16 with its mark is decoded, as in a plain file.
    expect(places(result.findings)).toEqual(['bom.csv.gz:2:6-28', 'ok.csv.gz:2:6-28']);
    expect(result.metrics.filesScanned).toBe(2);
  });

  it('zstd inside gzip is unwrapped where Node has zstd, and reported where it has none', async () => {
    // Varied enough that zstd codes its literals: the email is not in the compressed bytes.
    const rows = Array.from({ length: 300 }, (_, i) => `${['alpha', 'beta', 'gamma'][i % 3]}${i},none\n`);
    const text = `name,email\n${rows.join('')}John,${EMAIL}\n`;
    const zstd = hasZstd
      ? (zlib as unknown as { zstdCompressSync: (b: Buffer) => Buffer }).zstdCompressSync(Buffer.from(text))
      : Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x05, 0x29, 0]);
    const dir = await setup({ 'z.csv.gz': gzipSync(zstd) });
    const result = await run(dir);
    if (hasZstd) {
      expect(zstd.includes(EMAIL)).toBe(false);
      expect(notScanned(result.findings)).toEqual([]);
      expect(places(result.findings)).toEqual(['z.csv.gz:302:6-28']);
    } else {
      expect(notScanned(result.findings)).toEqual([
        { path: 'z.csv.gz', level: 'warning', reason: `${inside('zstd')} on this Node.js` },
      ]);
    }
  });

  it('the check reads the first 8 KiB: a NUL byte 8000 bytes in still counts', async () => {
    const body = Buffer.concat([
      Buffer.from(`email\n${'x'.repeat(8000)}\n`),
      Buffer.from([0]),
      Buffer.from(`\n${EMAIL}\n`),
    ]);
    const dir = await setup({ 'late.csv.gz': gzipSync(body) });
    const result = await run(dir);
    expect(notScanned(result.findings)).toEqual([
      {
        path: 'late.csv.gz',
        level: 'warning',
        reason: 'its decompressed content holds NUL bytes, so it is not the text its name says',
      },
    ]);
  });
});

describe('data after the compressed stream', () => {
  const hello = gzipSync(Buffer.from('hello\n'));
  const trailer = Buffer.from(`\u0000\u0000\u0000\u0000\nemail,${EMAIL}\n`);

  it('is reported with its size, for gzip and brotli, and nothing passes as clean', async () => {
    const dir = await setup({
      't.txt.gz': Buffer.concat([hello, trailer]),
      'u.txt.br': Buffer.concat([brotliCompressSync(Buffer.from('hello\n')), Buffer.from(`x ${EMAIL}\n`)]),
    });
    const result = await run(dir);
    expect(notScanned(result.findings)).toEqual([
      {
        path: 't.txt.gz',
        level: 'warning',
        reason: `${trailer.length} bytes after the gzip stream were not read`,
      },
      {
        path: 'u.txt.br',
        level: 'warning',
        reason: `${EMAIL.length + 3} bytes after the brotli stream were not read`,
      },
    ]);
    expect(result.metrics.filesScanned).toBe(0);
  });

  it('inside a nested gzip layer is reported too', async () => {
    const dir = await setup({ 'n.txt.gz': gzipSync(Buffer.concat([hello, trailer])) });
    const result = await run(dir);
    expect(notScanned(result.findings)).toEqual([
      { path: 'n.txt.gz', level: 'warning', reason: 'data after a nested gzip stream was not read' },
    ]);
  });

  it('a multi-member gzip is read to its end, every member scanned', async () => {
    const two = Buffer.concat([
      gzipSync(Buffer.from(`email\n${EMAIL}\n`)),
      gzipSync(Buffer.from(`${EMAIL}\n`)),
    ]);
    const dir = await setup({ 'two.csv.gz': two });
    const result = await run(dir);
    expect(notScanned(result.findings)).toEqual([]);
    expect(places(result.findings)).toEqual(['two.csv.gz:2:1-23', 'two.csv.gz:3:1-23']);
    expect(result.metrics.filesScanned).toBe(1);
    // Directly too, without the size the scan passes along.
    const direct = await scanRange(task(path.join(dir, 'two.csv.gz'), 'two.csv.gz'));
    expect(direct.notScanned).toBeUndefined();
    expect(direct.findings.map((f) => f.location.line)).toEqual([2, 3]);
  });
});
