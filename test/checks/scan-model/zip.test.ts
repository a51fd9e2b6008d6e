import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelIssue } from '../../../src/checks/scan-model/model-issue.js';
import { walkPickle } from '../../../src/checks/scan-model/pickle.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import {
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  readZipMember,
  type ZipDirectory,
  type ZipEntry,
  type ZipLimits,
} from '../../../src/checks/scan-model/zip.js';
import { callGlobal } from './pickle-bytes.js';
import { buildZip, endRecord, extraField, type MemberSpec, zipBytes, type ZipSpec } from './zip-bytes.js';

const ARCHIVES = path.resolve('test/fixtures/scan-model/archives');

interface PythonMember {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  dataOffset: number;
  sha256: string;
}

/** Every fixture member as Python's zipfile reads it (scripts/fixtures/scan-model/make_archives.py). */
const pythonView = JSON.parse(readFileSync(path.join(ARCHIVES, 'PYTHON_VIEW.json'), 'utf8')) as {
  zip: Record<string, PythonMember[]>;
};

async function directory(bytes: Uint8Array, limits?: Partial<ZipLimits>): Promise<ZipDirectory> {
  const result = await readZipDirectory(bufferSource(bytes), limits);
  expect(result).toBeDefined();
  return result!;
}

async function readAll(bytes: Uint8Array, entry: ZipEntry, limits?: Partial<ZipLimits>) {
  const chunks: Uint8Array[] = [];
  const read = await readZipMember(
    bufferSource(bytes),
    entry,
    (chunk) => void chunks.push(chunk.slice()),
    limits,
  );
  return { read, data: Buffer.concat(chunks) };
}

function issue(
  level: ModelIssue['level'],
  message: string,
  member?: string,
  ruleId: ModelIssue['ruleId'] = 'model/archive-anomaly',
) {
  return expect.objectContaining({
    ruleId,
    level,
    message: expect.stringContaining(message),
    ...(member !== undefined ? { member: [member] } : {}),
  });
}

function expectOnly(issues: readonly ModelIssue[], expected: ReturnType<typeof issue>): void {
  expect(issues).toEqual([expected]);
}

/** Two members, stored and deflated: the base every anomaly test changes in one place. */
function spec(
  changes: { a?: Partial<MemberSpec>; b?: Partial<MemberSpec> } & Partial<ZipSpec> = {},
): ZipSpec {
  const { a, b, ...rest } = changes;
  return {
    members: [
      { name: 'archive/data.pkl', data: callGlobal('collections', 'OrderedDict'), method: 8, ...a },
      { name: 'archive/version', data: '3\n', ...b },
    ],
    ...rest,
  };
}

describe('zips the libraries wrote', () => {
  const fixtures = Object.keys(pythonView.zip).sort();

  it('has the torch, numpy and Keras fixtures and the archive fixtures', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        '../benign/state-dict.pt',
        '../benign/pytorch_model.bin',
        '../benign/full-module.pth',
        '../benign/arrays.npz',
        '../benign/arrays-compressed.npz',
        '../benign/sequential.keras',
        'zip64.zip',
        'pickle-concatenated.zip',
        'pickle-appended.zip',
      ]),
    );
  });

  it.each(fixtures)('%s: the same members as Python, every one read whole with its CRC', async (file) => {
    const bytes = readFileSync(path.join(ARCHIVES, file));
    const result = await directory(bytes);
    const prefixed = file.startsWith('pickle-');
    expect(
      result.issues.filter((found) => !prefixed || found.properties?.prefixLength === undefined),
    ).toEqual([]);
    const expected = pythonView.zip[file]!;
    expect(
      result.entries.map(
        ({
          name,
          method,
          flags,
          crc32,
          compressedSize,
          uncompressedSize,
          localHeaderOffset,
          dataOffset,
        }) => ({
          name,
          method,
          flags,
          crc32,
          compressedSize,
          uncompressedSize,
          localHeaderOffset,
          dataOffset,
        }),
      ),
    ).toEqual(expected.map(({ sha256: _sha, ...rest }) => rest));
    for (const [index, entry] of result.entries.entries()) {
      const { read, data } = await readAll(bytes, entry);
      expect(read).toEqual({ bytes: entry.uncompressedSize, complete: true, issues: [] });
      expect(createHash('sha256').update(data).digest('hex')).toBe(expected[index]!.sha256);
    }
  });

  it('names torch members as torch writes them, with their data descriptors', async () => {
    const result = await directory(readFileSync('test/fixtures/scan-model/benign/state-dict.pt'));
    expect(result.entries.map((entry) => entry.name)).toEqual([
      'state-dict/data.pkl',
      'state-dict/.format_version',
      'state-dict/.storage_alignment',
      'state-dict/byteorder',
      'state-dict/data/0',
      'state-dict/data/1',
      'state-dict/data/2',
      'state-dict/data/3',
      'state-dict/version',
      'state-dict/.data/serialization_id',
    ]);
    expect(result.entries.every((entry) => entry.flags === 0x808 && entry.descriptorLength === 16)).toBe(
      true,
    );
    const pickle = result.entries[0]!;
    const { data } = await readAll(readFileSync('test/fixtures/scan-model/benign/state-dict.pt'), pickle);
    expect(walkPickle(data).anomalies).toEqual([]);
  });

  it('zip64.zip: resolves the placeholders Python wrote in the central directory, through its zip64 records', async () => {
    const bytes = readFileSync(path.join(ARCHIVES, 'zip64.zip'));
    const end = bytes.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    expect(bytes.readUInt32LE(end - 20)).toBe(0x07064b50); // locator
    expect(bytes.readUInt32LE(end - 76)).toBe(0x06064b50); // zip64 end record
    const firstCentral = bytes.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    expect(bytes.readUInt32LE(firstCentral + 20)).toBe(0xffffffff);
    const result = await directory(bytes);
    expect(result.issues).toEqual([]);
    expect(result.entries.map((entry) => [entry.name, entry.compressedSize, entry.uncompressedSize])).toEqual(
      [
        ['archive/data.pkl', 59, 76],
        ['archive/data/0', 64, 64],
      ],
    );
  });
});

describe('prefixed zips (a pickle and a zip in one file)', () => {
  it('cat payload.pkl archive.zip: offsets shifted as Python does, the prefix reported and its length given', async () => {
    const bytes = readFileSync(path.join(ARCHIVES, 'pickle-concatenated.zip'));
    const result = await directory(bytes);
    expect(result.prefixLength).toBe(76);
    expect(result.offsetShift).toBe(76);
    expectOnly(result.issues, issue('error', '76 bytes precede the first local header'));
    expect(result.issues[0]!.message).toContain("Python's zipfile adds 76 to each");
    expect(result.issues[0]).toMatchObject({ offset: 0, properties: { prefixLength: 76, offsetShift: 76 } });
    expect(result.entries[0]!.localHeaderOffset).toBe(76);
    // The caller scans the prefix as a pickle of its own: here it is one, whole.
    const walk = walkPickle(bytes.subarray(0, result.prefixLength));
    expect(walk.pickles[0]!.end).toBe(76);
  });

  it('ZipFile(path, "a") on a pickle: offsets from the start of the file, no shift', async () => {
    const result = await directory(readFileSync(path.join(ARCHIVES, 'pickle-appended.zip')));
    expect(result.prefixLength).toBe(76);
    expect(result.offsetShift).toBe(0);
    expectOnly(result.issues, issue('error', 'self-extracting layout'));
  });

  it('built either way, members read the same', async () => {
    const prefix = callGlobal('os', 'system', 'id');
    for (const prefixOffsets of ['relative', 'absolute'] as const) {
      const bytes = zipBytes(spec({ prefix, prefixOffsets }));
      const result = await directory(bytes);
      expect(result.prefixLength).toBe(prefix.length);
      expect(result.offsetShift).toBe(prefixOffsets === 'relative' ? prefix.length : 0);
      const { read, data } = await readAll(bytes, result.entries[1]!);
      expect(read.complete).toBe(true);
      expect(data.toString()).toBe('3\n');
    }
  });

  it('a local header at the start that no central entry lists is a hidden member', async () => {
    const hidden = zipBytes({ members: [{ name: 'hidden.pkl', data: callGlobal('os', 'system') }] });
    const bytes = zipBytes(spec({ prefix: hidden.subarray(0, 60) }));
    const result = await directory(bytes);
    expectOnly(result.issues, issue('error', 'starts with a local header that no central entry lists'));
  });
});

describe('not a zip', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['a pickle', callGlobal('os', 'system')],
    ['text', Buffer.from('PK but no records at all'.repeat(100))],
  ])('%s: undefined', async (_label, bytes) => {
    expect(await readZipDirectory(bufferSource(bytes))).toBeUndefined();
  });

  it('an empty archive is a zip with no entries and no issues', async () => {
    const result = await directory(zipBytes({ members: [] }));
    expect(result).toMatchObject({ entries: [], issues: [], prefixLength: 0, centralEntries: 0 });
  });
});

describe('end records', () => {
  it('an end record signature inside member data that describes nothing (a stored zip in a zip): no issue', async () => {
    const result = await directory(
      zipBytes(spec({ b: { data: endRecord({ centralOffset: 999_999, commentLength: 7 }) } })),
    );
    expect(result.issues).toEqual([]);
    expect(result.entries).toHaveLength(2);
  });

  it('a decoy end record in the comment, which Python takes: error, since the real one describes the archive', async () => {
    const result = await directory(zipBytes(spec({ comment: endRecord({ centralOffset: 999_999 }) })));
    expect(result.issues).toContainEqual(issue('error', 'describes a directory too'));
    // Python's reading: an empty archive, the real members hidden ahead of it.
    expect(result.entries).toEqual([]);
  });

  it('a real end record hidden before a decoy that Python takes: error', async () => {
    const base = buildZip(spec());
    const real = base.bytes.subarray(base.end);
    // The decoy points at the same central directory, but counts no entries.
    const decoy = endRecord({ centralOffset: base.central, centralSize: base.end - base.central });
    const bytes = Buffer.concat([
      base.bytes.subarray(0, base.end),
      real.subarray(0, 20),
      Buffer.from([22, 0]),
      decoy,
    ]);
    const result = await directory(bytes);
    expect(result.issues).toContainEqual(issue('error', 'describes a directory too'));
  });

  it('a signature too close to the end for a record: error', async () => {
    const bytes = zipBytes(spec({ comment: 'PK\x05\x06xx' }));
    const result = await directory(bytes);
    expect(result.issues).toContainEqual(issue('error', 'has no room for its record'));
    expect(result.entries).toHaveLength(2);
  });

  it('a comment length that runs past the end: warning', async () => {
    const result = await directory(zipBytes(spec({ comment: 'hello', commentLength: 50 })));
    expectOnly(result.issues, issue('warning', 'announces a 50-byte comment'));
  });

  it('bytes after the comment: warning with their offset', async () => {
    const layout = buildZip(spec({ afterEnd: Buffer.from('trailing') }));
    const result = await directory(layout.bytes);
    expectOnly(result.issues, issue('warning', '8 bytes follow the end-of-central-directory record'));
    expect(result.issues[0]!.offset).toBe(layout.end + 22);
  });

  it('entry counts that disagree with the central directory: error', async () => {
    const result = await directory(zipBytes(spec({ end: { entries: 1, entriesOnDisk: 1 } })));
    expectOnly(result.issues, issue('error', 'counts 1 entries, the central directory holds 2'));
    expect(result.entries).toHaveLength(2);
  });

  it('entries on this disk and in all that disagree: error', async () => {
    const result = await directory(zipBytes(spec({ end: { entriesOnDisk: 1 } })));
    expectOnly(result.issues, issue('error', 'counts 1 entries on this disk but 2 in all'));
  });

  it('disk numbers: error', async () => {
    const result = await directory(zipBytes(spec({ end: { disk: 1, centralDisk: 1 } })));
    expectOnly(result.issues, issue('error', 'names disk 1 and central directory disk 1'));
  });
});

describe('ZIP64', () => {
  const wide = { a: { zip64Extra: true }, b: { zip64Extra: true }, zip64: true };

  it('placeholders resolved from the zip64 end record and the zip64 extra fields', async () => {
    const bytes = zipBytes(spec(wide));
    const result = await directory(bytes);
    expect(result.issues).toEqual([]);
    expect(result.entries.map((entry) => entry.name)).toEqual(['archive/data.pkl', 'archive/version']);
    expect((await readAll(bytes, result.entries[0]!)).read.complete).toBe(true);
  });

  it('a 32-bit value that is no placeholder and disagrees with the zip64 record: error', async () => {
    const result = await directory(zipBytes(spec({ ...wide, end: { entries: 5 } })));
    expect(result.issues).toContainEqual(issue('error', 'gives entry count 5, the zip64 end record 2'));
  });

  it('a locator pointing where no zip64 record is: warning, the adjacent record still read', async () => {
    const result = await directory(zipBytes(spec({ ...wide, zip64: { locatorOffset: 3 } })));
    expectOnly(result.issues, issue('warning', 'The zip64 locator names byte 3'));
  });

  it('a zip64 record with extensible data, so not right before the locator: error', async () => {
    const result = await directory(zipBytes(spec({ ...wide, zip64: { extensible: new Uint8Array(8) } })));
    expect(result.issues).toContainEqual(issue('error', 'is not right before its locator'));
    expect(result.entries).toHaveLength(2);
  });

  it('a zip64 extra field without the value its header defers to it: error', async () => {
    const result = await directory(
      zipBytes(
        spec({
          a: {
            zip64Extra: false,
            compressedSize: 0xffffffff,
            centralExtra: extraField(1, new Uint8Array(0)),
          },
        }),
      ),
    );
    expect(result.issues).toContainEqual(issue('error', 'without the compressed size', 'archive/data.pkl'));
  });

  it('placeholders without any zip64 record: warning', async () => {
    const result = await directory(zipBytes(spec({ end: { entries: 0xffff, entriesOnDisk: 0xffff } })));
    expect(result.issues).toContainEqual(issue('warning', 'zip64 placeholders'));
  });
});

describe('the central directory', () => {
  it('two central directories, one where the end record points and one before it: error', async () => {
    const one = buildZip({ members: [{ name: 'decoy.txt', data: 'x' }] });
    // A second archive's directory right before the end record; the recorded offset still leads to the first.
    const other = buildZip({ members: [{ name: 'real.pkl', data: callGlobal('os', 'system') }] });
    const centralBytes = other.bytes.subarray(other.central, other.end);
    const bytes = Buffer.concat([
      one.bytes.subarray(0, one.end),
      centralBytes,
      endRecord({
        entries: 1,
        entriesOnDisk: 1,
        centralSize: centralBytes.length,
        centralOffset: one.central,
      }),
    ]);
    const result = await directory(bytes);
    expect(result.issues).toContainEqual(issue('error', 'Two central directories'));
  });

  it('a central directory size that does not end at the end record: error, read from the recorded offset', async () => {
    const layout = buildZip(spec());
    const result = await directory(
      zipBytes(spec({ end: { centralSize: layout.end - layout.central - 10 } })),
    );
    expect(result.issues).toContainEqual(issue('error', "Python's zipfile looks for it at byte"));
  });

  it('a central directory offset that lies past the data: error', async () => {
    const layout = buildZip(spec());
    const result = await directory(zipBytes(spec({ end: { centralOffset: layout.central + 4 } })));
    expect(result.issues).toContainEqual(issue('error', '4 bytes before the offset the end record gives'));
  });

  it('no central directory anywhere: error and no entries', async () => {
    const result = await directory(
      endRecord({ entries: 1, entriesOnDisk: 1, centralSize: 46, centralOffset: 0 }),
    );
    expectOnly(result.issues, issue('error', 'No central directory'));
    expect(result.entries).toEqual([]);
  });

  it('bytes inside the central directory that are no entry: error', async () => {
    const result = await directory(zipBytes(spec({ centralTrailer: new Uint8Array(50).fill(0x41) })));
    expect(result.issues).toContainEqual(issue('error', 'are not an entry header'));
    expect(result.entries).toHaveLength(2);
  });

  it('more entries than maxEntries: scan-limit, and the rest unread', async () => {
    const members = Array.from({ length: 5 }, (_, index) => ({ name: `m${index}`, data: 'x' }));
    const result = await directory(zipBytes({ members }), { maxEntries: 3 });
    expect(result.issues).toContainEqual(
      issue('error', 'more than 3 entries', undefined, 'model/scan-limit'),
    );
    expect(result.entries).toHaveLength(3);
    expect(result.centralEntries).toBe(3);
  });
});

describe('local headers against the central directory', () => {
  it('a missing local header: error, the member left out', async () => {
    const result = await directory(zipBytes(spec({ a: { localHeaderOffset: 5 } })));
    expect(result.issues).toContainEqual(issue('error', 'has no local header at byte 5', 'archive/data.pkl'));
    expect(result.entries.map((entry) => entry.name)).toEqual(['archive/version']);
  });

  it('a different name in the local header: error', async () => {
    const result = await directory(zipBytes(spec({ a: { localName: 'archive/other.pkl' } })));
    expectOnly(
      result.issues,
      issue('error', 'is named "archive/other.pkl" in its local header', 'archive/data.pkl'),
    );
  });

  it('a different method: error', async () => {
    const result = await directory(zipBytes(spec({ a: { localMethod: 0 } })));
    expectOnly(
      result.issues,
      issue('error', 'method 0 by its local header, 8 by the central directory', 'archive/data.pkl'),
    );
  });

  it('an encryption flag in one header only: error', async () => {
    const result = await directory(zipBytes(spec({ b: { localFlags: 0x0001 } })));
    expectOnly(
      result.issues,
      issue('error', 'flags 0x0001 in its local header, 0x0000 in the central', 'archive/version'),
    );
  });

  it('a harmless flag in one header only: warning', async () => {
    const result = await directory(zipBytes(spec({ b: { localFlags: 0x0002 } })));
    expectOnly(result.issues, issue('warning', 'flags 0x0002 in its local header', 'archive/version'));
  });

  it('a different CRC and sizes without a data descriptor: error', async () => {
    const result = await directory(zipBytes(spec({ b: { localCrc32: 7, localUncompressedSize: 1 } })));
    expectOnly(result.issues, issue('error', 'CRC-32 0x00000007 (central', 'archive/version'));
    expect(result.issues[0]!.message).toContain('size 1 (central 2)');
  });

  it('the data descriptor flag in the local header only: error', async () => {
    const result = await directory(zipBytes(spec({ b: { localFlags: 0x0008 } })));
    expect(result.issues).toContainEqual(
      issue('error', 'data descriptor flag (bit 3) in its local header only', 'archive/version'),
    );
  });

  it('a data descriptor announced but absent: error', async () => {
    const result = await directory(zipBytes(spec({ b: { flags: 0x08, descriptor: 'none' } })));
    expectOnly(
      result.issues,
      issue('error', 'followed by a data descriptor (bit 3), but none', 'archive/version'),
    );
  });

  it('a data descriptor that disagrees with the central entry: error', async () => {
    const bad = Uint8Array.from([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4, 2, 0, 0, 0, 2, 0, 0, 0]);
    const result = await directory(zipBytes(spec({ b: { flags: 0x08, descriptor: bad } })));
    expectOnly(result.issues, issue('error', 'data descriptor at byte', 'archive/version'));
  });

  it.each(['signed', 'unsigned', 'signed64'] as const)(
    'a %s data descriptor is accepted and covered',
    async (descriptor) => {
      const result = await directory(
        zipBytes(spec({ a: { flags: 0x08, descriptor }, b: { flags: 0x08, descriptor } })),
      );
      expect(result.issues).toEqual([]);
      expect(result.entries[0]!.descriptorLength).toBe(
        { signed: 16, unsigned: 12, signed64: 24 }[descriptor],
      );
    },
  );

  it('data that runs past the end of the file: error, the member left out', async () => {
    const result = await directory(
      zipBytes(spec({ b: { compressedSize: 10_000, uncompressedSize: 10_000 } })),
    );
    expect(result.issues).toContainEqual(issue('error', 'past the end of the file', 'archive/version'));
    expect(result.entries.map((entry) => entry.name)).toEqual(['archive/data.pkl']);
  });
});

describe('members a scan cannot read', () => {
  it('encrypted: error, and readZipMember skips it', async () => {
    const bytes = zipBytes(spec({ b: { flags: 0x0001 } }));
    const result = await directory(bytes);
    expectOnly(
      result.issues,
      issue('error', 'is encrypted: its content cannot be scanned', 'archive/version'),
    );
    expect(result.entries[1]!.encrypted).toBe(true);
    expect(await readZipMember(bufferSource(bytes), result.entries[1]!, () => {})).toEqual({
      bytes: 0,
      complete: false,
      issues: [],
      skipped: 'encrypted',
    });
  });

  it('AES (method 99) counts as encrypted', async () => {
    const result = await directory(zipBytes(spec({ b: { method: 99 } })));
    expectOnly(result.issues, issue('error', 'is encrypted', 'archive/version'));
  });

  it('a method other than stored and deflate: error naming it, and readZipMember skips it', async () => {
    const bytes = zipBytes(spec({ a: { method: 12, raw: Buffer.from('BZh9...') } }));
    const result = await directory(bytes);
    expectOnly(
      result.issues,
      issue('error', 'compressed with method 12 (bzip2): it is not scanned', 'archive/data.pkl'),
    );
    expect((await readZipMember(bufferSource(bytes), result.entries[0]!, () => {})).skipped).toBe('method');
  });

  it('compressed patched data (flag bit 5): error', async () => {
    const result = await directory(zipBytes(spec({ b: { flags: 0x0020 } })));
    expectOnly(result.issues, issue('error', 'compressed patched data', 'archive/version'));
  });

  it('a version needed over 6.3: error', async () => {
    const result = await directory(zipBytes(spec({ b: { versionNeeded: 64 } })));
    expectOnly(result.issues, issue('error', 'needs zip version 6.4', 'archive/version'));
  });

  it('an extra field that runs past its end: error', async () => {
    const result = await directory(
      zipBytes(spec({ b: { centralExtra: Uint8Array.from([0x99, 0x99, 40, 0, 1]) } })),
    );
    expectOnly(result.issues, issue('error', 'extra field (id 0x9999) that runs past', 'archive/version'));
  });
});

describe('names', () => {
  it('duplicates: error naming how often', async () => {
    const result = await directory(zipBytes(spec({ b: { name: 'archive/data.pkl' } })));
    expectOnly(result.issues, issue('error', 'appears 2 times', 'archive/data.pkl'));
  });

  it('names that differ only in case: warning', async () => {
    const result = await directory(zipBytes(spec({ b: { name: 'ARCHIVE/data.pkl' } })));
    expectOnly(result.issues, issue('warning', 'differ only in case', 'ARCHIVE/data.pkl'));
  });

  it.each([
    ['/etc/cron.d/x', 'error', 'absolute path'],
    ['C:/x.pkl', 'error', 'absolute path'],
    ['archive/../../x.pkl', 'error', '".." segment'],
    ['archive\\data.pkl', 'warning', 'backslash'],
    ['archive/data.pkl\0.txt', 'error', 'NUL character'],
    ['archive/da\x1bta.pkl', 'warning', 'control characters'],
    ['', 'warning', 'empty name'],
  ] as const)('%j: %s', async (name, level, message) => {
    const result = await directory(zipBytes(spec({ b: { name } })));
    expect(result.issues).toContainEqual(issue(level, message, name));
  });

  it('messages show file text escaped and capped', async () => {
    const name = `evil\u202e${'x'.repeat(500)}`;
    const result = await directory(
      zipBytes(spec({ b: { name, flags: 0, nameBytes: Buffer.from(name, 'utf8') } })),
    );
    const message = result.issues.map((found) => found.message).join('\n');
    expect(message).not.toContain('\u202e');
    expect(message.length).toBeLessThan(1000);
  });

  it('names without flag 0x800 are CP437', async () => {
    const result = await directory(
      zipBytes(spec({ b: { nameBytes: Uint8Array.from([0x80, 0x61]), flags: 0 } })),
    );
    expect(result.entries[1]!.name).toBe('Ça');
  });

  it('invalid UTF-8 under flag 0x800: error, the bytes escaped in the name', async () => {
    const result = await directory(
      zipBytes(spec({ b: { nameBytes: Uint8Array.from([0x61, 0xff]), flags: 0x800 } })),
    );
    expect(result.entries[1]!.name).toBe('a\\xff');
    expectOnly(result.issues, issue('error', 'not valid UTF-8', 'a\\xff'));
  });

  it('an Info-ZIP Unicode Path field naming another file: error', async () => {
    const { crc32 } = await import('node:zlib');
    const nameBytes = Buffer.from('archive/version');
    const field = Buffer.concat([Buffer.from([1]), Buffer.alloc(4), Buffer.from('archive/data.pkl')]);
    field.writeUInt32LE(crc32(nameBytes), 1);
    const result = await directory(zipBytes(spec({ b: { centralExtra: extraField(0x7075, field) } })));
    expectOnly(
      result.issues,
      issue('error', 'Unicode Path field naming it "archive/data.pkl"', 'archive/version'),
    );
  });
});

describe('byte coverage', () => {
  it('overlapping members (the overlapping-file zip bomb): error', async () => {
    // The second member's local header and data lie inside the first member's stored data.
    const inner = buildZip({ members: [{ name: 'inner.bin', data: 'payload' }] });
    const innerLocal = inner.bytes.subarray(0, inner.central);
    const bytes = zipBytes({
      members: [
        { name: 'outer.bin', raw: innerLocal, data: innerLocal },
        { name: 'inner.bin', data: 'payload', skipLocal: true, localHeaderOffset: 30 + 'outer.bin'.length },
      ],
    });
    const result = await directory(bytes);
    expect(result.issues).toContainEqual(issue('error', 'overlapping-file zip bomb', 'inner.bin'));
    expect(result.entries).toHaveLength(2);
  });

  it('many entries over one range: the overlap reported a bounded number of times', async () => {
    const members = Array.from({ length: 60 }, (_, index) => ({
      name: `m${index}`,
      data: 'x',
      skipLocal: index > 0,
      localHeaderOffset: 0,
      ...(index > 0 ? { nameBytes: Buffer.from('m0') } : {}),
    }));
    const result = await directory(zipBytes({ members }));
    const overlaps = result.issues.filter((found) => found.message.includes(' overlap ('));
    expect(overlaps.length).toBeLessThanOrEqual(20);
    expect(result.issues).toContainEqual(issue('error', 'more overlapping members are not listed'));
  });

  it('a member that overlaps the central directory: error', async () => {
    const layout = buildZip(spec());
    const size = layout.central - layout.data[1]! + 10;
    const result = await directory(zipBytes(spec({ b: { compressedSize: size, uncompressedSize: size } })));
    expect(result.issues).toContainEqual(
      issue('error', 'Member "archive/version" and the central directory overlap', 'archive/version'),
    );
  });

  it('bytes between members: warning with their offset', async () => {
    const layout = buildZip(spec({ b: { before: Buffer.from('junkjunk') } }));
    const result = await directory(layout.bytes);
    expectOnly(result.issues, issue('warning', '8 bytes at byte'));
    expect(result.issues[0]!.offset).toBe(layout.local[1]! - 8);
  });

  it('bytes before the central directory: warning', async () => {
    const result = await directory(zipBytes(spec({ beforeCentral: Buffer.from('tail') })));
    expectOnly(result.issues, issue('warning', '4 bytes at byte'));
  });

  it('a local header that no central entry lists: error', async () => {
    const hidden = buildZip({ members: [{ name: 'hidden.pkl', data: callGlobal('os', 'system') }] });
    const result = await directory(
      zipBytes(spec({ beforeCentral: hidden.bytes.subarray(0, hidden.central) })),
    );
    expectOnly(result.issues, issue('error', 'belongs to no central entry'));
  });
});

describe('readZipMember', () => {
  const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'model weights ');

  it('streams a stored member in chunks and checks its CRC', async () => {
    const bytes = zipBytes({ members: [{ name: 'big.bin', data: big }] });
    const [entry] = (await directory(bytes)).entries;
    const sizes: number[] = [];
    const read = await readZipMember(bufferSource(bytes), entry!, (chunk) => void sizes.push(chunk.length));
    expect(read).toEqual({ bytes: big.length, complete: true, issues: [] });
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024 * 1024);
  });

  it('inflates a deflated member in pieces of at most 64 KiB', async () => {
    const bytes = zipBytes({ members: [{ name: 'big.bin', data: big, method: 8 }] });
    const [entry] = (await directory(bytes)).entries;
    const sizes: number[] = [];
    const chunks: Uint8Array[] = [];
    const read = await readZipMember(
      bufferSource(bytes),
      entry!,
      (chunk) => {
        sizes.push(chunk.length);
        chunks.push(chunk.slice());
      },
      { maxRatio: 10_000 },
    );
    expect(read).toEqual({ bytes: big.length, complete: true, issues: [] });
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
  });

  it('a CRC mismatch: error, the data still delivered', async () => {
    const bytes = zipBytes(spec({ a: { crc32: 1, localCrc32: 1 } }));
    const [entry] = (await directory(bytes)).entries;
    const { read, data } = await readAll(bytes, entry!);
    expect(data.length).toBe(entry!.uncompressedSize);
    expect(read.complete).toBe(true);
    expectOnly(read.issues, issue('error', 'its central entry says 0x00000001', 'archive/data.pkl'));
  });

  it('a size that differs from the central entry: error', async () => {
    const bytes = zipBytes(spec({ a: { uncompressedSize: 5, localUncompressedSize: 5 } }));
    const [entry] = (await directory(bytes)).entries;
    const { read } = await readAll(bytes, entry!);
    expectOnly(read.issues, issue('error', 'its central entry says 5', 'archive/data.pkl'));
  });

  it('deflate data that ends early: error', async () => {
    const deflated = deflateRawSync(big);
    const bytes = zipBytes(spec({ a: { raw: deflated.subarray(0, 100), data: big } }));
    const [entry] = (await directory(bytes)).entries;
    const { read } = await readAll(bytes, entry!);
    expect(read.complete).toBe(false);
    expectOnly(
      read.issues,
      issue('error', 'the deflate stream ends before its last block', 'archive/data.pkl'),
    );
  });

  it('corrupt deflate data: error', async () => {
    const bytes = zipBytes(spec({ a: { raw: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0, 1]), data: 'x' } }));
    const [entry] = (await directory(bytes)).entries;
    const { read } = await readAll(bytes, entry!);
    expectOnly(read.issues, issue('error', 'the deflate data is corrupt (Z_DATA_ERROR)', 'archive/data.pkl'));
  });

  it('data after the deflate stream inside the member: warning', async () => {
    const content = callGlobal('collections', 'OrderedDict');
    const raw = Buffer.concat([deflateRawSync(content), Buffer.from('hidden after the stream')]);
    const bytes = zipBytes(spec({ a: { raw, data: content } }));
    const [entry] = (await directory(bytes)).entries;
    const { read, data } = await readAll(bytes, entry!);
    expect(Buffer.from(data).equals(Buffer.from(content))).toBe(true);
    expect(read.complete).toBe(true);
    expectOnly(
      read.issues,
      issue('warning', 'the 23 bytes after it are read by no zip reader', 'archive/data.pkl'),
    );
  });

  it('a sink that returns false stops the read: incomplete, no CRC issue', async () => {
    for (const method of [0, 8]) {
      const bytes = zipBytes({ members: [{ name: 'big.bin', data: big, method }] });
      const [entry] = (await directory(bytes)).entries;
      let calls = 0;
      const read = await readZipMember(bufferSource(bytes), entry!, () => ++calls < 2, { maxRatio: 10_000 });
      expect(calls).toBe(2);
      expect(read.complete).toBe(false);
      expect(read.issues).toEqual([]);
    }
  });

  it('a sink that throws: the error reaches the caller', async () => {
    const bytes = zipBytes({ members: [{ name: 'big.bin', data: big, method: 8 }] });
    const [entry] = (await directory(bytes)).entries;
    await expect(
      readZipMember(bufferSource(bytes), entry!, () => {
        throw new Error('caller bug');
      }),
    ).rejects.toThrow('caller bug');
  });

  it('a zip bomb: a few KB that inflate past the ratio limit stop with scan-limit, memory bounded', async () => {
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const bytes = zipBytes({
      members: [{ name: 'bomb.pkl', raw: bomb, uncompressedSize: 64 * 1024 * 1024, crc32: 0 }],
    });
    const entry = { ...(await directory(bytes)).entries[0]!, method: 8 };
    let delivered = 0;
    let largest = 0;
    const read = await readZipMember(bufferSource(bytes), entry, (chunk) => {
      delivered += chunk.length;
      largest = Math.max(largest, chunk.length);
    });
    const cap = Math.max(DEFAULT_ZIP_LIMITS.ratioFloorBytes, DEFAULT_ZIP_LIMITS.maxRatio * bomb.length);
    expect(read.complete).toBe(false);
    expect(read.bytes).toBe(cap);
    expect(delivered).toBe(cap);
    expect(largest).toBeLessThanOrEqual(64 * 1024);
    expectOnly(read.issues, issue('error', 'a zip bomb', 'bomb.pkl', 'model/scan-limit'));
    expect(read.issues[0]!.properties).toEqual({ limit: 'maxRatio', value: 200 });
  });

  it('maxMemberBytes stops a stored member too', async () => {
    const bytes = zipBytes({ members: [{ name: 'big.bin', data: big }] });
    const [entry] = (await directory(bytes)).entries;
    const read = await readZipMember(bufferSource(bytes), entry!, () => {}, { maxMemberBytes: 1000 });
    expect(read.bytes).toBe(1000);
    expectOnly(
      read.issues,
      issue('error', 'decompresses to more than 1000 bytes', 'big.bin', 'model/scan-limit'),
    );
  });

  it('a stored member cut by the end of the source: error', async () => {
    const bytes = zipBytes(spec());
    const [, entry] = (await directory(bytes)).entries;
    const read = await readZipMember(
      bufferSource(bytes.subarray(0, entry!.dataOffset + 1)),
      entry!,
      () => {},
    );
    expectOnly(read.issues, issue('error', 'ends at byte 1 of its 2 stored bytes', 'archive/version'));
  });
});

describe('hostile input never throws', () => {
  const seeds = [
    zipBytes(spec()),
    zipBytes(spec({ a: { zip64Extra: true }, b: { zip64Extra: true, flags: 0x08 }, zip64: true })),
    readFileSync('test/fixtures/scan-model/benign/state-dict.pt'),
    readFileSync('test/fixtures/scan-model/benign/arrays-compressed.npz'),
    readFileSync(path.join(ARCHIVES, 'pickle-concatenated.zip')),
  ].map((seed) => Uint8Array.from(seed));
  const limits = { maxMemberBytes: 1024 * 1024, maxEntries: 1000 };

  async function survives(bytes: Uint8Array): Promise<void> {
    const source = bufferSource(bytes);
    const result = await readZipDirectory(source, limits);
    if (!result) return;
    for (const entry of result.entries) {
      expect(entry.dataOffset).toBeGreaterThanOrEqual(0);
      expect(entry.dataOffset + entry.compressedSize).toBeLessThanOrEqual(bytes.length);
      for (const found of result.issues) expect(typeof found.message).toBe('string');
      const read = await readZipMember(source, entry, () => {}, limits);
      expect(read.bytes).toBeLessThanOrEqual(limits.maxMemberBytes);
    }
  }

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), survives), { numRuns: 300 });
  });

  it('random bytes that end in an end record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.uint8Array({ minLength: 18, maxLength: 18 }),
        (body, tail) => survives(Buffer.concat([body, Buffer.from('PK\x05\x06', 'latin1'), tail])),
      ),
      { numRuns: 300 },
    );
  });

  type Mutation =
    | { kind: 'flip'; at: number; value: number }
    | { kind: 'truncate'; at: number }
    | { kind: 'insert'; at: number; bytes: Uint8Array };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
  );

  function mutate(seed: Uint8Array, steps: readonly Mutation[]): Uint8Array {
    let bytes = seed.slice();
    for (const step of steps) {
      const at = bytes.length === 0 ? 0 : step.at % bytes.length;
      if (step.kind === 'flip') bytes[at] = step.value;
      else if (step.kind === 'truncate') bytes = bytes.slice(0, at);
      else bytes = Uint8Array.from(Buffer.concat([bytes.subarray(0, at), step.bytes, bytes.subarray(at)]));
    }
    return bytes;
  }

  it('mutations of valid zips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (seed, steps) => survives(mutate(seed, steps)),
      ),
      { numRuns: 500 },
    );
  });

  it('mutations in the central directory and end records, where they matter most', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(
          fc.record({ back: fc.integer({ min: 1, max: 200 }), value: fc.integer({ min: 0, max: 255 }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (seed, flips) => {
          const bytes = seed.slice();
          for (const { back, value } of flips) bytes[Math.max(0, bytes.length - back)] = value;
          return survives(bytes);
        },
      ),
      { numRuns: 500 },
    );
  });
});
